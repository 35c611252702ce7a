//! The thin binary Trunk builds: a panic hook and the mount. Everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(yibao::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
