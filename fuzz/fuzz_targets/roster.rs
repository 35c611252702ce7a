#![no_main]
//! Fuzzes the roster check (`yibao::domain::roster`): no input may panic, no record may be
//! dropped, the summary adds up, and the export has one line per row plus the header.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;
use yibao::domain::roster::{check, decode, Limits, Options};

fuzz_target!(|data: &[u8]| {
    let decoded = decode::decode(data);
    let text = decoded.text.unwrap_or_else(|| String::from_utf8_lossy(data).into_owned());
    let mut options = Options::new(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    // Small limits, so the fuzzer reaches them.
    options.limits = Limits { bytes: 4096, rows: 50, columns: 20, cell_chars: 100 };
    let roster = check(&text, &options);
    let s = &roster.summary;
    assert_eq!(s.total, roster.rows.len());
    assert_eq!(s.valid + s.invalid, s.total);
    assert!(s.duplicates <= s.invalid);
    for row in roster.rows.iter() {
        for p in &row.problems {
            let _ = (yibao::words::roster::problem(p, Lang::Zh), yibao::words::roster::problem(p, Lang::En));
        }
    }
    let _ = roster.export_csv(&Lang::Zh);
});
