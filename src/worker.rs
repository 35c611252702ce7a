//! The roster check off the page's thread (wasm32 only): the Web Worker's side of
//! [`crate::domain::roster::session`]. The page links only [`message`] and [`field`], so
//! the check itself is in the worker's file alone.
//!
//! Trunk builds `src/bin/roster-worker.rs` as a worker (`data-type="worker"` in
//! `index.html`): `roster-worker.js` and `roster-worker_bg.wasm`, loaded by
//! `public/roster-worker-loader.js`. A message from the page is a plain object:
//! `{ gen, request, text?, file? }`, `request` a [`Request`] (`serde-wasm-bindgen`), `text` a pasted
//! text (a JavaScript string: it never passes through the page's WebAssembly memory) and
//! `file` a `File` (read here, in slices). A reply is `{ gen, reply, problems?, blob? }`.
//! The page cancels a check by terminating the worker.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::roster::decode::{self, Encoding};
use crate::domain::roster::session::{measure, CheckRequest, Reply, Request, Session, FIRST_ROWS};
use crate::domain::roster::{Check, Limits, Options, Stop};

/// Rows checked between two looks at the clock.
const STEP: usize = 5_000;
/// Milliseconds before the first progress report (a check done by then shows none).
const FIRST_PROGRESS_MS: f64 = 150.0;
/// Milliseconds between progress reports.
const PROGRESS_MS: f64 = 100.0;
/// Rows of the made-up roster checked as the worker starts (~60 ms here, in the worker):
/// enough for the browser to compile the check's hot code fully.
const WARM_UP_ROWS: usize = 30_000;
/// Bytes of a file read or decoded at a time.
const SLICE: usize = 8 << 20;

/// Where a check's text comes from.
pub enum Source {
    /// A pasted text.
    Text(String),
    /// A file's bytes, and whether it was over the size limit (then not read).
    Bytes(Vec<u8>),
    /// A file larger than the limit: not read.
    TooLarge(usize),
    /// A file that could not be read.
    Unreadable,
    /// The text of the last [`Request::Measure`], kept here (`held: true` in the message),
    /// so a big paste crosses to the worker once.
    Held,
    /// Nothing sent with the message (a request that needs no text).
    None,
}

thread_local! {
    /// The last checked roster.
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// The pasted text last measured.
    static HELD: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The limits of the check: [`Limits::DEFAULT`], or lower ones a browser test asked for.
    static LIMITS: std::cell::Cell<Limits> = const { std::cell::Cell::new(Limits::DEFAULT) };
}

/// The limits of the current check.
fn limits() -> Limits {
    LIMITS.with(std::cell::Cell::get)
}

/// The browser tests' hook, forwarded by the page from its `window.yibaoTest` (see
/// `ui::roster`; only a script of the page's own origin can set it): `limits` lowers the
/// limits so a small file reaches them (never raises them), `panic: "worker"` makes the
/// worker panic as a bug would, to prove the page survives it.
fn apply_test_hook(test: &JsValue) {
    let lowered = |name: &str, default: usize| field(&field(test, "limits"), name).as_f64().map_or(default, |v| v.max(0.0) as usize);
    let d = Limits::DEFAULT;
    let asked = Limits {
        bytes: lowered("bytes", d.bytes),
        rows: lowered("rows", d.rows),
        columns: lowered("columns", d.columns),
        cell_chars: lowered("cellChars", d.cell_chars),
    };
    LIMITS.with(|l| l.set(d.lowered_to(asked)));
    if field(test, "panic").as_string().as_deref() == Some("worker") {
        panic!("yibaoTest: a panic in the roster worker, asked for by a test");
    }
}

/// A field of a message object.
pub fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A message object: `gen`, `body` as a plain object under `key`, and an extra field.
pub fn message(gen: f64, key: &str, body: &impl serde::Serialize, extra: Option<(&str, &JsValue)>) -> Object {
    let o = Object::new();
    let _ = Reflect::set(&o, &"gen".into(), &JsValue::from_f64(gen));
    let _ = Reflect::set(&o, &key.into(), &serde_wasm_bindgen::to_value(body).unwrap_or(JsValue::NULL));
    if let Some((k, v)) = extra {
        let _ = Reflect::set(&o, &k.into(), v);
    }
    o
}

/// Sends a reply to the page.
pub type Post<'a> = &'a dyn Fn(Object, Option<Array>);

fn reply(post: Post, gen: f64, r: &Reply, extra: Option<(&str, &JsValue)>, transfer: Option<Array>) {
    post(message(gen, "reply", r, extra), transfer);
}

/// Handles one request; `source` is what came with it.
pub fn handle(gen: f64, request: Request, source: Source, post: Post) {
    match request {
        Request::Check(r) => {
            // The last roster is dropped first: only one is ever held.
            SESSION.with(|s| s.borrow_mut().take());
            let held = HELD.with(|h| h.borrow_mut().take());
            let text = match source {
                Source::Text(text) => text,
                Source::Bytes(bytes) => match decode_bytes(bytes) {
                    Some((text, encoding, bad_line)) => {
                        reply(post, gen, &Reply::Read { encoding, bad_line }, None, None);
                        text
                    }
                    None => return reply(post, gen, &Reply::Unreadable, None, None),
                },
                Source::TooLarge(size) => {
                    let stop = Stop::TooManyBytes { found: size, max: limits().bytes };
                    let session = Session::from_roster(crate::domain::roster::Roster::stopped(stop));
                    return done(post, gen, session);
                }
                Source::Unreadable => return reply(post, gen, &Reply::Unreadable, None, None),
                Source::Held => held.unwrap_or_default(),
                Source::None => String::new(),
            };
            run_check(post, gen, text, r);
        }
        Request::Recheck(r) => {
            let text = SESSION.with(|s| s.borrow_mut().take()).map(Session::into_text).unwrap_or_default();
            run_check(post, gen, text, r);
        }
        Request::Measure => {
            if let Source::Text(text) = source {
                let (lines, bytes) = measure(&text);
                HELD.with(|h| *h.borrow_mut() = Some(text));
                reply(post, gen, &Reply::Measured { lines, bytes }, None, None);
            }
        }
        Request::Rows { view, from, count } => {
            let rows = SESSION.with(|s| s.borrow().as_ref().map(|s| s.rows(view, from, count))).unwrap_or_default();
            reply(post, gen, &Reply::Rows { view, from, rows }, None, None);
        }
        Request::Export { lang, view } => {
            let blob = SESSION.with(|s| {
                let s = s.borrow();
                let session = s.as_ref()?;
                // The pieces leave as bytes: one copy each, where strings would be turned
                // into UTF-16 and back into UTF-8 by the Blob.
                let parts = Array::new();
                for piece in session.export(&lang, view, 20_000) {
                    parts.push(&Uint8Array::from(piece.as_bytes()));
                }
                let options = web_sys::BlobPropertyBag::new();
                options.set_type("text/csv;charset=utf-8");
                web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
            });
            if let Some(blob) = blob {
                reply(post, gen, &Reply::Exported, Some(("blob", &blob)), None);
            }
        }
    }
}

fn run_check(post: Post, gen: f64, text: String, r: CheckRequest) {
    let options = Options { reference_date: r.today, columns: r.columns, first_row: r.first_row, seed: random_seed(), limits: limits() };
    let mut check = Check::new(text, &options);
    let started = js_sys::Date::now();
    let mut next = started + FIRST_PROGRESS_MS;
    while !check.step(STEP) {
        let now = js_sys::Date::now();
        if now >= next {
            next = now + PROGRESS_MS;
            reply(post, gen, &Reply::Progress { rows: check.rows_checked(), share: check.progress() }, None, None);
        }
    }
    done(post, gen, Session::from_roster(check.finish()));
}

fn done(post: Post, gen: f64, session: Session) {
    let outcome = session.outcome(FIRST_ROWS);
    let problems = js_sys::Uint32Array::from(session.problem_rows());
    SESSION.with(|s| *s.borrow_mut() = Some(session));
    let transfer = Array::of1(&problems.buffer());
    reply(post, gen, &Reply::Done(Box::new(outcome)), Some(("problems", &problems)), Some(transfer));
}

/// A file's text, its encoding and the first line with bytes not valid in it: UTF-8 checked
/// from the bytes (kept as they are when valid, no copy), GB18030 through the browser's
/// `TextDecoder` in slices.
fn decode_bytes(bytes: Vec<u8>) -> Option<(String, Encoding, Option<u32>)> {
    match decode::decode_owned(bytes) {
        Ok(d) => Some((d.text.unwrap_or_default(), d.encoding, d.bad_line)),
        Err(bytes) => {
            let decoder = web_sys::TextDecoder::new_with_label(Encoding::Gb18030.label()).ok()?;
            let options = web_sys::TextDecodeOptions::new();
            options.set_stream(true);
            let mut text = String::new();
            text.try_reserve(bytes.len().saturating_add(bytes.len() / 2)).ok()?;
            for slice in bytes.chunks(SLICE) {
                text.push_str(&decoder.decode_with_u8_array_and_options(slice, &options).ok()?);
            }
            drop(bytes);
            text.push_str(&decoder.decode().ok()?);
            let bad_line = text.find('\u{FFFD}').map(|at| decode::line_at(&text, at));
            Some((text, Encoding::Gb18030, bad_line))
        }
    }
}

/// A seed for the duplicate table's hashing from `crypto.getRandomValues`, so that no file
/// can be crafted to make its ID numbers collide (the clock if the API is missing).
pub fn random_seed() -> u64 {
    let buf = js_sys::Uint32Array::new_with_length(2);
    let crypto = field(&js_sys::global(), "crypto");
    if let Ok(f) = Reflect::get(&crypto, &JsValue::from_str("getRandomValues")).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call1(&crypto, &buf);
    }
    ((u64::from(buf.get_index(0)) << 32) | u64::from(buf.get_index(1))) ^ (js_sys::Date::now() as u64)
}

/// The request of a message; `None` for anything else.
pub fn request_of(data: &JsValue) -> Option<(f64, Request)> {
    let gen = field(data, "gen").as_f64()?;
    let request = serde_wasm_bindgen::from_value(field(data, "request")).ok()?;
    Some((gen, request))
}

/// Reads a file in the worker, slice by slice (`FileReaderSync`), into one buffer reserved
/// from its size.
fn read_file(file: &web_sys::File) -> Source {
    let size = file.size() as usize;
    if size > limits().bytes {
        return Source::TooLarge(size);
    }
    let Ok(reader) = web_sys::FileReaderSync::new() else { return Source::Unreadable };
    let mut bytes = Vec::new();
    if bytes.try_reserve_exact(size).is_err() {
        return Source::TooLarge(size);
    }
    let mut at = 0;
    while at < size {
        let end = (at + SLICE).min(size);
        let Ok(slice) = file.slice_with_f64_and_f64(at as f64, end as f64) else { return Source::Unreadable };
        let Ok(buffer) = reader.read_as_array_buffer(&slice) else { return Source::Unreadable };
        let array = Uint8Array::new(&buffer);
        let old = bytes.len();
        bytes.resize(old + array.length() as usize, 0);
        array.copy_to(&mut bytes[old..]);
        at = end;
    }
    Source::Bytes(bytes)
}

/// The worker's entry point: answers every message from the page.
pub fn run() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        let Some((gen, request)) = request_of(&data) else { return };
        apply_test_hook(&field(&data, "test"));
        let text = field(&data, "text");
        let file = field(&data, "file");
        let source = if let Some(text) = text.as_string() {
            Source::Text(text)
        } else if field(&data, "held").is_truthy() {
            Source::Held
        } else if let Ok(file) = file.dyn_into::<web_sys::File>() {
            read_file(&file)
        } else {
            Source::None
        };
        let post = |msg: Object, transfer: Option<Array>| {
            let _ = match transfer {
                Some(t) => post_scope.post_message_with_transfer(&msg, &t),
                None => post_scope.post_message(&msg),
            };
        };
        handle(gen, request, source, &post);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Once the messages that came while the worker loaded are handled: a made-up roster
    // checked in the background, so the user's check runs fully compiled (see `warm_up`).
    gloo::timers::callback::Timeout::new(0, || {
        crate::domain::roster::session::warm_up(WARM_UP_ROWS);
    })
    .forget();
}
