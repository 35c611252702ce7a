//! What a notice means for one applicant: amounts, assistance, channels, deadlines. Split by
//! concern: the outcome's types ([`outcome`]), the assistance decision ([`assistance`]), the
//! routes and payment steps ([`channels`]), the window and the other dates ([`dates`]).

mod assistance;
mod channels;
mod dates;
mod outcome;

use chrono::NaiveDate;

pub use outcome::*;

use super::data::Route;
use super::period::AgePeriod;
use super::scenario::{self, AgeAssumption, Assumption, Case, Condition, Question};
use super::{Amount, Citation, Cited, Policy, Reason};
use crate::domain::lang::Text;
use crate::domain::money::Money;
use assistance::listed_tiers;
use channels::{enroll_routes, matches, pay_steps, step, Match};
use dates::deadlines;

/// Age in full years (周岁) on `on`; `None` if `birth` is after `on`. Someone born on 29
/// February turns a year older on 1 March in common years.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::policy::age_in_full_years;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(age_in_full_years(d(2007, 9, 1), d(2021, 9, 1)), Some(14));
/// assert_eq!(age_in_full_years(d(2007, 9, 2), d(2021, 9, 1)), Some(13));
/// assert_eq!(age_in_full_years(d(2022, 1, 1), d(2021, 9, 1)), None);
/// ```
pub fn age_in_full_years(birth: NaiveDate, on: NaiveDate) -> Option<i64> {
    crate::domain::date::full_years(birth, on).map(i64::from)
}

/// Joins the clauses of several citations of the same notice: `§三、§四(一)`.
pub(super) fn join(policy: &Policy, clauses: &[&str]) -> Citation {
    let mut seen: Vec<&str> = Vec::new();
    for c in clauses {
        for part in c.split('、') {
            if !part.is_empty() && !seen.contains(&part) {
                seen.push(part);
            }
        }
    }
    policy.cite(&seen.join("、"))
}

pub(super) fn known(policy: &Policy, money: Money, clauses: &[&str], provisional: bool) -> Amount {
    Amount::Known { value: Cited { value: money, citation: join(policy, clauses) }, provisional }
}

/// What `policy` means for the applicant `input`.
///
/// Never panics, for any input; where the notice is silent the amounts are
/// [`Amount::Unknown`] with the office to ask.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::{Assist, Status};
/// use yibao::domain::policy::{calculate, find, CalcInput, PolicyKey, Region, WindowState};
/// let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
/// let input = CalcInput {
///     key,
///     status: Status::Adult,
///     hukou: None,
///     assist: vec![Assist::DibaoRural1, Assist::Tuopin],
///     birth: None,
///     date: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
/// };
/// let out = calculate(find(key).unwrap(), &input);
/// assert_eq!(out.contribution.data_value(), "350.00");
/// assert_eq!(out.assistance.amount.data_value(), "250.00"); // highest, never added up
/// assert_eq!(out.pay_now.data_value(), "350.00");           // 先缴后补
/// assert_eq!(out.net_payable.data_value(), "100.00");
/// assert_eq!(out.deadlines.window.state, WindowState::Open);
/// assert_eq!(out.deadlines.window.days_left, Some(0));
/// ```
pub fn calculate(policy: &Policy, input: &CalcInput) -> Outcome {
    let base = settle(policy, input, AgeAssumption::FromInput);
    let (on, cases) = cases(policy, input, &base);
    if cases.len() < 2 {
        return base;
    }
    scenario::merge(base, &cases, on)
}

/// The questions that decide this outcome and the outcome under each possible answer:
/// each listed tier of a group the person holds without its tier, and each side of an age
/// limit the person's answers do not settle.
fn cases(policy: &Policy, input: &CalcInput, base: &Outcome) -> (Vec<Question>, Vec<Case>) {
    let mut on: Vec<Question> = Vec::new();
    let mut tiers: Vec<(Vec<Assumption>, CalcInput)> = vec![(Vec::new(), input.clone())];
    for line in &base.assistance.lines {
        match &line.verdict {
            AssistVerdict::Depends { on: q @ Question::Tier { group } } => {
                on.push(q.clone());
                let listed = listed_tiers(policy, *group);
                tiers = tiers
                    .into_iter()
                    .flat_map(|(label, inp)| {
                        listed.iter().map(move |t| {
                            let assist = inp.assist.iter().map(|a| if a == group { *t } else { *a }).collect();
                            ([label.clone(), vec![Assumption::Tier(*t)]].concat(), CalcInput { assist, ..inp.clone() })
                        })
                    })
                    .collect();
            }
            AssistVerdict::Depends { on: q } => on.push(q.clone()),
            _ => {}
        }
    }
    let age_question = on.iter().find(|q| !matches!(q, Question::Tier { .. })).cloned();
    let mut cases = Vec::new();
    for (label, inp) in tiers {
        match &age_question {
            None => cases.push(Case { label: label.clone(), outcome: settle(policy, &inp, AgeAssumption::FromInput) }),
            Some(q) => {
                for (within, assume) in [(true, AgeAssumption::Within), (false, AgeAssumption::Over)] {
                    let l = [label.clone(), scenario::age_label(q, within).into_iter().collect()].concat();
                    cases.push(Case { label: l, outcome: settle(policy, &inp, assume) });
                }
            }
        }
    }
    (on, cases)
}

/// The outcome for answers taken as they are (`assume` may settle an age limit): what
/// covered and not-covered applicants share, then either's figures (the figures start as
/// the assistance's own and are set by [`covered`] or [`not_covered`]).
fn settle(policy: &Policy, input: &CalcInput, assume: AgeAssumption) -> Outcome {
    let d = &policy.data;
    let period = AgePeriod::of(policy);
    let age = input.birth.and_then(|b| age_in_full_years(b, period.from.max(b)));
    let age_period = d
        .assistance
        .iter()
        .any(|r| {
            r.age_limit.as_ref().is_some_and(|l| l.statuses.contains(&input.status)) && input.assist.iter().any(|a| r.codes.contains(a))
        })
        .then_some(period);
    let coverage = coverage(policy, input);
    let contribution = coverage.is_covered().then_some(d.contribution.amount);
    let assistance = assistance::assistance(policy, input, contribution, assume);
    let base = Outcome {
        key: policy.key,
        document_number: policy.document_number().to_string(),
        contribution: assistance.amount.clone(),
        pay_now: assistance.amount.clone(),
        net_payable: assistance.amount.clone(),
        coverage,
        assistance,
        government_subsidy: None,
        total_premium: None,
        channels: Vec::new(),
        deadlines: deadlines(policy, input.date, input.status),
        notes: Vec::new(),
        age,
        age_period,
        questions: Vec::new(),
    };
    match &base.coverage {
        Coverage::NotCovered { reason, ask, .. } => not_covered(base.clone(), reason, ask),
        Coverage::Covered { .. } => covered(policy, input, base),
    }
}

/// Whether the notice covers the applicant's status.
fn coverage(policy: &Policy, input: &CalcInput) -> Coverage {
    let d = &policy.data;
    match d.coverage.iter().find(|c| c.statuses.contains(&input.status)) {
        Some(c) => Coverage::Covered { citation: policy.cite(&c.clause), note: c.note.clone() },
        None => Coverage::NotCovered {
            reason: d.not_covered.text.clone(),
            ask: policy.ask(&d.not_covered.ask),
            citation: policy.cite(&d.not_covered.clause),
        },
    }
}

/// Not covered: every figure unknown for the notice's reason; the lines still say what each
/// identity would give.
fn not_covered(base: Outcome, reason: &Text, ask: &super::Ask) -> Outcome {
    let unknown = Amount::Unknown { reason: Reason::Notice(reason.clone()), ask: ask.clone() };
    let assistance = Assistance {
        amount: unknown.clone(),
        winner: None,
        payment: None,
        lines: base.assistance.lines.clone(),
        decision: AssistDecision::NotCovered { reason: reason.clone() },
        stacking: None,
    };
    Outcome { contribution: unknown.clone(), pay_now: unknown.clone(), net_payable: unknown, assistance, ..base }
}

/// Covered: the amounts, the routes and the notes.
fn covered(policy: &Policy, input: &CalcInput, base: Outcome) -> Outcome {
    let d = &policy.data;
    let assist = base.assistance.clone();
    let elsewhere = assist.lines.iter().any(|l| matches!(l.verdict, AssistVerdict::Elsewhere { .. }));
    let (contribution, pay_now, net_payable) = if elsewhere {
        let u = assist.amount.clone();
        (u.clone(), u.clone(), u)
    } else {
        amounts(policy, &assist)
    };
    let (government_subsidy, total_premium) = match &d.subsidy {
        Some(s) if !elsewhere => (
            Some(known(policy, s.amount, &[&s.clause], false)),
            Some(known(policy, d.contribution.amount + s.amount, &[&d.contribution.clause, &s.clause], d.contribution.provisional)),
        ),
        _ => (None, None),
    };
    // Routes and notes that depend on an assistance identity only count identities that
    // give something (or may) under this notice: not one excluded by an age limit.
    let effective = CalcInput {
        assist: assist
            .lines
            .iter()
            .filter(|l| !matches!(l.verdict, AssistVerdict::NotListed | AssistVerdict::NotEligible { .. }))
            .map(|l| l.code)
            .collect(),
        ..input.clone()
    };
    let routes = enroll_routes(policy, &effective);
    let mut channels: Vec<ChannelStep> = routes.iter().map(|(r, c)| step(ChannelKind::Enroll, r, policy, c.clone())).collect();
    // Someone whose contribution is funded directly in full pays nothing: no payment channels.
    if !elsewhere && pay_now.money() != Some(Money::ZERO) {
        channels.extend(pay_steps(policy, &effective, &routes));
    }
    let notes = notes(policy, &effective, &routes);
    Outcome { contribution, assistance: assist, pay_now, net_payable, government_subsidy, total_premium, channels, notes, ..base }
}

/// The contribution, what is paid now and what the person bears in the end, given the
/// assistance (which is paid directly, or first paid and then reimbursed).
fn amounts(policy: &Policy, assist: &Assistance) -> (Amount, Amount, Amount) {
    let c = &policy.data.contribution;
    let provisional = c.provisional;
    let contribution = known(policy, c.amount, &[&c.clause], provisional);
    let a_clause = assist.amount.citation().map(|x| x.clause.clone()).unwrap_or_default();
    let pay_clause: Vec<&str> = assist.lines.iter().filter(|l| Some(l.code) == assist.winner).map(|l| l.citation.clause.as_str()).collect();
    let pay_now = match (&assist.amount, assist.payment) {
        (Amount::Known { value, .. }, Some(PaymentMode::FundedDirectly)) => {
            let mut cl = vec![c.clause.as_str(), a_clause.as_str()];
            cl.extend(&pay_clause);
            known(policy, c.amount.saturating_sub(value.value), &cl, provisional && value.value != c.amount)
        }
        (Amount::Known { .. }, _) | (Amount::Unknown { .. } | Amount::Depends { .. }, Some(PaymentMode::PayFirstReimbursed)) => {
            let mut cl = vec![c.clause.as_str()];
            cl.extend(&pay_clause);
            if let Some(l) = assist.lines.iter().find(|l| l.payment == Some(PaymentMode::PayFirstReimbursed)) {
                if assist.payment == Some(PaymentMode::PayFirstReimbursed) {
                    cl.push(&l.citation.clause);
                }
            }
            known(policy, c.amount, &cl, provisional)
        }
        (other, _) => other.clone(),
    };
    let net = match &assist.amount {
        Amount::Known { value, .. } => {
            known(policy, c.amount.saturating_sub(value.value), &[&c.clause, &a_clause], provisional && value.value != c.amount)
        }
        other => other.clone(),
    };
    (contribution, pay_now, net)
}

/// The notice's remarks that hold (or may hold) for this person on their route.
fn notes(policy: &Policy, input: &CalcInput, routes: &[(&Route, Option<Condition>)]) -> Vec<Note> {
    let mut notes = Vec::new();
    for n in &policy.data.notes {
        let condition = match matches(&n.when, input, routes) {
            Match::No => continue,
            Match::Yes => None,
            Match::Maybe(cond) => Some(cond),
        };
        notes.push(Note { kind: n.kind, text: n.text.clone(), citation: policy.cite(&n.clause), condition });
    }
    notes
}
