//! The decisions of the registration forms ([`crate::domain::forms`]) worded: each problem of
//! a field, the forms' choices, their sources and the clauses they cite.
//!
//! A problem's words depend on its [`Reason`] and on what the field asks for: each form maps
//! its fields to a [`Role`] (a text with its noun, a document number and whose it is, a
//! password…), and [`problem`] words a reason for a role. The match over reasons is
//! exhaustive and each arm gives both languages, so a new reason does not build until it is
//! worded in Chinese and English.

use crate::domain::forms::resident::{self, AgeBand, Subsidy};
use crate::domain::forms::unit;
use crate::domain::forms::{Clause, FieldError, FormField, IdDocType, Item, Reason};
use crate::domain::inputs::Status;
use crate::domain::lang::{capitalise, format_date, Lang};
use crate::words::id as id_words;

/// A noun in both languages: `("姓名", "the name")`.
type Noun = (&'static str, &'static str);

/// What a field asks for, as far as its problems' words go.
#[derive(Clone, Copy, Debug)]
pub enum Role {
    /// Free text, e.g. the address.
    Text(Noun),
    /// A person's name.
    Name(Noun),
    /// A mobile number.
    Mobile(Noun),
    /// An identity document's type; whose document (`("申请人", "the applicant's")`).
    DocType(Noun),
    /// An identity document's number; whose document.
    DocNumber(Noun),
    Sex,
    Birth,
    Phone,
    Identity,
    Subsidy,
    Account,
    /// A portal password.
    Password(Noun),
    /// A portal password's confirmation (the password's noun).
    Confirm(Noun),
    Uscc,
    ValidFrom,
    ValidTo,
}

impl Role {
    /// The noun for sentences that need only that.
    fn noun(self) -> Noun {
        match self {
            Role::Text(n) | Role::Name(n) | Role::Mobile(n) | Role::Password(n) | Role::Confirm(n) => n,
            Role::DocType(_) => ("证件类型", "the document type"),
            Role::DocNumber(_) => ("证件号码", "the document number"),
            Role::Sex => ("性别", "the sex"),
            Role::Birth => ("出生日期", "the date of birth"),
            Role::Phone => ("联系电话", "a phone number"),
            Role::Identity => ("申请人身份", "the applicant's identity"),
            Role::Subsidy => ("财政补助对象类别", "the subsidy category"),
            Role::Account => ("单位账号", "the unit account name"),
            Role::Uscc => ("统一社会信用代码", "the unified social credit code"),
            Role::ValidFrom => ("有效期起始日期", "the start of the validity period"),
            Role::ValidTo => ("有效期截止日期", "the end of the validity period"),
        }
    }
}

/// The fields of a form worded: the role each field plays.
pub trait FieldWords: FormField {
    fn role(self) -> Role;
}

impl FieldWords for resident::Field {
    fn role(self) -> Role {
        use resident::Field as F;
        const WHOSE: Noun = ("申请人", "the applicant's");
        match self {
            F::Name => Role::Name(("姓名", "the name")),
            F::IdType => Role::DocType(WHOSE),
            F::IdNumber => Role::DocNumber(WHOSE),
            F::Sex => Role::Sex,
            F::Birth => Role::Birth,
            F::Phone => Role::Phone,
            F::Province => Role::Text(("户籍所在地的省（自治区、直辖市）", "the province of the hukou place")),
            F::City => Role::Text(("户籍所在地的市（州）", "the city of the hukou place")),
            F::County => Role::Text(("户籍所在地的区（县）", "the district or county of the hukou place")),
            F::Village => Role::Text(("户籍所在地的村（社区）", "the village or community of the hukou place")),
            F::Address => Role::Text(("通讯地址", "the postal address")),
            F::Identity => Role::Identity,
            F::Subsidy => Role::Subsidy,
        }
    }
}

impl FieldWords for unit::Field {
    fn role(self) -> Role {
        use unit::Field as F;
        const UNIT_PASSWORD: Noun = ("单位密码", "the unit password");
        const AGENT_PASSWORD: Noun = ("经办人密码", "the agent's password");
        match self {
            F::Account => Role::Account,
            F::Password => Role::Password(UNIT_PASSWORD),
            F::PasswordConfirm => Role::Confirm(UNIT_PASSWORD),
            F::Uscc => Role::Uscc,
            F::UnitName => Role::Text(("单位名称", "the unit name")),
            F::UnitAddress => Role::Text(("单位通讯地址", "the unit's postal address")),
            F::LegalName => Role::Name(("法定代表人姓名", "the legal representative's name")),
            F::LegalIdType => Role::DocType(("法定代表人", "the legal representative's")),
            F::LegalIdNumber => Role::DocNumber(("法定代表人", "the legal representative's")),
            F::LegalMobile => Role::Mobile(("法定代表人手机号", "the legal representative's mobile number")),
            F::AgentName => Role::Name(("经办人姓名", "the agent's name")),
            F::AgentIdType => Role::DocType(("经办人", "the agent's")),
            F::AgentIdNumber => Role::DocNumber(("经办人", "the agent's")),
            F::AgentValidFrom => Role::ValidFrom,
            F::AgentValidTo => Role::ValidTo,
            F::AgentMobile => Role::Mobile(("经办人手机号", "the agent's mobile number")),
            F::AgentPassword => Role::Password(AGENT_PASSWORD),
            F::AgentPasswordConfirm => Role::Confirm(AGENT_PASSWORD),
        }
    }
}

/// A problem of a form's field in `lang`: what is wrong and how to fix it.
///
/// ```
/// use yibao::domain::forms::{resident::Field, FieldError, Reason};
/// use yibao::domain::lang::Lang;
/// let e = FieldError { field: Field::Address, reason: Reason::TooLong { max: 100, found: 101 } };
/// assert_eq!(yibao::words::forms::problem(&e, Lang::Zh), "通讯地址不能超过100个字，您输入了101个。");
/// assert_eq!(yibao::words::forms::problem(&e, Lang::En), "The postal address must be 100 characters or fewer; you entered 101.");
/// ```
pub fn problem<F: FieldWords>(e: &FieldError<F>, lang: Lang) -> String {
    let role = e.field.role();
    match role {
        Role::Text(_) | Role::Name(_) | Role::Mobile(_) | Role::DocType(_) | Role::DocNumber(_) => person(role, &e.reason, lang),
        Role::Sex | Role::Birth | Role::Phone | Role::Identity | Role::Subsidy => resident_only(role, &e.reason, lang),
        Role::Account | Role::Password(_) | Role::Confirm(_) | Role::Uscc | Role::ValidFrom | Role::ValidTo => {
            unit_only(role, &e.reason, lang)
        }
    }
}

/// Text, names, mobile numbers and identity documents.
fn person(role: Role, reason: &Reason, lang: Lang) -> String {
    let pick = |zh: String, en: String| if lang == Lang::Zh { zh } else { en };
    match (role, reason) {
        (Role::Mobile((zh, en)), Reason::Missing) => {
            pick(format!("请输入{zh}，例如 13812345678。"), format!("Enter {en}, for example 13812345678."))
        }
        (Role::DocType((zh, en)), Reason::NotChosen) => {
            pick(format!("请选择{zh}的证件类型。"), format!("Choose the type of {en} identity document."))
        }
        (Role::DocNumber((zh, en)), Reason::IdNumberMissing { doc }) => match doc.and_then(IdDocType::kind) {
            Some(kind) => pick(
                format!("请输入{zh}的{}，例如 {}。", doc_number_noun(*doc, Lang::Zh), kind.example()),
                format!("Enter {en} {}, for example {}.", doc_number_noun(*doc, Lang::En), kind.example()),
            ),
            None => pick(format!("请输入{zh}的证件号码。"), format!("Enter {en} identity document number.")),
        },
        (Role::Name((zh, en)), Reason::DigitsInName) => pick(
            format!("{zh}不能包含数字。请按证件上的姓名填写。"),
            format!("{} must not contain digits. Enter the name as it is on the identity document.", capitalise(en)),
        ),
        _ => common(role, reason, lang),
    }
}

/// The resident form's own questions.
fn resident_only(role: Role, reason: &Reason, lang: Lang) -> String {
    const HOW_ZH: &str = "请输入11位手机号码（例如 13812345678），或带区号的固定电话（例如 0936-8214935）。";
    const HOW_EN: &str =
        "Enter an 11-digit mobile number (for example 13812345678) or a landline with its area code (for example 0936-8214935).";
    let pick = |zh: String, en: String| if lang == Lang::Zh { zh } else { en };
    match (role, reason) {
        (Role::Birth, Reason::Missing) => {
            pick("请输入出生日期，例如 2010-06-01。".into(), "Enter the date of birth, for example 2010-06-01.".into())
        }
        (Role::Birth, Reason::NotADate) => pick(
            "出生日期应为真实的日期，格式为 年-月-日，例如 2010-06-01。".into(),
            "The date of birth must be a real date, written year-month-day, for example 2010-06-01.".into(),
        ),
        (Role::Birth, Reason::AfterToday { date, today }) => pick(
            format!("出生日期 {date} 晚于今天（{today}）。请输入实际的出生日期。"),
            format!("The date of birth, {date}, is after today ({today}). Enter the real date of birth."),
        ),
        (Role::Phone, Reason::Missing) => pick(format!("请输入联系电话。{HOW_ZH}"), format!("Enter a phone number. {HOW_EN}")),
        (Role::Phone, Reason::LandlineLength { found }) => pick(
            format!("固定电话应为区号加7至8位号码，共10至12位数字，您输入的是{found}位。{HOW_ZH}"),
            format!("A landline is the area code and 7 or 8 digits, 10 to 12 digits in all; you entered {found}. {HOW_EN}"),
        ),
        (Role::Subsidy, Reason::NotChosen) => pick(
            "请选择财政补助对象类别；都不属于的，请选“以上都不是”。".into(),
            "Choose the subsidy category; if none applies, choose “None of these”.".into(),
        ),
        _ => common(role, reason, lang),
    }
}

/// The unit form's own questions.
fn unit_only(role: Role, reason: &Reason, lang: Lang) -> String {
    let pick = |zh: String, en: String| if lang == Lang::Zh { zh } else { en };
    match (role, reason) {
        (Role::Account, Reason::Missing) => pick(
            "请输入单位账号：8至20位字母或数字，例如 school2021。".into(),
            "Enter the unit account name: 8 to 20 letters or digits, for example school2021.".into(),
        ),
        (Role::Password((zh, en)), Reason::Missing) => {
            pick(format!("请输入{zh}：8至16位，同时包含字母和数字。"), format!("Enter {en}: 8 to 16 characters, with both letters and digits."))
        }
        (Role::Confirm((zh, en)), Reason::Missing) => pick(format!("请再次输入{zh}以确认。"), format!("Enter {en} again to confirm it.")),
        (Role::Confirm((zh, en)), Reason::ConfirmMismatch) => pick(
            format!("两次输入的{zh}不一致。请再次输入同一个密码。"),
            format!("The two entries of {en} do not match. Enter the same password again."),
        ),
        (Role::Uscc, Reason::Missing) => pick(
            "请输入18位统一社会信用代码，例如 91350100M000100Y43。".into(),
            "Enter the 18-character unified social credit code, for example 91350100M000100Y43.".into(),
        ),
        (Role::ValidFrom, Reason::Missing) => pick(
            "请输入证件有效期的起始日期，例如 2020-03-01（见身份证背面“有效期限”）。".into(),
            "Enter the start of the document's validity period, for example 2020-03-01 (see “valid period” on the back of the ID card).".into(),
        ),
        (Role::ValidFrom, Reason::AfterToday { date, today }) => pick(
            format!("有效期起始日期 {date} 晚于今天（{today}）。请对照证件背面的有效期限核对。"),
            format!("The start of the validity period, {date}, is after today ({today}). Check the validity period on the back of the card."),
        ),
        (Role::ValidTo, Reason::Missing) => pick(
            "请输入证件有效期的截止日期，例如 2040-03-01；证件长期有效的，请勾选“长期有效”。".into(),
            "Enter the end of the document's validity period, for example 2040-03-01; if the document is valid long-term, tick “Valid long-term”.".into(),
        ),
        (Role::ValidFrom | Role::ValidTo, Reason::NotADate) => {
            let (zh, en) = role.noun();
            pick(
                format!("{zh}应为真实的日期，格式为 年-月-日，例如 2020-03-01。"),
                format!("{} must be a real date, written year-month-day, for example 2020-03-01.", capitalise(en)),
            )
        }
        _ => common(role, reason, lang),
    }
}

/// Every reason, worded from the role's noun where the words depend on the field.
fn common(role: Role, reason: &Reason, lang: Lang) -> String {
    let (zh, en) = role.noun();
    let pick = |z: String, e: String| if lang == Lang::Zh { z } else { e };
    match reason {
        Reason::Missing | Reason::IdNumberMissing { .. } => pick(format!("请输入{zh}。"), format!("Enter {en}.")),
        Reason::NotChosen => pick(format!("请选择{zh}。"), format!("Choose {en}.")),
        Reason::TooLong { max, found } => pick(
            format!("{zh}不能超过{max}个字，您输入了{found}个。"),
            format!("{} must be {max} characters or fewer; you entered {found}.", capitalise(en)),
        ),
        Reason::DocNumberTooLong { max } => pick(
            format!("证件号码过长：请只输入证件上的号码（不超过{max}个字符）。"),
            format!("The document number is too long: enter only the number on the document (at most {max} characters)."),
        ),
        Reason::DigitsInName => pick(format!("{zh}不能包含数字。"), format!("{} must not contain digits.", capitalise(en))),
        Reason::NotADate => pick(
            format!("{zh}应为真实的日期，格式为 年-月-日。"),
            format!("{} must be a real date, written year-month-day.", capitalise(en)),
        ),
        Reason::AfterToday { date, today } => pick(
            format!("{zh} {date} 晚于今天（{today}）。"),
            format!("{}, {date}, is after today ({today}).", capitalise(en)),
        ),
        Reason::Id(e) => id_words::error(e, lang),
        Reason::IdWarning(w) => id_words::warning(w, lang),
        Reason::Account(e) => id_words::account(e, lang),
        Reason::Password(e) => id_words::password(e, lang),
        Reason::Validity(e) => id_words::validity(e, lang),
        Reason::Old15Digit { converted } => pick(
            format!("这是旧式15位身份证号码。登记表需要18位号码：对应的18位号码是 {converted}，请核对身份证后填写。"),
            format!("This is an old 15-digit ID number. The form needs the 18-character number: the matching one is {converted}; check it against the ID card and enter it."),
        ),
        Reason::OtherDocType(doc) => {
            let (zh, en) = (doc_type(*doc, Lang::Zh), doc_type(*doc, Lang::En));
            pick(
                format!("这个号码是{zh}号码，请把证件类型改为“{zh}”，或核对号码。"),
                format!("This number belongs to another type of document, “{en}”: change the document type to it, or check the number."),
            )
        }
        Reason::NoSexOrBirth => pick(
            "这种证件的号码不含性别和出生日期，请手动填写。".into(),
            "This kind of document number does not give sex and date of birth: enter them yourself.".into(),
        ),
        Reason::SexMismatch { from_id } => pick(
            format!("性别与证件号码不符：号码表示“{}”。请核对性别或证件号码，或用“按证件号码填写”。", id_words::sex(*from_id, Lang::Zh)),
            format!(
                "The sex does not match the identity number, which says “{}”. Check the sex or the number, or use “Fill in from the ID number”.",
                id_words::sex(*from_id, Lang::En).to_lowercase()
            ),
        ),
        Reason::BirthMismatch { from_id } => pick(
            format!("出生日期与证件号码不符：号码中的出生日期是 {from_id}。请核对出生日期或证件号码，或用“按证件号码填写”。"),
            format!("The date of birth does not match the identity number, which gives {from_id}. Check the date or the number, or use “Fill in from the ID number”."),
        ),
        Reason::LandlineLength { found } => pick(
            format!("固定电话应为区号加7至8位号码，共10至12位数字，您输入的是{found}位。"),
            format!("A landline is the area code and 7 or 8 digits, 10 to 12 digits in all; you entered {found}."),
        ),
        Reason::ConfirmMismatch => pick(format!("两次输入的{zh}不一致。"), format!("The two entries of {en} do not match.")),
        Reason::AgeOutsideBand { age, band } => age_outside_band(*age, band, lang),
        Reason::OrphanAdult => pick(
            "请核对：申请人已满18周岁，孤儿身份通常指未满18周岁的儿童。如民政部门确有认定，可以保留。".into(),
            "Please check: the applicant is 18 or over, and an orphan is usually a child under 18. If civil affairs has recognised the status, keep it.".into(),
        ),
        Reason::CollegeAtHukou => college_at_hukou(lang),
    }
}

/// The identity chosen does not fit the applicant's age: this app's hint, never a rule.
fn age_outside_band(age: u32, band: &AgeBand, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "请核对：申请人今天{age}周岁，而“{}”通常是{}。如身份确实如此，可以保留。（这是本应用的提示，不是政策规定。）",
            identity(band.status, lang),
            age_band(band, lang)
        ),
        Lang::En => format!(
            "Please check: the applicant is {age} today, while a “{}” is usually {}. If the identity is right, keep it. (This is this app's hint, not a policy rule.)",
            identity(band.status, lang).to_lowercase(),
            age_band(band, lang)
        ),
    }
}

/// A college student with a subsidy category enrolls at the hukou place, with the clause.
fn college_at_hukou(lang: Lang) -> String {
    let cited = clause(&resident::COLLEGE_AT_HUKOU, lang);
    match lang {
        Lang::Zh => format!("请注意：大中专学生中的特困人员、低保对象、返贫致贫人口、脱贫人口和易返贫致贫人口，参加户籍地居民医保（{cited}）。"),
        Lang::En => format!(
            "Note: college students who are in extreme poverty, receive subsistence allowance, or are (at risk of) poverty enroll at their hukou place ({cited})."
        ),
    }
}

/// The number of a document type in a sentence: `18位身份证号码` / `18-character ID number`.
fn doc_number_noun(doc: Option<IdDocType>, lang: Lang) -> &'static str {
    match (doc, lang) {
        (Some(IdDocType::ResidentId), Lang::Zh) => "18位身份证号码",
        (Some(IdDocType::ResidentId), Lang::En) => "18-character ID number",
        (Some(IdDocType::HmtResidencePermit), Lang::Zh) => "居住证号码",
        (Some(IdDocType::HmtResidencePermit), Lang::En) => "residence permit number",
        (Some(IdDocType::ForeignPermanentResident), Lang::Zh) => "永久居留身份证号码",
        (Some(IdDocType::ForeignPermanentResident), Lang::En) => "permanent residence ID number",
        (Some(IdDocType::Other) | None, Lang::Zh) => "证件号码",
        (Some(IdDocType::Other) | None, Lang::En) => "document number",
    }
}

/// The name of a document type.
pub fn doc_type(doc: IdDocType, lang: Lang) -> &'static str {
    match (doc, lang) {
        (IdDocType::ResidentId, Lang::Zh) => "居民身份证",
        (IdDocType::ResidentId, Lang::En) => "Resident identity card",
        (IdDocType::HmtResidencePermit, Lang::Zh) => "港澳台居民居住证",
        (IdDocType::HmtResidencePermit, Lang::En) => "Residence permit for Hong Kong, Macao and Taiwan residents",
        (IdDocType::ForeignPermanentResident, Lang::Zh) => "外国人永久居留身份证",
        (IdDocType::ForeignPermanentResident, Lang::En) => "Foreigner's permanent residence ID card",
        (IdDocType::Other, Lang::Zh) => "其他有效身份证件（如护照）",
        (IdDocType::Other, Lang::En) => "Other valid identity document (e.g. passport)",
    }
}

/// The resident form's name of an applicant identity (the wording of 附件1); other statuses
/// by their usual label.
pub fn identity(status: Status, lang: Lang) -> String {
    let (zh, en) = match status {
        Status::Newborn => ("新生儿", "Newborn"),
        Status::Preschool => ("学龄前儿童", "Preschool child"),
        Status::SchoolStudent => ("中小学生", "Primary or secondary school student"),
        Status::CollegeStudent => ("大学生", "College or university student"),
        Status::Minor => ("未成年（未入学）", "Minor not in school"),
        Status::Adult => ("普通居民（成年）", "Adult resident"),
        Status::VocationalStudent => return status.label().get(lang).to_string(),
    };
    if lang == Lang::Zh { zh } else { en }.to_string()
}

/// The name of a subsidy category.
pub fn subsidy(s: Subsidy, lang: Lang) -> &'static str {
    match (s, lang) {
        (Subsidy::Tekun, Lang::Zh) => "特困人员",
        (Subsidy::Tekun, Lang::En) => "Person in extreme poverty (特困人员)",
        (Subsidy::Orphan, Lang::Zh) => "孤儿",
        (Subsidy::Orphan, Lang::En) => "Orphan (孤儿)",
        (Subsidy::Dibao, Lang::Zh) => "低保人员",
        (Subsidy::Dibao, Lang::En) => "Subsistence allowance recipient (低保人员)",
        (Subsidy::Tuopin, Lang::Zh) => "其他脱贫人口",
        (Subsidy::Tuopin, Lang::En) => "Other person lifted out of poverty (其他脱贫人口)",
        (Subsidy::Yifanpin, Lang::Zh) => "易返贫致贫人口",
        (Subsidy::Yifanpin, Lang::En) => "Person at risk of poverty (易返贫致贫人口)",
        (Subsidy::None, Lang::Zh) => "以上都不是",
        (Subsidy::None, Lang::En) => "None of these",
    }
}

/// An age band: `6至19周岁` / `aged 6 to 19`.
///
/// ```
/// use yibao::domain::{forms::resident::age_band, inputs::Status, lang::Lang};
/// let band = age_band(Status::Minor).unwrap();
/// assert_eq!(yibao::words::forms::age_band(&band, Lang::Zh), "未满18周岁");
/// ```
pub fn age_band(band: &AgeBand, lang: Lang) -> String {
    match (band.min, band.max, lang) {
        (0, Some(0), Lang::Zh) => "未满1周岁".into(),
        (0, Some(0), Lang::En) => "under 1 year old".into(),
        (0, Some(m), Lang::Zh) => format!("未满{}周岁", m + 1),
        (0, Some(m), Lang::En) => format!("under {}", m + 1),
        (a, Some(b), Lang::Zh) => format!("{a}至{b}周岁"),
        (a, Some(b), Lang::En) => format!("aged {a} to {b}"),
        (a, None, Lang::Zh) => format!("{a}周岁及以上"),
        (a, None, Lang::En) => format!("aged {a} or over"),
    }
}

/// A clause cited: `区医保发〔2022〕69号 第五条第2项` / `区医保发〔2022〕69号, §5 item 2`.
///
/// ```
/// use yibao::domain::forms::{resident, unit};
/// use yibao::domain::lang::Lang;
/// use yibao::words::forms::clause;
/// assert_eq!(clause(&resident::COLLEGE_AT_HUKOU, Lang::Zh), "区医保发〔2022〕69号 第五条第2项");
/// assert_eq!(clause(&resident::COLLEGE_AT_HUKOU, Lang::En), "区医保发〔2022〕69号, §5 item 2");
/// assert_eq!(clause(&unit::SCHOOL_REGISTRATION, Lang::Zh), "穗医保中管〔2021〕301号 第三条第（一）项");
/// ```
pub fn clause(c: &Clause, lang: Lang) -> String {
    format!("{}{}{}", c.notice, if lang == Lang::Zh { " " } else { ", " }, article(c, lang))
}

/// The article and item alone: `第五条第2项` / `§5 item 2`; `第三条第（一）项` / `§3(1)`.
fn article(c: &Clause, lang: Lang) -> String {
    let n = c.article;
    match (c.item, lang) {
        (None, Lang::Zh) => format!("第{}条", chinese_number(n)),
        (None, Lang::En) => format!("§{n}"),
        (Some(Item::Numbered(i)), Lang::Zh) => format!("第{}条第{i}项", chinese_number(n)),
        (Some(Item::Numbered(i)), Lang::En) => format!("§{n} item {i}"),
        (Some(Item::Bracketed(i)), Lang::Zh) => format!("第{}条第（{}）项", chinese_number(n), chinese_number(i)),
        (Some(Item::Bracketed(i)), Lang::En) => format!("§{n}({i})"),
    }
}

/// `五`, `十二`, `二十`: the numbers of articles and items (1 to 99).
fn chinese_number(n: u8) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = (usize::from(n / 10), usize::from(n % 10));
    let ones = if ones == 0 { "" } else { DIGITS[ones] };
    match tens {
        0 => ones.to_string(),
        1 => format!("十{ones}"),
        _ => format!("{}十{ones}", DIGITS[tens % 10]),
    }
}

/// Where the resident form comes from and where it is used, under its title.
pub fn resident_source(lang: Lang) -> String {
    let (notice, article) = (resident::NOTICE, article(&resident::REGISTRATION, lang));
    match lang {
        Lang::Zh => format!(
            "按 {notice}（张掖市甘州区）附件1 的栏目填写，先在这里检查，再打印或照此填写纸质表。首次参保或中断参保的居民，携带户口簿或身份证到乡镇、街道（社区）办理登记（{article}）。"
        ),
        Lang::En => format!(
            "The fields of annex 1 of {notice} (Ganzhou District, Zhangye). Check them here, then print or copy them onto the paper form. First-time or interrupted enrollees register at the township or street (community) office with their hukou book or ID card ({article})."
        ),
    }
}

/// Where the unit registration comes from, and the deadline the notice set for schools.
pub fn unit_source(lang: Lang) -> String {
    let (notice, article) = (unit::NOTICE, article(&unit::SCHOOL_REGISTRATION, lang));
    let by = format_date(unit::SCHOOLS_REGISTER_BY, lang);
    match lang {
        Lang::Zh => format!(
            "按 {notice} 附件《广东医保服务平台单位网厅注册操作指引》的栏目，先在这里检查，再到单位网厅注册。学校应于{by}前完成注册（{article}）。图形验证码和短信验证码由单位网厅自己发送和核验，本页不检查。"
        ),
        Lang::En => format!(
            "The fields of the annex of {notice} (the unit portal registration guide). Check them here, then register on the portal; schools were to register by {by} ({article}). The captcha and the SMS code are the portal's own and are not checked here."
        ),
    }
}
