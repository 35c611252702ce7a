//! The notice editor's file (`yibao-editor`, `view=editor`): always reads `notices/` (its
//! report lists the files refused) and carries the JSON reader and the checker.
//! A thin binary Trunk builds; see src/main.rs.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::ui::start_reading_notices(yibao::ui::EDITOR, true);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
