//! The assistance: what each identity held gives under the notice, and which one applies
//! (highest, never added up), as a typed [`AssistDecision`].

use super::outcome::{AssistDecision, AssistLine, AssistVerdict, Assistance, CalcInput, NotAdded, PaymentMode};
use super::{join, known};
use crate::domain::inputs::Assist;
use crate::domain::money::Money;
use crate::domain::policy::data::{AssistKind, AssistRule, UnlistedTreat};
use crate::domain::policy::period::{age_fact, AgeFact, AgePeriod};
use crate::domain::policy::scenario::{AgeAssumption, Question};
use crate::domain::policy::{Amount, Ask, Citation, Cited, Policy, Reason};

/// Finds the rule for one code: the code itself, else its untiered group (where the notice
/// does not distinguish tiers, i.e. lists only the group).
pub(super) fn rule_for(policy: &Policy, code: Assist) -> Option<(&AssistRule, Assist)> {
    let rules = &policy.data.assistance;
    if let Some(r) = rules.iter().find(|r| r.codes.contains(&code)) {
        return Some((r, code));
    }
    let group = code.group();
    if group != code {
        if let Some(r) = rules.iter().find(|r| r.codes.contains(&group)) {
            return Some((r, group));
        }
    }
    None
}

/// The tiers of `group` that the notice's assistance table lists, where it lists the tiers
/// but not the group itself (甘州 §四(一)2: 低保 by class): the tier is then the user's answer.
pub(super) fn listed_tiers(policy: &Policy, group: Assist) -> Vec<Assist> {
    if policy.data.assistance.iter().any(|r| r.codes.contains(&group)) {
        return Vec::new();
    }
    policy.tiers_of(group)
}

pub(super) fn unlisted_line(policy: &Policy, code: Assist) -> AssistLine {
    let u = &policy.data.unlisted_assist;
    let verdict = match u.treat_as {
        UnlistedTreat::None => AssistVerdict::NotListed,
        UnlistedTreat::Unknown => AssistVerdict::Unknown { max: None, reason: Reason::Notice(u.text.clone()), ask: policy.ask(&u.ask) },
    };
    AssistLine { code, counted_as: code, verdict, reason: Reason::Notice(u.text.clone()), citation: policy.cite(&u.clause), payment: None }
}

pub(super) fn rule_verdict(policy: &Policy, rule: &AssistRule) -> AssistVerdict {
    let office = || policy.ask(rule.ask.as_deref().unwrap_or(&policy.data.unlisted_assist.ask));
    match rule.kind {
        AssistKind::Full => AssistVerdict::Full,
        AssistKind::Fixed => AssistVerdict::Fixed(rule.amount.unwrap_or(Money::ZERO)),
        AssistKind::Unknown => AssistVerdict::Unknown { max: rule.max, reason: Reason::Notice(rule.text.clone()), ask: office() },
        AssistKind::Elsewhere => AssistVerdict::Elsewhere { ask: office() },
    }
}

/// The verdict of an age limit for this person, judged over the notice's period; `None`
/// where the limit does not bar them.
pub(super) fn age_verdict(policy: &Policy, rule: &AssistRule, input: &CalcInput, assume: AgeAssumption) -> Option<AssistVerdict> {
    let limit = rule.age_limit.as_ref().filter(|l| l.statuses.contains(&input.status))?;
    let max = limit.max_full_years;
    let over = |age: Option<i64>| AssistVerdict::NotEligible { reason: Reason::OverAge { limit: limit.text.clone(), max, age } };
    match assume {
        AgeAssumption::Within => return None,
        AgeAssumption::Over => return Some(over(None)),
        AgeAssumption::FromInput => {}
    }
    match age_fact(input.birth, input.status, max, AgePeriod::of(policy)) {
        AgeFact::Within => None,
        AgeFact::Over { age } => Some(over(Some(age))),
        AgeFact::Missing => Some(AssistVerdict::Depends { on: Question::BirthDate { max } }),
        AgeFact::Crosses { on } => Some(AssistVerdict::Depends { on: Question::AgeDay { max, on } }),
        AgeFact::BornAfter => Some(AssistVerdict::Unknown {
            max: None,
            reason: Reason::BornAfterWindow { limit: limit.text.clone() },
            ask: policy.ask(&policy.data.unlisted_assist.ask),
        }),
    }
}

pub(super) fn line(policy: &Policy, code: Assist, input: &CalcInput, assume: AgeAssumption) -> AssistLine {
    let Some((rule, counted_as)) = rule_for(policy, code) else {
        if !listed_tiers(policy, code).is_empty() {
            let mut l = unlisted_line(policy, code);
            l.verdict = AssistVerdict::Depends { on: Question::Tier { group: code } };
            l.reason = Reason::Question(Question::Tier { group: code });
            return l;
        }
        return unlisted_line(policy, code);
    };
    let mut verdict = rule_verdict(policy, rule);
    let mut reason = Reason::Notice(rule.text.clone());
    if let Some(v) = age_verdict(policy, rule, input, assume) {
        if let AssistVerdict::NotEligible { reason: why } | AssistVerdict::Unknown { reason: why, .. } = &v {
            reason = why.clone();
        }
        verdict = v;
    }
    let citation = match &rule.payment_clause {
        Some(pc) => join(policy, &[&rule.clause, pc]),
        None => policy.cite(&rule.clause),
    };
    AssistLine { code, counted_as, verdict, reason, citation, payment: rule.payment }
}

/// The assistance: the best settled identity wins (highest, never added up), unless an
/// unsettled one could beat it; see [`AssistDecision`] for every way it can end.
pub(super) fn assistance(policy: &Policy, input: &CalcInput, contribution: Option<Money>, assume: AgeAssumption) -> Assistance {
    let mut codes: Vec<Assist> = Vec::new();
    for a in &input.assist {
        if !codes.contains(a) {
            codes.push(*a);
        }
    }
    let lines: Vec<AssistLine> = codes.iter().map(|c| line(policy, *c, input, assume)).collect();
    let stacking = policy.data.stacking.as_ref().map(|s| Citation { text: s.text.clone(), ..policy.cite(&s.clause) });
    let office = || policy.ask(&policy.data.unlisted_assist.ask);
    let (amount, winner, payment, decision) = decide(policy, &lines, contribution, &stacking, office);
    Assistance { amount, winner, payment, lines, decision, stacking }
}

/// What [`assistance`] decides: the amount, the identity that won, how it is paid, and why.
type Decided = (Amount, Option<Assist>, Option<PaymentMode>, AssistDecision);

pub(super) fn decide(
    policy: &Policy,
    lines: &[AssistLine],
    contribution: Option<Money>,
    stacking: &Option<Citation>,
    office: impl Fn() -> Ask,
) -> Decided {
    let none_applies = |decision: AssistDecision, citation: Citation| {
        (Amount::Known { value: Cited { value: Money::ZERO, citation }, provisional: false }, None, None, decision)
    };
    if lines.is_empty() {
        return none_applies(AssistDecision::NoneChosen, policy.cite(&policy.data.contribution.clause));
    }
    // Someone who enrolls under another policy: this notice states none of their amounts.
    if let Some((l, ask)) = lines.iter().find_map(|l| match &l.verdict {
        AssistVerdict::Elsewhere { ask } => Some((l, ask)),
        _ => None,
    }) {
        let amount = Amount::Unknown { reason: l.reason.clone(), ask: ask.clone() };
        return (amount, Some(l.code), None, AssistDecision::Elsewhere { code: l.code });
    }
    let Some(contribution) = contribution else {
        let reason = Reason::ContributionUnknown;
        return (Amount::Unknown { reason, ask: office() }, None, None, AssistDecision::ContributionUnknown);
    };
    let best = best_settled(lines, contribution);
    let best_value = best.map(|(v, _)| v).unwrap_or(Money::ZERO);
    let best_full = best.is_some_and(|(_, l)| l.verdict == AssistVerdict::Full);
    // Lines not settled that could beat the best settled one, with why and whom to ask; lines
    // that depend on an unanswered question count too (the cases then settle them).
    let open: Vec<(&AssistLine, Reason, Ask)> = lines
        .iter()
        .filter_map(|l| match &l.verdict {
            AssistVerdict::Unknown { max, reason, ask } if !best_full && max.is_none_or(|m| m > best_value) => {
                Some((l, reason.clone(), ask.clone()))
            }
            AssistVerdict::Depends { on } if !best_full => Some((l, Reason::Question(on.clone()), office())),
            _ => None,
        })
        .collect();
    if let Some((_, reason, ask)) = open.first() {
        // Pay-first-then-reimbursed where every candidate is paid that way.
        let candidates = open.iter().map(|(l, _, _)| *l).chain(best.map(|(_, l)| l));
        let reimbursed = candidates.map(|l| l.payment).all(|m| m == Some(PaymentMode::PayFirstReimbursed));
        let payment = reimbursed.then_some(PaymentMode::PayFirstReimbursed);
        let decision = AssistDecision::Open { reason: reason.clone(), best: best.map(|(v, l)| (l.code, v)) };
        return (Amount::Unknown { reason: reason.clone(), ask: ask.clone() }, None, payment, decision);
    }
    let Some((amount, winner)) = best else {
        let clauses: Vec<&str> = lines.iter().map(|l| l.citation.clause.as_str()).collect();
        return none_applies(AssistDecision::NoneApplies, join(policy, &clauses));
    };
    let others: Vec<Assist> =
        lines.iter().filter(|l| l.code != winner.code && settled_value(l, contribution).is_some()).map(|l| l.code).collect();
    let rule = match (&policy.data.stacking, others.is_empty()) {
        (_, true) => NotAdded::NoOthers,
        (Some(s), false) => NotAdded::Stated(s.text.clone()),
        (None, false) if best_full => NotAdded::AlreadyFull,
        (None, false) => {
            // Two different partial amounts and no stated rule: not settled by the notice.
            let reason = Reason::SeveralWithoutRule;
            return (Amount::Unknown { reason, ask: office() }, None, None, AssistDecision::SeveralWithoutRule);
        }
    };
    let mut clauses = vec![winner.citation.clause.as_str()];
    if let (Some(s), false) = (stacking, others.is_empty()) {
        clauses.push(&s.clause);
    }
    let provisional = policy.data.contribution.provisional && winner.verdict == AssistVerdict::Full;
    let decision = AssistDecision::Applies { winner: winner.code, others, rule };
    (known(policy, amount, &clauses, provisional), Some(winner.code), winner.payment, decision)
}

/// The value of a settled line (full = the whole contribution); `None` for the others.
pub(super) fn settled_value(l: &AssistLine, contribution: Money) -> Option<Money> {
    match &l.verdict {
        AssistVerdict::Full => Some(contribution),
        AssistVerdict::Fixed(m) => Some((*m).min(contribution)),
        _ => None,
    }
}

/// The best settled line: the highest value; of equal values, full funding.
pub(super) fn best_settled(lines: &[AssistLine], contribution: Money) -> Option<(Money, &AssistLine)> {
    lines.iter().filter_map(|l| settled_value(l, contribution).map(|v| (v, l))).fold(None, |acc, (v, l)| match acc {
        Some((bv, bl)) if bv > v || (bv == v && (bl.verdict == AssistVerdict::Full || l.verdict != AssistVerdict::Full)) => Some((bv, bl)),
        _ => Some((v, l)),
    })
}
