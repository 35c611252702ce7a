#![no_main]
//! Fuzzes the reader and checker of the notices staff publish (`notices/*.json`, issue 19):
//! any JSON must be refused with findings or read as a notice, never panic; a deployment
//! of that file publishes it or lists it as rejected, exactly one of the two.

use libfuzzer_sys::fuzz_target;
use yibao::domain::policy::{assemble, parse, read_json};

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    if let Err(findings) = parse(value.clone()) {
        assert!(!findings.is_empty(), "a refused file says why");
    }
    let d = assemble(vec![("fuzz.json".to_string(), read_json(value))]);
    assert_eq!(d.notices.len() + d.rejected.len(), 1, "one file, exactly one outcome");
});
