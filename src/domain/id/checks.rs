//! The checks shared by the 18-character numbers (resident ID, residence permits, the 2023
//! foreigner's permanent residence ID): the ISO 7064 MOD 11-2 check character, calendar
//! dates, ages. Byte-level and allocation-free: the roster check runs them a million times.

use chrono::NaiveDate;

use super::error::IdError;
use super::IdKind;

/// GB 11643-1999 weights of the first 17 digits (2^(18-i) mod 11).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// The check character for each remainder 0..=10.
const CHECK_CHARS: [u8; 11] = *b"10X98765432";

/// The ISO 7064 MOD 11-2 check character (`b'0'..=b'9'` or `b'X'`) of 17 ASCII digits.
///
/// ```
/// use yibao::domain::id::checks::mod11_2_check;
/// assert_eq!(mod11_2_check(b"11010519491231002"), b'X');
/// ```
#[inline]
pub fn mod11_2_check(digits: &[u8; 17]) -> u8 {
    let mut sum = 0u32;
    for i in 0..17 {
        sum += (digits[i].wrapping_sub(b'0') as u32) * WEIGHTS[i];
    }
    CHECK_CHARS[(sum % 11) as usize]
}

/// Whether `year-month-day` is a date of the Gregorian calendar.
#[inline]
pub fn is_calendar_date(year: u32, month: u32, day: u32) -> bool {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The earliest year of birth accepted: nobody alive was born before it.
pub const EARLIEST_BIRTH_YEAR: u32 = 1850;

/// The value of ASCII digits (callers have checked they are digits).
#[inline]
pub fn digits_value(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |n, &b| n * 10 + (b - b'0') as u32)
}

/// The date of birth read from `YYYYMMDD` digits, or the date errors, in that order: not a
/// calendar date (or before [`EARLIEST_BIRTH_YEAR`]), after the reference date.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::{checks::check_birth_yyyymmdd, IdError, IdKind};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let kind = IdKind::ResidentId;
/// assert_eq!(check_birth_yyyymmdd(kind, b"19491231", today), Ok(NaiveDate::from_ymd_opt(1949, 12, 31).unwrap()));
/// assert_eq!(check_birth_yyyymmdd(kind, b"19490230", today), Err(IdError::Date { kind, digits: 19490230 }));
/// assert_eq!(check_birth_yyyymmdd(kind, b"20260102", today).unwrap_err().code(), "future-date");
/// ```
#[inline]
pub fn check_birth_yyyymmdd(kind: IdKind, digits: &[u8], reference: NaiveDate) -> Result<NaiveDate, IdError> {
    let ymd = digits_value(digits);
    let birth = match date_of(ymd) {
        Some(d) if ymd / 10_000 >= EARLIEST_BIRTH_YEAR => d,
        _ => return Err(IdError::Date { kind, digits: ymd }),
    };
    if birth > reference {
        return Err(IdError::FutureDate { kind, birth, reference });
    }
    Ok(birth)
}

/// The date of a `YYYYMMDD` number; `None` where it is not a calendar date.
///
/// ```
/// use yibao::domain::id::checks::date_of;
/// assert_eq!(date_of(20000229).map(yibao::domain::date::iso).as_deref(), Some("2000-02-29"));
/// assert_eq!(date_of(19000229), None);
/// ```
pub fn date_of(ymd: u32) -> Option<NaiveDate> {
    let (year, month, day) = (ymd / 10_000, ymd / 100 % 100, ymd % 100);
    if !is_calendar_date(year, month, day) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The exact age in whole years on `reference` of someone born on `birth`: the number of
/// birthdays passed. Someone born on 29 February has their birthday on 1 March in years
/// that are not leap years (they are still the younger age on 28 February). `0` if
/// `reference` is before `birth`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::checks::age_on;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(age_on(d(2000, 2, 29), d(2018, 2, 28)), 17);
/// assert_eq!(age_on(d(2000, 2, 29), d(2018, 3, 1)), 18);
/// assert_eq!(age_on(d(1949, 12, 31), d(2025, 12, 30)), 75);
/// ```
pub fn age_on(birth: NaiveDate, reference: NaiveDate) -> u32 {
    crate::domain::date::full_years(birth, reference).unwrap_or(0)
}

/// Checks the common structure of an 18-character number in the fixed order: length,
/// characters (17 digits then a digit or `X`), date of birth (characters 7-14), region
/// (`region_ok` on the first 6 digits; the error it returns), check character. The number
/// and the date of birth it gives.
#[inline]
pub fn check_18(
    kind: IdKind,
    bytes: &[u8],
    reference: NaiveDate,
    region: impl Fn(&[u8; 18]) -> Result<(), IdError>,
) -> Result<(&[u8; 18], NaiveDate), IdError> {
    let ok = |i: usize, c: u8| c.is_ascii_digit() || (i == 17 && c == b'X');
    let b = match <&[u8; 18]>::try_from(bytes) {
        Ok(b) if b.iter().enumerate().all(|(i, &c)| ok(i, c)) => b,
        _ => return Err(shape_error(kind, bytes, 18, ok)),
    };
    let birth = check_birth_yyyymmdd(kind, &b[6..14], reference)?;
    region(b)?;
    let head: &[u8; 17] = b[..17].try_into().unwrap_or(&[b'0'; 17]);
    if mod11_2_check(head) != b[17] {
        return Err(IdError::Check { kind });
    }
    Ok((b, birth))
}

/// The length or character error of `bytes`, which should be `len` characters each
/// accepted by `ok(position_from_0, byte)` (only ASCII characters are ever accepted).
/// Positions and lengths count characters, not bytes.
#[cold]
pub fn shape_error(kind: IdKind, bytes: &[u8], len: usize, ok: impl Fn(usize, u8) -> bool) -> IdError {
    let text = String::from_utf8_lossy(bytes);
    let found = text.chars().count();
    if found != len {
        return IdError::Length { kind, found };
    }
    for (i, c) in text.chars().enumerate() {
        if !(c.is_ascii() && ok(i, c as u8)) {
            return IdError::Character { kind, position: i + 1, found: c };
        }
    }
    // Unreachable for callers that only call this on a failed shape; be safe all the same.
    IdError::Length { kind, found }
}
