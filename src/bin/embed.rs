//! The embed builder's file (`yibao-embed`, `view=embed`).
//! A thin binary Trunk builds; see src/main.rs.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::ui::start(yibao::ui::EMBED_BUILDER);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
