//! The decisions of the roster check ([`crate::domain::roster`]) worded: each problem in full
//! for the page ([`problem`]) and in a few words for the export ([`problem_short`]), why a
//! check stopped ([`stop`]), the limits ([`limits`]), the column names ([`column`]) and the
//! export's own words ([`export_header`] and the rest).
//!
//! The domain keeps problems as typed codes with their data (line, column, lengths, dates);
//! they are worded here only for the rows on screen and for the export. Each language is one
//! exhaustive `match`, so a new problem cannot go unworded in either; numbers are written by
//! [`number`] and dates by [`birth`] (through [`format_date`]) alone.

use chrono::NaiveDate;

use crate::domain::id::{IdError, Sex};
use crate::domain::lang::{format_date, Lang};
use crate::domain::roster::problem::BirthValue;
use crate::domain::roster::{Column, Limits, Problem, Stop};

/// `n` with thousands separated by commas (both languages write numbers so).
///
/// ```
/// assert_eq!(yibao::words::roster::number(1_000_000), "1,000,000");
/// assert_eq!(yibao::words::roster::number(999), "999");
/// ```
pub fn number(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A date of birth for people: `2015年9月1日`, `1 September 2015`; a year and month
/// `2015年9月`, `September 2015`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::{lang::Lang, roster::problem::BirthValue};
/// use yibao::words::roster::birth;
/// assert_eq!(birth(BirthValue::Day(NaiveDate::from_ymd_opt(2015, 9, 1).unwrap()), Lang::En), "1 September 2015");
/// assert_eq!(birth(BirthValue::Month { year: 2015, month: 9 }, Lang::Zh), "2015年9月");
/// assert_eq!(birth(BirthValue::Month { year: 2015, month: 9 }, Lang::En), "September 2015");
/// ```
pub fn birth(value: BirthValue, lang: Lang) -> String {
    match value {
        BirthValue::Day(d) => format_date(d, lang),
        BirthValue::Month { year, month } => match (lang, NaiveDate::from_ymd_opt(year, month, 1)) {
            (Lang::Zh, _) => format!("{year}年{month}月"),
            // The month's name as `format_date` writes it, without the day.
            (Lang::En, Some(first)) => format_date(first, lang).split_once(' ').map(|(_, rest)| rest.to_string()).unwrap_or_default(),
            (Lang::En, None) => format!("{year:04}-{month:02}"),
        },
    }
}

/// The name of a column, as its heading.
pub fn column(c: Column, lang: Lang) -> &'static str {
    match (lang, c) {
        (Lang::Zh, Column::Name) => "姓名",
        (Lang::Zh, Column::Id) => "证件号码",
        (Lang::Zh, Column::Phone) => "手机号码",
        (Lang::Zh, Column::Sex) => "性别",
        (Lang::Zh, Column::Birth) => "出生日期",
        (Lang::En, Column::Name) => "Name",
        (Lang::En, Column::Id) => "ID number",
        (Lang::En, Column::Phone) => "Mobile number",
        (Lang::En, Column::Sex) => "Sex",
        (Lang::En, Column::Birth) => "Date of birth",
    }
}

/// The name of a column inside an English sentence ("the ID number", "the date of birth").
fn column_in_sentence(c: Column) -> &'static str {
    match c {
        Column::Name => "name",
        Column::Id => "ID number",
        Column::Phone => "mobile number",
        Column::Sex => "sex",
        Column::Birth => "date of birth",
    }
}

/// A sex inside a sentence: 男/女, male/female.
fn sex(s: Sex, lang: Lang) -> String {
    let label = crate::words::id::sex(s, lang);
    match lang {
        Lang::Zh => label.to_string(),
        Lang::En => label.to_lowercase(),
    }
}

/// The message of `p` in `lang`: what is wrong and how to fix it.
///
/// ```
/// use yibao::domain::{lang::Lang, roster::problem::Problem};
/// assert_eq!(
///     yibao::words::roster::problem(&Problem::DuplicateId { first_line: 3 }, Lang::Zh),
///     "证件号码与第 3 行重复：同一人只需登记一次。请删除重复的一行，或核对两行的号码。"
/// );
/// ```
pub fn problem(p: &Problem, lang: Lang) -> String {
    match lang {
        Lang::Zh => problem_zh(p),
        Lang::En => problem_en(p),
    }
}

fn problem_zh(p: &Problem) -> String {
    let zh = Lang::Zh;
    match p {
        Problem::UnbalancedQuote { line } => {
            format!("第 {line} 行的英文双引号 \" 不成对，这一行已按原样读取。请删除多余的引号，或在值的两端各加一个引号。")
        }
        Problem::TextAfterQuote { line } => {
            format!("第 {line} 行有字符紧跟在右引号之后。请把整个值放在一对引号内，值内的引号写成两个 \"\"。")
        }
        Problem::LineBreakInCell { line, column: c } => format!(
            "第 {line} 行的“{}”里有换行：引号内的值跨了多行，几行可能被并成了一行。请删除值里的换行，或补上缺少的引号。",
            column(*c, zh)
        ),
        Problem::CellTooLong { line, chars, max } => format!(
            "第 {line} 行有一格长 {} 个字符，超过 {} 个字符的上限：可能少了引号或换行，几行被并成了一格。请核对这一行。",
            number(*chars),
            number(*max)
        ),
        Problem::Undecodable { line } => format!(
            "第 {line} 行有无法识别的字符（显示为 �）：文件的编码可能有误。请在 Excel 中另存为“CSV UTF-8”后重新选择文件，或核对这一行。"
        ),
        Problem::FieldCount { line, found, expected } if found > expected => format!(
            "第 {line} 行有 {found} 列，比表头多 {} 列：可能某个值里含有分隔符。请把含逗号的值放在英文双引号内，或删除多余的列。",
            found - expected
        ),
        Problem::FieldCount { line, found, expected } => {
            format!("第 {line} 行只有 {found} 列，表头有 {expected} 列。请补上缺少的值（空值也要保留分隔符）。")
        }
        Problem::NoColumn(c) => {
            let name = column(*c, zh);
            format!("没有找到“{name}”列。请在“列对应”中选择哪一列是{name}，然后重新检查。")
        }
        Problem::MissingName => "姓名为空。请填写参保人的姓名，与身份证上一致。".into(),
        Problem::MissingId => "证件号码为空。请填写18位身份证号码（或居住证、永久居留身份证号码），例如 11010519491231002X。".into(),
        Problem::InvalidId(e) => crate::words::id::error(e, zh),
        Problem::NotPersonalId(kind) => {
            format!("证件号码列中是{}，不是个人证件号码。请填写参保人的身份证号码。", crate::words::id::noun(*kind, Lang::Zh))
        }
        Problem::DuplicateId { first_line } => {
            format!("证件号码与第 {first_line} 行重复：同一人只需登记一次。请删除重复的一行，或核对两行的号码。")
        }
        Problem::InvalidPhone(e) => format!("手机号码有误：{}", crate::words::id::error(e, zh)),
        Problem::SexUnreadable => "性别无法识别。请填写“男”或“女”。".into(),
        Problem::SexMismatch { given, from_id } => {
            format!("性别填的是“{}”，但证件号码第17位表示“{}”。请核对性别或证件号码。", sex(*given, zh), sex(*from_id, zh))
        }
        Problem::BirthUnreadable => "出生日期无法识别。请写成 2015-09-01 这样的格式（年-月-日）。".into(),
        Problem::BirthMismatch { given, from_id } => format!(
            "出生日期填的是 {}，但证件号码中的出生日期是 {}。请核对出生日期或证件号码。",
            birth(*given, zh),
            format_date(*from_id, zh)
        ),
    }
}

fn problem_en(p: &Problem) -> String {
    let en = Lang::En;
    match p {
        Problem::UnbalancedQuote { line } => format!(
            "Line {line} has a double quote \" that is not closed, so the line was read as it is. Remove the stray quote, or put a quote at both ends of the value."
        ),
        Problem::TextAfterQuote { line } => format!(
            "Line {line} has characters right after a closing quote. Put the whole value inside one pair of quotes and double any quote inside it (\"\")."
        ),
        Problem::LineBreakInCell { line, column } => format!(
            "The {} on line {line} holds a line break: a quoted value spans lines, so several rows may have been merged into one. Remove the line break, or add the missing quote.",
            column_in_sentence(*column)
        ),
        Problem::CellTooLong { line, chars, max } => format!(
            "Line {line} has a cell of {} characters, over the limit of {}: a quote or line break may be missing, merging rows into one cell. Check this line.",
            number(*chars),
            number(*max)
        ),
        Problem::Undecodable { line } => format!(
            "Line {line} has characters that could not be read (shown as �): the file's encoding may be wrong. Save it from Excel as “CSV UTF-8” and choose it again, or check this line."
        ),
        Problem::FieldCount { line, found, expected } if found > expected => format!(
            "Line {line} has {found} values, {} more than the header: a value may contain the separator. Put values with commas inside double quotes, or remove the extra values.",
            found - expected
        ),
        Problem::FieldCount { line, found, expected } => format!(
            "Line {line} has only {found} values; the header has {expected}. Add the missing values (keep the separator for an empty value)."
        ),
        Problem::NoColumn(c) => {
            format!("No column was found for the {}. Choose which column holds it under “Columns”, then check again.", column_in_sentence(*c))
        }
        Problem::MissingName => "The name is empty. Enter the person's name as on the ID card.".into(),
        Problem::MissingId => "The ID number is empty. Enter the 18-character ID number (or residence permit or permanent residence ID number), for example 11010519491231002X.".into(),
        Problem::InvalidId(e) => crate::words::id::error(e, en),
        Problem::NotPersonalId(kind) => format!("The ID column holds a {}, not a personal ID number. Enter the person's ID number.", crate::words::id::noun(*kind, Lang::En)),
        Problem::DuplicateId { first_line } => format!(
            "The ID number is the same as on line {first_line}: each person is listed once. Remove the repeated row, or check both numbers."
        ),
        Problem::InvalidPhone(e) => format!("Mobile number: {}", crate::words::id::error(e, en)),
        Problem::SexUnreadable => "The sex could not be read. Enter 男 (male) or 女 (female).".into(),
        Problem::SexMismatch { given, from_id } => format!(
            "The sex is given as {}, but the ID number's 17th character says {}. Check the sex or the ID number.",
            sex(*given, en),
            sex(*from_id, en)
        ),
        Problem::BirthUnreadable => "The date of birth could not be read. Write it as year-month-day, for example 2015-09-01.".into(),
        Problem::BirthMismatch { given, from_id } => format!(
            "The date of birth is given as {}, but the ID number says {}. Check the date of birth or the ID number.",
            birth(*given, en),
            format_date(*from_id, en)
        ),
    }
}

/// A few words for `p` in `lang`, for the export's problems column (the page shows the
/// full [`problem`]; a 1,000,000-row export must not repeat sentences).
///
/// ```
/// use yibao::domain::{lang::Lang, roster::problem::Problem};
/// use yibao::words::roster::problem_short;
/// assert_eq!(problem_short(&Problem::DuplicateId { first_line: 3 }, Lang::Zh), "证件号码与第 3 行重复");
/// assert_eq!(problem_short(&Problem::MissingName, Lang::En), "name empty");
/// ```
pub fn problem_short(p: &Problem, lang: Lang) -> String {
    match lang {
        Lang::Zh => short_zh(p),
        Lang::En => short_en(p),
    }
}

fn short_zh(p: &Problem) -> String {
    match p {
        Problem::UnbalancedQuote { .. } => "引号不成对".into(),
        Problem::TextAfterQuote { .. } => "右引号后有字符".into(),
        Problem::LineBreakInCell { column: c, .. } => format!("{}内有换行", column(*c, Lang::Zh)),
        Problem::Undecodable { .. } => "有无法识别的字符".into(),
        Problem::CellTooLong { chars, .. } => format!("有一格长 {} 个字符", number(*chars)),
        Problem::FieldCount { line, found, expected } => format!("第 {line} 行有 {found} 列（表头 {expected} 列）"),
        Problem::NoColumn(c) => format!("没有“{}”列", column(*c, Lang::Zh)),
        Problem::MissingName => "姓名为空".into(),
        Problem::MissingId => "证件号码为空".into(),
        Problem::InvalidId(e) => format!("证件号码{}", id_error_short(e, Lang::Zh)),
        Problem::NotPersonalId(_) => "不是个人证件号码".into(),
        Problem::DuplicateId { first_line } => format!("证件号码与第 {first_line} 行重复"),
        Problem::InvalidPhone(e) => format!("手机号码{}", id_error_short(e, Lang::Zh)),
        Problem::SexUnreadable => "性别无法识别".into(),
        Problem::SexMismatch { .. } => "性别与证件号码不符".into(),
        Problem::BirthUnreadable => "出生日期无法识别".into(),
        Problem::BirthMismatch { .. } => "出生日期与证件号码不符".into(),
    }
}

fn short_en(p: &Problem) -> String {
    match p {
        Problem::UnbalancedQuote { .. } => "unclosed quote".into(),
        Problem::TextAfterQuote { .. } => "text after quote".into(),
        Problem::LineBreakInCell { column, .. } => format!("line break in {}", column_in_sentence(*column)),
        Problem::Undecodable { .. } => "unreadable characters".into(),
        Problem::CellTooLong { chars, .. } => format!("a cell of {} characters", number(*chars)),
        Problem::FieldCount { line, found, expected } => format!("line {line}: {found} values, header has {expected}"),
        Problem::NoColumn(c) => format!("no {} column", column_in_sentence(*c)),
        Problem::MissingName => "name empty".into(),
        Problem::MissingId => "ID number empty".into(),
        Problem::InvalidId(e) => format!("ID number: {}", id_error_short(e, Lang::En)),
        Problem::NotPersonalId(_) => "not a personal ID number".into(),
        Problem::DuplicateId { first_line } => format!("ID number repeats line {first_line}"),
        Problem::InvalidPhone(e) => format!("mobile number: {}", id_error_short(e, Lang::En)),
        Problem::SexUnreadable => "sex unreadable".into(),
        Problem::SexMismatch { .. } => "sex differs from ID number".into(),
        Problem::BirthUnreadable => "date of birth unreadable".into(),
        Problem::BirthMismatch { .. } => "date of birth differs from ID number".into(),
    }
}

/// What is wrong with an ID or mobile number, in two or three words.
fn id_error_short(e: &IdError, lang: Lang) -> &'static str {
    let zh = lang == Lang::Zh;
    let s = |a: &'static str, b: &'static str| if zh { a } else { b };
    match e {
        IdError::Empty { .. } => s("为空", "empty"),
        IdError::Length { .. } => s("位数不对", "wrong length"),
        IdError::Character { .. } | IdError::UsccAuthority { .. } => s("含无效字符", "invalid character"),
        IdError::Date { .. } => s("出生日期无效", "invalid date of birth"),
        IdError::FutureDate { .. } => s("出生日期在未来", "date of birth in the future"),
        IdError::Region { .. } => s("地区码无效", "invalid region code"),
        IdError::Check { .. } => s("校验码不对", "wrong check character"),
        IdError::MobilePrefix { .. } => s("号段不对", "wrong prefix"),
    }
}

/// What happened and what to do when a check stopped before the end, in `lang`.
///
/// ```
/// use yibao::domain::{lang::Lang, roster::Stop};
/// let s = yibao::words::roster::stop(&Stop::TooManyRows { max: 5 }, Lang::En);
/// assert!(s.contains("only the first 5 were checked"), "{s}");
/// ```
pub fn stop(s: &Stop, lang: Lang) -> String {
    match (lang, *s) {
        (Lang::Zh, Stop::TooManyBytes { found, max }) => format!(
            "名单太大（{} MB），超过 {} MB 的上限，没有检查。请把名单分成几个文件分别检查。",
            found.div_ceil(1_000_000),
            max / 1_000_000
        ),
        (Lang::En, Stop::TooManyBytes { found, max }) => format!(
            "The roster is too large ({} MB; the limit is {} MB), so it was not checked. Split it into several files and check each.",
            found.div_ceil(1_000_000),
            max / 1_000_000
        ),
        (Lang::Zh, Stop::TooManyColumns { found, max }) => {
            format!("表头有 {} 列，超过 {} 列的上限，没有检查。请确认第一行是表头，并删除多余的列。", number(found), number(max))
        }
        (Lang::En, Stop::TooManyColumns { found, max }) => format!(
            "The header has {} columns, more than the limit of {}, so the roster was not checked. Check that the first line is the header and remove the extra columns.",
            number(found),
            number(max)
        ),
        (Lang::Zh, Stop::TooManyRows { max }) => {
            let n = number(max);
            format!("名单超过 {n} 行的上限：只检查了前 {n} 行，其余的行没有检查。请把名单分成几个文件分别检查。")
        }
        (Lang::En, Stop::TooManyRows { max }) => {
            let n = number(max);
            format!("The roster has more than {n} rows: only the first {n} were checked, the rest were not. Split it into several files and check each.")
        }
        (Lang::Zh, Stop::OutOfMemory { rows }) => format!(
            "内存不足：只检查了前 {} 行，其余的行没有检查。请关闭其他标签页，或把名单分成几个文件分别检查。",
            number(rows)
        ),
        (Lang::En, Stop::OutOfMemory { rows }) => format!(
            "Memory ran out: only the first {} rows were checked, the rest were not. Close other tabs, or split the roster into several files and check each.",
            number(rows)
        ),
    }
}

/// The limits in a sentence, for the page.
///
/// ```
/// use yibao::domain::{lang::Lang, roster::Limits};
/// assert_eq!(yibao::words::roster::limits(&Limits::DEFAULT, Lang::Zh), "最多 500 MB、6,000,000 行、1,000 列，每格最多 10,000 个字符。");
/// ```
pub fn limits(l: &Limits, lang: Lang) -> String {
    let (mb, rows, columns, chars) = (l.bytes / 1_000_000, number(l.rows), number(l.columns), number(l.cell_chars));
    match lang {
        Lang::Zh => format!("最多 {mb} MB、{rows} 行、{columns} 列，每格最多 {chars} 个字符。"),
        Lang::En => format!("Up to {mb} MB, {rows} rows, {columns} columns and {chars} characters a cell."),
    }
}

/// The export's words: its column names for a roster without a header row (the mapped
/// column's name, else "第 N 列"), the heading of the cleaned ID column and of the problems
/// column, the word for a row without problems and the problems of a row.
pub mod export {
    use super::{column, problem_short, Column, Lang, Problem};

    /// The export's words in a language, for the roster's export.
    impl crate::domain::roster::export::ExportWords for Lang {
        fn column_name(&self, i: usize, mapped: Option<Column>) -> String {
            column_name(i, mapped, *self)
        }
        fn cleaned_header(&self) -> &'static str {
            cleaned_header(*self)
        }
        fn problems_header(&self) -> &'static str {
            problems_header(*self)
        }
        fn problems(&self, list: &[Problem]) -> String {
            problems(list, *self)
        }
    }

    /// The name of column `i` (0-based) of a roster without a header, mapped to `mapped`.
    pub fn column_name(i: usize, mapped: Option<Column>, lang: Lang) -> String {
        match (mapped, lang) {
            (Some(c), _) => column(c, lang).to_string(),
            (None, Lang::Zh) => format!("第 {} 列", i + 1),
            (None, Lang::En) => format!("Column {}", i + 1),
        }
    }

    /// The heading of the cleaned ID column.
    pub fn cleaned_header(lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => "证件号码（整理后）",
            Lang::En => "ID number (cleaned)",
        }
    }

    /// The heading of the problems column.
    pub fn problems_header(lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => "检查结果",
            Lang::En => "Problems",
        }
    }

    /// The problems cell of a row: "无问题" / "OK", or a few words per problem.
    pub fn problems(problems: &[Problem], lang: Lang) -> String {
        if problems.is_empty() {
            return match lang {
                Lang::Zh => "无问题",
                Lang::En => "OK",
            }
            .to_string();
        }
        let sep = match lang {
            Lang::Zh => "；",
            Lang::En => "; ",
        };
        problems.iter().map(|p| problem_short(p, lang)).collect::<Vec<_>>().join(sep)
    }
}

/// The roster page's sentences that carry data (counts, lines, file names).
pub mod page {
    use super::{number, Lang};
    use crate::domain::roster::Summary;

    /// A cell cut for the table, its full length said after it.
    pub fn cut_cell(shown: &str, chars: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("{shown}……（共 {} 个字符）", number(chars)),
            Lang::En => format!("{shown}… ({} characters in all)", number(chars)),
        }
    }

    /// `bytes` in megabytes, as people read them: `44 MB`, `4.3 MB`.
    ///
    /// ```
    /// assert_eq!(yibao::words::roster::page::megabytes(44_000_000), "44 MB");
    /// assert_eq!(yibao::words::roster::page::megabytes(4_321_000), "4.3 MB");
    /// ```
    pub fn megabytes(bytes: usize) -> String {
        let mb = bytes as f64 / 1e6;
        if mb >= 10.0 {
            format!("{mb:.0} MB")
        } else {
            format!("{mb:.1} MB")
        }
    }

    /// A big paste kept out of the box: its lines and bytes once counted.
    pub fn pasted(measured: Option<(usize, usize)>, lang: Lang) -> String {
        match (lang, measured) {
            (Lang::Zh, Some((lines, bytes))) => {
                format!("已粘贴 {} 行（{}），没有放进输入框，页面保持流畅。按“检查名单”开始检查。", number(lines), megabytes(bytes))
            }
            (Lang::En, Some((lines, bytes))) => format!(
                "Pasted {} lines ({}), kept out of the box so the page stays responsive. Press “Check roster” to check them.",
                number(lines),
                megabytes(bytes)
            ),
            (Lang::Zh, None) => "已粘贴一份大名单（正在计算行数……）".to_string(),
            (Lang::En, None) => "Pasted a large roster (counting its lines…)".to_string(),
        }
    }

    /// The file read, in its encoding.
    pub fn file_read(name: &str, encoding: &str, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("已读取文件“{name}”（{encoding}）。"),
            Lang::En => format!("Read the file “{name}” ({encoding})."),
        }
    }

    /// The first line of a file with bytes not valid in its encoding.
    pub fn file_bad_line(line: u32, encoding: &str, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("第 {line} 行不是有效的 {encoding}：无法识别的字符显示为 �，所在的行已标出。"),
            Lang::En => {
                format!("Line {line} is not valid {encoding}: characters that could not be read are shown as �, and their rows are marked.")
            }
        }
    }

    /// A file that could not be read.
    pub fn file_unreadable(name: &str, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("无法读取文件“{name}”。请确认它是 CSV 或文本文件，或把内容复制粘贴到上面的输入框。"),
            Lang::En => {
                format!("The file “{name}” could not be read. Check that it is a CSV or text file, or copy its content into the box above.")
            }
        }
    }

    /// The progress of a check.
    pub fn checking(rows: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("正在检查……已检查 {} 行", number(rows)),
            Lang::En => format!("Checking… {} rows so far", number(rows)),
        }
    }

    /// The counts.
    ///
    /// ```
    /// use yibao::domain::{lang::Lang, roster::Summary};
    /// let s = Summary { total: 100_000, valid: 75_000, invalid: 25_000, duplicates: 10 };
    /// assert_eq!(yibao::words::roster::page::summary(&s, Lang::Zh), "共 100,000 行：75,000 行无问题，25,000 行有问题（其中 10 行证件号码与前面的行重复）。");
    /// ```
    pub fn summary(s: &Summary, lang: Lang) -> String {
        let (total, valid, invalid, duplicates) = (number(s.total), number(s.valid), number(s.invalid), number(s.duplicates));
        match lang {
            Lang::Zh => format!("共 {total} 行：{valid} 行无问题，{invalid} 行有问题（其中 {duplicates} 行证件号码与前面的行重复）。"),
            Lang::En => {
                format!("{total} rows: {valid} without problems, {invalid} with problems ({duplicates} repeat an ID number from an earlier row).")
            }
        }
    }

    /// A header with more columns than the selects offer.
    pub fn columns_capped(columns: usize, listed: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("表头有 {} 列，下面只列出前 {} 列。", number(columns), number(listed)),
            Lang::En => format!("The header has {} columns; only the first {} are listed below.", number(columns), number(listed)),
        }
    }

    /// An option of a column select: column `i` (0-based) and its first cell.
    pub fn column_option(i: usize, first: &str, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("第 {} 列：{first}", i + 1),
            Lang::En => format!("Column {}: {first}", i + 1),
        }
    }

    /// The table's caption: rows `first..=last` (1-based) of `count` in view.
    pub fn caption(count: usize, (first, last): (usize, usize), only_problems: bool, lang: Lang) -> String {
        let n = number(count);
        match (lang, only_problems) {
            (Lang::Zh, _) if count == 0 => "没有有问题的行".to_string(),
            (Lang::En, _) if count == 0 => "No rows with problems".to_string(),
            (Lang::Zh, false) => format!("各行检查结果（共 {n} 行，显示第 {first}–{last} 行；滚动查看其余各行）"),
            (Lang::Zh, true) => format!("有问题的行（共 {n} 行，显示第 {first}–{last} 个；滚动查看其余各行）"),
            (Lang::En, false) => format!("Every row checked ({n} in all, showing {first}–{last}; scroll for the others)"),
            (Lang::En, true) => format!("Rows with problems ({n} in all, showing {first}–{last}; scroll for the others)"),
        }
    }

    /// The label of a row's line button.
    pub fn see_line(line: u32, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("第 {line} 行：查看全部问题"),
            Lang::En => format!("Line {line}: see every problem"),
        }
    }

    /// The heading of a row's problems in full.
    pub fn line_problems(line: u32, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("第 {line} 行的问题及修改方法"),
            Lang::En => format!("Line {line}: problems and how to fix them"),
        }
    }
}

/// Every column, problem kind and stop worded in both languages, never the same text twice
/// (a word left in the wrong language would show as equal).
#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::IdKind;

    #[test]
    fn both_languages_differ() {
        let id = IdError::Check { kind: IdKind::ResidentId };
        let d = NaiveDate::from_ymd_opt(2015, 9, 1).unwrap();
        let problems = [
            Problem::UnbalancedQuote { line: 2 },
            Problem::TextAfterQuote { line: 2 },
            Problem::LineBreakInCell { line: 2, column: Column::Id },
            Problem::CellTooLong { line: 2, chars: 20_000, max: 10_000 },
            Problem::Undecodable { line: 2 },
            Problem::FieldCount { line: 2, found: 3, expected: 2 },
            Problem::FieldCount { line: 2, found: 1, expected: 2 },
            Problem::NoColumn(Column::Name),
            Problem::MissingName,
            Problem::MissingId,
            Problem::InvalidId(id),
            Problem::NotPersonalId(IdKind::Mobile),
            Problem::DuplicateId { first_line: 2 },
            Problem::InvalidPhone(IdError::MobilePrefix { found: *b"12" }),
            Problem::SexUnreadable,
            Problem::SexMismatch { given: Sex::Male, from_id: Sex::Female },
            Problem::BirthUnreadable,
            Problem::BirthMismatch { given: BirthValue::Month { year: 2015, month: 8 }, from_id: d },
        ];
        for p in &problems {
            for words in [problem, problem_short] {
                let (zh, en) = (words(p, Lang::Zh), words(p, Lang::En));
                assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{p:?}: {zh} / {en}");
            }
        }
        let stops = [
            Stop::TooManyBytes { found: 1, max: 2 },
            Stop::TooManyColumns { found: 1, max: 2 },
            Stop::TooManyRows { max: 2 },
            Stop::OutOfMemory { rows: 2 },
        ];
        for s in &stops {
            assert_ne!(stop(s, Lang::Zh), stop(s, Lang::En));
        }
        for c in Column::ALL {
            assert_ne!(column(c, Lang::Zh), column(c, Lang::En));
        }
    }

    #[test]
    fn a_birth_mismatch_names_both_dates_for_people() {
        let p = Problem::BirthMismatch {
            given: BirthValue::Day(NaiveDate::from_ymd_opt(1949, 12, 30).unwrap()),
            from_id: NaiveDate::from_ymd_opt(1949, 12, 31).unwrap(),
        };
        assert_eq!(
            problem(&p, Lang::Zh),
            "出生日期填的是 1949年12月30日，但证件号码中的出生日期是 1949年12月31日。请核对出生日期或证件号码。"
        );
        assert!(problem(&p, Lang::En).contains("given as 30 December 1949, but the ID number says 31 December 1949"));
    }
}
