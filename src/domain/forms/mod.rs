//! The two registration forms, checked the way people expect (GOV.UK's validation pattern):
//!
//! - [`resident`]: the resident registration form of 甘州区 (区医保发〔2022〕69号 附件1);
//! - [`unit`](mod@unit): the unit portal (单位网厅) registration of 穗医保中管〔2021〕301号 附件.
//!
//! Each form is a struct of the raw strings the user typed (never trimmed away, so the page
//! can always show them again) and a `check(&form, reference_date) -> Vec<FieldError>` that
//! returns the problems **in field order**, at most one per field: the first error of a
//! field, or else its first warning. An [`Severity::Error`] blocks the form; a
//! [`Severity::Warning`] is a plausibility hint that the user may keep.
//!
//! Pure Rust: no leptos, web-sys or gloo. Nothing here logs or stores what was typed.

use chrono::NaiveDate;

use crate::domain::id::{parse_as, IdCheck, IdError, IdInfo, IdKind, IdWarning};
use crate::domain::lang::{Lang, Text};

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

/// A problem with one field: its `id` in the page (the target of the error summary's link),
/// the sentence shown in the summary and beside the field, and how serious it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's id, e.g. `rf-name`; error-summary links point to `#` + this.
    pub field: &'static str,
    /// What is wrong and how to fix it, in both languages.
    pub message: Text,
    pub severity: Severity,
}

impl FieldError {
    /// An error on `field`.
    pub fn error(field: &'static str, zh: impl Into<String>, en: impl Into<String>) -> FieldError {
        FieldError { field, message: Text::new(zh, en), severity: Severity::Error }
    }

    /// A warning on `field`.
    pub fn warning(field: &'static str, zh: impl Into<String>, en: impl Into<String>) -> FieldError {
        FieldError { field, message: Text::new(zh, en), severity: Severity::Warning }
    }

    /// An error on `field` with the message of an identity-number error.
    pub fn from_id_error(field: &'static str, e: &IdError) -> FieldError {
        FieldError::error(field, e.message(Lang::Zh), e.message(Lang::En))
    }

    /// Whether this blocks the form.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Whether any problem in `problems` is an error.
pub fn has_errors(problems: &[FieldError]) -> bool {
    problems.iter().any(FieldError::is_error)
}

/// Collects the problems of a form: at most one per field, the first error of a field
/// winning over its warnings, in the order the fields were visited.
#[derive(Default)]
pub(crate) struct Problems(Vec<FieldError>);

impl Problems {
    pub(crate) fn push(&mut self, p: FieldError) {
        match self.0.iter_mut().find(|x| x.field == p.field) {
            Some(existing) => {
                if !existing.is_error() && p.is_error() {
                    *existing = p;
                }
            }
            None => self.0.push(p),
        }
    }

    pub(crate) fn push_result(&mut self, r: Result<(), FieldError>) {
        if let Err(e) = r {
            self.push(e);
        }
    }

    /// The problems sorted into `order` (field ids in page order).
    pub(crate) fn into_ordered(mut self, order: &[&str]) -> Vec<FieldError> {
        self.0.sort_by_key(|p| order.iter().position(|f| *f == p.field).unwrap_or(usize::MAX));
        self.0
    }
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

    /// The name shown to people.
    pub fn label(self) -> Text {
        match self {
            IdDocType::ResidentId => Text::new("居民身份证", "Resident identity card"),
            IdDocType::HmtResidencePermit => Text::new("港澳台居民居住证", "Residence permit for Hong Kong, Macao and Taiwan residents"),
            IdDocType::ForeignPermanentResident => Text::new("外国人永久居留身份证", "Foreigner's permanent residence ID card"),
            IdDocType::Other => Text::new("其他有效身份证件（如护照）", "Other valid identity document (e.g. passport)"),
        }
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

/// Whether a raw value is blank (empty or only spaces).
pub(crate) fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// A date typed as `YYYY-MM-DD` (what `<input type="date">` gives); `YYYY/MM/DD` and
/// `YYYY.MM.DD` are accepted too.
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

/// Checks an identity-document type and number pair. Returns what the number tells when it
/// is a valid number of the chosen type, `None` when the type is [`IdDocType::Other`] or
/// unknown (its own error is reported on `type_field`).
pub(crate) fn check_id_number(
    type_field: &'static str,
    number_field: &'static str,
    type_raw: &str,
    number_raw: &str,
    whose: (&str, &str),
    reference: NaiveDate,
    out: &mut Problems,
) -> Option<IdInfo> {
    let doc = IdDocType::from_code(type_raw.trim());
    if doc.is_none() {
        out.push(FieldError::error(
            type_field,
            format!("请选择{}的证件类型。", whose.0),
            format!("Choose the type of {} identity document.", whose.1),
        ));
    }
    if blank(number_raw) {
        let (zh, en) = match doc.and_then(IdDocType::kind) {
            Some(kind) => (
                format!("请输入{}的{}，例如 {}。", whose.0, kind_noun_zh(kind), kind.example()),
                format!("Enter {} {}, for example {}.", whose.1, kind_noun_en(kind), kind.example()),
            ),
            None => (format!("请输入{}的证件号码。", whose.0), format!("Enter {} identity document number.", whose.1)),
        };
        out.push(FieldError::error(number_field, zh, en));
        return None;
    }
    let kind = doc?.kind();
    let Some(kind) = kind else {
        if number_raw.trim().chars().count() > 40 {
            out.push(FieldError::error(
                number_field,
                "证件号码过长：请只输入证件上的号码（不超过40个字符）。",
                "The document number is too long: enter only the number on the document (at most 40 characters).",
            ));
        }
        return None;
    };
    match parse_as(kind, number_raw, reference) {
        Ok(info) => {
            // A county code missing from the table, or an old card whose number cannot be
            // checked fully: worth a look, never a block.
            let worth_a_look = |w: &&IdWarning| matches!(w, IdWarning::UnknownCounty { .. } | IdWarning::OldForeignCard);
            if let Some(w) = info.warnings.iter().find(worth_a_look) {
                out.push(FieldError::warning(number_field, w.message(Lang::Zh), w.message(Lang::En)));
            }
            Some(info)
        }
        Err(e) => {
            // An old 15-digit resident ID: forms need the 18-character number.
            if kind == IdKind::ResidentId {
                if let Ok(old) = parse_as(IdKind::ResidentId15, number_raw, reference) {
                    let conv = old.converted.unwrap_or_default();
                    out.push(FieldError::error(
                        number_field,
                        format!("这是旧式15位身份证号码。登记表需要18位号码：对应的18位号码是 {conv}，请核对身份证后填写。"),
                        format!("This is an old 15-digit ID number. The form needs the 18-character number: the matching one is {conv}; check it against the ID card and enter it."),
                    ));
                    return None;
                }
            }
            // A valid number of another accepted type: say which type to choose.
            if let IdCheck::Valid(info) = crate::domain::id::detect_and_parse(number_raw, reference) {
                if let Some(other) = IdDocType::of_kind(info.kind).filter(|t| Some(*t) != doc) {
                    let label = other.label();
                    out.push(FieldError::error(
                        type_field,
                        format!("这个号码是{}号码，请把证件类型改为“{}”，或核对号码。", label.zh, label.zh),
                        format!(
                            "This number belongs to another type of document, “{}”: change the document type to it, or check the number.",
                            label.en
                        ),
                    ));
                    return None;
                }
            }
            out.push(FieldError::from_id_error(number_field, &e));
            None
        }
    }
}

fn kind_noun_zh(kind: IdKind) -> &'static str {
    match kind {
        IdKind::ResidentId => "18位身份证号码",
        IdKind::HmtResidencePermit => "居住证号码",
        IdKind::ForeignPermanentResident => "永久居留身份证号码",
        _ => "证件号码",
    }
}

fn kind_noun_en(kind: IdKind) -> &'static str {
    match kind {
        IdKind::ResidentId => "18-character ID number",
        IdKind::HmtResidencePermit => "residence permit number",
        IdKind::ForeignPermanentResident => "permanent residence ID number",
        _ => "document number",
    }
}

/// Checks a required free-text field: present, and at most `max` characters.
pub(crate) fn check_text(field: &'static str, raw: &str, max: usize, what: (&str, &str)) -> Result<(), FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(FieldError::error(field, format!("请输入{}。", what.0), format!("Enter {}.", what.1)));
    }
    let n = s.chars().count();
    if n > max {
        return Err(FieldError::error(
            field,
            format!("{}不能超过{max}个字，您输入了{n}个。", what.0),
            format!("{} must be {max} characters or fewer; you entered {n}.", crate::domain::lang::capitalise(what.1)),
        ));
    }
    Ok(())
}

/// Checks a person's name: present, at most 50 characters, no digits.
pub(crate) fn check_name(field: &'static str, raw: &str, what: (&str, &str)) -> Result<(), FieldError> {
    check_text(field, raw, 50, what)?;
    if raw.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return Err(FieldError::error(
            field,
            format!("{}不能包含数字。请按证件上的姓名填写。", what.0),
            format!(
                "{} must not contain digits. Enter the name as it is on the identity document.",
                crate::domain::lang::capitalise(what.1)
            ),
        ));
    }
    Ok(())
}

/// Checks a required mobile number.
pub(crate) fn check_mobile(field: &'static str, raw: &str, what: (&str, &str)) -> Result<(), FieldError> {
    if blank(raw) {
        return Err(FieldError::error(
            field,
            format!("请输入{}，例如 13812345678。", what.0),
            format!("Enter {}, for example 13812345678.", what.1),
        ));
    }
    crate::domain::id::mobile::parse(raw).map(|_| ()).map_err(|e| FieldError::from_id_error(field, &e))
}
