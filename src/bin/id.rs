//! The ID check's file (`yibao-id`, `view=id`): identity numbers and the registration forms.
//! A thin binary Trunk builds; see src/main.rs.

#[cfg(target_arch = "wasm32")]
fn main() {
    yibao::ui::start(yibao::ui::ID_CHECK);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("yibao is a browser app: build it with `trunk build` (see README.md).");
}
