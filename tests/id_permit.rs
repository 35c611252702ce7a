//! Table tests of residence permits for Hong Kong, Macao and Taiwan residents.

use chrono::NaiveDate;
use yibao::domain::id::checks::mod11_2_check;
use yibao::domain::id::residence_permit::{self, PermitRegion};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn with_check(head: &str) -> String {
    let b: [u8; 17] = head.as_bytes().try_into().unwrap();
    format!("{head}{}", mod11_2_check(&b) as char)
}

#[test]
fn valid_whatever_the_year_of_birth() {
    let tests = [
        ("81000019940823002", PermitRegion::HongKong, "香港特别行政区"),
        ("82000019300101001", PermitRegion::Macao, "澳门特别行政区"),
        ("83000019900101003", PermitRegion::Taiwan, "台湾地区"),
        ("83000020000229004", PermitRegion::Taiwan, "台湾地区"),
        ("83000020251231005", PermitRegion::Taiwan, "台湾地区"),
    ];
    for (head, region, name) in tests {
        let input = with_check(head);
        let p = residence_permit::parse(&input, today()).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(p.permit_region(), region, "input: {input}");
        assert_eq!(p.region().province, name, "input: {input}");
        assert_eq!(p.info(today()).warnings, vec![], "input: {input}");
    }
}

#[test]
fn errors() {
    let tests = [
        ("81000019940823002".to_string(), "length"),
        (with_check("81000119940823002"), "region"),
        (with_check("84000019940823002"), "region"),
        (with_check("83000020260102001"), "future-date"),
        (with_check("83000020230229001"), "date"),
        ("830000199001010038".to_string(), "check"),
    ];
    for (input, code) in tests {
        let err = residence_permit::parse(&input, today()).expect_err(&input);
        assert_eq!(err.code(), code, "input: {input:?}: {err}");
    }
}
