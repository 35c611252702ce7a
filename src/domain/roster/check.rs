//! The checks of one row, and the readings of the sex and birth columns.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::NaiveDate;

use super::columns::{Column, ColumnMap};
use super::csv::{Fields, LineIssue, Record};
use super::problem::{BirthValue, Problem};
use crate::domain::id::checks::{date_of, digits_value};
use crate::domain::id::{self, detect_and_parse, mobile, normalise::compact, resident_id, IdKind, Sex};

/// One checked row: its line in the file, its values as read, and all its problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line the row starts on (the header is line 1).
    pub line: u32,
    pub fields: Fields,
    pub problems: Vec<Problem>,
}

impl Row {
    /// Whether the row has no problem.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// The value in column `index`, trimmed; empty where there is none.
    pub fn value(&self, index: Option<usize>) -> &str {
        index.and_then(|i| self.fields.get(i)).map(str::trim).unwrap_or("")
    }

    /// Whether one of the problems is a repeated ID number.
    pub fn is_duplicate(&self) -> bool {
        self.problems.iter().any(|p| matches!(p, Problem::DuplicateId { .. }))
    }
}

/// Reads a sex: 男/女, 男性/女性, M/F, male/female, 1/2 (GB/T 2261.1).
///
/// ```
/// use yibao::domain::{id::Sex, roster::check::read_sex};
/// assert_eq!(read_sex(" 女 "), Some(Sex::Female));
/// assert_eq!(read_sex("Male"), Some(Sex::Male));
/// assert_eq!(read_sex("未知"), None);
/// ```
pub fn read_sex(s: &str) -> Option<Sex> {
    let s = s.trim();
    let is = |words: &[&str]| words.iter().any(|w| s.eq_ignore_ascii_case(w));
    if is(&["男", "男性", "m", "male", "1"]) {
        Some(Sex::Male)
    } else if is(&["女", "女性", "f", "female", "2"]) {
        Some(Sex::Female)
    } else {
        None
    }
}

/// Reads a date of birth: `2015-09-01`, `2015/9/1`, `2015.09.01`, `20150901`,
/// `2015年9月1日`, a time after it ignored; or a year and month (`2015-09`, `201509`,
/// `2015年9月`).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::roster::{check::read_birth, problem::BirthValue};
/// let d = NaiveDate::from_ymd_opt(2015, 9, 1).unwrap();
/// assert_eq!(read_birth("2015/9/1 0:00"), Some(BirthValue::Day(d)));
/// assert_eq!(read_birth("2015年9月1日"), Some(BirthValue::Day(d)));
/// assert_eq!(read_birth("201509"), Some(BirthValue::Month { year: 2015, month: 9 }));
/// assert_eq!(read_birth("2015-02-30"), None);
/// ```
pub fn read_birth(s: &str) -> Option<BirthValue> {
    let s = s.trim();
    let s = s.split([' ', 'T']).next().unwrap_or("");
    let mut groups = [""; 3];
    let mut n = 0;
    for g in s.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()) {
        *groups.get_mut(n)? = g;
        n += 1;
    }
    if s.chars().any(|c| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日'))) {
        return None;
    }
    let num = |g: &str| g.parse::<u32>().ok();
    let (y, m, d) = match &groups[..n] {
        [g] if g.len() == 8 => (num(&g[..4])?, num(&g[4..6])?, Some(num(&g[6..])?)),
        [g] if g.len() == 6 => (num(&g[..4])?, num(&g[4..])?, None),
        [y, m] if y.len() == 4 && m.len() <= 2 => (num(y)?, num(m)?, None),
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => (num(y)?, num(m)?, Some(num(d)?)),
        _ => return None,
    };
    let year = i32::try_from(y).ok()?;
    match d {
        Some(d) => NaiveDate::from_ymd_opt(year, m, d).map(BirthValue::Day),
        None => (1..=12).contains(&m).then_some(BirthValue::Month { year, month: m }),
    }
}

/// The ID number shown masked: `110105********002X` for 18 characters (the date of birth
/// hidden), the middle hidden for other lengths.
///
/// ```
/// use yibao::domain::roster::check::mask_id;
/// assert_eq!(mask_id("11010519491231002x"), "110105********002X");
/// assert_eq!(mask_id("110105491231002"), "110105******002");
/// assert_eq!(mask_id("12345"), "1***5");
/// ```
pub fn mask_id(raw: &str) -> String {
    let s = compact(raw);
    let n = s.chars().count();
    let (start, end) = match n {
        16.. => (6, 4),
        13..=15 => (6, 3),
        6..=12 => (2, 2),
        3..=5 => (1, 1),
        _ => (0, 0),
    };
    id::mask(&s, start, end)
}

/// FxHash (rustc's hasher): fast for short keys. The keys are the user's own data, checked
/// on their own device, so hash flooding is no concern.
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The state that carries from row to row: the ID numbers seen so far, with the line each
/// first appeared on. Compact IDs of digits and capital letters (all real ones) are packed
/// into a number, so a 100,000-row roster needs no allocation per row.
#[derive(Debug, Default)]
pub struct Seen {
    packed: HashMap<u128, u32, BuildHasherDefault<FxHasher>>,
    other: HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>,
}

impl Seen {
    /// Room for about `rows` IDs.
    pub fn with_capacity(rows: usize) -> Seen {
        Seen { packed: HashMap::with_capacity_and_hasher(rows, Default::default()), other: HashMap::default() }
    }

    /// The line `key` first appeared on, or `None` after recording `line` for it.
    fn first_or_insert(&mut self, key: &str, line: u32) -> Option<u32> {
        match pack(key) {
            Some(k) => match self.packed.entry(k) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(line);
                    None
                }
            },
            None => match self.other.get(key) {
                Some(&first) => Some(first),
                None => {
                    self.other.insert(key.into(), line);
                    None
                }
            },
        }
    }
}

/// `key` as a base-37 number (digits and capital letters count from 1, so `01` and `1`
/// differ); `None` for other characters or more than 24 of them (37^24 < 2^128).
fn pack(key: &str) -> Option<u128> {
    if key.len() > 24 {
        return None;
    }
    key.bytes().try_fold(0u128, |v, b| {
        let d = match b {
            b'0'..=b'9' => b - b'0' + 1,
            b'A'..=b'Z' => b - b'A' + 11,
            _ => return None,
        };
        Some(v * 37 + u128::from(d))
    })
}

/// What the ID number tells about the person, when valid.
struct FromId {
    birth: Option<NaiveDate>,
    sex: Option<Sex>,
}

/// Checks the ID value: the fast path for a compact 18-character resident ID, the full
/// check otherwise (for its precise error and the other kinds).
fn check_id(raw: &str, reference: NaiveDate, problems: &mut Vec<Problem>) -> Option<FromId> {
    let s = compact(raw);
    let b = s.as_bytes();
    if b.len() == 18 && resident_id::validate_bytes(b, reference).is_ok() {
        let birth = date_of(digits_value(&b[6..14]));
        let sex = if (b[16] - b'0') % 2 == 1 { Sex::Male } else { Sex::Female };
        return Some(FromId { birth: Some(birth), sex: Some(sex) });
    }
    match detect_and_parse(&s, reference) {
        id::IdCheck::Valid(info) => match info.kind {
            IdKind::Mobile | IdKind::Uscc => {
                // In an ID column, a number that looks like a mistyped ID is reported as one.
                let looks_like = info.warnings.iter().find_map(|w| match w {
                    id::IdWarning::LooksLikeMistypedId { kind } => Some(*kind),
                    _ => None,
                });
                match looks_like.map(|kind| id::parse_as(kind, &s, reference)) {
                    Some(Err(e)) => problems.push(Problem::InvalidId(e)),
                    _ => problems.push(Problem::NotPersonalId(info.kind)),
                }
                None
            }
            _ => Some(FromId { birth: info.birth, sex: info.sex }),
        },
        id::IdCheck::Invalid { error, .. } => {
            problems.push(Problem::InvalidId(error));
            None
        }
    }
}

/// Checks one record against the column map; `expected` is the header's number of fields.
pub fn check_record(record: Record, map: &ColumnMap, expected: usize, reference: NaiveDate, seen: &mut Seen) -> Row {
    let mut problems = Vec::new();
    let line = record.line;
    match record.issue {
        Some(LineIssue::UnbalancedQuote) => problems.push(Problem::UnbalancedQuote { line }),
        Some(LineIssue::TextAfterQuote) => problems.push(Problem::TextAfterQuote { line }),
        None => {}
    }
    if record.fields.len() != expected {
        problems.push(Problem::FieldCount { line, found: record.fields.len(), expected });
    }
    let row = Row { line, fields: record.fields, problems: Vec::new() };

    for c in [Column::Name, Column::Id] {
        if map.get(c).is_none() {
            problems.push(Problem::NoColumn(c));
        }
    }
    if map.name.is_some() && row.value(map.name).is_empty() {
        problems.push(Problem::MissingName);
    }

    let mut from_id = None;
    let id_raw = row.value(map.id);
    if map.id.is_some() {
        if id_raw.is_empty() {
            problems.push(Problem::MissingId);
        } else {
            from_id = check_id(id_raw, reference, &mut problems);
            if let Some(first_line) = seen.first_or_insert(&compact(id_raw), line) {
                problems.push(Problem::DuplicateId { first_line });
            }
        }
    }

    let phone = row.value(map.phone);
    if !phone.is_empty() {
        if let Err(e) = mobile::parse(phone) {
            problems.push(Problem::InvalidPhone(e));
        }
    }

    let sex = row.value(map.sex);
    if !sex.is_empty() {
        match (read_sex(sex), from_id.as_ref().and_then(|f| f.sex)) {
            (None, _) => problems.push(Problem::SexUnreadable),
            (Some(given), Some(from_id)) if given != from_id => problems.push(Problem::SexMismatch { given, from_id }),
            _ => {}
        }
    }

    let birth = row.value(map.birth);
    if !birth.is_empty() {
        match (read_birth(birth), from_id.as_ref().and_then(|f| f.birth)) {
            (None, _) => problems.push(Problem::BirthUnreadable),
            (Some(given), Some(from_id)) if !given.agrees_with(from_id) => problems.push(Problem::BirthMismatch { given, from_id }),
            _ => {}
        }
    }
    Row { problems, ..row }
}
