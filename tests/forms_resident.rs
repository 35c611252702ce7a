//! The resident registration form (区医保发〔2022〕69号 附件1): every rule, table-driven.

use chrono::NaiveDate;
use yibao::domain::forms::resident::{age_band, check, field, prefill_from_id, ResidentForm, AGE_BANDS, IDENTITIES};
use yibao::domain::forms::{has_errors, FieldError, Severity};
use yibao::domain::inputs::Status;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// A complete, valid form: a woman born 1949-12-31.
fn valid() -> ResidentForm {
    ResidentForm {
        name: "张三".into(),
        id_type: "resident-id".into(),
        id_number: "11010519491231002X".into(),
        sex: "female".into(),
        birth: "1949-12-31".into(),
        phone: "13812345678".into(),
        province: "甘肃省".into(),
        city: "张掖市".into(),
        county: "甘州区".into(),
        village: "东街社区".into(),
        address: "甘州区东街1号".into(),
        identity: "adult".into(),
        subsidy: "none".into(),
    }
}

/// Born 1949-12-31, female, in 宣武区 (110104, abolished in 2010).
const ABOLISHED: &str = "110104194912310023";

/// A child's ID number: born 2023-03-01, female.
const TWO_YEAR_OLD: &str = "620702202303010022";

fn problem_on<'a>(problems: &'a [FieldError], f: &str) -> Option<&'a FieldError> {
    problems.iter().find(|p| p.field == f)
}

/// One helper for every rule: change the valid form, expect this problem (or none) on the field.
fn check_case(name: &str, change: impl Fn(&mut ResidentForm), f: &str, expected: Option<(Severity, &str)>) {
    let mut form = valid();
    change(&mut form);
    let problems = check(&form, today());
    let got = problem_on(&problems, f);
    match (expected, got) {
        (None, None) => {}
        (Some((sev, needle)), Some(p)) => {
            assert_eq!(p.severity, sev, "{name}: severity of {p:?}");
            assert!(p.message.zh.contains(needle) || p.message.en.contains(needle), "{name}: {needle:?} in {p:?}");
            assert!(!p.message.zh.is_empty() && !p.message.en.is_empty(), "{name}: both languages");
        }
        (e, g) => panic!("{name}: expected {e:?}, got {g:?} (all: {problems:?})"),
    }
}

#[test]
fn the_valid_form_has_no_problem() {
    assert_eq!(check(&valid(), today()), vec![]);
}

#[test]
fn an_empty_form_names_every_field_in_order() {
    let problems = check(&ResidentForm::default(), today());
    let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
    assert_eq!(fields, field::ORDER.to_vec());
    assert!(problems.iter().all(FieldError::is_error));
}

#[test]
fn every_rule() {
    use Severity::*;
    type Case = (&'static str, fn(&mut ResidentForm), &'static str, Option<(Severity, &'static str)>);
    let cases: Vec<Case> = vec![
        ("name empty", |f| f.name = "  ".into(), field::NAME, Some((Error, "请输入姓名"))),
        ("name with digits", |f| f.name = "张3".into(), field::NAME, Some((Error, "不能包含数字"))),
        ("name too long", |f| f.name = "张".repeat(51), field::NAME, Some((Error, "不能超过50"))),
        ("minority name with dot", |f| f.name = "阿依古丽·买买提".into(), field::NAME, None),
        ("id type missing", |f| f.id_type = "".into(), field::ID_TYPE, Some((Error, "请选择申请人的证件类型"))),
        ("id number empty", |f| f.id_number = "".into(), field::ID_NUMBER, Some((Error, "请输入申请人的18位身份证号码"))),
        ("id number wrong check character", |f| f.id_number = "110105194912310021".into(), field::ID_NUMBER, Some((Error, "校验码"))),
        ("id number too short", |f| f.id_number = "1101051949123100".into(), field::ID_NUMBER, Some((Error, "16位"))),
        ("id number lowercase x and spaces accepted", |f| f.id_number = "110105 19491231 002x".into(), field::ID_NUMBER, None),
        (
            "old 15-digit number refused with its 18-character form",
            |f| f.id_number = "110105491231002".into(),
            field::ID_NUMBER,
            Some((Error, "11010519491231002X")),
        ),
        (
            "permit number under resident ID type",
            |f| {
                f.id_number = "810000199408230021".into();
                f.birth = "1994-08-23".into();
            },
            field::ID_TYPE,
            Some((Error, "港澳台居民居住证")),
        ),
        (
            "permit number under permit type",
            |f| {
                f.id_type = "hmt-residence-permit".into();
                f.id_number = "810000199408230021".into();
                f.birth = "1994-08-23".into();
            },
            field::ID_NUMBER,
            None,
        ),
        ("unknown county code is a warning", |f| f.id_number = "11019919491231002X".into(), field::ID_NUMBER, Some((Warning, "110199"))),
        ("abolished county code is fine", |f| f.id_number = ABOLISHED.into(), field::ID_NUMBER, None),
        (
            "other document: any number",
            |f| {
                f.id_type = "other".into();
                f.id_number = "E12345678".into();
            },
            field::ID_NUMBER,
            None,
        ),
        ("sex missing", |f| f.sex = "".into(), field::SEX, Some((Error, "请选择性别"))),
        ("sex disagrees with the ID number", |f| f.sex = "male".into(), field::SEX, Some((Error, "性别与证件号码不符"))),
        (
            "sex with an other document is not compared",
            |f| {
                f.id_type = "other".into();
                f.id_number = "E12345678".into();
                f.sex = "male".into();
            },
            field::SEX,
            None,
        ),
        ("birth missing", |f| f.birth = "".into(), field::BIRTH, Some((Error, "请输入出生日期"))),
        ("birth not a date", |f| f.birth = "1949-02-30".into(), field::BIRTH, Some((Error, "真实的日期"))),
        (
            "birth in the future",
            |f| {
                f.id_type = "other".into();
                f.id_number = "E1".into();
                f.birth = "2030-01-01".into();
            },
            field::BIRTH,
            Some((Error, "晚于今天")),
        ),
        ("birth disagrees with the ID number", |f| f.birth = "1949-12-30".into(), field::BIRTH, Some((Error, "1949-12-31"))),
        ("birth with slashes", |f| f.birth = "1949/12/31".into(), field::BIRTH, None),
        ("phone missing", |f| f.phone = "".into(), field::PHONE, Some((Error, "请输入联系电话"))),
        ("phone: mobile with +86", |f| f.phone = "+86 138 1234 5678".into(), field::PHONE, None),
        ("phone: landline", |f| f.phone = "0936-8214935".into(), field::PHONE, None),
        ("phone: landline too short", |f| f.phone = "0936-82149".into(), field::PHONE, Some((Error, "固定电话"))),
        ("phone: mobile too short", |f| f.phone = "1381234567".into(), field::PHONE, Some((Error, "11位手机号码"))),
        ("phone: mobile bad prefix", |f| f.phone = "12812345678".into(), field::PHONE, Some((Error, "13 至 19"))),
        ("province missing", |f| f.province = "".into(), field::PROVINCE, Some((Error, "省"))),
        ("city missing", |f| f.city = "".into(), field::CITY, Some((Error, "市"))),
        ("county missing", |f| f.county = "".into(), field::COUNTY, Some((Error, "区（县）"))),
        ("village missing", |f| f.village = "".into(), field::VILLAGE, Some((Error, "村（社区）"))),
        ("address missing", |f| f.address = "".into(), field::ADDRESS, Some((Error, "通讯地址"))),
        ("address too long", |f| f.address = "路".repeat(101), field::ADDRESS, Some((Error, "不能超过100"))),
        ("identity missing", |f| f.identity = "".into(), field::IDENTITY, Some((Error, "请选择申请人身份"))),
        ("identity not on this form", |f| f.identity = "vocational-student".into(), field::IDENTITY, Some((Error, "请选择申请人身份"))),
        (
            "newborn for a two-year-old is a warning",
            |f| {
                f.id_number = TWO_YEAR_OLD.into();
                f.birth = "2023-03-01".into();
                f.identity = "newborn".into();
            },
            field::IDENTITY,
            Some((Warning, "今天2周岁")),
        ),
        (
            "preschool for a two-year-old",
            |f| {
                f.id_number = TWO_YEAR_OLD.into();
                f.birth = "2023-03-01".into();
                f.identity = "preschool".into();
            },
            field::IDENTITY,
            None,
        ),
        (
            "adult for a two-year-old is a warning",
            |f| {
                f.id_number = TWO_YEAR_OLD.into();
                f.birth = "2023-03-01".into();
                f.identity = "adult".into();
            },
            field::IDENTITY,
            Some((Warning, "不是政策规定")),
        ),
        ("school student aged 76 is a warning", |f| f.identity = "school-student".into(), field::IDENTITY, Some((Warning, "76"))),
        ("minor aged 76 is a warning", |f| f.identity = "minor".into(), field::IDENTITY, Some((Warning, "未满18周岁"))),
        ("subsidy missing", |f| f.subsidy = "".into(), field::SUBSIDY, Some((Error, "以上都不是"))),
        ("subsidy dibao", |f| f.subsidy = "dibao".into(), field::SUBSIDY, None),
        ("orphan aged 76 is a warning", |f| f.subsidy = "orphan".into(), field::SUBSIDY, Some((Warning, "孤儿"))),
        (
            "college student with a subsidy: enrolls at hukou place",
            |f| {
                f.identity = "college-student".into();
                f.subsidy = "tekun".into();
            },
            field::SUBSIDY,
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
    form.identity = "newborn".into();
    let problems = check(&form, today());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(!has_errors(&problems));
}

#[test]
fn prefill_reads_sex_and_birth() {
    let cases = [
        ("resident-id", "11010519491231002X", Ok(("female", "1949-12-31"))),
        ("resident-id", "620702201205150035", Ok(("male", "2012-05-15"))),
        ("hmt-residence-permit", "810000199408230021", Ok(("female", "1994-08-23"))),
        ("resident-id", "110105194912310021", Err(field::ID_NUMBER)),
        ("resident-id", "", Err(field::ID_NUMBER)),
        ("", "11010519491231002X", Err(field::ID_TYPE)),
        ("other", "E12345678", Err(field::ID_NUMBER)),
    ];
    for (t, n, expected) in cases {
        let form = ResidentForm { id_type: t.into(), id_number: n.into(), ..Default::default() };
        let got = prefill_from_id(&form, today()).map(|p| (p.sex, p.birth)).map_err(|e| e.field);
        let expected = expected.map(|(s, b)| (s, b.to_string()));
        assert_eq!(got, expected, "{t} {n}");
    }
}

#[test]
fn prefilled_form_agrees_with_its_id() {
    let mut form = valid();
    form.sex = String::new();
    form.birth = String::new();
    let p = prefill_from_id(&form, today()).unwrap();
    form.sex = p.sex.into();
    form.birth = p.birth;
    assert_eq!(check(&form, today()), vec![]);
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
