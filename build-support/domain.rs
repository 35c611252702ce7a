//! The library's data format and checker, compiled into `build.rs` as they are (the same
//! files as `src/domain/`, so the build and the browser run one checker).
#[path = "../src/domain/inputs.rs"]
pub mod inputs;
#[path = "../src/domain/lang.rs"]
pub mod lang;
#[path = "../src/domain/money.rs"]
pub mod money;
#[path = "policy.rs"]
pub mod policy;
