//! Helpers shared by the browser component tests (`tests/web*.rs`): find elements, mount a
//! fresh app at a query string, let the page settle.
#![allow(dead_code)]

use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Every element matching `selector`.
pub fn all(selector: &str) -> Vec<web_sys::Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The one element matching `selector`, as `T`; panics naming the selector when absent.
pub fn one<T: JsCast>(selector: &str) -> T {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} present")).dyn_into().unwrap()
}

/// How many elements match `selector`.
pub fn count(selector: &str) -> u32 {
    document().query_selector_all(selector).unwrap().length()
}

/// Mounts a fresh app at the given query string, in a fresh container: the runner's own
/// output elsewhere in `<body>` stays.
pub fn mount(search: &str) {
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}"))).unwrap();
    if let Some(old) = document().get_element_by_id("app") {
        old.remove();
    }
    let container = document().create_element("div").unwrap();
    container.set_id("app");
    // The built-in notices' English: the page fetches it from the build's file (the boot
    // script's `yibaoEnglish()`, tested end to end); here it is the committed list.
    let english: js_sys::Array = js_sys::JSON::parse(include_str!("../../src/domain/policy/generated_en.json")).unwrap().into();
    assert!(yibao::ui::english::install(&String::from(english.join("\0"))));
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.dyn_into().unwrap(), || leptos::view! { <yibao::ui::App tools=yibao::ui::EVERY_TOOL /> }).forget();
}

/// Lets the page run its pending work.
pub async fn tick() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}
