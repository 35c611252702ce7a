//! Answers the user has not given: which question decides the outcome, and the outcome for
//! every possible answer.
//!
//! "The notice is silent" and "you have not told us" are different: the first is
//! [`Amount::Unknown`] with the office to ask; the second is [`Amount::Depends`] naming the
//! [`Question`] and, since the notice states every possible amount, the range.

use chrono::NaiveDate;

use super::calc::{ChannelStep, Note, Outcome};
use super::Amount;
use crate::domain::inputs::Assist;
use crate::domain::lang::{format_date, Lang, Text};
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
    /// The question, for people: "出生日期" / "the date of birth".
    pub fn text(&self) -> Text {
        match self {
            Question::BirthDate { max } => {
                Text::new(format!("出生日期（是否在{max}周岁以内）"), format!("the date of birth (whether the person is {max} or younger)"))
            }
            Question::Tier { group: Assist::Dibao } => Text::new("低保的类别（见低保证）", "which 低保 tier (on the 低保 certificate)"),
            Question::Tier { group } => Text::new(format!("{}的类别", group.label().zh), format!("which tier of {}", group.label().en)),
            Question::AgeDay { max, on } => Text::new(
                format!("按哪一天计算年龄：{}起已满{}周岁，通知未规定计算年龄的日期", format_date(*on, Lang::Zh), max + 1),
                format!(
                    "the day the age is judged: {} or older from {}, and the notice does not say which day counts",
                    max + 1,
                    format_date(*on, Lang::En)
                ),
            ),
        }
    }

    /// The office question for [`Question::AgeDay`] (the notice is silent on the day);
    /// the other questions are the user's to answer.
    pub fn is_users(&self) -> bool {
        !matches!(self, Question::AgeDay { .. })
    }
}

/// One possible answer: its label ("如果为农村一类低保") and the outcome under it.
pub(super) struct Case {
    pub label: Text,
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

/// The label of an assumed age answer.
pub(super) fn age_label(question: &Question, within: bool) -> Text {
    match (question, within) {
        (Question::AgeDay { on, .. }, true) => Text::new(
            format!("如果按{}以前的日子计算年龄", format_date(*on, Lang::Zh)),
            format!("if the age is judged before {}", format_date(*on, Lang::En)),
        ),
        (Question::AgeDay { on, .. }, false) => Text::new(
            format!("如果按{}或以后的日子计算年龄", format_date(*on, Lang::Zh)),
            format!("if the age is judged on or after {}", format_date(*on, Lang::En)),
        ),
        (Question::BirthDate { max }, true) => Text::new(format!("如果在{max}周岁以内"), format!("if {max} or younger")),
        (Question::BirthDate { max }, false) => Text::new(format!("如果已超过{max}周岁"), format!("if older than {max}")),
        (Question::Tier { .. }, _) => Text::new("", ""),
    }
}

/// The label of an assumed tier.
pub(super) fn tier_label(tier: Assist) -> Text {
    Text::new(format!("如果为{}", tier.label().zh), format!("if {}", tier.label().en))
}

/// Joins two labels: "如果为农村一类低保，如果在14周岁以内".
pub(super) fn and(a: &Text, b: &Text) -> Text {
    if a.zh.is_empty() {
        return b.clone();
    }
    if b.zh.is_empty() {
        return a.clone();
    }
    Text::new(format!("{}，{}", a.zh, b.zh), format!("{}, {}", a.en, b.en))
}

fn or(labels: &[&Text]) -> Text {
    let zh: Vec<&str> = labels.iter().map(|t| t.zh.as_str()).collect();
    let en: Vec<&str> = labels.iter().map(|t| t.en.as_str()).collect();
    Text::new(zh.join("；或"), en.join("; or "))
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

fn merge_by<T, K: PartialEq>(
    cases: &[Case],
    items: impl Fn(&Outcome) -> &Vec<T>,
    key: impl Fn(&T) -> K,
    with: impl Fn(&T, Option<Text>) -> T,
    condition: impl Fn(&T) -> &Option<Text>,
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
            let holding: Vec<&Text> = cases.iter().filter(|c| items(&c.outcome).iter().any(|i| key(i) == k)).map(|c| &c.label).collect();
            if holding.len() == cases.len() {
                return with(item, condition(item).clone());
            }
            let cond = or(&holding);
            let cond = match condition(item) {
                Some(own) => and(&cond, own),
                None => cond,
            };
            with(item, Some(cond))
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
