//! The household's wording ([`crate::domain::household`]): members' names and the groups'
//! names by route.

use crate::domain::household::{Member, Route};
use crate::domain::lang::Text;

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
