//! The checked roster as a CSV file for Excel: UTF-8 with a byte order mark (so Excel reads
//! the Chinese), comma-separated, CRLF line ends, the original columns and a problems column
//! appended, a few words per problem (the page has the full sentences), worded by
//! [`crate::words::roster::export`]. Beside the ID
//! column comes a cleaned copy of it ([`clean_id`]: spaces gone, capital X, full-width
//! characters folded); the original cell is never altered.
//!
//! Cells that a spreadsheet would run as a formula are prefixed with `'` (OWASP's advice on
//! CSV injection): those whose first character, after spaces, line breaks, zero-width
//! characters and byte order marks, is `=`, `+`, `-`, `@`, `|` or a full-width `＝ ＋ － ＠`,
//! and those starting with a tab or a carriage return. The text is otherwise kept as it is.
//!
//! The file is made in pieces ([`pieces`]) so the page can hand them to a `Blob` one by one
//! rather than build one giant string.

use super::session::View;
use super::Roster;

/// Whether a spreadsheet could run `value` as a formula.
///
/// ```
/// use yibao::domain::roster::export::is_formula;
/// assert!(is_formula("=1+1"));
/// assert!(is_formula(" \u{200B}\u{FEFF}@SUM(A1)"));
/// assert!(is_formula("\n=cmd"));
/// assert!(is_formula("\tx"));
/// assert!(is_formula("＝1+1"));
/// assert!(!is_formula("张三"));
/// assert!(!is_formula("a=b"));
/// ```
pub fn is_formula(value: &str) -> bool {
    for c in value.chars() {
        match c {
            '\t' | '\r' => return true,
            '=' | '+' | '-' | '@' | '|' | '＝' | '＋' | '－' | '＠' => return true,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' => {}
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    false
}

/// A cell made safe and quoted where needed.
///
/// ```
/// use yibao::domain::roster::export::cell;
/// assert_eq!(cell("=1+1"), "'=1+1");
/// assert_eq!(cell("Li, Lei"), "\"Li, Lei\"");
/// assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
/// assert_eq!(cell("+8613812345678"), "'+8613812345678");
/// ```
pub fn cell(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    push_cell(&mut out, value);
    out
}

/// [`cell`] written at the end of `out`.
pub fn push_cell(out: &mut String, value: &str) {
    let formula = is_formula(value);
    let quoted = value.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        let mut parts = value.split('"');
        out.push_str(parts.next().unwrap_or_default());
        for part in parts {
            out.push_str("\"\"");
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// The ID number as it should be typed: spaces and hyphens dropped, full-width digits and
/// letters folded, letters in capitals (the form duplicates are compared in).
///
/// ```
/// use yibao::domain::roster::export::clean_id;
/// assert_eq!(clean_id(" 11010519491231002x "), "11010519491231002X");
/// assert_eq!(clean_id("１１０１０５ 1949-1231 002Ｘ"), "11010519491231002X");
/// ```
pub fn clean_id(raw: &str) -> String {
    crate::domain::id::normalise::compact(raw.trim()).into_owned()
}

/// The words an export needs. The catalogue gives them for each language
/// (`impl ExportWords for Lang` in `crate::words::roster`): this module never words.
pub trait ExportWords {
    /// The name of column `i` (0-based) of a roster without a header, mapped to `mapped`.
    fn column_name(&self, i: usize, mapped: Option<super::columns::Column>) -> String;
    /// The heading of the cleaned ID column.
    fn cleaned_header(&self) -> &'static str;
    /// The heading of the problems column.
    fn problems_header(&self) -> &'static str;
    /// The problems cell of a row.
    fn problems(&self, problems: &[super::Problem]) -> String;
}

/// The whole file, starting with the byte order mark.
pub fn to_csv(roster: &Roster, words: &impl ExportWords) -> String {
    pieces(roster, words, View::All, 10_000).collect()
}

/// The file in pieces of up to `rows` rows each (at least one), the first starting with the
/// byte order mark and the header: every row, or only those with a problem ([`View`]).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::{lang::Lang, roster::{check, export::pieces, session::View, Options}};
/// let r = check("姓名,身份证号码\n张三,11010519491231002X\n,1\n", &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
/// let only: String = pieces(&r, &Lang::En, View::Problems, 10).collect();
/// assert_eq!(only.lines().count(), 2, "{only}");
/// assert!(only.ends_with(",1,1,name empty; ID number: wrong length\r\n"), "{only}");
/// // Without a header row the first person is a row like the others, under column names.
/// let r = check("张三,11010519491231002X\n李四,1\n", &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
/// let all: String = pieces(&r, &Lang::En, View::All, 10).collect();
/// assert_eq!(all.lines().count(), 3, "{all}");
/// assert!(!all.lines().next().unwrap().contains("张三"), "{all}");
/// ```
pub fn pieces<'a>(roster: &'a Roster, words: &'a impl ExportWords, view: View, rows: usize) -> impl Iterator<Item = String> + 'a {
    let rows = rows.max(1);
    let mut head = String::from('\u{FEFF}');
    let id = roster.columns.id.filter(|&i| i < roster.header.len());
    let mut header: Vec<String> = export_header(roster, words).iter().map(|h| cell(h)).collect();
    if let Some(i) = id {
        header.insert(i + 1, cell(words.cleaned_header()));
    }
    header.push(cell(words.problems_header()));
    push_line(&mut head, header.into_iter());
    let width = roster.header.len();
    let wanted: Box<dyn Iterator<Item = usize>> = match view {
        View::All => Box::new(0..roster.rows.len()),
        View::Problems => Box::new(roster.rows.problem_rows().iter().map(|&i| i as usize)),
    };
    let mut wanted = wanted.peekable();
    let mut fields = super::csv::Fields::default();
    let body = std::iter::from_fn(move || {
        wanted.peek()?;
        let mut out = String::with_capacity(rows.min(100_000) * 96);
        for i in wanted.by_ref().take(rows) {
            roster.rows.fields_into(i, &mut fields);
            push_row(&mut out, width, id, &fields, &words.problems(roster.rows.problems_of(i)));
        }
        Some(out)
    });
    std::iter::once(head).chain(body)
}

/// The export's column names: the file's own header, or, for a roster without one (its
/// first row is a person, exported as the first row like every other), the mapped column's
/// name or "第 N 列", so the first person never reads as a header.
fn export_header(roster: &Roster, words: &impl ExportWords) -> Vec<String> {
    if roster.first_row == crate::domain::roster::FirstRow::Header {
        return roster.header.clone();
    }
    (0..roster.header.len())
        .map(|i| words.column_name(i, super::columns::Column::ALL.into_iter().find(|&c| roster.columns.get(c) == Some(i))))
        .collect()
}

fn push_line(out: &mut String, cells: impl Iterator<Item = String>) {
    let mut first = true;
    for c in cells {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&c);
    }
    out.push_str("\r\n");
}

/// One row: its cells (padded to the header's `width`), the cleaned ID after column `id`
/// (which is below `width`), and its problems.
fn push_row(out: &mut String, width: usize, id: Option<usize>, fields: &super::csv::Fields, problems: &str) {
    let columns = fields.len().max(width);
    for i in 0..columns {
        if i > 0 {
            out.push(',');
        }
        let value = fields.get(i).unwrap_or("");
        push_cell(out, value);
        if Some(i) == id {
            out.push(',');
            push_cell(out, &clean_id(value));
        }
    }
    out.push(',');
    push_cell(out, problems);
    out.push_str("\r\n");
}
