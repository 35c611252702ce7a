//! Loads every `policies/*.toml` (embedded by build.rs) and checks the invariants.

use yibao::domain::policy::{self, all, Region};

#[test]
fn every_file_loads_and_passes_its_invariants() {
    let policies = policy::load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(policies.len(), 5);
}
