//! Dates written and read as text: `YYYY-MM-DD` (the URL, forms, exports, `data-` marks) and
//! `YYYYMMDD` (calendar files). One small place instead of chrono's format-string machinery,
//! which is a large part of a WebAssembly download (issue 16); wording for people is
//! [`crate::domain::lang::format_date`].

use chrono::{Datelike, NaiveDate};

/// `2022-09-01`.
///
/// ```
/// use chrono::NaiveDate;
/// assert_eq!(yibao::domain::date::iso(NaiveDate::from_ymd_opt(2022, 9, 1).unwrap()), "2022-09-01");
/// ```
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `20220901`.
pub fn basic(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Age in full years on `on`; `None` before the day of birth. 29 February birthdays fall
/// after 28 February and before 1 March (the (month, day) pairs compare so).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::date::full_years;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(full_years(d(2007, 9, 1), d(2021, 9, 1)), Some(14));
/// assert_eq!(full_years(d(2007, 9, 2), d(2021, 9, 1)), Some(13));
/// assert_eq!(full_years(d(2000, 2, 29), d(2018, 2, 28)), Some(17));
/// assert_eq!(full_years(d(2000, 2, 29), d(2018, 3, 1)), Some(18));
/// assert_eq!(full_years(d(2022, 1, 1), d(2021, 9, 1)), None);
/// ```
pub fn full_years(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < birth {
        return None;
    }
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    u32::try_from(on.year() - birth.year() - i32::from(before_birthday)).ok()
}

/// Reads `YYYY-M-D`: a four-digit year, then a month and a day of one or two digits,
/// separated by `-`; `None` for anything else or a day that does not exist.
///
/// ```
/// use yibao::domain::date::parse_iso;
/// assert!(parse_iso("2022-09-01").is_some());
/// assert_eq!(parse_iso("2010-6-1"), parse_iso("2010-06-01"));
/// assert!(parse_iso("2010-02-30").is_none());
/// assert!(parse_iso("2010-06-01x").is_none());
/// assert!(parse_iso("+2010-06-01").is_none());
/// ```
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
        return None;
    }
    let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u32>().ok()).flatten();
    NaiveDate::from_ymd_opt(number(y)? as i32, number(m)?, number(d)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every date of the years the app reads round-trips, and reads as chrono reads it.
        #[test]
        fn round_trips(days in 0i64..80_000) {
            let date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assert_eq!(parse_iso(&iso(date)), Some(date));
            prop_assert_eq!(iso(date), date.format("%Y-%m-%d").to_string());
            prop_assert_eq!(basic(date), date.format("%Y%m%d").to_string());
        }

        /// Never panics, and never accepts what chrono's `%Y-%m-%d` rejects.
        #[test]
        fn no_more_lenient_than_chrono(text in "[-+ 0-9a]{0,12}") {
            if let Some(date) = parse_iso(&text) {
                prop_assert_eq!(NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok(), Some(date));
            }
        }
    }
}
