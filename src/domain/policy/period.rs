//! The notice's own period: the days on which ages, windows and refunds are judged.
//!
//! Every notice we carry is from the past and people open the page later, so nothing here
//! reads "today" where the notice fixes the answer: an age limit is judged over the notice's
//! payment window (policies/README.md, "The notice's own period").

use chrono::{Datelike, NaiveDate};

use super::data::YearKind;
use super::Policy;
use crate::domain::inputs::Status;

/// The days over which the notice's age rules are judged: its payment window.
///
/// Where the notice gives no start date, the period begins on the first day payment can
/// fall in: the day the notice was issued, and never before 1 January of the payment year
/// for a payment-year notice (甘州 §一: 当年缴费次年享受).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgePeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl AgePeriod {
    /// The period of `policy`.
    ///
    /// ```
    /// use yibao::domain::policy::{find, AgePeriod, PolicyKey, Region};
    /// let p = find(PolicyKey { region: Region::Meizhou, year: 2022 }).unwrap();
    /// let period = AgePeriod::of(p);
    /// assert_eq!((period.from.to_string(), period.to.to_string()), ("2021-09-01".into(), "2021-12-31".into()));
    /// ```
    pub fn of(policy: &Policy) -> AgePeriod {
        let w = &policy.data.window;
        let from = w.start.or_else(|| earliest_start(policy)).unwrap_or(w.end).min(w.end);
        AgePeriod { from, to: w.end }
    }
}

/// The first day a window with no stated start can have opened, where the notice fixes one.
pub(super) fn earliest_start(policy: &Policy) -> Option<NaiveDate> {
    let d = &policy.data;
    let year_start = match d.year_kind {
        YearKind::Payment => NaiveDate::from_ymd_opt(i32::from(policy.key.year), 1, 1),
        YearKind::Benefit => None,
    };
    match (d.issued, year_start) {
        (Some(i), Some(y)) => Some(i.max(y)),
        (i, y) => i.or(y),
    }
}

/// The last day on which the benefit period has certainly not yet begun is before this day:
/// the stated start, or else 1 January after the year the notice names as its benefit year
/// (a "2022年度" has begun by 31 December 2022 at the latest).
pub(super) fn benefit_started_by(policy: &Policy) -> NaiveDate {
    if let Some(s) = policy.data.benefit.start {
        return s;
    }
    let year = i32::from(policy.benefit_year());
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The first day on which someone born on `birth` is older than `max` full years (周岁):
/// their `max + 1`th birthday, 1 March for a 29 February birthday in a common year.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::policy::day_over_age;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(day_over_age(d(2006, 11, 1), 14), Some(d(2021, 11, 1)));
/// assert_eq!(day_over_age(d(2008, 2, 29), 14), Some(d(2023, 3, 1)));
/// ```
pub fn day_over_age(birth: NaiveDate, max: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(max).ok()?.checked_add(1)?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day()).or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// How an age limit ("年龄在14周岁以内") stands for one person over the notice's period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeFact {
    /// Within the limit on every day of the period (or the status implies it).
    Within,
    /// Over the limit on every day of the period; `age` is the age on its first day.
    Over { age: i64 },
    /// Born after the period ended: the dates need checking.
    BornAfter,
    /// No date of birth given, and the status does not settle it.
    Missing,
    /// Within the limit when the period starts, over it from `on`, a day inside the period:
    /// the outcome depends on the day the age is judged, which the notice does not fix.
    Crosses { on: NaiveDate },
}

/// Judges `max` full years for someone of `status` born on `birth` over `period`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::Status;
/// use yibao::domain::policy::{age_fact, AgeFact, AgePeriod};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let period = AgePeriod { from: d(2021, 9, 1), to: d(2021, 12, 31) };
/// assert_eq!(age_fact(Some(d(2010, 3, 1)), Status::SchoolStudent, 14, period), AgeFact::Within);
/// assert_eq!(age_fact(Some(d(2006, 11, 1)), Status::SchoolStudent, 14, period), AgeFact::Crosses { on: d(2021, 11, 1) });
/// assert_eq!(age_fact(Some(d(2005, 1, 1)), Status::SchoolStudent, 14, period), AgeFact::Over { age: 16 });
/// assert_eq!(age_fact(None, Status::Preschool, 14, period), AgeFact::Within); // a preschool child is never 15
/// assert_eq!(age_fact(None, Status::SchoolStudent, 14, period), AgeFact::Missing);
/// ```
pub fn age_fact(birth: Option<NaiveDate>, status: Status, max: u32, period: AgePeriod) -> AgeFact {
    let Some(birth) = birth else {
        return match status.max_full_years() {
            Some(m) if m <= max => AgeFact::Within,
            _ => AgeFact::Missing,
        };
    };
    if birth > period.to {
        return AgeFact::BornAfter;
    }
    let over_from = day_over_age(birth, max);
    match over_from {
        Some(day) if day > period.to => AgeFact::Within,
        None => AgeFact::Within,
        Some(day) if day <= period.from => AgeFact::Over { age: super::age_in_full_years(birth, period.from.max(birth)).unwrap_or(0) },
        Some(day) => AgeFact::Crosses { on: day },
    }
}
