//! The payment window, the benefit period, the tasks' dates and the refund deadline,
//! judged on the reference day.

use chrono::NaiveDate;

use super::outcome::{BenefitPeriod, Deadlines, OtherRules, StartNote, TaskDue, Window, WindowState};
use crate::domain::inputs::Status;
use crate::domain::policy::data::YearKind;
use crate::domain::policy::period::earliest_start;
use crate::domain::policy::{Cited, Policy};

/// The window's state on `date`; see policies/README.md ("The notice's own period").
pub(super) fn window_state(policy: &Policy, date: NaiveDate) -> WindowState {
    let w = &policy.data.window;
    if date > w.end {
        return WindowState::Closed;
    }
    match w.start {
        Some(s) if date < s => WindowState::Upcoming,
        Some(_) => WindowState::Open,
        // No stated start: before the first day payment can fall in, it lies ahead; from the
        // day the notice was issued it is open; in between the notice does not say.
        None => {
            let payment_year =
                (policy.data.year_kind == YearKind::Payment).then(|| NaiveDate::from_ymd_opt(i32::from(policy.key.year), 1, 1)).flatten();
            if payment_year.is_some_and(|y| date < y) {
                WindowState::Upcoming
            } else if earliest_start(policy).is_some_and(|e| date >= e) && policy.data.issued.is_some() {
                WindowState::Open
            } else {
                WindowState::Unknown
            }
        }
    }
}

/// What the notice does say of the window's start, where it gives no start date.
pub(super) fn start_note(policy: &Policy) -> Option<StartNote> {
    let d = &policy.data;
    if d.window.start.is_some() {
        return None;
    }
    let payment_year = (d.year_kind == YearKind::Payment).then(|| (policy.key.year, d.window.clause.clone()));
    Some(StartNote { payment_year, issued: d.issued })
}

pub(super) fn window(policy: &Policy, date: NaiveDate, status: Status) -> Window {
    let w = &policy.data.window;
    let other_rules = w.exceptions.iter().find(|x| x.statuses.contains(&status)).map(|x| OtherRules {
        text: Cited { value: x.text.clone(), citation: policy.cite(&x.clause) },
        document: x.document.clone(),
        ask: policy.ask(&x.ask),
    });
    let state = if other_rules.is_some() { WindowState::Unknown } else { window_state(policy, date) };
    Window {
        start: w.start.map(|s| Cited { value: s, citation: policy.cite(&w.clause) }),
        end: Cited { value: w.end, citation: policy.cite(&w.clause) },
        state,
        days_left: (state != WindowState::Closed && other_rules.is_none()).then_some((w.end - date).num_days()),
        start_note: start_note(policy),
        text: w.text.clone(),
        after_close: w.after_close.as_ref().map(|a| Cited { value: a.text.clone(), citation: policy.cite(&a.clause) }),
        other_rules,
    }
}

pub(super) fn deadlines(policy: &Policy, date: NaiveDate, status: Status) -> Deadlines {
    let d = &policy.data;
    let b = &d.benefit;
    let benefit = match (b.start, b.end) {
        (s, Some(e)) => BenefitPeriod::Stated {
            start: s.map(|s| Cited { value: s, citation: policy.cite(&b.clause) }),
            end: Cited { value: e, citation: policy.cite(&b.clause) },
            text: b.text.clone(),
        },
        _ => BenefitPeriod::NotStated {
            text: b.text.clone(),
            ask: policy.ask(b.ask.as_deref().unwrap_or(&d.unlisted_assist.ask)),
            citation: policy.cite(&b.clause),
        },
    };
    let tasks = d
        .tasks
        .iter()
        .map(|t| TaskDue {
            date: Cited { value: t.date, citation: policy.cite(&t.clause) },
            audience: t.audience,
            who: t.who.clone(),
            text: t.text.clone(),
            days_left: (t.date - date).num_days(),
            passed: date > t.date,
        })
        .collect();
    let refund_deadline = d
        .refund
        .as_ref()
        .and_then(|r| Some(Cited { value: r.deadline?, citation: policy.cite(r.deadline_clause.as_deref().unwrap_or(&r.clause)) }));
    let refund_rule = d.refund.as_ref().map(|r| Cited { value: r.text.clone(), citation: policy.cite(&r.clause) });
    Deadlines { window: window(policy, date, status), benefit, tasks, refund_deadline, refund_rule }
}
