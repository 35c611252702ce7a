//! Table tests of the foreigner's permanent residence ID number.

use chrono::NaiveDate;
use yibao::domain::id::checks::mod11_2_check;
use yibao::domain::id::{foreign_permanent, Sex};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn with_check(head: &str) -> String {
    let b: [u8; 17] = head.as_bytes().try_into().unwrap();
    format!("{head}{}", mod11_2_check(&b) as char)
}

#[test]
fn current_cards() {
    // (first 17, nationality, province, sex)
    let tests = [("91184019800101001", 840, 110000, Sex::Male), ("94425019900615002", 250, 440000, Sex::Female)];
    for (head, nationality, province, sex) in tests {
        let input = with_check(head);
        let id = foreign_permanent::parse(&input, today()).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(id.nationality_code(), Some(nationality), "input: {input}");
        assert_eq!(id.region().unwrap().code, province, "input: {input}");
        assert_eq!(id.sex(), Some(sex), "input: {input}");
        assert!(id.info(today()).warnings.is_empty(), "input: {input}");
    }
}

#[test]
fn older_cards_are_checked_for_shape_only() {
    let tests = ["USA110080101001", "gbr 4401 9001 0100", "ＦＲＡ４４０１９００１０１００"];
    for input in tests {
        let id = foreign_permanent::parse(input, today()).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        let info = id.info(today());
        assert_eq!(info.birth, None, "input: {input:?}");
        assert_eq!(info.warnings.len(), 1, "input: {input:?}");
        assert_eq!(info.warnings[0].code(), "old-foreign-card", "input: {input:?}");
    }
}

#[test]
fn errors() {
    let tests = [
        ("US1110080101001".to_string(), "character"),
        ("USA11008010100A".to_string(), "character"),
        ("USA11008010100".to_string(), "length"),
        (with_check("11184019800101001"), "character"), // must start with 9
        (with_check("99984019800101001"), "region"),
        (with_check("91184019800230001"), "date"),
        (with_check("91184020300101001"), "future-date"),
        ("911840198001010014".to_string(), "check"),
    ];
    for (input, code) in tests {
        let err = foreign_permanent::parse(&input, today()).expect_err(&input);
        assert_eq!(err.code(), code, "input: {input:?}: {err}");
    }
}
