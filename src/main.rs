//! The calculator's file (`yibao`, also `embed=1`): a thin binary Trunk
//! builds. The other tools are their own files (src/bin/), so a visit downloads only its
//! tool; everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::ui::start(yibao::ui::CALCULATOR);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
