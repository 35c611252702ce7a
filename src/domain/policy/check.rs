//! The checker: the invariants every notice file must hold, built-in (`policies/*.toml`,
//! checked by `build.rs` and `cargo test`) or published with a deployment (`notices/*.json`,
//! checked in the browser before the notice is shown). One function, [`check`], for both.
//!
//! It decides, it never words: each problem is a typed [`Finding`] (the field's path and a
//! [`Problem`]); the catalogue (`src/words/findings.rs`) turns them into sentences for staff.
//!
//! This file depends only on `data.rs`, `lang.rs`, `money.rs` and `inputs.rs`, so that
//! `build.rs` can include the same code (`#[path]`) and run it on the built-in files.

use chrono::NaiveDate;

use super::data::{AssistKind, PolicyData, Route};
use crate::domain::inputs::Assist;
use crate::domain::lang::Text;
use crate::domain::money::Money;

/// The version of the file format this build reads (`schema` in every file).
pub const SCHEMA_VERSION: u32 = 1;

/// The region codes the app knows without a `region_name`: the regions of `policies/`,
/// written by `build.rs` with the `Region` enum (in `build.rs` itself, none: every file of
/// `policies/` names its region).
pub use super::BUILT_IN_REGIONS;

/// The years a notice may carry in its title.
pub const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

/// One problem in a file: where (`assistance[1].amount`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The field's path in the file: keys joined with `.`, list positions as `[0]`.
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field. The checker decides the kind; the words are elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `schema` is not a version this build reads.
    SchemaVersion { found: u32 },
    /// The file could not be read as the format at all (bad JSON, a wrong type, an unknown
    /// code or key). `detail` is the parser's own message, kept for staff.
    Unreadable { detail: String },
    /// A key the format does not have (a typo, or a newer format).
    UnknownKey,
    /// A required text or value is empty.
    Empty,
    /// A text lacks its Chinese or its English form.
    MissingLanguage { zh: bool, en: bool },
    /// A figure or rule names no clause of the notice.
    NoClause,
    /// An amount below zero.
    Negative,
    /// An assistance amount above the individual contribution.
    AboveContribution,
    /// A start date after its end date.
    StartAfterEnd { start: NaiveDate, end: NaiveDate },
    /// The benefit period does not begin (or end) after the payment window closes.
    BenefitBeforeWindowEnds,
    /// A start date without its end date.
    StartWithoutEnd,
    /// An office id that no `offices` entry has.
    UnknownOffice { id: String },
    /// A required field is absent (e.g. `ask` where no amount or date is stated).
    Required,
    /// A value is given where the rule does not allow one (an amount for `unknown`).
    NotAllowed,
    /// An assistance line with no codes, a refund rule with no reasons, no coverage…
    NoEntries,
    /// The same assistance code in two lines.
    CodeTwice { code: Assist },
    /// A `when.route` naming no enrollment route.
    UnknownRoute { id: String },
    /// A route's `id` without its `name`, or the other way round.
    IdWithoutName,
    /// A refund deadline on or after the day the benefit period begins, with
    /// `until_benefit_start`.
    DeadlineAfterBenefitStart,
    /// A region code that is not lowercase letters, digits and hyphens.
    RegionCode,
    /// A year outside 2000–2100.
    Year,
    /// The file's name is not `<region>-<year>` with the right extension.
    FileName { expected: String },
    /// Two files for the same region and year (or a file for a built-in notice).
    Duplicate { other: String },
}

impl Finding {
    fn at(field: impl Into<String>, problem: Problem) -> Finding {
        Finding { field: field.into(), problem }
    }
}

/// Collects findings; small helpers so each rule reads as one line.
struct Checker<'a> {
    d: &'a PolicyData,
    out: Vec<Finding>,
}

impl Checker<'_> {
    fn push(&mut self, field: impl Into<String>, problem: Problem) {
        self.out.push(Finding::at(field, problem));
    }

    fn text(&mut self, field: impl Into<String>, t: &Text) {
        let (zh, en) = (t.zh.trim().is_empty(), t.en.trim().is_empty());
        if zh || en {
            self.push(field, Problem::MissingLanguage { zh, en });
        }
    }

    fn clause(&mut self, field: impl Into<String>, c: &str) {
        if c.trim().is_empty() {
            self.push(field, Problem::NoClause);
        }
    }

    fn office(&mut self, field: impl Into<String>, id: &str) {
        if !self.d.offices.iter().any(|o| o.id == id) {
            self.push(field, Problem::UnknownOffice { id: id.to_string() });
        }
    }

    fn amount(&mut self, field: impl Into<String>, m: Money) {
        if m < Money::ZERO {
            self.push(field, Problem::Negative);
        }
    }

    fn route(&mut self, field: &str, r: &Route) {
        self.clause(format!("{field}.clause"), &r.clause);
        self.text(format!("{field}.text"), &r.text);
        if r.id.is_some() != r.name.is_some() {
            self.push(format!("{field}.id"), Problem::IdWithoutName);
        }
    }
}

/// True for a code of lowercase ASCII letters, digits and single inner hyphens, 2–40 long.
///
/// ```
/// use yibao::domain::policy::is_region_code;
/// assert!(is_region_code("shili-xian"));
/// assert!(!is_region_code("Shili"));
/// assert!(!is_region_code("-a"));
/// ```
pub fn is_region_code(code: &str) -> bool {
    (2..=40).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !code.starts_with('-')
        && !code.ends_with('-')
        && !code.contains("--")
}

/// A notice's data that passed every rule of [`check`]. Only [`checked`] makes one, so a value
/// of this type is the proof that the checker ran on exactly this data and found nothing
/// (parse, don't validate): whatever takes a `Checked` needs no second check and no
/// "cannot fail" branch.
#[derive(Clone, Debug)]
pub struct Checked(PolicyData);

impl Checked {
    /// The checked data.
    pub fn data(&self) -> &PolicyData {
        &self.0
    }

    /// The checked data, to keep.
    pub fn into_data(self) -> PolicyData {
        self.0
    }
}

/// `data` as a [`Checked`] notice, or every problem [`check`] finds in it.
///
/// ```
/// use yibao::domain::policy::{built_in, checked, Problem};
/// let good = built_in()[0].data.clone();
/// assert!(checked(good.clone(), "toml").is_ok());
/// let mut bad = good;
/// bad.contribution.clause.clear();
/// let findings = checked(bad, "toml").unwrap_err();
/// assert_eq!(findings[0].problem, Problem::NoClause);
/// ```
pub fn checked(data: PolicyData, extension: &str) -> Result<Checked, Vec<Finding>> {
    let findings = check(&data, extension);
    if findings.is_empty() {
        Ok(Checked(data))
    } else {
        Err(findings)
    }
}

/// Every problem of one notice file, in the file's order; empty when the file is good.
/// `extension` is the one its name must have (`toml` built in, `json` at run time).
pub fn check(d: &PolicyData, extension: &str) -> Vec<Finding> {
    let mut c = Checker { d, out: Vec::new() };
    if d.schema != SCHEMA_VERSION {
        c.push("schema", Problem::SchemaVersion { found: d.schema });
    }
    check_identity(&mut c, extension);
    check_amounts(&mut c);
    check_dates(&mut c);
    check_assistance(&mut c);
    check_channels(&mut c);
    check_refund(&mut c);
    c.out
}

fn check_identity(c: &mut Checker, extension: &str) {
    let d = c.d;
    if !is_region_code(&d.region) {
        c.push("region", Problem::RegionCode);
    }
    let built_in = BUILT_IN_REGIONS.contains(&d.region.as_str());
    match &d.region_name {
        Some(name) => c.text("region_name", name),
        None if !built_in => c.push("region_name", Problem::Required),
        None => {}
    }
    if !YEARS.contains(&d.year) {
        c.push("year", Problem::Year);
    }
    let expected = format!("{}-{}.{extension}", d.region, d.year);
    if !d.file.is_empty() && d.file != expected {
        c.push("file", Problem::FileName { expected });
    }
    if d.document_number.trim().is_empty() {
        c.push("document_number", Problem::Empty);
    }
    c.text("title", &d.title);
    c.text("issuer", &d.issuer);
    for (i, o) in d.offices.iter().enumerate() {
        if o.id.trim().is_empty() {
            c.push(format!("offices[{i}].id"), Problem::Empty);
        }
        c.text(format!("offices[{i}].name"), &o.name);
        c.clause(format!("offices[{i}].clause"), &o.clause);
    }
    if d.coverage.is_empty() {
        c.push("coverage", Problem::NoEntries);
    }
    for (i, r) in d.coverage.iter().enumerate() {
        c.clause(format!("coverage[{i}].clause"), &r.clause);
        if r.statuses.is_empty() {
            c.push(format!("coverage[{i}].statuses"), Problem::NoEntries);
        }
        if let Some(n) = &r.note {
            c.text(format!("coverage[{i}].note"), n);
        }
    }
    c.text("not_covered.text", &d.not_covered.text);
    c.clause("not_covered.clause", &d.not_covered.clause);
    c.office("not_covered.ask", &d.not_covered.ask);
}

fn check_amounts(c: &mut Checker) {
    let d = c.d;
    c.amount("contribution.amount", d.contribution.amount);
    c.clause("contribution.clause", &d.contribution.clause);
    if let Some(s) = &d.subsidy {
        c.amount("subsidy.amount", s.amount);
        c.clause("subsidy.clause", &s.clause);
    }
}

fn check_dates(c: &mut Checker) {
    let d = c.d;
    let w = &d.window;
    c.clause("window.clause", &w.clause);
    if let Some(start) = w.start {
        if start > w.end {
            c.push("window.start", Problem::StartAfterEnd { start, end: w.end });
        }
    }
    if let Some(a) = &w.after_close {
        c.clause("window.after_close.clause", &a.clause);
        c.text("window.after_close.text", &a.text);
    }
    for (i, x) in w.exceptions.iter().enumerate() {
        c.clause(format!("window.exceptions[{i}].clause"), &x.clause);
        c.text(format!("window.exceptions[{i}].text"), &x.text);
        c.office(format!("window.exceptions[{i}].ask"), &x.ask);
        if x.document.trim().is_empty() {
            c.push(format!("window.exceptions[{i}].document"), Problem::Empty);
        }
    }
    let b = &d.benefit;
    c.clause("benefit.clause", &b.clause);
    c.text("benefit.text", &b.text);
    match (b.start, b.end) {
        (Some(s), Some(e)) => {
            if s > e {
                c.push("benefit.start", Problem::StartAfterEnd { start: s, end: e });
            } else if s <= w.end {
                c.push("benefit.start", Problem::BenefitBeforeWindowEnds);
            }
        }
        (None, e) => {
            match b.ask.as_deref() {
                Some(ask) => c.office("benefit.ask", ask),
                None => c.push("benefit.ask", Problem::Required),
            }
            if e.is_some_and(|e| e <= w.end) {
                c.push("benefit.end", Problem::BenefitBeforeWindowEnds);
            }
        }
        (Some(_), None) => c.push("benefit.end", Problem::StartWithoutEnd),
    }
    for (i, t) in d.tasks.iter().enumerate() {
        c.clause(format!("tasks[{i}].clause"), &t.clause);
        c.text(format!("tasks[{i}].text"), &t.text);
        c.text(format!("tasks[{i}].who"), &t.who);
    }
}

fn check_assistance(c: &mut Checker) {
    let d = c.d;
    let mut seen: Vec<Assist> = Vec::new();
    for (i, r) in d.assistance.iter().enumerate() {
        let f = |k: &str| format!("assistance[{i}].{k}");
        c.clause(f("clause"), &r.clause);
        c.text(f("text"), &r.text);
        if r.codes.is_empty() {
            c.push(f("codes"), Problem::NoEntries);
        }
        for code in &r.codes {
            if seen.contains(code) {
                c.push(f("codes"), Problem::CodeTwice { code: *code });
            }
            seen.push(*code);
        }
        for (k, m) in [("amount", r.amount), ("max", r.max)] {
            match m {
                Some(m) if m < Money::ZERO => c.push(f(k), Problem::Negative),
                Some(m) if m > d.contribution.amount => c.push(f(k), Problem::AboveContribution),
                _ => {}
            }
        }
        match r.kind {
            AssistKind::Fixed if r.amount.is_none() => c.push(f("amount"), Problem::Required),
            AssistKind::Full | AssistKind::Fixed if r.payment.is_none() => c.push(f("payment"), Problem::Required),
            AssistKind::Unknown | AssistKind::Elsewhere => {
                match r.ask.as_deref() {
                    Some(ask) => c.office(f("ask"), ask),
                    None => c.push(f("ask"), Problem::Required),
                }
                if r.amount.is_some() {
                    c.push(f("amount"), Problem::NotAllowed);
                }
            }
            _ => {}
        }
        if let Some(a) = &r.age_limit {
            c.text(f("age_limit.text"), &a.text);
        }
    }
    let u = &d.unlisted_assist;
    c.text("unlisted_assist.text", &u.text);
    c.clause("unlisted_assist.clause", &u.clause);
    c.office("unlisted_assist.ask", &u.ask);
    if let Some(s) = &d.stacking {
        c.clause("stacking.clause", &s.clause);
    }
}

fn check_channels(c: &mut Checker) {
    let d = c.d;
    if d.enroll.is_empty() {
        c.push("enroll", Problem::NoEntries);
    }
    for (i, r) in d.enroll.iter().enumerate() {
        c.route(&format!("enroll[{i}]"), r);
    }
    for (i, r) in d.pay.iter().enumerate() {
        c.route(&format!("pay[{i}]"), r);
    }
    for (i, n) in d.notes.iter().enumerate() {
        c.clause(format!("notes[{i}].clause"), &n.clause);
        c.text(format!("notes[{i}].text"), &n.text);
    }
    let ids: Vec<&str> = d.enroll.iter().filter_map(|r| r.id.as_deref()).collect();
    let whens = (d.enroll.iter().enumerate().map(|(i, r)| (format!("enroll[{i}]"), &r.when)))
        .chain(d.pay.iter().enumerate().map(|(i, r)| (format!("pay[{i}]"), &r.when)))
        .chain(d.notes.iter().enumerate().map(|(i, n)| (format!("notes[{i}]"), &n.when)));
    for (field, w) in whens {
        for id in w.route.iter().flatten() {
            if !ids.contains(&id.as_str()) {
                c.push(format!("{field}.when.route"), Problem::UnknownRoute { id: id.clone() });
            }
        }
    }
}

fn check_refund(c: &mut Checker) {
    let d = c.d;
    match &d.refund {
        Some(r) => {
            c.clause("refund.clause", &r.clause);
            c.text("refund.text", &r.text);
            c.office("refund.ask", &r.ask);
            if r.reasons.is_empty() {
                c.push("refund.reasons", Problem::NoEntries);
            }
            if r.deadline.is_some() && r.deadline_clause.is_none() {
                c.push("refund.deadline_clause", Problem::NoClause);
            }
            if r.deadline.is_none() && r.deadline_clause.is_some() {
                c.push("refund.deadline", Problem::Required);
            }
            if let (Some(dl), Some(bs)) = (r.deadline, d.benefit.start) {
                if dl >= bs && r.until_benefit_start {
                    c.push("refund.deadline", Problem::DeadlineAfterBenefitStart);
                }
            }
        }
        None => match d.refund_ask.as_deref() {
            Some(ask) => c.office("refund_ask", ask),
            None => c.push("refund_ask", Problem::Required),
        },
    }
}
