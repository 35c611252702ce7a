//! The two registration forms of `view=id`: the resident registration form of 甘州区
//! ([`resident::NOTICE`] 附件1) and the unit portal registration of [`unit::NOTICE`] 附件.
//! They check on submit (GOV.UK pattern), keep what was typed, and can be printed. The rules
//! are `crate::domain::forms`, the words `crate::words::forms`; this module only binds
//! fields and renders. Both forms share their plumbing: [`FormPage`] (state, submit, clear,
//! the problems worded) and [`FormFrame`] (title, source, summary, confirmation, buttons).
//!
//! What was typed lives only in memory, in the page's one store ([`IdStore`]), so that
//! switching the language or the tool does not lose it; it is never put into the URL,
//! storage or a log, and it is gone when the page is closed or reloaded (or at once, with the
//! “clear” button).

use crate::words::labels as L;
use std::time::Duration;

use chrono::NaiveDate;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::checked_fields::{has_errors, problem_of, Bind, CheckboxField, ErrorSummary, FieldMessage, RadioField, SelectField, TextField};
use super::url::today;
use super::{label_of, State};
use crate::domain::forms::resident::{self, prefill_from_id, ResidentForm, ResidentRecord, Subsidy, IDENTITIES};
use crate::domain::forms::unit::{self, UnitForm, UnitRecord};
use crate::domain::forms::{problems, Checked, FieldError, FormField, IdDocType};
use crate::domain::id::Sex;
use crate::domain::inputs::Status;
use crate::domain::lang::{Lang, Text};
use crate::words::forms::{self as words, FieldWords};

/// Which part of `view=id` is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sub {
    #[default]
    Check,
    Resident,
    Unit,
}

/// One form's state kept while the page is open: what was typed, and the outcome of its
/// last check (`None` until checked).
pub struct FormStore<T, R, F> {
    pub form: ArcRwSignal<T>,
    pub checked: ArcRwSignal<Option<Checked<R, F>>>,
}

impl<T: Clone + 'static, R: 'static, F: 'static> FormStore<T, R, F> {
    fn new(blank: T) -> Self {
        FormStore { form: ArcRwSignal::new(blank), checked: ArcRwSignal::new(None) }
    }

    fn forget(&self, blank: T) {
        self.form.set(blank);
        self.checked.set(None);
    }
}

/// Everything `view=id` holds, typed, in one store of signals that outlives its views
/// (switching the tool or the language unmounts them): the views read and write these
/// signals directly; nothing is copied back and forth.
pub struct IdStore {
    pub sub: ArcRwSignal<Sub>,
    /// What is typed in the identity-number field.
    pub id_input: ArcRwSignal<String>,
    /// What was typed when the number was last checked.
    pub id_checked: ArcRwSignal<Option<String>>,
    pub resident: FormStore<ResidentForm, ResidentRecord, resident::Field>,
    pub unit: FormStore<UnitForm, UnitRecord, unit::Field>,
}

thread_local! {
    static STORE: IdStore = IdStore {
        sub: ArcRwSignal::new(Sub::default()),
        id_input: ArcRwSignal::new(String::new()),
        id_checked: ArcRwSignal::new(None),
        resident: FormStore::new(ResidentForm::blank()),
        unit: FormStore::new(UnitForm::blank()),
    };
}

/// Reads the store (its signals are cheap handles: clone what a view needs).
pub fn store<T>(f: impl FnOnce(&IdStore) -> T) -> T {
    STORE.with(f)
}

/// Forgets everything typed into `view=id` (tests), keeping the sub-page.
pub fn forget_typed() {
    store(|s| {
        s.id_input.set(String::new());
        s.id_checked.set(None);
        s.resident.forget(ResidentForm::blank());
        s.unit.forget(UnitForm::blank());
    });
}

/// A choice of a form, bound to a select or radios by its code.
trait Choice: Copy + Send + Sync + 'static {
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self>;
}

macro_rules! impl_choice {
    ($($t:ty),+) => {$(
        impl Choice for $t {
            fn code(self) -> &'static str {
                <$t>::code(self)
            }
            fn from_code(code: &str) -> Option<Self> {
                <$t>::from_code(code)
            }
        }
    )+};
}

impl_choice!(IdDocType, Sex, Status, Subsidy);

/// The options of a choice: each code with its label.
fn options<T: Choice>(all: &[T], label: impl Fn(T, Lang) -> String) -> Vec<(&'static str, Text)> {
    all.iter().map(|&c| (c.code(), Text::new(label(c, Lang::Zh), label(c, Lang::En)))).collect()
}

/// One form on the page: its state, the outcome of its checks and the number of submits
/// (the summary and the confirmation take focus after each).
pub struct FormPage<T: Send + Sync + 'static, R: Send + Sync + 'static, F: Send + Sync + 'static> {
    pub form: RwSignal<T>,
    pub checked: RwSignal<Option<Checked<R, F>>>,
    pub attempt: RwSignal<u32>,
    /// The problems of the last check, worded.
    pub messages: Memo<Vec<FieldMessage>>,
}

impl<T: Send + Sync + 'static, R: Send + Sync + 'static, F: Send + Sync + 'static> Clone for FormPage<T, R, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static, R: Send + Sync + 'static, F: Send + Sync + 'static> Copy for FormPage<T, R, F> {}

impl<T, R, F> FormPage<T, R, F>
where
    T: Clone + Send + Sync + 'static,
    R: Send + Sync + 'static,
    F: FieldWords,
{
    fn new(store: &FormStore<T, R, F>) -> Self {
        let checked: RwSignal<Option<Checked<R, F>>> = store.checked.clone().into();
        let messages = Memo::new(move |_| checked.with(|c| c.as_ref().map(|c| worded(problems(c))).unwrap_or_default()));
        FormPage { form: store.form.clone().into(), checked, attempt: RwSignal::new(0), messages }
    }

    /// Checks what was typed, on today's date.
    fn submit(self, check: fn(&T, NaiveDate) -> Checked<R, F>) {
        self.checked.set(Some(check(&self.form.get_untracked(), today())));
        self.attempt.update(|n| *n += 1);
    }

    /// Empties the form.
    fn clear(self, blank: T) {
        self.form.set(blank);
        self.checked.set(None);
    }

    /// Whether the last check found no error.
    fn accepted(self) -> Signal<bool> {
        Signal::derive(move || self.checked.with(|c| matches!(c, Some(Ok(_)))))
    }

    /// The problem shown on a field.
    fn problem(self, field: F) -> Signal<Option<FieldMessage>> {
        problem_of(self.messages, field.id())
    }

    /// A binding of one text of the form.
    fn text(self, get: fn(&T) -> &String, set: fn(&mut T, String)) -> Bind {
        let form = self.form;
        Bind { get: Signal::derive(move || form.with(|f| get(f).clone())), set: Callback::new(move |v| form.update(|f| set(f, v))) }
    }

    /// A binding of one choice of the form, by its code (empty when not chosen).
    fn choice<C: Choice>(self, get: fn(&T) -> Option<C>, set: fn(&mut T, Option<C>)) -> Bind {
        let form = self.form;
        Bind {
            get: Signal::derive(move || form.with(|f| get(f).map(C::code).unwrap_or_default().to_string())),
            set: Callback::new(move |v: String| form.update(|f| set(f, C::from_code(&v)))),
        }
    }
}

/// The problems worded in both languages, as the fields show them.
fn worded<F: FieldWords>(problems: &[FieldError<F>]) -> Vec<FieldMessage> {
    problems
        .iter()
        .map(|p| FieldMessage {
            field: p.field.id(),
            message: Text::new(words::problem(p, Lang::Zh), words::problem(p, Lang::En)),
            severity: p.severity(),
        })
        .collect()
}

/// A binding of one text field of a form: `text!(page, name)`.
macro_rules! text {
    ($page:expr, $field:ident) => {
        $page.text(|f| &f.$field, |f, v| f.$field = v)
    };
}

/// A binding of one choice of a form: `choice_of!(page, sex)`.
macro_rules! choice_of {
    ($page:expr, $field:ident) => {
        $page.choice(|f| f.$field, |f, v| f.$field = v)
    };
}

fn print_page() {
    let _ = window().print();
}

/// What both forms share around their fields: the title and where the form comes from, the
/// error summary, the confirmation after a check without errors, and the buttons.
#[component]
fn FormFrame(
    /// `rf` or `uf`: the prefix of the test ids.
    prefix: &'static str,
    /// `data-testid` of the section.
    testid: &'static str,
    /// `data-testid` of the error summary.
    summary: &'static str,
    title: Text,
    /// Where the form comes from.
    source: Signal<String>,
    messages: Memo<Vec<FieldMessage>>,
    accepted: Signal<bool>,
    attempt: RwSignal<u32>,
    on_submit: Callback<()>,
    on_clear: Callback<()>,
    children: Children,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let title_id = format!("{prefix}-title");
    view! {
        <section class="form-page" aria-labelledby=title_id.clone() data-testid=testid>
            <h2 id=title_id.clone() class="form-page__title">{move || title.get(lang()).to_string()}</h2>
            <p class="form-page__source">{move || source.get()}</p>
            <ErrorSummary problems=messages attempt testid=summary />
            <CheckedOk prefix messages accepted attempt />
            <form
                class="form"
                novalidate
                autocomplete="off"
                on:submit=move |ev: SubmitEvent| {
                    ev.prevent_default();
                    on_submit.run(());
                }
            >
                {children()}
                <FormButtons prefix on_clear />
            </form>
        </section>
    }
}

/// The buttons under a form: check, print, clear.
#[component]
fn FormButtons(prefix: &'static str, on_clear: Callback<()>) -> impl IntoView {
    view! {
        <div class="form-buttons no-print">
            <button type="submit" class="button" data-testid=format!("{prefix}-submit")>
                {label_of(L::forms::CHECK_THE_FORM)}
            </button>
            <button type="button" class="button button--secondary" data-testid=format!("{prefix}-print") on:click=move |_| print_page()>
                {label_of(L::forms::PRINT)}
            </button>
            <button type="button" class="button button--secondary" data-testid=format!("{prefix}-clear") on:click=move |_| on_clear.run(())>
                {label_of(L::forms::CLEAR_THE_FORM)}
            </button>
        </div>
        <p class="form-note no-print">
            {label_of(L::forms::PRINTING_HAPPENS_ON_YOUR_OWN)}
        </p>
    }
}

/// The confirmation after a check without errors. Like the error summary, it takes focus
/// after each submit that finds no error, so keyboard and screen reader users land on it.
#[component]
fn CheckedOk(prefix: &'static str, messages: Memo<Vec<FieldMessage>>, accepted: Signal<bool>, attempt: RwSignal<u32>) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |prev: Option<u32>| {
        let n = attempt.get();
        if prev.is_some_and(|p| p != n) {
            // After the DOM is updated (the message is shown by the same submit).
            set_timeout(
                move || {
                    if !messages.with_untracked(|ms| has_errors(ms)) {
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
        <Show when=move || accepted.get()>
            <div class="notice notice--ok no-print" role="status" tabindex="-1" node_ref=node data-testid=format!("{prefix}-ok")>
                <p class="notice__title">
                    {label_of(L::forms::NO_ERRORS_FOUND)}
                </p>
                <p>
                    {label_of(L::forms::YOU_CAN_PRINT_THE_FORM)}
                </p>
            </div>
        </Show>
    }
}

/// The resident registration form of 甘州区 ([`resident::NOTICE`] 附件1).
#[component]
pub fn ResidentFormView() -> impl IntoView {
    use resident::Field as F;
    let state = State::get();
    let lang = move || state.lang();
    let page = store(|s| FormPage::new(&s.resident));
    let prefill_note: RwSignal<Option<Result<(), FieldError<F>>>> = RwSignal::new(None);
    let on_clear = Callback::new(move |_| {
        page.clear(ResidentForm::blank());
        prefill_note.set(None);
    });
    let p = move |field| page.problem(field);
    let sexes = options(&Sex::ALL, |s, lang| crate::words::id::sex(s, lang).to_string());
    let identities = options(&IDENTITIES, words::identity);
    let subsidies = options(&Subsidy::ALL, |s, lang| words::subsidy(s, lang).to_string());
    view! {
        <FormFrame
            prefix="rf"
            testid="resident-form"
            summary="rf-summary"
            title=Text::new("甘州区城乡居民基本医疗保险参保登记表", "Ganzhou District resident medical insurance registration form")
            source=Signal::derive(move || words::resident_source(lang()))
            messages=page.messages
            accepted=page.accepted()
            attempt=page.attempt
            on_submit=Callback::new(move |_| page.submit(resident::check))
            on_clear
        >
            <TextField id=F::Name.id() label=Text::new("姓名", "Name") hint=Text::new("与证件上的姓名一致。", "As on the identity document.") bind=text!(page, name) problem=p(F::Name) width="field__input--20" />
            <SelectField id=F::IdType.id() label=Text::new("身份证件类型", "Identity document type") options=doc_types() bind=choice_of!(page, id_type) problem=p(F::IdType) />
            <TextField
                id=F::IdNumber.id()
                label=Text::new("身份证件号码", "Identity document number")
                hint=Text::new("例如 11010519491231002X。可以带空格，小写 x 也可以。", "For example 11010519491231002X. Spaces and a lower-case x are fine.")
                bind=text!(page, id_number)
                problem=p(F::IdNumber)
                width="field__input--20"
            />
            <PrefillFromId form=page.form note=prefill_note />
            <RadioField id=F::Sex.id() legend=Text::new("性别", "Sex") options=sexes bind=choice_of!(page, sex) problem=p(F::Sex) inline=true />
            <TextField id=F::Birth.id() label=Text::new("出生日期", "Date of birth") hint=Text::new("年-月-日，例如 2010-06-01。", "Year-month-day, for example 2010-06-01.") bind=text!(page, birth) problem=p(F::Birth) width="field__input--10" />
            <TextField id=F::Phone.id() label=Text::new("联系电话", "Phone number") hint=Text::new("手机号码，或带区号的固定电话。", "A mobile number, or a landline with its area code.") bind=text!(page, phone) problem=p(F::Phone) input_type="tel" width="field__input--20" />
            <fieldset class="field field--group">
                <legend class="field__legend">{label_of(L::forms::HUKOU_PLACE_OR_WHERE_THE)}</legend>
                <TextField id=F::Province.id() label=Text::new("省（自治区、直辖市）", "Province") bind=text!(page, province) problem=p(F::Province) width="field__input--20" />
                <TextField id=F::City.id() label=Text::new("市（州）", "City") bind=text!(page, city) problem=p(F::City) width="field__input--20" />
                <TextField id=F::County.id() label=Text::new("区（县）", "District or county") bind=text!(page, county) problem=p(F::County) width="field__input--20" />
                <TextField id=F::Village.id() label=Text::new("村（社区）", "Village or community") bind=text!(page, village) problem=p(F::Village) width="field__input--20" />
            </fieldset>
            <TextField id=F::Address.id() label=Text::new("通讯地址", "Postal address") hint=Text::new("写到乡镇（街道）和门牌。", "Down to the township (street) and house number.") bind=text!(page, address) problem=p(F::Address) />
            <RadioField
                id=F::Identity.id()
                legend=Text::new("申请人身份", "Applicant identity")
                hint=Text::new("年龄与身份不相符时，本页会提醒您核对，但不会阻止提交。", "If the age and the identity do not fit, this page asks you to check, but does not stop you.")
                options=identities
                bind=choice_of!(page, identity)
                problem=p(F::Identity)
            />
            <RadioField
                id=F::Subsidy.id()
                legend=Text::new("财政补助对象", "Subsidy category")
                hint=Text::new("由民政、乡村振兴等部门认定的身份。", "As recognised by civil affairs or rural revitalisation.")
                options=subsidies
                bind=choice_of!(page, subsidy)
                problem=p(F::Subsidy)
            />
        </FormFrame>
    }
}

/// The button that fills sex and date of birth from the identity number, and its note: done,
/// or why it cannot.
#[component]
fn PrefillFromId(form: RwSignal<ResidentForm>, note: RwSignal<Option<Result<(), FieldError<resident::Field>>>>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let prefill = move |_| match prefill_from_id(&form.get_untracked(), today()) {
        Ok(p) => {
            form.update(|x| {
                x.sex = Some(p.sex);
                x.birth = crate::domain::date::iso(p.birth);
            });
            note.set(Some(Ok(())));
        }
        Err(e) => note.set(Some(Err(e))),
    };
    view! {
        <div class="prefill no-print">
            <button type="button" class="button button--secondary" data-testid="rf-prefill" on:click=prefill>
                {label_of(L::forms::FILL_IN_SEX_AND_DATE)}
            </button>
            <p class="prefill__note" role="status" data-testid="rf-prefill-note">
                {move || note.with(|r| r.as_ref().map(|r| match r {
                    Ok(()) => L::forms::SEX_AND_DATE_OF_BIRTH.get(lang()).to_string(),
                    Err(e) => words::problem(e, lang()),
                }))}
            </p>
        </div>
    }
}

fn doc_types() -> Vec<(&'static str, Text)> {
    options(&IdDocType::ALL, |t, lang| words::doc_type(t, lang).to_string())
}

/// The unit portal registration of [`unit::NOTICE`] 附件.
#[component]
pub fn UnitFormView() -> impl IntoView {
    use unit::Field as F;
    let state = State::get();
    let lang = move || state.lang();
    let page = store(|s| FormPage::new(&s.unit));
    let p = move |field| page.problem(field);
    let pw_hint = || Text::new("8至16位，同时包含字母和数字。", "8 to 16 characters, with both letters and digits.");
    view! {
        <FormFrame
            prefix="uf"
            testid="unit-form"
            summary="uf-summary"
            title=Text::new("广东医保服务平台单位网厅注册信息检查", "Check the unit portal registration (Guangdong medical insurance platform)")
            source=Signal::derive(move || words::unit_source(lang()))
            messages=page.messages
            accepted=page.accepted()
            attempt=page.attempt
            on_submit=Callback::new(move |_| page.submit(unit::check))
            on_clear=Callback::new(move |_| page.clear(UnitForm::blank()))
        >
            <fieldset class="field field--group">
                <legend class="field__legend">{label_of(L::forms::ACCOUNT)}</legend>
                <TextField id=F::Account.id() label=Text::new("单位账号", "Unit account name") hint=Text::new("8至20位，由数字、字母组成。", "8 to 20 letters and digits.") bind=text!(page, account) problem=p(F::Account) width="field__input--20" />
                <TextField id=F::Password.id() label=Text::new("密码", "Password") hint=pw_hint() bind=text!(page, password) problem=p(F::Password) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
                <TextField id=F::PasswordConfirm.id() label=Text::new("确认密码", "Confirm the password") bind=text!(page, password_confirm) problem=p(F::PasswordConfirm) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
            </fieldset>
            <fieldset class="field field--group">
                <legend class="field__legend">{label_of(L::forms::UNIT)}</legend>
                <TextField id=F::Uscc.id() label=Text::new("统一社会信用代码", "Unified social credit code") hint=Text::new("18位，见营业执照或登记证书，例如 91350100M000100Y43。", "18 characters, on the business licence or registration certificate, for example 91350100M000100Y43.") bind=text!(page, uscc) problem=p(F::Uscc) width="field__input--20" />
                <TextField id=F::UnitName.id() label=Text::new("单位名称", "Unit name") bind=text!(page, unit_name) problem=p(F::UnitName) />
                <TextField id=F::UnitAddress.id() label=Text::new("单位通讯地址", "Unit postal address") bind=text!(page, unit_address) problem=p(F::UnitAddress) />
                <TextField id=F::LegalName.id() label=Text::new("法定代表人姓名", "Legal representative's name") bind=text!(page, legal_name) problem=p(F::LegalName) width="field__input--20" />
                <SelectField id=F::LegalIdType.id() label=Text::new("法定代表人证件类型", "Legal representative's document type") options=doc_types() bind=choice_of!(page, legal_id_type) problem=p(F::LegalIdType) />
                <TextField id=F::LegalIdNumber.id() label=Text::new("法定代表人证件号码", "Legal representative's document number") bind=text!(page, legal_id_number) problem=p(F::LegalIdNumber) width="field__input--20" />
                <TextField id=F::LegalMobile.id() label=Text::new("法定代表人手机号", "Legal representative's mobile number") bind=text!(page, legal_mobile) problem=p(F::LegalMobile) input_type="tel" width="field__input--20" />
            </fieldset>
            <fieldset class="field field--group">
                <legend class="field__legend">{label_of(L::forms::AGENT)}</legend>
                <TextField id=F::AgentName.id() label=Text::new("经办人姓名", "Agent's name") bind=text!(page, agent_name) problem=p(F::AgentName) width="field__input--20" />
                <SelectField id=F::AgentIdType.id() label=Text::new("经办人证件类型", "Agent's document type") options=doc_types() bind=choice_of!(page, agent_id_type) problem=p(F::AgentIdType) />
                <TextField id=F::AgentIdNumber.id() label=Text::new("经办人证件号码", "Agent's document number") bind=text!(page, agent_id_number) problem=p(F::AgentIdNumber) width="field__input--20" />
                <TextField id=F::AgentValidFrom.id() label=Text::new("证件有效起始日期", "Document valid from") hint=Text::new("见身份证背面“有效期限”，年-月-日，例如 2020-03-01。", "See the validity period on the back of the ID card; year-month-day, for example 2020-03-01.") bind=text!(page, agent_valid_from) problem=p(F::AgentValidFrom) width="field__input--10" />
                <TextField id=F::AgentValidTo.id() label=Text::new("证件有效截止日期", "Document valid until") hint=Text::new("年-月-日，例如 2040-03-01。", "Year-month-day, for example 2040-03-01.") bind=text!(page, agent_valid_to) problem=p(F::AgentValidTo) width="field__input--10" />
                <CheckboxField
                    id="uf-agent-long-term"
                    label=Text::new("证件长期有效", "Valid long-term (长期)")
                    checked=Signal::derive(move || page.form.with(|x| x.agent_long_term))
                    set=Callback::new(move |on: bool| page.form.update(|x| x.agent_long_term = on))
                />
                <TextField id=F::AgentMobile.id() label=Text::new("经办人手机号", "Agent's mobile number") bind=text!(page, agent_mobile) problem=p(F::AgentMobile) input_type="tel" width="field__input--20" />
                <TextField id=F::AgentPassword.id() label=Text::new("经办人密码", "Agent's password") hint=pw_hint() bind=text!(page, agent_password) problem=p(F::AgentPassword) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
                <TextField id=F::AgentPasswordConfirm.id() label=Text::new("确认经办人密码", "Confirm the agent's password") bind=text!(page, agent_password_confirm) problem=p(F::AgentPasswordConfirm) input_type="password" autocomplete="new-password" width="field__input--20" no_print=true />
            </fieldset>
        </FormFrame>
    }
}
