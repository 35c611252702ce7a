//! Properties of the roster reader and check: no input panics, no record is lost.

use chrono::NaiveDate;
use proptest::prelude::*;
use yibao::domain::lang::Lang;
use yibao::domain::roster::csv::{holds_replacement, read_all};
use yibao::domain::roster::{check, Check, Options};

fn options() -> Options {
    Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
}

/// Quotes a field the RFC 4180 way.
fn quote(f: &str) -> String {
    format!("\"{}\"", f.replace('"', "\"\""))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any text: no panic, and the check has one row per record after the header.
    #[test]
    fn any_text_is_checked_without_panic(text in "(?s)[a-z0-9,;\t\"\r\n 姓名身份证号码xX\u{FEFF}]{0,200}") {
        let records = read_all(&text).len();
        let r = check(&text, &options());
        prop_assert_eq!(r.summary.total, records.saturating_sub(1));
        prop_assert_eq!(r.rows.len(), r.summary.total);
        prop_assert_eq!(r.summary.valid + r.summary.invalid, r.summary.total);
        prop_assert!(r.summary.duplicates <= r.summary.invalid);
        let _ = r.export_csv(&Lang::Zh);
    }

    /// The eight-bytes-at-a-time search for U+FFFD finds it exactly where the standard
    /// library's does, whatever surrounds it (other characters whose first byte is EF
    /// included: U+F000..U+FFFF).
    #[test]
    fn the_replacement_mark_is_found_as_contains_finds_it(text in "(?s)[a-z,\n姓名\u{FFFD}\u{FEFF}\u{FF10}\u{FFFC}\u{EFBF}]{0,80}") {
        prop_assert_eq!(holds_replacement(&text), text.contains('\u{FFFD}'));
    }

    /// Arbitrary Unicode, too.
    #[test]
    fn any_unicode_is_checked_without_panic(text in "(?s).{0,120}") {
        let r = check(&text, &options());
        prop_assert_eq!(r.rows.len(), read_all(&text).len().saturating_sub(1));
    }

    /// Well-formed CSV written with quotes where needed reads back exactly.
    #[test]
    fn written_records_read_back(
        rows in prop::collection::vec(prop::collection::vec("[a-z0-9,\"\n 张]{0,6}", 3), 1..20),
        crlf in any::<bool>(),
    ) {
        let nl = if crlf { "\r\n" } else { "\n" };
        let mut text = String::from("name,id,phone");
        text.push_str(nl);
        for r in &rows {
            let line: Vec<String> = r.iter().map(|f| quote(f)).collect();
            text.push_str(&line.join(","));
            text.push_str(nl);
        }
        let back = read_all(&text);
        let expected: Vec<&Vec<String>> = rows.iter().filter(|r| r.iter().any(|f| !f.trim().is_empty())).collect();
        prop_assert_eq!(back.len() - 1, expected.len());
        for (b, e) in back[1..].iter().zip(expected) {
            prop_assert_eq!(&b.fields.to_vec(), e);
            prop_assert_eq!(b.issue, None);
        }
        // Every chunk size gives the same result.
        let whole = check(&text, &options());
        let mut c = Check::new(text.clone(), &options());
        while !c.step(3) {}
        prop_assert_eq!(c.finish(), whole);
    }
}
