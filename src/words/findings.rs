//! The catalogue's words for the notice checker's findings ([`Finding`]): one handler per [`Problem`], saying
//! what to change, for the staff who write notice files. The checker itself never words.

use crate::domain::lang::Text;
use crate::domain::policy::check::{Finding, Problem, SCHEMA_VERSION, YEARS};

impl Finding {
    /// The field and what to do about it, in both languages.
    ///
    /// ```
    /// use yibao::domain::policy::{Finding, Problem};
    /// let f = Finding { field: "contribution.clause".into(), problem: Problem::NoClause };
    /// assert_eq!(f.describe().en, "contribution.clause: write the clause of the notice this comes from, for example \"§三(一)\".");
    /// ```
    pub fn describe(&self) -> Text {
        let what = self.problem.describe();
        if self.field.is_empty() {
            return what;
        }
        Text::new(format!("{}：{}", self.field, what.zh), format!("{}: {}", self.field, what.en))
    }
}

impl Problem {
    /// What to do, without the field.
    pub fn describe(&self) -> Text {
        match self {
            Problem::SchemaVersion { found } => Text::new(
                format!("本页面读取第 {SCHEMA_VERSION} 版格式，文件写的是第 {found} 版；请写 \"schema\": {SCHEMA_VERSION}，或用编辑器重新生成文件。"),
                format!("this page reads format version {SCHEMA_VERSION} and the file says {found}; write \"schema\": {SCHEMA_VERSION}, or make the file again with the editor."),
            ),
            Problem::Unreadable { detail } => Text::new(
                format!("无法读取（{detail}）。请检查拼写、引号和代码是否为所列之一，或用编辑器重新生成文件。"),
                format!("cannot be read ({detail}). Check the spelling, the quotes and that each code is one of those listed, or make the file again with the editor."),
            ),
            Problem::UnknownKey => Text::new(
                "文件格式中没有这一项；请检查拼写，或删除这一项。",
                "the format has no such entry; check its spelling, or remove it.",
            ),
            Problem::Empty => Text::new("请填写这一项。", "fill this in."),
            Problem::MissingLanguage { zh, en } => match (zh, en) {
                (true, true) => Text::new("请填写中文和英文。", "write it in Chinese and in English."),
                (true, false) => Text::new("请填写中文。", "write it in Chinese too."),
                _ => Text::new("请同时填写英文。", "write it in English too."),
            },
            Problem::NoClause => Text::new(
                "请写明出自通知的哪一条，例如“§三(一)”。",
                "write the clause of the notice this comes from, for example \"§三(一)\".",
            ),
            Problem::Negative => Text::new("金额不能小于 0；请写通知中的金额，例如 \"380\"。", "an amount cannot be below 0; write the notice's amount, for example \"380\"."),
            Problem::AboveContribution => Text::new(
                "资助金额不能高于个人缴费标准；全额资助请选“全额”。",
                "assistance cannot be more than the individual contribution; choose \"full\" for full funding.",
            ),
            Problem::StartAfterEnd { start, end } => Text::new(
                format!("开始日期 {start} 晚于结束日期 {end}；请检查两个日期。"),
                format!("the start date {start} is after the end date {end}; check both dates."),
            ),
            Problem::BenefitBeforeWindowEnds => Text::new(
                "待遇期须在缴费期结束之后；请检查待遇期和缴费期的日期。",
                "the benefit period must come after the payment window closes; check both periods' dates.",
            ),
            Problem::StartWithoutEnd => Text::new("有开始日期时请同时填写结束日期。", "a start date needs its end date."),
            Problem::UnknownOffice { id } => Text::new(
                format!("“{id}”不是本文件“经办机构”中的编号；请先添加这个机构，或选择已有的机构。"),
                format!("\"{id}\" is not the id of an office in this file; add that office first, or choose one listed."),
            ),
            Problem::Required => Text::new("请填写这一项：通知未写明金额或日期时，要写明向哪个机构咨询。", "fill this in: where the notice states no amount or date, say which office to ask."),
            Problem::NotAllowed => Text::new("“金额不明”的资助不能填写金额；有金额请选“固定金额”。", "an assistance line of kind \"unknown\" has no amount; choose \"fixed\" to give one."),
            Problem::NoEntries => Text::new("请至少填写一项。", "give at least one entry."),
            Problem::CodeTwice { code } => Text::new(
                format!("身份代码“{}”出现在两行资助中；每个身份只能在一行。", code.code()),
                format!("the code \"{}\" is in two assistance lines; each identity belongs to one line only.", code.code()),
            ),
            Problem::UnknownRoute { id } => Text::new(
                format!("没有编号为“{id}”的参保途径；请检查拼写。"),
                format!("no enrollment route has the id \"{id}\"; check the spelling."),
            ),
            Problem::IdWithoutName => Text::new("参保途径的编号和名称要一起填写。", "a route's id and its name go together: give both or neither."),
            Problem::DeadlineAfterBenefitStart => Text::new(
                "退费截止日不能晚于待遇期开始日。",
                "the refund deadline cannot be on or after the day the benefit period begins.",
            ),
            Problem::RegionCode => Text::new(
                "地区代码只能用小写字母、数字和连字符，例如“shili-xian”。",
                "a region code uses lowercase letters, digits and hyphens only, for example \"shili-xian\".",
            ),
            Problem::Year => Text::new(
                format!("年度须在 {} 至 {} 之间。", YEARS.start(), YEARS.end()),
                format!("the year must be between {} and {}.", YEARS.start(), YEARS.end()),
            ),
            Problem::FileName { expected } => Text::new(
                format!("文件名须为“{expected}”（地区代码-年度）。"),
                format!("the file must be named \"{expected}\" (region code-year)."),
            ),
            Problem::Duplicate { other } => Text::new(
                format!("同一地区和年度已有通知（{other}）；请删去其中一个文件，或改正年度。"),
                format!("there is already a notice for this region and year ({other}); remove one of the files, or correct the year."),
            ),
        }
    }
}
