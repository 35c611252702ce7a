//! Notices published with this deployment: `notices/index.json` and the files it lists,
//! fetched from the page's own origin (the page shows at once where the built-in notices
//! answer its address, and is drawn again when they arrive), read by the browser's own
//! `JSON.parse` and turned into typed data with `serde-wasm-bindgen` (no JSON parser in the
//! wasm), checked by the domain's checker ([`policy::assemble`]) and installed.
//!
//! Only same-origin files, by a fixed path relative to the page: nothing in the address or
//! from another origin can add a notice (a crafted link must not show a fake amount or a
//! fake payment account). Where there is no `notices/index.json`, nothing changes.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect, JSON};
use leptos::prelude::{IntoAny, IntoView, RwSignal, Track, Update};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, RequestMode, Response};

use crate::domain::policy::{self, Finding, NoticeIndex, PolicyData, Problem, Rejected};

/// The folder beside the app that staff publish notices in.
pub const FOLDER: &str = "notices/";

/// How long a page that needs the published notices (an address naming one, the editor)
/// waits for them before it shows the built-in notices alone.
const WAIT_MS: i32 = 4000;

/// Mounts `app` and installs the deployment's notices (if any).
///
/// `at_once`: the built-in notices alone answer the address, so the page shows without
/// waiting for `notices/` (a slow host never delays the first result); when the published
/// notices arrive, the page is drawn again with them (only where there is something to add
/// or to report; the address holds the whole state, so nothing is lost). Otherwise the page
/// waits for them, at most [`WAIT_MS`]; if they come later, `redraw` says whether the page is
/// drawn again with them (not the editor: a draft lives only in its fields).
pub fn mount_reading<F, V>(app: F, at_once: bool, redraw: bool)
where
    F: Fn() -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // Leptos configures its executor when it mounts: before that, wasm-bindgen-futures runs this.
    wasm_bindgen_futures::spawn_local(async move {
        let slot = Rc::new(RefCell::new(None));
        let filled = slot.clone();
        let work = wasm_bindgen_futures::future_to_promise(async move {
            *filled.borrow_mut() = Some(load().await);
            Ok(JsValue::TRUE)
        });
        if !at_once {
            let _ = JsFuture::from(Promise::race(&Array::of2(&work, &timer(WAIT_MS)))).await;
        }
        // Until the notices are read, none is installed: the built-in notices alone.
        let in_time = slot.borrow_mut().take();
        let waited = in_time.is_some();
        if let Some(deployment) = in_time {
            let _ = policy::install(deployment);
        }
        let drawn = RwSignal::new(0u32);
        leptos::mount::mount_to_body(move || {
            move || {
                drawn.track();
                app().into_any()
            }
        });
        if waited {
            return;
        }
        let _ = JsFuture::from(work).await;
        let Some(deployment) = slot.borrow_mut().take() else { return };
        let news = !deployment.notices.is_empty() || !deployment.rejected.is_empty();
        if policy::install(deployment).is_ok() && news && (at_once || redraw) {
            drawn.update(|n| *n += 1);
        }
    });
}

/// A promise that resolves after `ms`.
fn timer(ms: i32) -> Promise {
    Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

/// Starts fetching a same-origin file (all of a folder's files are asked at once).
fn request(path: &str) -> Result<Promise, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_mode(RequestMode::SameOrigin);
    // The service worker answers notices/ from the network first, the cache when offline.
    init.set_cache(RequestCache::NoCache);
    Ok(window.fetch_with_str_and_init(path, &init))
}

/// A same-origin file as JSON (parsed by the browser). `Ok(None)`: no such file.
async fn fetch_json(path: &str) -> Result<Option<JsValue>, String> {
    json_of(request(path)).await
}

/// The answer to a [`request`] as JSON.
async fn json_of(request: Result<Promise, String>) -> Result<Option<JsValue>, String> {
    let response = JsFuture::from(request?).await.map_err(describe)?;
    let response: Response = response.dyn_into().map_err(describe)?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    let text = text.as_string().unwrap_or_default();
    JSON::parse(&text).map(Some).map_err(describe)
}

fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_else(|| "error".into())
}

fn unreadable(file: &str, field: &str, detail: String) -> Rejected {
    Rejected { file: file.into(), findings: vec![Finding { field: field.into(), problem: Problem::Unreadable { detail } }] }
}

/// Reads `notices/index.json` and every file it lists; the checked result.
async fn load() -> policy::Deployment {
    let index = match fetch_json(&format!("{FOLDER}index.json")).await {
        Ok(None) => return policy::Deployment::default(),
        Ok(Some(v)) => serde_wasm_bindgen::from_value::<NoticeIndex>(v).map_err(|e| e.to_string()),
        Err(e) => Err(e),
    };
    let index = match index {
        Ok(index) => index,
        Err(detail) => return policy::Deployment { rejected: vec![unreadable("index.json", "notices", detail)], ..Default::default() },
    };
    let (names, mut refused) = index.names();
    let requests: Vec<_> = names.into_iter().map(|name| (request(&format!("{FOLDER}{name}")), name)).collect();
    let mut files = Vec::new();
    for (asked, name) in requests {
        let read = match json_of(asked).await {
            Ok(Some(v)) => read(v),
            Ok(None) => Err(vec![Finding { field: String::new(), problem: Problem::Unreadable { detail: "404".into() } }]),
            Err(detail) => Err(vec![Finding { field: String::new(), problem: Problem::Unreadable { detail } }]),
        };
        files.push((name, read));
    }
    let mut d = policy::assemble(files);
    refused.append(&mut d.rejected);
    d.rejected = refused;
    for r in &d.rejected {
        for f in &r.findings {
            web_sys::console::warn_1(&format!("notices/{}: {}", r.file, f.describe().en).into());
        }
    }
    d
}

/// A parsed file as the typed data, or which fields do not read.
pub fn read(value: JsValue) -> Result<PolicyData, Vec<Finding>> {
    match serde_wasm_bindgen::from_value::<PolicyData>(value.clone()) {
        Ok(d) => Ok(d),
        Err(e) => Err(locate(&value, e.to_string())),
    }
}

/// Which top-level fields (and list elements) of an unreadable file do not read.
fn locate(value: &JsValue, whole: String) -> Vec<Finding> {
    let at = |field: String, detail: String| Finding { field, problem: Problem::Unreadable { detail } };
    let Some(object) = value.dyn_ref::<Object>().filter(|_| !Array::is_array(value)) else {
        return vec![at(String::new(), whole)];
    };
    let mut out: Vec<Finding> = policy::REQUIRED_KEYS
        .iter()
        .filter(|k| !Reflect::has(object, &JsValue::from_str(k)).unwrap_or(false))
        .map(|k| Finding { field: k.to_string(), problem: Problem::Required })
        .collect();
    for entry in Object::entries(object).iter() {
        let pair: Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        let v = pair.get(1);
        if Array::is_array(&v) {
            for (i, item) in Array::from(&v).iter().enumerate() {
                if let Err(e) = policy::read_item(&key, serde_wasm_bindgen::Deserializer::from(item)) {
                    out.push(at(format!("{key}[{i}]"), e.to_string()));
                }
            }
        }
        match policy::read_field(&key, serde_wasm_bindgen::Deserializer::from(v)) {
            Ok(true) => {}
            Ok(false) => out.push(Finding { field: key, problem: Problem::UnknownKey }),
            Err(e) if !out.iter().any(|f| f.field.starts_with(key.as_str())) => out.push(at(key, e.to_string())),
            Err(_) => {}
        }
    }
    if out.is_empty() {
        out.push(at(String::new(), whole));
    }
    out
}
