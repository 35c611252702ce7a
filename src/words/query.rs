//! What the page did about a value in the address it could not use
//! ([`crate::domain::query::UrlFix`]), worded.

use crate::domain::lang::Text;
use crate::domain::query::{Problem, UrlFix};

impl Problem {
    /// What the page did about the value, for people.
    ///
    /// ```
    /// use yibao::domain::query::Query;
    /// let (_, problems) = Query::parse([("year", "abc")]);
    /// assert!(problems[0].message().zh.starts_with("年度应为"));
    /// ```
    pub fn message(&self) -> Text {
        match &self.what {
            UrlFix::UnknownView => Text::new("未知的页面，已显示缴费计算器。", "Unknown view; showing the calculator."),
            UrlFix::UnknownRegion => {
                Text::new("没有这个地区的通知，请从列表中选择地区。", "There is no notice for this region; choose a region from the list.")
            }
            UrlFix::BadYear => Text::new(
                "年度应为通知标题中的四位年份，例如 2022。",
                "The year should be the four-digit year in the notice's title, for example 2022.",
            ),
            UrlFix::UnknownStatus => Text::new("未知的参保身份，请从列表中选择。", "Unknown applicant identity; choose one from the list."),
            UrlFix::BadHukou => {
                Text::new("户籍应为 urban（城镇）或 rural（农村），请重新选择。", "Hukou should be urban or rural; choose it again.")
            }
            UrlFix::UnknownAssist => {
                Text::new("未知的救助身份代码，已忽略，请在列表中勾选。", "Unknown assistance code, ignored; tick it in the list instead.")
            }
            UrlFix::BadBirth => Text::new(
                "出生日期应为真实日期，格式 YYYY-MM-DD，例如 2015-06-01。",
                "The date of birth should be a real date written YYYY-MM-DD, for example 2015-06-01.",
            ),
            UrlFix::BadDate => Text::new(
                "参考日期应为真实日期，格式 YYYY-MM-DD；已改用今天。",
                "The reference date should be a real date written YYYY-MM-DD; using today instead.",
            ),
            UrlFix::UnknownLang => Text::new("未知的语言，已显示中文。", "Unknown language; showing Chinese."),
            UrlFix::BadEmbed => Text::new("embed 只能是 1。", "embed can only be 1."),
            UrlFix::BadLock => Text::new("lock 只能是 1（只显示所选通知）。", "lock can only be 1 (show the chosen notice only)."),
            UrlFix::BadMember => Text::new(
                "家庭成员中有无法识别的代码，已忽略，请重新选择。",
                "A household member has a code that could not be read; it was ignored, choose it again.",
            ),
            UrlFix::OnlyYear { region, year } => {
                let name = region.name();
                Text::new(
                    format!("{}只有{year}年度的通知，已为您选中。", name.zh),
                    format!("{} has only the {year} notice; it has been chosen for you.", name.en),
                )
            }
            UrlFix::NoSuchYear { region, asked, years } => {
                let name = region.name();
                let list: Vec<String> = years.iter().map(u16::to_string).collect();
                Text::new(
                    format!("{}没有{asked}年度的通知，请从 {} 中选择。", name.zh, list.join("、")),
                    format!("{} has no notice for {asked}; choose one of {}.", name.en, list.join(", ")),
                )
            }
        }
    }
}
