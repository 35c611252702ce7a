//! Refunds (退费): which reasons qualify under which notice, and what comes back.

use chrono::NaiveDate;

use super::calc::{calculate, AssistVerdict, CalcInput, Coverage, Outcome};
use super::{Amount, Ask, Citation, Cited, Policy, Reason};
use crate::domain::lang::Text;
use crate::domain::money::Money;

pub use super::data::RefundReason;

/// Whether a refund is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefundVerdict {
    /// The reason qualifies and the reference date is in time.
    Refundable,
    /// The reason does not qualify, or it is too late.
    NotRefundable,
    /// The notice does not settle it: ask the office.
    Unknown,
}

/// Why a refund is what it is, where this app (not the notice's own rule) says so; worded
/// by the catalogue (`crate::words::policy`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefundWhy {
    /// The notice gives no refund rules.
    NoRules,
    /// The notice lists `accepted` without `reason`, and does not refuse it either; its
    /// refund procedure follows `procedure` where it names one.
    NotListed { accepted: Vec<RefundReason>, reason: RefundReason, procedure: Option<String> },
    /// The refund deadline has passed (`rule`: the notice's refund rule).
    DeadlinePassed { deadline: NaiveDate, rule: Text },
    /// The benefit period began on `start`: nothing comes back.
    BenefitBegan { start: NaiveDate },
    /// The benefit year the notice names (no dates) has begun: nothing comes back.
    BenefitYearBegan { year: u16 },
    /// The notice does not cover this applicant.
    NotCovered,
    /// The notice does not say how much comes back to an assisted person.
    AssistedNotStated,
    /// The notice's rule, and assisted people get back only their own part.
    OwnPartOnly { rule: Text },
    /// Only before the benefit period begins, and the notice gives no date for it.
    BeforeBenefitUndated,
}

/// What a refund request gives under one notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefundOutcome {
    pub verdict: RefundVerdict,
    /// What comes back: `Known(0)` when not refundable, `Unknown` where the notice is silent.
    pub amount: Amount,
    /// The last day to apply, where the notice states one.
    pub deadline: Option<Cited<NaiveDate>>,
    /// Why: the notice's rule, or a finding.
    pub explanation: Reason,
    /// A condition the page should show with a `Refundable` verdict (only before the
    /// benefit period begins, and the notice gives no date).
    pub condition: Option<RefundWhy>,
    /// The reasons this notice accepts.
    pub accepted: Vec<RefundReason>,
    pub citation: Option<Citation>,
    pub ask: Option<Ask>,
}

/// Whether `reason` gets money back under `policy` on `reference_date`, and how much.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::{Assist, Status};
/// use yibao::domain::policy::{find, refund, CalcInput, PolicyKey, RefundReason, RefundVerdict, Region};
/// let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
/// let day = NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
/// let input = CalcInput { key, status: Status::Adult, hukou: None, assist: vec![Assist::DibaoRural1], birth: None, date: day };
/// let out = refund(find(key).unwrap(), RefundReason::Death, &input, day);
/// assert_eq!(out.verdict, RefundVerdict::Refundable);
/// assert_eq!(out.amount.data_value(), "100.00"); // 350 paid, 250 assistance: own part only
/// ```
pub fn refund(policy: &Policy, reason: RefundReason, input: &CalcInput, reference_date: NaiveDate) -> RefundOutcome {
    refund_given(policy, reason, || calculate(policy, input), reference_date)
}

/// [`refund`], with the applicant's outcome computed only where it is needed (once for a
/// whole [`refund_table`]).
fn refund_given(policy: &Policy, reason: RefundReason, outcome: impl FnOnce() -> Outcome, reference_date: NaiveDate) -> RefundOutcome {
    let d = &policy.data;
    let Some(rule) = &d.refund else {
        let office = policy.ask(d.refund_ask.as_deref().unwrap_or(&d.unlisted_assist.ask));
        let why = Reason::Refund(RefundWhy::NoRules);
        return RefundOutcome {
            verdict: RefundVerdict::Unknown,
            amount: Amount::Unknown { reason: why.clone(), ask: office.clone() },
            deadline: None,
            explanation: why,
            condition: None,
            accepted: Vec::new(),
            citation: None,
            ask: Some(office),
        };
    };
    let office = policy.ask(&rule.ask);
    let deadline =
        rule.deadline.map(|dl| Cited { value: dl, citation: policy.cite(rule.deadline_clause.as_deref().unwrap_or(&rule.clause)) });
    let zero = |clause: &str| Amount::Known { value: Cited { value: Money::ZERO, citation: policy.cite(clause) }, provisional: false };
    let base = RefundOutcome {
        verdict: RefundVerdict::NotRefundable,
        amount: zero(&rule.clause),
        deadline,
        explanation: Reason::Notice(rule.text.clone()),
        condition: None,
        accepted: rule.reasons.clone(),
        citation: Some(policy.cite(&rule.clause)),
        ask: Some(office.clone()),
    };
    if !rule.reasons.contains(&reason) {
        // A reason the notice does not list is not refused by it: the notice is silent.
        let why =
            Reason::Refund(RefundWhy::NotListed { accepted: rule.reasons.clone(), reason, procedure: rule.procedure_document.clone() });
        return RefundOutcome {
            verdict: RefundVerdict::Unknown,
            amount: Amount::Unknown { reason: why.clone(), ask: office },
            explanation: why,
            ..base
        };
    }
    if let Some(deadline) = rule.deadline.filter(|dl| reference_date > *dl) {
        return RefundOutcome {
            explanation: Reason::Refund(RefundWhy::DeadlinePassed { deadline, rule: rule.text.clone() }),
            amount: zero(rule.deadline_clause.as_deref().unwrap_or(&rule.clause)),
            ..base
        };
    }
    let mut condition = None;
    if rule.until_benefit_start {
        match d.benefit.start {
            Some(start) if reference_date >= start => {
                return RefundOutcome { explanation: Reason::Refund(RefundWhy::BenefitBegan { start }), ..base };
            }
            Some(_) => {}
            None if reference_date > super::period::benefit_started_by(policy) => {
                let year = policy.benefit_year();
                return RefundOutcome { explanation: Reason::Refund(RefundWhy::BenefitYearBegan { year }), ..base };
            }
            None => condition = Some(RefundWhy::BeforeBenefitUndated),
        }
    }
    let out = outcome();
    if !matches!(out.coverage, Coverage::Covered { .. }) {
        return RefundOutcome {
            verdict: RefundVerdict::Unknown,
            amount: out.contribution.clone(),
            explanation: Reason::Refund(RefundWhy::NotCovered),
            ..base
        };
    }
    let assisted = out.assistance.lines.iter().any(|l| {
        matches!(l.verdict, AssistVerdict::Full | AssistVerdict::Fixed(_) | AssistVerdict::Unknown { .. } | AssistVerdict::Elsewhere { .. })
    });
    let amount = if assisted && !rule.own_part_only {
        Amount::Unknown { reason: Reason::Refund(RefundWhy::AssistedNotStated), ask: office }
    } else {
        match &out.net_payable {
            Amount::Known { value, provisional } => Amount::Known {
                value: Cited { value: value.value, citation: policy.cite(&format!("{}、{}", value.citation.clause, rule.clause)) },
                provisional: *provisional,
            },
            other => other.clone(),
        }
    };
    let explanation = if assisted && rule.own_part_only {
        Reason::Refund(RefundWhy::OwnPartOnly { rule: rule.text.clone() })
    } else {
        base.explanation.clone()
    };
    let verdict = if matches!(amount, Amount::Unknown { .. }) { RefundVerdict::Unknown } else { RefundVerdict::Refundable };
    RefundOutcome { verdict, amount, explanation, condition, ..base }
}

/// The refund answer for every reason the notice lists, on `date`: what the page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefundTable {
    /// The notice's general answer (its rule, cut-off condition and office), from the first
    /// reason it lists, or its silence where it has no refund rules.
    pub general: RefundOutcome,
    /// One row per reason the notice lists, in its order.
    pub rows: Vec<(RefundReason, RefundOutcome)>,
}

/// The refund table for `input` under `policy` on `date`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::Status;
/// use yibao::domain::policy::{find, refund_table, CalcInput, PolicyKey, Region};
/// let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
/// let day = NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
/// let input = CalcInput { key, status: Status::Adult, hukou: None, assist: vec![], birth: None, date: day };
/// let t = refund_table(find(key).unwrap(), &input, day);
/// assert_eq!(t.rows.len(), 6);
/// ```
pub fn refund_table(policy: &Policy, input: &CalcInput, date: NaiveDate) -> RefundTable {
    let reasons = policy.data.refund.as_ref().map(|r| r.reasons.clone()).unwrap_or_default();
    // The applicant's outcome, worked out once for every row.
    let outcome = std::cell::OnceCell::new();
    let once = || outcome.get_or_init(|| calculate(policy, input)).clone();
    let general = refund_given(policy, reasons.first().copied().unwrap_or(RefundReason::Death), once, date);
    let rows = reasons.iter().map(|&r| (r, refund_given(policy, r, once, date))).collect();
    RefundTable { general, rows }
}
