//! The calculator's file where the deployment publishes notices (`yibao-calc-notices`): the
//! boot script loads it instead of `yibao` when `notices/index.json` lists a file.
//! A thin binary Trunk builds; see src/main.rs.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::ui::start_reading_notices(yibao::ui::CALCULATOR, false);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
