#![no_main]
//! Fuzzes `yibao::domain::id::residence_permit`: no input may panic, and the fast path must agree with the full parser.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::residence_permit;
    match residence_permit::parse(&input, today) {
        Ok(p) => {
            let _ = p.info(today);
        }
        Err(e) => {
            let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
        }
    }
    let _ = residence_permit::validate_bytes(data, today);
    let _ = (residence_permit::format(&input), residence_permit::masked(&input));
});
