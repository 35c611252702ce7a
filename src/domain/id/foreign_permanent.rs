//! The foreigner's permanent residence ID card (外国人永久居留身份证).
//!
//! - **2023 card** (issued since December 2023): 18 characters — `9`, the 2-digit province
//!   code of the issuing place, a 3-digit nationality code, date of birth `YYYYMMDD`, a 3-digit
//!   sequence (odd = male, as in resident IDs), and a check character computed like the
//!   resident ID's (ISO 7064 MOD 11-2). Everything is checked: length, characters, date,
//!   province, check character.
//! - **Older cards**: 15 characters — 3 letters (the nationality) then 12 digits. Their check
//!   rule is not published, so only the shape can be checked here; a valid result carries
//!   [`IdWarning::OldForeignCard`] saying so, and no date of birth or sex is read.

use chrono::NaiveDate;

use super::checks::{self, check_18, digits_value, shape_error};
use super::error::{IdError, IdWarning};
use super::normalise::compact;
use super::regions::{self, CountyStatus, Division};
use super::{group, mask, IdInfo, IdKind, Sex};

const KIND: IdKind = IdKind::ForeignPermanentResident;

/// A valid foreigner's permanent residence ID number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ForeignPermanentId {
    /// The 2023 18-character number.
    Current { number: [u8; 18], birth: NaiveDate },
    /// An older 15-character number (shape checked only).
    Old { number: [u8; 15] },
}

impl ForeignPermanentId {
    /// The compact number.
    pub fn as_str(&self) -> &str {
        match self {
            ForeignPermanentId::Current { number, .. } => std::str::from_utf8(number).unwrap_or_default(),
            ForeignPermanentId::Old { number } => std::str::from_utf8(number).unwrap_or_default(),
        }
    }

    /// The date of birth (2023 cards only).
    pub fn birth(&self) -> Option<NaiveDate> {
        match self {
            ForeignPermanentId::Current { birth, .. } => Some(*birth),
            ForeignPermanentId::Old { .. } => None,
        }
    }

    /// The sex (2023 cards only; the 17th digit, odd = male).
    pub fn sex(&self) -> Option<Sex> {
        match self {
            ForeignPermanentId::Current { number, .. } => Some(Sex::of_digit(number[16])),
            ForeignPermanentId::Old { .. } => None,
        }
    }

    /// The 3-digit nationality code of a 2023 card (ISO 3166-1 numeric, e.g. 840).
    pub fn nationality_code(&self) -> Option<u32> {
        match self {
            ForeignPermanentId::Current { number, .. } => Some(digits_value(&number[3..6])),
            ForeignPermanentId::Old { .. } => None,
        }
    }

    /// The province where a 2023 card was issued, as a 6-digit code (`xx0000`).
    pub fn region(&self) -> Option<Division> {
        match self {
            ForeignPermanentId::Current { number, .. } => {
                let code = digits_value(&number[1..3]) * 10_000;
                Some(regions::lookup(code).unwrap_or(Division {
                    code,
                    province: "",
                    city: None,
                    county: None,
                    status: CountyStatus::Unknown,
                }))
            }
            ForeignPermanentId::Old { .. } => None,
        }
    }

    /// Grouped for reading: `9 11 840 19800101 0013` or `ABC 1234 5678 9012`.
    pub fn format(&self) -> String {
        match self {
            ForeignPermanentId::Current { .. } => group(self.as_str(), &[1, 2, 3, 8, 4]),
            ForeignPermanentId::Old { .. } => group(self.as_str(), &[3, 4, 4, 4]),
        }
    }

    /// Middle hidden.
    pub fn masked(&self) -> String {
        match self {
            ForeignPermanentId::Current { .. } => mask(self.as_str(), 6, 4),
            ForeignPermanentId::Old { .. } => mask(self.as_str(), 3, 4),
        }
    }

    /// The summary the identity-number page shows.
    pub fn info(&self, reference: NaiveDate) -> IdInfo {
        IdInfo {
            kind: KIND,
            normalised: self.as_str().to_string(),
            formatted: self.format(),
            masked: self.masked(),
            birth: self.birth(),
            age: self.birth().map(|b| checks::age_on(b, reference)),
            sex: self.sex(),
            region: self.region(),
            converted: None,
            warnings: match self {
                ForeignPermanentId::Current { .. } => Vec::new(),
                ForeignPermanentId::Old { .. } => vec![IdWarning::OldForeignCard],
            },
        }
    }
}

/// The compact form (see [`super::normalise()`]).
pub fn normalise(input: &str) -> String {
    compact(input).into_owned()
}

fn region_rule(b: &[u8; 18]) -> Result<(), IdError> {
    let p = digits_value(&b[1..3]);
    if regions::is_resident_id_province(p) {
        Ok(())
    } else {
        Err(IdError::Region { kind: KIND, code: p })
    }
}

/// Checks a foreigner's permanent residence ID number (either form).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::foreign_permanent::parse;
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let id = parse("911840198001010013", today).unwrap();
/// assert_eq!(id.nationality_code(), Some(840));
/// assert!(parse("USA110080101001", today).unwrap().birth().is_none());
/// assert_eq!(parse("911840198001010014", today).unwrap_err().code(), "check");
/// ```
pub fn parse(input: &str, reference_date: NaiveDate) -> Result<ForeignPermanentId, IdError> {
    let s = compact(input);
    if s.is_empty() {
        return Err(IdError::Empty { kind: KIND });
    }
    let bytes = s.as_bytes();
    if bytes.len() == 15 || (bytes.len() != 18 && bytes.first().is_some_and(u8::is_ascii_uppercase)) {
        let old_ok = |i: usize, c: u8| {
            if i < 3 {
                c.is_ascii_uppercase()
            } else {
                c.is_ascii_digit()
            }
        };
        return match <&[u8; 15]>::try_from(bytes) {
            Ok(b) if b.iter().enumerate().all(|(i, &c)| old_ok(i, c)) => Ok(ForeignPermanentId::Old { number: *b }),
            _ => Err(shape_error(KIND, bytes, 15, old_ok)),
        };
    }
    if bytes.len() == 18 && bytes.is_ascii() && bytes[0] != b'9' {
        return Err(IdError::Character { kind: KIND, position: 1, found: bytes[0] as char });
    }
    let (b, birth) = check_18(KIND, bytes, reference_date, region_rule)?;
    Ok(ForeignPermanentId::Current { number: *b, birth })
}

/// Whether `input` is a valid foreigner's permanent residence ID number.
pub fn is_valid(input: &str, reference_date: NaiveDate) -> bool {
    parse(input, reference_date).is_ok()
}

/// The normalised input grouped for reading.
pub fn format(input: &str) -> String {
    let s = compact(input);
    if s.len() == 15 {
        group(&s, &[3, 4, 4, 4])
    } else {
        group(&s, &[1, 2, 3, 8, 4])
    }
}

/// The normalised input with its middle hidden.
pub fn masked(input: &str) -> String {
    let s = compact(input);
    if s.len() == 15 {
        mask(&s, 3, 4)
    } else {
        mask(&s, 6, 4)
    }
}
