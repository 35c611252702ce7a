//! The data file format (`policies/README.md` documents every field) and its invariants.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Policy, PolicyKey, Region};
use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;
use crate::domain::money::Money;

/// Everything a notice says, as read from its file.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyData {
    /// The data file's name (added by `build.rs`).
    pub file: String,
    pub region: Region,
    pub year: u16,
    pub document_number: String,
    pub title: Text,
    pub issuer: Text,
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    /// The source text this file was written from (`shared/sources/…`).
    pub source: String,
    /// Whether the year in the title is the benefit year or the payment year.
    pub year_kind: YearKind,
    /// Remarks about the document itself (e.g. a translation without its own number).
    #[serde(default)]
    pub document_note: Option<Text>,
    /// True where `title` is a plain description we supplied, not the notice's own title
    /// (肇庆: the source is a translation without one); the page says so.
    #[serde(default)]
    pub title_supplied: bool,
    pub offices: Vec<Office>,
    pub coverage: Vec<CoverageRule>,
    pub not_covered: NotCoveredRule,
    pub contribution: ContributionRule,
    #[serde(default)]
    pub subsidy: Option<SubsidyRule>,
    pub window: WindowRule,
    pub benefit: BenefitRule,
    #[serde(default)]
    pub assistance: Vec<AssistRule>,
    pub unlisted_assist: UnlistedAssist,
    /// The notice's rule for several identities at once (就高不重复), if it states one.
    #[serde(default)]
    pub stacking: Option<Clause>,
    pub enroll: Vec<Route>,
    #[serde(default)]
    pub pay: Vec<Route>,
    #[serde(default)]
    pub notes: Vec<NoteRule>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    #[serde(default)]
    pub refund: Option<RefundRule>,
    /// Which office to ask about refunds where the notice gives no refund rules.
    #[serde(default)]
    pub refund_ask: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum YearKind {
    /// The title names the year of cover (广东: 2022年度, paid in autumn 2021).
    Benefit,
    /// The title names the year of payment (甘州: pay in 2022, covered in 2023).
    Payment,
}

/// A clause reference with an optional explanation.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub clause: String,
    #[serde(default)]
    pub text: Option<Text>,
}

/// An office people can ask; `phone` only where the notice gives one.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub phone: Option<String>,
    /// The office's address, where the notice gives one.
    #[serde(default)]
    pub address: Option<Text>,
    /// True for entries of a directory annex (附件) listed for reference, not asked by any rule.
    #[serde(default)]
    pub directory: bool,
    pub clause: String,
}

/// Which applicants the notice covers.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageRule {
    pub statuses: Vec<Status>,
    pub clause: String,
    #[serde(default)]
    pub note: Option<Text>,
}

/// What the outcome says to someone the notice does not cover.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NotCoveredRule {
    pub text: Text,
    pub clause: String,
    pub ask: String,
}

/// The individual contribution standard (个人缴费标准).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContributionRule {
    pub amount: Money,
    #[serde(default)]
    pub provisional: bool,
    pub clause: String,
    #[serde(default)]
    pub text: Option<Text>,
}

/// The government's per-person subsidy, where the notice states one.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SubsidyRule {
    pub amount: Money,
    pub clause: String,
    #[serde(default)]
    pub text: Option<Text>,
}

/// The enrollment and payment window.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WindowRule {
    /// Absent where the notice gives no start (the outcome then says so).
    #[serde(default)]
    pub start: Option<NaiveDate>,
    pub end: NaiveDate,
    pub clause: String,
    #[serde(default)]
    pub text: Option<Text>,
    /// What the notice says happens once the window has closed (肇庆: 逾期不予补缴).
    #[serde(default)]
    pub after_close: Option<CitedText>,
    /// Statuses this window does not apply to: the notice sends them to another document
    /// (甘州 §五4: newborns follow 甘医保发〔2020〕41号).
    #[serde(default)]
    pub exceptions: Vec<WindowException>,
}

/// A sentence with the clause it comes from.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CitedText {
    pub clause: String,
    pub text: Text,
}

/// Statuses for whom the notice's general window does not apply.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WindowException {
    pub statuses: Vec<Status>,
    pub clause: String,
    pub text: Text,
    /// The document that governs them instead, as the notice names it.
    pub document: String,
    pub ask: String,
}

/// The benefit period; dates only where the notice states them.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitRule {
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub end: Option<NaiveDate>,
    pub clause: String,
    pub text: Text,
    /// Office to ask where the dates are not stated.
    #[serde(default)]
    pub ask: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssistKind {
    /// The whole individual contribution is funded.
    Full,
    /// A fixed amount (`amount`).
    Fixed,
    /// The notice names the group but states no amount (optional upper bound `max`).
    Unknown,
    /// The person enrolls under another policy (e.g. their place of residence); this notice
    /// states none of their amounts.
    Elsewhere,
}

/// How assistance reaches the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentModeData {
    /// The fund pays directly; the person pays nothing.
    FundedDirectly,
    /// 先缴后补: the person pays the full standard, the assistance is paid back later.
    PayFirstReimbursed,
}

/// An age limit on an assistance rule (in full years, inclusive).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgeLimit {
    /// The statuses the limit applies to (others are covered regardless of age).
    pub statuses: Vec<Status>,
    pub max_full_years: u32,
    pub text: Text,
}

/// One line of the notice's assistance table.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AssistRule {
    pub codes: Vec<Assist>,
    pub kind: AssistKind,
    #[serde(default)]
    pub amount: Option<Money>,
    #[serde(default)]
    pub max: Option<Money>,
    #[serde(default)]
    pub payment: Option<PaymentModeData>,
    pub clause: String,
    pub text: Text,
    #[serde(default)]
    pub ask: Option<String>,
    #[serde(default)]
    pub age_limit: Option<AgeLimit>,
    /// Clause of the payment mode, where it differs from `clause`.
    #[serde(default)]
    pub payment_clause: Option<String>,
}

/// What the notice means for an assistance code it does not list.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UnlistedAssist {
    /// `none`: the notice's table is complete, an unlisted identity gets nothing under it;
    /// `unknown`: the notice does not settle it, ask `ask`.
    pub treat_as: UnlistedTreat,
    pub text: Text,
    pub clause: String,
    pub ask: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnlistedTreat {
    None,
    Unknown,
}

/// Conditions on the applicant; every given condition must hold.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    #[serde(default)]
    pub statuses: Option<Vec<Status>>,
    #[serde(default)]
    pub hukou: Option<Vec<Hukou>>,
    /// Holds at least one of these assistance codes (a tiered code counts as its group).
    #[serde(default)]
    pub assist_any: Option<Vec<Assist>>,
    /// The person's enrollment route (the `id` of an `[[enroll]]` entry) is one of these.
    #[serde(default)]
    pub route: Option<Vec<String>>,
}

/// A channel step (where/how to enroll or pay), with its condition.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Names an enrollment route so that payment steps and notes can depend on it.
    #[serde(default)]
    pub id: Option<String>,
    /// Who the route goes through, for conditions ("if you enroll through the school").
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub when: When,
    pub clause: String,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// Who may enroll, scope remarks.
    Eligibility,
    /// Waiting periods (待遇等待期).
    Waiting,
    /// Anything else worth knowing.
    General,
}

/// A cited remark shown to the applicants it concerns.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRule {
    pub kind: NoteKind,
    #[serde(default)]
    pub when: When,
    pub clause: String,
    pub text: Text,
}

/// Who a dated task is for. The applicant's own dates are the window and the refund cut-off;
/// tasks are shown to staff only (a "for schools and offices" section, their own calendar).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskAudience {
    School,
    Township,
    /// A county or city insurance office.
    Office,
}

/// A date the notice sets for schools, townships or offices. "X日前" is read as "on or
/// before X", like every deadline (policies/README.md, "One reading of 前").
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub date: NaiveDate,
    /// Whose task it is: never the applicant's (their dates are the window and refunds).
    pub audience: TaskAudience,
    pub who: Text,
    pub text: Text,
    pub clause: String,
}

/// The notice's refund rules.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RefundRule {
    pub reasons: Vec<super::RefundReason>,
    pub clause: String,
    pub text: Text,
    /// The last day to apply, where stated.
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    #[serde(default)]
    pub deadline_clause: Option<String>,
    /// Nothing comes back once the benefit period has begun.
    pub until_benefit_start: bool,
    /// Assisted people get back only their own part (where the notice says so).
    pub own_part_only: bool,
    pub ask: String,
    /// The document the notice defers to for the refund procedure (甘州 §七: 区医保发〔2021〕74号),
    /// named when a reason the notice does not list is asked about.
    #[serde(default)]
    pub procedure_document: Option<String>,
}

/// Parses one file's JSON (as produced by `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn from_json(value: serde_json::Value) -> Result<Policy, String> {
    let data: PolicyData = serde_json::from_value(value).map_err(|e| e.to_string())?;
    Ok(from_data(data))
}

/// Wraps checked-or-not data into a [`Policy`].
pub(super) fn from_data(data: PolicyData) -> Policy {
    Policy {
        key: PolicyKey { region: data.region, year: data.year },
        document_number: data.document_number.clone(),
        title: data.title.clone(),
        data,
    }
}

// Not called in the browser, whose notices are generated code proven equal to checked files.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn text_ok(t: &Text, what: &str) -> Result<(), String> {
    if t.zh.trim().is_empty() || t.en.trim().is_empty() {
        return Err(format!("{what}: both the Chinese and the English text are required"));
    }
    Ok(())
}

// Not called in the browser, whose notices are generated code proven equal to checked files.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn clause_ok(c: &str, what: &str) -> Result<(), String> {
    if c.trim().is_empty() {
        return Err(format!("{what}: every figure and rule must cite a clause"));
    }
    Ok(())
}

/// The invariants of one policy file. `cargo test` runs this on every file.
// Not called in the browser, whose notices are generated code proven equal to checked files.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub(super) fn check(p: &Policy) -> Result<(), String> {
    let d = &p.data;
    let office = |id: &str, what: &str| -> Result<(), String> {
        if d.offices.iter().any(|o| o.id == id) {
            Ok(())
        } else {
            Err(format!("{what}: unknown office id {id:?}"))
        }
    };
    if d.document_number.trim().is_empty() {
        return Err("document_number is empty".into());
    }
    text_ok(&d.title, "title")?;
    text_ok(&d.issuer, "issuer")?;
    for o in &d.offices {
        text_ok(&o.name, &format!("office {}", o.id))?;
        clause_ok(&o.clause, &format!("office {}", o.id))?;
    }
    if d.coverage.is_empty() {
        return Err("coverage: at least one rule".into());
    }
    for c in &d.coverage {
        clause_ok(&c.clause, "coverage")?;
        if let Some(n) = &c.note {
            text_ok(n, "coverage note")?;
        }
    }
    text_ok(&d.not_covered.text, "not_covered")?;
    clause_ok(&d.not_covered.clause, "not_covered")?;
    office(&d.not_covered.ask, "not_covered")?;
    if d.contribution.amount < Money::ZERO {
        return Err("contribution: negative amount".into());
    }
    clause_ok(&d.contribution.clause, "contribution")?;
    if let Some(s) = &d.subsidy {
        if s.amount < Money::ZERO {
            return Err("subsidy: negative amount".into());
        }
        clause_ok(&s.clause, "subsidy")?;
    }
    clause_ok(&d.window.clause, "window")?;
    if let Some(start) = d.window.start {
        if start > d.window.end {
            return Err(format!("window: start {start} after end {}", d.window.end));
        }
    }
    clause_ok(&d.benefit.clause, "benefit")?;
    text_ok(&d.benefit.text, "benefit")?;
    match (d.benefit.start, d.benefit.end) {
        (Some(s), Some(e)) => {
            if s > e {
                return Err("benefit: start after end".into());
            }
            if s <= d.window.end {
                return Err("benefit: the benefit period must begin after the payment window ends".into());
            }
        }
        (None, e) => {
            let ask = d.benefit.ask.as_deref().ok_or("benefit: no start date stated, so `ask` is required")?;
            office(ask, "benefit")?;
            if e.is_some_and(|e| e <= d.window.end) {
                return Err("benefit: the benefit period must end after the payment window ends".into());
            }
        }
        (Some(_), None) => return Err("benefit: a start date needs its end date".into()),
    }
    if let Some(a) = &d.window.after_close {
        clause_ok(&a.clause, "window.after_close")?;
        text_ok(&a.text, "window.after_close")?;
    }
    for x in &d.window.exceptions {
        clause_ok(&x.clause, "window.exceptions")?;
        text_ok(&x.text, "window.exceptions")?;
        office(&x.ask, "window.exceptions")?;
        if x.document.trim().is_empty() {
            return Err("window.exceptions: name the document that applies instead".into());
        }
    }
    for r in &d.assistance {
        clause_ok(&r.clause, "assistance")?;
        text_ok(&r.text, "assistance")?;
        if r.codes.is_empty() {
            return Err("assistance: a rule with no codes".into());
        }
        for m in [r.amount, r.max].into_iter().flatten() {
            if m < Money::ZERO || m > d.contribution.amount {
                return Err(format!("assistance {:?}: amount {m} outside 0..=contribution", r.codes));
            }
        }
        match r.kind {
            AssistKind::Fixed if r.amount.is_none() => return Err("assistance: fixed needs `amount`".into()),
            AssistKind::Full | AssistKind::Fixed if r.payment.is_none() => return Err("assistance: full and fixed need `payment`".into()),
            AssistKind::Unknown | AssistKind::Elsewhere => {
                let ask = r.ask.as_deref().ok_or("assistance: unknown and elsewhere need `ask`")?;
                office(ask, "assistance")?;
                if r.amount.is_some() {
                    return Err("assistance: an unknown amount cannot have `amount`".into());
                }
            }
            _ => {}
        }
        if let Some(a) = &r.age_limit {
            text_ok(&a.text, "age_limit")?;
        }
    }
    // A code appears in at most one rule.
    let mut seen: Vec<_> = d.assistance.iter().flat_map(|r| r.codes.iter().copied()).collect();
    seen.sort();
    let before = seen.len();
    seen.dedup();
    if seen.len() != before {
        return Err("assistance: a code appears in two rules".into());
    }
    text_ok(&d.unlisted_assist.text, "unlisted_assist")?;
    clause_ok(&d.unlisted_assist.clause, "unlisted_assist")?;
    office(&d.unlisted_assist.ask, "unlisted_assist")?;
    if let Some(s) = &d.stacking {
        clause_ok(&s.clause, "stacking")?;
    }
    if d.enroll.is_empty() {
        return Err("enroll: at least one route".into());
    }
    for r in d.enroll.iter().chain(&d.pay) {
        clause_ok(&r.clause, "enroll/pay")?;
        text_ok(&r.text, "enroll/pay")?;
        if r.id.is_some() != r.name.is_some() {
            return Err("enroll: a route `id` needs its `name` (and a name its id)".into());
        }
    }
    let route_ids: Vec<&str> = d.enroll.iter().filter_map(|r| r.id.as_deref()).collect();
    let whens = d.enroll.iter().chain(&d.pay).map(|r| &r.when).chain(d.notes.iter().map(|n| &n.when));
    for w in whens {
        for id in w.route.iter().flatten() {
            if !route_ids.contains(&id.as_str()) {
                return Err(format!("when.route: unknown enroll route id {id:?}"));
            }
        }
    }
    for n in &d.notes {
        clause_ok(&n.clause, "note")?;
        text_ok(&n.text, "note")?;
    }
    for t in &d.tasks {
        clause_ok(&t.clause, "task")?;
        text_ok(&t.text, "task")?;
        text_ok(&t.who, "task")?;
    }
    if let Some(r) = &d.refund {
        clause_ok(&r.clause, "refund")?;
        text_ok(&r.text, "refund")?;
        office(&r.ask, "refund")?;
        if r.reasons.is_empty() {
            return Err("refund: no reasons".into());
        }
        if r.deadline.is_some() != r.deadline_clause.is_some() {
            return Err("refund: a deadline needs its deadline_clause".into());
        }
        if let (Some(dl), Some(bs)) = (r.deadline, d.benefit.start) {
            if dl >= bs && r.until_benefit_start {
                return Err("refund: deadline after the benefit period begins".into());
            }
        }
    } else {
        let ask = d.refund_ask.as_deref().ok_or("no refund rules, so `refund_ask` is required")?;
        office(ask, "refund_ask")?;
    }
    Ok(())
}
