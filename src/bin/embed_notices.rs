//! The embed builder's file where the deployment publishes notices (`yibao-embed-notices`):
//! the boot script loads it instead of `yibao-embed` when `notices/index.json` lists a file.
//! A thin binary Trunk builds; see src/main.rs.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::ui::start_reading_notices(yibao::ui::EMBED_BUILDER, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
