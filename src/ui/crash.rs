//! What a crash looks like: never a silently dead page.

use wasm_bindgen::JsCast;

/// After a panic the app is dead (`panic = "abort"`): the hook logs it and shows a banner
/// with a reload button made of plain DOM, whose click calls the browser's own
/// `location.reload` (no Rust code can run any more).
pub fn show_crash_banner() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    if document.get_element_by_id("crash-banner").is_some() {
        return;
    }
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_id("crash-banner");
    banner.set_class_name("crash-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "crash-banner");
    // Styled by `.crash-banner` (style/main.css): the CSP allows no inline style.
    let Ok(text) = document.create_element("p") else { return };
    text.set_text_content(Some("出错了，请重新加载。Something went wrong: please reload the page."));
    let _ = banner.append_child(&text);
    if let Ok(button) = document.create_element("button") {
        button.set_text_content(Some("重新加载 Reload"));
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("data-testid", "crash-reload");
        let location = window.location();
        let reload = js_sys::Reflect::get(&location, &"reload".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.bind0(&location));
        if let (Some(reload), Ok(button)) = (reload, button.clone().dyn_into::<web_sys::HtmlElement>()) {
            button.set_onclick(Some(&reload));
        }
        let _ = banner.append_child(&button);
    }
    if let Some(body) = document.body() {
        let _ = body.append_child(&banner);
    }
}

/// Installs the panic hook: the panic logged to the console, and the banner shown.
///
/// The release build aborts at once on a panic (`-Cpanic=immediate-abort`, scripts/env.sh
/// `release`), so there the hook never runs: the panic is a `WebAssembly.RuntimeError` trap
/// and the boot script (scripts/post-build.mjs) shows the same banner. Builds without it
/// (the browser unit tests, a release where setup could not rebuild std) use the hook.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_banner();
    }));
}
