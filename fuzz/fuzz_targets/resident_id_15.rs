#![no_main]
//! Fuzzes `yibao::domain::id::resident_id_15`: no input may panic, and the fast path must agree with the full parser.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::resident_id_15;
    match resident_id_15::parse(&input, today) {
        Ok(id) => {
            let _ = id.info(today);
            assert!(yibao::domain::id::resident_id::is_valid(id.to_18().as_str(), today));
        }
        Err(e) => {
            let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
        }
    }
    let _ = (resident_id_15::format(&input), resident_id_15::masked(&input));
});
