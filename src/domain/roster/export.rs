//! The checked roster as a CSV file for Excel: UTF-8 with a byte order mark (so Excel reads
//! the Chinese), comma-separated, CRLF line ends, the original columns and a problems column
//! appended. Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return) are prefixed with `'` (OWASP's advice on CSV injection).

use super::Roster;
use crate::domain::lang::Lang;

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
    let value = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The header of the appended column.
pub fn problems_header(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "检查结果",
        Lang::En => "Problems",
    }
}

/// The whole file, starting with the byte order mark.
pub fn to_csv(roster: &Roster, lang: Lang) -> String {
    let width = roster.header.len();
    let mut out = String::with_capacity(roster.rows.len() * 64 + 64);
    out.push('\u{FEFF}');
    let mut line = |cells: &mut dyn Iterator<Item = String>| {
        let mut first = true;
        for c in cells {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&c);
        }
        out.push_str("\r\n");
    };
    let header = roster.header.iter().map(|h| cell(h)).chain([cell(problems_header(lang))]);
    line(&mut header.into_iter());
    let sep = match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    };
    for row in &roster.rows {
        let pad = width.saturating_sub(row.fields.len());
        let problems = if row.problems.is_empty() {
            match lang {
                Lang::Zh => "无问题".to_string(),
                Lang::En => "OK".to_string(),
            }
        } else {
            row.problems.iter().map(|p| p.message(lang)).collect::<Vec<_>>().join(sep)
        };
        let mut cells = row.fields.iter().map(cell).chain(std::iter::repeat_n(String::new(), pad)).chain([cell(&problems)]);
        line(&mut cells);
    }
    out
}
