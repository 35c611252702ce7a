#![no_main]
//! Fuzzes `yibao::domain::id::detect_and_parse`: no input may panic, and the fast path must agree with the full parser.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let input = String::from_utf8_lossy(data);
    let c = yibao::domain::id::detect_and_parse(&input, today);
    let _ = (c.data_birth(), c.data_sex(), c.data_region(), c.kind().code());
    if let Some(e) = c.error() {
        let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
    }
    if let Some(info) = c.info() {
        for w in &info.warnings {
            let _ = (yibao::words::id::warning(w, Lang::Zh), yibao::words::id::warning(w, Lang::En));
        }
    }
});
