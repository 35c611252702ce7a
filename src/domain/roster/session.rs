//! What the roster worker and the page say to each other, and the checked roster the worker
//! keeps.
//!
//! The check runs in a Web Worker (`src/bin/roster-worker.rs`), so the page's own thread
//! never holds the text nor the rows. The page gets back an [`Outcome`]: the counts, the
//! header and the columns, the indices of the rows with a problem (for the filter and "jump
//! to the next problem"), and the first rows of each view; it asks for more rows
//! ([`Request::Rows`]) as they come into view. Rows travel as [`ShownRow`]s: cells cut to
//! what the table shows, and problems as typed values, worded by the page in its language
//! only for the rows on screen.
//!
//! The messages are serde types (the page and the worker exchange them as plain objects
//! through `serde-wasm-bindgen`), so they are tested natively.
//!
//! ```
//! use chrono::NaiveDate;
//! use yibao::domain::roster::session::{Session, View};
//! use yibao::domain::roster::Options;
//! let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
//! let text = "姓名,身份证号码\n张三,11010519491231002X\n李四,110105194912310021\n".to_string();
//! let session = Session::check(text, &Options::new(today));
//! let outcome = session.outcome(10);
//! assert_eq!((outcome.summary.total, outcome.summary.invalid), (2, 1));
//! assert_eq!(session.problem_rows(), [1]);
//! let rows = session.rows(View::Problems, 0, 10);
//! assert_eq!((rows[0].index, rows[0].line, rows[0].cells[0].text.as_str()), (1, 3, "李四"));
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::columns::{Column, ColumnMap};
use super::csv::Fields;
use super::{Check, FirstRow, Options, Problem, Roster, Stop, Summary};
use crate::domain::lang::Lang;

/// Rows of each view sent with the outcome (the page shows them at once; it asks for
/// others as they come into view). Enough for the first screen and some scrolling: each
/// row more is work for the page's thread when the result arrives.
pub const FIRST_ROWS: usize = 30;
/// Characters of a cell sent to the page (the table shows this many, then the full length).
pub const CELL_SHOWN: usize = 200;
/// Header cells sent to the page (the column selects offer this many).
pub const HEADER_SHOWN: usize = 200;
/// Characters of a header cell sent to the page (a select option shows 60, then "…").
pub const HEADER_CHARS: usize = 61;

/// Which rows: all of them, or only those with a problem.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    #[default]
    All,
    Problems,
}

/// What the page asks of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRequest {
    /// The device's today (dates of birth after it are errors).
    pub today: NaiveDate,
    /// The user's choice of columns; `None` for the header's.
    pub columns: Option<ColumnMap>,
    /// The user's answer to "第一行是表头吗？"; `None` to decide from the first row.
    pub first_row: Option<FirstRow>,
}

/// A message from the page to the worker. The text or the file of a [`Request::Check`] and
/// of a [`Request::Measure`] travels beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// Check the text or file sent with the message: a new roster.
    Check(CheckRequest),
    /// Check the last roster again (other columns, another answer about the first row).
    Recheck(CheckRequest),
    /// Count the lines and bytes of the pasted text sent with the message; keep nothing.
    Measure,
    /// `count` rows of `view` from position `from` in it.
    Rows { view: View, from: usize, count: usize },
    /// The checked roster as a CSV file, in `lang`: all rows or only those with a problem.
    Export { lang: Lang, view: View },
}

/// A message from the worker to the page. The indices of the rows with a problem travel
/// beside a [`Reply::Done`] (a `Uint32Array`), the file beside a [`Reply::Exported`] (a Blob).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// A file was read: its encoding and the first line with bytes not valid in it.
    Read { encoding: super::decode::Encoding, bad_line: Option<u32> },
    /// A file could not be read.
    Unreadable,
    /// Rows checked so far and the share of the text read (0 to 1).
    Progress { rows: usize, share: f64 },
    /// The check is done.
    Done(Box<Outcome>),
    /// The rows asked for.
    Rows { view: View, from: usize, rows: Vec<ShownRow> },
    /// The pasted text measured.
    Measured { lines: usize, bytes: usize },
    /// The export is ready (the Blob is beside the message).
    Exported,
}

/// A cell as the table shows it: trimmed, cut to [`CELL_SHOWN`] characters, and its full
/// length in characters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub text: String,
    pub chars: usize,
}

impl Cell {
    /// `value` trimmed and cut.
    ///
    /// ```
    /// use yibao::domain::roster::session::Cell;
    /// let c = Cell::of(&" 长".repeat(300));
    /// assert_eq!((c.text.chars().count(), c.chars, c.is_cut()), (200, 599, true));
    /// assert!(!Cell::of(" 张三 ").is_cut());
    /// ```
    pub fn of(value: &str) -> Cell {
        let value = value.trim();
        if value.len() <= CELL_SHOWN {
            return Cell { text: value.to_string(), chars: value.chars().count() };
        }
        let chars = value.chars().count();
        Cell { text: value.chars().take(CELL_SHOWN).collect(), chars }
    }

    /// Whether the text is only the start of the cell.
    pub fn is_cut(&self) -> bool {
        self.chars > self.text.chars().count()
    }
}

/// One row as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownRow {
    /// The row's index among all rows (0-based).
    pub index: u32,
    /// The line it starts on (the header is line 1).
    pub line: u32,
    /// The name, ID number, mobile number, sex and date of birth ([`Column::ALL`]'s order).
    pub cells: [Cell; 5],
    pub problems: Vec<Problem>,
}

impl ShownRow {
    /// Row `index` of `rows`, its cells read into `fields`.
    fn of(index: usize, rows: &super::Rows, map: &ColumnMap, fields: &mut Fields) -> ShownRow {
        rows.fields_into(index, fields);
        let value = |c: Column| map.get(c).and_then(|i| fields.get(i)).unwrap_or("");
        ShownRow {
            index: index as u32,
            line: rows.line(index).unwrap_or(0),
            cells: Column::ALL.map(|c| Cell::of(value(c))),
            problems: rows.problems_of(index).to_vec(),
        }
    }

    /// Whether the row has no problem.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The checked roster as the page needs it, without its rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The first row (up to [`HEADER_SHOWN`] cells of [`HEADER_CHARS`] characters): the
    /// column names, or the first person's cells for a headerless roster.
    pub header: Vec<String>,
    /// The number of cells in the first row.
    pub header_len: usize,
    pub first_row: FirstRow,
    /// Whether the page should ask the user to confirm the columns.
    pub unsure: bool,
    /// The columns used.
    pub columns: ColumnMap,
    pub summary: Summary,
    pub stop: Option<Stop>,
    /// The first rows of all rows.
    pub first_all: Vec<ShownRow>,
    /// The first rows with a problem.
    pub first_problems: Vec<ShownRow>,
}

impl Outcome {
    /// Whether there was a first row at all.
    pub fn has_header(&self) -> bool {
        self.header_len > 0
    }

    /// A roster not read at all because of `stop`.
    pub fn stopped(stop: Stop) -> Outcome {
        Session::from_roster(Roster::stopped(stop)).outcome(0)
    }

    /// The number of rows in `view`.
    pub fn count(&self, view: View) -> usize {
        match view {
            View::All => self.summary.total,
            View::Problems => self.summary.invalid,
        }
    }
}

/// A checked roster as the worker keeps it: its rows, and the text they are in (to check it
/// again with other columns).
#[derive(Debug)]
pub struct Session {
    roster: Roster,
}

impl Session {
    /// Checks `text` in one go.
    pub fn check(text: String, options: &Options) -> Session {
        Session::from_roster(Check::new(text, options).finish())
    }

    /// A session of a roster checked elsewhere.
    pub fn from_roster(roster: Roster) -> Session {
        Session { roster }
    }

    /// The text checked, to check again.
    pub fn into_text(self) -> String {
        self.roster.rows.into_text()
    }

    pub fn roster(&self) -> &Roster {
        &self.roster
    }

    /// The indices of the rows with a problem, in order.
    pub fn problem_rows(&self) -> &[u32] {
        self.roster.rows.problem_rows()
    }

    /// The outcome, with the first `first` rows of each view.
    pub fn outcome(&self, first: usize) -> Outcome {
        let r = &self.roster;
        Outcome {
            header: r.header.iter().take(HEADER_SHOWN).map(|h| h.chars().take(HEADER_CHARS).collect()).collect(),
            header_len: r.header.len(),
            first_row: r.first_row,
            unsure: r.detection.is_unsure() || !r.columns.missing_required().is_empty(),
            columns: r.columns,
            summary: r.summary,
            stop: r.stop,
            first_all: self.rows(View::All, 0, first),
            first_problems: self.rows(View::Problems, 0, first),
        }
    }

    /// `count` rows of `view` from position `from` in it (fewer at the end).
    pub fn rows(&self, view: View, from: usize, count: usize) -> Vec<ShownRow> {
        let map = &self.roster.columns;
        let rows = &self.roster.rows;
        let mut fields = Fields::default();
        match view {
            View::All => {
                let end = from.saturating_add(count).min(rows.len());
                (from.min(end)..end).map(|i| ShownRow::of(i, rows, map, &mut fields)).collect()
            }
            View::Problems => {
                let problems = rows.problem_rows();
                let end = from.saturating_add(count).min(problems.len());
                problems[from.min(end)..end].iter().map(|&i| ShownRow::of(i as usize, rows, map, &mut fields)).collect()
            }
        }
    }

    /// The export in pieces (see [`super::export::pieces`]).
    pub fn export<'a>(&'a self, words: &'a impl super::export::ExportWords, view: View, rows: usize) -> impl Iterator<Item = String> + 'a {
        super::export::pieces(&self.roster, words, view, rows)
    }
}

/// The lines (a last line without a line end counted) and bytes of a pasted text.
///
/// ```
/// use yibao::domain::roster::session::measure;
/// assert_eq!(measure("a\nb\r\nc"), (3, 6));
/// assert_eq!(measure("a\n"), (1, 2));
/// assert_eq!(measure(""), (0, 0));
/// ```
pub fn measure(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let mut lines = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            lines += 1;
        }
    }
    if !matches!(b.last(), None | Some(b'\n' | b'\r')) {
        lines += 1;
    }
    (lines, b.len())
}

/// A roster of `rows` made-up people with the usual mix (valid and broken ID numbers,
/// mobiles, a repeated person), checked and thrown away: the worker runs it as it starts, so
/// that the browser has compiled the check's hot code fully before the user's roster comes
/// (WebAssembly starts in a quick baseline compiler; a first check of 100,000 rows ran 2.4×
/// slower than the next). Returns what the check found, for the tests.
pub fn warm_up(rows: usize) -> Summary {
    use std::fmt::Write as _;
    let mut text = String::from("姓名,身份证号码,联系电话\n");
    let mut x: u64 = 14;
    for i in 0..rows {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let body = format!("4414811990{:02}{:02}{:03}", 1 + (x >> 33) % 12, 1 + (x >> 40) % 28, (x >> 50) % 1000);
        let digits: [u8; 17] = body.as_bytes().try_into().unwrap_or([b'0'; 17]);
        let check = match i % 8 {
            0 => b'0' + ((crate::domain::id::checks::mod11_2_check(&digits) - b'0' + 1) % 10),
            _ => crate::domain::id::checks::mod11_2_check(&digits),
        };
        let id = match i % 16 {
            3 => body[..15].to_string(),
            5 => format!(" {}{} ", body, (check as char).to_ascii_lowercase()),
            _ => format!("{}{}", body, check as char),
        };
        let _ = writeln!(text, "学生{i},{id},13{:09}", (x >> 20) % 1_000_000_000);
    }
    let options = Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or(NaiveDate::MIN));
    Session::check(text, &options).outcome(FIRST_ROWS).summary
}
