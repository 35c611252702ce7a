//! The residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证, issued
//! since 2018).
//!
//! Same structure and check character as the 18-character resident ID, but the first six
//! digits are always 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan). Valid whatever
//! the year of birth.

use chrono::NaiveDate;

use super::checks::{self, check_18, digits_value};
use super::error::IdError;
use super::normalise::compact;
use super::regions::{self, CountyStatus, Division};
use super::{group, mask, IdInfo, IdKind, Sex};

const KIND: IdKind = IdKind::HmtResidencePermit;

/// A valid residence permit number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidencePermit {
    number: [u8; 18],
    birth: NaiveDate,
}

/// Where the holder of a residence permit comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PermitRegion {
    HongKong,
    Macao,
    Taiwan,
}

impl ResidencePermit {
    /// The compact number.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.number).unwrap_or_default()
    }

    /// Hong Kong, Macao or Taiwan.
    pub fn permit_region(&self) -> PermitRegion {
        match self.number[1] {
            b'1' => PermitRegion::HongKong,
            b'2' => PermitRegion::Macao,
            _ => PermitRegion::Taiwan,
        }
    }

    /// The date of birth.
    pub fn birth(&self) -> NaiveDate {
        self.birth
    }

    /// The sex (the 17th digit: odd = male).
    pub fn sex(&self) -> Sex {
        Sex::of_digit(self.number[16])
    }

    /// The region: 810000, 820000 or 830000, with its name.
    pub fn region(&self) -> Division {
        let code = digits_value(&self.number[..6]);
        regions::lookup(code).unwrap_or(Division { code, province: "", city: None, county: None, status: CountyStatus::Current })
    }

    /// Grouped for reading: `810000 19940823 0021`.
    pub fn format(&self) -> String {
        group(self.as_str(), &[6, 8, 4])
    }

    /// Date of birth hidden.
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
            age: Some(checks::age_on(self.birth, reference)),
            sex: Some(self.sex()),
            region: Some(self.region()),
            converted: None,
            warnings: Vec::new(),
        }
    }
}

/// The compact form (see [`super::normalise()`]).
pub fn normalise(input: &str) -> String {
    compact(input).into_owned()
}

fn region_rule(b: &[u8; 18]) -> Result<(), IdError> {
    match &b[..6] {
        b"810000" | b"820000" | b"830000" => Ok(()),
        other => Err(IdError::Region { kind: KIND, code: digits_value(other) }),
    }
}

/// The fast check of an already compact number (no allocation).
pub fn validate_bytes(bytes: &[u8], reference_date: NaiveDate) -> Result<(), IdError> {
    check_18(KIND, bytes, reference_date, region_rule).map(|_| ())
}

/// Checks a residence permit number: length, characters, date, region, check character.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::residence_permit::{parse, PermitRegion};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// assert_eq!(parse("830000199001010039", today).unwrap().permit_region(), PermitRegion::Taiwan);
/// assert_eq!(parse("810001199408230021", today).unwrap_err().code(), "region");
/// ```
pub fn parse(input: &str, reference_date: NaiveDate) -> Result<ResidencePermit, IdError> {
    let s = compact(input);
    if s.is_empty() {
        return Err(IdError::Empty { kind: KIND });
    }
    let (b, birth) = check_18(KIND, s.as_bytes(), reference_date, region_rule)?;
    Ok(ResidencePermit { number: *b, birth })
}

/// Whether `input` is a valid residence permit number.
pub fn is_valid(input: &str, reference_date: NaiveDate) -> bool {
    validate_bytes(compact(input).as_bytes(), reference_date).is_ok()
}

/// The normalised input grouped (6, 8, 4).
pub fn format(input: &str) -> String {
    group(&compact(input), &[6, 8, 4])
}

/// The normalised input with the date of birth hidden.
pub fn masked(input: &str) -> String {
    mask(&compact(input), 6, 4)
}
