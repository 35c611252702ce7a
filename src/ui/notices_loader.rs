//! Notices published with this deployment: `notices/index.json` and the files it lists,
//! fetched from the page's own origin before the app mounts, read by the browser's own
//! `JSON.parse` and turned into typed data with `serde-wasm-bindgen` (no JSON parser in the
//! wasm), checked by the domain's checker ([`policy::assemble`]) and installed.
//!
//! Only same-origin files, by a fixed path relative to the page: nothing in the address or
//! from another origin can add a notice (a crafted link must not show a fake amount or a
//! fake payment account). Where there is no `notices/index.json`, nothing changes.

use js_sys::{Array, Object, Promise, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, RequestMode, Response};

use crate::domain::policy::{self, Finding, NoticeIndex, PolicyData, Problem, Rejected};

/// The folder beside the app that staff publish notices in.
pub const FOLDER: &str = "notices/";

/// How long the page waits for the folder before it shows the built-in notices alone.
const WAIT_MS: i32 = 4000;

/// Loads the deployment's notices (if any), then mounts `app`.
pub fn mount_after_loading<F, V>(app: F)
where
    F: FnOnce() -> V + 'static,
    V: leptos::prelude::IntoView + 'static,
{
    // Leptos configures its executor when it mounts: before that, wasm-bindgen-futures runs this.
    wasm_bindgen_futures::spawn_local(async move {
        let deployment = with_timeout(load()).await;
        let _ = policy::install(deployment.unwrap_or_default());
        leptos::mount::mount_to_body(app);
    });
}

/// `fut`, or `None` after [`WAIT_MS`].
async fn with_timeout(fut: impl std::future::Future<Output = policy::Deployment> + 'static) -> Option<policy::Deployment> {
    let result = std::rc::Rc::new(std::cell::RefCell::new(None));
    let slot = result.clone();
    let work = wasm_bindgen_futures::future_to_promise(async move {
        *slot.borrow_mut() = Some(fut.await);
        Ok(JsValue::TRUE)
    });
    let timer = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, WAIT_MS);
        }
    });
    let _ = JsFuture::from(Promise::race(&Array::of2(&work, &timer))).await;
    let out = result.borrow_mut().take();
    out
}

/// Fetches a same-origin file as JSON (parsed by the browser). `Ok(None)`: no such file.
async fn fetch_json(path: &str) -> Result<Option<JsValue>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_mode(RequestMode::SameOrigin);
    // The service worker answers notices/ from the network first, the cache when offline.
    init.set_cache(RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init)).await.map_err(describe)?;
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
    let mut files = Vec::new();
    for name in names {
        let read = match fetch_json(&format!("{FOLDER}{name}")).await {
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
