//! Mainland China mobile numbers: 11 digits, `1` then `3`-`9`, then 9 digits. A leading
//! `+86` or `86` (the country code), spaces and hyphens are accepted and dropped.

use std::borrow::Cow;

use super::checks::shape_error;
use super::error::IdError;
use super::normalise::compact;
use super::{group, mask, IdInfo, IdKind};

const KIND: IdKind = IdKind::Mobile;

/// A valid mobile number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mobile {
    number: [u8; 11],
}

impl Mobile {
    /// The 11 digits.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.number).unwrap_or_default()
    }

    /// Grouped for reading: `138 1234 5678`.
    pub fn format(&self) -> String {
        group(self.as_str(), &[3, 4, 4])
    }

    /// Middle four digits hidden: `138****5678`.
    pub fn masked(&self) -> String {
        mask(self.as_str(), 3, 4)
    }

    /// The summary the identity-number page shows.
    pub fn info(&self) -> IdInfo {
        IdInfo {
            kind: KIND,
            normalised: self.as_str().to_string(),
            formatted: self.format(),
            masked: self.masked(),
            birth: None,
            age: None,
            sex: None,
            region: None,
            converted: None,
            warnings: Vec::new(),
        }
    }
}

/// The compact national number: separators dropped, a leading `+86`, `0086` or (before 11
/// more characters) `86` removed.
fn national(input: &str) -> Cow<'_, str> {
    let s = compact(input);
    let strip = |p: &str| s.strip_prefix(p).map(str::to_string);
    let stripped = strip("+86").or_else(|| strip("0086")).or_else(|| if s.len() == 13 { strip("86") } else { None });
    match stripped {
        Some(rest) => Cow::Owned(rest),
        None => s,
    }
}

/// The compact 11-digit form.
///
/// ```
/// assert_eq!(yibao::domain::id::mobile::normalise("+86 138-1234-5678"), "13812345678");
/// ```
pub fn normalise(input: &str) -> String {
    national(input).into_owned()
}

/// Checks a mobile number: length, characters, prefix.
///
/// ```
/// use yibao::domain::id::mobile::parse;
/// assert_eq!(parse("8613812345678").unwrap().masked(), "138****5678");
/// assert_eq!(parse("12812345678").unwrap_err().code(), "prefix");
/// ```
pub fn parse(input: &str) -> Result<Mobile, IdError> {
    let s = national(input);
    if s.is_empty() {
        return Err(IdError::Empty { kind: KIND });
    }
    let bytes = s.as_bytes();
    let b: &[u8; 11] = match bytes.try_into() {
        Ok(b) if bytes.iter().all(u8::is_ascii_digit) => b,
        _ => return Err(shape_error(KIND, bytes, 11, |_, c| c.is_ascii_digit())),
    };
    if b[0] != b'1' || !(b'3'..=b'9').contains(&b[1]) {
        return Err(IdError::MobilePrefix { found: [b[0], b[1]] });
    }
    Ok(Mobile { number: *b })
}

/// Whether `input` is a valid mobile number.
pub fn is_valid(input: &str) -> bool {
    parse(input).is_ok()
}

/// The national number grouped (3, 4, 4).
pub fn format(input: &str) -> String {
    group(&national(input), &[3, 4, 4])
}

/// The national number with the middle four digits hidden.
pub fn masked(input: &str) -> String {
    mask(&national(input), 3, 4)
}
