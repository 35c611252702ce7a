//! The decisions of [`crate::domain::policy`] worded: why a figure is what it is, the
//! questions that decide it, the conditions a step holds under, refunds, offices to ask.
//! Every `match` is exhaustive and every arm gives both languages, so a new decision does not
//! build until it is worded in Chinese and English.

use crate::domain::lang::{format_date, Lang, Text};
use crate::domain::policy::{AgePeriod, Amount, Ask, Assumption, Condition, Question, Reason, RefundWhy, StartNote, Window, WindowState};

impl Reason {
    /// The reason in both languages: the notice's words as they are, a finding worded here.
    ///
    /// ```
    /// use yibao::domain::lang::Text;
    /// use yibao::domain::policy::Reason;
    /// let r = Reason::OverAge { limit: Text::new("限18周岁以下。", "Under 18 only."), max: 18, age: Some(19) };
    /// assert_eq!(r.text().zh, "限18周岁以下。按缴费期计算已满19周岁，超过18周岁的年龄限制。");
    /// assert_eq!(r.text().en, "Under 18 only. In the payment window the person is 19, over the limit of 18.");
    /// ```
    pub fn text(&self) -> Text {
        match self {
            Reason::Notice(text) => text.clone(),
            Reason::ContributionUnknown => Text::new(
                "个人缴费标准未知，无法计算资助金额。",
                "The contribution standard is unknown, so the assistance cannot be worked out.",
            ),
            Reason::SeveralWithoutRule => Text::new(
                "该通知未规定同时具有多重身份时如何资助。",
                "The notice does not say how assistance works for several identities at once.",
            ),
            Reason::Question(q) => q.text(),
            Reason::OverAge { limit, max, age: Some(age) } => Text::new(
                format!("{}按缴费期计算已满{age}周岁，超过{max}周岁的年龄限制。", limit.zh),
                format!("{} In the payment window the person is {age}, over the limit of {max}.", limit.en),
            ),
            Reason::OverAge { limit, max, age: None } => {
                Text::new(format!("{}超过{max}周岁的年龄限制。", limit.zh), format!("{} over the limit of {max}.", limit.en))
            }
            Reason::BornAfterWindow { limit } => Text::new(
                format!("{}出生日期晚于通知的缴费期，无法判断年龄，请核对日期。", limit.zh),
                format!("{} The date of birth is after the notice's payment window, so the age cannot be told; check the dates.", limit.en),
            ),
            Reason::Refund(why) => why.text(),
        }
    }
}

impl RefundWhy {
    /// The refund finding in both languages.
    pub fn text(&self) -> Text {
        let date = |d| (format_date(d, Lang::Zh), format_date(d, Lang::En));
        match self {
            RefundWhy::NoRules => Text::new("该通知没有规定退费办法。", "The notice gives no refund rules."),
            RefundWhy::NotListed { accepted, reason, procedure } => {
                let zh: Vec<String> = accepted.iter().map(|r| r.label().zh).collect();
                let en: Vec<String> = accepted.iter().map(|r| r.label().en).collect();
                let (doc_zh, doc_en) = match procedure {
                    Some(doc) => (format!("退费办法按{doc}执行，"), format!(" The refund procedure follows {doc};")),
                    None => (String::new(), String::new()),
                };
                Text::new(
                    format!(
                        "该通知列出的退费情形（{}）不包括“{}”，也没有说这种情形不能退。{doc_zh}请向经办机构确认。",
                        zh.join("、"),
                        reason.label().zh
                    ),
                    format!(
                        "The notice lists the refund reasons ({}) without \"{}\", and does not say it is refused.{doc_en} ask the office.",
                        en.join("; "),
                        reason.label().en
                    ),
                )
            }
            RefundWhy::DeadlinePassed { deadline, rule } => {
                let (zh, en) = date(*deadline);
                Text::new(
                    format!("退费截止日期为{zh}，参考日期已过。{}", rule.zh),
                    format!("The refund deadline was {en}; the reference date is after it. {}", rule.en),
                )
            }
            RefundWhy::BenefitBegan { start } => {
                let (zh, en) = date(*start);
                Text::new(
                    format!("待遇享受期已于{zh}开始，个人缴费不再退回。"),
                    format!("The benefit period began on {en}: the individual contribution is no longer refunded."),
                )
            }
            RefundWhy::BenefitYearBegan { year } => Text::new(
                format!("通知所称{year}年度的待遇享受期已经开始（参考日期在{year}年之后），按通知只在待遇享受期开始前可退，个人缴费不再退回。"),
                format!("The {year} benefit year the notice names has begun (the reference date is after {year}); refunds are only given before it begins, so nothing comes back."),
            ),
            RefundWhy::NotCovered => {
                Text::new("该通知不覆盖此参保身份，无法判断退费。", "The notice does not cover this applicant, so the refund cannot be told.")
            }
            RefundWhy::AssistedNotStated => Text::new(
                "该通知未规定受资助人员退费时退回多少。",
                "The notice does not say how much comes back to a person whose premium was assisted.",
            ),
            RefundWhy::OwnPartOnly { rule } => Text::new(
                format!("{}已享受参保资助的，只退回个人缴费部分。", rule.zh),
                format!("{} Assisted people get back only their own part.", rule.en),
            ),
            RefundWhy::BeforeBenefitUndated => Text::new(
                "只在所缴年度的待遇享受期开始前可退；通知未写明该日期，请向经办机构确认。",
                "Only before the benefit period of the year paid for begins; the notice gives no date for it, so confirm with the office.",
            ),
        }
    }
}

impl Question {
    /// The question, for people: "出生日期" / "the date of birth".
    pub fn text(&self) -> Text {
        match self {
            Question::BirthDate { max } => {
                Text::new(format!("出生日期（是否在{max}周岁以内）"), format!("the date of birth (whether the person is {max} or younger)"))
            }
            Question::Tier { group: crate::domain::inputs::Assist::Dibao } => {
                Text::new("低保的类别（见低保证）", "which 低保 tier (on the 低保 certificate)")
            }
            Question::Tier { group } => Text::new(format!("{}的类别", group.label().zh), format!("which tier of {}", group.label().en)),
            Question::AgeDay { max, on } => Text::new(
                format!("按哪一天计算年龄：{}起已满{}周岁，通知未规定计算年龄的日期", format_date(*on, Lang::Zh), max + 1),
                format!(
                    "the day the age is judged: {} or older from {}, and the notice does not say which day counts",
                    max + 1,
                    format_date(*on, Lang::En)
                ),
            ),
        }
    }
}

impl Assumption {
    /// The assumption as a condition: "如果户籍为：农村" / "If your hukou is: rural".
    pub fn text(&self) -> Text {
        match self {
            Assumption::Hukou(h) => {
                let zh: Vec<String> = h.iter().map(|x| x.label().zh).collect();
                let en: Vec<String> = h.iter().map(|x| x.label().en).collect();
                Text::new(format!("如果户籍为：{}", zh.join("、")), format!("If your hukou is: {}", en.join(", ")))
            }
            Assumption::Route(name) => {
                let name = name.clone().unwrap_or_else(|| Text::new("该途径", "this route"));
                Text::new(format!("如果通过{}参保", name.zh), format!("If you enroll through {}", name.en))
            }
            Assumption::Tier(t) => Text::new(format!("如果为{}", t.label().zh), format!("if {}", t.label().en)),
            Assumption::AgeWithin { max, within: true } => Text::new(format!("如果在{max}周岁以内"), format!("if {max} or younger")),
            Assumption::AgeWithin { max, within: false } => Text::new(format!("如果已超过{max}周岁"), format!("if older than {max}")),
            Assumption::AgeJudgedBefore { on, before: true } => Text::new(
                format!("如果按{}以前的日子计算年龄", format_date(*on, Lang::Zh)),
                format!("if the age is judged before {}", format_date(*on, Lang::En)),
            ),
            Assumption::AgeJudgedBefore { on, before: false } => Text::new(
                format!("如果按{}或以后的日子计算年龄", format_date(*on, Lang::Zh)),
                format!("if the age is judged on or after {}", format_date(*on, Lang::En)),
            ),
        }
    }
}

impl Condition {
    /// The condition: the cases joined by "；或" ("; or "), each case's assumptions and then
    /// the ones that always hold joined by "，" (", ").
    ///
    /// ```
    /// use yibao::domain::inputs::Hukou;
    /// use yibao::domain::policy::{Assumption, Condition};
    /// let c = Condition {
    ///     any: vec![vec![Assumption::AgeWithin { max: 14, within: true }], vec![Assumption::AgeWithin { max: 16, within: false }]],
    ///     all: vec![Assumption::Hukou(vec![Hukou::Rural])],
    /// };
    /// assert_eq!(c.text().zh, "如果在14周岁以内；或如果已超过16周岁，如果户籍为：农村户籍");
    /// ```
    pub fn text(&self) -> Text {
        let joined = |set: &[Assumption], lang: Lang| {
            let sep = if lang == Lang::Zh { "，" } else { ", " };
            set.iter().map(|a| a.text().get(lang).to_string()).collect::<Vec<_>>().join(sep)
        };
        let word = |lang: Lang| {
            let (or, and) = if lang == Lang::Zh { ("；或", "，") } else { ("; or ", ", ") };
            let any: Vec<String> = self.any.iter().map(|set| joined(set, lang)).collect();
            let parts: Vec<String> = [any.join(or), joined(&self.all, lang)].into_iter().filter(|p| !p.is_empty()).collect();
            parts.join(and)
        };
        Text::new(word(Lang::Zh), word(Lang::En))
    }
}

impl Ask {
    /// A sentence for people: "请咨询…（电话 …）" / "Ask … (tel. …)".
    pub fn text(&self) -> Text {
        match &self.phone {
            Some(p) => Text::new(format!("请咨询{}（电话 {p}）。", self.office.zh), format!("Ask {} (tel. {p}).", self.office.en)),
            None => Text::new(format!("请咨询{}。", self.office.zh), format!("Ask {}.", self.office.en)),
        }
    }
}

impl StartNote {
    /// "通知未写明缴费期的开始日期。按通知，2022年内缴费（§一）。通知于…印发。"
    pub fn text(&self) -> Text {
        let mut zh = String::from("通知未写明缴费期的开始日期。");
        let mut en = String::from("The notice gives no start date for the payment window.");
        if let Some((year, clause)) = &self.payment_year {
            zh += &format!("按通知，{year}年内缴费（{clause}）。");
            en += &format!(" Payment is made in {year} ({clause}).");
        }
        if let Some(i) = self.issued {
            zh += &format!("通知于{}印发。", format_date(i, Lang::Zh));
            en += &format!(" The notice was issued on {}.", format_date(i, Lang::En));
        }
        Text::new(zh, en)
    }
}

impl Amount {
    /// Why the amount is not one figure and where to ask, or which unanswered question
    /// decides it; `None` for a known amount.
    pub fn note(&self) -> Option<Text> {
        match self {
            Amount::Known { .. } => None,
            Amount::Unknown { reason, ask } => {
                let (reason, ask) = (reason.text(), ask.text());
                Some(Text::new(format!("{} {}", reason.zh, ask.zh), format!("{} {}", reason.en, ask.en)))
            }
            Amount::Depends { on, .. } => {
                let zh: Vec<String> = on.iter().map(|q| q.text().zh).collect();
                let en: Vec<String> = on.iter().map(|q| q.text().en).collect();
                let (zh, en) = (zh.join("；"), en.join("; "));
                Some(if on.iter().all(Question::is_users) {
                    Text::new(
                        format!("金额取决于您尚未回答的问题：{zh}。请在上面补充后再看结果。"),
                        format!("The amount depends on a question you have not answered yet: {en}. Answer it above to see one figure."),
                    )
                } else {
                    Text::new(
                        format!("金额取决于：{zh}。两种结果都列出如上，请向经办机构确认。"),
                        format!("The amount depends on {en}. Both outcomes are shown; confirm with the office."),
                    )
                })
            }
        }
    }
}

/// The days left to the deadline: "还剩 3 天" / "3 days left", or that today is the last.
pub fn days_left(days: i64) -> Text {
    match days {
        0 => Text::new("今天是最后一天", "today is the last day"),
        1 => Text::new("还剩 1 天", "1 day left"),
        d => Text::new(format!("还剩 {d} 天"), format!("{d} days left")),
    }
}

/// Which years of cover the notice is for, and under which document.
pub fn cover_stamp(years: &str, document: &str) -> Text {
    Text::new(format!("适用于 {years} 年度待遇（依据 {document}）"), format!("Valid for cover in {years} (under {document})"))
}

/// The days an age limit was judged over.
pub fn age_basis(p: &AgePeriod) -> Text {
    Text::new(
        format!("年龄按通知的缴费期（{}至{}）计算，不按今天计算。", format_date(p.from, Lang::Zh), format_date(p.to, Lang::Zh)),
        format!(
            "Age is judged over the notice's payment window ({} to {}), not today.",
            format_date(p.from, Lang::En),
            format_date(p.to, Lang::En)
        ),
    )
}

/// The window in one sentence: open with days left, upcoming, closed, or not settled.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::Status;
/// use yibao::domain::policy::{calculate, find, CalcInput, PolicyKey, Region};
/// let key = PolicyKey { region: Region::Meizhou, year: 2022 };
/// let date = NaiveDate::from_ymd_opt(2021, 12, 29).unwrap();
/// let input = CalcInput { key, status: Status::Adult, hukou: None, assist: vec![], birth: None, date };
/// let w = calculate(find(key).unwrap(), &input).deadlines.window;
/// assert_eq!(yibao::words::policy::window_summary(&w).zh, "缴费期开放中，截止日期：2021年12月31日（还剩 2 天）");
/// ```
pub fn window_summary(w: &Window) -> Text {
    let end = (format_date(w.end.value, Lang::Zh), format_date(w.end.value, Lang::En));
    match (w.state, &w.start, &w.other_rules) {
        (WindowState::Open, _, _) => {
            let days = days_left(w.days_left.unwrap_or(0));
            Text::new(
                format!("缴费期开放中，截止日期：{}（{}）", end.0, days.zh),
                format!("The payment window is open. Last day: {} ({})", end.1, days.en),
            )
        }
        (WindowState::Upcoming, Some(s), _) => Text::new(
            format!("缴费期尚未开始，开始日期：{}，截止日期：{}", format_date(s.value, Lang::Zh), end.0),
            format!("The payment window has not opened yet. It opens on {}; last day: {}", format_date(s.value, Lang::En), end.1),
        ),
        (WindowState::Upcoming, None, _) => Text::new(
            format!("缴费期尚未开始（通知未写明开始日期），截止日期：{}", end.0),
            format!("The payment window has not opened yet (the notice gives no start date). Last day: {}", end.1),
        ),
        (WindowState::Closed, _, _) => {
            Text::new(format!("缴费期已截止，截止日期为 {}", end.0), format!("The payment window has closed. The last day was {}", end.1))
        }
        (WindowState::Unknown, _, Some(_)) => Text::new(
            "本通知的缴费期不适用于这一身份（见下文）",
            "This notice's payment window does not apply to this applicant (see below)",
        ),
        (WindowState::Unknown, _, None) => Text::new(
            format!("通知未写明这一天缴费期是否已开始；截止日期：{}", end.0),
            format!("The notice does not say whether the window had opened by this day. Last day: {}", end.1),
        ),
    }
}
