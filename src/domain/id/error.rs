//! The one error type of identity numbers, and the warnings a valid number can carry: typed
//! decisions carrying their data. [`crate::words::id`] words them, in full sentences in
//! Chinese and English that say what to do, and never suggests a check character (a typo
//! elsewhere in the number would then turn into a valid-looking wrong number).

use chrono::NaiveDate;

use super::IdKind;

/// Why an identity number was rejected.
///
/// Checks run in a fixed order — length, characters, date, region, check character — and the
/// first failure is the one reported. [`IdError::code`] is a stable machine code for tests
/// and the page's `data-code`; [`crate::words::id::error`] is the sentence shown to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum IdError {
    /// Nothing was entered.
    Empty { kind: IdKind },
    /// The number has the wrong number of characters (after spaces and hyphens are dropped).
    Length { kind: IdKind, found: usize },
    /// A character that cannot appear at that position (1-based).
    Character { kind: IdKind, position: usize, found: char },
    /// The date of birth is not a calendar date (`digits` is what was entered: 8 digits,
    /// or 6 for 15-digit numbers, at [`IdKind::date_positions`]).
    Date { kind: IdKind, digits: u32 },
    /// The date of birth is after the reference date (today).
    FutureDate { kind: IdKind, birth: NaiveDate, reference: NaiveDate },
    /// The region code does not exist: the 2-digit province code, or for a residence permit
    /// the 6-digit code of Hong Kong, Macao or Taiwan.
    Region { kind: IdKind, code: u32 },
    /// The check character does not match the other characters.
    Check { kind: IdKind },
    /// A mobile number that does not start with 13 to 19.
    MobilePrefix { found: [u8; 2] },
    /// The first character of a unified social credit code is not a registration authority.
    UsccAuthority { found: char },
}

impl IdError {
    /// The stable machine code (`data-code` on the identity-number page): `empty`, `length`,
    /// `character`, `date`, `future-date`, `region`, `check` or `prefix`.
    ///
    /// ```
    /// use yibao::domain::id::{error::IdError, IdKind};
    /// assert_eq!(IdError::Check { kind: IdKind::ResidentId }.code(), "check");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            IdError::Empty { .. } => "empty",
            IdError::Length { .. } => "length",
            IdError::Character { .. } | IdError::UsccAuthority { .. } => "character",
            IdError::Date { .. } => "date",
            IdError::FutureDate { .. } => "future-date",
            IdError::Region { .. } => "region",
            IdError::Check { .. } => "check",
            IdError::MobilePrefix { .. } => "prefix",
        }
    }

    /// The kind of number the error is about.
    ///
    /// ```
    /// use yibao::domain::id::{error::IdError, IdKind};
    /// assert_eq!(IdError::MobilePrefix { found: *b"12" }.kind(), IdKind::Mobile);
    /// ```
    pub fn kind(&self) -> IdKind {
        match *self {
            IdError::Empty { kind }
            | IdError::Length { kind, .. }
            | IdError::Character { kind, .. }
            | IdError::Date { kind, .. }
            | IdError::FutureDate { kind, .. }
            | IdError::Region { kind, .. }
            | IdError::Check { kind } => kind,
            IdError::MobilePrefix { .. } => IdKind::Mobile,
            IdError::UsccAuthority { .. } => IdKind::Uscc,
        }
    }
}

impl std::error::Error for IdError {}

/// Something worth knowing about a number that is nevertheless accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdWarning {
    /// The county code (digits 1-6) is not in the embedded division table: perhaps a code
    /// abolished long ago, perhaps a typo the check character cannot see.
    UnknownCounty { code: u32 },
    /// The county code was abolished; the number stays valid for life.
    AbolishedCounty { code: u32, name: &'static str, last_year: u16 },
    /// An old 15-digit number: it has no check character, so a typo cannot be detected.
    Old15Digit { converted: String },
    /// An older 15-character foreigner's permanent residence card: only its shape is checked.
    OldForeignCard,
    /// The division code inside a unified social credit code is not in the table.
    UsccRegionUnknown { code: u32 },
    /// A valid unified social credit code that also looks like a mistyped number of `kind`.
    LooksLikeMistypedId { kind: IdKind },
}

impl IdWarning {
    /// A stable machine code: `unknown-county`, `abolished-county`, `old-15-digit`,
    /// `old-foreign-card`, `uscc-region-unknown` or `looks-like-id`.
    pub fn code(&self) -> &'static str {
        match self {
            IdWarning::UnknownCounty { .. } => "unknown-county",
            IdWarning::AbolishedCounty { .. } => "abolished-county",
            IdWarning::Old15Digit { .. } => "old-15-digit",
            IdWarning::OldForeignCard => "old-foreign-card",
            IdWarning::UsccRegionUnknown { .. } => "uscc-region-unknown",
            IdWarning::LooksLikeMistypedId { .. } => "looks-like-id",
        }
    }
}
