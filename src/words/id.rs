//! The decisions of identity numbers ([`crate::domain::id`]) worded: the errors of a number,
//! of a portal account or password and of a validity period, the warnings a valid number
//! carries, the kinds of number and what the identity-number page says about them.
//!
//! Every function matches its decision exhaustively and both languages in each arm, so a new
//! variant does not build until it is worded in Chinese and English. No sentence ever
//! suggests a check character: a typo elsewhere in the number would then turn into a
//! valid-looking wrong number.

use std::fmt;

use crate::domain::id::portal::{AccountError, PasswordError};
use crate::domain::id::validity::ValidityError;
use crate::domain::id::{Division, IdError, IdKind, IdWarning, Sex};
use crate::domain::lang::{capitalise, Lang};

/// The kind of number in a sentence: `18位身份证号码` / `18-character ID number`.
pub fn noun(kind: IdKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (IdKind::ResidentId, Lang::Zh) => "18位身份证号码",
        (IdKind::ResidentId, Lang::En) => "18-character ID number",
        (IdKind::ResidentId15, Lang::Zh) => "15位身份证号码",
        (IdKind::ResidentId15, Lang::En) => "15-digit ID number",
        (IdKind::HmtResidencePermit, Lang::Zh) => "港澳台居民居住证号码",
        (IdKind::HmtResidencePermit, Lang::En) => "residence permit number for Hong Kong, Macao and Taiwan residents",
        (IdKind::ForeignPermanentResident, Lang::Zh) => "外国人永久居留身份证号码",
        (IdKind::ForeignPermanentResident, Lang::En) => "foreigner's permanent residence ID number",
        (IdKind::Uscc, Lang::Zh) => "统一社会信用代码",
        (IdKind::Uscc, Lang::En) => "unified social credit code",
        (IdKind::Mobile, Lang::Zh) => "11位手机号码",
        (IdKind::Mobile, Lang::En) => "11-digit mobile number",
    }
}

/// The name of a kind shown on its own (a label): the noun, capitalised in English.
///
/// ```
/// use yibao::domain::{id::IdKind, lang::Lang};
/// assert_eq!(yibao::words::id::kind_label(IdKind::Uscc, Lang::En), "Unified social credit code");
/// ```
pub fn kind_label(kind: IdKind, lang: Lang) -> String {
    capitalise(noun(kind, lang))
}

/// The noun with its English article: “an 18-character ID number”; Chinese has none.
pub fn a_noun(kind: IdKind, lang: Lang) -> String {
    let noun = noun(kind, lang);
    match lang {
        Lang::Zh => noun.to_string(),
        Lang::En if noun.starts_with("18") || noun.starts_with("11") => format!("an {noun}"),
        Lang::En => format!("a {noun}"),
    }
}

/// The document a number is printed on, to check it against.
pub fn document(kind: IdKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (IdKind::ResidentId | IdKind::ResidentId15, Lang::Zh) => "身份证",
        (IdKind::ResidentId | IdKind::ResidentId15, Lang::En) => "ID card",
        (IdKind::HmtResidencePermit, Lang::Zh) => "居住证",
        (IdKind::HmtResidencePermit, Lang::En) => "residence permit",
        (IdKind::ForeignPermanentResident, Lang::Zh) => "永久居留身份证",
        (IdKind::ForeignPermanentResident, Lang::En) => "permanent residence ID card",
        (IdKind::Uscc, Lang::Zh) => "营业执照或登记证书",
        (IdKind::Uscc, Lang::En) => "business licence or registration certificate",
        (IdKind::Mobile, Lang::Zh) => "号码",
        (IdKind::Mobile, Lang::En) => "number",
    }
}

/// `男` / `Male`.
pub fn sex(sex: Sex, lang: Lang) -> &'static str {
    match (sex, lang) {
        (Sex::Male, Lang::Zh) => "男",
        (Sex::Male, Lang::En) => "Male",
        (Sex::Female, Lang::Zh) => "女",
        (Sex::Female, Lang::En) => "Female",
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `12th`, `13th`, … `21st`.
///
/// ```
/// use yibao::words::id::ordinal;
/// assert_eq!([1, 2, 3, 4, 11, 12, 13, 21].map(ordinal), ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st"]);
/// ```
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The heading above [`error`] on the identity-number page: a request when nothing was
/// entered, otherwise that the number is not right.
///
/// ```
/// use yibao::domain::{id::{IdError, IdKind}, lang::Lang};
/// use yibao::words::id::heading;
/// assert_eq!(heading(&IdError::Empty { kind: IdKind::ResidentId }, Lang::Zh), "请输入号码");
/// assert_eq!(heading(&IdError::Check { kind: IdKind::ResidentId }, Lang::En), "This number is not right");
/// ```
pub fn heading(e: &IdError, lang: Lang) -> &'static str {
    match (e, lang) {
        (IdError::Empty { .. }, Lang::Zh) => "请输入号码",
        (IdError::Empty { .. }, Lang::En) => "Enter a number",
        (_, Lang::Zh) => "这个号码有误",
        (_, Lang::En) => "This number is not right",
    }
}

/// An identity-number error in `lang`: a full sentence saying what is wrong and what to do.
///
/// ```
/// use yibao::domain::{id::{IdError, IdKind}, lang::Lang};
/// let e = IdError::Date { kind: IdKind::ResidentId, digits: 19990230 };
/// assert_eq!(
///     yibao::words::id::error(&e, Lang::En),
///     "The 7th to 14th characters should be a real date of birth: 19990230 is not a date. \
///      Check the date of birth on the ID card."
/// );
/// ```
pub fn error(e: &IdError, lang: Lang) -> String {
    let doc = |kind| document(kind, lang);
    match (*e, lang) {
        (IdError::Empty { kind }, Lang::Zh) => format!("请输入{}，例如 {}。", noun(kind, lang), kind.example()),
        (IdError::Empty { kind }, Lang::En) => format!("Enter the {}, for example {}.", noun(kind, lang), kind.example()),
        (IdError::Length { kind, found }, _) => length(kind, found, lang),
        (IdError::Character { kind, position, found }, _) => character(kind, position, found, lang),
        (IdError::Date { kind, digits }, _) => {
            let (from, to) = kind.date_positions();
            let text = format!("{:0width$}", digits, width = to + 1 - from);
            match lang {
                Lang::Zh => format!("第{from}至{to}位应为真实的出生日期：{text} 不是有效日期。请核对{}上的出生日期。", doc(kind)),
                Lang::En => format!(
                    "The {} to {} characters should be a real date of birth: {text} is not a date. Check the date of birth on the {}.",
                    ordinal(from),
                    ordinal(to),
                    doc(kind)
                ),
            }
        }
        (IdError::FutureDate { kind, birth, reference }, _) => {
            let (from, to) = kind.date_positions();
            match lang {
                Lang::Zh => format!("第{from}至{to}位的出生日期 {birth} 晚于 {reference}，不可能是出生日期。请核对{}上的出生日期。", doc(kind)),
                Lang::En => format!(
                    "The {} to {} characters give a date of birth, {birth}, that is after {reference}. Check the date of birth on the {}.",
                    ordinal(from),
                    ordinal(to),
                    doc(kind)
                ),
            }
        }
        (IdError::Region { kind, code }, _) => region(kind, code, lang),
        (IdError::Check { kind }, _) => {
            let before = if kind == IdKind::Uscc { 17 } else { kind.length() - 1 };
            match lang {
                Lang::Zh => format!("最后一位校验码与前{before}位不符，说明号码中有一位输错或两位顺序颠倒。请逐位对照{}重新输入。", doc(kind)),
                Lang::En => format!(
                    "The last character (the check character) does not match the first {before}, so a character is wrong or two are swapped. Compare each character with the {} and enter the number again.",
                    doc(kind)
                ),
            }
        }
        (IdError::MobilePrefix { found }, _) => {
            let p = String::from_utf8_lossy(&found);
            match lang {
                Lang::Zh => format!("手机号码应以 13 至 19 开头，您输入的以 {p} 开头。请输入11位手机号码，例如 13812345678。"),
                Lang::En => format!("A mobile number starts with 13 to 19; yours starts with {p}. Enter the 11-digit mobile number, for example 13812345678."),
            }
        }
        (IdError::UsccAuthority { found }, Lang::Zh) => {
            format!("统一社会信用代码第1位是登记管理部门代码，应为 1 至 9、A、N 或 Y，不能是“{found}”。请对照营业执照或登记证书核对。")
        }
        (IdError::UsccAuthority { found }, Lang::En) => format!(
            "The 1st character of a unified social credit code is the registration authority: 1 to 9, A, N or Y, not “{found}”. Check it against the business licence or registration certificate."
        ),
    }
}

fn length(kind: IdKind, found: usize, lang: Lang) -> String {
    let example = kind.example();
    match (kind, lang) {
        (IdKind::ResidentId, Lang::Zh) => {
            format!("身份证号码应为18位（旧式号码为15位），您输入了{found}位。请输入18位身份证号码，例如 {example}。")
        }
        (IdKind::ResidentId, Lang::En) => format!(
            "An ID number has 18 characters (old numbers have 15); you entered {found}. Enter the 18-character ID number, for example {example}."
        ),
        (IdKind::ForeignPermanentResident, Lang::Zh) => {
            format!("外国人永久居留身份证号码应为18位（旧证为15位），您输入了{found}位。请输入证件上的号码，例如 {example}。")
        }
        (IdKind::ForeignPermanentResident, Lang::En) => format!(
            "A foreigner's permanent residence ID number has 18 characters (older cards have 15); you entered {found}. Enter the number on the card, for example {example}."
        ),
        (IdKind::ResidentId15 | IdKind::HmtResidencePermit | IdKind::Uscc | IdKind::Mobile, Lang::Zh) => {
            let short = match kind {
                IdKind::ResidentId15 => "旧式身份证号码",
                IdKind::Mobile => "手机号码",
                _ => noun(kind, lang),
            };
            format!("{short}应为{}位，您输入了{found}位。请输入{}，例如 {example}。", kind.length(), noun(kind, lang))
        }
        (IdKind::ResidentId15 | IdKind::HmtResidencePermit | IdKind::Uscc | IdKind::Mobile, Lang::En) => {
            let (short, unit) = match kind {
                IdKind::ResidentId15 => ("An old ID number", "digits"),
                IdKind::Mobile => ("A mobile number", "digits"),
                IdKind::HmtResidencePermit => ("A residence permit number for Hong Kong, Macao and Taiwan residents", "characters"),
                _ => ("A unified social credit code", "characters"),
            };
            format!("{short} has {} {unit}; you entered {found}. Enter the {}, for example {example}.", kind.length(), noun(kind, lang))
        }
    }
}

/// The characters a kind of number allows.
fn character_rule(kind: IdKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (IdKind::ResidentId | IdKind::HmtResidencePermit, Lang::Zh) => "号码前17位都是数字，最后一位是数字或 X。",
        (IdKind::ResidentId | IdKind::HmtResidencePermit, Lang::En) => "The first 17 characters are digits; the last is a digit or X.",
        (IdKind::ForeignPermanentResident, Lang::Zh) => {
            "新版号码共18位，以 9 开头，前17位都是数字，最后一位是数字或 X；旧版号码是3个字母加12位数字。"
        }
        (IdKind::ForeignPermanentResident, Lang::En) => {
            "The current number has 18 characters starting with 9: 17 digits, then a digit or X. Older cards have 3 letters then 12 digits."
        }
        (IdKind::ResidentId15, Lang::Zh) => "15位身份证号码全部是数字。",
        (IdKind::ResidentId15, Lang::En) => "A 15-digit ID number has only digits.",
        (IdKind::Uscc, Lang::Zh) => "统一社会信用代码只使用数字和大写字母（不使用 I、O、Z、S、V），第3至8位是行政区划代码，只能是数字。",
        (IdKind::Uscc, Lang::En) => {
            "A unified social credit code uses digits and capital letters except I, O, Z, S and V; the 3rd to 8th characters are a division code, all digits."
        }
        (IdKind::Mobile, Lang::Zh) => "手机号码全部是数字。",
        (IdKind::Mobile, Lang::En) => "A mobile number has only digits.",
    }
}

fn character(kind: IdKind, position: usize, found: char, lang: Lang) -> String {
    let (rule, doc) = (character_rule(kind, lang), document(kind, lang));
    match lang {
        Lang::Zh => format!("第{position}位“{found}”不能出现在这里。{rule}请对照{doc}核对。"),
        Lang::En => format!("The {} character, “{found}”, cannot be there. {rule} Check it against the {doc}.", ordinal(position)),
    }
}

fn region(kind: IdKind, code: u32, lang: Lang) -> String {
    let foreign = kind == IdKind::ForeignPermanentResident;
    match (kind == IdKind::HmtResidencePermit, lang) {
        (false, Lang::Zh) => format!(
            "{}“{code:02}”不是任何省、自治区、直辖市的代码。请对照{}核对号码开头几位。",
            if foreign { "第2、3位" } else { "前两位" },
            document(kind, lang)
        ),
        (false, Lang::En) => format!(
            "{}, {code:02}, are not the code of any province, autonomous region or municipality. Check the start of the number against the {}.",
            if foreign { "The 2nd and 3rd digits" } else { "The first 2 digits" },
            document(kind, lang)
        ),
        (true, Lang::Zh) => {
            format!("港澳台居民居住证号码的前6位应为 810000（香港）、820000（澳门）或 830000（台湾），不能是 {code:06}。请对照居住证核对。")
        }
        (true, Lang::En) => format!(
            "A residence permit number for Hong Kong, Macao and Taiwan residents starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not {code:06}. Check it against the permit."
        ),
    }
}

/// The English sentence of an identity-number error.
impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&error(self, Lang::En))
    }
}

/// A warning on a valid number, in `lang`.
///
/// ```
/// use yibao::domain::{id::IdWarning, lang::Lang};
/// let w = IdWarning::UnknownCounty { code: 110199 };
/// assert!(yibao::words::id::warning(&w, Lang::En).starts_with("The region code 110199"));
/// ```
pub fn warning(w: &IdWarning, lang: Lang) -> String {
    match (w, lang) {
        (IdWarning::UnknownCounty { code }, Lang::Zh) => {
            format!("地区代码 {code:06} 不在本应用的行政区划表中。它可能是已撤销的旧代码，号码仍可能有效；请对照证件核对前6位。")
        }
        (IdWarning::UnknownCounty { code }, Lang::En) => format!(
            "The region code {code:06} is not in this app's table of divisions. It may be an old code that has since been abolished, so the number may still be valid; check the first 6 digits against the card."
        ),
        (IdWarning::AbolishedCounty { code, name, last_year }, Lang::Zh) => {
            format!("地区代码 {code:06}（{name}）已于 {last_year} 年后停用。按规定身份证号码终身不变，号码仍然有效。")
        }
        (IdWarning::AbolishedCounty { code, name, last_year }, Lang::En) => format!(
            "The region code {code:06} ({name}) has not been used since {last_year}. An ID number does not change for life, so the number is still valid."
        ),
        (IdWarning::Old15Digit { converted }, Lang::Zh) => {
            format!("这是旧式15位号码，没有校验位，无法发现输错的数字。对应的18位号码是 {converted}；办理业务时请使用18位号码。")
        }
        (IdWarning::Old15Digit { converted }, Lang::En) => format!(
            "This is an old 15-digit number: it has no check character, so a mistyped digit cannot be detected. The matching 18-character number is {converted}; use it on forms."
        ),
        (IdWarning::OldForeignCard, Lang::Zh) => {
            "这是旧版（15位）外国人永久居留证号码：本应用只能检查其格式（3个字母加12位数字），无法核验其校验位和出生日期。请对照证件核对。".to_string()
        }
        (IdWarning::OldForeignCard, Lang::En) => {
            "This is an older (15-character) foreigner's permanent residence card number. This app can check only its shape (3 letters then 12 digits), not its check digit or date of birth. Check it against the card.".to_string()
        }
        (IdWarning::LooksLikeMistypedId { kind }, Lang::Zh) => {
            let n = noun(*kind, lang);
            format!("这是一个有效的统一社会信用代码，但它看起来也像{n}，而作为{n}它并不成立。如果您要核对的是{n}，请对照{}逐位重新输入。", document(*kind, lang))
        }
        (IdWarning::LooksLikeMistypedId { kind }, Lang::En) => {
            let n = noun(*kind, lang);
            format!(
                "This is a valid unified social credit code, but it also looks like a {n} that does not check. If you meant to check a {n}, compare each character with the {} and enter it again.",
                document(*kind, lang)
            )
        }
        (IdWarning::UsccRegionUnknown { code }, Lang::Zh) => {
            format!("代码第3至8位的行政区划代码 {code:06} 不在本应用的行政区划表中；校验位正确，代码仍可能有效。")
        }
        (IdWarning::UsccRegionUnknown { code }, Lang::En) => format!(
            "The division code in the 3rd to 8th characters, {code:06}, is not in this app's table of divisions; the check character matches, so the code may still be valid."
        ),
    }
}

/// A portal account name's error, in `lang`.
///
/// ```
/// use yibao::domain::{id::portal::parse_account, lang::Lang};
/// let e = parse_account("abc").unwrap_err();
/// assert_eq!(yibao::words::id::account(&e, Lang::Zh), "账号应为8至20位字母或数字，您输入了3位。");
/// ```
pub fn account(e: &AccountError, lang: Lang) -> String {
    match (*e, lang) {
        (AccountError::Length { found }, Lang::Zh) => format!("账号应为8至20位字母或数字，您输入了{found}位。"),
        (AccountError::Length { found }, Lang::En) => {
            format!("The account name should have 8 to 20 letters or digits; you entered {found}.")
        }
        (AccountError::Character { position, found }, Lang::Zh) => {
            format!("账号第{position}位“{found}”不是字母或数字。账号只能包含字母和数字。")
        }
        (AccountError::Character { position, found }, Lang::En) => format!(
            "The {} character of the account name, “{found}”, is not a letter or digit. Use only letters and digits.",
            ordinal(position)
        ),
    }
}

/// A portal password's error, in `lang`; it never repeats a character of the password.
pub fn password(e: &PasswordError, lang: Lang) -> String {
    match (*e, lang) {
        (PasswordError::Length { found }, Lang::Zh) => format!("密码应为8至16位，您输入了{found}位。请使用字母和数字的组合。"),
        (PasswordError::Length { found }, Lang::En) => {
            format!("The password should have 8 to 16 characters; you entered {found}. Use letters and digits.")
        }
        (PasswordError::Character { position }, Lang::Zh) => format!("密码第{position}位不是字母或数字。密码只能包含字母和数字。"),
        (PasswordError::Character { position }, Lang::En) => {
            format!("The {} character of the password is not a letter or digit. Use only letters and digits.", ordinal(position))
        }
        (PasswordError::NoLetter, Lang::Zh) => "密码需要同时包含字母和数字：请加入至少一个字母。".to_string(),
        (PasswordError::NoLetter, Lang::En) => "The password needs both letters and digits: add at least one letter.".to_string(),
        (PasswordError::NoDigit, Lang::Zh) => "密码需要同时包含字母和数字：请加入至少一个数字。".to_string(),
        (PasswordError::NoDigit, Lang::En) => "The password needs both letters and digits: add at least one digit.".to_string(),
    }
}

/// A validity period's error, in `lang`.
pub fn validity(e: &ValidityError, lang: Lang) -> String {
    match (*e, lang) {
        (ValidityError::PeriodOrder { start, end }, Lang::Zh) => {
            format!("有效期的开始日期 {start} 应早于结束日期 {end}。请对照证件背面的有效期限核对。")
        }
        (ValidityError::PeriodOrder { start, end }, Lang::En) => format!(
            "The start of the validity period, {start}, should be before its end, {end}. Check the validity period on the back of the card."
        ),
        (ValidityError::Expired { end, reference }, Lang::Zh) => {
            format!("证件有效期已于 {end} 截止（早于 {reference}）。请先到公安机关换领证件，或使用有效的证件。")
        }
        (ValidityError::Expired { end, reference }, Lang::En) => format!(
            "The card's validity period ended on {end}, before {reference}. Renew the card at a public security office, or use a valid one."
        ),
    }
}

/// Under an invalid number: which kind it was checked as.
pub fn checked_as(kind: IdKind, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("按{}核对。", kind_label(kind, lang)),
        Lang::En => format!("Checked as {}.", a_noun(kind, lang)),
    }
}

/// The title of a valid number's details.
pub fn valid_title(kind: IdKind, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("这是有效的{}", kind_label(kind, lang)),
        Lang::En => format!("This is {}, and it is valid", a_noun(kind, lang)),
    }
}

/// An age in full years: `75周岁` / `75 years`.
pub fn age(years: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{years}周岁"),
        Lang::En => format!("{years} years"),
    }
}

/// The three levels of a division and its code.
pub fn division(r: &Division, lang: Lang) -> String {
    let none = match lang {
        Lang::Zh => "（未列出）",
        Lang::En => "(not listed)",
    };
    let (city, county) = (r.city.unwrap_or(none), r.county.unwrap_or(none));
    match lang {
        Lang::Zh => format!("省级：{}；市级：{city}；县级：{county}（代码 {:06}）", r.province, r.code),
        Lang::En => format!("province: {}; city: {city}; county: {county} (code {:06})", r.province, r.code),
    }
}
