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

use super::{
    blank, id_document, mobile, name, parse_date, past_date, text, Checked, Clause, DocFields, FormField, IdDocType, IdDocument, Item,
    Problems, Reason,
};
use crate::domain::id::mobile::Mobile;
use crate::domain::id::portal::{self, Account, Password};
use crate::domain::id::uscc::{self, Uscc};
use crate::domain::id::validity::{self, ValidityError, ValidityPeriod};

/// The notice whose annex is this registration guide: 穗医保中管〔2021〕301号 of the Guangzhou
/// Medical Insurance Service Center, issued 2021-08-31 (`policies/guangzhou-2022.toml`; a test
/// checks that they agree).
pub const NOTICE: &str = "穗医保中管〔2021〕301号";

/// §三(一) of [`NOTICE`]: schools register on the unit portal by [`SCHOOLS_REGISTER_BY`].
pub const SCHOOL_REGISTRATION: Clause = Clause { notice: NOTICE, article: 3, item: Some(Item::Bracketed(1)) };

/// The date by which §三(一) of [`NOTICE`] asks schools to have registered: 2021年9月15日.
pub const SCHOOLS_REGISTER_BY: NaiveDate = match NaiveDate::from_ymd_opt(2021, 9, 15) {
    Some(date) => date,
    None => panic!("2021-09-15 is a date"),
};

/// The fields, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Account,
    Password,
    PasswordConfirm,
    Uscc,
    UnitName,
    UnitAddress,
    LegalName,
    LegalIdType,
    LegalIdNumber,
    LegalMobile,
    AgentName,
    AgentIdType,
    AgentIdNumber,
    AgentValidFrom,
    AgentValidTo,
    AgentMobile,
    AgentPassword,
    AgentPasswordConfirm,
}

impl FormField for Field {
    const ALL: &'static [Field] = &[
        Field::Account,
        Field::Password,
        Field::PasswordConfirm,
        Field::Uscc,
        Field::UnitName,
        Field::UnitAddress,
        Field::LegalName,
        Field::LegalIdType,
        Field::LegalIdNumber,
        Field::LegalMobile,
        Field::AgentName,
        Field::AgentIdType,
        Field::AgentIdNumber,
        Field::AgentValidFrom,
        Field::AgentValidTo,
        Field::AgentMobile,
        Field::AgentPassword,
        Field::AgentPasswordConfirm,
    ];

    fn id(self) -> &'static str {
        match self {
            Field::Account => "uf-account",
            Field::Password => "uf-password",
            Field::PasswordConfirm => "uf-password-confirm",
            Field::Uscc => "uf-uscc",
            Field::UnitName => "uf-unit-name",
            Field::UnitAddress => "uf-unit-address",
            Field::LegalName => "uf-legal-name",
            Field::LegalIdType => "uf-legal-id-type",
            Field::LegalIdNumber => "uf-legal-id-number",
            Field::LegalMobile => "uf-legal-mobile",
            Field::AgentName => "uf-agent-name",
            Field::AgentIdType => "uf-agent-id-type",
            Field::AgentIdNumber => "uf-agent-id-number",
            Field::AgentValidFrom => "uf-agent-valid-from",
            Field::AgentValidTo => "uf-agent-valid-to",
            Field::AgentMobile => "uf-agent-mobile",
            Field::AgentPassword => "uf-agent-password",
            Field::AgentPasswordConfirm => "uf-agent-password-confirm",
        }
    }
}

/// What the user typed (as typed; dates as `YYYY-MM-DD`) or chose (`None` until chosen).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitForm {
    pub account: String,
    pub password: String,
    pub password_confirm: String,
    pub uscc: String,
    pub unit_name: String,
    pub unit_address: String,
    pub legal_name: String,
    pub legal_id_type: Option<IdDocType>,
    pub legal_id_number: String,
    pub legal_mobile: String,
    pub agent_name: String,
    pub agent_id_type: Option<IdDocType>,
    pub agent_id_number: String,
    pub agent_valid_from: String,
    pub agent_valid_to: String,
    /// The agent's document is valid long-term (长期): no end date.
    pub agent_long_term: bool,
    pub agent_mobile: String,
    pub agent_password: String,
    pub agent_password_confirm: String,
}

impl UnitForm {
    /// The form as the page first shows it: both document types the resident identity card.
    pub fn blank() -> UnitForm {
        UnitForm { legal_id_type: Some(IdDocType::ResidentId), agent_id_type: Some(IdDocType::ResidentId), ..UnitForm::default() }
    }
}

/// How long the agent's document is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    /// A period with an end that has not passed.
    Period(ValidityPeriod),
    /// Long-term (长期) from `start`.
    LongTerm { start: NaiveDate },
}

/// The unit's legal representative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Representative {
    pub name: String,
    pub id: IdDocument,
    pub mobile: Mobile,
}

/// The agent (经办人) who uses the portal for the unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    pub name: String,
    pub id: IdDocument,
    pub validity: Validity,
    pub mobile: Mobile,
    pub password: Password,
}

/// A unit portal registration that parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitRecord {
    pub account: Account,
    pub password: Password,
    pub uscc: Uscc,
    pub unit_name: String,
    pub unit_address: String,
    pub legal: Representative,
    pub agent: Agent,
}

/// Parses the whole form on `reference` (today): the record with its warnings, or the
/// problems in field order, at most one per field.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::forms::unit::{check, Field, UnitForm};
/// let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let problems = check(&UnitForm::default(), today).unwrap_err();
/// assert_eq!(problems[0].field, Field::Account);
/// assert_eq!(problems.len(), 18);
/// ```
pub fn check(form: &UnitForm, reference: NaiveDate) -> Checked<UnitRecord, Field> {
    let mut out = Problems::new();
    let account = out.take(Field::Account, account(&form.account));
    let password = password_pair((Field::Password, Field::PasswordConfirm), &form.password, &form.password_confirm, &mut out);
    let uscc = credit_code(&form.uscc, &mut out);
    let unit_name = out.take(Field::UnitName, text(&form.unit_name, 100));
    let unit_address = out.take(Field::UnitAddress, text(&form.unit_address, 100));
    let legal = representative(form, reference, &mut out);
    let agent = agent(form, reference, &mut out);
    let record = (|| {
        Some(UnitRecord {
            account: account?,
            password: password?,
            uscc: uscc?,
            unit_name: unit_name?,
            unit_address: unit_address?,
            legal: legal?,
            agent: agent?,
        })
    })();
    out.finish(record)
}

fn representative(form: &UnitForm, reference: NaiveDate, out: &mut Problems<Field>) -> Option<Representative> {
    let name = out.take(Field::LegalName, name(&form.legal_name));
    let doc = DocFields { doc_type: Field::LegalIdType, number: Field::LegalIdNumber };
    let id = id_document(doc, form.legal_id_type, &form.legal_id_number, reference, out);
    let mobile = out.take(Field::LegalMobile, mobile(&form.legal_mobile));
    Some(Representative { name: name?, id: id?, mobile: mobile? })
}

fn agent(form: &UnitForm, reference: NaiveDate, out: &mut Problems<Field>) -> Option<Agent> {
    let name = out.take(Field::AgentName, name(&form.agent_name));
    let doc = DocFields { doc_type: Field::AgentIdType, number: Field::AgentIdNumber };
    let id = id_document(doc, form.agent_id_type, &form.agent_id_number, reference, out);
    let validity = validity(form, reference, out);
    let mobile = out.take(Field::AgentMobile, mobile(&form.agent_mobile));
    let fields = (Field::AgentPassword, Field::AgentPasswordConfirm);
    let password = password_pair(fields, &form.agent_password, &form.agent_password_confirm, out);
    Some(Agent { name: name?, id: id?, validity: validity?, mobile: mobile?, password: password? })
}

fn account(raw: &str) -> Result<Account, Reason> {
    if blank(raw) {
        return Err(Reason::Missing);
    }
    portal::parse_account(raw).map_err(Reason::Account)
}

/// A password and its confirmation: the password where both are right.
fn password_pair(fields: (Field, Field), password: &str, confirm: &str, out: &mut Problems<Field>) -> Option<Password> {
    let parsed = if password.is_empty() { Err(Reason::Missing) } else { portal::check_password(password).map_err(Reason::Password) };
    let parsed = out.take(fields.0, parsed);
    if confirm.is_empty() {
        out.push(fields.1, Reason::Missing);
        return None;
    }
    if !password.is_empty() && confirm != password {
        out.push(fields.1, Reason::ConfirmMismatch);
        return None;
    }
    parsed
}

fn credit_code(raw: &str, out: &mut Problems<Field>) -> Option<Uscc> {
    if blank(raw) {
        out.push(Field::Uscc, Reason::Missing);
        return None;
    }
    let code = out.take(Field::Uscc, uscc::parse(raw).map_err(Reason::Id))?;
    if let Some(w) = code.warnings().into_iter().next() {
        out.push(Field::Uscc, Reason::IdWarning(w));
    }
    Some(code)
}

fn validity(form: &UnitForm, reference: NaiveDate, out: &mut Problems<Field>) -> Option<Validity> {
    let start = out.take(Field::AgentValidFrom, past_date(&form.agent_valid_from, reference));
    if form.agent_long_term {
        return Some(Validity::LongTerm { start: start? });
    }
    let end = if blank(&form.agent_valid_to) { Err(Reason::Missing) } else { parse_date(&form.agent_valid_to).ok_or(Reason::NotADate) };
    let end = out.take(Field::AgentValidTo, end)?;
    let period = match start {
        Some(start) => validity::check_period(start, end, reference),
        // Without a usable start, only the end can be checked.
        None if end < reference => Err(ValidityError::Expired { end, reference }),
        None => return None,
    };
    out.take(Field::AgentValidTo, period.map_err(Reason::Validity)).map(Validity::Period)
}
