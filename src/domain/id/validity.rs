//! An identity card's validity period (有效期限), as printed on the back of the card.

use chrono::NaiveDate;

/// Why a validity period was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidityError {
    /// The start is not before the end.
    PeriodOrder { start: NaiveDate, end: NaiveDate },
    /// The end is before the reference date (today).
    Expired { end: NaiveDate, reference: NaiveDate },
}

impl ValidityError {
    /// A stable machine code: `period-order` or `expired`.
    pub fn code(&self) -> &'static str {
        match self {
            ValidityError::PeriodOrder { .. } => "period-order",
            ValidityError::Expired { .. } => "expired",
        }
    }
}

/// A checked validity period: the start is before the end, and the end has not passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValidityPeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl ValidityPeriod {
    /// Days left on `reference`, counting the end date as valid (0 on the last day).
    pub fn days_left(&self, reference: NaiveDate) -> i64 {
        (self.end - reference).num_days()
    }
}

/// Checks a validity period on `reference_date`: the start must be before the end
/// (`period-order`), and the end must not have passed (`expired`; a card is still valid on
/// its end date).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::validity::check_period;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(check_period(d(2016, 3, 1), d(2036, 3, 1), d(2026, 1, 1)).is_ok());
/// assert!(check_period(d(2006, 3, 1), d(2026, 1, 1), d(2026, 1, 1)).is_ok());
/// assert_eq!(check_period(d(2006, 3, 1), d(2016, 3, 1), d(2026, 1, 1)).unwrap_err().code(), "expired");
/// assert_eq!(check_period(d(2036, 3, 1), d(2016, 3, 1), d(2026, 1, 1)).unwrap_err().code(), "period-order");
/// ```
pub fn check_period(start: NaiveDate, end: NaiveDate, reference_date: NaiveDate) -> Result<ValidityPeriod, ValidityError> {
    if start >= end {
        return Err(ValidityError::PeriodOrder { start, end });
    }
    if end < reference_date {
        return Err(ValidityError::Expired { end, reference: reference_date });
    }
    Ok(ValidityPeriod { start, end })
}
