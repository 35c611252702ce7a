//! Table tests of `detect_and_parse`, what the identity-number page calls.

use chrono::NaiveDate;
use yibao::domain::id::{detect_and_parse, regions, uscc, IdKind};
use yibao::domain::lang::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

#[test]
fn valid_inputs() {
    // (input, kind, normalised, birth, sex, region)
    let tests = [
        ("11010519491231002X", IdKind::ResidentId, "11010519491231002X", Some("1949-12-31"), Some("female"), Some("110105")),
        (" 110105 19491231 002x", IdKind::ResidentId, "11010519491231002X", Some("1949-12-31"), Some("female"), Some("110105")),
        ("110105491231002", IdKind::ResidentId15, "110105491231002", Some("1949-12-31"), Some("female"), Some("110105")),
        ("810000199408230021", IdKind::HmtResidencePermit, "810000199408230021", Some("1994-08-23"), Some("female"), Some("810000")),
        ("830000199001010039", IdKind::HmtResidencePermit, "830000199001010039", Some("1990-01-01"), Some("male"), Some("830000")),
        ("911840198001010013", IdKind::ForeignPermanentResident, "911840198001010013", Some("1980-01-01"), Some("male"), Some("110000")),
        ("USA110080101001", IdKind::ForeignPermanentResident, "USA110080101001", None, None, None),
        ("91350100M000100Y43", IdKind::Uscc, "91350100M000100Y43", None, None, None),
        ("+86 138 1234 5678", IdKind::Mobile, "13812345678", None, None, None),
    ];
    for (input, kind, normalised, birth, sex, region) in tests {
        let c = detect_and_parse(input, today());
        assert!(c.is_valid(), "input: {input:?}: {:?}", c.error().map(|e| yibao::words::id::error(e, Lang::En)));
        assert_eq!(c.kind(), kind, "input: {input:?}");
        assert_eq!(c.normalised(), normalised, "input: {input:?}");
        assert_eq!(c.data_birth().as_deref(), birth, "input: {input:?}");
        assert_eq!(c.data_sex(), sex, "input: {input:?}");
        assert_eq!(c.data_region().as_deref(), region, "input: {input:?}");
    }
}

#[test]
fn invalid_inputs_say_which_kind_and_which_check() {
    let tests = [
        ("", IdKind::ResidentId, "empty"),
        ("1101051949123100", IdKind::ResidentId, "length"),
        ("110105194912310021", IdKind::ResidentId, "check"),
        ("110105199902300011", IdKind::ResidentId, "date"),
        ("200105199001010011", IdKind::ResidentId, "region"),
        ("990105199001010011", IdKind::ForeignPermanentResident, "region"),
        ("110105490230002", IdKind::ResidentId15, "date"),
        ("810000199408230022", IdKind::HmtResidencePermit, "check"),
        ("911840198001010014", IdKind::ForeignPermanentResident, "check"),
        ("91350100M000100Y44", IdKind::Uscc, "check"),
        ("91350100M000100I43", IdKind::Uscc, "character"),
        ("12812345678", IdKind::Mobile, "prefix"),
        ("USA11008010100A", IdKind::ForeignPermanentResident, "character"),
        ("+86 138 1234 567", IdKind::Mobile, "length"),
    ];
    for (input, kind, code) in tests {
        let c = detect_and_parse(input, today());
        assert!(!c.is_valid(), "input: {input:?}");
        assert_eq!(c.kind(), kind, "input: {input:?}");
        assert_eq!(c.error().unwrap().code(), code, "input: {input:?}");
    }
}

#[test]
fn an_all_digit_credit_code_is_recognised_with_a_warning() {
    // 12 (a public institution), a known division code, the organisation code 400000624
    // (valid GB 11714 check digit), and a credit-code check character that is a digit: it
    // looks like an ID number, but fails as one (its "date" 00400000 is not a date).
    let code = regions::current_codes()
        .map(|division| format!("12{division:06}400000624"))
        .find_map(|head| {
            let check = uscc::check_character(head.as_bytes().try_into().unwrap())?;
            check.is_ascii_digit().then(|| format!("{head}{}", check as char))
        })
        .unwrap();
    let c = detect_and_parse(&code, today());
    assert_eq!(c.kind(), IdKind::Uscc, "input: {code}");
    let warnings: Vec<_> = c.info().unwrap().warnings.iter().map(|w| w.code()).collect();
    assert_eq!(warnings, ["looks-like-id"], "input: {code}");
}

#[test]
fn every_kind_has_its_code() {
    let codes: Vec<_> = IdKind::ALL.iter().map(|k| k.code()).collect();
    assert_eq!(codes, ["resident-id", "resident-id-15", "hmt-residence-permit", "foreign-permanent-resident", "uscc", "mobile"]);
    for k in IdKind::ALL {
        assert_eq!(IdKind::from_code(k.code()), Some(k));
        // Every example is valid and recognised as its kind.
        let c = detect_and_parse(k.example(), today());
        assert!(c.is_valid(), "example of {k:?}: {:?}", c.error());
        assert_eq!(c.kind(), k, "example of {k:?}");
    }
}
