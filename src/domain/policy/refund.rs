//! Refunds (退费): which reasons qualify under which notice, and what comes back.

use chrono::NaiveDate;

use super::calc::{calculate, AssistVerdict, CalcInput, Coverage};
use super::{Amount, Ask, Citation, Cited, Policy};
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

/// What a refund request gives under one notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefundOutcome {
    pub verdict: RefundVerdict,
    /// What comes back: `Known(0)` when not refundable, `Unknown` where the notice is silent.
    pub amount: Amount,
    /// The last day to apply, where the notice states one.
    pub deadline: Option<Cited<NaiveDate>>,
    /// Why, in full sentences.
    pub explanation: Text,
    /// A condition the page should show with a `Refundable` verdict (e.g. "only before the
    /// benefit period begins; the notice gives no date").
    pub condition: Option<Text>,
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
    let d = &policy.data;
    let Some(rule) = &d.refund else {
        let office = policy.ask(d.refund_ask.as_deref().unwrap_or(&d.unlisted_assist.ask));
        let text = Text::new("该通知没有规定退费办法。", "The notice gives no refund rules.");
        return RefundOutcome {
            verdict: RefundVerdict::Unknown,
            amount: Amount::Unknown { reason: text.clone(), ask: office.clone() },
            deadline: None,
            explanation: text,
            condition: None,
            accepted: Vec::new(),
            citation: None,
            ask: Some(office),
        };
    };
    let office = policy.ask(&rule.ask);
    let citation = policy.cite(&rule.clause);
    let deadline =
        rule.deadline.map(|dl| Cited { value: dl, citation: policy.cite(rule.deadline_clause.as_deref().unwrap_or(&rule.clause)) });
    let zero = |clause: &str| Amount::Known { value: Cited { value: Money::ZERO, citation: policy.cite(clause) }, provisional: false };
    let base = RefundOutcome {
        verdict: RefundVerdict::NotRefundable,
        amount: zero(&rule.clause),
        deadline: deadline.clone(),
        explanation: rule.text.clone(),
        condition: None,
        accepted: rule.reasons.clone(),
        citation: Some(citation.clone()),
        ask: Some(office.clone()),
    };
    if !rule.reasons.contains(&reason) {
        // A reason the notice does not list is not refused by it: the notice is silent.
        let accepted: Vec<String> = rule.reasons.iter().map(|r| r.label().zh).collect();
        let accepted_en: Vec<String> = rule.reasons.iter().map(|r| r.label().en).collect();
        let (doc_zh, doc_en) = match &rule.procedure_document {
            Some(doc) => (format!("退费办法按{doc}执行，"), format!(" The refund procedure follows {doc};")),
            None => (String::new(), String::new()),
        };
        let explanation = Text::new(
            format!(
                "该通知列出的退费情形（{}）不包括“{}”，也没有说这种情形不能退。{doc_zh}请向经办机构确认。",
                accepted.join("、"),
                reason.label().zh
            ),
            format!(
                "The notice lists the refund reasons ({}) without \"{}\", and does not say it is refused.{doc_en} ask the office.",
                accepted_en.join("; "),
                reason.label().en
            ),
        );
        return RefundOutcome {
            verdict: RefundVerdict::Unknown,
            amount: Amount::Unknown { reason: explanation.clone(), ask: office.clone() },
            explanation,
            ..base
        };
    }
    if let Some(dl) = rule.deadline {
        if reference_date > dl {
            return RefundOutcome {
                explanation: Text::new(
                    format!("退费截止日期为{dl}，参考日期已过。{}", rule.text.zh),
                    format!("The refund deadline was {dl}; the reference date is after it. {}", rule.text.en),
                ),
                amount: zero(rule.deadline_clause.as_deref().unwrap_or(&rule.clause)),
                ..base
            };
        }
    }
    let mut condition = None;
    if rule.until_benefit_start {
        match d.benefit.start {
            Some(start) if reference_date >= start => {
                return RefundOutcome {
                    explanation: Text::new(
                        format!("待遇享受期已于{start}开始，个人缴费不再退回。"),
                        format!("The benefit period began on {start}: the individual contribution is no longer refunded."),
                    ),
                    ..base
                };
            }
            Some(_) => {}
            None if reference_date > super::period::benefit_started_by(policy) => {
                let year = policy.benefit_year();
                return RefundOutcome {
                    explanation: Text::new(
                        format!("通知所称{year}年度的待遇享受期已经开始（参考日期在{year}年之后），按通知只在待遇享受期开始前可退，个人缴费不再退回。"),
                        format!("The {year} benefit year the notice names has begun (the reference date is after {year}); refunds are only given before it begins, so nothing comes back."),
                    ),
                    ..base
                };
            }
            None => condition = Some(Text::new(
                "只在所缴年度的待遇享受期开始前可退；通知未写明该日期，请向经办机构确认。",
                "Only before the benefit period of the year paid for begins; the notice gives no date for it, so confirm with the office.",
            )),
        }
    }
    let out = calculate(policy, input);
    if !matches!(out.coverage, Coverage::Covered { .. }) {
        return RefundOutcome {
            verdict: RefundVerdict::Unknown,
            amount: out.contribution.clone(),
            explanation: Text::new(
                "该通知不覆盖此参保身份，无法判断退费。",
                "The notice does not cover this applicant, so the refund cannot be told.",
            ),
            ..base
        };
    }
    let assisted = out.assistance.lines.iter().any(|l| {
        matches!(l.verdict, AssistVerdict::Full | AssistVerdict::Fixed(_) | AssistVerdict::Unknown { .. } | AssistVerdict::Elsewhere { .. })
    });
    let amount = if assisted && !rule.own_part_only {
        Amount::Unknown {
            reason: Text::new(
                "该通知未规定受资助人员退费时退回多少。",
                "The notice does not say how much comes back to a person whose premium was assisted.",
            ),
            ask: office.clone(),
        }
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
        Text::new(
            format!("{}已享受参保资助的，只退回个人缴费部分。", rule.text.zh),
            format!("{} Assisted people get back only their own part.", rule.text.en),
        )
    } else {
        rule.text.clone()
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
    let general = refund(policy, reasons.first().copied().unwrap_or(RefundReason::Death), input, date);
    let rows = reasons.iter().map(|&r| (r, refund(policy, r, input, date))).collect();
    RefundTable { general, rows }
}
