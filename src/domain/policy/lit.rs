//! How `generated.rs` writes text-shaped values: `lit("…")`, read by the field's type, and
//! `en(N)`, the English of a text, kept in `generated_en.json` beside it.
//! The generated file comes from data the tests check, so a value that does not read is a
//! defect of the generator; it reads as the type's default and `tests/policy_codegen.rs`
//! (which compares every notice built here with the same notice read from its file) fails.
//!
//! The English list is not in the browser's download (issue 16): the page installs it
//! ([`install_english`]) when it is in English, and the built-in notices are then built
//! again with it ([`super::built_in`]). Until then `en(N)` is empty, and the page never
//! shows those notices in English (`src/ui/english.rs`). The crate's own tests read the
//! committed list.

use std::sync::OnceLock;

use chrono::NaiveDate;

/// A value written as text in `generated.rs`.
pub(super) trait Lit: Sized {
    fn lit(text: &'static str) -> Option<Self>;
}

/// The value `text` writes, as the field's type reads it.
pub(super) fn lit<T: Lit + Default>(text: &'static str) -> T {
    T::lit(text).unwrap_or_default()
}

impl Lit for String {
    fn lit(text: &'static str) -> Option<String> {
        Some(text.to_string())
    }
}

impl Lit for NaiveDate {
    fn lit(text: &'static str) -> Option<NaiveDate> {
        crate::domain::date::parse_iso(text)
    }
}

/// The English texts of `generated_en.json` after its first string (the hash), once installed.
static ENGLISH: OnceLock<Vec<String>> = OnceLock::new();

/// The installed English texts. The crate's own tests read the committed list.
fn english() -> Option<&'static Vec<String>> {
    #[cfg(test)]
    let _ = ENGLISH.get_or_init(|| {
        let list: Vec<String> = serde_json::from_str(include_str!("generated_en.json")).unwrap_or_default();
        list.into_iter().skip(1).collect()
    });
    ENGLISH.get()
}

/// The English text `n` of the built-in notices (`generated_en.json`); empty until installed.
/// Never inlined: `generated.rs` calls it for every text, and a call is smaller than its body.
#[inline(never)]
pub(super) fn en(n: usize) -> String {
    english().and_then(|list| list.get(n)).cloned().unwrap_or_default()
}

/// Why a list of English texts was not installed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnglishRefused {
    /// Written from other notice files than this build's (its first string).
    OtherFiles,
    /// Installed already (once per page load).
    Twice,
}

/// Installs the English of the built-in notices: `generated_en.json` as a list of strings,
/// its first the hash of the notice files (`generated.rs` names the same). From then on the
/// built-in notices are built with it.
pub fn install_english(list: Vec<String>) -> Result<(), EnglishRefused> {
    let mut list = list.into_iter();
    if list.next().as_deref() != Some(super::generated::FILES_HASH) {
        return Err(EnglishRefused::OtherFiles);
    }
    ENGLISH.set(list.collect()).map_err(|_| EnglishRefused::Twice)
}

/// True once the built-in notices' English is installed (natively: always, from the files).
pub fn english_installed() -> bool {
    english().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_from_other_files_is_refused() {
        let other = vec!["0000000000000000".to_string(), "Guangzhou".to_string()];
        assert_eq!(install_english(other), Err(EnglishRefused::OtherFiles));
        assert_eq!(install_english(vec![]), Err(EnglishRefused::OtherFiles));
        assert!(english_installed());
        assert_eq!(install_english(vec![super::super::generated::FILES_HASH.to_string()]), Err(EnglishRefused::Twice));
    }
}
