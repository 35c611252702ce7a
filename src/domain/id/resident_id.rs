//! The 18-character resident identity card number (居民身份证号码, GB 11643-1999).
//!
//! Layout: 6-digit administrative division code, date of birth `YYYYMMDD`, 3-digit sequence
//! (odd for men, even for women), check character (ISO 7064 MOD 11-2: `0`-`9` or `X`).
//! Checks, in order: length, characters, date of birth (a calendar date, not after the
//! reference date), province (the first two digits), check character. A county code missing
//! from the division table is a warning.

use chrono::NaiveDate;

use super::checks::{self, check_18, digits_value};
use super::error::{IdError, IdWarning};
use super::normalise::compact;
use super::regions::{self, CountyStatus, Division};
use super::{group, mask, IdInfo, IdKind, Sex};

const KIND: IdKind = IdKind::ResidentId;

/// A valid 18-character resident ID number and what it tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidentId {
    number: [u8; 18],
    birth: NaiveDate,
    region: Division,
    warnings: Vec<IdWarning>,
}

impl ResidentId {
    /// The compact number, e.g. `11010519491231002X`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.number).unwrap_or_default()
    }

    /// The date of birth.
    pub fn birth(&self) -> NaiveDate {
        self.birth
    }

    /// The sex (the 17th digit: odd = male).
    pub fn sex(&self) -> Sex {
        Sex::of_digit(self.number[16])
    }

    /// The exact age on `reference` (see [`checks::age_on`]).
    pub fn age_on(&self, reference: NaiveDate) -> u32 {
        checks::age_on(self.birth, reference)
    }

    /// The region of the first six digits.
    pub fn region(&self) -> &Division {
        &self.region
    }

    /// Warnings (an unknown or abolished county code).
    pub fn warnings(&self) -> &[IdWarning] {
        &self.warnings
    }

    /// Grouped for reading: `110105 19491231 002X`.
    pub fn format(&self) -> String {
        group(self.as_str(), &[6, 8, 4])
    }

    /// Birth date hidden: `110105********002X`.
    pub fn masked(&self) -> String {
        mask(self.as_str(), 6, 4)
    }

    /// The summary the identity-number page shows.
    pub fn info(&self, reference: NaiveDate) -> IdInfo {
        IdInfo {
            kind: KIND,
            normalised: self.as_str().to_string(),
            formatted: self.format(),
            masked: self.masked(),
            birth: Some(self.birth),
            age: Some(self.age_on(reference)),
            sex: Some(self.sex()),
            region: Some(self.region.clone()),
            converted: None,
            warnings: self.warnings.clone(),
        }
    }
}

/// The compact form: spaces and hyphens dropped, full-width characters narrowed, `x` → `X`.
///
/// ```
/// assert_eq!(yibao::domain::id::resident_id::normalise("110105 19491231 002x"), "11010519491231002X");
/// ```
pub fn normalise(input: &str) -> String {
    compact(input).into_owned()
}

/// The province rule of resident IDs: a mainland or Taiwan province code (81, 82 and 83
/// start residence permit numbers instead).
fn region_rule(kind: IdKind) -> impl Fn(&[u8; 18]) -> Result<(), IdError> {
    move |b| {
        let p = digits_value(&b[..2]);
        if regions::is_resident_id_province(p) {
            Ok(())
        } else {
            Err(IdError::Region { kind, code: p })
        }
    }
}

/// The fast check of an already compact number (ASCII, upper-case `X`): no allocation, no
/// region names. For rosters: a million numbers in well under a second.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::resident_id::validate_bytes;
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// assert!(validate_bytes(b"11010519491231002X", today).is_ok());
/// assert_eq!(validate_bytes(b"11010519491231002x", today).unwrap_err().code(), "character");
/// ```
#[inline]
pub fn validate_bytes(bytes: &[u8], reference_date: NaiveDate) -> Result<(), IdError> {
    check_18(KIND, bytes, reference_date, region_rule(KIND)).map(|_| ())
}

/// The warning for a county code the table does not know or knows as abolished.
pub(crate) fn county_warning(region: &Division) -> Option<IdWarning> {
    match region.status {
        CountyStatus::Current => None,
        CountyStatus::Abolished { last_year } => {
            Some(IdWarning::AbolishedCounty { code: region.code, name: region.county.unwrap_or_default(), last_year })
        }
        CountyStatus::Unknown => Some(IdWarning::UnknownCounty { code: region.code }),
    }
}

/// Checks an 18-character resident ID number and reads it.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::{resident_id, Sex};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let id = resident_id::parse("11010519491231002X", today).unwrap();
/// assert_eq!(id.birth(), NaiveDate::from_ymd_opt(1949, 12, 31).unwrap());
/// assert_eq!(id.sex(), Sex::Female);
/// assert_eq!(id.region().full_name(), "北京市朝阳区");
/// assert_eq!(id.age_on(today), 76);
/// assert_eq!(resident_id::parse("110105199902300011", today).unwrap_err().code(), "date");
/// ```
pub fn parse(input: &str, reference_date: NaiveDate) -> Result<ResidentId, IdError> {
    let s = compact(input);
    if s.is_empty() {
        return Err(IdError::Empty { kind: KIND });
    }
    let (b, birth) = check_18(KIND, s.as_bytes(), reference_date, region_rule(KIND))?;
    Ok(read(b, birth))
}

/// Reads a checked number.
fn read(b: &[u8; 18], birth: NaiveDate) -> ResidentId {
    let code = digits_value(&b[..6]);
    let region = regions::lookup(code).unwrap_or(Division { code, province: "", city: None, county: None, status: CountyStatus::Unknown });
    let warnings = county_warning(&region).into_iter().collect();
    ResidentId { number: *b, birth, region, warnings }
}

/// Whether `input` is a valid 18-character resident ID number on `reference_date`.
/// Allocates only when `input` is not already compact.
///
/// ```
/// use chrono::NaiveDate;
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// assert!(yibao::domain::id::resident_id::is_valid("11010519491231002x", today));
/// assert!(!yibao::domain::id::resident_id::is_valid("110105194912310021", today));
/// ```
pub fn is_valid(input: &str, reference_date: NaiveDate) -> bool {
    validate_bytes(compact(input).as_bytes(), reference_date).is_ok()
}

/// The normalised input grouped for reading (6, 8, 4), whether or not it is valid.
///
/// ```
/// assert_eq!(yibao::domain::id::resident_id::format("11010519491231002x"), "110105 19491231 002X");
/// ```
pub fn format(input: &str) -> String {
    group(&compact(input), &[6, 8, 4])
}

/// The normalised input with the date of birth hidden: `110105********002X`.
///
/// ```
/// assert_eq!(yibao::domain::id::resident_id::masked("11010519491231002X"), "110105********002X");
/// ```
pub fn masked(input: &str) -> String {
    mask(&compact(input), 6, 4)
}
