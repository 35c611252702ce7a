//! The old 15-digit resident identity card number (issued until 1999).
//!
//! Layout: 6-digit division code, date of birth `YYMMDD` (always 19YY), 3-digit sequence.
//! There is no check character, so a mistyped digit cannot be detected: a valid number
//! always carries the [`IdWarning::Old15Digit`] warning with its 18-character form (insert
//! `19` before the year and compute the check character).

use chrono::NaiveDate;

use super::checks::{self, digits_value, mod11_2_check, shape_error};
use super::error::{IdError, IdWarning};
use super::normalise::compact;
use super::regions;
use super::resident_id::{self, ResidentId};
use super::{group, mask, IdInfo, IdKind};

const KIND: IdKind = IdKind::ResidentId15;

/// A valid 15-digit number with its 18-character form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidentId15 {
    number: [u8; 15],
    converted: ResidentId,
}

impl ResidentId15 {
    /// The compact 15-digit number.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.number).unwrap_or_default()
    }

    /// The 18-character number it becomes.
    pub fn to_18(&self) -> &ResidentId {
        &self.converted
    }

    /// Grouped for reading: `110105 491231 002`.
    pub fn format(&self) -> String {
        group(self.as_str(), &[6, 6, 3])
    }

    /// Date of birth hidden: `110105******002`.
    pub fn masked(&self) -> String {
        mask(self.as_str(), 6, 3)
    }

    /// The summary the identity-number page shows: birth, sex and region as for the
    /// 18-character form, with the conversion as a warning.
    pub fn info(&self, reference: NaiveDate) -> IdInfo {
        let mut info = self.converted.info(reference);
        let converted = self.converted.as_str().to_string();
        info.kind = KIND;
        info.normalised = self.as_str().to_string();
        info.formatted = self.format();
        info.masked = self.masked();
        info.warnings.insert(0, IdWarning::Old15Digit { converted: converted.clone() });
        info.converted = Some(converted);
        info
    }
}

/// The compact form (see [`super::normalise()`]).
pub fn normalise(input: &str) -> String {
    compact(input).into_owned()
}

/// The 18-character form of a 15-digit number's digits: `19` inserted before the year and
/// the check character appended. The 15 bytes must be ASCII digits.
///
/// ```
/// use yibao::domain::id::resident_id_15::to_18_bytes;
/// assert_eq!(&to_18_bytes(b"110105491231002"), b"11010519491231002X");
/// ```
pub fn to_18_bytes(b: &[u8; 15]) -> [u8; 18] {
    let mut head = [0u8; 17];
    head[..6].copy_from_slice(&b[..6]);
    head[6..8].copy_from_slice(b"19");
    head[8..].copy_from_slice(&b[6..]);
    let mut out = [0u8; 18];
    out[..17].copy_from_slice(&head);
    out[17] = mod11_2_check(&head);
    out
}

/// Checks a 15-digit number: length, characters, date (19YYMMDD), province.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::id::resident_id_15;
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let id = resident_id_15::parse("110105 491231 002", today).unwrap();
/// assert_eq!(id.to_18().as_str(), "11010519491231002X");
/// assert_eq!(resident_id_15::parse("110105490230002", today).unwrap_err().code(), "date");
/// ```
pub fn parse(input: &str, reference_date: NaiveDate) -> Result<ResidentId15, IdError> {
    let s = compact(input);
    if s.is_empty() {
        return Err(IdError::Empty { kind: KIND });
    }
    let bytes = s.as_bytes();
    let b: &[u8; 15] = match bytes.try_into() {
        Ok(b) if bytes.iter().all(u8::is_ascii_digit) => b,
        _ => return Err(shape_error(KIND, bytes, 15, |_, c| c.is_ascii_digit())),
    };
    let full = to_18_bytes(b);
    match checks::check_birth_yyyymmdd(KIND, &full[6..14], reference_date) {
        Err(IdError::Date { .. }) => return Err(IdError::Date { kind: KIND, digits: digits_value(&b[6..12]) }),
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    let p = digits_value(&b[..2]);
    if !(regions::is_resident_id_province(p)) {
        return Err(IdError::Region { kind: KIND, code: p });
    }
    // The converted number passes every check by construction.
    let converted = resident_id::parse(std::str::from_utf8(&full).unwrap_or_default(), reference_date)?;
    Ok(ResidentId15 { number: *b, converted })
}

/// Whether `input` is a valid 15-digit number.
pub fn is_valid(input: &str, reference_date: NaiveDate) -> bool {
    parse(input, reference_date).is_ok()
}

/// The normalised input grouped (6, 6, 3).
pub fn format(input: &str) -> String {
    group(&compact(input), &[6, 6, 3])
}

/// The normalised input with the date of birth hidden.
pub fn masked(input: &str) -> String {
    mask(&compact(input), 6, 3)
}
