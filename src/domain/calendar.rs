//! A deadline calendar (iCalendar, RFC 5545) made locally from an outcome, as all-day events
//! with a reminder: the applicant's own dates (the payment window, the refund cut-off), or
//! the dates the notice sets for schools and offices — never both in one file, and only
//! dates still ahead.

use chrono::{Duration, NaiveDate};

use crate::domain::lang::Text;
use crate::domain::policy::Region;
use crate::domain::policy::{Citation, Outcome};

/// One all-day event, worded (by the catalogue, `crate::words::calendar`) for the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// What falls due on a day of the calendar: the decision, never its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Due {
    /// The payment window opens (a date the notice states).
    WindowOpens { region: Region },
    /// The last day of the payment window.
    LastDay { region: Region },
    /// The last day to apply for a refund.
    RefundLastDay { region: Region },
    /// A date the notice sets for schools, townships or offices (its words).
    Task { who: Text, text: Text },
}

/// A date in the calendar: what falls due, and the clause that sets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dated {
    pub date: NaiveDate,
    pub due: Due,
    pub citation: Citation,
}

/// Whose dates a calendar holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The person enrolling: the payment window and the refund cut-off.
    Applicant,
    /// Schools, townships and offices: the tasks the notice sets them.
    Staff,
}

/// Days before an event that its reminder (VALARM) goes off.
pub const REMIND_DAYS_BEFORE: u32 = 3;

/// The dates of an outcome for `audience` on or after `from` (the reference date), in date
/// order. Empty when every date has passed.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::calendar::{dates, Audience};
/// use yibao::domain::inputs::Status;
/// use yibao::domain::policy::{calculate, find, CalcInput, PolicyKey, Region};
/// let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
/// let on = NaiveDate::from_ymd_opt(2022, 12, 31).unwrap();
/// let input = CalcInput { key, status: Status::Adult, hukou: None, assist: vec![], birth: None, date: on };
/// let out = calculate(find(key).unwrap(), &input);
/// let mine = dates(&out, Audience::Applicant, on);
/// assert_eq!(mine.len(), 1); // the last day; the refund cut-off (12-30) has passed
/// assert!(dates(&out, Audience::Staff, on).is_empty()); // 12-25 has passed
/// ```
pub fn dates(outcome: &Outcome, audience: Audience, from: NaiveDate) -> Vec<Dated> {
    let mut out = match audience {
        Audience::Applicant => applicant_dates(outcome),
        Audience::Staff => staff_dates(outcome),
    };
    out.retain(|e| e.date >= from);
    out.sort_by_key(|e| e.date);
    out
}

fn applicant_dates(outcome: &Outcome) -> Vec<Dated> {
    let region = outcome.key.region;
    let window = &outcome.deadlines.window;
    if window.other_rules.is_some() {
        // The notice sends this person to another document for their dates.
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(start) = &window.start {
        out.push(Dated { date: start.value, due: Due::WindowOpens { region }, citation: start.citation.clone() });
    }
    out.push(Dated { date: window.end.value, due: Due::LastDay { region }, citation: window.end.citation.clone() });
    if let Some(refund) = &outcome.deadlines.refund_deadline {
        out.push(Dated { date: refund.value, due: Due::RefundLastDay { region }, citation: refund.citation.clone() });
    }
    out
}

fn staff_dates(outcome: &Outcome) -> Vec<Dated> {
    let tasks = &outcome.deadlines.tasks;
    tasks
        .iter()
        .map(|t| Dated {
            date: t.date.value,
            due: Due::Task { who: t.who.clone(), text: t.text.clone() },
            citation: t.date.citation.clone(),
        })
        .collect()
}

/// Escapes a text value (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// The iCalendar file for `events`. `stamp` is the DTSTAMP day (the reference date), so the
/// same inputs give the same file.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::calendar::{ics, Event};
/// let d = NaiveDate::from_ymd_opt(2022, 12, 31).unwrap();
/// let file = ics(&[Event { date: d, summary: "缴费截止".into(), description: "区医保发〔2022〕69号 §一".into() }], d);
/// assert!(file.contains("DTSTART;VALUE=DATE:20221231\r\n"));
/// assert!(file.contains("DTEND;VALUE=DATE:20230101\r\n"));
/// ```
pub fn ics(events: &[Event], stamp: NaiveDate) -> String {
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//yibao//resident medical insurance helper//ZH", "CALSCALE:GREGORIAN"] {
        fold(line, &mut out);
    }
    for (i, e) in events.iter().enumerate() {
        fold("BEGIN:VEVENT", &mut out);
        fold(&format!("UID:{}-{i}@yibao.local", crate::domain::date::basic(e.date)), &mut out);
        fold(&format!("DTSTAMP:{}T000000Z", crate::domain::date::basic(stamp)), &mut out);
        fold(&format!("DTSTART;VALUE=DATE:{}", crate::domain::date::basic(e.date)), &mut out);
        fold(&format!("DTEND;VALUE=DATE:{}", crate::domain::date::basic(e.date + Duration::days(1))), &mut out);
        fold(&format!("SUMMARY:{}", escape(&e.summary)), &mut out);
        fold(&format!("DESCRIPTION:{}", escape(&e.description)), &mut out);
        fold("BEGIN:VALARM", &mut out);
        fold("ACTION:DISPLAY", &mut out);
        fold(&format!("DESCRIPTION:{}", escape(&e.summary)), &mut out);
        fold(&format!("TRIGGER:-P{REMIND_DAYS_BEFORE}D"), &mut out);
        fold("END:VALARM", &mut out);
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::inputs::Status;
    use crate::domain::lang::Lang;
    use crate::domain::policy::{calculate, find, CalcInput, PolicyKey};
    use crate::words::calendar::events;

    fn outcome(region: Region, year: u16, status: Status) -> Outcome {
        let key = PolicyKey { region, year };
        let date = NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
        let input = CalcInput { key, status, hukou: None, assist: vec![], birth: None, date };
        calculate(find(key).unwrap(), &input)
    }

    #[test]
    fn zhangye_has_the_deadline_and_refund_cut_off_but_no_invented_start() {
        let out = outcome(Region::ZhangyeGanzhou, 2022, Status::Adult);
        let ev = events(&out, Lang::Zh, Audience::Applicant, NaiveDate::from_ymd_opt(2022, 11, 1).unwrap());
        let dates: Vec<String> = ev.iter().map(|e| e.date.to_string()).collect();
        assert!(dates.contains(&"2022-12-31".to_string()), "{dates:?}");
        assert!(dates.contains(&"2022-12-30".to_string()), "{dates:?}");
        assert!(!ev.iter().any(|e| e.summary.contains("开始")), "no start date: the notice gives none");
    }

    #[test]
    fn guangzhou_2022_window_opens_and_closes() {
        let out = outcome(Region::Guangzhou, 2022, Status::CollegeStudent);
        let ev = events(&out, Lang::En, Audience::Applicant, NaiveDate::from_ymd_opt(2021, 8, 1).unwrap());
        assert_eq!(ev.first().map(|e| e.date.to_string()).as_deref(), Some("2021-09-01"));
        assert!(ev.iter().any(|e| e.date.to_string() == "2021-12-20" && e.summary.contains("last day")));
        let file = ics(&ev, NaiveDate::from_ymd_opt(2021, 10, 1).unwrap());
        assert!(file.starts_with("BEGIN:VCALENDAR\r\n") && file.ends_with("END:VCALENDAR\r\n"));
        assert!(file.lines().all(|l| l.len() <= 76), "folded at 75 octets");
        assert_eq!(file.matches("BEGIN:VALARM").count(), ev.len(), "a reminder on every event");
        assert!(file.contains("TRIGGER:-P3D\r\n"));
    }

    #[test]
    fn only_this_persons_future_dates_and_staff_dates_apart() {
        let out = outcome(Region::ZhangyeGanzhou, 2022, Status::Adult);
        let on = NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
        let mine = events(&out, Lang::Zh, Audience::Applicant, on);
        assert!(!mine.iter().any(|e| e.summary.contains("%")), "no staff quota in the applicant's file: {mine:?}");
        let staff = events(&out, Lang::Zh, Audience::Staff, on);
        let dates: Vec<String> = staff.iter().map(|e| e.date.to_string()).collect();
        assert_eq!(dates, ["2022-11-30", "2022-12-25"], "past staff dates are left out");
        let later = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        assert!(events(&out, Lang::Zh, Audience::Applicant, later).is_empty(), "nothing left");
        // 区医保发〔2022〕69号 §五4: a newborn's dates are in another document.
        let newborn = outcome(Region::ZhangyeGanzhou, 2022, Status::Newborn);
        assert!(events(&newborn, Lang::Zh, Audience::Applicant, on).is_empty());
    }

    #[test]
    fn escapes_and_folds() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        fold(&"长".repeat(40), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }
}
