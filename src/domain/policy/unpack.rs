//! The built-in notices, read from what `generated.rs` holds: two tables the generator
//! (`codegen.rs`) wrote from the checked files, numbers (`NUMS`) and the texts one after the
//! other (`TEXT`), read back field by field in the order the types declare them (issue 16:
//! the same notices written as Rust code to build them were 8.3 KB of the calculator's
//! download (brotli); these tables and this reader are 3.3 KB).
//!
//! The tables come from data the tests check, so a value that does not read is a defect of
//! the generator; it reads as a plain value (empty, zero, the first variant) and
//! `policy::codegen`'s `generated_notices_equal_the_files` test (which compares every notice
//! read here with the same notice read from its file) fails.
//!
//! The English of each text is not in the tables (issue 16): the page installs it
//! ([`install_english`]) when it is in English, and the built-in notices are then read
//! again with it ([`super::built_in`]). Until then the English is empty, and the page never
//! shows those notices in English (`src/ui/english.rs`). The crate's own tests read the
//! committed list.

use std::sync::OnceLock;

use chrono::NaiveDate;

use super::data::*;
use super::generated::{COUNT, NUMS, TEXT};
use super::refund::RefundReason;
use crate::domain::inputs::{Assist, Coded, Hukou, Status};
use crate::domain::lang::Text;
use crate::domain::money::Money;

/// The built-in notices, as the files say them (the English once installed).
pub(super) fn policies() -> Vec<PolicyData> {
    let mut r = Reader { nums: &NUMS, n: 0, text: TEXT, t: 0 };
    (0..COUNT).map(|_| PolicyData::unpack(&mut r)).collect()
}

/// Where reading has got to in the two tables.
pub(super) struct Reader {
    nums: &'static [u16],
    n: usize,
    text: &'static str,
    t: usize,
}

impl Reader {
    /// The next number (0 past the end).
    fn num(&mut self) -> u16 {
        let v = self.nums.get(self.n).copied().unwrap_or(0);
        self.n += 1;
        v
    }

    /// The next text: its length in bytes is the next number.
    fn str(&mut self) -> &'static str {
        let end = self.t + usize::from(self.num());
        let s = self.text.get(self.t..end).unwrap_or("");
        self.t = end;
        s
    }
}

/// A value read from the tables, as the generator wrote it (`codegen.rs`, `Pack`).
pub(super) trait Unpack: Sized {
    fn unpack(r: &mut Reader) -> Self;
}

impl Unpack for String {
    fn unpack(r: &mut Reader) -> String {
        r.str().to_string()
    }
}

impl Unpack for bool {
    fn unpack(r: &mut Reader) -> bool {
        r.num() != 0
    }
}

impl Unpack for u16 {
    fn unpack(r: &mut Reader) -> u16 {
        r.num()
    }
}

impl Unpack for u32 {
    fn unpack(r: &mut Reader) -> u32 {
        r.num().into()
    }
}

/// 0 for none, else 1 and the value.
impl<T: Unpack> Unpack for Option<T> {
    fn unpack(r: &mut Reader) -> Option<T> {
        (r.num() != 0).then(|| T::unpack(r))
    }
}

/// The number of items, then each.
impl<T: Unpack> Unpack for Vec<T> {
    fn unpack(r: &mut Reader) -> Vec<T> {
        let n = r.num();
        (0..n).map(|_| T::unpack(r)).collect()
    }
}

/// `YYYY-MM-DD`, as the files write it.
impl Unpack for NaiveDate {
    fn unpack(r: &mut Reader) -> NaiveDate {
        crate::domain::date::parse_iso(r.str()).unwrap_or_default()
    }
}

/// The amount in fen or finer: its mantissa in two numbers (high, low), then its scale.
impl Unpack for Money {
    fn unpack(r: &mut Reader) -> Money {
        let high = i64::from(r.num());
        let low = i64::from(r.num());
        Money::exact(high << 16 | low, r.num().into())
    }
}

/// The Chinese, then the English: 0 empty, 1 the Chinese itself, N + 2 the N-th English
/// text of `generated_en.json` (after its hash).
impl Unpack for Text {
    fn unpack(r: &mut Reader) -> Text {
        let zh = String::unpack(r);
        let en = match r.num() {
            0 => String::new(),
            1 => zh.clone(),
            n => en(usize::from(n - 2)),
        };
        Text { zh, en }
    }
}

/// A closed enum with a URL code: its place in `all()` (`coded_enum!` declares at least
/// one variant, so there is a first).
fn coded<T: Coded>(r: &mut Reader) -> T {
    let all = T::all();
    *all.get(usize::from(r.num())).unwrap_or(&all[0])
}

macro_rules! unpack_coded {
    ($($ty:ty),+) => {$(
        impl Unpack for $ty {
            fn unpack(r: &mut Reader) -> $ty {
                coded(r)
            }
        }
    )+};
}
unpack_coded!(Status, Hukou, Assist, RefundReason);

/// Enums of the file format: the variant's place, as declared.
macro_rules! unpack_enum {
    ($($ty:ident [$first:ident $(, $v:ident)*])+) => {$(
        impl Unpack for $ty {
            fn unpack(r: &mut Reader) -> $ty {
                [$ty::$first $(, $ty::$v)*].get(usize::from(r.num())).copied().unwrap_or($ty::$first)
            }
        }
    )+};
}
unpack_enum! {
    YearKind [Benefit, Payment]
    AssistKind [Full, Fixed, Unknown, Elsewhere]
    PaymentMode [FundedDirectly, PayFirstReimbursed]
    UnlistedTreat [None, Unknown]
    NoteKind [Eligibility, Waiting, General]
    TaskAudience [School, Township, Office]
}

/// Structs of the file format: every field, in the order the struct declares it (the order
/// serde writes them in; a struct literal without a field does not compile).
macro_rules! unpack_struct {
    ($($ty:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Unpack for $ty {
            fn unpack(r: &mut Reader) -> $ty {
                $ty { $($field: Unpack::unpack(r)),+ }
            }
        }
    )+};
}
unpack_struct! {
    PolicyData {
        schema, file, region, region_name, year, document_number, title, issuer, issued, source, year_kind,
        document_note, title_supplied, offices, coverage, not_covered, contribution, subsidy, window, benefit,
        assistance, unlisted_assist, stacking, enroll, pay, notes, tasks, refund, refund_ask,
    }
    Clause { clause, text }
    Office { id, name, phone, address, directory, clause }
    CoverageRule { statuses, clause, note }
    NotCoveredRule { text, clause, ask }
    ContributionRule { amount, provisional, clause, text }
    SubsidyRule { amount, clause, text }
    WindowRule { start, end, clause, text, after_close, exceptions }
    CitedText { clause, text }
    WindowException { statuses, clause, text, document, ask }
    BenefitRule { start, end, clause, text, ask }
    AgeLimit { statuses, max_full_years, text }
    AssistRule { codes, kind, amount, max, payment, clause, text, ask, age_limit, payment_clause }
    UnlistedAssist { treat_as, text, clause, ask }
    When { statuses, hukou, assist_any, route }
    Route { id, name, when, clause, text }
    NoteRule { kind, when, clause, text }
    Task { date, audience, who, text, clause }
    RefundRule {
        reasons, clause, text, deadline, deadline_clause, until_benefit_start, own_part_only, ask, procedure_document,
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
fn en(n: usize) -> String {
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
