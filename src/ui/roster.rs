//! The roster check (`view=roster`): paste or upload a roster, every row checked.
//!
//! Everything is computed by [`crate::domain::roster`], in a Web Worker ([`crate::worker`]):
//! the page sends the pasted text (a JavaScript string) or the chosen `File` and never holds
//! the roster itself; it gets back the counts, the columns and the rows it shows, and words
//! the problems of those rows. Cancel terminates the worker. Where no worker can start, the
//! page says so (it carries no check itself, so a visit downloads only what shows the
//! roster). The roster stays in memory only: never in the URL, storage or the console.

use crate::words::labels as L;
use std::cell::Cell as Flag;
use std::rc::Rc;
use std::sync::Arc;

use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::{label_of, url, State};
use crate::domain::lang::Lang;
use crate::domain::roster::check::mask_id;
use crate::domain::roster::decode::Encoding;
use crate::domain::roster::session::{Cell, CheckRequest, Outcome, Reply, Request, ShownRow, View, HEADER_SHOWN};
use crate::domain::roster::{Column, ColumnMap, FirstRow, Limits, Stop};
use crate::words::roster as words;
use crate::worker::{self as roster_worker, field};

/// Rows rendered at once: those in view and a few around them (the table is a window onto
/// the roster: every row is reachable by scrolling, only these are in the page).
const RENDERED: usize = 24;
/// Of those, rows rendered above the first in view (so a jump shows what comes before).
const ABOVE: usize = 6;
/// The height of a row, and of a card on a phone (≤ 600 px), in CSS pixels: the same as
/// `.roster__row` in style/roster.css. Fixed, so the scroll position says which row is in
/// view without measuring.
const ROW_PX: f64 = 88.0;
const CARD_PX: f64 = 232.0;
/// The tallest scroll area made (browsers cap an element's height near 33 million pixels):
/// beyond it a pixel of scrolling moves more than one row's height.
const MAX_PX: f64 = 16_000_000.0;
/// Header cells offered in each column select.
const SELECT_OPTIONS: usize = HEADER_SHOWN;
/// UTF-16 units of pasted text from which the paste is kept out of the box (about 1 MB, or
/// 20,000 lines of a roster): laying out more in a textarea freezes the page for seconds.
const BIG_PASTE: u32 = 1_000_000;
/// UTF-16 units from which editing a kept paste in the box comes with a warning.
const HUGE_EDIT: u32 = 5_000_000;
/// The worker's script (public/roster-worker-loader.js), next to the page.
const WORKER_URL: &str = "./roster-worker-loader.js";

/// `cell` as the table shows it: its full length said after a cut.
fn shown_cell(cell: &Cell, lang: Lang) -> String {
    if !cell.is_cut() {
        return cell.text.clone();
    }
    words::page::cut_cell(&cell.text, cell.chars, lang)
}

/// A file read: its name, its encoding and the first line with bytes not valid in it.
#[derive(Clone)]
struct FileRead {
    name: String,
    encoding: Encoding,
    bad_line: Option<u32>,
}

/// A big paste kept out of the box: its length, then its lines and bytes once the worker
/// has counted them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pasted {
    chars: u32,
    measured: Option<(usize, usize)>,
}

/// Rows of one view received from the worker: positions `from..from + rows.len()`.
#[derive(Clone, Debug, Default)]
struct Block {
    view: View,
    from: usize,
    rows: Vec<ShownRow>,
}

impl Block {
    fn first(outcome: &Outcome, view: View) -> Block {
        let rows = match view {
            View::All => outcome.first_all.clone(),
            View::Problems => outcome.first_problems.clone(),
        };
        Block { view, from: 0, rows }
    }

    /// The row at `position` of the view, if received.
    fn get(&self, position: usize) -> Option<&ShownRow> {
        position.checked_sub(self.from).and_then(|i| self.rows.get(i))
    }

    /// Whether positions `from..end` were received.
    fn covers(&self, view: View, from: usize, end: usize) -> bool {
        self.view == view && self.from <= from && self.from + self.rows.len() >= end
    }
}

/// A row's or a card's height here (the phone layout is chosen by the same width).
fn row_px() -> f64 {
    let narrow = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w <= 600.0);
    if narrow {
        CARD_PX
    } else {
        ROW_PX
    }
}

/// A checked roster as the page holds it: the outcome, and the indices of the rows with a
/// problem.
struct Checked {
    outcome: Outcome,
    problems: Vec<u32>,
}

impl Checked {
    /// The position in `view` of the next row with a problem after `index` (the first
    /// with none), and that row's index.
    fn next_problem(&self, view: View, index: Option<u32>) -> Option<(usize, u32)> {
        let after = self.problems.partition_point(|&p| index.is_some_and(|i| p <= i));
        let at = if after < self.problems.len() { after } else { 0 };
        let row = *self.problems.get(at)?;
        Some((if view == View::All { row as usize } else { at }, row))
    }
}

/// Where the page's check is: one value, so that a check is never at once running,
/// cancelled and done. The views only render it.
#[derive(Clone, Default)]
enum Phase {
    /// Nothing checked yet, or a file that could not be read (the file note says so).
    #[default]
    Idle,
    /// A check was sent and its result has not come back: rows checked and the share of the
    /// text read, once the worker reports them.
    Checking { progress: Option<(usize, f64)> },
    /// The user cancelled the check.
    Cancelled,
    /// The worker crashed (say, out of memory): no result; the rest of the page works.
    Failed,
    /// No worker could start (blocked, or its files missing): the page says so, and the
    /// next check tries again. The page itself carries no check, so a visit downloads only
    /// what shows the roster.
    NoWorker,
    /// The checked roster.
    Done(Arc<Checked>),
}

impl Phase {
    fn is_checking(&self) -> bool {
        matches!(self, Phase::Checking { .. })
    }

    /// Rows checked and the share done, while a check runs and once the worker reported.
    fn progress(&self) -> Option<(usize, f64)> {
        match self {
            Phase::Checking { progress } => *progress,
            _ => None,
        }
    }

    fn checked(&self) -> Option<&Arc<Checked>> {
        match self {
            Phase::Done(checked) => Some(checked),
            _ => None,
        }
    }
}

/// The worker and its event handlers (kept alive as long as it is).
struct Channel {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

/// The state of the page, shared by its parts through context.
#[derive(Clone, Copy)]
struct Ctx {
    /// Where the check is, its result once done.
    phase: RwSignal<Phase>,
    /// Rows of the current view received from the worker.
    rows: RwSignal<Block>,
    /// The position (in the current view) of the first row rendered.
    top: RwSignal<usize>,
    /// The rows last asked of the worker.
    asked: StoredValue<Option<(View, usize)>>,
    /// The row chosen (by "next problem" or its line button): its problems are shown in
    /// full above the table.
    selected: RwSignal<Option<u32>>,
    /// A position to scroll the table to.
    jump: RwSignal<Option<usize>>,
    /// Bumped by every new check and by cancel: replies of another generation are ignored.
    generation: StoredValue<u64>,
    /// The element to focus when the result shows: `None` for the summary; a column select's
    /// id when the user changed that column (so keyboard users stay where they were).
    refocus: StoredValue<Option<String>>,
    only_problems: RwSignal<bool>,
    show_full: RwSignal<bool>,
    /// The file read, and its encoding, or a reading error.
    file_note: RwSignal<Option<Result<FileRead, String>>>,
    /// The name of the file being read.
    file_name: StoredValue<String>,
    /// The user's answer to "第一行是表头吗？" for the text last checked; `None` to detect it.
    first_row: StoredValue<Option<FirstRow>>,
    /// The worker, once started.
    channel: StoredValue<Option<Channel>, LocalStorage>,
    /// Whether the worker has said it runs.
    ready: StoredValue<Rc<Flag<bool>>, LocalStorage>,
    /// A big paste kept out of the box, and its text (a JavaScript string, never copied
    /// into the page's WebAssembly memory).
    pasted: RwSignal<Option<Pasted>>,
    pasted_text: StoredValue<Option<JsValue>, LocalStorage>,
    /// The worker holds the kept paste (it was sent to this worker to be counted, and no
    /// check has taken it since): a check asks for it instead of sending the text again.
    held: StoredValue<bool>,
    /// The name of the file exported, in the language of the click.
    export_name: StoredValue<&'static str>,
}

/// The browser tests' hook: a test sets `window.yibaoTest` before the page starts (only a
/// script of the page's own origin can) to lower the roster's limits or to make the page
/// (`panic: "page"`) or the worker (`panic: "worker"`) panic as a bug would. The page forwards
/// it with each message to the worker (`crate::worker` applies it); without it nothing changes.
fn forward_test_hook(msg: &js_sys::Object) {
    let test = field(&js_sys::global(), "yibaoTest");
    if test.is_undefined() {
        return;
    }
    if field(&test, "panic").as_string().as_deref() == Some("page") {
        panic!("yibaoTest: a panic in the page, asked for by a test");
    }
    let _ = js_sys::Reflect::set(msg, &"test".into(), &test);
}

impl Ctx {
    fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    fn view(self) -> View {
        if self.only_problems.get_untracked() {
            View::Problems
        } else {
            View::All
        }
    }

    /// Checks a new roster: `source` is `("text", string)` or `("file", File)`.
    fn check(self, source: (&str, &JsValue)) {
        if self.phase.with_untracked(Phase::is_checking) {
            // The worker is deep in the last check: start afresh.
            self.stop_worker();
        }
        let request = Request::Check(self.request(None));
        self.start(&request, Some(source));
        // Every check takes (or drops) the text the worker held.
        self.held.set_value(false);
    }

    /// Checks the last roster again with the user's columns (`None` for the header's).
    fn recheck(self, columns: Option<ColumnMap>) {
        let request = Request::Recheck(self.request(columns));
        self.start(&request, None);
    }

    fn request(self, columns: Option<ColumnMap>) -> CheckRequest {
        CheckRequest { today: url::today(), columns, first_row: self.first_row.get_value() }
    }

    fn start(self, request: &Request, source: Option<(&str, &JsValue)>) {
        self.generation.update_value(|g| *g += 1);
        self.phase.set(Phase::Checking { progress: None });
        self.rows.set(Block::default());
        self.top.set(0);
        self.selected.set(None);
        self.asked.set_value(None);
        self.send(request, source);
    }

    /// Sends `request` (with the current generation) to the worker, starting it if needed.
    fn send(self, request: &Request, extra: Option<(&str, &JsValue)>) {
        let msg = roster_worker::message(self.generation.get_value() as f64, "request", request, extra);
        forward_test_hook(&msg);
        let Some(worker) = self.worker() else { return self.cannot_start() };
        if worker.post_message(&msg).is_err() {
            self.crashed();
        }
    }

    /// The worker, started if it is not running.
    fn worker(self) -> Option<web_sys::Worker> {
        if let Some(w) = self.channel.with_value(|c| c.as_ref().map(|c| c.worker.clone())) {
            return Some(w);
        }
        let worker = web_sys::Worker::new(WORKER_URL).ok()?;
        let ready = Rc::new(Flag::new(false));
        self.ready.set_value(ready.clone());
        let on_message = {
            let ready = ready.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                if field(&data, "ready").is_truthy() {
                    ready.set(true);
                } else {
                    self.on_reply(&data);
                }
            })
        };
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            // Handled here: shown on the page, not left as an uncaught error.
            e.prevent_default();
            if ready.get() {
                self.crashed();
            } else if self.phase.with_untracked(Phase::is_checking) {
                self.cannot_start();
            } else {
                // Started ahead of a check (see `warm`): the check will try again and say so.
                self.stop_worker();
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.channel.set_value(Some(Channel { worker: worker.clone(), _on_message: on_message, _on_error: on_error }));
        Some(worker)
    }

    /// Starts the worker ahead of the check (the user is in the paste box or at the file
    /// choice), so its file is fetched and compiled while they paste or pick a file.
    fn warm(self) {
        if self.channel.with_value(Option::is_none) {
            let _ = self.worker();
        }
    }

    fn stop_worker(self) {
        if let Some(c) = self.channel.try_update_value(Option::take).flatten() {
            c.worker.terminate();
        }
        self.held.set_value(false);
    }

    /// The worker crashed: the check is lost, the page goes on.
    fn crashed(self) {
        self.stop_worker();
        self.generation.update_value(|g| *g += 1);
        self.phase.set(Phase::Failed);
    }

    /// The worker could not start (blocked, or its files missing): the page says so; the
    /// next check tries again.
    fn cannot_start(self) {
        self.stop_worker();
        self.generation.update_value(|g| *g += 1);
        self.phase.set(Phase::NoWorker);
    }

    /// A reply from the worker.
    fn on_reply(self, data: &JsValue) {
        let Ok(reply) = serde_wasm_bindgen::from_value::<Reply>(field(data, "reply")) else { return };
        if let Reply::Measured { lines, bytes } = reply {
            // Whatever check runs meanwhile: the count belongs to the paste kept.
            return self.pasted.update(|p| {
                if let Some(p) = p {
                    p.measured = Some((lines, bytes));
                }
            });
        }
        if field(data, "gen").as_f64() != Some(self.generation.get_value() as f64) {
            return;
        }
        match reply {
            Reply::Read { encoding, bad_line } => {
                self.file_note.set(Some(Ok(FileRead { name: self.file_name.get_value(), encoding, bad_line })));
            }
            Reply::Unreadable => {
                self.phase.set(Phase::Idle);
                self.file_note.set(Some(Err(self.file_name.get_value())));
            }
            Reply::Progress { rows, share } => self.phase.set(Phase::Checking { progress: Some((rows, share)) }),
            Reply::Done(outcome) => {
                let problems = field(data, "problems").dyn_into::<js_sys::Uint32Array>().map(|a| a.to_vec()).unwrap_or_default();
                self.top.set(0);
                self.rows.set(Block::first(&outcome, self.view()));
                self.phase.set(Phase::Done(Arc::new(Checked { outcome: *outcome, problems })));
            }
            Reply::Rows { view, from, rows } => {
                if view == self.view() {
                    self.asked.set_value(None);
                    self.rows.set(Block { view, from, rows });
                }
            }
            Reply::Measured { .. } => {}
            Reply::Exported => {
                if let Ok(blob) = field(data, "blob").dyn_into::<web_sys::Blob>() {
                    super::download::save_blob(&blob, self.export_name.get_value());
                }
            }
        }
    }

    /// Shows `view` from its first row.
    fn show_view(self, view: View) {
        self.only_problems.set(view == View::Problems);
        let first = self.phase.with_untracked(|p| p.checked().map(|c| Block::first(&c.outcome, view)));
        self.rows.set(first.unwrap_or_default());
        self.asked.set_value(None);
        self.jump.set(Some(0));
    }

    /// Makes `top` the first row rendered, asking the worker for rows not received yet.
    fn scroll_to(self, top: usize) {
        if top != self.top.get_untracked() {
            self.top.set(top);
        }
        let view = self.view();
        let Some(count) = self.phase.with_untracked(|p| p.checked().map(|c| c.outcome.count(view))) else { return };
        let start = top.saturating_sub(ABOVE);
        let end = (start + RENDERED).min(count);
        if self.rows.with_untracked(|b| b.covers(view, start, end)) {
            return;
        }
        let from = top.saturating_sub(RENDERED);
        if self.asked.get_value() != Some((view, from)) {
            self.asked.set_value(Some((view, from)));
            self.send(&Request::Rows { view, from, count: RENDERED * 3 }, None);
        }
    }

    /// Goes to the next row with a problem (after the one chosen, else after the first in
    /// view), and shows its problems in full.
    fn next_problem(self) {
        let view = self.view();
        let current = self.selected.get_untracked().or_else(|| {
            let top = self.top.get_untracked();
            self.rows.with_untracked(|b| b.get(top).map(|r| r.index)).and_then(|i| i.checked_sub(1))
        });
        let Some((position, index)) = self.phase.with_untracked(|p| p.checked().and_then(|c| c.next_problem(view, current))) else {
            return;
        };
        self.selected.set(Some(index));
        self.jump.set(Some(position));
    }

    /// Keeps a big paste out of the box; the worker counts its lines.
    fn hold(self, text: JsValue, chars: u32) {
        self.pasted.set(Some(Pasted { chars, measured: None }));
        self.pasted_text.set_value(Some(text.clone()));
        // Sent in a task of its own: copying a 44 MB text to the worker takes tens of
        // milliseconds, which the paste's own task (the page painting the note) should
        // not wait for. Not sent if the paste was cleared meanwhile.
        spawn_local(async move {
            TimeoutFuture::new(0).await;
            let kept = self.pasted_text.try_with_value(|t| t.as_ref().is_some_and(|t| js_sys::Object::is(t, &text)));
            if kept == Some(true) {
                self.send(&Request::Measure, Some(("text", &text)));
                // The worker reads its messages in order: from now on it holds the text for
                // the next check, even before it has counted it.
                self.held.set_value(self.channel.with_value(Option::is_some));
            }
        });
    }

    /// Forgets a kept paste; its text, if `into` is given, goes into that box.
    fn release(self, into: Option<&web_sys::HtmlTextAreaElement>) {
        self.held.set_value(false);
        let text = self.pasted_text.try_update_value(Option::take).flatten();
        self.pasted.set(None);
        if let (Some(text), Some(area)) = (text, into) {
            let _ = js_sys::Reflect::set(area, &JsValue::from_str("value"), &text);
        }
    }

    fn cancel(self) {
        self.stop_worker();
        self.generation.update_value(|g| *g += 1);
        self.phase.set(Phase::Cancelled);
    }
}

/// The roster check page: how to give the roster, the progress, then the result.
#[component]
pub fn RosterPage() -> impl IntoView {
    let ctx = Ctx {
        phase: RwSignal::new(Phase::Idle),
        rows: RwSignal::new(Block::default()),
        top: RwSignal::new(0),
        asked: StoredValue::new(None),
        selected: RwSignal::new(None),
        jump: RwSignal::new(None),
        generation: StoredValue::new(0),
        refocus: StoredValue::new(None),
        only_problems: RwSignal::new(false),
        show_full: RwSignal::new(false),
        file_note: RwSignal::new(None),
        file_name: StoredValue::new(String::new()),
        first_row: StoredValue::new(None),
        channel: StoredValue::new_local(None),
        ready: StoredValue::new_local(Rc::new(Flag::new(false))),
        export_name: StoredValue::new(""),
        pasted: RwSignal::new(None),
        pasted_text: StoredValue::new_local(None),
        held: StoredValue::new(false),
    };
    provide_context(ctx);
    on_cleanup(move || ctx.stop_worker());
    view! {
        <div class="roster">
            <h1>{label_of(L::roster::CHECK_A_ROSTER)}</h1>
            <p class="roster__intro">
                {label_of(L::roster::PASTE_A_ROSTER_OR_CHOOSE)}
            </p>
            <RosterForm />
            <Progress />
            <RosterResult />
        </div>
    }
}

/// The paste box, the file choice and the submit button.
#[component]
fn RosterForm() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let check_text = move || {
        if let Some(t) = textarea.get() {
            ctx.file_note.set(None);
            ctx.refocus.set_value(None);
            ctx.first_row.set_value(None);
            // The text stays a JavaScript string: it goes to the worker as it is.
            let (key, text) = match ctx.pasted_text.get_value() {
                // The worker has the kept paste already: it crosses once.
                Some(_) if ctx.held.get_value() && !ctx.phase.with_untracked(Phase::is_checking) => ("held", JsValue::TRUE),
                Some(kept) => ("text", kept),
                None => ("text", js_sys::Reflect::get(&t, &JsValue::from_str("value")).unwrap_or(JsValue::UNDEFINED)),
            };
            ctx.check((key, &text));
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check_text();
    };
    // Enter makes a new line in the box; Ctrl+Enter (⌘+Enter) submits from the keyboard.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            check_text();
        }
    };
    // A big paste is taken from the event and kept out of the box (its layout would freeze
    // the page); a small one goes into the box as usual, to be edited.
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else { return };
        let get = js_sys::Reflect::get(&data, &JsValue::from_str("getData")).and_then(|f| f.dyn_into::<js_sys::Function>());
        let Ok(text) = get.and_then(|get| get.call1(&data, &JsValue::from_str("text/plain"))) else { return };
        let chars = text.dyn_ref::<js_sys::JsString>().map_or(0, js_sys::JsString::length);
        if chars < BIG_PASTE {
            return;
        }
        ev.prevent_default();
        if let Some(t) = textarea.get_untracked() {
            t.set_value("");
        }
        ctx.hold(text, chars);
    };
    let focus_box = move || {
        if let Some(t) = textarea.get_untracked() {
            // Shown at once (the attribute follows on the next update) so it takes the focus.
            t.set_hidden(false);
            let _ = t.focus();
        }
    };
    let clear = move |_| {
        ctx.release(None);
        focus_box();
    };
    let edit = move |_| {
        ctx.release(textarea.get_untracked().as_ref());
        focus_box();
    };
    let pasted_text = move || {
        let p = ctx.pasted.get()?;
        Some(words::page::pasted(p.measured, lang()))
    };
    let huge = move || ctx.pasted.get().is_some_and(|p| p.chars >= HUGE_EDIT);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // Cleared so that choosing the same file again (after editing it) checks it again.
        input.set_value("");
        ctx.file_name.set_value(file.name());
        ctx.file_note.set(None);
        ctx.refocus.set_value(None);
        ctx.first_row.set_value(None);
        // The worker reads the file itself: its bytes never pass through the page.
        ctx.check(("file", &file.into()));
    };
    view! {
        <form class="roster__form" on:submit=on_submit>
            <div class="field">
                <label class="field__label" for="roster-input">{label_of(L::roster::PASTE_THE_ROSTER)}</label>
                <p class="field__hint" id="roster-input-hint">
                    {label_of(L::roster::COPY_THE_WHOLE_SHEET_FROM)}
                </p>
                <textarea
                    class="field__input roster__input"
                    id="roster-input"
                    rows="8"
                    spellcheck="false"
                    autocomplete="off"
                    data-testid="roster-input"
                    aria-describedby="roster-input-hint"
                    node_ref=textarea
                    hidden=move || ctx.pasted.with(Option::is_some)
                    on:keydown=on_keydown
                    on:paste=on_paste
                    on:focus=move |_| ctx.warm()
                ></textarea>
                <Show when=move || ctx.pasted.with(Option::is_some)>
                    <div class="roster__pasted" data-testid="roster-pasted">
                        <p class="roster__pasted-text" role="status">{pasted_text}</p>
                        <div class="roster__pasted-actions">
                            <button type="button" class="button button--secondary" data-testid="roster-pasted-clear" on:click=clear>
                                {label_of(L::roster::CLEAR)}
                            </button>
                            <button type="button" class="button button--secondary" data-testid="roster-pasted-edit" on:click=edit>
                                {label_of(L::roster::EDIT_IN_THE_BOX)}
                            </button>
                        </div>
                        <Show when=huge>
                            <p class="field__hint" data-testid="roster-pasted-huge">
                                {label_of(L::roster::THE_ROSTER_IS_LARGE_IN)}
                            </p>
                        </Show>
                    </div>
                </Show>
            </div>
            <button type="submit" class="button roster__submit">{label_of(L::roster::CHECK_ROSTER)}</button>
            <div class="field roster__file">
                <label class="field__label" for="roster-file">{label_of(L::roster::OR_CHOOSE_A_FILE)}</label>
                <p class="field__hint" id="roster-file-hint">
                    {label_of(L::roster::A_CSV_OR_TXT_FILE)}
                    " "
                    <span data-testid="roster-limits">{move || words::limits(&Limits::DEFAULT, lang())}</span>
                </p>
                <input
                    class="roster__file-input"
                    type="file"
                    id="roster-file"
                    accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
                    data-testid="roster-file"
                    aria-describedby="roster-file-hint"
                    on:change=on_file
                    on:focus=move |_| ctx.warm()
                    on:pointerdown=move |_| ctx.warm()
                />
            </div>
            <FileNote />
        </form>
    }
}

/// Which file was read, in which encoding, or that it could not be read.
#[component]
fn FileNote() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    move || {
        ctx.file_note.get().map(|note| match note {
            Ok(FileRead { name, encoding, bad_line }) => view! {
                <p class="roster__file-note" data-testid="roster-file-note" data-encoding=encoding.label()>
                    {words::page::file_read(&name, encoding.name(), lang())}
                </p>
                {bad_line.map(|n| {
                    let encoding = if encoding.label() == "utf-8" { "UTF-8" } else { encoding.name() };
                    view! {
                    <p class="notice notice--warning" data-testid="roster-file-bad" data-line=n role="alert">
                        {words::page::file_bad_line(n, encoding, lang())}
                    </p>
                    }
                })}
            }
            .into_any(),
            Err(name) => view! {
                <p class="field__error" role="alert">
                    {words::page::file_unreadable(&name, lang())}
                </p>
            }
            .into_any(),
        })
    }
}

/// The progress bar and the cancel button of a long check; the note after a cancel.
#[component]
fn Progress() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <div class="roster__status" role="status" aria-live="polite">
            // Built once per check and updated in place, so the Cancel button stays put (and
            // keeps the keyboard focus) while the counts change.
            <Show when=move || ctx.phase.with(|p| p.progress().is_some())>
                <div class="roster__progress" data-testid="roster-progress">
                    <label for="roster-progress-bar">
                        {move || {
                            let rows = ctx.phase.with(Phase::progress).map_or(0, |w| w.0);
                            words::page::checking(rows, lang())
                        }}
                    </label>
                    <progress id="roster-progress-bar" max="1" prop:value=move || ctx.phase.with(Phase::progress).map_or(0.0, |w| w.1)></progress>
                    <button type="button" class="button button--secondary" data-testid="roster-cancel" on:click=move |_| ctx.cancel()>
                        {label_of(L::roster::CANCEL)}
                    </button>
                </div>
            </Show>
            <Show when=move || ctx.phase.with(|p| matches!(p, Phase::NoWorker))>
                <p class="notice notice--warning" role="alert" data-testid="roster-no-worker">
                    {label_of(L::roster::THE_ROSTER_CHECK_COULD_NOT)}
                </p>
            </Show>
            <Show when=move || ctx.phase.with(|p| matches!(p, Phase::Failed))>
                <p class="notice notice--warning" role="alert" data-testid="roster-failed">
                    {label_of(L::roster::THE_ROSTER_CHECK_FAILED_PERHAPS)}
                </p>
            </Show>
            <Show when=move || ctx.phase.with(|p| matches!(p, Phase::Cancelled))>
                <p class="notice notice--warning">
                    {label_of(L::roster::THE_CHECK_WAS_CANCELLED_SUBMIT)}
                </p>
            </Show>
        </div>
    }
}

/// The summary, the column choice, the filters, the export and the table.
#[component]
fn RosterResult() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        ctx.phase.with(|p| p.checked().cloned()).map(|checked| {
            let roster = Arc::new(checked.outcome.clone());
            if !roster.has_header() {
                return match roster.stop {
                    Some(stop) => view! { <StopNotice stop /> }.into_any(),
                    None => view! { <EmptyRoster /> }.into_any(),
                };
            }
            // The table follows in a task of its own: the summary (the answer, and the focus)
            // is drawn first, and neither task holds the page's thread long (issue 14: the
            // result in one task was 56-67 ms on a 100,000-row upload here).
            let table = RwSignal::new(false);
            set_timeout(move || table.set(true), std::time::Duration::ZERO);
            view! {
                <section class="roster__result" aria-labelledby="roster-result-title">
                    {roster.stop.map(|stop| view! { <StopNotice stop /> })}
                    <Summary roster=roster.clone() />
                    <FirstRowQuestion roster=roster.clone() />
                    <Columns roster=roster.clone() />
                    <Controls />
                    {move || table.get().then(|| view! { <RowsTable roster=roster.clone() /> })}
                </section>
            }
            .into_any()
        })
    }
}

/// Why the check stopped before the end (a limit, or memory).
#[component]
fn StopNotice(stop: Stop) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <p class="notice notice--warning" role="alert" data-testid="roster-stop" data-stop=stop.code()>
            {move || words::stop(&stop, lang())}
        </p>
    }
}

#[component]
fn EmptyRoster() -> impl IntoView {
    view! {
        <div class="notice notice--warning" data-testid="roster-summary" data-total="0" data-valid="0" data-invalid="0" data-duplicates="0">
            <p>
                {label_of(L::roster::THE_ROSTER_IS_EMPTY_PASTE)}
            </p>
        </div>
    }
}

/// The counts (`data-testid="roster-summary"`).
#[component]
fn Summary(roster: Arc<Outcome>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let s = roster.summary;
    // The result replaces the form's focus, so that screen readers read it (GOV.UK's error
    // summary does the same).
    let ctx = Ctx::get();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let target = ctx.refocus.get_value().and_then(|id| document().get_element_by_id(&id));
        match target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(t) => {
                let _ = t.focus();
            }
            None => {
                let _ = el.focus();
            }
        }
    });
    let text = move || words::page::summary(&s, lang());
    view! {
        <div
            class="roster__summary"
            class:roster__summary--ok=s.invalid == 0
            tabindex="-1"
            node_ref=node
            data-testid="roster-summary"
            data-total=s.total
            data-valid=s.valid
            data-invalid=s.invalid
            data-duplicates=s.duplicates
        >
            <h2 id="roster-result-title">{label_of(L::roster::RESULT)}</h2>
            <p class="roster__summary-text">{text}</p>
        </div>
    }
}

/// The column choice: one select per value, preset to the header's reading.
#[component]
fn Columns(roster: Arc<Outcome>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let unsure = roster.unsure;
    let header = roster.header.clone();
    let n_columns = roster.header_len;
    let columns = roster.columns;
    view! {
        <fieldset class="roster__columns" data-testid="roster-columns">
            <legend class="field__legend"><strong>{label_of(L::roster::COLUMNS)}</strong></legend>
            {unsure.then(|| view! {
                <p class="notice notice--warning" data-testid="roster-columns-unsure">
                    {label_of(L::roster::SOME_COLUMNS_COULD_NOT_BE)}
                </p>
            })}
            {(n_columns > SELECT_OPTIONS).then(|| view! {
                <p class="notice notice--warning" data-testid="roster-columns-capped">
                    {move || words::page::columns_capped(n_columns, SELECT_OPTIONS, lang())}
                </p>
            })}
            <div class="roster__column-choices">
                {Column::ALL
                    .into_iter()
                    .map(|c| {
                        let id = format!("roster-column-{}", c.code());
                        let header = header.clone();
                        let current = columns.get(c);
                        let on_change = move |ev: leptos::ev::Event| {
                            let value = event_target_value(&ev);
                            let mut map = columns;
                            map.set(c, value.parse::<usize>().ok());
                            ctx.refocus.set_value(Some(format!("roster-column-{}", c.code())));
                            ctx.recheck(Some(map));
                        };
                        view! {
                            <div class="roster__column-choice">
                                <label class="field__label" for=id.clone()>
                                    {move || words::column(c, lang())}
                                    {c.required().then_some(label_of(L::roster::REQUIRED))}
                                </label>
                                <select class="field__input roster__select" id=id on:change=on_change>
                                    <option value="" selected=current.is_none()>{label_of(L::roster::NO_SUCH_COLUMN)}</option>
                                    {header
                                        .iter()
                                        .take(SELECT_OPTIONS)
                                        .enumerate()
                                        .map(|(i, h)| {
                                            let h = h.trim();
                                            let h = if h.chars().nth(60).is_some() { h.chars().take(60).chain(['…']).collect() } else { h.to_string() };
                                            view! {
                                                <option value=i.to_string() selected=current == Some(i)>
                                                    {move || words::page::column_option(i, &h, lang())}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The filter, the masking switch and the export.
#[component]
fn Controls() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    // The worker makes the file (the rows shown, all or only those with a problem).
    let export = move |_| {
        ctx.export_name.set_value(L::roster::ROSTER_CHECKED_CSV.get(lang()));
        ctx.send(&Request::Export { lang: lang(), view: ctx.view() }, None);
    };
    view! {
        <div class="roster__controls">
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    type="checkbox"
                    id="roster-only-problems"
                    data-testid="roster-filter"
                    prop:checked=move || ctx.only_problems.get()
                    on:change=move |ev| ctx.show_view(if event_target_checked(&ev) { View::Problems } else { View::All })
                />
                <label class="checkboxes__label" for="roster-only-problems">{label_of(L::roster::SHOW_ONLY_ROWS_WITH_PROBLEMS)}</label>
            </div>
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    type="checkbox"
                    id="roster-show-full"
                    data-testid="roster-show-full"
                    prop:checked=move || ctx.show_full.get()
                    on:change=move |ev| ctx.show_full.set(event_target_checked(&ev))
                />
                <label class="checkboxes__label" for="roster-show-full">{label_of(L::roster::SHOW_ID_NUMBERS_IN_FULL)}</label>
            </div>
            <button type="button" class="button button--secondary" data-testid="roster-export" on:click=export>
                {label_of(L::roster::EXPORT_THE_CHECKED_ROSTER_CSV)}
            </button>
        </div>
    }
}

/// The rows: a window onto the roster. The scroll area is as tall as every row (up to
/// [`MAX_PX`]); only [`RENDERED`] rows around the scroll position are in the page, asked of
/// the worker as they come into view. "Next problem" jumps to the next row with a problem
/// and shows its problems in full. On a phone each row is a card, its problems first.
#[component]
fn RowsTable(roster: Arc<Outcome>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let (all, with_problems) = (roster.count(View::All), roster.count(View::Problems));
    let count = move || if ctx.only_problems.get() { with_problems } else { all };
    let px = row_px();
    let full_px = move || count() as f64 * px;
    let scale = move || if full_px() > MAX_PX { MAX_PX / full_px() } else { 1.0 };
    let scroller = NodeRef::<leptos::html::Div>::new();
    let on_scroll = move |_| {
        let Some(el) = scroller.get_untracked() else { return };
        let top = (f64::from(el.scroll_top()) / (px * scale())) as usize;
        ctx.scroll_to(top.min(count().saturating_sub(1)));
    };
    // A jump (next problem, another view) scrolls the area; the scroll event follows.
    Effect::new(move |_| {
        let Some(position) = ctx.jump.get() else { return };
        ctx.scroll_to(position);
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_top((position as f64 * px * scale()).ceil() as i32);
        }
    });
    let caption = move || {
        let first = ctx.top.get().saturating_sub(ABOVE) + 1;
        let last = (first - 1 + RENDERED).min(count());
        words::page::caption(count(), (first, last), ctx.only_problems.get(), lang())
    };
    let labels = move || Column::ALL.map(|c| words::column(c, lang()));
    let rows = move || {
        let lang = lang();
        let full = ctx.show_full.get();
        let top = ctx.top.get().saturating_sub(ABOVE);
        let end = (top + RENDERED).min(count());
        let selected = ctx.selected.get();
        let [l_name, l_id, l_phone, l_sex, l_birth] = labels();
        let l_problems = L::roster::PROBLEMS.get(lang);
        ctx.rows.with(|block| {
            (top..end)
                .map(|position| {
                    let Some(row) = block.get(position) else {
                        return view! {
                            <tr class="roster__row roster__row--loading" aria-hidden="true"><td colspan="7">"……"</td></tr>
                        }
                        .into_any();
                    };
                    let [name, id, phone, sex, birth] = &row.cells;
                    let id = if full { shown_cell(id, lang) } else { shown_cell(&Cell { text: mask_id(&id.text), chars: 0 }, lang) };
                    let problems: Vec<String> = row.problems.iter().map(|p| words::problem(p, lang)).collect();
                    let ok = problems.is_empty();
                    let index = row.index;
                    let current = selected == Some(index);
                    view! {
                        <tr class="roster__row" class:roster__row--problem=!ok class:roster__row--current=current
                            data-testid="roster-row" data-line=row.line data-current=current.then_some("true")>
                            <th scope="row" class="roster__line">
                                <button type="button" class="roster__line-button" on:click=move |_| ctx.selected.set(Some(index))
                                    aria-label=words::page::see_line(row.line, lang)>
                                    {row.line}
                                </button>
                            </th>
                            <td data-label=l_name><div class="roster__clip">{shown_cell(name, lang)}</div></td>
                            <td class="roster__id" data-label=l_id><div class="roster__clip">{id}</div></td>
                            <td data-label=l_phone><div class="roster__clip">{shown_cell(phone, lang)}</div></td>
                            <td data-label=l_sex><div class="roster__clip">{shown_cell(sex, lang)}</div></td>
                            <td data-label=l_birth><div class="roster__clip">{shown_cell(birth, lang)}</div></td>
                            <td class="roster__problems" data-label=l_problems>
                                <div class="roster__clip">
                                    {if ok {
                                        view! { <span class="roster__ok">{L::roster::NO_PROBLEMS.get(lang)}</span> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="roster__problem-list">
                                                {problems.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                            </ul>
                                        }
                                        .into_any()
                                    }}
                                </div>
                            </td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view()
        })
    };
    let detail = move || {
        let index = ctx.selected.get()?;
        let lang = lang();
        ctx.rows.with(|b| b.rows.iter().find(|r| r.index == index).cloned()).map(|row| {
            let problems: Vec<String> = row.problems.iter().map(|p| words::problem(p, lang)).collect();
            view! {
                <section class="roster__detail" data-testid="roster-detail" data-line=row.line aria-live="polite">
                    <h3 class="roster__detail-title">
                        {words::page::line_problems(row.line, lang)}
                    </h3>
                    {if problems.is_empty() {
                        view! { <p class="roster__ok">{L::roster::NO_PROBLEMS.get(lang)}</p> }.into_any()
                    } else {
                        view! { <ul class="roster__problem-list">{problems.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> }.into_any()
                    }}
                </section>
            }
        })
    };
    view! {
        <div class="roster__nav">
            <button type="button" class="button button--secondary" data-testid="roster-next-problem" on:click=move |_| ctx.next_problem()
                disabled=move || with_problems == 0>
                {label_of(L::roster::NEXT_ROW_WITH_A_PROBLEM)}
            </button>
        </div>
        {detail}
        <div class="roster__window" node_ref=scroller tabindex="0" role="region" aria-labelledby="roster-caption"
            data-testid="roster-window" on:scroll=on_scroll style:max-height=move || format!("min(44rem, {}px)", full_px().min(MAX_PX) + 120.0)>
            <div class="roster__sizer" style:height=move || format!("{}px", full_px().min(MAX_PX) + 64.0)>
                <table class="roster__table" data-testid="roster-table"
                    style:transform=move || format!("translateY({}px)", (ctx.top.get().saturating_sub(ABOVE) as f64 * px * scale()).floor())>
                    <caption class="roster__caption" id="roster-caption">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{label_of(L::roster::LINE)}</th>
                            {Column::ALL.into_iter().map(|c| view! { <th scope="col">{move || words::column(c, lang())}</th> }).collect_view()}
                            <th scope="col">{label_of(L::roster::PROBLEMS_AND_HOW_TO_FIX)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}

/// "第一行是表头吗？": detected from the first row, one click to change; the roster is
/// checked again at once, so no person is ever taken for a header.
#[component]
fn FirstRowQuestion(roster: Arc<Outcome>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let current = roster.first_row;
    let sample = roster.header.iter().take(3).map(|c| c.chars().take(20).collect::<String>()).collect::<Vec<_>>().join(" · ");
    let choose = move |choice: FirstRow| {
        if choice == current {
            return;
        }
        ctx.first_row.set_value(Some(choice));
        ctx.refocus.set_value(Some(format!("roster-first-row-{}", if choice == FirstRow::Header { "header" } else { "data" })));
        ctx.recheck(None);
    };
    view! {
        <fieldset class="field field--radios roster__first-row" data-testid="roster-first-row" data-first-row=if current == FirstRow::Header { "header" } else { "data" }>
            <legend class="field__legend"><strong>{label_of(L::roster::IS_THE_FIRST_ROW_A)}</strong></legend>
            <p class="field__hint">{move || format!("{}{}", L::roster::FIRST_ROW.get(lang()), sample)}</p>
            <div class="radios">
                <div class="radios__item">
                    <input class="radios__input" type="radio" name="roster-first-row" id="roster-first-row-header"
                        prop:checked=current == FirstRow::Header on:change=move |_| choose(FirstRow::Header) />
                    <label class="radios__label" for="roster-first-row-header">{label_of(L::roster::YES_THE_FIRST_ROW_NAMES)}</label>
                </div>
                <div class="radios__item">
                    <input class="radios__input" type="radio" name="roster-first-row" id="roster-first-row-data"
                        prop:checked=current == FirstRow::Data on:change=move |_| choose(FirstRow::Data) />
                    <label class="radios__label" for="roster-first-row-data">{label_of(L::roster::NO_THE_FIRST_ROW_IS)}</label>
                </div>
            </div>
        </fieldset>
    }
}
