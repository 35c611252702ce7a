//! Saving a file made in the page (a Blob and a temporary link): nothing leaves the device.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`.
pub fn save(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(&blob, name);
    }
}

/// Offers `blob` as a download named `name`, through a local Blob URL that is let go once
/// the browser has surely started the download (a URL revoked at once can cancel it).
pub fn save_blob(blob: &web_sys::Blob, name: &str) {
    let Ok(href) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    let document = leptos::prelude::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&href);
        a.set_download(name);
        a.click();
    }
    leptos::task::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(10_000).await;
        let _ = web_sys::Url::revoke_object_url(&href);
    });
}
