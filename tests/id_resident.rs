//! Table tests of the 18-character resident ID number (GB 11643-1999).

use chrono::NaiveDate;
use yibao::domain::id::{resident_id, IdWarning, Sex};
use yibao::domain::lang::Lang;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: fn() -> NaiveDate = || d(2026, 1, 1);

#[test]
fn valid_numbers() {
    // (input, normalised, birth, sex, region code)
    let tests = [
        ("11010519491231002X", "11010519491231002X", d(1949, 12, 31), Sex::Female, 110105),
        ("11010519491231002x", "11010519491231002X", d(1949, 12, 31), Sex::Female, 110105),
        (" 110105 19491231 002X ", "11010519491231002X", d(1949, 12, 31), Sex::Female, 110105),
        ("110105-19491231-002X", "11010519491231002X", d(1949, 12, 31), Sex::Female, 110105),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", d(1949, 12, 31), Sex::Female, 110105),
        ("１１０１０５\u{3000}１９４９１２３１\u{3000}００２ｘ", "11010519491231002X", d(1949, 12, 31), Sex::Female, 110105),
        // Leap day in a leap year divisible by 400.
        ("110105200002290013", "110105200002290013", d(2000, 2, 29), Sex::Male, 110105),
        ("441402199003070011", "441402199003070011", d(1990, 3, 7), Sex::Male, 441402),
        ("620702198501010024", "620702198501010024", d(1985, 1, 1), Sex::Female, 620702),
        // Born on the reference date itself.
        ("440106202601010011", "440106202601010011", d(2026, 1, 1), Sex::Male, 440106),
    ];
    for (input, normalised, birth, sex, region) in tests {
        let id = resident_id::parse(input, TODAY()).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(id.as_str(), normalised, "input: {input:?}");
        assert_eq!(id.birth(), birth, "input: {input:?}");
        assert_eq!(id.sex(), sex, "input: {input:?}");
        assert_eq!(id.region().code, region, "input: {input:?}");
        assert!(id.warnings().is_empty(), "input: {input:?}: {:?}", id.warnings());
        assert!(resident_id::is_valid(input, TODAY()), "input: {input:?}");
        assert_eq!(resident_id::normalise(input), normalised, "input: {input:?}");
    }
}

#[test]
fn errors_in_fixed_order() {
    // (input, error code)
    let tests = [
        ("", "empty"),
        ("   ", "empty"),
        ("11010519491231002", "length"),
        ("11010519491231002XX", "length"),
        ("110105194912310021234", "length"),
        ("1101051949123100X2", "character"),
        ("A1010519491231002X", "character"),
        ("11010519491231002Y", "character"),
        ("1101051949123100é2", "character"),
        // Length comes before characters.
        ("A101051949123100", "length"),
        // Dates.
        ("110105190002290011", "date"), // 1900 is not a leap year
        ("110105200102290011", "date"),
        ("110105199902300011", "date"),
        ("110105199913010011", "date"),
        ("110105199900100011", "date"),
        ("110105180001010011", "date"), // before 1850
        ("110105202601020011", "future-date"),
        ("110105203001010011", "future-date"),
        // Province (first two digits) must exist.
        ("990105199001010011", "region"),
        ("200105199001010011", "region"),
        ("810000199408230021", "region"), // a residence permit, not a resident ID
        // The date is checked before the region, the region before the check character.
        ("990105199902300011", "date"),
        ("990105199001010010", "region"),
        // Check character.
        ("110105194912310021", "check"),
        ("11010519491231002 1", "check"),
        ("11010519491231020X", "check"), // transposition of 0 and 2
    ];
    for (input, code) in tests {
        let err = resident_id::parse(input, TODAY()).expect_err(input);
        assert_eq!(err.code(), code, "input: {input:?}: {err}");
        assert!(!resident_id::is_valid(input, TODAY()), "input: {input:?}");
    }
}

#[test]
fn messages_are_sentences_that_never_give_the_check_character() {
    let tests = [
        "",
        "11010519491231002",
        "A1010519491231002X",
        "110105199902300011",
        "110105203001010011",
        "990105199001010011",
        "110105194912310021",
    ];
    for input in tests {
        let err = resident_id::parse(input, TODAY()).expect_err(input);
        for lang in [Lang::Zh, Lang::En] {
            let m = yibao::words::id::error(&err, lang);
            assert!(m.ends_with('.') || m.ends_with('。'), "input: {input:?}: {m}");
            assert!(!m.to_lowercase().contains("invalid"), "input: {input:?}: {m}");
        }
        if err.code() == "check" {
            let en = yibao::words::id::error(&err, Lang::En);
            let zh = yibao::words::id::error(&err, Lang::Zh);
            // The right check character here would be X: never suggested.
            assert!(!en.contains('X') && !zh.contains('X'), "input: {input:?}: {en} / {zh}");
        }
    }
    let err = resident_id::parse("110105199902300011", TODAY()).unwrap_err();
    assert_eq!(
        yibao::words::id::error(&err, Lang::En),
        "The 7th to 14th characters should be a real date of birth: 19990230 is not a date. Check the date of birth on the ID card."
    );
    assert_eq!(yibao::words::id::error(&err, Lang::Zh), "第7至14位应为真实的出生日期：19990230 不是有效日期。请核对身份证上的出生日期。");
    let err = resident_id::parse("1101051949123100", TODAY()).unwrap_err();
    assert!(yibao::words::id::error(&err, Lang::En).contains("Enter the 18-character ID number, for example 11010519491231002X"));
}

#[test]
fn county_codes_missing_or_abolished_are_warnings() {
    // (first 17 digits, warning code)
    let tests = [
        ("44149919900101001", "unknown-county"),   // Meizhou, no county 99
        ("11019919900101001", "unknown-county"),   // Beijing, no district 99
        ("44142119900101001", "abolished-county"), // 梅县, abolished 2013
        ("11010319700101001", "abolished-county"), // 崇文区, abolished 2010
        ("36999919900101001", "unknown-county"),   // a prefecture that does not exist
    ];
    for (head, code) in tests {
        let b: [u8; 17] = head.as_bytes().try_into().unwrap();
        let input = format!("{head}{}", yibao::domain::id::checks::mod11_2_check(&b) as char);
        let id = resident_id::parse(&input, TODAY()).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(id.warnings().len(), 1, "input: {input}");
        assert_eq!(id.warnings()[0].code(), code, "input: {input}");
    }
    let id = resident_id::parse(&with_check("11010319700101001"), TODAY()).unwrap();
    assert_eq!(id.warnings()[0], IdWarning::AbolishedCounty { code: 110103, name: "崇文区", last_year: 2010 });
}

fn with_check(head: &str) -> String {
    let b: [u8; 17] = head.as_bytes().try_into().unwrap();
    format!("{head}{}", yibao::domain::id::checks::mod11_2_check(&b) as char)
}

#[test]
fn region_names() {
    // (first 17 digits, province, city, county)
    let tests = [
        ("11010519491231002", "北京市", None, Some("朝阳区")),
        ("44010619900101001", "广东省", Some("广州市"), Some("天河区")),
        ("44120219900101001", "广东省", Some("肇庆市"), Some("端州区")),
        ("44142619900101001", "广东省", Some("梅州市"), Some("平远县")),
        ("62072519900101001", "甘肃省", Some("张掖市"), Some("山丹县")),
        ("65000019900101001", "新疆维吾尔自治区", None, None),
    ];
    for (head, province, city, county) in tests {
        let input = with_check(head);
        let id = resident_id::parse(&input, TODAY()).unwrap_or_else(|e| panic!("{input}: {e}"));
        let r = id.region();
        assert_eq!((r.province, r.city, r.county), (province, city, county), "input: {input}");
    }
}

#[test]
fn exact_age_on_a_reference_date() {
    // (birth digits, reference date, age)
    let tests = [
        ("20000229", d(2018, 2, 28), 17),
        ("20000229", d(2018, 3, 1), 18),
        ("20000229", d(2020, 2, 29), 20),
        ("20000229", d(2020, 2, 28), 19),
        ("19491231", d(2025, 12, 30), 75),
        ("19491231", d(2025, 12, 31), 76),
        ("20100601", d(2026, 5, 31), 15),
        ("20100601", d(2026, 6, 1), 16),
    ];
    for (birth, reference, age) in tests {
        let input = with_check(&format!("110105{birth}001"));
        let id = resident_id::parse(&input, reference).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(id.age_on(reference), age, "input: {input} on {reference}");
    }
}

#[test]
fn format_and_mask() {
    let tests = [
        ("11010519491231002x", "110105 19491231 002X", "110105********002X"),
        ("1101 0519 4912 3100 2X", "110105 19491231 002X", "110105********002X"),
    ];
    for (input, formatted, masked) in tests {
        assert_eq!(resident_id::format(input), formatted, "input: {input:?}");
        assert_eq!(resident_id::masked(input), masked, "input: {input:?}");
        let id = resident_id::parse(input, TODAY()).unwrap();
        assert_eq!(id.format(), formatted, "input: {input:?}");
        assert_eq!(id.masked(), masked, "input: {input:?}");
    }
}

#[test]
fn fast_path_agrees_with_parse() {
    let tests = ["11010519491231002X", "110105194912310021", "110105199902300011", "990105199001010011"];
    for input in tests {
        assert_eq!(
            resident_id::validate_bytes(input.as_bytes(), TODAY()).err(),
            resident_id::parse(input, TODAY()).err(),
            "input: {input:?}"
        );
    }
}
