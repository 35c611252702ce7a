//! The household's wording ([`crate::domain::household`]): members' names and the groups'
//! names by route.

use crate::domain::household::{DueDate, HouseholdOutcome, Member, MemberOutcome, Route, Total};
use crate::domain::lang::{format_date, Lang, Text};
use crate::domain::policy::Amount;

impl Member {
    /// The name shown: the label, or "成员 n" / "Member n" (n counts from 1).
    pub fn name(&self, index: usize) -> Text {
        if self.label.is_empty() {
            Text::new(format!("成员 {}", index + 1), format!("Member {}", index + 1))
        } else {
            Text::new(self.label.clone(), self.label.clone())
        }
    }
}

impl Route {
    /// The group's name for people.
    pub fn name(&self) -> Text {
        match self {
            Route::FullyFunded => Text::new("全额资助、无需缴费", "Fully funded, nothing to pay"),
            Route::NotCovered => Text::new("本通知不适用", "Not covered by this notice"),
            Route::Via(t) => t.clone(),
            Route::Unsettled => Text::new("渠道取决于尚未回答的问题", "Route depends on an unanswered question"),
        }
    }

    /// The name in a few words, for the one-line answer (a long step is cut; the member's
    /// answer, opened, gives it in full).
    ///
    /// ```
    /// use yibao::domain::household::Route;
    /// use yibao::domain::lang::Text;
    /// let r = Route::Via(Text::new("由所在学校统一办理参保缴费手续（学校代收代缴）。", "The school handles it."));
    /// assert_eq!(r.short_name().zh, "由所在学校统一办理参保缴费手续（学校…");
    /// assert_eq!(r.short_name().en, "The school handles it");
    /// ```
    pub fn short_name(&self) -> Text {
        let name = self.name();
        Text::new(cut(&name.zh, 18), cut(&name.en, 48))
    }
}

/// A text cut to `max` characters, with "…" where it was cut.
fn cut(text: &str, max: usize) -> String {
    let text = text.trim_end_matches(['。', '.']);
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max).collect();
    out.push('…');
    out
}

impl Total {
    /// For people: `¥640.00`, `¥640.00–¥700.00`, or "not stated".
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Total::Known(m), _) => m.to_string(),
            (Total::Range { min, max }, _) => format!("{min}–{max}"),
            (Total::Unknown, Lang::Zh) => "无法合计（有成员的金额通知未载明）".to_string(),
            (Total::Unknown, Lang::En) => "cannot be added up (a member's amount is not stated in the notice)".to_string(),
        }
    }
}

fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A member's answer in one line: "小明 · 中小学生 · 学校代缴 · ¥320.00".
pub fn one_line(m: &MemberOutcome, lang: Lang) -> String {
    let amount = match (&m.outcome.pay_now, m.route == Route::FullyFunded) {
        (_, true) => tr(lang, "无需缴费", "nothing to pay").to_string(),
        (a, false) => Total::sum(&[a]).text(lang),
    };
    let amount = match &m.outcome.pay_now {
        Amount::Unknown { .. } if m.route != Route::FullyFunded => tr(lang, "金额未载明", "amount not stated").to_string(),
        _ => amount,
    };
    let status = m.input.status.label();
    let status = status.get(lang).split(['（', '(']).next().unwrap_or("").trim().to_string();
    format!("{} · {} · {} · {}", m.name.get(lang), status, m.route.short_name().get(lang), amount)
}

/// The day shown for a due date.
pub fn due_text(d: &DueDate, outcome: &HouseholdOutcome, lang: Lang) -> String {
    let names: Vec<&str> = d.members.iter().map(|i| outcome.members[*i].name.get(lang)).collect();
    format!("{}{}{}", format_date(d.date, lang), tr(lang, "：", ": "), names.join(tr(lang, "、", ", ")))
}
