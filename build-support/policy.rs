//! `src/domain/policy/`'s format and checker, for `build.rs`.
#[path = "../src/domain/policy/check.rs"]
pub mod check;
#[path = "../src/domain/policy/data.rs"]
pub mod data;
#[path = "../src/words/findings.rs"]
pub mod findings;

/// In the build, every file of `policies/` names its region (`region_name`).
pub const BUILT_IN_REGIONS: &[&str] = &[];
