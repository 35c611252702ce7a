//! The unit portal registration check (穗医保中管〔2021〕301号 附件): every rule, table-driven.

use chrono::NaiveDate;
use yibao::domain::forms::unit::{check, Field, UnitForm, Validity};
use yibao::domain::forms::{problems, FieldError, FormField, IdDocType, Severity};
use yibao::domain::lang::Lang;
use yibao::words::forms::problem;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn valid() -> UnitForm {
    UnitForm {
        account: "school2021".into(),
        password: "abc12345".into(),
        password_confirm: "abc12345".into(),
        uscc: "91350100M000100Y43".into(),
        unit_name: "广州某某职业技术学院".into(),
        unit_address: "广州市天河区某路1号".into(),
        legal_name: "李四".into(),
        legal_id_type: Some(IdDocType::ResidentId),
        legal_id_number: "11010519491231002X".into(),
        legal_mobile: "13812345678".into(),
        agent_name: "王五".into(),
        agent_id_type: Some(IdDocType::ResidentId),
        agent_id_number: "440106200509010044".into(),
        agent_valid_from: "2021-09-01".into(),
        agent_valid_to: "2031-09-01".into(),
        agent_long_term: false,
        agent_mobile: "13912345678".into(),
        agent_password: "Agent2021x".into(),
        agent_password_confirm: "Agent2021x".into(),
    }
}

fn check_case(name: &str, change: fn(&mut UnitForm), f: Field, expected: Option<(Severity, &str)>) {
    let mut form = valid();
    change(&mut form);
    let checked = check(&form, today());
    let problems = problems(&checked);
    let got = problems.iter().find(|p| p.field == f);
    match (expected, got) {
        (None, None) => {}
        (Some((sev, needle)), Some(p)) => {
            let (zh, en) = (problem(p, Lang::Zh), problem(p, Lang::En));
            assert_eq!(p.severity(), sev, "{name}: severity of {p:?}");
            assert!(zh.contains(needle) || en.contains(needle), "{name}: {needle:?} in {zh} / {en}");
        }
        (e, g) => panic!("{name}: expected {e:?}, got {g:?} (all: {problems:?})"),
    }
}

#[test]
fn the_valid_form_has_no_problem() {
    let accepted = check(&valid(), today()).unwrap();
    assert_eq!(accepted.warnings, vec![]);
    assert_eq!(accepted.record.account.as_str(), "school2021");
    assert_eq!(accepted.record.agent.mobile.as_str(), "13912345678");
    assert!(matches!(accepted.record.agent.validity, Validity::Period(p) if p.days_left(today()) > 0));
}

#[test]
fn an_empty_form_names_every_field_in_order() {
    let problems = check(&UnitForm::default(), today()).unwrap_err();
    let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
    assert_eq!(fields, Field::ALL.to_vec());
    assert!(problems.iter().all(FieldError::is_error));
}

#[test]
fn every_rule() {
    use Severity::*;
    type Case = (&'static str, fn(&mut UnitForm), Field, Option<(Severity, &'static str)>);
    let cases: Vec<Case> = vec![
        ("account empty", |f| f.account = "".into(), Field::Account, Some((Error, "请输入单位账号"))),
        ("account too short", |f| f.account = "abc123".into(), Field::Account, Some((Error, "8至20位"))),
        ("account too long", |f| f.account = "a".repeat(21), Field::Account, Some((Error, "21位"))),
        ("account with underscore", |f| f.account = "school_2021".into(), Field::Account, Some((Error, "“_”"))),
        ("account of 20 digits", |f| f.account = "1".repeat(20), Field::Account, None),
        (
            "password empty",
            |f| {
                f.password = "".into();
            },
            Field::Password,
            Some((Error, "请输入单位密码")),
        ),
        (
            "password too short",
            |f| {
                f.password = "ab123".into();
                f.password_confirm = "ab123".into();
            },
            Field::Password,
            Some((Error, "8至16位")),
        ),
        (
            "password too long",
            |f| {
                f.password = "ab1".repeat(6);
                f.password_confirm = "ab1".repeat(6);
            },
            Field::Password,
            Some((Error, "18位")),
        ),
        (
            "password letters only",
            |f| {
                f.password = "abcdefgh".into();
                f.password_confirm = "abcdefgh".into();
            },
            Field::Password,
            Some((Error, "数字")),
        ),
        (
            "password digits only",
            |f| {
                f.password = "12345678".into();
                f.password_confirm = "12345678".into();
            },
            Field::Password,
            Some((Error, "字母")),
        ),
        (
            "password with a symbol",
            |f| {
                f.password = "abc1234!".into();
                f.password_confirm = "abc1234!".into();
            },
            Field::Password,
            Some((Error, "第8位")),
        ),
        ("confirm empty", |f| f.password_confirm = "".into(), Field::PasswordConfirm, Some((Error, "再次输入"))),
        ("confirm differs", |f| f.password_confirm = "abc12346".into(), Field::PasswordConfirm, Some((Error, "不一致"))),
        ("uscc empty", |f| f.uscc = "".into(), Field::Uscc, Some((Error, "统一社会信用代码"))),
        ("uscc wrong check character", |f| f.uscc = "91350100M000100Y42".into(), Field::Uscc, Some((Error, "校验码"))),
        ("uscc lowercase accepted", |f| f.uscc = "91350100m000100y43".into(), Field::Uscc, None),
        ("unit name empty", |f| f.unit_name = "".into(), Field::UnitName, Some((Error, "单位名称"))),
        ("unit address empty", |f| f.unit_address = "".into(), Field::UnitAddress, Some((Error, "单位通讯地址"))),
        ("legal name empty", |f| f.legal_name = "".into(), Field::LegalName, Some((Error, "法定代表人姓名"))),
        ("legal id type empty", |f| f.legal_id_type = None, Field::LegalIdType, Some((Error, "法定代表人的证件类型"))),
        ("legal id number wrong", |f| f.legal_id_number = "110105194912310021".into(), Field::LegalIdNumber, Some((Error, "校验码"))),
        ("legal id number empty", |f| f.legal_id_number = "".into(), Field::LegalIdNumber, Some((Error, "法定代表人"))),
        ("legal mobile empty", |f| f.legal_mobile = "".into(), Field::LegalMobile, Some((Error, "法定代表人手机号"))),
        ("legal mobile too short", |f| f.legal_mobile = "138123".into(), Field::LegalMobile, Some((Error, "6位"))),
        ("agent name empty", |f| f.agent_name = "".into(), Field::AgentName, Some((Error, "经办人姓名"))),
        ("agent id type empty", |f| f.agent_id_type = None, Field::AgentIdType, Some((Error, "经办人的证件类型"))),
        (
            "agent id number wrong date",
            |f| f.agent_id_number = "440106200502300044".into(),
            Field::AgentIdNumber,
            Some((Error, "20050230")),
        ),
        (
            "agent foreign card",
            |f| {
                f.agent_id_type = Some(IdDocType::ForeignPermanentResident);
                f.agent_id_number = "911840198001010013".into();
            },
            Field::AgentIdNumber,
            None,
        ),
        ("valid from empty", |f| f.agent_valid_from = "".into(), Field::AgentValidFrom, Some((Error, "起始日期"))),
        ("valid from not a date", |f| f.agent_valid_from = "2021-13-01".into(), Field::AgentValidFrom, Some((Error, "真实的日期"))),
        ("valid from in the future", |f| f.agent_valid_from = "2026-02-01".into(), Field::AgentValidFrom, Some((Error, "晚于今天"))),
        ("valid to empty", |f| f.agent_valid_to = "".into(), Field::AgentValidTo, Some((Error, "长期有效"))),
        (
            "valid to empty but long-term",
            |f| {
                f.agent_valid_to = "".into();
                f.agent_long_term = true;
            },
            Field::AgentValidTo,
            None,
        ),
        ("valid to not a date", |f| f.agent_valid_to = "2031-02-30".into(), Field::AgentValidTo, Some((Error, "真实的日期"))),
        ("valid to before start", |f| f.agent_valid_to = "2021-08-01".into(), Field::AgentValidTo, Some((Error, "应早于结束日期"))),
        ("valid to equal to start", |f| f.agent_valid_to = "2021-09-01".into(), Field::AgentValidTo, Some((Error, "应早于结束日期"))),
        (
            "valid to passed",
            |f| {
                f.agent_valid_from = "2005-01-01".into();
                f.agent_valid_to = "2025-01-01".into();
            },
            Field::AgentValidTo,
            Some((Error, "已于 2025-01-01 截止")),
        ),
        ("valid to today still valid", |f| f.agent_valid_to = "2026-01-01".into(), Field::AgentValidTo, None),
        (
            "valid to passed without a start",
            |f| {
                f.agent_valid_from = "".into();
                f.agent_valid_to = "2025-01-01".into();
            },
            Field::AgentValidTo,
            Some((Error, "截止")),
        ),
        ("agent mobile empty", |f| f.agent_mobile = "".into(), Field::AgentMobile, Some((Error, "经办人手机号"))),
        ("agent mobile bad prefix", |f| f.agent_mobile = "10012345678".into(), Field::AgentMobile, Some((Error, "13 至 19"))),
        (
            "agent password letters only",
            |f| {
                f.agent_password = "abcdefghij".into();
                f.agent_password_confirm = "abcdefghij".into();
            },
            Field::AgentPassword,
            Some((Error, "数字")),
        ),
        (
            "agent confirm differs",
            |f| f.agent_password_confirm = "Agent2021y".into(),
            Field::AgentPasswordConfirm,
            Some((Error, "经办人密码不一致")),
        ),
    ];
    for (name, change, f, expected) in cases {
        check_case(name, change, f, expected);
    }
}

#[test]
fn password_messages_never_repeat_the_password() {
    let mut form = valid();
    form.password = "secret!9x".into();
    form.password_confirm = "secret!9x".into();
    for p in problems(&check(&form, today())) {
        let (zh, en) = (problem(p, Lang::Zh), problem(p, Lang::En));
        assert!(!zh.contains("secret") && !en.contains("secret"), "{p:?}");
        assert!(!zh.contains('!') && !en.contains('!'), "{p:?}");
    }
}
