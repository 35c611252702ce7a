//! Table tests of the old 15-digit resident ID number.

use chrono::NaiveDate;
use yibao::domain::id::{resident_id_15, IdKind};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

#[test]
fn converts_to_18() {
    // (input, 18-character form)
    let tests = [
        ("110105491231002", "11010519491231002X"),
        ("110105 491231 002", "11010519491231002X"),
        ("１１０１０５４９１２３１００２", "11010519491231002X"),
        ("440106900101001", "440106199001010013"),
        ("110105000229001", "110105190002290013"),
    ];
    for (input, expected) in tests {
        match resident_id_15::parse(input, today()) {
            Ok(id) => assert_eq!(id.to_18().as_str(), expected, "input: {input:?}"),
            Err(e) => {
                // 1900-02-29 does not exist: the 15-digit 000229 is 19000229.
                assert_eq!(input, "110105000229001", "input: {input:?}: {e}");
                assert_eq!(e.code(), "date", "input: {input:?}");
            }
        }
    }
}

#[test]
fn info_shows_both_forms() {
    let id = resident_id_15::parse("110105491231002", today()).unwrap();
    let info = id.info(today());
    assert_eq!(info.kind, IdKind::ResidentId15);
    assert_eq!(info.normalised, "110105491231002");
    assert_eq!(info.converted.as_deref(), Some("11010519491231002X"));
    assert_eq!(info.formatted, "110105 491231 002");
    assert_eq!(info.masked, "110105******002");
    assert_eq!(info.warnings[0].code(), "old-15-digit");
    assert_eq!(info.data_birth().as_deref(), Some("1949-12-31"));
}

#[test]
fn errors() {
    let tests = [
        ("11010549123100", "length"),
        ("11010549123100X", "character"),
        ("110105490230002", "date"),
        ("110105491301002", "date"),
        ("990105491231002", "region"),
    ];
    for (input, code) in tests {
        let err = resident_id_15::parse(input, today()).expect_err(input);
        assert_eq!(err.code(), code, "input: {input:?}: {err}");
    }
    let err = resident_id_15::parse("110105490230002", today()).unwrap_err();
    assert!(err.to_string().contains("490230 is not a date"), "{err}");
    assert!(err.to_string().starts_with("The 7th to 12th characters"), "{err}");
}
