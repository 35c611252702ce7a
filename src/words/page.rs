//! The page's sentences that carry data (a count, a name, a file, an amount): worded here,
//! once, so the views only render them. Labels without data stay beside their markup as
//! `tr(zh, en)` pairs.

use crate::domain::lang::Text;

/// "3 人" / "3 people".
pub fn people(n: usize) -> Text {
    Text::new(format!("{n} 人"), if n == 1 { "1 person".to_string() } else { format!("{n} people") })
}

/// The names a line concerns: "（小明、妈妈）" / " (小明, 妈妈)".
pub fn whom(names: &[&str]) -> Text {
    Text::new(format!("（{}）", names.join("、")), format!(" ({})", names.join(", ")))
}

/// Members left out of the household's totals.
pub fn members_missing(n: usize) -> Text {
    Text::new(
        format!("还有 {n} 位成员没有选择参保身份，未计入合计。"),
        format!("{n} member(s) have no status chosen yet and are not in the totals."),
    )
}

/// The notice is for years that are over.
pub fn out_of_date(years: &str) -> Text {
    Text::new(format!("这份通知针对 {years} 年度，已经过期。"), format!("This notice is for {years} and is out of date."))
}

/// How the money comes back where assistance is paid after the contribution (`amount`
/// where it is known).
pub fn pay_first_then(amount: Option<&str>) -> Text {
    match amount {
        Some(m) => Text::new(
            format!("缴费时先按标准全额缴纳，资助金额 {m} 随后发放到您的一卡通或银行卡；本月参保，次月补助。"),
            format!("Pay the full standard at payment time; the assistance of {m} is then paid to your 一卡通 social-benefit card or bank card: enrolled this month, subsidised next month."),
        ),
        None => Text::new(
            "缴费时先按标准全额缴纳，资助随后发放到您的一卡通或银行卡；本月参保，次月补助。具体金额见上。",
            "Pay the full standard at payment time; the assistance is then paid to your 一卡通 card or bank card: enrolled this month, subsidised next month. See above for the amount.",
        ),
    }
}

/// More problems in the address than are listed.
pub fn more_not_listed(n: usize) -> Text {
    Text::new(format!("还有 {n} 项未列出。"), format!("and {n} more."))
}

/// Where a published notice comes from, beside its name.
pub fn published_with_site(path: &str) -> Text {
    Text::new(format!("由本网站发布（{path}），非本工具内置"), format!("Published with this site ({path}), not built in"))
}

/// The stamp of a published notice.
pub fn published_notice(doc: &str, path: &str) -> Text {
    Text::new(
        format!("这份通知（{doc}）由本网站的发布单位随网站发布（文件 {path}），不是本工具内置、经我们与原文核对过的通知；如有疑问，以发布单位的解释为准。"),
        format!("This notice ({doc}) was published with this site by its publisher (file {path}); it is not one of the notices built into this tool and checked by us against the source text. The publisher has the final word."),
    )
}

/// For staff: published notice files that failed the checks.
pub fn files_rejected(count: usize) -> Text {
    Text::new(
        format!("供工作人员：本网站发布的通知文件中有 {count} 个未通过检查，未向公众显示"),
        format!("For staff: {count} notice file(s) published with this site failed the checks and are not shown"),
    )
}

/// A file was downloaded.
pub fn downloaded(name: &str) -> Text {
    Text::new(format!("已下载 {name}"), format!("{name} has been downloaded"))
}

/// The editor's list items: "添加办公室" / "Add an office", "办公室 2" / "Office 2", and
/// "删除办公室 2" / "Remove office 2"; `item` is the item's name in both languages.
pub fn add_item(item: (&str, &str)) -> Text {
    let article = if item.1.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    Text::new(format!("添加{}", item.0), format!("Add {article} {}", item.1))
}

/// The `n`th item of a list (1-based).
pub fn item_n(item: (&str, &str), n: usize) -> Text {
    let en = crate::domain::lang::capitalise(item.1);
    Text::new(format!("{} {n}", item.0), format!("{en} {n}"))
}

/// Removes the `n`th item of a list.
pub fn remove_item(item: (&str, &str), n: usize) -> Text {
    let name = item_n(item, n);
    Text::new(format!("删除{}", name.zh), format!("Remove {}", name.en.to_lowercase()))
}
