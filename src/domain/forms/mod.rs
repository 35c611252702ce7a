//! The two registration forms, parsed the way people expect (GOV.UK's validation pattern):
//!
//! - [`resident`]: the resident registration form of 甘州区 (区医保发〔2022〕69号 附件1);
//! - [`unit`](mod@unit): the unit portal (单位网厅) registration of 穗医保中管〔2021〕301号 附件.
//!
//! Each form is a struct of what the user typed (text as typed, never trimmed away, so the
//! page can always show it again; choices as their types) and a
//! `check(&form, reference_date)` that parses it: a typed record with the warnings worth a
//! look ([`Accepted`]), or the problems **in field order**, at most one per field: the first
//! error of a field, or else its first warning. An error ([`Severity::Error`]) blocks the
//! form; a warning ([`Severity::Warning`]) is a plausibility hint that the user may keep.
//! Problems are typed ([`FieldError`]: the field and a [`Reason`] with its data);
//! [`crate::words::forms`] words them.
//!
//! Pure Rust: no leptos, web-sys or gloo. Nothing here logs or stores what was typed.

use chrono::NaiveDate;

use crate::domain::id::mobile::Mobile;
use crate::domain::id::portal::{AccountError, PasswordError};
use crate::domain::id::validity::ValidityError;
use crate::domain::id::{parse_as, IdCheck, IdError, IdInfo, IdKind, IdWarning, Sex};

pub mod resident;
pub mod unit;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The form cannot be used as it is: the field must be corrected.
    Error,
    /// Probably a mistake, but possibly right: the user should check, and may keep it.
    Warning,
}

/// The fields of one form, in page order, each with its id in the page (the target of the
/// error summary's link).
pub trait FormField: Copy + PartialEq + Eq + std::fmt::Debug + Send + Sync + 'static {
    /// Every field, in page order.
    const ALL: &'static [Self];
    /// The field's id, e.g. `rf-name`.
    fn id(self) -> &'static str;
}

/// Why a field of a registration form is not right (or worth a second look). Where the
/// words depend on the field (what to enter, which example), [`crate::words::forms`] reads
/// it from [`FieldError::field`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Nothing was typed.
    Missing,
    /// Nothing was chosen.
    NotChosen,
    /// No identity number was typed; the document type chosen, if any.
    IdNumberMissing { doc: Option<IdDocType> },
    /// Longer than the field allows (characters).
    TooLong { max: usize, found: usize },
    /// A number of an [`IdDocType::Other`] document longer than `max` characters.
    DocNumberTooLong { max: usize },
    /// A person's name with a digit in it.
    DigitsInName,
    /// Not a date (`YYYY-MM-DD`; `/` and `.` are accepted as separators).
    NotADate,
    /// A date after today.
    AfterToday { date: NaiveDate, today: NaiveDate },
    /// The identity number (or mobile number, or credit code) is not valid.
    Id(IdError),
    /// A valid number with something worth a look: a **warning**.
    IdWarning(IdWarning),
    /// An old 15-digit ID number: the forms need its 18-character form, `converted`.
    Old15Digit { converted: String },
    /// A valid number of another accepted document type: the type should be `doc`.
    OtherDocType(IdDocType),
    /// The document's number gives neither sex nor date of birth (prefill).
    NoSexOrBirth,
    /// The sex chosen is not the one the identity number gives.
    SexMismatch { from_id: Sex },
    /// The date of birth is not the one the identity number gives.
    BirthMismatch { from_id: NaiveDate },
    /// A landline (starting with 0) without 10 to 12 digits.
    LandlineLength { found: usize },
    /// The portal account name is not valid.
    Account(AccountError),
    /// The portal password is not valid.
    Password(PasswordError),
    /// The confirmation is not the same password.
    ConfirmMismatch,
    /// The validity period is not valid.
    Validity(ValidityError),
    /// The applicant's age is outside the plausible band of the identity chosen: a **warning**.
    AgeOutsideBand { age: u32, band: resident::AgeBand },
    /// An orphan aged 18 or over: a **warning**.
    OrphanAdult,
    /// A college student with a subsidy category enrolls at the hukou place
    /// ([`resident::COLLEGE_AT_HUKOU`]): a **warning**.
    CollegeAtHukou,
}

impl Reason {
    /// Whether it blocks the form or only asks for a second look.
    pub fn severity(&self) -> Severity {
        match self {
            Reason::IdWarning(_) | Reason::AgeOutsideBand { .. } | Reason::OrphanAdult | Reason::CollegeAtHukou => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A problem with one field of a form: which field, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError<F> {
    pub field: F,
    pub reason: Reason,
}

impl<F> FieldError<F> {
    /// How serious it is.
    pub fn severity(&self) -> Severity {
        self.reason.severity()
    }

    /// Whether this blocks the form.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// Whether any problem in `problems` is an error.
pub fn has_errors<F>(problems: &[FieldError<F>]) -> bool {
    problems.iter().any(FieldError::is_error)
}

/// A form that parsed: its typed record, and the warnings the user may keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted<R, F> {
    pub record: R,
    pub warnings: Vec<FieldError<F>>,
}

/// What a form's `check` gives: the record, or every problem in field order (at least one an
/// error).
pub type Checked<R, F> = Result<Accepted<R, F>, Vec<FieldError<F>>>;

/// The problems of a checked form to show: its warnings, or all its problems.
pub fn problems<R, F>(checked: &Checked<R, F>) -> &[FieldError<F>] {
    match checked {
        Ok(accepted) => &accepted.warnings,
        Err(problems) => problems,
    }
}

/// Collects the problems of a form: at most one per field, the first error of a field
/// winning over its warnings, in the order the fields were visited.
pub(crate) struct Problems<F>(Vec<FieldError<F>>);

impl<F: FormField> Problems<F> {
    pub(crate) fn new() -> Problems<F> {
        Problems(Vec::new())
    }

    pub(crate) fn push(&mut self, field: F, reason: Reason) {
        let p = FieldError { field, reason };
        match self.0.iter_mut().find(|x| x.field == p.field) {
            Some(existing) => {
                if !existing.is_error() && p.is_error() {
                    *existing = p;
                }
            }
            None => self.0.push(p),
        }
    }

    /// The value of a field's parse, its problem noted.
    pub(crate) fn take<T>(&mut self, field: F, r: Result<T, Reason>) -> Option<T> {
        r.map_err(|reason| self.push(field, reason)).ok()
    }

    /// The problems sorted into page order.
    pub(crate) fn into_ordered(mut self) -> Vec<FieldError<F>> {
        self.0.sort_by_key(|p| F::ALL.iter().position(|f| *f == p.field).unwrap_or(usize::MAX));
        self.0
    }

    /// The record (built where every field parsed) with the warnings, or every problem.
    pub(crate) fn finish<R>(self, record: Option<R>) -> Checked<R, F> {
        let problems = self.into_ordered();
        match record {
            Some(record) if !has_errors(&problems) => Ok(Accepted { record, warnings: problems }),
            _ => Err(problems),
        }
    }
}

/// A clause of a notice a form relies on, cited where the form says what the notice says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    /// The notice's document number, e.g. `区医保发〔2022〕69号`.
    pub notice: &'static str,
    /// The article (条), 1-based: `5` for 第五条.
    pub article: u8,
    pub item: Option<Item>,
}

/// An item (项) of an article, numbered as the notice numbers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// `2.`: 第2项.
    Numbered(u8),
    /// `（一）`: 第（一）项.
    Bracketed(u8),
}

/// The kinds of identity document the forms accept (身份证件类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdDocType {
    /// 居民身份证 (18 characters).
    ResidentId,
    /// 港澳台居民居住证.
    HmtResidencePermit,
    /// 外国人永久居留身份证.
    ForeignPermanentResident,
    /// Any other valid document (passport, 港澳居民来往内地通行证, …): only its presence is
    /// checked, since this app knows no rule for its number.
    Other,
}

impl IdDocType {
    /// Every type, in the order the select lists them.
    pub const ALL: [IdDocType; 4] =
        [IdDocType::ResidentId, IdDocType::HmtResidencePermit, IdDocType::ForeignPermanentResident, IdDocType::Other];

    /// The form value.
    ///
    /// ```
    /// use yibao::domain::forms::IdDocType;
    /// assert_eq!(IdDocType::from_code("resident-id"), Some(IdDocType::ResidentId));
    /// assert_eq!(IdDocType::Other.code(), "other");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            IdDocType::ResidentId => "resident-id",
            IdDocType::HmtResidencePermit => "hmt-residence-permit",
            IdDocType::ForeignPermanentResident => "foreign-permanent-resident",
            IdDocType::Other => "other",
        }
    }

    /// The type of a form value; `None` for anything else (including the empty choice).
    pub fn from_code(code: &str) -> Option<IdDocType> {
        IdDocType::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The identity-number kind checked for this type (`None` for [`IdDocType::Other`]).
    pub fn kind(self) -> Option<IdKind> {
        match self {
            IdDocType::ResidentId => Some(IdKind::ResidentId),
            IdDocType::HmtResidencePermit => Some(IdKind::HmtResidencePermit),
            IdDocType::ForeignPermanentResident => Some(IdKind::ForeignPermanentResident),
            IdDocType::Other => None,
        }
    }

    fn of_kind(kind: IdKind) -> Option<IdDocType> {
        match kind {
            IdKind::ResidentId | IdKind::ResidentId15 => Some(IdDocType::ResidentId),
            IdKind::HmtResidencePermit => Some(IdDocType::HmtResidencePermit),
            IdKind::ForeignPermanentResident => Some(IdDocType::ForeignPermanentResident),
            IdKind::Uscc | IdKind::Mobile => None,
        }
    }
}

/// An identity document of a form, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdDocument {
    /// A valid number of a type this app checks, and what it tells.
    Checked { doc: IdDocType, info: IdInfo },
    /// The number of another document, as typed (trimmed): only its presence is checked.
    Other { number: String },
}

impl IdDocument {
    /// What the number tells, where this app reads it.
    pub fn info(&self) -> Option<&IdInfo> {
        match self {
            IdDocument::Checked { info, .. } => Some(info),
            IdDocument::Other { .. } => None,
        }
    }
}

/// Whether a raw value is blank (empty or only spaces).
pub(crate) fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// A date typed as `YYYY-MM-DD` (what `<input type="date">` gives); `YYYY/MM/DD` and
/// `YYYY.MM.DD` are accepted too. The one reader of dates is
/// [`crate::domain::date::parse_iso`]; this only allows the other separators around it.
///
/// ```
/// use yibao::domain::forms::parse_date;
/// assert!(parse_date("2010-06-01").is_some());
/// assert!(parse_date(" 2010/6/1 ").is_some());
/// assert!(parse_date("2010-02-30").is_none());
/// ```
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim().replace(['/', '.'], "-");
    crate::domain::date::parse_iso(&s)
}

/// A required date, not after `today`.
pub(crate) fn past_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, Reason> {
    if blank(raw) {
        return Err(Reason::Missing);
    }
    match parse_date(raw) {
        Some(date) if date > today => Err(Reason::AfterToday { date, today }),
        Some(date) => Ok(date),
        None => Err(Reason::NotADate),
    }
}

/// The two fields of an identity document: its type and its number.
#[derive(Clone, Copy)]
pub(crate) struct DocFields<F> {
    pub(crate) doc_type: F,
    pub(crate) number: F,
}

/// Parses an identity-document type and number pair: the document where the number is a
/// valid number of the chosen type (or any number of [`IdDocType::Other`]); otherwise the
/// problems go to `out`, on the type or the number field.
pub(crate) fn id_document<F: FormField>(
    fields: DocFields<F>,
    doc: Option<IdDocType>,
    number_raw: &str,
    reference: NaiveDate,
    out: &mut Problems<F>,
) -> Option<IdDocument> {
    if doc.is_none() {
        out.push(fields.doc_type, Reason::NotChosen);
    }
    if blank(number_raw) {
        out.push(fields.number, Reason::IdNumberMissing { doc });
        return None;
    }
    let doc = doc?;
    let Some(kind) = doc.kind() else {
        let number = number_raw.trim();
        if number.chars().count() > 40 {
            out.push(fields.number, Reason::DocNumberTooLong { max: 40 });
            return None;
        }
        return Some(IdDocument::Other { number: number.to_string() });
    };
    match parse_as(kind, number_raw, reference) {
        Ok(info) => {
            // A county code missing from the table, or an old card whose number cannot be
            // checked fully: worth a look, never a block.
            let worth_a_look = |w: &&IdWarning| matches!(w, IdWarning::UnknownCounty { .. } | IdWarning::OldForeignCard);
            if let Some(w) = info.warnings.iter().find(worth_a_look) {
                out.push(fields.number, Reason::IdWarning(w.clone()));
            }
            Some(IdDocument::Checked { doc, info })
        }
        Err(e) => {
            let (field, reason) = why_not(fields, doc, number_raw, e, reference);
            out.push(field, reason);
            None
        }
    }
}

/// Why a number is not a valid number of `doc`'s kind, said most helpfully: an old 15-digit
/// ID number with its 18-character form; a valid number of another accepted type (on the
/// type field); else the number's own error.
fn why_not<F>(fields: DocFields<F>, doc: IdDocType, raw: &str, e: IdError, reference: NaiveDate) -> (F, Reason) {
    if doc == IdDocType::ResidentId {
        if let Ok(IdInfo { converted: Some(converted), .. }) = parse_as(IdKind::ResidentId15, raw, reference) {
            return (fields.number, Reason::Old15Digit { converted });
        }
    }
    if let IdCheck::Valid(info) = crate::domain::id::detect_and_parse(raw, reference) {
        if let Some(other) = IdDocType::of_kind(info.kind).filter(|t| *t != doc) {
            return (fields.doc_type, Reason::OtherDocType(other));
        }
    }
    (fields.number, Reason::Id(e))
}

/// A required free-text field: present, and at most `max` characters; trimmed.
pub(crate) fn text(raw: &str, max: usize) -> Result<String, Reason> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Reason::Missing);
    }
    let found = s.chars().count();
    if found > max {
        return Err(Reason::TooLong { max, found });
    }
    Ok(s.to_string())
}

/// A person's name: present, at most 50 characters, no digits.
pub(crate) fn name(raw: &str) -> Result<String, Reason> {
    let s = text(raw, 50)?;
    if s.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return Err(Reason::DigitsInName);
    }
    Ok(s)
}

/// A required mobile number.
pub(crate) fn mobile(raw: &str) -> Result<Mobile, Reason> {
    if blank(raw) {
        return Err(Reason::Missing);
    }
    crate::domain::id::mobile::parse(raw).map_err(Reason::Id)
}
