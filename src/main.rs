//! The thin binary Trunk builds: a panic hook and the mount. Everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic shows "出错了，请重新加载" with a reload button (src/ui/crash.rs).
    yibao::ui::crash::install_panic_hook();
    // The notices published with this deployment (notices/) are read first (src/ui/notices_loader.rs).
    yibao::ui::notices_loader::mount_after_loading(yibao::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
