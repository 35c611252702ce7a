//! The data file format (`policies/README.md` documents every field) and its invariants.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;
use crate::domain::money::Money;

/// Everything a notice says, as read from its file.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyData {
    /// The version of this format (`1`); a file in another version is not read.
    pub schema: u32,
    /// The data file's name: set by `build.rs` and by the run-time loader (a value in the
    /// file is replaced by its name).
    #[serde(default)]
    pub file: String,
    /// The region's code: a built-in region (`guangzhou`, …) or a new one, in lowercase
    /// letters, digits and hyphens (then `region_name` is required).
    pub region: String,
    /// The region's name, for a region the app does not know yet.
    #[serde(default)]
    pub region_name: Option<Text>,
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

/// How assistance reaches the person (in the notice files and in the outcome alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentMode {
    /// The fund pays the covered part directly; the person pays the rest (nothing, for full).
    FundedDirectly,
    /// 先缴后补: pay the full standard now; the assistance is paid back to the person later.
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
    pub payment: Option<PaymentMode>,
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
    pub reasons: Vec<RefundReason>,
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

crate::domain::inputs::coded_enum! {
    /// Why someone asks for a refund. Codes are used in the data files.
    #[derive(Deserialize, Serialize)]
    #[serde(rename_all = "kebab-case")]
    RefundReason {
        /// 系统原因错缴.
        SystemError = "system-error", "因系统原因错缴", "Paid in error because of a system fault";
        /// 重复缴费 within the same province.
        DuplicateInProvince = "duplicate-in-province", "省内重复缴费", "Paid twice within the province";
        /// 跨省重复缴费.
        DuplicateCrossProvince = "duplicate-cross-province", "跨省重复缴费", "Paid twice in two provinces";
        /// 死亡.
        Death = "death", "死亡", "Death";
        /// 失踪.
        Missing = "missing", "失踪", "Disappearance";
        /// 出国定居.
        Emigration = "emigration", "出国定居", "Settled abroad";
        /// 参加职工医保.
        EmployeeInsurance = "employee-insurance", "参加职工医保", "Joined employee medical insurance";
        /// 参加其他统筹地区城乡居民医保.
        OtherRegion = "other-region", "参加其他统筹地区城乡居民医保", "Joined resident insurance in another region";
    }
}

/// The keys every notice file must have (the others may be left out).
pub const REQUIRED_KEYS: [&str; 16] = [
    "schema",
    "region",
    "year",
    "document_number",
    "title",
    "issuer",
    "source",
    "year_kind",
    "offices",
    "coverage",
    "not_covered",
    "contribution",
    "window",
    "benefit",
    "unlisted_assist",
    "enroll",
];

/// How one top-level key of an unreadable file reads: used to say which field is wrong
/// when the whole file does not read. `Ok(false)` for a key the format does not have.
pub fn read_field<'de, D: serde::Deserializer<'de>>(key: &str, d: D) -> Result<bool, D::Error> {
    fn take<'de, T: Deserialize<'de>, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        T::deserialize(d).map(|_| true)
    }
    match key {
        "schema" => take::<u32, D>(d),
        "file" | "region" | "document_number" | "source" => take::<String, D>(d),
        "region_name" | "document_note" => take::<Option<Text>, D>(d),
        "year" => take::<u16, D>(d),
        "title" | "issuer" => take::<Text, D>(d),
        "issued" => take::<Option<NaiveDate>, D>(d),
        "year_kind" => take::<YearKind, D>(d),
        "title_supplied" => take::<bool, D>(d),
        "offices" => take::<Vec<Office>, D>(d),
        "coverage" => take::<Vec<CoverageRule>, D>(d),
        "not_covered" => take::<NotCoveredRule, D>(d),
        "contribution" => take::<ContributionRule, D>(d),
        "subsidy" => take::<Option<SubsidyRule>, D>(d),
        "window" => take::<WindowRule, D>(d),
        "benefit" => take::<BenefitRule, D>(d),
        "assistance" => take::<Vec<AssistRule>, D>(d),
        "unlisted_assist" => take::<UnlistedAssist, D>(d),
        "stacking" => take::<Option<Clause>, D>(d),
        "enroll" | "pay" => take::<Vec<Route>, D>(d),
        "notes" => take::<Vec<NoteRule>, D>(d),
        "tasks" => take::<Vec<Task>, D>(d),
        "refund" => take::<Option<RefundRule>, D>(d),
        "refund_ask" => take::<Option<String>, D>(d),
        _ => Ok(false),
    }
}

/// Like [`read_field`] for one element of a list key (`assistance[2]`), to name the element.
pub fn read_item<'de, D: serde::Deserializer<'de>>(key: &str, d: D) -> Result<bool, D::Error> {
    fn take<'de, T: Deserialize<'de>, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        T::deserialize(d).map(|_| true)
    }
    match key {
        "offices" => take::<Office, D>(d),
        "coverage" => take::<CoverageRule, D>(d),
        "assistance" => take::<AssistRule, D>(d),
        "enroll" | "pay" => take::<Route, D>(d),
        "notes" => take::<NoteRule, D>(d),
        "tasks" => take::<Task, D>(d),
        _ => Ok(false),
    }
}
