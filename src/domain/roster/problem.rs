//! What can be wrong with a roster row: typed codes carrying their data (line, column,
//! lengths, dates). [`crate::words::roster`] words them, only for the rows on screen and the
//! export.

use chrono::NaiveDate;

use super::columns::Column;
use crate::domain::id::{IdError, IdKind, Sex};

/// A date of birth as written in the roster: a day, or only a year and month (出生年月).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BirthValue {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
}

impl BirthValue {
    /// Whether the date agrees with `birth` (to the month, for a year and month).
    pub fn agrees_with(self, birth: NaiveDate) -> bool {
        use chrono::Datelike;
        match self {
            BirthValue::Day(d) => d == birth,
            BirthValue::Month { year, month } => year == birth.year() && month == birth.month(),
        }
    }
}

/// One problem of one row. A row may have several; all are reported.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    /// A quote that was not closed: the line was read as it is.
    UnbalancedQuote { line: u32 },
    /// Text after a closing quote.
    TextAfterQuote { line: u32 },
    /// A name, ID number or mobile number cell holds a line break (a quoted value that spans
    /// lines: rows may have been merged into one).
    LineBreakInCell { line: u32, column: Column },
    /// A cell is longer than the limit.
    CellTooLong { line: u32, chars: usize, max: usize },
    /// The row holds U+FFFD, the mark of bytes that could not be decoded.
    Undecodable { line: u32 },
    /// More or fewer values than the header has columns.
    FieldCount { line: u32, found: usize, expected: usize },
    /// A required value has no column (the user should choose it).
    NoColumn(Column),
    /// The name is empty.
    MissingName,
    /// The ID number is empty.
    MissingId,
    /// The ID number fails a check.
    InvalidId(IdError),
    /// A valid number of a kind that is not a person's ID (a mobile number, a credit code).
    NotPersonalId(IdKind),
    /// The ID number (normalised) already appeared on an earlier line.
    DuplicateId { first_line: u32 },
    /// The mobile number fails a check.
    InvalidPhone(IdError),
    /// The sex column holds something other than 男/女.
    SexUnreadable,
    /// The sex column disagrees with the sex in the ID number.
    SexMismatch { given: Sex, from_id: Sex },
    /// The birth column is not a date.
    BirthUnreadable,
    /// The birth column disagrees with the date of birth in the ID number.
    BirthMismatch { given: BirthValue, from_id: NaiveDate },
}

impl Problem {
    /// A stable machine code: `unbalanced-quote`, `text-after-quote`, `field-count`,
    /// `line-break-in-cell`, `undecodable`, `cell-too-long`, `no-column`, `missing-name`, `missing-id`, `invalid-id`, `not-personal-id`,
    /// `duplicate-id`, `invalid-phone`, `sex-unreadable`, `sex-mismatch`, `birth-unreadable`,
    /// `birth-mismatch`.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::UnbalancedQuote { .. } => "unbalanced-quote",
            Problem::TextAfterQuote { .. } => "text-after-quote",
            Problem::LineBreakInCell { .. } => "line-break-in-cell",
            Problem::Undecodable { .. } => "undecodable",
            Problem::CellTooLong { .. } => "cell-too-long",
            Problem::FieldCount { .. } => "field-count",
            Problem::NoColumn(_) => "no-column",
            Problem::MissingName => "missing-name",
            Problem::MissingId => "missing-id",
            Problem::InvalidId(_) => "invalid-id",
            Problem::NotPersonalId(_) => "not-personal-id",
            Problem::DuplicateId { .. } => "duplicate-id",
            Problem::InvalidPhone(_) => "invalid-phone",
            Problem::SexUnreadable => "sex-unreadable",
            Problem::SexMismatch { .. } => "sex-mismatch",
            Problem::BirthUnreadable => "birth-unreadable",
            Problem::BirthMismatch { .. } => "birth-mismatch",
        }
    }
}
