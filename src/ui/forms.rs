//! The two registration forms of `view=id`: the resident registration form of 甘州区
//! (区医保发〔2022〕69号 附件1) and the unit portal registration of 穗医保中管〔2021〕301号 附件.
//! They check on submit (GOV.UK pattern), keep what was typed, and can be printed. The rules
//! are `crate::domain::forms`; this module only binds fields and renders.
//!
//! What was typed lives only in memory ([`Memory`]) so that switching the language or the
//! tool does not lose it; it is never put into the URL, storage or a log, and it is gone
//! when the page is closed or reloaded (or at once, with the “clear” button).

use std::cell::RefCell;
use std::time::Duration;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::form::{problem_of, Bind, CheckboxField, ErrorSummary, RadioField, SelectField, TextField};
use super::url::today;
use super::{tr, State};
use crate::domain::forms::resident::{self, identity_label, prefill_from_id, ResidentForm, Subsidy, IDENTITIES};
use crate::domain::forms::unit::{self, UnitForm};
use crate::domain::forms::{has_errors, FieldError, IdDocType};
use crate::domain::id::Sex;
use crate::domain::lang::Text;

/// Which part of `view=id` is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sub {
    #[default]
    Check,
    Resident,
    Unit,
}

/// What was typed into `view=id`, kept in memory only (never storage) while the page is open.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    pub sub: Sub,
    pub id_input: String,
    pub id_checked: Option<String>,
    pub resident: Option<ResidentForm>,
    pub resident_problems: Vec<FieldError>,
    pub resident_checked: bool,
    pub unit: Option<UnitForm>,
    pub unit_problems: Vec<FieldError>,
    pub unit_checked: bool,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// Reads the memory.
pub fn recall<T>(f: impl FnOnce(&Memory) -> T) -> T {
    MEMORY.with(|m| f(&m.borrow()))
}

/// Changes the memory.
pub fn remember(f: impl FnOnce(&mut Memory)) {
    MEMORY.with(|m| f(&mut m.borrow_mut()))
}

/// Forgets everything typed into `view=id` (the forms' “clear” buttons; tests).
pub fn forget_typed() {
    remember(|m| *m = Memory { sub: m.sub, ..Memory::default() });
}

/// A binding of one string field of a form signal.
macro_rules! bind {
    ($form:expr, $field:ident) => {{
        let form = $form;
        Bind {
            get: Signal::derive(move || form.with(|f| f.$field.clone())),
            set: Callback::new(move |v: String| form.update(|f| f.$field = v)),
        }
    }};
}

fn id_types() -> Vec<(&'static str, Text)> {
    IdDocType::ALL.iter().map(|t| (t.code(), t.label())).collect()
}

fn print_page() {
    let _ = window().print();
}

/// The buttons under a form: check, print, clear.
#[component]
fn FormButtons(prefix: &'static str, on_clear: Callback<()>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <div class="form-buttons no-print">
            <button type="submit" class="button" data-testid=format!("{prefix}-submit")>
                {move || tr(lang(), "检查表格", "Check the form")}
            </button>
            <button type="button" class="button button--secondary" data-testid=format!("{prefix}-print") on:click=move |_| print_page()>
                {move || tr(lang(), "打印", "Print")}
            </button>
            <button type="button" class="button button--secondary" data-testid=format!("{prefix}-clear") on:click=move |_| on_clear.run(())>
                {move || tr(lang(), "清空表格", "Clear the form")}
            </button>
        </div>
        <p class="form-note no-print">
            {move || tr(
                lang(),
                "打印在您自己的电脑上进行；表格内容不会被发送或保存，关闭或刷新页面后即清除。",
                "Printing happens on your own computer; nothing in the form is sent or stored, and it is gone when you close or reload the page.",
            )}
        </p>
    }
}

/// The confirmation after a check without errors. Like the error summary, it takes focus
/// after each submit that finds no error, so keyboard and screen reader users land on it.
#[component]
fn CheckedOk(prefix: &'static str, problems: RwSignal<Vec<FieldError>>, checked: RwSignal<bool>, attempt: RwSignal<u32>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |prev: Option<u32>| {
        let n = attempt.get();
        if prev.is_some_and(|p| p != n) {
            // After the DOM is updated (the message is shown by the same submit).
            set_timeout(
                move || {
                    if !problems.with_untracked(|ps| has_errors(ps)) {
                        if let Some(el) = node.get_untracked() {
                            let _ = el.focus();
                        }
                    }
                },
                Duration::ZERO,
            );
        }
        n
    });
    view! {
        <Show when=move || checked.get() && !problems.with(|p| has_errors(p))>
            <div class="notice notice--ok no-print" role="status" tabindex="-1" node_ref=node data-testid=format!("{prefix}-ok")>
                <p class="notice__title">
                    {move || tr(lang(), "没有发现需要改正的错误。", "No errors found.")}
                </p>
                <p>
                    {move || tr(
                        lang(),
                        "可以打印本表格，或按表格内容到经办机构办理。",
                        "You can print the form, or use what it says at the office.",
                    )}
                </p>
            </div>
        </Show>
    }
}

/// The resident registration form of 甘州区 (区医保发〔2022〕69号 附件1).
#[component]
pub fn ResidentFormView() -> impl IntoView {
    use resident::field as f;
    let state = State::get();
    let lang = move || state.lang();
    let initial = recall(|m| m.resident.clone()).unwrap_or_else(|| ResidentForm { id_type: "resident-id".into(), ..Default::default() });
    let form = RwSignal::new(initial);
    let problems = RwSignal::new(recall(|m| m.resident_problems.clone()));
    let checked = RwSignal::new(recall(|m| m.resident_checked));
    let attempt = RwSignal::new(0u32);
    let prefill_note: RwSignal<Option<Result<(), FieldError>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let (f, p, c) = (form.get(), problems.get(), checked.get());
        remember(|m| {
            m.resident = Some(f);
            m.resident_problems = p;
            m.resident_checked = c;
        });
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        problems.set(resident::check(&form.get_untracked(), today()));
        checked.set(true);
        attempt.update(|n| *n += 1);
    };
    let prefill = move |_| match prefill_from_id(&form.get_untracked(), today()) {
        Ok(p) => {
            form.update(|x| {
                x.sex = p.sex.to_string();
                x.birth = p.birth;
            });
            prefill_note.set(Some(Ok(())));
        }
        Err(e) => prefill_note.set(Some(Err(e))),
    };
    let on_clear = Callback::new(move |_| {
        form.set(ResidentForm { id_type: "resident-id".into(), ..Default::default() });
        problems.set(Vec::new());
        checked.set(false);
        prefill_note.set(None);
    });
    let p = move |id| problem_of(problems, id);
    view! {
        <section class="form-page" aria-labelledby="rf-title" data-testid="resident-form">
            <h2 id="rf-title" class="form-page__title">
                {move || tr(lang(), "甘州区城乡居民基本医疗保险参保登记表", "Ganzhou District resident medical insurance registration form")}
            </h2>
            <p class="form-page__source">
                {move || tr(
                    lang(),
                    "按 区医保发〔2022〕69号（张掖市甘州区）附件1 的栏目填写，先在这里检查，再打印或照此填写纸质表。首次参保或中断参保的居民，携带户口簿或身份证到乡镇、街道（社区）办理登记（第五条）。",
                    "The fields of annex 1 of 区医保发〔2022〕69号 (Ganzhou District, Zhangye). Check them here, then print or copy them onto the paper form. First-time or interrupted enrollees register at the township or street (community) office with their hukou book or ID card (§5).",
                )}
            </p>
            <ErrorSummary problems attempt testid="rf-summary" />
            <CheckedOk prefix="rf" problems checked attempt />
            <form class="form" novalidate autocomplete="off" on:submit=on_submit>
                <TextField id=f::NAME label=Text::new("姓名", "Name") hint=Text::new("与证件上的姓名一致。", "As on the identity document.") bind=bind!(form, name) problem=p(f::NAME) width="field__input--20" />
                <SelectField id=f::ID_TYPE label=Text::new("身份证件类型", "Identity document type") options=id_types() bind=bind!(form, id_type) problem=p(f::ID_TYPE) />
                <TextField
                    id=f::ID_NUMBER
                    label=Text::new("身份证件号码", "Identity document number")
                    hint=Text::new("例如 11010519491231002X。可以带空格，小写 x 也可以。", "For example 11010519491231002X. Spaces and a lower-case x are fine.")
                    bind=bind!(form, id_number)
                    problem=p(f::ID_NUMBER)
                    width="field__input--20"
                />
                <div class="prefill no-print">
                    <button type="button" class="button button--secondary" data-testid="rf-prefill" on:click=prefill>
                        {move || tr(lang(), "按证件号码填写性别和出生日期", "Fill in sex and date of birth from the ID number")}
                    </button>
                    <p class="prefill__note" role="status" data-testid="rf-prefill-note">
                        {move || prefill_note.get().map(|r| match r {
                            Ok(()) => tr(lang(), "已按证件号码填写性别和出生日期，请核对。", "Sex and date of birth were filled in from the ID number; please check them.").to_string(),
                            Err(e) => e.message.get(lang()).to_string(),
                        })}
                    </p>
                </div>
                <RadioField
                    id=f::SEX
                    legend=Text::new("性别", "Sex")
                    options=vec![("male", Sex::Male.label()), ("female", Sex::Female.label())]
                    bind=bind!(form, sex)
                    problem=p(f::SEX)
                    inline=true
                />
                <TextField id=f::BIRTH label=Text::new("出生日期", "Date of birth") hint=Text::new("年-月-日，例如 2010-06-01。", "Year-month-day, for example 2010-06-01.") bind=bind!(form, birth) problem=p(f::BIRTH) width="field__input--10" />
                <TextField id=f::PHONE label=Text::new("联系电话", "Phone number") hint=Text::new("手机号码，或带区号的固定电话。", "A mobile number, or a landline with its area code.") bind=bind!(form, phone) problem=p(f::PHONE) input_type="tel" width="field__input--20" />
                <fieldset class="field field--group">
                    <legend class="field__legend">{move || tr(lang(), "户籍所在地（居住证登记地）", "Hukou place (or where the residence permit was registered)")}</legend>
                    <TextField id=f::PROVINCE label=Text::new("省（自治区、直辖市）", "Province") bind=bind!(form, province) problem=p(f::PROVINCE) width="field__input--20" />
                    <TextField id=f::CITY label=Text::new("市（州）", "City") bind=bind!(form, city) problem=p(f::CITY) width="field__input--20" />
                    <TextField id=f::COUNTY label=Text::new("区（县）", "District or county") bind=bind!(form, county) problem=p(f::COUNTY) width="field__input--20" />
                    <TextField id=f::VILLAGE label=Text::new("村（社区）", "Village or community") bind=bind!(form, village) problem=p(f::VILLAGE) width="field__input--20" />
                </fieldset>
                <TextField id=f::ADDRESS label=Text::new("通讯地址", "Postal address") hint=Text::new("写到乡镇（街道）和门牌。", "Down to the township (street) and house number.") bind=bind!(form, address) problem=p(f::ADDRESS) />
                <RadioField
                    id=f::IDENTITY
                    legend=Text::new("申请人身份", "Applicant identity")
                    hint=Text::new("年龄与身份不相符时，本页会提醒您核对，但不会阻止提交。", "If the age and the identity do not fit, this page asks you to check, but does not stop you.")
                    options=IDENTITIES.iter().map(|s| (s.code(), identity_label(*s))).collect()
                    bind=bind!(form, identity)
                    problem=p(f::IDENTITY)
                />
                <RadioField
                    id=f::SUBSIDY
                    legend=Text::new("财政补助对象", "Subsidy category")
                    hint=Text::new("由民政、乡村振兴等部门认定的身份。", "As recognised by civil affairs or rural revitalisation.")
                    options=Subsidy::ALL.iter().map(|s| (s.code(), s.label())).collect()
                    bind=bind!(form, subsidy)
                    problem=p(f::SUBSIDY)
                />
                <FormButtons prefix="rf" on_clear />
            </form>
        </section>
    }
}

/// The unit portal registration of 穗医保中管〔2021〕301号 附件.
#[component]
pub fn UnitFormView() -> impl IntoView {
    use unit::field as f;
    let state = State::get();
    let lang = move || state.lang();
    let fresh = || UnitForm { legal_id_type: "resident-id".into(), agent_id_type: "resident-id".into(), ..Default::default() };
    let form = RwSignal::new(recall(|m| m.unit.clone()).unwrap_or_else(fresh));
    let problems = RwSignal::new(recall(|m| m.unit_problems.clone()));
    let checked = RwSignal::new(recall(|m| m.unit_checked));
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        let (f, p, c) = (form.get(), problems.get(), checked.get());
        remember(|m| {
            m.unit = Some(f);
            m.unit_problems = p;
            m.unit_checked = c;
        });
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        problems.set(unit::check(&form.get_untracked(), today()));
        checked.set(true);
        attempt.update(|n| *n += 1);
    };
    let on_clear = Callback::new(move |_| {
        form.set(fresh());
        problems.set(Vec::new());
        checked.set(false);
    });
    let p = move |id| problem_of(problems, id);
    let pw_hint = || Text::new("8至16位，同时包含字母和数字。", "8 to 16 characters, with both letters and digits.");
    view! {
        <section class="form-page" aria-labelledby="uf-title" data-testid="unit-form">
            <h2 id="uf-title" class="form-page__title">
                {move || tr(lang(), "广东医保服务平台单位网厅注册信息检查", "Check the unit portal registration (Guangdong medical insurance platform)")}
            </h2>
            <p class="form-page__source">
                {move || tr(
                    lang(),
                    "按 穗医保中管〔2021〕301号 附件《广东医保服务平台单位网厅注册操作指引》的栏目，先在这里检查，再到单位网厅注册。学校应于2021年9月15日前完成注册（第三条第（一）项）。图形验证码和短信验证码由单位网厅自己发送和核验，本页不检查。",
                    "The fields of the annex of 穗医保中管〔2021〕301号 (the unit portal registration guide). Check them here, then register on the portal; schools were to register by 15 September 2021 (§3(1)). The captcha and the SMS code are the portal's own and are not checked here.",
                )}
            </p>
            <ErrorSummary problems attempt testid="uf-summary" />
            <CheckedOk prefix="uf" problems checked attempt />
            <form class="form" novalidate autocomplete="off" on:submit=on_submit>
                <fieldset class="field field--group">
                    <legend class="field__legend">{move || tr(lang(), "账号信息", "Account")}</legend>
                    <TextField id=f::ACCOUNT label=Text::new("单位账号", "Unit account name") hint=Text::new("8至20位，由数字、字母组成。", "8 to 20 letters and digits.") bind=bind!(form, account) problem=p(f::ACCOUNT) width="field__input--20" />
                    <TextField id=f::PASSWORD label=Text::new("密码", "Password") hint=pw_hint() bind=bind!(form, password) problem=p(f::PASSWORD) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
                    <TextField id=f::PASSWORD_CONFIRM label=Text::new("确认密码", "Confirm the password") bind=bind!(form, password_confirm) problem=p(f::PASSWORD_CONFIRM) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
                </fieldset>
                <fieldset class="field field--group">
                    <legend class="field__legend">{move || tr(lang(), "企业信息", "Unit")}</legend>
                    <TextField id=f::USCC label=Text::new("统一社会信用代码", "Unified social credit code") hint=Text::new("18位，见营业执照或登记证书，例如 91350100M000100Y43。", "18 characters, on the business licence or registration certificate, for example 91350100M000100Y43.") bind=bind!(form, uscc) problem=p(f::USCC) width="field__input--20" />
                    <TextField id=f::UNIT_NAME label=Text::new("单位名称", "Unit name") bind=bind!(form, unit_name) problem=p(f::UNIT_NAME) />
                    <TextField id=f::UNIT_ADDRESS label=Text::new("单位通讯地址", "Unit postal address") bind=bind!(form, unit_address) problem=p(f::UNIT_ADDRESS) />
                    <TextField id=f::LEGAL_NAME label=Text::new("法定代表人姓名", "Legal representative's name") bind=bind!(form, legal_name) problem=p(f::LEGAL_NAME) width="field__input--20" />
                    <SelectField id=f::LEGAL_ID_TYPE label=Text::new("法定代表人证件类型", "Legal representative's document type") options=id_types() bind=bind!(form, legal_id_type) problem=p(f::LEGAL_ID_TYPE) />
                    <TextField id=f::LEGAL_ID_NUMBER label=Text::new("法定代表人证件号码", "Legal representative's document number") bind=bind!(form, legal_id_number) problem=p(f::LEGAL_ID_NUMBER) width="field__input--20" />
                    <TextField id=f::LEGAL_MOBILE label=Text::new("法定代表人手机号", "Legal representative's mobile number") bind=bind!(form, legal_mobile) problem=p(f::LEGAL_MOBILE) input_type="tel" width="field__input--20" />
                </fieldset>
                <fieldset class="field field--group">
                    <legend class="field__legend">{move || tr(lang(), "经办人信息", "Agent (经办人)")}</legend>
                    <TextField id=f::AGENT_NAME label=Text::new("经办人姓名", "Agent's name") bind=bind!(form, agent_name) problem=p(f::AGENT_NAME) width="field__input--20" />
                    <SelectField id=f::AGENT_ID_TYPE label=Text::new("经办人证件类型", "Agent's document type") options=id_types() bind=bind!(form, agent_id_type) problem=p(f::AGENT_ID_TYPE) />
                    <TextField id=f::AGENT_ID_NUMBER label=Text::new("经办人证件号码", "Agent's document number") bind=bind!(form, agent_id_number) problem=p(f::AGENT_ID_NUMBER) width="field__input--20" />
                    <TextField id=f::AGENT_VALID_FROM label=Text::new("证件有效起始日期", "Document valid from") hint=Text::new("见身份证背面“有效期限”，年-月-日，例如 2020-03-01。", "See the validity period on the back of the ID card; year-month-day, for example 2020-03-01.") bind=bind!(form, agent_valid_from) problem=p(f::AGENT_VALID_FROM) width="field__input--10" />
                    <TextField id=f::AGENT_VALID_TO label=Text::new("证件有效截止日期", "Document valid until") hint=Text::new("年-月-日，例如 2040-03-01。", "Year-month-day, for example 2040-03-01.") bind=bind!(form, agent_valid_to) problem=p(f::AGENT_VALID_TO) width="field__input--10" />
                    <CheckboxField
                        id="uf-agent-long-term"
                        label=Text::new("证件长期有效", "Valid long-term (长期)")
                        checked=Signal::derive(move || form.with(|x| x.agent_long_term))
                        set=Callback::new(move |on: bool| form.update(|x| x.agent_long_term = on))
                    />
                    <TextField id=f::AGENT_MOBILE label=Text::new("经办人手机号", "Agent's mobile number") bind=bind!(form, agent_mobile) problem=p(f::AGENT_MOBILE) input_type="tel" width="field__input--20" />
                    <TextField id=f::AGENT_PASSWORD label=Text::new("经办人密码", "Agent's password") hint=pw_hint() bind=bind!(form, agent_password) problem=p(f::AGENT_PASSWORD) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
                    <TextField id=f::AGENT_PASSWORD_CONFIRM label=Text::new("确认经办人密码", "Confirm the agent's password") bind=bind!(form, agent_password_confirm) problem=p(f::AGENT_PASSWORD_CONFIRM) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
                </fieldset>
                <FormButtons prefix="uf" on_clear />
            </form>
        </section>
    }
}
