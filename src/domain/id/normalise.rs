//! Forgiving input: what people paste or type into an identity-number field.
//!
//! Spaces (including the full-width space U+3000 and other Unicode white space), hyphens and
//! dashes are dropped; full-width digits and letters (U+FF10.., U+FF21.., U+FF41..) become
//! ASCII; ASCII letters become upper case (so a lowercase `x` check character is accepted).
//! Anything else is kept as it is, so that the parser can name the character that is wrong.

use std::borrow::Cow;

/// Whether `c` is dropped from an identity number: white space, hyphens and dashes.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FF0D}' | '\u{FE63}' | '\u{30FC}')
}

/// The ASCII form of a full-width digit or letter; other characters unchanged.
fn narrow(c: char) -> char {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' | '\u{FF0B}' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// The compact form of `input`: separators dropped, full-width characters narrowed and
/// letters upper-cased. Borrows `input` when it is already compact (no allocation).
///
/// ```
/// use yibao::domain::id::normalise::compact;
/// assert_eq!(compact(" 110105 1949-1231 002x "), "11010519491231002X");
/// assert_eq!(compact("１１０１０５"), "110105");
/// assert!(matches!(compact("11010519491231002X"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn compact(input: &str) -> Cow<'_, str> {
    if input.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(input.chars().filter(|&c| !is_separator(c)).map(|c| narrow(c).to_ascii_uppercase()).collect())
}

/// Like [`compact`] but keeps the case of letters (for portal account names).
///
/// ```
/// use yibao::domain::id::normalise::compact_keep_case;
/// assert_eq!(compact_keep_case(" ａｂｃ 123 "), "abc123");
/// ```
pub fn compact_keep_case(input: &str) -> Cow<'_, str> {
    if input.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(input.chars().filter(|&c| !is_separator(c)).map(narrow).collect())
}
