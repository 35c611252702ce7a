//! `view=id`: the identity-number check, and the two registration forms (resident form of
//! 甘州区, unit portal registration of Guangzhou) as sub-pages. The sub-page is not in the URL,
//! and nothing typed is: the contract (`../shared/CONTRACT.md`) forbids it.

use crate::words::labels as L;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::forms::{store, ResidentFormView, Sub, UnitFormView};
use super::url::today;
use super::{label_of, tr, State};
use crate::domain::id::{detect_and_parse, IdCheck, IdError, IdInfo, IdKind};
use crate::words::id as words;

/// The page of `view=id`: a heading, the sub-page switch and the sub-page.
#[component]
pub fn IdPage() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let sub: RwSignal<Sub> = store(|s| s.sub.clone().into());
    let tab = move |s: Sub, testid: &'static str, zh: &'static str, en: &'static str| {
        view! {
            <button
                type="button"
                class="subnav__tab"
                data-testid=testid
                aria-current=move || (sub.get() == s).then_some("true")
                on:click=move |_| sub.set(s)
            >
                {move || tr(lang(), zh, en)}
            </button>
        }
    };
    view! {
        <div class="idpage">
            <h1 class="idpage__title no-print">{label_of(L::idcheck::CHECK_IDENTITY_NUMBERS_AND_REGISTRATION)}</h1>
            <nav class="subnav no-print" aria-label=label_of(L::idcheck::WHAT_TO_CHECK)>
                {tab(Sub::Check, "id-tab-check", "证件号码核验", "Identity number")}
                {tab(Sub::Resident, "id-tab-resident", "居民参保登记表（甘州区）", "Resident registration form (Ganzhou District)")}
                {tab(Sub::Unit, "id-tab-unit", "单位网厅注册（广州）", "Unit portal registration (Guangzhou)")}
            </nav>
            {move || match sub.get() {
                Sub::Check => view! { <IdCheckForm /> }.into_any(),
                Sub::Resident => view! { <ResidentFormView /> }.into_any(),
                Sub::Unit => view! { <UnitFormView /> }.into_any(),
            }}
        </div>
    }
}

/// One field for any identity number, checked on submit; the result below it.
#[component]
fn IdCheckForm() -> impl IntoView {
    let (input, checked): (RwSignal<String>, RwSignal<Option<String>>) =
        store(|s| (s.id_input.clone().into(), s.id_checked.clone().into()));
    let result = Memo::new(move |_| checked.get().map(|s| detect_and_parse(&s, today())));
    let invalid = move || result.with(|r| r.as_ref().is_some_and(|r| !r.is_valid()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        checked.set(Some(input.get_untracked()));
    };
    view! {
        <section class="form-page" aria-labelledby="idc-title">
            <h2 id="idc-title" class="form-page__title">{label_of(L::idcheck::CHECK_AN_IDENTITY_NUMBER)}</h2>
            <form class="form idcheck" novalidate autocomplete="off" on:submit=on_submit>
                <div class="field" class:field--error=invalid>
                    <label class="field__label" for="id-input">{label_of(L::idcheck::IDENTITY_NUMBER)}</label>
                    <p class="field__hint" id="id-input-hint">
                        {label_of(L::idcheck::A_RESIDENT_ID_NUMBER_18)}
                    </p>
                    <input
                        class="field__input field__input--20 idcheck__input"
                        class:field__input--error=invalid
                        type="text"
                        id="id-input"
                        data-testid="id-input"
                        autocomplete="off"
                        spellcheck="false"
                        autocapitalize="characters"
                        aria-describedby=move || if result.with(Option::is_some) { "id-input-hint id-result" } else { "id-input-hint" }
                        aria-invalid=move || invalid().then_some("true")
                        prop:value=move || input.get()
                        on:input=move |ev| input.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button" data-testid="id-submit">{label_of(L::idcheck::CHECK)}</button>
            </form>
            <div class="idcheck__live" role="status" aria-live="polite">
                {move || result.get().map(|r| view! { <IdResult check=r /> })}
            </div>
        </section>
    }
}

/// What the number is and tells, or exactly what to fix.
#[component]
fn IdResult(check: IdCheck) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let kind = check.kind();
    let (birth, sex, region) = (check.data_birth(), check.data_sex(), check.data_region());
    let valid = check.is_valid();
    let body = match check {
        IdCheck::Valid(info) => view! { <ValidDetails info /> }.into_any(),
        IdCheck::Invalid { error, normalised, .. } => view! {
            <h3 class="id-result__title">{move || words::heading(&error, lang())}</h3>
            <p class="id-result__error" data-testid="id-error" data-code=error.code()>{move || words::error(&error, lang())}</p>
            // Nothing entered: nothing was checked as any kind.
            <p class="id-result__kind" hidden=matches!(error, IdError::Empty { .. })>
                {move || words::checked_as(kind, lang())}
                {(!normalised.is_empty()).then(|| view! {
                    " "
                    {label_of(L::idcheck::WHAT_YOU_ENTERED_WITHOUT_SPACES)}
                    <code class="id-result__number">{normalised.clone()}</code>
                })}
            </p>
        }
        .into_any(),
    };
    view! {
        <div
            class="id-result"
            class:id-result--valid=valid
            class:id-result--invalid=!valid
            id="id-result"
            data-testid="id-result"
            data-valid=if valid { "true" } else { "false" }
            data-kind=kind.code()
            data-birth=birth
            data-sex=sex
            data-region=region
        >
            {body}
        </div>
    }
}

/// One row of the details list.
fn row(term: impl Fn() -> &'static str + Send + Sync + 'static, value: impl IntoView + 'static, testid: &'static str) -> impl IntoView {
    view! {
        <div class="summary-list__row" data-testid=testid>
            <dt class="summary-list__key">{term}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

#[component]
fn ValidDetails(info: IdInfo) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let kind = info.kind;
    let title = move || words::valid_title(kind, lang());
    let birth = info.data_birth().map(|b| row(label_of(L::idcheck::DATE_OF_BIRTH), b, "id-birth"));
    let age = info.age.map(|a| row(label_of(L::idcheck::AGE_TODAY), move || words::age(a, lang()), "id-age"));
    let sex = info.sex.map(|s| row(label_of(L::idcheck::SEX), move || words::sex(s, lang()), "id-sex"));
    let region = info.region.clone().map(|r| {
        let parts = move || words::division(&r, lang());
        // Only a resident ID's region is a hukou place: a permanent residence ID names the
        // province that issued it, a residence permit the holder's home region.
        let term = move || match kind {
            IdKind::ForeignPermanentResident => L::idcheck::ISSUING_REGION.get(lang()),
            IdKind::HmtResidencePermit => L::idcheck::HOME_REGION_HONG_KONG_MACAO.get(lang()),
            _ => L::idcheck::REGION_WHERE_THE_NUMBER_WAS.get(lang()),
        };
        row(term, parts, "id-region")
    });
    let converted = info
        .converted
        .clone()
        .map(|c| row(label_of(L::idcheck::THE_MATCHING_18_CHARACTER_NUMBER), view! { <code>{c}</code> }, "id-converted"));
    let warnings = (!info.warnings.is_empty()).then(|| {
        let ws = info.warnings.clone();
        view! {
            <div class="notice notice--warning id-result__warnings" data-testid="id-warnings">
                <h4 class="notice__title">{label_of(L::idcheck::PLEASE_NOTE)}</h4>
                <ul class="notice__list">
                    {ws.into_iter().map(|w| { let code = w.code(); view! { <li data-code=code>{move || words::warning(&w, lang())}</li> } }).collect_view()}
                </ul>
            </div>
        }
    });
    let (formatted, masked, normalised) = (info.formatted.clone(), info.masked.clone(), info.normalised.clone());
    view! {
        <h3 class="id-result__title">{title}</h3>
        <dl class="summary-list">
            {row(label_of(L::idcheck::KIND_OF_NUMBER), move || words::kind_label(kind, lang()), "id-kind")}
            {row(
                label_of(L::idcheck::NORMALISED_GROUPED_FOR_CHECKING),
                view! { <code data-testid="id-normalised">{normalised}</code> " (" <code>{formatted}</code> ")" },
                "id-formatted",
            )}
            {row(label_of(L::idcheck::MASKED), view! { <code data-testid="id-masked">{masked}</code> }, "id-masked-row")}
            {birth}
            {age}
            {sex}
            {region}
            {converted}
        </dl>
        {warnings}
    }
}
