//! The resident registration form of 甘州区 (《甘州区城乡居民基本医疗保险参保登记表》,
//! 区医保发〔2022〕69号 附件1): name, identity document type and number, sex, date of birth,
//! phone, hukou (or residence-permit) place — province, city, district/county,
//! village/community —, address, applicant identity and subsidy category.
//!
//! Rules, in field order (one message per field; see [`check`]):
//! - every field is required (the subsidy category has an explicit “none of these”);
//! - the identity number is checked by its document type (the identity-number rules of
//!   [`crate::domain::id`]); an old 15-digit number is refused with its 18-character form;
//!   a number of another accepted document type asks to change the type; a county code
//!   missing from the division table is a warning;
//! - sex and date of birth must agree with the identity number (errors), and
//!   [`prefill_from_id`] reads them from it;
//! - the phone is an 11-digit mobile number or a landline with its area code;
//! - the applicant identity is compared with the age ([`AGE_BANDS`]): a mismatch is a
//!   **warning**, never a block;
//! - an orphan aged 18 or over, and a college student with a subsidy category (who enrolls at
//!   the hukou place, §五.2 of the notice), get a warning.

use chrono::NaiveDate;

use super::{blank, check_id_number, check_name, check_text, parse_date, FieldError, Problems};
use crate::domain::id::checks::age_on;
use crate::domain::id::{mobile, IdInfo, Sex};
use crate::domain::inputs::Status;
use crate::domain::lang::Text;

/// The field ids, in page order (the targets of the error summary's links).
pub mod field {
    pub const NAME: &str = "rf-name";
    pub const ID_TYPE: &str = "rf-id-type";
    pub const ID_NUMBER: &str = "rf-id-number";
    pub const SEX: &str = "rf-sex";
    pub const BIRTH: &str = "rf-birth";
    pub const PHONE: &str = "rf-phone";
    pub const PROVINCE: &str = "rf-province";
    pub const CITY: &str = "rf-city";
    pub const COUNTY: &str = "rf-county";
    pub const VILLAGE: &str = "rf-village";
    pub const ADDRESS: &str = "rf-address";
    pub const IDENTITY: &str = "rf-identity";
    pub const SUBSIDY: &str = "rf-subsidy";
    /// Every field, in page order.
    pub const ORDER: [&str; 13] =
        [NAME, ID_TYPE, ID_NUMBER, SEX, BIRTH, PHONE, PROVINCE, CITY, COUNTY, VILLAGE, ADDRESS, IDENTITY, SUBSIDY];
}

/// What the user typed or chose, as raw strings (choices as their codes; empty when not
/// chosen). Nothing is trimmed or normalised here, so it can always be shown again as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResidentForm {
    pub name: String,
    /// An [`super::IdDocType`] code.
    pub id_type: String,
    pub id_number: String,
    /// `male` or `female`.
    pub sex: String,
    /// `YYYY-MM-DD`.
    pub birth: String,
    pub phone: String,
    pub province: String,
    pub city: String,
    pub county: String,
    pub village: String,
    pub address: String,
    /// A [`Status`] code among [`IDENTITIES`].
    pub identity: String,
    /// A [`Subsidy`] code.
    pub subsidy: String,
}

/// The applicant identities of the form (申请人身份), in its order.
pub const IDENTITIES: [Status; 6] =
    [Status::Newborn, Status::Preschool, Status::SchoolStudent, Status::CollegeStudent, Status::Minor, Status::Adult];

/// The form's label of an applicant identity (the wording of 附件1).
pub fn identity_label(s: Status) -> Text {
    match s {
        Status::Newborn => Text::new("新生儿", "Newborn"),
        Status::Preschool => Text::new("学龄前儿童", "Preschool child"),
        Status::SchoolStudent => Text::new("中小学生", "Primary or secondary school student"),
        Status::CollegeStudent => Text::new("大学生", "College or university student"),
        Status::Minor => Text::new("未成年（未入学）", "Minor not in school"),
        Status::Adult => Text::new("普通居民（成年）", "Adult resident"),
        other => other.label(),
    }
}

/// The subsidy categories of the form (财政补助对象), and “none of these”.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subsidy {
    /// 特困人员
    Tekun,
    /// 孤儿
    Orphan,
    /// 低保人员
    Dibao,
    /// 其他脱贫人口
    Tuopin,
    /// 易返贫致贫人口
    Yifanpin,
    /// None of these.
    None,
}

impl Subsidy {
    pub const ALL: [Subsidy; 6] = [Subsidy::Tekun, Subsidy::Orphan, Subsidy::Dibao, Subsidy::Tuopin, Subsidy::Yifanpin, Subsidy::None];

    /// The form value (the assistance codes of the page's URL contract, and `none`).
    pub fn code(self) -> &'static str {
        match self {
            Subsidy::Tekun => "tekun",
            Subsidy::Orphan => "orphan",
            Subsidy::Dibao => "dibao",
            Subsidy::Tuopin => "tuopin",
            Subsidy::Yifanpin => "yifanpin",
            Subsidy::None => "none",
        }
    }

    pub fn from_code(code: &str) -> Option<Subsidy> {
        Subsidy::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> Text {
        match self {
            Subsidy::Tekun => Text::new("特困人员", "Person in extreme poverty (特困人员)"),
            Subsidy::Orphan => Text::new("孤儿", "Orphan (孤儿)"),
            Subsidy::Dibao => Text::new("低保人员", "Subsistence allowance recipient (低保人员)"),
            Subsidy::Tuopin => Text::new("其他脱贫人口", "Other person lifted out of poverty (其他脱贫人口)"),
            Subsidy::Yifanpin => Text::new("易返贫致贫人口", "Person at risk of poverty (易返贫致贫人口)"),
            Subsidy::None => Text::new("以上都不是", "None of these"),
        }
    }
}

/// An age band in whole years (both ends included; `max: None` means no upper end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeBand {
    pub status: Status,
    pub min: u32,
    pub max: Option<u32>,
}

impl AgeBand {
    /// Whether `age` (whole years) is in the band.
    pub fn contains(&self, age: u32) -> bool {
        age >= self.min && self.max.is_none_or(|m| age <= m)
    }

    /// The band in words, e.g. `6至19周岁` / `aged 6 to 19`.
    pub fn describe(&self) -> Text {
        match (self.min, self.max) {
            (0, Some(0)) => Text::new("未满1周岁", "under 1 year old"),
            (0, Some(m)) => Text::new(format!("未满{}周岁", m + 1), format!("under {}", m + 1)),
            (a, Some(b)) => Text::new(format!("{a}至{b}周岁"), format!("aged {a} to {b}")),
            (a, None) => Text::new(format!("{a}周岁及以上"), format!("aged {a} or over")),
        }
    }
}

/// The ages this app finds plausible for each applicant identity of the form.
///
/// **These are this app's plausibility hints, not policy**: the notice (区医保发〔2022〕69号)
/// defines no age limits for the identities, so an age outside its band only gives a
/// warning asking the user to check, and never blocks the form.
///
/// | identity | plausible age |
/// |---|---|
/// | 新生儿 | under 1 |
/// | 学龄前儿童 | under 7 |
/// | 中小学生 | 5 to 19 |
/// | 大学生 | 15 or over |
/// | 未成年(未入学) | under 18 |
/// | 普通居民(成年) | 18 or over |
pub const AGE_BANDS: [AgeBand; 6] = [
    AgeBand { status: Status::Newborn, min: 0, max: Some(0) },
    AgeBand { status: Status::Preschool, min: 0, max: Some(6) },
    AgeBand { status: Status::SchoolStudent, min: 5, max: Some(19) },
    AgeBand { status: Status::CollegeStudent, min: 15, max: None },
    AgeBand { status: Status::Minor, min: 0, max: Some(17) },
    AgeBand { status: Status::Adult, min: 18, max: None },
];

/// The band of an applicant identity of the form.
///
/// ```
/// use yibao::domain::{forms::resident::age_band, inputs::Status};
/// assert!(!age_band(Status::Newborn).unwrap().contains(2));
/// assert!(age_band(Status::Adult).unwrap().contains(18));
/// ```
pub fn age_band(status: Status) -> Option<AgeBand> {
    AGE_BANDS.into_iter().find(|b| b.status == status)
}

/// Sex and date of birth read from the identity number, to fill the form with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prefill {
    /// `male` or `female`.
    pub sex: &'static str,
    /// `YYYY-MM-DD`.
    pub birth: String,
}

/// Reads sex and date of birth from the form's identity number, or says why it cannot (an
/// error on the number or type field).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::forms::resident::{prefill_from_id, ResidentForm};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let form = ResidentForm { id_type: "resident-id".into(), id_number: "11010519491231002X".into(), ..Default::default() };
/// let p = prefill_from_id(&form, today).unwrap();
/// assert_eq!((p.sex, p.birth.as_str()), ("female", "1949-12-31"));
/// ```
pub fn prefill_from_id(form: &ResidentForm, reference: NaiveDate) -> Result<Prefill, FieldError> {
    let mut out = Problems::default();
    let info = check_id_number(
        field::ID_TYPE,
        field::ID_NUMBER,
        &form.id_type,
        &form.id_number,
        ("申请人", "the applicant's"),
        reference,
        &mut out,
    );
    if let Some(e) = out.into_ordered(&field::ORDER).into_iter().next() {
        return Err(e);
    }
    match info.as_ref().and_then(|i| Some((i.sex?, i.data_birth()?))) {
        Some((sex, birth)) => Ok(Prefill { sex: sex.code(), birth }),
        None => Err(FieldError::error(
            field::ID_NUMBER,
            "这种证件的号码不含性别和出生日期，请手动填写。",
            "This kind of document number does not give sex and date of birth: enter them yourself.",
        )),
    }
}

/// Checks the whole form on `reference` (today): the problems in field order, at most one
/// per field.
pub fn check(form: &ResidentForm, reference: NaiveDate) -> Vec<FieldError> {
    let mut out = Problems::default();
    out.push_result(check_name(field::NAME, &form.name, ("姓名", "the name")));
    let info = check_id_number(
        field::ID_TYPE,
        field::ID_NUMBER,
        &form.id_type,
        &form.id_number,
        ("申请人", "the applicant's"),
        reference,
        &mut out,
    );
    check_sex(form, info.as_ref(), &mut out);
    let birth = check_birth(form, info.as_ref(), reference, &mut out);
    out.push_result(check_phone(&form.phone));
    out.push_result(check_text(
        field::PROVINCE,
        &form.province,
        20,
        ("户籍所在地的省（自治区、直辖市）", "the province of the hukou place"),
    ));
    out.push_result(check_text(field::CITY, &form.city, 20, ("户籍所在地的市（州）", "the city of the hukou place")));
    out.push_result(check_text(field::COUNTY, &form.county, 20, ("户籍所在地的区（县）", "the district or county of the hukou place")));
    out.push_result(check_text(
        field::VILLAGE,
        &form.village,
        30,
        ("户籍所在地的村（社区）", "the village or community of the hukou place"),
    ));
    out.push_result(check_text(field::ADDRESS, &form.address, 100, ("通讯地址", "the postal address")));
    let age = birth.map(|b| age_on(b, reference));
    let identity = check_identity(form, age, &mut out);
    check_subsidy(form, age, identity, &mut out);
    out.into_ordered(&field::ORDER)
}

fn check_sex(form: &ResidentForm, info: Option<&IdInfo>, out: &mut Problems) {
    let chosen = match form.sex.as_str() {
        "male" => Sex::Male,
        "female" => Sex::Female,
        _ => {
            out.push(FieldError::error(field::SEX, "请选择性别。", "Choose the sex."));
            return;
        }
    };
    if let Some(from_id) = info.and_then(|i| i.sex) {
        if from_id != chosen {
            let l = from_id.label();
            out.push(FieldError::error(
                field::SEX,
                format!("性别与证件号码不符：号码表示“{}”。请核对性别或证件号码，或用“按证件号码填写”。", l.zh),
                format!("The sex does not match the identity number, which says “{}”. Check the sex or the number, or use “Fill in from the ID number”.", l.en.to_lowercase()),
            ));
        }
    }
}

fn check_birth(form: &ResidentForm, info: Option<&IdInfo>, reference: NaiveDate, out: &mut Problems) -> Option<NaiveDate> {
    let from_id = info.and_then(|i| i.birth);
    if blank(&form.birth) {
        out.push(FieldError::error(field::BIRTH, "请输入出生日期，例如 2010-06-01。", "Enter the date of birth, for example 2010-06-01."));
        return from_id;
    }
    let Some(birth) = parse_date(&form.birth) else {
        out.push(FieldError::error(
            field::BIRTH,
            "出生日期应为真实的日期，格式为 年-月-日，例如 2010-06-01。",
            "The date of birth must be a real date, written year-month-day, for example 2010-06-01.",
        ));
        return from_id;
    };
    if birth > reference {
        out.push(FieldError::error(
            field::BIRTH,
            format!("出生日期 {birth} 晚于今天（{reference}）。请输入实际的出生日期。"),
            format!("The date of birth, {birth}, is after today ({reference}). Enter the real date of birth."),
        ));
        return from_id;
    }
    if let Some(id_birth) = from_id {
        if id_birth != birth {
            out.push(FieldError::error(
                field::BIRTH,
                format!("出生日期与证件号码不符：号码中的出生日期是 {id_birth}。请核对出生日期或证件号码，或用“按证件号码填写”。"),
                format!("The date of birth does not match the identity number, which gives {id_birth}. Check the date or the number, or use “Fill in from the ID number”."),
            ));
            return Some(id_birth);
        }
    }
    Some(birth)
}

/// An 11-digit mobile number, or a landline with its area code (0 + 9 to 11 digits).
fn check_phone(raw: &str) -> Result<(), FieldError> {
    const HOW_ZH: &str = "请输入11位手机号码（例如 13812345678），或带区号的固定电话（例如 0936-8214935）。";
    const HOW_EN: &str =
        "Enter an 11-digit mobile number (for example 13812345678) or a landline with its area code (for example 0936-8214935).";
    if blank(raw) {
        return Err(FieldError::error(field::PHONE, format!("请输入联系电话。{HOW_ZH}"), format!("Enter a phone number. {HOW_EN}")));
    }
    let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '（' | '）')).collect();
    if digits.starts_with('0') && !digits.starts_with("0086") {
        let ok = digits.bytes().all(|b| b.is_ascii_digit()) && (10..=12).contains(&digits.len());
        return if ok {
            Ok(())
        } else {
            Err(FieldError::error(
                field::PHONE,
                format!("固定电话应为区号加7至8位号码，共10至12位数字，您输入的是{}位。{HOW_ZH}", digits.chars().count()),
                format!(
                    "A landline is the area code and 7 or 8 digits, 10 to 12 digits in all; you entered {}. {HOW_EN}",
                    digits.chars().count()
                ),
            ))
        };
    }
    mobile::parse(raw).map(|_| ()).map_err(|e| super::FieldError::from_id_error(field::PHONE, &e))
}

fn check_identity(form: &ResidentForm, age: Option<u32>, out: &mut Problems) -> Option<Status> {
    let Some(status) = Status::from_code(form.identity.trim()).filter(|s| IDENTITIES.contains(s)) else {
        out.push(FieldError::error(field::IDENTITY, "请选择申请人身份。", "Choose the applicant's identity."));
        return None;
    };
    if let (Some(age), Some(band)) = (age, age_band(status)) {
        if !band.contains(age) {
            let (l, d) = (identity_label(status), band.describe());
            out.push(FieldError::warning(
                field::IDENTITY,
                format!("请核对：申请人今天{age}周岁，而“{}”通常是{}。如身份确实如此，可以保留。（这是本应用的提示，不是政策规定。）", l.zh, d.zh),
                format!("Please check: the applicant is {age} today, while a “{}” is usually {}. If the identity is right, keep it. (This is this app's hint, not a policy rule.)", l.en.to_lowercase(), d.en),
            ));
        }
    }
    Some(status)
}

fn check_subsidy(form: &ResidentForm, age: Option<u32>, identity: Option<Status>, out: &mut Problems) {
    let Some(subsidy) = Subsidy::from_code(form.subsidy.trim()) else {
        out.push(FieldError::error(
            field::SUBSIDY,
            "请选择财政补助对象类别；都不属于的，请选“以上都不是”。",
            "Choose the subsidy category; if none applies, choose “None of these”.",
        ));
        return;
    };
    if subsidy == Subsidy::Orphan && age.is_some_and(|a| a >= 18) {
        out.push(FieldError::warning(
            field::SUBSIDY,
            "请核对：申请人已满18周岁，孤儿身份通常指未满18周岁的儿童。如民政部门确有认定，可以保留。",
            "Please check: the applicant is 18 or over, and an orphan is usually a child under 18. If civil affairs has recognised the status, keep it.",
        ));
    }
    if subsidy != Subsidy::None && identity == Some(Status::CollegeStudent) {
        out.push(FieldError::warning(
            field::SUBSIDY,
            "请注意：大中专学生中的特困人员、低保对象、返贫致贫人口、脱贫人口和易返贫致贫人口，参加户籍地居民医保（区医保发〔2022〕69号 第五条第2项）。",
            "Note: college students who are in extreme poverty, receive subsistence allowance, or are (at risk of) poverty enroll at their hukou place (区医保发〔2022〕69号, §5 item 2).",
        ));
    }
}
