#![no_main]
//! Fuzzes `yibao::domain::id::resident_id`: no input may panic, and the fast path must agree with the full parser.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::resident_id;
    let parsed = resident_id::parse(&input, today);
    if let Err(e) = &parsed {
        let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
    }
    let compact = yibao::domain::id::compact(&input);
    if !compact.is_empty() {
        assert_eq!(parsed.as_ref().err(), resident_id::validate_bytes(compact.as_bytes(), today).err().as_ref());
    }
    let _ = resident_id::validate_bytes(data, today);
    let _ = (resident_id::format(&input), resident_id::masked(&input));
    if let Ok(id) = parsed {
        let _ = id.info(today);
        assert!(resident_id::is_valid(id.as_str(), today));
    }
});
