//! How `generated.rs` writes text-shaped values: `lit("…")`, read by the field's type.
//! The generated file comes from data the tests check, so a value that does not read is a
//! defect of the generator; it reads as the type's default and `tests/policy_codegen.rs`
//! (which compares every notice built here with the same notice read from its file) fails.

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
