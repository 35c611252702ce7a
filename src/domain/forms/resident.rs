//! The resident registration form of 甘州区 (《甘州区城乡居民基本医疗保险参保登记表》,
//! 区医保发〔2022〕69号 附件1): name, identity document type and number, sex, date of birth,
//! phone, hukou (or residence-permit) place — province, city, district/county,
//! village/community —, address, applicant identity and subsidy category.
//!
//! Rules, in field order (one problem per field; see [`check`], which gives a
//! [`ResidentRecord`] or the problems):
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

use super::{
    blank, id_document, name, past_date, text, Checked, Clause, DocFields, FieldError, FormField, IdDocType, IdDocument, Item, Problems,
    Reason,
};
use crate::domain::id::checks::age_on;
use crate::domain::id::mobile::{self, Mobile};
use crate::domain::id::{IdInfo, Sex};
use crate::domain::inputs::Status;

/// The notice whose annex 1 this form is: 区医保发〔2022〕69号 of 甘州区, issued 2022-08-30
/// (`policies/zhangye-ganzhou-2022.toml`; a test checks that they agree).
pub const NOTICE: &str = "区医保发〔2022〕69号";

/// §五 of [`NOTICE`]: first-time and interrupted enrollees register at the township or street
/// office with their hukou book or ID card.
pub const REGISTRATION: Clause = Clause { notice: NOTICE, article: 5, item: None };

/// §五2 of [`NOTICE`]: college students in extreme poverty, on 低保 or (at risk of) poverty
/// enroll at their hukou place.
pub const COLLEGE_AT_HUKOU: Clause = Clause { notice: NOTICE, article: 5, item: Some(Item::Numbered(2)) };

/// The fields, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    IdType,
    IdNumber,
    Sex,
    Birth,
    Phone,
    Province,
    City,
    County,
    Village,
    Address,
    Identity,
    Subsidy,
}

impl FormField for Field {
    const ALL: &'static [Field] = &[
        Field::Name,
        Field::IdType,
        Field::IdNumber,
        Field::Sex,
        Field::Birth,
        Field::Phone,
        Field::Province,
        Field::City,
        Field::County,
        Field::Village,
        Field::Address,
        Field::Identity,
        Field::Subsidy,
    ];

    /// ```
    /// use yibao::domain::forms::{resident::Field, FormField};
    /// assert_eq!(Field::IdNumber.id(), "rf-id-number");
    /// ```
    fn id(self) -> &'static str {
        match self {
            Field::Name => "rf-name",
            Field::IdType => "rf-id-type",
            Field::IdNumber => "rf-id-number",
            Field::Sex => "rf-sex",
            Field::Birth => "rf-birth",
            Field::Phone => "rf-phone",
            Field::Province => "rf-province",
            Field::City => "rf-city",
            Field::County => "rf-county",
            Field::Village => "rf-village",
            Field::Address => "rf-address",
            Field::Identity => "rf-identity",
            Field::Subsidy => "rf-subsidy",
        }
    }
}

const DOC: DocFields<Field> = DocFields { doc_type: Field::IdType, number: Field::IdNumber };

/// What the user typed (as typed: nothing is trimmed or normalised here, so it can always be
/// shown again) or chose (`None` until chosen).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResidentForm {
    pub name: String,
    pub id_type: Option<IdDocType>,
    pub id_number: String,
    pub sex: Option<Sex>,
    /// `YYYY-MM-DD`.
    pub birth: String,
    pub phone: String,
    pub province: String,
    pub city: String,
    pub county: String,
    pub village: String,
    pub address: String,
    /// One of [`IDENTITIES`].
    pub identity: Option<Status>,
    pub subsidy: Option<Subsidy>,
}

impl ResidentForm {
    /// The form as the page first shows it: the resident identity card chosen, nothing else.
    pub fn blank() -> ResidentForm {
        ResidentForm { id_type: Some(IdDocType::ResidentId), ..ResidentForm::default() }
    }
}

/// A phone number of the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phone {
    Mobile(Mobile),
    /// A landline with its area code: its digits (0 and 9 to 11 more).
    Landline(String),
}

/// The hukou place (or where the residence permit was registered), trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub province: String,
    pub city: String,
    pub county: String,
    pub village: String,
}

/// A resident registration form that parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidentRecord {
    pub name: String,
    pub id: IdDocument,
    pub sex: Sex,
    pub birth: NaiveDate,
    pub phone: Phone,
    pub hukou: Place,
    pub address: String,
    pub identity: Status,
    pub subsidy: Subsidy,
}

/// The applicant identities of the form (申请人身份), in its order.
pub const IDENTITIES: [Status; 6] =
    [Status::Newborn, Status::Preschool, Status::SchoolStudent, Status::CollegeStudent, Status::Minor, Status::Adult];

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefill {
    pub sex: Sex,
    pub birth: NaiveDate,
}

/// Reads sex and date of birth from the form's identity number, or says why it cannot (a
/// problem on the number or type field).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::forms::resident::{prefill_from_id, ResidentForm};
/// use yibao::domain::id::Sex;
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let form = ResidentForm { id_number: "11010519491231002X".into(), ..ResidentForm::blank() };
/// let p = prefill_from_id(&form, today).unwrap();
/// assert_eq!((p.sex, p.birth), (Sex::Female, NaiveDate::from_ymd_opt(1949, 12, 31).unwrap()));
/// ```
pub fn prefill_from_id(form: &ResidentForm, reference: NaiveDate) -> Result<Prefill, FieldError<Field>> {
    let mut out = Problems::new();
    let doc = id_document(DOC, form.id_type, &form.id_number, reference, &mut out);
    if let Some(e) = out.into_ordered().into_iter().next() {
        return Err(e);
    }
    match doc.as_ref().and_then(IdDocument::info).and_then(|i| Some((i.sex?, i.birth?))) {
        Some((sex, birth)) => Ok(Prefill { sex, birth }),
        None => Err(FieldError { field: Field::IdNumber, reason: Reason::NoSexOrBirth }),
    }
}

/// Parses the whole form on `reference` (today): the record with its warnings, or the
/// problems in field order, at most one per field.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::forms::resident::{check, Field, ResidentForm};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let problems = check(&ResidentForm::blank(), today).unwrap_err();
/// assert_eq!(problems[0].field, Field::Name);
/// ```
pub fn check(form: &ResidentForm, reference: NaiveDate) -> Checked<ResidentRecord, Field> {
    let mut out = Problems::new();
    let name = out.take(Field::Name, name(&form.name));
    let id = id_document(DOC, form.id_type, &form.id_number, reference, &mut out);
    let info = id.as_ref().and_then(IdDocument::info);
    let sex = out.take(Field::Sex, sex(form.sex, info));
    let birth = out.take(Field::Birth, birth(&form.birth, info, reference));
    let phone = out.take(Field::Phone, phone(&form.phone));
    let hukou = place(form, &mut out);
    let address = out.take(Field::Address, text(&form.address, 100));
    // The age from the identity number where it gives one, else from the date typed.
    let age = info.and_then(|i| i.birth).or(birth).map(|b| age_on(b, reference));
    let identity = identity(form.identity, age, &mut out);
    let subsidy = subsidy(form.subsidy, age, identity, &mut out);
    let record = (|| {
        Some(ResidentRecord {
            name: name?,
            id: id?,
            sex: sex?,
            birth: birth?,
            phone: phone?,
            hukou: hukou?,
            address: address?,
            identity: identity?,
            subsidy: subsidy?,
        })
    })();
    out.finish(record)
}

fn place(form: &ResidentForm, out: &mut Problems<Field>) -> Option<Place> {
    let province = out.take(Field::Province, text(&form.province, 20));
    let city = out.take(Field::City, text(&form.city, 20));
    let county = out.take(Field::County, text(&form.county, 20));
    let village = out.take(Field::Village, text(&form.village, 30));
    Some(Place { province: province?, city: city?, county: county?, village: village? })
}

fn sex(chosen: Option<Sex>, info: Option<&IdInfo>) -> Result<Sex, Reason> {
    let chosen = chosen.ok_or(Reason::NotChosen)?;
    match info.and_then(|i| i.sex) {
        Some(from_id) if from_id != chosen => Err(Reason::SexMismatch { from_id }),
        _ => Ok(chosen),
    }
}

fn birth(raw: &str, info: Option<&IdInfo>, reference: NaiveDate) -> Result<NaiveDate, Reason> {
    let birth = past_date(raw, reference)?;
    match info.and_then(|i| i.birth) {
        Some(from_id) if from_id != birth => Err(Reason::BirthMismatch { from_id }),
        _ => Ok(birth),
    }
}

/// An 11-digit mobile number, or a landline with its area code (0 + 9 to 11 digits).
fn phone(raw: &str) -> Result<Phone, Reason> {
    if blank(raw) {
        return Err(Reason::Missing);
    }
    let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '（' | '）')).collect();
    if digits.starts_with('0') && !digits.starts_with("0086") {
        let ok = digits.bytes().all(|b| b.is_ascii_digit()) && (10..=12).contains(&digits.len());
        return if ok { Ok(Phone::Landline(digits)) } else { Err(Reason::LandlineLength { found: digits.chars().count() }) };
    }
    mobile::parse(raw).map(Phone::Mobile).map_err(Reason::Id)
}

fn identity(chosen: Option<Status>, age: Option<u32>, out: &mut Problems<Field>) -> Option<Status> {
    let Some(status) = chosen.filter(|s| IDENTITIES.contains(s)) else {
        out.push(Field::Identity, Reason::NotChosen);
        return None;
    };
    if let (Some(age), Some(band)) = (age, age_band(status)) {
        if !band.contains(age) {
            out.push(Field::Identity, Reason::AgeOutsideBand { age, band });
        }
    }
    Some(status)
}

fn subsidy(chosen: Option<Subsidy>, age: Option<u32>, identity: Option<Status>, out: &mut Problems<Field>) -> Option<Subsidy> {
    let Some(subsidy) = chosen else {
        out.push(Field::Subsidy, Reason::NotChosen);
        return None;
    };
    if subsidy == Subsidy::Orphan && age.is_some_and(|a| a >= 18) {
        out.push(Field::Subsidy, Reason::OrphanAdult);
    }
    if subsidy != Subsidy::None && identity == Some(Status::CollegeStudent) {
        out.push(Field::Subsidy, Reason::CollegeAtHukou);
    }
    Some(subsidy)
}
