//! Table tests of the unit portal's account and password rules and of validity periods.

use chrono::NaiveDate;
use yibao::domain::id::portal::{check_password, parse_account};
use yibao::domain::id::validity::check_period;
use yibao::domain::lang::Lang;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn accounts() {
    let tests = [
        ("school01", Ok("school01")),
        (" School2026 ", Ok("School2026")),
        ("ａｂｃｄ１２３４", Ok("abcd1234")),
        ("a1234567890123456789", Ok("a1234567890123456789")),
        ("a12345678901234567890", Err("length")),
        ("abc1234", Err("length")),
        ("school_01", Err("character")),
        ("学校账号12345678", Err("character")),
    ];
    for (input, expected) in tests {
        let got = parse_account(input).map(|a| a.as_str().to_string()).map_err(|e| e.code());
        assert_eq!(got, expected.map(str::to_string), "input: {input:?}");
    }
}

#[test]
fn passwords() {
    let tests = [
        ("abcd1234", Ok(())),
        ("A1b2C3d4E5f6G7h8", Ok(())),
        ("A1b2C3d4E5f6G7h8i", Err("length")),
        ("abc123", Err("length")),
        ("abcdefgh", Err("letter-and-digit")),
        ("12345678", Err("letter-and-digit")),
        ("abcd 1234", Err("character")),
        ("abcd!1234", Err("character")),
        ("ａｂｃｄ１２３４", Err("character")), // passwords are not normalised
    ];
    for (input, expected) in tests {
        assert_eq!(check_password(input).map(|_| ()).map_err(|e| e.code()), expected, "input: {input:?}");
    }
    // A password character is never repeated back.
    let m = yibao::words::id::password(&check_password("abcd!1234").unwrap_err(), Lang::En);
    assert!(!m.contains('!'), "{m}");
}

#[test]
fn validity_periods() {
    let today = d(2026, 1, 1);
    let tests = [
        (d(2016, 3, 1), d(2036, 3, 1), Ok(())),
        (d(2006, 3, 1), d(2026, 1, 1), Ok(())), // valid on its last day
        (d(2006, 3, 1), d(2025, 12, 31), Err("expired")),
        (d(2036, 3, 1), d(2016, 3, 1), Err("period-order")),
        (d(2016, 3, 1), d(2016, 3, 1), Err("period-order")),
    ];
    for (start, end, expected) in tests {
        assert_eq!(check_period(start, end, today).map(|_| ()).map_err(|e| e.code()), expected, "input: {start} to {end}");
    }
    assert_eq!(check_period(d(2016, 3, 1), d(2026, 1, 11), today).unwrap().days_left(today), 10);
}
