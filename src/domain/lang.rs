//! The two languages of the app and bilingual text.

use serde::{Deserialize, Serialize};

/// A language the app speaks. Chinese first; English second, and complete.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 简体中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The URL code: `zh` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Parses a URL code (`zh`, `en`); `None` for anything else.
    ///
    /// ```
    /// use yibao::domain::lang::Lang;
    /// assert_eq!(Lang::from_code("en"), Some(Lang::En));
    /// assert_eq!(Lang::from_code("fr"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The value for the `lang` attribute of the page.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    /// A text from its Chinese and English forms.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text { zh: zh.into(), en: en.into() }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// A date for people: `2021年12月20日` or `20 December 2021`.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::lang::{format_date, Lang};
/// let d = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
/// assert_eq!(format_date(d, Lang::Zh), "2021年12月20日");
/// assert_eq!(format_date(d, Lang::En), "20 December 2021");
/// ```
pub fn format_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => format!("{} {} {}", date.day(), MONTHS[date.month0() as usize], date.year()),
    }
}

/// The first letter upper-case, for English sentences that start with a field's name.
///
/// ```
/// assert_eq!(yibao::domain::lang::capitalise("the name"), "The name");
/// ```
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
