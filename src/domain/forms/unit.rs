//! The unit portal (广东医保服务平台单位网厅) registration of 穗医保中管〔2021〕301号 附件
//! (《广东医保服务平台单位网厅注册操作指引》), checked before the school types it into the portal.
//!
//! Fields, in the portal's order: unit account (8-20 letters and digits), password (8-16,
//! letters and digits, both) and its confirmation; unified social credit code, unit name,
//! postal address; legal representative's name, ID type, ID number, mobile; the agent's
//! (经办人) name, ID type, ID number, ID validity start and end (or long-term), mobile,
//! password and its confirmation. The portal's captcha and SMS code are its own and are not
//! part of this check.

use chrono::NaiveDate;

use super::{blank, check_id_number, check_mobile, check_name, check_text, parse_date, FieldError, Problems};
use crate::domain::id::{portal, uscc, validity, IdError};

/// The field ids, in page order.
pub mod field {
    pub const ACCOUNT: &str = "uf-account";
    pub const PASSWORD: &str = "uf-password";
    pub const PASSWORD_CONFIRM: &str = "uf-password-confirm";
    pub const USCC: &str = "uf-uscc";
    pub const UNIT_NAME: &str = "uf-unit-name";
    pub const UNIT_ADDRESS: &str = "uf-unit-address";
    pub const LEGAL_NAME: &str = "uf-legal-name";
    pub const LEGAL_ID_TYPE: &str = "uf-legal-id-type";
    pub const LEGAL_ID_NUMBER: &str = "uf-legal-id-number";
    pub const LEGAL_MOBILE: &str = "uf-legal-mobile";
    pub const AGENT_NAME: &str = "uf-agent-name";
    pub const AGENT_ID_TYPE: &str = "uf-agent-id-type";
    pub const AGENT_ID_NUMBER: &str = "uf-agent-id-number";
    pub const AGENT_VALID_FROM: &str = "uf-agent-valid-from";
    pub const AGENT_VALID_TO: &str = "uf-agent-valid-to";
    pub const AGENT_MOBILE: &str = "uf-agent-mobile";
    pub const AGENT_PASSWORD: &str = "uf-agent-password";
    pub const AGENT_PASSWORD_CONFIRM: &str = "uf-agent-password-confirm";
    /// Every field, in page order.
    pub const ORDER: [&str; 18] = [
        ACCOUNT,
        PASSWORD,
        PASSWORD_CONFIRM,
        USCC,
        UNIT_NAME,
        UNIT_ADDRESS,
        LEGAL_NAME,
        LEGAL_ID_TYPE,
        LEGAL_ID_NUMBER,
        LEGAL_MOBILE,
        AGENT_NAME,
        AGENT_ID_TYPE,
        AGENT_ID_NUMBER,
        AGENT_VALID_FROM,
        AGENT_VALID_TO,
        AGENT_MOBILE,
        AGENT_PASSWORD,
        AGENT_PASSWORD_CONFIRM,
    ];
}

/// What the user typed, as raw strings (ID types as [`super::IdDocType`] codes, dates as
/// `YYYY-MM-DD`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitForm {
    pub account: String,
    pub password: String,
    pub password_confirm: String,
    pub uscc: String,
    pub unit_name: String,
    pub unit_address: String,
    pub legal_name: String,
    pub legal_id_type: String,
    pub legal_id_number: String,
    pub legal_mobile: String,
    pub agent_name: String,
    pub agent_id_type: String,
    pub agent_id_number: String,
    pub agent_valid_from: String,
    pub agent_valid_to: String,
    /// The agent's document is valid long-term (长期): no end date.
    pub agent_long_term: bool,
    pub agent_mobile: String,
    pub agent_password: String,
    pub agent_password_confirm: String,
}

/// Checks the whole form on `reference` (today): the problems in field order, at most one
/// per field.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::forms::unit::{check, UnitForm};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let problems = check(&UnitForm::default(), today);
/// assert_eq!(problems[0].field, "uf-account");
/// assert_eq!(problems.len(), 18);
/// ```
pub fn check(form: &UnitForm, reference: NaiveDate) -> Vec<FieldError> {
    let mut out = Problems::default();
    out.push_result(check_account(&form.account));
    check_password_pair(
        (field::PASSWORD, field::PASSWORD_CONFIRM),
        &form.password,
        &form.password_confirm,
        ("单位密码", "the unit password"),
        &mut out,
    );
    out.push_result(check_uscc(&form.uscc));
    out.push_result(check_text(field::UNIT_NAME, &form.unit_name, 100, ("单位名称", "the unit name")));
    out.push_result(check_text(field::UNIT_ADDRESS, &form.unit_address, 100, ("单位通讯地址", "the unit's postal address")));
    out.push_result(check_name(field::LEGAL_NAME, &form.legal_name, ("法定代表人姓名", "the legal representative's name")));
    check_id_number(
        field::LEGAL_ID_TYPE,
        field::LEGAL_ID_NUMBER,
        &form.legal_id_type,
        &form.legal_id_number,
        ("法定代表人", "the legal representative's"),
        reference,
        &mut out,
    );
    out.push_result(check_mobile(
        field::LEGAL_MOBILE,
        &form.legal_mobile,
        ("法定代表人手机号", "the legal representative's mobile number"),
    ));
    out.push_result(check_name(field::AGENT_NAME, &form.agent_name, ("经办人姓名", "the agent's name")));
    check_id_number(
        field::AGENT_ID_TYPE,
        field::AGENT_ID_NUMBER,
        &form.agent_id_type,
        &form.agent_id_number,
        ("经办人", "the agent's"),
        reference,
        &mut out,
    );
    check_validity(form, reference, &mut out);
    out.push_result(check_mobile(field::AGENT_MOBILE, &form.agent_mobile, ("经办人手机号", "the agent's mobile number")));
    check_password_pair(
        (field::AGENT_PASSWORD, field::AGENT_PASSWORD_CONFIRM),
        &form.agent_password,
        &form.agent_password_confirm,
        ("经办人密码", "the agent's password"),
        &mut out,
    );
    out.into_ordered(&field::ORDER)
}

fn check_account(raw: &str) -> Result<(), FieldError> {
    if blank(raw) {
        return Err(FieldError::error(
            field::ACCOUNT,
            "请输入单位账号：8至20位字母或数字，例如 school2021。",
            "Enter the unit account name: 8 to 20 letters or digits, for example school2021.",
        ));
    }
    portal::parse_account(raw).map(|_| ()).map_err(|e| FieldError::from_id_error(field::ACCOUNT, &e))
}

fn check_password_pair(ids: (&'static str, &'static str), password: &str, confirm: &str, what: (&str, &str), out: &mut Problems) {
    if password.is_empty() {
        out.push(FieldError::error(
            ids.0,
            format!("请输入{}：8至16位，同时包含字母和数字。", what.0),
            format!("Enter {}: 8 to 16 characters, with both letters and digits.", what.1),
        ));
    } else if let Err(e) = portal::check_password(password) {
        out.push(FieldError::from_id_error(ids.0, &e));
    }
    if confirm.is_empty() {
        out.push(FieldError::error(ids.1, format!("请再次输入{}以确认。", what.0), format!("Enter {} again to confirm it.", what.1)));
    } else if !password.is_empty() && confirm != password {
        out.push(FieldError::error(
            ids.1,
            format!("两次输入的{}不一致。请再次输入同一个密码。", what.0),
            format!("The two entries of {} do not match. Enter the same password again.", what.1),
        ));
    }
}

fn check_uscc(raw: &str) -> Result<(), FieldError> {
    if blank(raw) {
        return Err(FieldError::error(
            field::USCC,
            "请输入18位统一社会信用代码，例如 91350100M000100Y43。",
            "Enter the 18-character unified social credit code, for example 91350100M000100Y43.",
        ));
    }
    let code = uscc::parse(raw).map_err(|e| FieldError::from_id_error(field::USCC, &e))?;
    match code.warnings().first() {
        Some(w) => {
            use crate::domain::lang::Lang;
            Err(FieldError::warning(field::USCC, w.message(Lang::Zh), w.message(Lang::En)))
        }
        None => Ok(()),
    }
}

fn check_validity(form: &UnitForm, reference: NaiveDate, out: &mut Problems) {
    let start = if blank(&form.agent_valid_from) {
        out.push(FieldError::error(
            field::AGENT_VALID_FROM,
            "请输入证件有效期的起始日期，例如 2020-03-01（见身份证背面“有效期限”）。",
            "Enter the start of the document's validity period, for example 2020-03-01 (see “valid period” on the back of the ID card).",
        ));
        None
    } else {
        match parse_date(&form.agent_valid_from) {
            Some(d) if d > reference => {
                out.push(FieldError::error(
                    field::AGENT_VALID_FROM,
                    format!("有效期起始日期 {d} 晚于今天（{reference}）。请对照证件背面的有效期限核对。"),
                    format!("The start of the validity period, {d}, is after today ({reference}). Check the validity period on the back of the card."),
                ));
                None
            }
            Some(d) => Some(d),
            None => {
                out.push(bad_date(field::AGENT_VALID_FROM, ("有效期起始日期", "The start of the validity period")));
                None
            }
        }
    };
    if form.agent_long_term {
        return;
    }
    if blank(&form.agent_valid_to) {
        out.push(FieldError::error(
            field::AGENT_VALID_TO,
            "请输入证件有效期的截止日期，例如 2040-03-01；证件长期有效的，请勾选“长期有效”。",
            "Enter the end of the document's validity period, for example 2040-03-01; if the document is valid long-term, tick “Valid long-term”.",
        ));
        return;
    }
    let Some(end) = parse_date(&form.agent_valid_to) else {
        out.push(bad_date(field::AGENT_VALID_TO, ("有效期截止日期", "The end of the validity period")));
        return;
    };
    let Some(start) = start else {
        // Without a usable start, only the end can be checked.
        if end < reference {
            out.push(FieldError::from_id_error(field::AGENT_VALID_TO, &IdError::Expired { end, reference }));
        }
        return;
    };
    if let Err(e) = validity::check_period(start, end, reference) {
        out.push(FieldError::from_id_error(field::AGENT_VALID_TO, &e));
    }
}

fn bad_date(id: &'static str, what: (&str, &str)) -> FieldError {
    FieldError::error(
        id,
        format!("{}应为真实的日期，格式为 年-月-日，例如 2020-03-01。", what.0),
        format!("{} must be a real date, written year-month-day, for example 2020-03-01.", what.1),
    )
}
