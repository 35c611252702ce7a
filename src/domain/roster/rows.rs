//! The checked rows, kept compact: the text once, each row as where it starts in it (a byte
//! offset and a line, eight bytes), and the problems of the rows that have any, as typed
//! values in one list. A row's cells are read again from the text when it is shown or
//! exported ([`Rows::fields_into`], [`Rows::get`]); nothing is kept per cell.
//!
//! A 5,000,000-row roster of 220 MB so holds 40 MB of row positions beside its text, where
//! rows of owned cells took well over a gigabyte.
//!
//! ```
//! use chrono::NaiveDate;
//! use yibao::domain::roster::{check, csv::Fields, Options};
//! let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
//! let r = check("姓名,身份证号码\n张三,11010519491231002X\n\"李, 四\",1\n", &Options::new(today));
//! assert_eq!((r.rows.len(), r.rows.problem_rows()), (2, &[1][..]));
//! let mut fields = Fields::default();
//! assert!(r.rows.fields_into(1, &mut fields));
//! assert_eq!(fields.get(0), Some("李, 四"));
//! assert_eq!(r.rows.get(1).unwrap().line, 3);
//! assert_eq!(r.rows.problems_of(1)[0].code(), "invalid-id");
//! assert!(r.rows.problems_of(0).is_empty());
//! ```

use std::collections::TryReserveError;

use super::check::Row;
use super::csv::{Cursor, Delimiter, Fields, Reader};
use super::Problem;

/// Where a row starts in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct At {
    pos: u32,
    line: u32,
}

/// The rows of a checked roster (see the module).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rows {
    text: String,
    /// Reads a row again (its separator and the header's number of fields).
    reader: Reader,
    at: Vec<At>,
    /// The indices of the rows with a problem, in order.
    flagged: Vec<u32>,
    /// For each row in `flagged`, the end of its problems in `problems`.
    ends: Vec<u32>,
    problems: Vec<Problem>,
}

impl Default for Rows {
    fn default() -> Rows {
        Rows::new(String::new(), Reader::new("", Delimiter::Comma))
    }
}

impl Rows {
    /// No rows yet, of `text` read by `reader` (its `expected` set).
    pub fn new(text: String, reader: Reader) -> Rows {
        Rows { text, reader, at: Vec::new(), flagged: Vec::new(), ends: Vec::new(), problems: Vec::new() }
    }

    /// The text the rows are in.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, the rows dropped.
    pub fn into_text(self) -> String {
        self.text
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.at.len()
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// The rows there is room for without setting more memory aside.
    pub fn capacity(&self) -> usize {
        self.at.capacity()
    }

    /// Room for one more row; `Err` when memory runs out.
    pub fn try_reserve_one(&mut self) -> Result<(), TryReserveError> {
        self.at.try_reserve(1)
    }

    /// Room for about `rows` rows in all, when `flagged` of the first `of` had a problem,
    /// set aside at once rather than by doubling; nothing if memory is short.
    pub fn reserve_for(&mut self, rows: usize, of: usize) {
        let share = |n: usize| (n as u128 * rows as u128 / of.max(1) as u128) as usize;
        let _ = self.at.try_reserve_exact(rows.saturating_sub(self.at.len()));
        let _ = self.flagged.try_reserve_exact(share(self.flagged.len()).saturating_sub(self.flagged.len()));
        let _ = self.ends.try_reserve_exact(share(self.ends.len()).saturating_sub(self.ends.len()));
        let _ = self.problems.try_reserve_exact(share(self.problems.len()).saturating_sub(self.problems.len()));
    }

    /// Adds the row read from `at` (a cursor of `text`, which [`Reader::next_into`] gave)
    /// with its problems; `Err` when memory runs out (then nothing is added).
    pub fn push(&mut self, at: Cursor, problems: &[Problem]) -> Result<(), TryReserveError> {
        let index = self.at.len() as u32;
        self.at.try_reserve(1)?;
        if !problems.is_empty() {
            self.flagged.try_reserve(1)?;
            self.ends.try_reserve(1)?;
            self.problems.try_reserve(problems.len())?;
            self.flagged.push(index);
            self.problems.extend_from_slice(problems);
            self.ends.push(self.problems.len() as u32);
        }
        self.at.push(At { pos: at.pos as u32, line: at.line });
        Ok(())
    }

    /// The indices of the rows with a problem, in order.
    pub fn problem_rows(&self) -> &[u32] {
        &self.flagged
    }

    /// The problems of row `i` (none for a row out of range).
    pub fn problems_of(&self, i: usize) -> &[Problem] {
        let Ok(k) = u32::try_from(i).map(|i| self.flagged.binary_search(&i)) else { return &[] };
        match k {
            Ok(k) => self.problems_at(k),
            Err(_) => &[],
        }
    }

    /// The problems of the `k`-th row with a problem.
    pub fn problems_at(&self, k: usize) -> &[Problem] {
        let start = if k == 0 { 0 } else { self.ends.get(k - 1).map_or(0, |&e| e as usize) };
        let end = self.ends.get(k).map_or(start, |&e| e as usize);
        self.problems.get(start..end).unwrap_or_default()
    }

    /// The line row `i` starts on.
    pub fn line(&self, i: usize) -> Option<u32> {
        self.at.get(i).map(|a| a.line)
    }

    /// Reads the cells of row `i` into `fields`; `false` (and `fields` empty) for a row out
    /// of range.
    pub fn fields_into(&self, i: usize, fields: &mut Fields) -> bool {
        fields.clear();
        let Some(at) = self.at.get(i) else { return false };
        let mut reader = self.reader.clone();
        reader.read_at(&self.text, Cursor { pos: at.pos as usize, line: at.line }, fields);
        true
    }

    /// Row `i` with its cells and problems.
    pub fn get(&self, i: usize) -> Option<Row> {
        let mut fields = Fields::default();
        let line = self.line(i)?;
        self.fields_into(i, &mut fields);
        Some(Row { line, fields, problems: self.problems_of(i).to_vec() })
    }

    /// The last row.
    pub fn last(&self) -> Option<Row> {
        self.get(self.len().checked_sub(1)?)
    }

    /// Every row, in order, with its cells and problems.
    pub fn iter(&self) -> impl Iterator<Item = Row> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}
