//! The roster check: a pasted or uploaded CSV/TSV roster, every row checked, nothing lost.
//!
//! The pipeline, each step its own module:
//! 1. [`decode`]: which encoding a file's bytes are in (UTF-16 with BOM, UTF-8 with or
//!    without BOM, a few bad bytes reported by line, else GB18030 as Excel saves on Chinese
//!    Windows);
//! 2. [`csv`]: an RFC 4180 reader that never panics and reads malformed lines as well as it
//!    can, marked, instead of dropping them;
//! 3. [`columns`]: which header column holds the name, ID number, mobile number, sex and date
//!    of birth;
//! 4. [`check`](mod@check): every problem of every row ([`problem::Problem`]), ID numbers repeated from
//!    an earlier row included;
//! 5. [`export`]: the checked roster as a CSV for Excel;
//! 6. [`session`]: what the roster worker keeps, and the messages between it and the page.
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
//! let codes: Vec<_> = roster.rows.problems_of(2).iter().map(|p| p.code()).collect();
//! assert_eq!(codes, ["missing-name", "invalid-id", "invalid-phone"]);
//! ```

pub mod check;
pub mod columns;
pub mod csv;
pub mod decode;
pub mod export;
pub mod problem;
pub mod rows;
pub mod session;

use chrono::NaiveDate;

pub use check::Row;
pub use columns::{Column, ColumnMap, Detection};
pub use problem::Problem;
pub use rows::Rows;

/// What a check needs besides the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Dates of birth after this day are errors (the device's today).
    pub reference_date: NaiveDate,
    /// The user's choice of columns; `None` to use the header's.
    pub columns: Option<ColumnMap>,
    /// The user's answer to "第一行是表头吗？"; `None` to decide from the first row.
    pub first_row: Option<FirstRow>,
    /// The seed of the duplicate table's hashing: random for every check in the page
    /// (`crypto.getRandomValues`), so no file can be crafted to flood it.
    pub seed: u64,
    pub limits: Limits,
}

impl Options {
    /// Options with the header's columns, a fixed seed and the usual limits.
    pub fn new(reference_date: NaiveDate) -> Options {
        Options { reference_date, columns: None, first_row: None, seed: 0x5eed, limits: Limits::DEFAULT }
    }
}

/// What the first row of a roster is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum FirstRow {
    /// Column names: not a person.
    #[default]
    Header,
    /// A person, checked like every other row (a headerless roster).
    Data,
}

/// How much a check takes on; the page states them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of text.
    pub bytes: usize,
    /// Rows after the header.
    pub rows: usize,
    /// Header columns.
    pub columns: usize,
    /// Characters in one cell.
    pub cell_chars: usize,
}

impl Limits {
    /// 500 MB, 6,000,000 rows, 1,000 columns, 10,000 characters a cell.
    pub const DEFAULT: Limits = Limits { bytes: 500 * 1000 * 1000, rows: 6_000_000, columns: 1_000, cell_chars: 10_000 };

    /// These limits, each lowered to `other`'s where that is smaller: a test may lower a
    /// limit (to reach it with a small file), never raise one.
    ///
    /// ```
    /// use yibao::domain::roster::Limits;
    /// let low = Limits { rows: 10, bytes: usize::MAX, ..Limits::DEFAULT };
    /// let l = Limits::DEFAULT.lowered_to(low);
    /// assert_eq!((l.rows, l.bytes), (10, Limits::DEFAULT.bytes));
    /// ```
    pub fn lowered_to(self, other: Limits) -> Limits {
        Limits {
            bytes: self.bytes.min(other.bytes),
            rows: self.rows.min(other.rows),
            columns: self.columns.min(other.columns),
            cell_chars: self.cell_chars.min(other.cell_chars),
        }
    }
}

/// Why a check stopped before the end of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Stop {
    /// The text is larger than the limit: nothing was checked.
    TooManyBytes { found: usize, max: usize },
    /// The header has more columns than the limit: nothing was checked.
    TooManyColumns { found: usize, max: usize },
    /// The first `max` rows were checked; the rest were not.
    TooManyRows { max: usize },
    /// Memory ran out after `rows` rows; the rest were not checked.
    OutOfMemory { rows: usize },
}

impl Stop {
    /// A stable code: `too-many-bytes`, `too-many-columns`, `too-many-rows`, `out-of-memory`.
    pub fn code(&self) -> &'static str {
        match self {
            Stop::TooManyBytes { .. } => "too-many-bytes",
            Stop::TooManyColumns { .. } => "too-many-columns",
            Stop::TooManyRows { .. } => "too-many-rows",
            Stop::OutOfMemory { .. } => "out-of-memory",
        }
    }
}

/// The counts the summary shows (`data-total`, `data-valid`, `data-invalid`,
/// `data-duplicates`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// Counts a row with these problems.
    fn add(&mut self, problems: &[Problem]) {
        self.total += 1;
        if problems.is_empty() {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
        if problems.iter().any(|p| matches!(p, Problem::DuplicateId { .. })) {
            self.duplicates += 1;
        }
    }
}

/// A checked roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roster {
    /// The first row as read (empty for an empty text): the column names, or, for a
    /// headerless roster, the first person's cells (shown as samples beside the columns).
    pub header: Vec<String>,
    /// Whether the first row is the header or the first person.
    pub first_row: FirstRow,
    pub delimiter: csv::Delimiter,
    /// The columns read from the header.
    pub detection: Detection,
    /// The columns used (the user's choice, or the detected ones).
    pub columns: ColumnMap,
    /// The rows, with the text they are in.
    pub rows: Rows,
    pub summary: Summary,
    /// Why the check stopped before the end of the text, if it did.
    pub stop: Option<Stop>,
}

impl Roster {
    /// A roster not read at all because of `stop` (a file too large, say, known from its
    /// size before reading it).
    pub fn stopped(stop: Stop) -> Roster {
        let header = Vec::new();
        let detection = columns::detect(&header);
        Roster {
            header,
            first_row: FirstRow::Header,
            delimiter: csv::Delimiter::Comma,
            columns: detection.map,
            detection,
            rows: Rows::default(),
            summary: Summary::default(),
            stop: Some(stop),
        }
    }

    /// Whether there was a header row at all.
    pub fn has_header(&self) -> bool {
        !self.header.is_empty()
    }

    /// The indices of the rows to show: all, or only those with a problem.
    pub fn visible(&self, only_problems: bool) -> Vec<usize> {
        if only_problems {
            self.rows.problem_rows().iter().map(|&i| i as usize).collect()
        } else {
            (0..self.rows.len()).collect()
        }
    }

    /// The checked roster as CSV for Excel (see [`export`]).
    pub fn export_csv(&self, words: &impl export::ExportWords) -> String {
        export::to_csv(self, words)
    }
}

/// Rows checked before the rest is estimated from the share of the text they took, and
/// memory set aside for it at once.
const ESTIMATE_AFTER: usize = 4_096;
/// Records read ahead of their check (see [`Check::step`]).
const AHEAD: usize = 48;

/// A check in progress: [`Check::step`] checks a number of rows at a time. Each record is
/// read into the same [`csv::Fields`] and its problems into the same list, so a row costs
/// no allocation; the roster keeps only where each row starts ([`Rows`]).
#[derive(Debug)]
pub struct Check {
    reader: csv::Reader,
    reference: NaiveDate,
    limits: Limits,
    seen: check::Seen,
    /// The records read ahead: their fields, where they start and what was wrong with
    /// their shape.
    ahead: Vec<(csv::Fields, (csv::Cursor, Option<csv::LineIssue>))>,
    problems: Vec<Problem>,
    /// Whether the text holds U+FFFD at all ([`check::Against::marks`]).
    marks: bool,
    /// Where the first row starts (for the estimate of the rows to come).
    first_pos: usize,
    roster: Roster,
    done: bool,
}

impl Check {
    /// Starts a check of `text`: reads the header and maps the columns. A text or a header
    /// over the limits is not read at all (see [`Roster::stop`]).
    pub fn new(text: String, options: &Options) -> Check {
        let limits = options.limits;
        // Rows are kept as 32-bit offsets into the text.
        let max = limits.bytes.min(u32::MAX as usize);
        let too_big = (text.len() > max).then_some(Stop::TooManyBytes { found: text.len(), max: limits.bytes });
        let text = if too_big.is_some() { String::new() } else { text };
        let delimiter = csv::Delimiter::detect(text.trim_start_matches('\u{FEFF}'));
        let mut reader = csv::Reader::new(&text, delimiter);
        // The header's fields are counted before they are read.
        let first_line = text.split(['\n', '\r']).next().unwrap_or("");
        let separators = first_line.bytes().filter(|&b| b == delimiter.byte()).count();
        let (header, stop) = if separators >= limits.columns {
            (Vec::new(), Some(Stop::TooManyColumns { found: separators + 1, max: limits.columns }))
        } else {
            (reader.next_record(&text).map(|r| r.fields.to_vec()).unwrap_or_default(), too_big)
        };
        reader.expected = Some(header.len());
        let first_row = options.first_row.unwrap_or(if columns::looks_like_data(&header) { FirstRow::Data } else { FirstRow::Header });
        let detection = match first_row {
            FirstRow::Header => columns::detect(&header),
            FirstRow::Data => columns::detect_by_content(&header),
        };
        if first_row == FirstRow::Data {
            // The first row is a person: read it again as a row.
            let expected = reader.expected;
            reader = csv::Reader::new(&text, delimiter);
            reader.expected = expected;
        }
        let columns = options.columns.unwrap_or(detection.map);
        let done = header.is_empty();
        let first_pos = reader.cursor.pos;
        let rows = Rows::new(text, reader.clone());
        // Memory grows with the rows actually read, never from a count of line feeds.
        Check {
            reader,
            reference: options.reference_date,
            limits,
            seen: check::Seen::new(options.seed),
            ahead: vec![Default::default(); AHEAD],
            problems: Vec::new(),
            marks: csv::holds_replacement(rows.text()),
            first_pos,
            roster: Roster { header, first_row, delimiter, detection, columns, rows, summary: Summary::default(), stop },
            done,
        }
    }

    /// Checks up to `max_rows` more rows; `true` when the whole text is checked.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let mut left = max_rows;
        while left > 0 && !self.done {
            // A few records read ahead, each one's place in the duplicate table touched;
            // then checked in order.
            let n = left.min(AHEAD);
            let mut read = 0;
            while read < n {
                let (fields, at) = &mut self.ahead[read];
                let Some(next) = self.reader.next_into(self.roster.rows.text(), fields) else { break };
                *at = next;
                read += 1;
            }
            let mut keys = [None; AHEAD];
            for (key, (fields, _)) in keys.iter_mut().zip(&self.ahead[..read]) {
                *key = self.seen.pack(&check::id_key(fields, &self.roster.columns));
            }
            self.seen.touch(&keys[..read]);
            for (i, &packed) in keys[..read].iter().enumerate() {
                if !self.check_ahead(i, packed) {
                    self.done = true;
                    break;
                }
            }
            if read < n {
                self.done = true;
            }
            left -= read;
        }
        self.done
    }

    /// Checks the `i`-th record read ahead; `false` when the check must stop (a limit, or
    /// memory out).
    fn check_ahead(&mut self, i: usize, packed: Option<check::PackedId>) -> bool {
        let (fields, (at, issue)) = &self.ahead[i];
        let (at, issue) = (*at, *issue);
        let rows = &mut self.roster.rows;
        let checked = rows.len();
        if checked >= self.limits.rows {
            self.roster.stop = Some(Stop::TooManyRows { max: self.limits.rows });
            return false;
        }
        if rows.try_reserve_one().is_err() || self.seen.try_reserve_one().is_err() {
            self.roster.stop = Some(Stop::OutOfMemory { rows: checked });
            return false;
        }
        let against =
            check::Against { map: &self.roster.columns, expected: self.roster.header.len(), reference: self.reference, marks: self.marks };
        self.problems.clear();
        check::check_fields(fields, (at.line, packed), issue, against, &mut self.seen, &mut self.problems);
        let max = self.limits.cell_chars;
        // No cell is longer than all of them together.
        let long = if fields.joined().len() > max {
            fields.iter().map(|f| if f.len() > max { f.chars().count() } else { 0 }).max().unwrap_or(0)
        } else {
            0
        };
        if long > max {
            self.problems.insert(0, Problem::CellTooLong { line: at.line, chars: long, max });
        }
        if rows.push(at, &self.problems).is_err() {
            self.roster.stop = Some(Stop::OutOfMemory { rows: checked });
            return false;
        }
        self.roster.summary.add(&self.problems);
        if checked + 1 == ESTIMATE_AFTER {
            // The rest of the text likely holds rows like these: room for them at once
            // (a little more than the share of the text read says).
            // (The rows before this one took the text up to where it starts.)
            let read = at.pos.saturating_sub(self.first_pos).max(1);
            let whole = rows.text().len().saturating_sub(self.first_pos);
            let estimate = (checked as u128 * whole as u128 * 102 / 100 / read as u128) as usize;
            let estimate = estimate.saturating_add(64).min(self.limits.rows);
            rows.reserve_for(estimate, ESTIMATE_AFTER);
            self.seen.reserve_for(estimate, ESTIMATE_AFTER);
        }
        true
    }

    /// Whether the whole text is checked.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The share of the text read so far, 0 to 1.
    pub fn progress(&self) -> f64 {
        let len = self.roster.rows.text().len();
        if self.done || len == 0 {
            1.0
        } else {
            self.reader.cursor.pos as f64 / len as f64
        }
    }

    /// The rows checked so far.
    pub fn rows_checked(&self) -> usize {
        self.roster.rows.len()
    }

    /// Checks whatever is left and returns the whole roster (with its text, to check it
    /// again with other columns: [`Rows::into_text`]).
    pub fn finish(mut self) -> Roster {
        while !self.step(usize::MAX) {}
        self.roster
    }
}

/// Checks the whole of `text` in one go.
pub fn check(text: &str, options: &Options) -> Roster {
    Check::new(text.to_string(), options).finish()
}
