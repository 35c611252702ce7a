//! The roster check: a pasted or uploaded CSV/TSV roster, every row checked, nothing lost.
//!
//! The pipeline, each step its own module:
//! 1. [`decode`]: which encoding a file's bytes are in (UTF-8 with or without BOM, else
//!    GB18030 as Excel saves on Chinese Windows);
//! 2. [`csv`]: an RFC 4180 reader that never panics and reads malformed lines as well as it
//!    can, marked, instead of dropping them;
//! 3. [`columns`]: which header column holds the name, ID number, mobile number, sex and date
//!    of birth;
//! 4. [`check`](mod@check): every problem of every row ([`problem::Problem`]), ID numbers repeated from
//!    an earlier row included;
//! 5. [`export`]: the checked roster as a CSV for Excel.
//!
//! [`Check`] runs the pipeline in steps of a given number of rows, so a page can check a
//! 100,000-row roster in chunks and stay responsive; [`check()`](fn@check) runs it in one go.
//!
//! ```
//! use chrono::NaiveDate;
//! use yibao::domain::roster::{check, Options};
//! let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
//! let text = "姓名,身份证号码,联系电话\n张三,11010519491231002X,13812345678\n李四,11010519491231002x,\n,110105194912310021,12345\n";
//! let roster = check(text, &Options::new(today));
//! let s = roster.summary;
//! assert_eq!((s.total, s.valid, s.invalid, s.duplicates), (3, 1, 2, 1));
//! let codes: Vec<_> = roster.rows[2].problems.iter().map(|p| p.code()).collect();
//! assert_eq!(codes, ["missing-name", "invalid-id", "invalid-phone"]);
//! ```

pub mod check;
pub mod columns;
pub mod csv;
pub mod decode;
pub mod export;
pub mod problem;

use chrono::NaiveDate;

pub use check::Row;
pub use columns::{Column, ColumnMap, Detection};
pub use problem::Problem;

use crate::domain::lang::Lang;

/// What a check needs besides the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Dates of birth after this day are errors (the device's today).
    pub reference_date: NaiveDate,
    /// The user's choice of columns; `None` to use the header's.
    pub columns: Option<ColumnMap>,
}

impl Options {
    /// Options with the header's columns.
    pub fn new(reference_date: NaiveDate) -> Options {
        Options { reference_date, columns: None }
    }
}

/// The counts the summary shows (`data-total`, `data-valid`, `data-invalid`,
/// `data-duplicates`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Rows (records after the header).
    pub total: usize,
    /// Rows with no problem.
    pub valid: usize,
    /// Rows with at least one problem (a repeated ID number is one).
    pub invalid: usize,
    /// Rows whose ID number appeared on an earlier row.
    pub duplicates: usize,
}

impl Summary {
    fn add(&mut self, row: &Row) {
        self.total += 1;
        if row.is_valid() {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
        if row.is_duplicate() {
            self.duplicates += 1;
        }
    }
}

/// A checked roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roster {
    /// The header row as read (empty for an empty text).
    pub header: Vec<String>,
    pub delimiter: csv::Delimiter,
    /// The columns read from the header.
    pub detection: Detection,
    /// The columns used (the user's choice, or the detected ones).
    pub columns: ColumnMap,
    pub rows: Vec<Row>,
    pub summary: Summary,
}

impl Roster {
    /// Whether there was a header row at all.
    pub fn has_header(&self) -> bool {
        !self.header.is_empty()
    }

    /// The indices of the rows to show: all, or only those with a problem.
    pub fn visible(&self, only_problems: bool) -> Vec<usize> {
        (0..self.rows.len()).filter(|&i| !only_problems || !self.rows[i].is_valid()).collect()
    }

    /// The checked roster as CSV for Excel (see [`export`]).
    pub fn export_csv(&self, lang: Lang) -> String {
        export::to_csv(self, lang)
    }
}

/// A check in progress: [`Check::step`] checks a number of rows at a time.
#[derive(Debug)]
pub struct Check {
    text: String,
    reader: csv::Reader,
    reference: NaiveDate,
    seen: check::Seen,
    roster: Roster,
    done: bool,
}

impl Check {
    /// Starts a check of `text`: reads the header and maps the columns.
    pub fn new(text: String, options: &Options) -> Check {
        let delimiter = csv::Delimiter::detect(text.trim_start_matches('\u{FEFF}'));
        let mut reader = csv::Reader::new(&text, delimiter);
        let header = reader.next_record(&text).map(|r| r.fields.to_vec()).unwrap_or_default();
        reader.expected = Some(header.len());
        let detection = columns::detect(&header);
        let columns = options.columns.unwrap_or(detection.map);
        let done = header.is_empty();
        // Room for about as many rows as there are lines, so nothing is moved as rows come.
        let lines = text.as_bytes().iter().filter(|&&b| b == b'\n').count() + 1;
        Check {
            text,
            reader,
            reference: options.reference_date,
            seen: check::Seen::with_capacity(lines),
            roster: Roster { header, delimiter, detection, columns, rows: Vec::with_capacity(lines), summary: Summary::default() },
            done,
        }
    }

    /// Checks up to `max_rows` more rows; `true` when the whole text is checked.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let expected = self.roster.header.len();
        for _ in 0..max_rows {
            let Some(record) = self.reader.next_record(&self.text) else {
                self.done = true;
                break;
            };
            let row = check::check_record(record, &self.roster.columns, expected, self.reference, &mut self.seen);
            self.roster.summary.add(&row);
            self.roster.rows.push(row);
        }
        self.done
    }

    /// Whether the whole text is checked.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The share of the text read so far, 0 to 1.
    pub fn progress(&self) -> f64 {
        if self.done || self.text.is_empty() {
            1.0
        } else {
            self.reader.cursor.pos as f64 / self.text.len() as f64
        }
    }

    /// The rows checked so far.
    pub fn rows_checked(&self) -> usize {
        self.roster.rows.len()
    }

    /// Checks whatever is left and returns the whole roster.
    pub fn finish(mut self) -> Roster {
        while !self.step(usize::MAX) {}
        self.roster
    }
}

/// Checks the whole of `text` in one go.
pub fn check(text: &str, options: &Options) -> Roster {
    Check::new(text.to_string(), options).finish()
}
