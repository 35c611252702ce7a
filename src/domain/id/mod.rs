//! Identity numbers: one module per format, each with the same small API.
//!
//! | module | number | [`IdKind`] code |
//! |---|---|---|
//! | [`resident_id`] | 18-character resident ID (GB 11643-1999) | `resident-id` |
//! | [`resident_id_15`] | old 15-digit resident ID | `resident-id-15` |
//! | [`residence_permit`] | HK/Macao/Taiwan residents' residence permit | `hmt-residence-permit` |
//! | [`foreign_permanent`] | foreigner's permanent residence ID (2023 18-character, older 15) | `foreign-permanent-resident` |
//! | [`uscc`] | unified social credit code (GB 32100-2015) | `uscc` |
//! | [`mobile`] | mainland mobile number | `mobile` |
//! | [`portal`] | the unit portal's account name and password rules | — |
//! | [`validity`] | an ID card's validity period | — |
//!
//! Each number module has `normalise(&str) -> String`, `parse(&str, …) -> Result<T, IdError>`
//! (a typed value, or the first failed check), `is_valid`, `format` and `masked`.
//! [`detect_and_parse`] picks the format from the input's shape: it is what the identity
//! number page calls.
//!
//! Input is forgiving ([`compact()`], [`normalise`]): spaces, hyphens, lowercase letters and full-width
//! characters are accepted and the normalised form is shown. Checks run in a fixed order —
//! length, characters, date, region, check character — with one specific [`IdError`] each.
//! Messages never suggest a check character. A county code missing from the embedded
//! division table ([`regions`]) is an [`IdWarning`], never a rejection.

use chrono::NaiveDate;

pub mod checks;
pub mod error;
pub mod foreign_permanent;
pub mod mobile;
pub mod normalise;
pub mod portal;
pub mod regions;
pub mod residence_permit;
pub mod resident_id;
pub mod resident_id_15;
pub mod uscc;
pub mod validity;

pub use error::{IdError, IdWarning};
pub use regions::{CountyStatus, Division};

/// The kinds of number the identity-number page recognises, with their `data-kind` codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum IdKind {
    /// 18-character resident identity card number (居民身份证号码).
    ResidentId,
    /// Old 15-digit resident identity card number.
    ResidentId15,
    /// Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证).
    HmtResidencePermit,
    /// Foreigner's permanent residence ID card (外国人永久居留身份证).
    ForeignPermanentResident,
    /// Unified social credit code (统一社会信用代码).
    Uscc,
    /// Mainland mobile number (手机号码).
    Mobile,
}

impl IdKind {
    /// Every kind.
    pub const ALL: [IdKind; 6] = [
        IdKind::ResidentId,
        IdKind::ResidentId15,
        IdKind::HmtResidencePermit,
        IdKind::ForeignPermanentResident,
        IdKind::Uscc,
        IdKind::Mobile,
    ];

    /// The `data-kind` code.
    ///
    /// ```
    /// use yibao::domain::id::IdKind;
    /// assert_eq!(IdKind::HmtResidencePermit.code(), "hmt-residence-permit");
    /// assert_eq!(IdKind::from_code("uscc"), Some(IdKind::Uscc));
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            IdKind::ResidentId => "resident-id",
            IdKind::ResidentId15 => "resident-id-15",
            IdKind::HmtResidencePermit => "hmt-residence-permit",
            IdKind::ForeignPermanentResident => "foreign-permanent-resident",
            IdKind::Uscc => "uscc",
            IdKind::Mobile => "mobile",
        }
    }

    /// The kind of a `data-kind` code; `None` for an unknown code.
    pub fn from_code(code: &str) -> Option<IdKind> {
        IdKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The usual number of characters.
    pub fn length(self) -> usize {
        match self {
            IdKind::ResidentId15 => 15,
            IdKind::Mobile => 11,
            _ => 18,
        }
    }

    /// A valid example.
    pub fn example(self) -> &'static str {
        match self {
            IdKind::ResidentId => "11010519491231002X",
            IdKind::ResidentId15 => "110105491231002",
            IdKind::HmtResidencePermit => "810000199408230021",
            IdKind::ForeignPermanentResident => "911840198001010013",
            IdKind::Uscc => "91350100M000100Y43",
            IdKind::Mobile => "13812345678",
        }
    }

    /// The 1-based positions of the date of birth.
    pub fn date_positions(self) -> (usize, usize) {
        match self {
            IdKind::ResidentId15 => (7, 12),
            _ => (7, 14),
        }
    }
}

/// Sex, read from the sequence number (odd = male, even = female).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// The `data-sex` code: `male` or `female`.
    pub fn code(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }

    /// Both, in the order forms offer them.
    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];

    /// The sex of a `data-sex` code; `None` for anything else.
    ///
    /// ```
    /// use yibao::domain::id::Sex;
    /// assert_eq!(Sex::from_code("female"), Some(Sex::Female));
    /// assert_eq!(Sex::from_code("女"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Sex> {
        Sex::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The sex of an ASCII sequence digit.
    pub(crate) fn of_digit(d: u8) -> Sex {
        if d % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }
}

/// What a valid number tells, in one shape for every kind: what the identity-number page
/// shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdInfo {
    pub kind: IdKind,
    /// The compact form (no spaces, upper case), e.g. `11010519491231002X`.
    pub normalised: String,
    /// Grouped for reading, e.g. `110105 19491231 002X`.
    pub formatted: String,
    /// For display where the number should not be shown in full, e.g. `110105********002X`.
    pub masked: String,
    pub birth: Option<NaiveDate>,
    /// Exact age in whole years on the reference date (see [`checks::age_on`]).
    pub age: Option<u32>,
    pub sex: Option<Sex>,
    pub region: Option<Division>,
    /// The 18-character form of an old 15-digit number.
    pub converted: Option<String>,
    pub warnings: Vec<IdWarning>,
}

impl IdInfo {
    /// The `data-birth` value, `YYYY-MM-DD`.
    pub fn data_birth(&self) -> Option<String> {
        self.birth.map(crate::domain::date::iso)
    }

    /// The `data-region` value, the 6-digit code.
    pub fn data_region(&self) -> Option<String> {
        self.region.as_ref().map(|r| format!("{:06}", r.code))
    }
}

/// The outcome of [`detect_and_parse`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdCheck {
    /// A valid number and what it tells.
    Valid(IdInfo),
    /// The first failed check, for the kind the input looked like.
    Invalid { kind: IdKind, normalised: String, error: IdError },
}

impl IdCheck {
    /// The kind recognised or guessed (`data-kind`).
    pub fn kind(&self) -> IdKind {
        match self {
            IdCheck::Valid(info) => info.kind,
            IdCheck::Invalid { kind, .. } => *kind,
        }
    }

    /// `data-valid`.
    pub fn is_valid(&self) -> bool {
        matches!(self, IdCheck::Valid(_))
    }

    /// The normalised input.
    pub fn normalised(&self) -> &str {
        match self {
            IdCheck::Valid(info) => &info.normalised,
            IdCheck::Invalid { normalised, .. } => normalised,
        }
    }

    /// The details of a valid number.
    pub fn info(&self) -> Option<&IdInfo> {
        match self {
            IdCheck::Valid(info) => Some(info),
            IdCheck::Invalid { .. } => None,
        }
    }

    /// The error of an invalid number.
    pub fn error(&self) -> Option<&IdError> {
        match self {
            IdCheck::Valid(_) => None,
            IdCheck::Invalid { error, .. } => Some(error),
        }
    }

    /// `data-birth` (`YYYY-MM-DD`), where it can be read.
    pub fn data_birth(&self) -> Option<String> {
        self.info().and_then(IdInfo::data_birth)
    }

    /// `data-sex` (`male`/`female`), where it can be read.
    pub fn data_sex(&self) -> Option<&'static str> {
        self.info().and_then(|i| i.sex).map(Sex::code)
    }

    /// `data-region` (6 digits), where it can be read.
    pub fn data_region(&self) -> Option<String> {
        self.info().and_then(IdInfo::data_region)
    }
}

/// The compact form of any identity number: spaces and hyphens dropped, full-width
/// characters narrowed, letters in upper case.
///
/// ```
/// assert_eq!(yibao::domain::id::compact("１１０１０５ １９４９１２３１ ００２ｘ"), "11010519491231002X");
/// ```
pub fn compact(input: &str) -> String {
    normalise::compact(input).into_owned()
}

/// How an 18-character input relates to the shape of an ID number (17 digits, then a digit
/// or `X`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum IdShape {
    /// Not ID-like: a credit code.
    No,
    /// ID-shaped, or one letter among the first 17: a credit code read instead carries the
    /// `looks-like-id` warning.
    Close,
    /// 17 digits then a letter other than X: a credit code's check character, most likely.
    LetterLast,
}

/// The kinds a compact input could be, most likely first, and for 18 characters how close
/// it is to an ID number.
fn candidates(s: &str) -> (&'static [IdKind], IdShape) {
    use IdKind::*;
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let letters = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_uppercase));
    let kinds: &'static [IdKind] = match b.len() {
        _ if s.starts_with('+') => &[Mobile],
        13 if s.starts_with("86") && digits(0..13) => &[Mobile],
        11 if b[0] == b'1' => &[Mobile],
        15 if letters(0..3) => &[ForeignPermanentResident],
        15 if digits(0..15) => &[ResidentId15],
        18 => {
            let stray = b[..17].iter().filter(|c| !c.is_ascii_digit()).count();
            let last_ok = b[17].is_ascii_digit() || b[17] == b'X';
            let shape = match (stray, last_ok, b[17].is_ascii_uppercase()) {
                (0 | 1, true, _) => IdShape::Close,
                (0, false, true) => IdShape::LetterLast,
                _ => return (&[Uscc], IdShape::No),
            };
            let kinds: &'static [IdKind] = match b[..2] {
                [b'9', _] => &[ForeignPermanentResident, Uscc],
                [b'8', b'1'..=b'3'] => &[HmtResidencePermit, Uscc],
                _ => &[ResidentId, Uscc],
            };
            return (kinds, shape);
        }
        // Not a known length: guess from what is there.
        _ if b.iter().any(|c| c.is_ascii_uppercase() && *c != b'X') && (16..=20).contains(&b.len()) => &[Uscc],
        9..=13 if b[0] == b'1' && digits(0..b.len()) => &[Mobile],
        _ => &[ResidentId],
    };
    (kinds, IdShape::No)
}

/// Recognises the kind of number from the input's shape and checks it.
///
/// Shapes: 11 digits starting with 1 (or a leading `+86`/`86`) → mobile; 15 digits → old
/// resident ID; 15 characters starting with 3 letters → older foreigner's card; 18 characters that are an ID
/// number but for at most one character → resident ID, or a residence permit (starting 81,
/// 82, 83), or a foreigner's 2023 card (starting 9); other 18-character codes → unified
/// social credit code. Anything else is reported as a resident ID of the wrong length.
///
/// An ID-like input is read as a credit code instead only when the ID reading fails on a
/// character, the date or the region (never on the check character alone) and the credit
/// code checks with a known division code and a valid organisation code; unless its last
/// character is a letter, it then carries the `looks-like-id` warning. So a mistyped ID
/// number is never reported as a valid ID number, and practically never as a valid credit
/// code without a warning.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::{detect_and_parse, IdKind};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let c = detect_and_parse("11010519491231002x", today);
/// assert!(c.is_valid());
/// assert_eq!(c.kind(), IdKind::ResidentId);
/// assert_eq!(c.data_birth().as_deref(), Some("1949-12-31"));
/// assert_eq!(c.data_sex(), Some("female"));
/// assert_eq!(c.data_region().as_deref(), Some("110105"));
///
/// let c = detect_and_parse("11010519491231002", today);
/// assert_eq!(c.error().unwrap().code(), "length");
/// assert_eq!(detect_and_parse("91350100M000100Y43", today).kind(), IdKind::Uscc);
/// ```
pub fn detect_and_parse(input: &str, reference_date: NaiveDate) -> IdCheck {
    let s = normalise::compact(input);
    if s.is_empty() {
        return IdCheck::Invalid {
            kind: IdKind::ResidentId,
            normalised: String::new(),
            error: IdError::Empty { kind: IdKind::ResidentId },
        };
    }
    let (kinds, shape) = candidates(&s);
    let error = match parse_as(kinds[0], &s, reference_date) {
        Ok(info) => return IdCheck::Valid(info),
        Err(e) => e,
    };
    // The ID reading failed on a character, the date or the region: never on the length,
    // nor on the check character alone.
    let failed_inside = matches!(
        error,
        IdError::Date { .. }
            | IdError::FutureDate { .. }
            | IdError::Region { .. }
            | IdError::Character { .. }
            | IdError::UsccAuthority { .. }
    );
    if kinds.get(1) == Some(&IdKind::Uscc) && failed_inside {
        if let Ok(code) = uscc::parse(&s) {
            let mut info = code.info();
            if info.warnings.is_empty() && code.organisation_check_ok() {
                if shape == IdShape::Close {
                    info.warnings.push(IdWarning::LooksLikeMistypedId { kind: kinds[0] });
                }
                return IdCheck::Valid(info);
            }
        }
    }
    IdCheck::Invalid { kind: kinds[0], normalised: s.into_owned(), error }
}

/// Checks `input` as a number of `kind`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::{parse_as, IdKind};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let info = parse_as(IdKind::ResidentId15, "110105491231002", today).unwrap();
/// assert_eq!(info.converted.as_deref(), Some("11010519491231002X"));
/// ```
pub fn parse_as(kind: IdKind, input: &str, reference_date: NaiveDate) -> Result<IdInfo, IdError> {
    match kind {
        IdKind::ResidentId => resident_id::parse(input, reference_date).map(|v| v.info(reference_date)),
        IdKind::ResidentId15 => resident_id_15::parse(input, reference_date).map(|v| v.info(reference_date)),
        IdKind::HmtResidencePermit => residence_permit::parse(input, reference_date).map(|v| v.info(reference_date)),
        IdKind::ForeignPermanentResident => foreign_permanent::parse(input, reference_date).map(|v| v.info(reference_date)),
        IdKind::Uscc => uscc::parse(input).map(|v| v.info()),
        IdKind::Mobile => mobile::parse(input).map(|v| v.info()),
    }
}

/// `s` with characters `keep_start..len-keep_end` replaced by `*`.
pub(crate) fn mask(s: &str, keep_start: usize, keep_end: usize) -> String {
    let n = s.chars().count();
    s.chars().enumerate().map(|(i, c)| if i < keep_start || i + keep_end >= n { c } else { '*' }).collect()
}

/// `s` split into groups of the given sizes, joined by spaces (the rest in a last group).
pub(crate) fn group(s: &str, sizes: &[usize]) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + sizes.len());
    let mut at = 0;
    for &n in sizes {
        if at >= chars.len() {
            break;
        }
        if at > 0 {
            out.push(' ');
        }
        out.extend(&chars[at..(at + n).min(chars.len())]);
        at += n;
    }
    if at < chars.len() {
        if at > 0 {
            out.push(' ');
        }
        out.extend(&chars[at..]);
    }
    out
}
