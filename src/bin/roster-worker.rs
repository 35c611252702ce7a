//! The roster check's Web Worker, a thin binary: Trunk builds it as a worker
//! (`data-type="worker"` in `index.html`); everything is in `yibao::worker`.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::worker::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("roster-worker is the roster check's Web Worker: build it with `trunk build` (see README.md).");
}
