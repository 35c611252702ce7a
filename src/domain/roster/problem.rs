//! What can be wrong with a roster row, each with a message that says how to fix it.

use chrono::NaiveDate;

use super::columns::Column;
use super::group;
use crate::domain::id::{IdError, IdKind, Sex};
use crate::domain::lang::Lang;

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

    fn show(self) -> String {
        match self {
            BirthValue::Day(d) => crate::domain::date::iso(d),
            BirthValue::Month { year, month } => format!("{year:04}-{month:02}"),
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

    /// A few words in `lang` for the export's problems column (the page shows the full
    /// [`message`](Problem::message); a 1,000,000-row export must not repeat sentences).
    ///
    /// ```
    /// use yibao::domain::{lang::Lang, roster::problem::Problem};
    /// assert_eq!(Problem::DuplicateId { first_line: 3 }.short(Lang::Zh), "证件号码与第 3 行重复");
    /// assert_eq!(Problem::MissingName.short(Lang::En), "name empty");
    /// ```
    pub fn short(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let s = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
        let id_error = |e: &IdError| match e.code() {
            "empty" => s("为空", "empty"),
            "length" => s("位数不对", "wrong length"),
            "character" => s("含无效字符", "invalid character"),
            "date" => s("出生日期无效", "invalid date of birth"),
            "future-date" => s("出生日期在未来", "date of birth in the future"),
            "region" => s("地区码无效", "invalid region code"),
            "check" => s("校验码不对", "wrong check character"),
            "prefix" => s("号段不对", "wrong prefix"),
            _ => s("有误", "invalid"),
        };
        match self {
            Problem::UnbalancedQuote { .. } => s("引号不成对", "unclosed quote"),
            Problem::TextAfterQuote { .. } => s("右引号后有字符", "text after quote"),
            Problem::LineBreakInCell { column, .. } => {
                if zh {
                    format!("{}内有换行", column.label().zh)
                } else {
                    format!("line break in {}", column.label().en.to_lowercase())
                }
            }
            Problem::Undecodable { .. } => s("有无法识别的字符", "unreadable characters"),
            Problem::CellTooLong { chars, .. } => {
                if zh {
                    format!("有一格长 {} 个字符", group(*chars))
                } else {
                    format!("a cell of {} characters", group(*chars))
                }
            }
            Problem::FieldCount { line, found, expected } => {
                if zh {
                    format!("第 {line} 行有 {found} 列（表头 {expected} 列）")
                } else {
                    format!("line {line}: {found} values, header has {expected}")
                }
            }
            Problem::NoColumn(c) => {
                if zh {
                    format!("没有“{}”列", c.label().zh)
                } else {
                    format!("no {} column", c.label().en.to_lowercase())
                }
            }
            Problem::MissingName => s("姓名为空", "name empty"),
            Problem::MissingId => s("证件号码为空", "ID number empty"),
            Problem::InvalidId(e) => format!("{}{}", s("证件号码", "ID number: "), id_error(e)),
            Problem::NotPersonalId(_) => s("不是个人证件号码", "not a personal ID number"),
            Problem::DuplicateId { first_line } => {
                if zh {
                    format!("证件号码与第 {first_line} 行重复")
                } else {
                    format!("ID number repeats line {first_line}")
                }
            }
            Problem::InvalidPhone(e) => format!("{}{}", s("手机号码", "mobile number: "), id_error(e)),
            Problem::SexUnreadable => s("性别无法识别", "sex unreadable"),
            Problem::SexMismatch { .. } => s("性别与证件号码不符", "sex differs from ID number"),
            Problem::BirthUnreadable => s("出生日期无法识别", "date of birth unreadable"),
            Problem::BirthMismatch { .. } => s("出生日期与证件号码不符", "date of birth differs from ID number"),
        }
    }

    /// The message in `lang`: what is wrong and how to fix it.
    ///
    /// ```
    /// use yibao::domain::{lang::Lang, roster::problem::Problem};
    /// assert_eq!(
    ///     Problem::DuplicateId { first_line: 3 }.message(Lang::Zh),
    ///     "证件号码与第 3 行重复：同一人只需登记一次。请删除重复的一行，或核对两行的号码。"
    /// );
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let s = |a: String, b: String| if zh { a } else { b };
        match self {
            Problem::UnbalancedQuote { line } => s(
                format!("第 {line} 行的英文双引号 \" 不成对，这一行已按原样读取。请删除多余的引号，或在值的两端各加一个引号。"),
                format!("Line {line} has a double quote \" that is not closed, so the line was read as it is. Remove the stray quote, or put a quote at both ends of the value."),
            ),
            Problem::TextAfterQuote { line } => s(
                format!("第 {line} 行有字符紧跟在右引号之后。请把整个值放在一对引号内，值内的引号写成两个 \"\"。"),
                format!("Line {line} has characters right after a closing quote. Put the whole value inside one pair of quotes and double any quote inside it (\"\")."),
            ),
            Problem::LineBreakInCell { line, column } => s(
                format!("第 {line} 行的“{}”里有换行：引号内的值跨了多行，几行可能被并成了一行。请删除值里的换行，或补上缺少的引号。", column.label().zh),
                format!("The {} on line {line} holds a line break: a quoted value spans lines, so several rows may have been merged into one. Remove the line break, or add the missing quote.", column.label().en.to_lowercase()),
            ),
            Problem::CellTooLong { line, chars, max } => s(
                format!("第 {line} 行有一格长 {} 个字符，超过 {} 个字符的上限：可能少了引号或换行，几行被并成了一格。请核对这一行。", group(*chars), group(*max)),
                format!("Line {line} has a cell of {} characters, over the limit of {}: a quote or line break may be missing, merging rows into one cell. Check this line.", group(*chars), group(*max)),
            ),
            Problem::Undecodable { line } => s(
                format!("第 {line} 行有无法识别的字符（显示为 �）：文件的编码可能有误。请在 Excel 中另存为“CSV UTF-8”后重新选择文件，或核对这一行。"),
                format!("Line {line} has characters that could not be read (shown as �): the file's encoding may be wrong. Save it from Excel as “CSV UTF-8” and choose it again, or check this line."),
            ),
            Problem::FieldCount { line, found, expected } => {
                if found > expected {
                    s(
                        format!("第 {line} 行有 {found} 列，比表头多 {} 列：可能某个值里含有分隔符。请把含逗号的值放在英文双引号内，或删除多余的列。", found - expected),
                        format!("Line {line} has {found} values, {} more than the header: a value may contain the separator. Put values with commas inside double quotes, or remove the extra values.", found - expected),
                    )
                } else {
                    s(
                        format!("第 {line} 行只有 {found} 列，表头有 {expected} 列。请补上缺少的值（空值也要保留分隔符）。"),
                        format!("Line {line} has only {found} values; the header has {expected}. Add the missing values (keep the separator for an empty value)."),
                    )
                }
            }
            Problem::NoColumn(c) => s(
                format!("没有找到“{}”列。请在“列对应”中选择哪一列是{}，然后重新检查。", c.label().zh, c.label().zh),
                format!("No column was found for the {}. Choose which column holds it under “Columns”, then check again.", c.label().en.to_lowercase()),
            ),
            Problem::MissingName => s(
                "姓名为空。请填写参保人的姓名，与身份证上一致。".into(),
                "The name is empty. Enter the person's name as on the ID card.".into(),
            ),
            Problem::MissingId => s(
                "证件号码为空。请填写18位身份证号码（或居住证、永久居留身份证号码），例如 11010519491231002X。".into(),
                "The ID number is empty. Enter the 18-character ID number (or residence permit or permanent residence ID number), for example 11010519491231002X.".into(),
            ),
            Problem::InvalidId(e) => crate::words::id::error(e, lang),
            Problem::NotPersonalId(kind) => s(
                format!("证件号码列中是{}，不是个人证件号码。请填写参保人的身份证号码。", crate::words::id::noun(*kind, Lang::Zh)),
                format!("The ID column holds a {}, not a personal ID number. Enter the person's ID number.", crate::words::id::noun(*kind, Lang::En)),
            ),
            Problem::DuplicateId { first_line } => s(
                format!("证件号码与第 {first_line} 行重复：同一人只需登记一次。请删除重复的一行，或核对两行的号码。"),
                format!("The ID number is the same as on line {first_line}: each person is listed once. Remove the repeated row, or check both numbers."),
            ),
            Problem::InvalidPhone(e) => s(
                format!("手机号码有误：{}", crate::words::id::error(e, lang)),
                format!("Mobile number: {}", crate::words::id::error(e, lang)),
            ),
            Problem::SexUnreadable => s(
                "性别无法识别。请填写“男”或“女”。".into(),
                "The sex could not be read. Enter 男 (male) or 女 (female).".into(),
            ),
            Problem::SexMismatch { given, from_id } => s(
                format!("性别填的是“{}”，但证件号码第17位表示“{}”。请核对性别或证件号码。", crate::words::id::sex(*given, Lang::Zh), crate::words::id::sex(*from_id, Lang::Zh)),
                format!("The sex is given as {}, but the ID number's 17th character says {}. Check the sex or the ID number.", crate::words::id::sex(*given, Lang::En).to_lowercase(), crate::words::id::sex(*from_id, Lang::En).to_lowercase()),
            ),
            Problem::BirthUnreadable => s(
                "出生日期无法识别。请写成 2015-09-01 这样的格式（年-月-日）。".into(),
                "The date of birth could not be read. Write it as year-month-day, for example 2015-09-01.".into(),
            ),
            Problem::BirthMismatch { given, from_id } => s(
                format!("出生日期填的是 {}，但证件号码中的出生日期是 {}。请核对出生日期或证件号码。", given.show(), crate::domain::date::iso(*from_id)),
                format!("The date of birth is given as {}, but the ID number says {}. Check the date of birth or the ID number.", given.show(), crate::domain::date::iso(*from_id)),
            ),
        }
    }
}
