//! The unified social credit code (统一社会信用代码, GB 32100-2015) of employers, schools
//! and other organisations.
//!
//! Layout: registration authority (1 character: `1`-`9`, `A`, `N`, `Y`), organisation type
//! (1), division code of the registering office (6 digits), organisation code (9), check
//! character (1). The alphabet is `0-9 A-H J-N P-R T-U W-Y` (31 characters: no I, O, Z, S,
//! V); the check character makes the weighted sum (weights 3^i mod 31: 1 3 9 27 19 26 16 17
//! 20 29 25 13 8 24 10 30 28) a multiple of 31. Checks, in order: length, characters
//! (the alphabet, then the registration authority, then digits in the division code), check
//! character. A division code missing from the table
//! is a warning.

use super::checks::shape_error;
use super::error::{IdError, IdWarning};
use super::normalise::compact;
use super::regions;
use super::{group, IdInfo, IdKind};

const KIND: IdKind = IdKind::Uscc;

/// The 31 characters of the code, in value order.
pub const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// The value of a character of the alphabet (0..31), or `None`.
#[inline]
pub fn value(c: u8) -> Option<u32> {
    let v = match c {
        b'0'..=b'9' => c - b'0',
        b'A'..=b'H' => c - b'A' + 10,
        b'J'..=b'N' => c - b'J' + 18,
        b'P'..=b'R' => c - b'P' + 23,
        b'T' | b'U' => c - b'T' + 26,
        b'W'..=b'Y' => c - b'W' + 28,
        _ => return None,
    };
    Some(v as u32)
}

/// The check character of the first 17 characters (which must be in the alphabet).
///
/// ```
/// use yibao::domain::id::uscc::check_character;
/// assert_eq!(check_character(b"91350100M000100Y4"), Some(b'3'));
/// ```
pub fn check_character(head: &[u8; 17]) -> Option<u8> {
    let mut sum = 0;
    for (i, &c) in head.iter().enumerate() {
        sum += value(c)? * WEIGHTS[i];
    }
    Some(ALPHABET[((31 - sum % 31) % 31) as usize])
}

/// A valid unified social credit code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uscc {
    code: [u8; 18],
}

impl Uscc {
    /// The compact code.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.code).unwrap_or_default()
    }

    /// The registration authority character (`9` = market regulation, …).
    pub fn authority(&self) -> char {
        self.code[0] as char
    }

    /// The 6-digit division code of the registering office.
    pub fn division_code(&self) -> Option<u32> {
        std::str::from_utf8(&self.code[2..8]).ok()?.parse().ok()
    }

    /// Whether the organisation code inside (characters 9-17) has a valid GB 11714 check
    /// character (weights 3 7 9 10 5 8 4 2, mod 11; 10 → `X`). Real codes have one; it is
    /// not required by [`parse`] but helps tell an all-digit code from a mistyped ID number.
    ///
    /// ```
    /// assert!(yibao::domain::id::uscc::parse("91350100M000100Y43").unwrap().organisation_check_ok());
    /// ```
    pub fn organisation_check_ok(&self) -> bool {
        const W: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
        let org = &self.code[8..17];
        let mut sum = 0;
        for (i, &c) in org[..8].iter().enumerate() {
            let v = match c {
                b'0'..=b'9' => c - b'0',
                b'A'..=b'Z' => c - b'A' + 10,
                _ => return false,
            };
            sum += v as u32 * W[i];
        }
        let expected = match 11 - sum % 11 {
            10 => b'X',
            11 => b'0',
            n => b'0' + n as u8,
        };
        org[8] == expected
    }

    /// Grouped for reading: `91 350100 M000100Y4 3`.
    pub fn format(&self) -> String {
        group(self.as_str(), &[2, 6, 9, 1])
    }

    /// The code is public (it is printed on the business licence), so nothing is hidden.
    pub fn masked(&self) -> String {
        self.as_str().to_string()
    }

    /// The warnings: a division code not in the table.
    pub fn warnings(&self) -> Vec<IdWarning> {
        match self.division_code() {
            Some(code) if regions::lookup(code).is_some_and(|r| r.status != regions::CountyStatus::Unknown) => Vec::new(),
            // National-level registrations use 100000.
            Some(100000) => Vec::new(),
            Some(code) => vec![IdWarning::UsccRegionUnknown { code }],
            None => Vec::new(),
        }
    }

    /// The summary the identity-number page shows (no birth, sex or region for organisations;
    /// the division code is a warning only).
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
            warnings: self.warnings(),
        }
    }
}

/// The compact form (see [`super::normalise()`]).
pub fn normalise(input: &str) -> String {
    compact(input).into_owned()
}

/// The fast check of an already compact code (no allocation).
///
/// ```
/// assert!(yibao::domain::id::uscc::validate_bytes(b"91350100M000100Y43").is_ok());
/// ```
pub fn validate_bytes(bytes: &[u8]) -> Result<&[u8; 18], IdError> {
    let ok = |_: usize, c: u8| value(c).is_some();
    let b = match <&[u8; 18]>::try_from(bytes) {
        Ok(b) if b.iter().all(|&c| value(c).is_some()) => b,
        _ => {
            let e = shape_error(KIND, bytes, 18, ok);
            // A wrong first character is the registration authority.
            return Err(match e {
                IdError::Character { position: 1, found, .. } => IdError::UsccAuthority { found },
                e => e,
            });
        }
    };
    if !matches!(b[0], b'1'..=b'9' | b'A' | b'N' | b'Y') {
        return Err(IdError::UsccAuthority { found: b[0] as char });
    }
    if let Some(i) = (2..8).find(|&i| !b[i].is_ascii_digit()) {
        return Err(IdError::Character { kind: KIND, position: i + 1, found: b[i] as char });
    }
    let head: &[u8; 17] = b[..17].try_into().map_err(|_| IdError::Check { kind: KIND })?;
    if check_character(head) != Some(b[17]) {
        return Err(IdError::Check { kind: KIND });
    }
    Ok(b)
}

/// Checks a unified social credit code.
///
/// ```
/// use yibao::domain::id::uscc::parse;
/// assert_eq!(parse("91350100M000100Y43").unwrap().division_code(), Some(350100));
/// assert_eq!(parse("91350100M000100Y44").unwrap_err().code(), "check");
/// assert_eq!(parse("91350100M000100I43").unwrap_err().code(), "character");
/// ```
pub fn parse(input: &str) -> Result<Uscc, IdError> {
    let s = compact(input);
    if s.is_empty() {
        return Err(IdError::Empty { kind: KIND });
    }
    validate_bytes(s.as_bytes()).map(|b| Uscc { code: *b })
}

/// Whether `input` is a valid unified social credit code.
pub fn is_valid(input: &str) -> bool {
    validate_bytes(compact(input).as_bytes()).is_ok()
}

/// The normalised input grouped (2, 6, 9, 1).
pub fn format(input: &str) -> String {
    group(&compact(input), &[2, 6, 9, 1])
}

/// The normalised input (the code is public).
pub fn masked(input: &str) -> String {
    normalise(input)
}
