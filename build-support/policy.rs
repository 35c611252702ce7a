//! `src/domain/policy/`'s format and checker, for `build.rs`.
#[path = "../src/domain/policy/check.rs"]
pub mod check;
#[path = "../src/domain/policy/data.rs"]
pub mod data;
#[path = "../src/domain/policy/findings_text.rs"]
pub mod findings_text;
