//! The unit portal's (单位网厅) account name and password rules.
//!
//! - Account name: 8 to 20 letters and digits. Spaces around it and full-width letters and
//!   digits are accepted and normalised; the case of letters is kept.
//! - Password: 8 to 16 characters, letters and digits only, with at least one of each.
//!   Passwords are checked exactly as typed (never normalised), and messages never repeat a
//!   password character back.
//!
//! Each rule's failure is its own type ([`AccountError`], [`PasswordError`]), worded by
//! [`crate::words::id`].

use super::normalise::compact_keep_case;

/// Why a portal account name was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountError {
    /// Not 8 to 20 characters long.
    Length { found: usize },
    /// Something other than letters and digits at `position` (1-based).
    Character { position: usize, found: char },
}

impl AccountError {
    /// A stable machine code: `length` or `character`.
    pub fn code(&self) -> &'static str {
        match self {
            AccountError::Length { .. } => "length",
            AccountError::Character { .. } => "character",
        }
    }
}

/// Why a portal password was rejected. The password's characters are never kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordError {
    /// Not 8 to 16 characters long.
    Length { found: usize },
    /// Something other than letters and digits at `position` (1-based).
    Character { position: usize },
    /// Digits only: a letter is missing.
    NoLetter,
    /// Letters only: a digit is missing.
    NoDigit,
}

impl PasswordError {
    /// A stable machine code: `length`, `character` or `letter-and-digit`.
    pub fn code(&self) -> &'static str {
        match self {
            PasswordError::Length { .. } => "length",
            PasswordError::Character { .. } => "character",
            PasswordError::NoLetter | PasswordError::NoDigit => "letter-and-digit",
        }
    }
}

/// A password that meets the portal's rules. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// The password as typed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A valid portal account name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account(String);

impl Account {
    /// The normalised account name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The account name with spaces dropped and full-width letters and digits narrowed.
///
/// ```
/// assert_eq!(yibao::domain::id::portal::normalise_account(" ｓｃｈｏｏｌ 2026 "), "school2026");
/// ```
pub fn normalise_account(input: &str) -> String {
    compact_keep_case(input).into_owned()
}

/// Checks a portal account name: length (8 to 20), then characters (letters and digits).
///
/// ```
/// use yibao::domain::id::portal::parse_account;
/// assert_eq!(parse_account("School2026").unwrap().as_str(), "School2026");
/// assert_eq!(parse_account("abc").unwrap_err().code(), "length");
/// assert_eq!(parse_account("school_2026").unwrap_err().code(), "character");
/// ```
pub fn parse_account(input: &str) -> Result<Account, AccountError> {
    let s = compact_keep_case(input);
    let found = s.chars().count();
    if !(8..=20).contains(&found) {
        return Err(AccountError::Length { found });
    }
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_alphanumeric()) {
        return Err(AccountError::Character { position: i + 1, found: c });
    }
    Ok(Account(s.into_owned()))
}

/// Whether `input` is a valid portal account name.
pub fn is_valid_account(input: &str) -> bool {
    parse_account(input).is_ok()
}

/// Checks a portal password as typed: length (8 to 16), characters (letters and digits
/// only), then at least one letter and at least one digit.
///
/// ```
/// use yibao::domain::id::portal::{check_password, PasswordError};
/// assert_eq!(check_password("abc12345").unwrap().as_str(), "abc12345");
/// assert_eq!(check_password("abcdefgh").unwrap_err(), PasswordError::NoDigit);
/// assert_eq!(check_password("abcdefgh").unwrap_err().code(), "letter-and-digit");
/// assert_eq!(check_password("abc 12345").unwrap_err().code(), "character");
/// assert_eq!(check_password("a1").unwrap_err().code(), "length");
/// ```
pub fn check_password(password: &str) -> Result<Password, PasswordError> {
    let found = password.chars().count();
    if !(8..=16).contains(&found) {
        return Err(PasswordError::Length { found });
    }
    if let Some(i) = password.chars().position(|c| !c.is_ascii_alphanumeric()) {
        return Err(PasswordError::Character { position: i + 1 });
    }
    let letter = password.bytes().any(|b| b.is_ascii_alphabetic());
    let digit = password.bytes().any(|b| b.is_ascii_digit());
    match (letter, digit) {
        (false, _) => Err(PasswordError::NoLetter),
        (true, false) => Err(PasswordError::NoDigit),
        (true, true) => Ok(Password(password.to_string())),
    }
}

/// Whether `password` meets the portal's rules.
pub fn is_valid_password(password: &str) -> bool {
    check_password(password).is_ok()
}
