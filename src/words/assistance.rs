//! The assistance decision ([`crate::domain::policy::AssistDecision`]) worded.

use crate::domain::lang::{Lang, Text};
use crate::domain::policy::{AssistDecision, AssistVerdict, Assistance, NotAdded};

impl AssistVerdict {
    /// What one identity gives, in a few words: "全额资助" / "fully funded".
    pub fn text(&self) -> Text {
        match self {
            AssistVerdict::Full => Text::new("全额资助", "fully funded"),
            AssistVerdict::Fixed(m) => Text::new(format!("定额资助 {m}"), format!("fixed assistance of {m}")),
            AssistVerdict::Unknown { .. } => Text::new("金额未载明", "amount not stated"),
            AssistVerdict::Elsewhere { .. } => Text::new("按居住地政策参保", "enrolls under the policy of the place of residence"),
            AssistVerdict::NotListed => Text::new("本通知未列出", "not listed in this notice"),
            AssistVerdict::NotEligible { .. } => Text::new("不符合条件", "not eligible"),
            AssistVerdict::Depends { on } => {
                let q = on.text();
                Text::new(format!("取决于{}", q.zh), format!("depends on {}", q.en))
            }
        }
    }
}

/// Why the assistance is what it is, in `lang`: the decision, then a sentence for each
/// identity that does not apply.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::{Assist, Status};
/// use yibao::domain::lang::Lang;
/// use yibao::domain::policy::{calculate, find, CalcInput, PolicyKey, Region};
/// let policy = find(PolicyKey { region: Region::Meizhou, year: 2022 }).unwrap();
/// let date = NaiveDate::from_ymd_opt(2021, 10, 1).unwrap();
/// let input = CalcInput { key: policy.key, status: Status::Adult, hukou: None, assist: vec![Assist::Tekun], birth: None, date };
/// let outcome = calculate(policy, &input);
/// let words = yibao::words::assistance::assistance(&outcome.assistance, Lang::Zh);
/// assert!(words.starts_with("适用身份：特困人员"), "{words}");
/// ```
pub fn assistance(a: &Assistance, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let line_text = |code| a.lines.iter().find(|l| l.code == code).map(|l| l.reason.text().get(lang).to_string()).unwrap_or_default();
    match &a.decision {
        AssistDecision::NotCovered { reason } => reason.get(lang).to_string(),
        AssistDecision::NoneChosen if zh => "未选择救助身份，不适用参保资助。".into(),
        AssistDecision::NoneChosen => "No assistance identity chosen: no assistance applies.".into(),
        AssistDecision::Elsewhere { code } => line_text(*code),
        AssistDecision::ContributionUnknown if zh => "个人缴费标准未知，无法计算资助金额。".into(),
        AssistDecision::ContributionUnknown => "The contribution standard is unknown, so the assistance cannot be worked out.".into(),
        AssistDecision::Open { reason, best: None } => reason.text().get(lang).to_string(),
        AssistDecision::Open { reason, best: Some((code, value)) } if zh => {
            format!("{}（另一身份{}可得 ¥{}，但未定金额可能更高。）", reason.text().zh, code.label().zh, value.plain())
        }
        AssistDecision::Open { reason, best: Some((code, value)) } => format!(
            "{} (Another identity, {}, gives ¥{}, but the unsettled amount may be higher.)",
            reason.text().en,
            code.label().en,
            value.plain()
        ),
        AssistDecision::NoneApplies => {
            let each: Vec<String> =
                a.lines.iter().map(|l| identity_says(l.code.label().get(lang), l.reason.text().get(lang), lang)).collect();
            if zh {
                format!("本通知下不适用参保资助。{}", each.join("；"))
            } else {
                format!("No assistance applies under this notice. {}", each.join(" "))
            }
        }
        AssistDecision::SeveralWithoutRule if zh => "该通知未规定同时具有多重身份时如何资助。".into(),
        AssistDecision::SeveralWithoutRule => "The notice does not say how assistance works for several identities at once.".into(),
        AssistDecision::Applies { winner, others, rule } => {
            let mut out = if zh {
                format!("适用身份：{}。{}", winner.label().zh, line_text(*winner))
            } else {
                format!("Applies: {}. {}", winner.label().en, line_text(*winner))
            };
            out += &not_added(others, rule, lang);
            let unsettled = a.lines.iter().filter(|l| !matches!(l.verdict, AssistVerdict::Full | AssistVerdict::Fixed(_)));
            for l in unsettled {
                if !zh {
                    out.push(' ');
                }
                out += &identity_says(l.code.label().get(lang), l.reason.text().get(lang), lang);
            }
            out
        }
    }
}

/// "低保对象：…" / "Dibao: …".
fn identity_says(label: &str, text: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{label}：{text}"),
        Lang::En => format!("{label}: {text}"),
    }
}

/// Why the other settled identities do not add, or nothing where there are none.
fn not_added(others: &[crate::domain::inputs::Assist], rule: &NotAdded, lang: Lang) -> String {
    let labels: Vec<String> = others.iter().map(|c| c.label().get(lang).to_string()).collect();
    let (list, zh) = (labels.join(if lang == Lang::Zh { "、" } else { "; " }), lang == Lang::Zh);
    match rule {
        NotAdded::NoOthers => String::new(),
        NotAdded::Stated(text) => {
            let said = text.as_ref().map(|t| t.get(lang).to_string());
            if zh {
                format!("其他身份（{list}）不叠加：{}", said.unwrap_or_else(|| "就高不重复。".into()))
            } else {
                format!(
                    " The other identities ({list}) do not add: {}",
                    said.unwrap_or_else(|| "The highest applies; they are never added up.".into())
                )
            }
        }
        NotAdded::AlreadyFull if zh => format!("其他身份（{list}）不叠加：个人缴费已全额资助，资助不会超过个人缴费。"),
        NotAdded::AlreadyFull => format!(
            " The other identities ({list}) do not add: the whole individual contribution is already funded, and funding never exceeds it."
        ),
    }
}
