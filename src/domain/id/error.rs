//! The one error type of identity numbers, and the warnings a valid number can carry.
//!
//! Every message is a full sentence in Chinese and in English that says what to do. No
//! message ever suggests a check character: a typo elsewhere in the number would then turn
//! into a valid-looking wrong number.

use std::fmt;

use chrono::NaiveDate;

use super::IdKind;
use crate::domain::lang::Lang;

/// Why an identity number (or a portal account, password or validity period) was rejected.
///
/// Checks run in a fixed order — length, characters, date, region, check character — and the
/// first failure is the one reported. [`IdError::code`] is a stable machine code for tests
/// and the UI; [`IdError::message`] is the sentence shown to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum IdError {
    /// Nothing was entered.
    Empty { kind: IdKind },
    /// The number has the wrong number of characters (after spaces and hyphens are dropped).
    Length { kind: IdKind, found: usize },
    /// A character that cannot appear at that position (1-based).
    Character { kind: IdKind, position: usize, found: char },
    /// The date of birth is not a calendar date (`digits` is what was entered: 8 digits,
    /// or 6 for 15-digit numbers).
    Date { kind: IdKind, digits: u32, width: u8 },
    /// The date of birth is after the reference date (today).
    FutureDate { kind: IdKind, birth: NaiveDate, reference: NaiveDate },
    /// The region code does not exist: the 2-digit province code, or the 6-digit code of a
    /// residence permit (`width` says which).
    Region { kind: IdKind, code: u32, width: u8 },
    /// The check character does not match the other characters.
    Check { kind: IdKind },
    /// A mobile number that does not start with 13 to 19.
    MobilePrefix { found: [u8; 2] },
    /// The first character of a unified social credit code is not a registration authority.
    UsccAuthority { found: char },
    /// A portal account name that is not 8 to 20 characters long.
    AccountLength { found: usize },
    /// A portal account name with something other than letters and digits.
    AccountCharacter { position: usize, found: char },
    /// A portal password that is not 8 to 16 characters long.
    PasswordLength { found: usize },
    /// A portal password with something other than letters and digits (the character itself
    /// is not repeated back).
    PasswordCharacter { position: usize },
    /// A portal password without a letter (`missing_letter`) or without a digit.
    PasswordMix { missing_letter: bool },
    /// A validity period whose start is not before its end.
    PeriodOrder { start: NaiveDate, end: NaiveDate },
    /// A validity period that ended before the reference date.
    Expired { end: NaiveDate, reference: NaiveDate },
}

impl IdError {
    /// The stable machine code: `empty`, `length`, `character`, `date`, `future-date`,
    /// `region`, `check`, `prefix`, `letter-and-digit`, `period-order` or `expired`.
    ///
    /// ```
    /// use yibao::domain::id::{error::IdError, IdKind};
    /// assert_eq!(IdError::Check { kind: IdKind::ResidentId }.code(), "check");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            IdError::Empty { .. } => "empty",
            IdError::Length { .. } | IdError::AccountLength { .. } | IdError::PasswordLength { .. } => "length",
            IdError::Character { .. }
            | IdError::UsccAuthority { .. }
            | IdError::AccountCharacter { .. }
            | IdError::PasswordCharacter { .. } => "character",
            IdError::Date { .. } => "date",
            IdError::FutureDate { .. } => "future-date",
            IdError::Region { .. } => "region",
            IdError::Check { .. } => "check",
            IdError::MobilePrefix { .. } => "prefix",
            IdError::PasswordMix { .. } => "letter-and-digit",
            IdError::PeriodOrder { .. } => "period-order",
            IdError::Expired { .. } => "expired",
        }
    }

    /// The kind of number the error is about, where it is one of [`IdKind`].
    pub fn kind(&self) -> Option<IdKind> {
        match *self {
            IdError::Empty { kind }
            | IdError::Length { kind, .. }
            | IdError::Character { kind, .. }
            | IdError::Date { kind, .. }
            | IdError::FutureDate { kind, .. }
            | IdError::Region { kind, .. }
            | IdError::Check { kind } => Some(kind),
            IdError::MobilePrefix { .. } => Some(IdKind::Mobile),
            IdError::UsccAuthority { .. } => Some(IdKind::Uscc),
            _ => None,
        }
    }

    /// The heading shown above [`IdError::message`] on the identity-number page: a request
    /// when nothing was entered, otherwise that the number is not right.
    ///
    /// ```
    /// use yibao::domain::{id::{error::IdError, IdKind}, lang::Lang};
    /// assert_eq!(IdError::Empty { kind: IdKind::ResidentId }.heading(Lang::Zh), "请输入号码");
    /// assert_eq!(IdError::Check { kind: IdKind::ResidentId }.heading(Lang::En), "This number is not right");
    /// ```
    pub fn heading(&self, lang: Lang) -> &'static str {
        let zh = lang == Lang::Zh;
        match self {
            IdError::Empty { .. } => {
                if zh {
                    "请输入号码"
                } else {
                    "Enter a number"
                }
            }
            _ => {
                if zh {
                    "这个号码有误"
                } else {
                    "This number is not right"
                }
            }
        }
    }

    /// The message in `lang`: a full sentence saying what is wrong and what to do.
    ///
    /// ```
    /// use yibao::domain::{id::{error::IdError, IdKind}, lang::Lang};
    /// let e = IdError::Date { kind: IdKind::ResidentId, digits: 19990230, width: 8 };
    /// assert_eq!(
    ///     e.message(Lang::En),
    ///     "The 7th to 14th characters should be a real date of birth: 19990230 is not a date. \
    ///      Check the date of birth on the ID card."
    /// );
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match *self {
            IdError::Empty { kind } => {
                if zh {
                    format!("请输入{}，例如 {}。", kind.noun_zh(), kind.example())
                } else {
                    format!("Enter the {}, for example {}.", kind.noun_en(), kind.example())
                }
            }
            IdError::Length { kind, found } => length_message(kind, found, zh),
            IdError::Character { kind, position, found } => character_message(kind, position, found, zh),
            IdError::Date { kind, digits, width } => {
                let text = format!("{:0width$}", digits, width = width as usize);
                let (from, to) = kind.date_positions();
                if zh {
                    format!("第{from}至{to}位应为真实的出生日期：{text} 不是有效日期。请核对{}上的出生日期。", kind.document_zh())
                } else {
                    format!(
                        "The {} to {} characters should be a real date of birth: {text} is not a date. Check the date of birth on the {}.",
                        ordinal(from),
                        ordinal(to),
                        kind.document_en()
                    )
                }
            }
            IdError::FutureDate { kind, birth, reference } => {
                let (from, to) = kind.date_positions();
                if zh {
                    format!(
                        "第{from}至{to}位的出生日期 {birth} 晚于 {reference}，不可能是出生日期。请核对{}上的出生日期。",
                        kind.document_zh()
                    )
                } else {
                    format!(
                        "The {} to {} characters give a date of birth, {birth}, that is after {reference}. Check the date of birth on the {}.",
                        ordinal(from),
                        ordinal(to),
                        kind.document_en()
                    )
                }
            }
            IdError::Region { kind, code, width } => region_message(kind, code, width, zh),
            IdError::Check { kind } => {
                let last = if kind == IdKind::Uscc { 18 } else { kind.length() };
                if zh {
                    format!(
                        "最后一位校验码与前{}位不符，说明号码中有一位输错或两位顺序颠倒。请逐位对照{}重新输入。",
                        last - 1,
                        kind.document_zh()
                    )
                } else {
                    format!(
                        "The last character (the check character) does not match the first {}, so a character is wrong or two are swapped. Compare each character with the {} and enter the number again.",
                        last - 1,
                        kind.document_en()
                    )
                }
            }
            IdError::MobilePrefix { found } => {
                let p = String::from_utf8_lossy(&found).into_owned();
                if zh {
                    format!("手机号码应以 13 至 19 开头，您输入的以 {p} 开头。请输入11位手机号码，例如 13812345678。")
                } else {
                    format!("A mobile number starts with 13 to 19; yours starts with {p}. Enter the 11-digit mobile number, for example 13812345678.")
                }
            }
            IdError::UsccAuthority { found } => {
                if zh {
                    format!(
                        "统一社会信用代码第1位是登记管理部门代码，应为 1 至 9、A、N 或 Y，不能是“{found}”。请对照营业执照或登记证书核对。"
                    )
                } else {
                    format!("The 1st character of a unified social credit code is the registration authority: 1 to 9, A, N or Y, not “{found}”. Check it against the business licence or registration certificate.")
                }
            }
            IdError::AccountLength { found } => {
                if zh {
                    format!("账号应为8至20位字母或数字，您输入了{found}位。")
                } else {
                    format!("The account name should have 8 to 20 letters or digits; you entered {found}.")
                }
            }
            IdError::AccountCharacter { position, found } => {
                if zh {
                    format!("账号第{position}位“{found}”不是字母或数字。账号只能包含字母和数字。")
                } else {
                    format!(
                        "The {} character of the account name, “{found}”, is not a letter or digit. Use only letters and digits.",
                        ordinal(position)
                    )
                }
            }
            IdError::PasswordLength { found } => {
                if zh {
                    format!("密码应为8至16位，您输入了{found}位。请使用字母和数字的组合。")
                } else {
                    format!("The password should have 8 to 16 characters; you entered {found}. Use letters and digits.")
                }
            }
            IdError::PasswordCharacter { position } => {
                if zh {
                    format!("密码第{position}位不是字母或数字。密码只能包含字母和数字。")
                } else {
                    format!("The {} character of the password is not a letter or digit. Use only letters and digits.", ordinal(position))
                }
            }
            IdError::PasswordMix { missing_letter } => match (zh, missing_letter) {
                (true, true) => "密码需要同时包含字母和数字：请加入至少一个字母。".to_string(),
                (true, false) => "密码需要同时包含字母和数字：请加入至少一个数字。".to_string(),
                (false, true) => "The password needs both letters and digits: add at least one letter.".to_string(),
                (false, false) => "The password needs both letters and digits: add at least one digit.".to_string(),
            },
            IdError::PeriodOrder { start, end } => {
                if zh {
                    format!("有效期的开始日期 {start} 应早于结束日期 {end}。请对照证件背面的有效期限核对。")
                } else {
                    format!("The start of the validity period, {start}, should be before its end, {end}. Check the validity period on the back of the card.")
                }
            }
            IdError::Expired { end, reference } => {
                if zh {
                    format!("证件有效期已于 {end} 截止（早于 {reference}）。请先到公安机关换领证件，或使用有效的证件。")
                } else {
                    format!("The card's validity period ended on {end}, before {reference}. Renew the card at a public security office, or use a valid one.")
                }
            }
        }
    }
}

fn length_message(kind: IdKind, found: usize, zh: bool) -> String {
    let example = kind.example();
    match (kind, zh) {
        (IdKind::ResidentId, true) => format!(
            "身份证号码应为18位（旧式号码为15位），您输入了{found}位。请输入18位身份证号码，例如 {example}。"
        ),
        (IdKind::ResidentId, false) => format!(
            "An ID number has 18 characters (old numbers have 15); you entered {found}. Enter the 18-character ID number, for example {example}."
        ),
        (IdKind::ForeignPermanentResident, true) => format!(
            "外国人永久居留身份证号码应为18位（旧证为15位），您输入了{found}位。请输入证件上的号码，例如 {example}。"
        ),
        (IdKind::ForeignPermanentResident, false) => format!(
            "A foreigner's permanent residence ID number has 18 characters (older cards have 15); you entered {found}. Enter the number on the card, for example {example}."
        ),
        (_, true) => {
            let short = match kind {
                IdKind::ResidentId15 => "旧式身份证号码",
                IdKind::Mobile => "手机号码",
                _ => kind.noun_zh(),
            };
            format!("{short}应为{}位，您输入了{found}位。请输入{}，例如 {example}。", kind.length(), kind.noun_zh())
        }
        (_, false) => {
            let (short, unit) = match kind {
                IdKind::ResidentId15 => ("An old ID number", "digits"),
                IdKind::Mobile => ("A mobile number", "digits"),
                IdKind::HmtResidencePermit => ("A residence permit number for Hong Kong, Macao and Taiwan residents", "characters"),
                _ => ("A unified social credit code", "characters"),
            };
            format!(
                "{short} has {} {unit}; you entered {found}. Enter the {}, for example {example}.",
                kind.length(),
                kind.noun_en()
            )
        }
    }
}

fn character_message(kind: IdKind, position: usize, found: char, zh: bool) -> String {
    let rule_zh = match kind {
        IdKind::ResidentId | IdKind::HmtResidencePermit => "号码前17位都是数字，最后一位是数字或 X。",
        IdKind::ForeignPermanentResident => "新版号码共18位，以 9 开头，前17位都是数字，最后一位是数字或 X；旧版号码是3个字母加12位数字。",
        IdKind::ResidentId15 => "15位身份证号码全部是数字。",
        IdKind::Uscc => "统一社会信用代码只使用数字和大写字母（不使用 I、O、Z、S、V），第3至8位是行政区划代码，只能是数字。",
        IdKind::Mobile => "手机号码全部是数字。",
    };
    let rule_en = match kind {
        IdKind::ResidentId | IdKind::HmtResidencePermit => {
            "The first 17 characters are digits; the last is a digit or X."
        }
        IdKind::ForeignPermanentResident => {
            "The current number has 18 characters starting with 9: 17 digits, then a digit or X. Older cards have 3 letters then 12 digits."
        }
        IdKind::ResidentId15 => "A 15-digit ID number has only digits.",
        IdKind::Uscc => "A unified social credit code uses digits and capital letters except I, O, Z, S and V; the 3rd to 8th characters are a division code, all digits.",
        IdKind::Mobile => "A mobile number has only digits.",
    };
    if zh {
        format!("第{position}位“{found}”不能出现在这里。{rule_zh}请对照{}核对。", kind.document_zh())
    } else {
        format!("The {} character, “{found}”, cannot be there. {rule_en} Check it against the {}.", ordinal(position), kind.document_en())
    }
}

fn region_message(kind: IdKind, code: u32, width: u8, zh: bool) -> String {
    if width == 2 {
        let first = if kind == IdKind::ForeignPermanentResident { "第2、3位" } else { "前两位" };
        let first_en = if kind == IdKind::ForeignPermanentResident { "The 2nd and 3rd digits" } else { "The first 2 digits" };
        if zh {
            format!("{first}“{code:02}”不是任何省、自治区、直辖市的代码。请对照{}核对号码开头几位。", kind.document_zh())
        } else {
            format!(
                "{first_en}, {code:02}, are not the code of any province, autonomous region or municipality. Check the start of the number against the {}.",
                kind.document_en()
            )
        }
    } else if zh {
        format!("港澳台居民居住证号码的前6位应为 810000（香港）、820000（澳门）或 830000（台湾），不能是 {code:06}。请对照居住证核对。")
    } else {
        format!(
            "A residence permit number for Hong Kong, Macao and Taiwan residents starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not {code:06}. Check it against the permit."
        )
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `12th`, `13th`, … `21st`.
pub(crate) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl fmt::Display for IdError {
    /// The English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for IdError {}

/// Something worth knowing about a number that is nevertheless accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdWarning {
    /// The county code (digits 1-6) is not in the embedded division table: perhaps a code
    /// abolished long ago, perhaps a typo the check character cannot see.
    UnknownCounty { code: u32 },
    /// The county code was abolished; the number stays valid for life.
    AbolishedCounty { code: u32, name: &'static str, last_year: u16 },
    /// An old 15-digit number: it has no check character, so a typo cannot be detected.
    Old15Digit { converted: String },
    /// An older 15-character foreigner's permanent residence card: only its shape is checked.
    OldForeignCard,
    /// The division code inside a unified social credit code is not in the table.
    UsccRegionUnknown { code: u32 },
    /// A valid unified social credit code that also looks like a mistyped number of `kind`.
    LooksLikeMistypedId { kind: IdKind },
}

impl IdWarning {
    /// A stable machine code: `unknown-county`, `abolished-county`, `old-15-digit`,
    /// `old-foreign-card`, `uscc-region-unknown` or `looks-like-id`.
    pub fn code(&self) -> &'static str {
        match self {
            IdWarning::UnknownCounty { .. } => "unknown-county",
            IdWarning::AbolishedCounty { .. } => "abolished-county",
            IdWarning::Old15Digit { .. } => "old-15-digit",
            IdWarning::OldForeignCard => "old-foreign-card",
            IdWarning::UsccRegionUnknown { .. } => "uscc-region-unknown",
            IdWarning::LooksLikeMistypedId { .. } => "looks-like-id",
        }
    }

    /// The message in `lang`.
    ///
    /// ```
    /// use yibao::domain::{id::error::IdWarning, lang::Lang};
    /// let w = IdWarning::UnknownCounty { code: 110199 };
    /// assert!(w.message(Lang::En).starts_with("The region code 110199"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            IdWarning::UnknownCounty { code } => {
                if zh {
                    format!("地区代码 {code:06} 不在本应用的行政区划表中。它可能是已撤销的旧代码，号码仍可能有效；请对照证件核对前6位。")
                } else {
                    format!("The region code {code:06} is not in this app's table of divisions. It may be an old code that has since been abolished, so the number may still be valid; check the first 6 digits against the card.")
                }
            }
            IdWarning::AbolishedCounty { code, name, last_year } => {
                if zh {
                    format!("地区代码 {code:06}（{name}）已于 {last_year} 年后停用。按规定身份证号码终身不变，号码仍然有效。")
                } else {
                    format!("The region code {code:06} ({name}) has not been used since {last_year}. An ID number does not change for life, so the number is still valid.")
                }
            }
            IdWarning::Old15Digit { converted } => {
                if zh {
                    format!("这是旧式15位号码，没有校验位，无法发现输错的数字。对应的18位号码是 {converted}；办理业务时请使用18位号码。")
                } else {
                    format!("This is an old 15-digit number: it has no check character, so a mistyped digit cannot be detected. The matching 18-character number is {converted}; use it on forms.")
                }
            }
            IdWarning::OldForeignCard => {
                if zh {
                    "这是旧版（15位）外国人永久居留证号码：本应用只能检查其格式（3个字母加12位数字），无法核验其校验位和出生日期。请对照证件核对。".to_string()
                } else {
                    "This is an older (15-character) foreigner's permanent residence card number. This app can check only its shape (3 letters then 12 digits), not its check digit or date of birth. Check it against the card.".to_string()
                }
            }
            IdWarning::LooksLikeMistypedId { kind } => {
                if zh {
                    format!(
                        "这是一个有效的统一社会信用代码，但它看起来也像{}，而作为{}它并不成立。如果您要核对的是{}，请对照{}逐位重新输入。",
                        kind.noun_zh(),
                        kind.noun_zh(),
                        kind.noun_zh(),
                        kind.document_zh()
                    )
                } else {
                    format!("This is a valid unified social credit code, but it also looks like a {} that does not check. If you meant to check a {}, compare each character with the {} and enter it again.", kind.noun_en(), kind.noun_en(), kind.document_en())
                }
            }
            IdWarning::UsccRegionUnknown { code } => {
                if zh {
                    format!("代码第3至8位的行政区划代码 {code:06} 不在本应用的行政区划表中；校验位正确，代码仍可能有效。")
                } else {
                    format!("The division code in the 3rd to 8th characters, {code:06}, is not in this app's table of divisions; the check character matches, so the code may still be valid.")
                }
            }
        }
    }
}
