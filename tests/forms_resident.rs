//! The resident registration form (区医保发〔2022〕69号 附件1): every rule, table-driven.

use chrono::NaiveDate;
use yibao::domain::forms::resident::{age_band, check, prefill_from_id, Field, ResidentForm, Subsidy, AGE_BANDS, IDENTITIES};
use yibao::domain::forms::{has_errors, problems, FieldError, FormField, IdDocType, Severity};
use yibao::domain::id::Sex;
use yibao::domain::inputs::Status;
use yibao::domain::lang::Lang;
use yibao::words::forms::problem;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// A complete, valid form: a woman born 1949-12-31.
fn valid() -> ResidentForm {
    ResidentForm {
        name: "张三".into(),
        id_type: Some(IdDocType::ResidentId),
        id_number: "11010519491231002X".into(),
        sex: Some(Sex::Female),
        birth: "1949-12-31".into(),
        phone: "13812345678".into(),
        province: "甘肃省".into(),
        city: "张掖市".into(),
        county: "甘州区".into(),
        village: "东街社区".into(),
        address: "甘州区东街1号".into(),
        identity: Some(Status::Adult),
        subsidy: Some(Subsidy::None),
    }
}

/// Born 1949-12-31, female, in 宣武区 (110104, abolished in 2010).
const ABOLISHED: &str = "110104194912310023";

/// A child's ID number: born 2023-03-01, female.
const TWO_YEAR_OLD: &str = "620702202303010022";

fn problem_on(problems: &[FieldError<Field>], f: Field) -> Option<&FieldError<Field>> {
    problems.iter().find(|p| p.field == f)
}

/// The problems of a form to show (warnings of a form that parsed, or all problems).
fn shown(form: &ResidentForm) -> Vec<FieldError<Field>> {
    problems(&check(form, today())).to_vec()
}

/// One helper for every rule: change the valid form, expect this problem (or none) on the field.
fn check_case(name: &str, change: impl Fn(&mut ResidentForm), f: Field, expected: Option<(Severity, &str)>) {
    let mut form = valid();
    change(&mut form);
    let problems = shown(&form);
    let got = problem_on(&problems, f);
    match (expected, got) {
        (None, None) => {}
        (Some((sev, needle)), Some(p)) => {
            let (zh, en) = (problem(p, Lang::Zh), problem(p, Lang::En));
            assert_eq!(p.severity(), sev, "{name}: severity of {p:?}");
            assert!(zh.contains(needle) || en.contains(needle), "{name}: {needle:?} in {zh} / {en}");
            assert!(!zh.is_empty() && !en.is_empty(), "{name}: both languages");
        }
        (e, g) => panic!("{name}: expected {e:?}, got {g:?} (all: {problems:?})"),
    }
}

#[test]
fn the_valid_form_has_no_problem() {
    let record = check(&valid(), today()).unwrap();
    assert_eq!(record.warnings, vec![]);
    assert_eq!((record.record.sex, record.record.identity, record.record.subsidy), (Sex::Female, Status::Adult, Subsidy::None));
    assert_eq!(record.record.birth, NaiveDate::from_ymd_opt(1949, 12, 31).unwrap());
    assert_eq!(record.record.hukou.county, "甘州区");
}

#[test]
fn an_empty_form_names_every_field_in_order() {
    let problems = check(&ResidentForm::default(), today()).unwrap_err();
    let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
    assert_eq!(fields, Field::ALL.to_vec());
    assert!(problems.iter().all(FieldError::is_error));
}

#[test]
fn every_rule() {
    use Severity::*;
    type Case = (&'static str, fn(&mut ResidentForm), Field, Option<(Severity, &'static str)>);
    let cases: Vec<Case> = vec![
        ("name empty", |f| f.name = "  ".into(), Field::Name, Some((Error, "请输入姓名"))),
        ("name with digits", |f| f.name = "张3".into(), Field::Name, Some((Error, "不能包含数字"))),
        ("name too long", |f| f.name = "张".repeat(51), Field::Name, Some((Error, "不能超过50"))),
        ("minority name with dot", |f| f.name = "阿依古丽·买买提".into(), Field::Name, None),
        ("id type missing", |f| f.id_type = None, Field::IdType, Some((Error, "请选择申请人的证件类型"))),
        ("id number empty", |f| f.id_number = "".into(), Field::IdNumber, Some((Error, "请输入申请人的18位身份证号码"))),
        ("id number wrong check character", |f| f.id_number = "110105194912310021".into(), Field::IdNumber, Some((Error, "校验码"))),
        ("id number too short", |f| f.id_number = "1101051949123100".into(), Field::IdNumber, Some((Error, "16位"))),
        ("id number lowercase x and spaces accepted", |f| f.id_number = "110105 19491231 002x".into(), Field::IdNumber, None),
        (
            "old 15-digit number refused with its 18-character form",
            |f| f.id_number = "110105491231002".into(),
            Field::IdNumber,
            Some((Error, "11010519491231002X")),
        ),
        (
            "permit number under resident ID type",
            |f| {
                f.id_number = "810000199408230021".into();
                f.birth = "1994-08-23".into();
            },
            Field::IdType,
            Some((Error, "港澳台居民居住证")),
        ),
        (
            "permit number under permit type",
            |f| {
                f.id_type = Some(IdDocType::HmtResidencePermit);
                f.id_number = "810000199408230021".into();
                f.birth = "1994-08-23".into();
            },
            Field::IdNumber,
            None,
        ),
        ("unknown county code is a warning", |f| f.id_number = "11019919491231002X".into(), Field::IdNumber, Some((Warning, "110199"))),
        ("abolished county code is fine", |f| f.id_number = ABOLISHED.into(), Field::IdNumber, None),
        (
            "other document: any number",
            |f| {
                f.id_type = Some(IdDocType::Other);
                f.id_number = "E12345678".into();
            },
            Field::IdNumber,
            None,
        ),
        ("sex missing", |f| f.sex = None, Field::Sex, Some((Error, "请选择性别"))),
        ("sex disagrees with the ID number", |f| f.sex = Some(Sex::Male), Field::Sex, Some((Error, "性别与证件号码不符"))),
        (
            "sex with an other document is not compared",
            |f| {
                f.id_type = Some(IdDocType::Other);
                f.id_number = "E12345678".into();
                f.sex = Some(Sex::Male);
            },
            Field::Sex,
            None,
        ),
        ("birth missing", |f| f.birth = "".into(), Field::Birth, Some((Error, "请输入出生日期"))),
        ("birth not a date", |f| f.birth = "1949-02-30".into(), Field::Birth, Some((Error, "真实的日期"))),
        (
            "birth in the future",
            |f| {
                f.id_type = Some(IdDocType::Other);
                f.id_number = "E1".into();
                f.birth = "2030-01-01".into();
            },
            Field::Birth,
            Some((Error, "晚于今天")),
        ),
        ("birth disagrees with the ID number", |f| f.birth = "1949-12-30".into(), Field::Birth, Some((Error, "1949-12-31"))),
        ("birth with slashes", |f| f.birth = "1949/12/31".into(), Field::Birth, None),
        ("phone missing", |f| f.phone = "".into(), Field::Phone, Some((Error, "请输入联系电话"))),
        ("phone: mobile with +86", |f| f.phone = "+86 138 1234 5678".into(), Field::Phone, None),
        ("phone: landline", |f| f.phone = "0936-8214935".into(), Field::Phone, None),
        ("phone: landline too short", |f| f.phone = "0936-82149".into(), Field::Phone, Some((Error, "固定电话"))),
        ("phone: mobile too short", |f| f.phone = "1381234567".into(), Field::Phone, Some((Error, "11位手机号码"))),
        ("phone: mobile bad prefix", |f| f.phone = "12812345678".into(), Field::Phone, Some((Error, "13 至 19"))),
        ("province missing", |f| f.province = "".into(), Field::Province, Some((Error, "省"))),
        ("city missing", |f| f.city = "".into(), Field::City, Some((Error, "市"))),
        ("county missing", |f| f.county = "".into(), Field::County, Some((Error, "区（县）"))),
        ("village missing", |f| f.village = "".into(), Field::Village, Some((Error, "村（社区）"))),
        ("address missing", |f| f.address = "".into(), Field::Address, Some((Error, "通讯地址"))),
        ("address too long", |f| f.address = "路".repeat(101), Field::Address, Some((Error, "不能超过100"))),
        ("identity missing", |f| f.identity = None, Field::Identity, Some((Error, "请选择申请人身份"))),
        ("identity not on this form", |f| f.identity = Some(Status::VocationalStudent), Field::Identity, Some((Error, "请选择申请人身份"))),
        (
            "newborn for a two-year-old is a warning",
            |f| {
                f.id_number = TWO_YEAR_OLD.into();
                f.birth = "2023-03-01".into();
                f.identity = Some(Status::Newborn);
            },
            Field::Identity,
            Some((Warning, "今天2周岁")),
        ),
        (
            "preschool for a two-year-old",
            |f| {
                f.id_number = TWO_YEAR_OLD.into();
                f.birth = "2023-03-01".into();
                f.identity = Some(Status::Preschool);
            },
            Field::Identity,
            None,
        ),
        (
            "adult for a two-year-old is a warning",
            |f| {
                f.id_number = TWO_YEAR_OLD.into();
                f.birth = "2023-03-01".into();
                f.identity = Some(Status::Adult);
            },
            Field::Identity,
            Some((Warning, "不是政策规定")),
        ),
        ("school student aged 76 is a warning", |f| f.identity = Some(Status::SchoolStudent), Field::Identity, Some((Warning, "76"))),
        ("minor aged 76 is a warning", |f| f.identity = Some(Status::Minor), Field::Identity, Some((Warning, "未满18周岁"))),
        ("subsidy missing", |f| f.subsidy = None, Field::Subsidy, Some((Error, "以上都不是"))),
        ("subsidy dibao", |f| f.subsidy = Some(Subsidy::Dibao), Field::Subsidy, None),
        ("orphan aged 76 is a warning", |f| f.subsidy = Some(Subsidy::Orphan), Field::Subsidy, Some((Warning, "孤儿"))),
        (
            "college student with a subsidy: enrolls at hukou place",
            |f| {
                f.identity = Some(Status::CollegeStudent);
                f.subsidy = Some(Subsidy::Tekun);
            },
            Field::Subsidy,
            Some((Warning, "区医保发〔2022〕69号")),
        ),
    ];
    for (name, change, f, expected) in cases {
        check_case(name, change, f, expected);
    }
}

#[test]
fn warnings_do_not_block() {
    let mut form = valid();
    form.id_number = TWO_YEAR_OLD.into();
    form.birth = "2023-03-01".into();
    form.identity = Some(Status::Newborn);
    let accepted = check(&form, today()).unwrap();
    assert_eq!(accepted.warnings.len(), 1, "{:?}", accepted.warnings);
    assert!(!has_errors(&accepted.warnings));
}

#[test]
fn prefill_reads_sex_and_birth() {
    let cases = [
        (Some(IdDocType::ResidentId), "11010519491231002X", Ok((Sex::Female, "1949-12-31"))),
        (Some(IdDocType::ResidentId), "620702201205150035", Ok((Sex::Male, "2012-05-15"))),
        (Some(IdDocType::HmtResidencePermit), "810000199408230021", Ok((Sex::Female, "1994-08-23"))),
        (Some(IdDocType::ResidentId), "110105194912310021", Err(Field::IdNumber)),
        (Some(IdDocType::ResidentId), "", Err(Field::IdNumber)),
        (None, "11010519491231002X", Err(Field::IdType)),
        (Some(IdDocType::Other), "E12345678", Err(Field::IdNumber)),
    ];
    for (t, n, expected) in cases {
        let form = ResidentForm { id_type: t, id_number: n.into(), ..Default::default() };
        let got = prefill_from_id(&form, today()).map(|p| (p.sex, yibao::domain::date::iso(p.birth))).map_err(|e| e.field);
        let expected = expected.map(|(s, b)| (s, b.to_string()));
        assert_eq!(got, expected, "{t:?} {n}");
    }
}

#[test]
fn prefilled_form_agrees_with_its_id() {
    let mut form = valid();
    form.sex = None;
    form.birth = String::new();
    let p = prefill_from_id(&form, today()).unwrap();
    form.sex = Some(p.sex);
    form.birth = yibao::domain::date::iso(p.birth);
    assert_eq!(check(&form, today()).map(|a| a.warnings), Ok(vec![]));
}

#[test]
fn age_bands() {
    let cases = [
        (Status::Newborn, 0, true),
        (Status::Newborn, 1, false),
        (Status::Newborn, 2, false),
        (Status::Preschool, 6, true),
        (Status::Preschool, 7, false),
        (Status::SchoolStudent, 4, false),
        (Status::SchoolStudent, 5, true),
        (Status::SchoolStudent, 19, true),
        (Status::SchoolStudent, 20, false),
        (Status::CollegeStudent, 14, false),
        (Status::CollegeStudent, 60, true),
        (Status::Minor, 17, true),
        (Status::Minor, 18, false),
        (Status::Adult, 17, false),
        (Status::Adult, 18, true),
    ];
    for (s, age, ok) in cases {
        assert_eq!(age_band(s).unwrap().contains(age), ok, "{s:?} at {age}");
    }
    assert_eq!(AGE_BANDS.len(), IDENTITIES.len());
    for s in IDENTITIES {
        assert!(age_band(s).is_some(), "{s:?} has a band");
    }
}

#[test]
fn the_forms_cite_the_notices_of_the_policy_data() {
    use yibao::domain::forms::unit;
    use yibao::domain::policy::{find, PolicyKey, Region};
    let doc = |region, year| find(PolicyKey { region, year }).map(|p| p.document_number());
    assert_eq!(doc(Region::ZhangyeGanzhou, 2022), Some(yibao::domain::forms::resident::NOTICE));
    assert_eq!(doc(Region::Guangzhou, 2022), Some(unit::NOTICE));
    let zh = yibao::words::forms::unit_source(Lang::Zh);
    assert!(zh.contains("学校应于2021年9月15日前完成注册（第三条第（一）项）"), "{zh}");
    let en = yibao::words::forms::resident_source(Lang::En);
    assert!(en.contains("of 区医保发〔2022〕69号 (Ganzhou District, Zhangye)") && en.ends_with("(§5)."), "{en}");
}
