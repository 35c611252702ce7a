//! The calendar's words ([`crate::domain::calendar`]): each date's summary and description
//! in the file, for one person or a whole household.

use chrono::NaiveDate;

use crate::domain::calendar::{dates, Audience, Due, Event};
use crate::domain::household::HouseholdOutcome;
use crate::domain::lang::{format_date, Lang};
use crate::domain::policy::Outcome;

/// The events of an outcome for `audience` on or after `from`, worded in `lang`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::calendar::Audience;
/// use yibao::domain::inputs::Status;
/// use yibao::domain::lang::Lang;
/// use yibao::domain::policy::{calculate, find, CalcInput, PolicyKey, Region};
/// let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
/// let on = NaiveDate::from_ymd_opt(2022, 12, 31).unwrap();
/// let input = CalcInput { key, status: Status::Adult, hukou: None, assist: vec![], birth: None, date: on };
/// let out = calculate(find(key).unwrap(), &input);
/// let mine = yibao::words::calendar::events(&out, Lang::Zh, Audience::Applicant, on);
/// assert_eq!(mine[0].summary, "张掖市甘州区城乡居民医保缴费截止（最后一天）");
/// ```
pub fn events(outcome: &Outcome, lang: Lang, audience: Audience, from: NaiveDate) -> Vec<Event> {
    dates(outcome, audience, from)
        .into_iter()
        .map(|d| {
            let description = match d.due {
                Due::Task { .. } => format!("{} ({})", d.citation, format_date(d.date, lang)),
                _ => d.citation.to_string(),
            };
            Event { date: d.date, summary: summary(&d.due, lang), description }
        })
        .collect()
}

/// What falls due, in a line.
fn summary(due: &Due, lang: Lang) -> String {
    let payment = |region: &crate::domain::policy::Region| match lang {
        Lang::Zh => format!("{}城乡居民医保缴费", region.name().zh),
        Lang::En => format!("{} resident medical insurance payment", region.name().en),
    };
    match (due, lang) {
        (Due::WindowOpens { region }, Lang::Zh) => format!("{}开始", payment(region)),
        (Due::WindowOpens { region }, Lang::En) => format!("{} opens", payment(region)),
        (Due::LastDay { region }, Lang::Zh) => format!("{}截止（最后一天）", payment(region)),
        (Due::LastDay { region }, Lang::En) => format!("{}: last day", payment(region)),
        (Due::RefundLastDay { region }, Lang::Zh) => format!("{}医保退费申请截止", region.name().zh),
        (Due::RefundLastDay { region }, Lang::En) => format!("{} medical insurance refund: last day to apply", region.name().en),
        (Due::Task { who, text }, _) => format!("{}: {}", who.get(lang), text.get(lang)),
    }
}

/// The household's calendar: every member's own dates still ahead of `from`, each date
/// once, naming whom it concerns (".ics" via [`crate::domain::calendar::ics`]).
pub fn household_events(outcome: &HouseholdOutcome, lang: Lang, from: NaiveDate) -> Vec<Event> {
    let (list, join) = match lang {
        Lang::Zh => ("、", "；"),
        Lang::En => (", ", "; "),
    };
    // (date, summary, description, names)
    let mut merged: Vec<(NaiveDate, String, String, Vec<String>)> = Vec::new();
    for m in &outcome.members {
        let name = m.name.get(lang).to_string();
        for e in events(&m.outcome, lang, Audience::Applicant, from) {
            match merged.iter_mut().find(|x| x.0 == e.date && x.1 == e.summary) {
                Some(x) if !x.3.contains(&name) => x.3.push(name.clone()),
                Some(_) => {}
                None => merged.push((e.date, e.summary, e.description, vec![name.clone()])),
            }
        }
    }
    // Each date once: different events on the same day share one entry.
    let mut out: Vec<Event> = Vec::new();
    for (date, summary, description, names) in merged {
        let line = match lang {
            Lang::Zh => format!("{summary}（{}）", names.join(list)),
            Lang::En => format!("{summary} ({})", names.join(list)),
        };
        match out.iter_mut().find(|e| e.date == date) {
            Some(e) => {
                e.summary.push_str(join);
                e.summary.push_str(&line);
                if !e.description.contains(&description) {
                    e.description.push_str(join);
                    e.description.push_str(&description);
                }
            }
            None => out.push(Event { date, summary: line, description }),
        }
    }
    out.sort_by_key(|e| e.date);
    out
}
