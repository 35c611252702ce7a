//! Answers the user has not given: which question decides the outcome, and the outcome for
//! every possible answer.
//!
//! "The notice is silent" and "you have not told us" are different: the first is
//! [`Amount::Unknown`] with the office to ask; the second is [`Amount::Depends`] naming the
//! [`Question`] and, since the notice states every possible amount, the range.

use chrono::NaiveDate;

use super::calc::{ChannelStep, Note, Outcome};
use super::Amount;
use crate::domain::inputs::{Assist, Hukou};
use crate::domain::lang::Text;
use crate::domain::money::Money;

/// A question whose answer decides part of the outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// The date of birth, for an age limit of `max` full years.
    BirthDate { max: u32 },
    /// Which tier of a group the person holds (低保: 农村一～四类、城市全额/差额).
    Tier { group: Assist },
    /// The person passes the age limit of `max` full years on `on`, inside the notice's
    /// window, and the notice does not say on which day the age is judged.
    AgeDay { max: u32, on: NaiveDate },
}

impl Question {
    /// The office question for [`Question::AgeDay`] (the notice is silent on the day);
    /// the other questions are the user's to answer.
    pub fn is_users(&self) -> bool {
        !matches!(self, Question::AgeDay { .. })
    }
}

/// An answer the user has not given, assumed one way: a step, a note or a case holds under
/// it. Worded by the catalogue (`crate::words::policy`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// The hukou is one of these.
    Hukou(Vec<Hukou>),
    /// The person enrolls through this route (its name, where the notice names it).
    Route(Option<Text>),
    /// The person holds this tier of a group (低保 农村一类).
    Tier(Assist),
    /// The person is within the age limit of `max` full years, or over it.
    AgeWithin { max: u32, within: bool },
    /// The age is judged before the day `on` (or on or after it).
    AgeJudgedBefore { on: NaiveDate, before: bool },
}

/// Where a step or a note holds only under answers not given: under any one of `any` (each
/// a set of assumptions that hold together; none where `all` alone decides), and always
/// under every one of `all`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Condition {
    pub any: Vec<Vec<Assumption>>,
    pub all: Vec<Assumption>,
}

impl Condition {
    /// A condition of assumptions that hold together.
    pub fn all(all: Vec<Assumption>) -> Condition {
        Condition { any: Vec::new(), all }
    }
}

/// One possible answer: its assumptions ("如果为农村一类低保") and the outcome under it.
pub(super) struct Case {
    pub label: Vec<Assumption>,
    pub outcome: Outcome,
}

/// An age answer assumed for a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) enum AgeAssumption {
    /// Judge from the date of birth (or its absence).
    #[default]
    FromInput,
    Within,
    Over,
}

/// The assumption of an age answer, for an age question (`None` for a tier).
pub(super) fn age_label(question: &Question, within: bool) -> Option<Assumption> {
    match question {
        Question::AgeDay { on, .. } => Some(Assumption::AgeJudgedBefore { on: *on, before: within }),
        Question::BirthDate { max } => Some(Assumption::AgeWithin { max: *max, within }),
        Question::Tier { .. } => None,
    }
}

/// One amount over every case: the same known figure, a range of known figures that depends
/// on `on`, or the notice's own silence (which wins: no range hides it).
pub(super) fn merge_amount<'a>(all: impl Iterator<Item = &'a Amount>, on: &[Question]) -> Amount {
    let all: Vec<&Amount> = all.collect();
    let Some(first) = all.first() else {
        return Amount::Depends { on: on.to_vec(), min: Money::ZERO, max: Money::ZERO, provisional: false };
    };
    if let Some(silent) = all.iter().find(|a| matches!(a, Amount::Unknown { .. })) {
        return (*silent).clone();
    }
    let moneys: Vec<Money> = all.iter().filter_map(|a| a.money()).collect();
    let (Some(min), Some(max)) = (moneys.iter().min().copied(), moneys.iter().max().copied()) else {
        return (*first).clone();
    };
    if moneys.len() == all.len() && min == max {
        return (*first).clone();
    }
    Amount::Depends { on: on.to_vec(), min, max, provisional: all.iter().any(|a| a.is_provisional()) }
}

/// Every step that appears in any case, in order; a step that holds only in some cases
/// carries their labels as its condition.
pub(super) fn merge_steps(cases: &[Case]) -> Vec<ChannelStep> {
    merge_by(cases, |o| &o.channels, |s| (s.kind, s.text.zh.clone()), |s, c| ChannelStep { condition: c, ..s.clone() }, |s| &s.condition)
}

/// As [`merge_steps`], for notes.
pub(super) fn merge_notes(cases: &[Case]) -> Vec<Note> {
    merge_by(cases, |o| &o.notes, |n| n.text.zh.clone(), |n, c| Note { condition: c, ..n.clone() }, |n| &n.condition)
}

/// Holds under any of the cases `holding`, and under the item's own condition.
fn any_of(holding: &[&Vec<Assumption>], own: Option<&Condition>) -> Condition {
    let Some(own) = own else {
        return Condition { any: holding.iter().map(|h| (*h).clone()).collect(), all: Vec::new() };
    };
    let own_any = if own.any.is_empty() { vec![Vec::new()] } else { own.any.clone() };
    let any = holding.iter().flat_map(|h| own_any.iter().map(move |o| h.iter().chain(o).cloned().collect())).collect();
    Condition { any, all: own.all.clone() }
}

fn merge_by<T, K: PartialEq>(
    cases: &[Case],
    items: impl Fn(&Outcome) -> &Vec<T>,
    key: impl Fn(&T) -> K,
    with: impl Fn(&T, Option<Condition>) -> T,
    condition: impl Fn(&T) -> &Option<Condition>,
) -> Vec<T> {
    let mut order: Vec<(K, &T)> = Vec::new();
    for case in cases {
        for item in items(&case.outcome) {
            let k = key(item);
            if !order.iter().any(|(o, _)| *o == k) {
                order.push((k, item));
            }
        }
    }
    order
        .into_iter()
        .map(|(k, item)| {
            let holding: Vec<&Vec<Assumption>> =
                cases.iter().filter(|c| items(&c.outcome).iter().any(|i| key(i) == k)).map(|c| &c.label).collect();
            if holding.len() == cases.len() {
                return with(item, condition(item).clone());
            }
            with(item, Some(any_of(&holding, condition(item).as_ref())))
        })
        .collect()
}

/// The common value of `f` over every case, if they agree.
pub(super) fn common<T: PartialEq + Clone>(cases: &[Case], f: impl Fn(&Outcome) -> T) -> Option<T> {
    let first = f(&cases.first()?.outcome);
    cases.iter().all(|c| f(&c.outcome) == first).then_some(first)
}

/// The base outcome with every figure, step and note merged over the cases.
pub(super) fn merge(mut base: Outcome, cases: &[Case], on: Vec<Question>) -> Outcome {
    base.contribution = merge_amount(cases.iter().map(|c| &c.outcome.contribution), &on);
    base.pay_now = merge_amount(cases.iter().map(|c| &c.outcome.pay_now), &on);
    base.net_payable = merge_amount(cases.iter().map(|c| &c.outcome.net_payable), &on);
    // A known amount was already settled by the base outcome (an open answer that cannot
    // beat the best settled identity); otherwise the cases must agree.
    if base.assistance.amount.money().is_none() {
        // Cases that agree on the figure may name different tiers as the winner: name one the
        // person actually gave.
        let held = |o: &Outcome| o.assistance.winner.filter(|w| base.assistance.lines.iter().any(|l| l.code == *w));
        let agreed = common(cases, |o| (o.assistance.winner, o.assistance.payment));
        let (winner, payment) = match agreed {
            Some(both) => both,
            None => cases
                .iter()
                .find(|c| held(&c.outcome).is_some())
                .map(|c| (held(&c.outcome), c.outcome.assistance.payment))
                .unwrap_or((None, None)),
        };
        base.assistance.winner = winner;
        base.assistance.payment = payment;
    }
    base.assistance.amount = merge_amount(cases.iter().map(|c| &c.outcome.assistance.amount), &on);
    if cases.iter().all(|c| c.outcome.government_subsidy.is_some()) {
        base.government_subsidy = Some(merge_amount(cases.iter().filter_map(|c| c.outcome.government_subsidy.as_ref()), &on));
        base.total_premium = cases
            .iter()
            .all(|c| c.outcome.total_premium.is_some())
            .then(|| merge_amount(cases.iter().filter_map(|c| c.outcome.total_premium.as_ref()), &on));
    }
    base.channels = merge_steps(cases);
    base.notes = merge_notes(cases);
    base.questions = on;
    base
}
