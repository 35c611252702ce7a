//! Fields of forms that are checked on submit, in the GOV.UK manner (label → hint → error →
//! control): one component per control kind, each wiring `aria-describedby` (hint and error
//! ids) and `aria-invalid` the same way, and an [`ErrorSummary`] that takes focus and links
//! to each field. Used by the registration forms (`forms`) and the notice editor. Fields
//! only render a [`FieldMessage`]: the problems come from the domain, worded by
//! `crate::words`. (The calculator's questions, which are never wrong, are `fields`.)

use crate::words::labels as L;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{label_of, State};
use crate::domain::forms::Severity;
use crate::domain::lang::Text;

/// A problem as a field shows it: the field's id (the target of the error summary's link),
/// the words in both languages, and how serious it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMessage {
    pub field: &'static str,
    pub message: Text,
    pub severity: Severity,
}

impl FieldMessage {
    /// An error on `field`.
    pub fn error(field: &'static str, zh: impl Into<String>, en: impl Into<String>) -> FieldMessage {
        FieldMessage { field, message: Text::new(zh, en), severity: Severity::Error }
    }

    /// Whether this blocks the form.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Whether any message is an error.
pub fn has_errors(messages: &[FieldMessage]) -> bool {
    messages.iter().any(FieldMessage::is_error)
}

/// A two-way binding of one string of a form's state: read it, write it.
#[derive(Clone, Copy)]
pub struct Bind {
    pub get: Signal<String>,
    pub set: Callback<String>,
}

/// The problem shown on one field, looked up by its id in the form's current problems.
pub fn problem_of(problems: impl Into<Signal<Vec<FieldMessage>>>, id: &'static str) -> Signal<Option<FieldMessage>> {
    let problems = problems.into();
    Signal::derive(move || problems.with(|ps| ps.iter().find(|p| p.field == id).cloned()))
}

/// The ids the control is described by: its hint, then its message when there is one.
fn described_by(
    id: &'static str,
    has_hint: bool,
    problem: Signal<Option<FieldMessage>>,
) -> impl Fn() -> Option<String> + Copy + Send + Sync {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if problem.with(Option::is_some) {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

fn is_error(problem: Signal<Option<FieldMessage>>) -> impl Fn() -> bool + Copy + Send + Sync {
    move || problem.with(|p| p.as_ref().is_some_and(FieldMessage::is_error))
}

/// The hint under a label or legend.
#[component]
fn Hint(id: &'static str, hint: Option<Text>) -> impl IntoView {
    let state = State::get();
    hint.map(|h| view! { <p class="field__hint" id=format!("{id}-hint")>{move || h.get(state.lang()).to_string()}</p> })
}

/// The inline message of a field: an error, or a warning to check. Its words are those of the
/// error summary.
#[component]
pub fn Message(id: &'static str, problem: Signal<Option<FieldMessage>>) -> impl IntoView {
    let state = State::get();
    move || {
        problem.get().map(|p| {
            let lang = state.lang();
            let (class, prefix) = match p.severity {
                Severity::Error => ("field__error", L::checked_fields::ERROR.get(lang)),
                Severity::Warning => ("field__warning", L::checked_fields::WARNING.get(lang)),
            };
            view! {
                <p class=class id=format!("{id}-error") data-severity=match p.severity { Severity::Error => "error", Severity::Warning => "warning" }>
                    <span class="visually-hidden">{prefix}</span>
                    {p.message.get(lang).to_string()}
                </p>
            }
        })
    }
}

/// A text input (or `type="date"`, `"tel"`, `"password"`) with label, hint and message.
#[component]
pub fn TextField(
    /// The input's id: the target of the error summary's link.
    id: &'static str,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    /// The value, kept as typed.
    bind: Bind,
    /// The problem to show, if any.
    problem: Signal<Option<FieldMessage>>,
    /// The input type (`text` unless given).
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `autocomplete` attribute (`off` unless given).
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// An extra class for the input's width, e.g. `field__input--10`.
    #[prop(optional)]
    width: &'static str,
    /// The `inputmode` attribute.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Leave the field out when the page is printed (passwords).
    #[prop(optional)]
    no_print: bool,
) -> impl IntoView {
    let state = State::get();
    let has_hint = hint.is_some();
    let error = is_error(problem);
    let warning = move || problem.with(|p| p.as_ref().is_some_and(|p| !p.is_error()));
    view! {
        <div class="field" class:field--error=error class:field--warning=warning class:no-print=no_print>
            <label class="field__label" for=id>{move || label.get(state.lang()).to_string()}</label>
            <Hint id hint />
            <Message id problem />
            <input
                class=format!("field__input {width}")
                class:field__input--error=error
                type=input_type
                id=id
                autocomplete=autocomplete
                spellcheck="false"
                inputmode=inputmode
                aria-describedby=described_by(id, has_hint, problem)
                aria-invalid=move || error().then_some("true")
                prop:value=move || bind.get.get()
                on:input=move |ev| bind.set.run(event_target_value(&ev))
            />
        </div>
    }
}

/// A select with a “please choose” first option, label, hint and message.
#[component]
pub fn SelectField(
    id: &'static str,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    /// The options: value and label.
    options: Vec<(&'static str, Text)>,
    bind: Bind,
    problem: Signal<Option<FieldMessage>>,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let has_hint = hint.is_some();
    let error = is_error(problem);
    view! {
        <div class="field" class:field--error=error>
            <label class="field__label" for=id>{move || label.get(lang()).to_string()}</label>
            <Hint id hint />
            <Message id problem />
            <select
                class="field__input field__select"
                class:field__input--error=error
                id=id
                aria-describedby=described_by(id, has_hint, problem)
                aria-invalid=move || error().then_some("true")
                on:change=move |ev| bind.set.run(event_target_value(&ev))
            >
                <option value="" prop:selected=move || bind.get.with(String::is_empty)>
                    {label_of(L::checked_fields::CHOOSE)}
                </option>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        view! {
                            <option value=code prop:selected=move || bind.get.with(|v| v == code)>
                                {move || text.get(lang()).to_string()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One choice among radio buttons, in a fieldset with legend, hint and message. The first
/// radio carries the field's id (the error summary links to it).
#[component]
pub fn RadioField(
    id: &'static str,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    options: Vec<(&'static str, Text)>,
    bind: Bind,
    problem: Signal<Option<FieldMessage>>,
    /// Show the options side by side.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let has_hint = hint.is_some();
    let error = is_error(problem);
    let warning = move || problem.with(|p| p.as_ref().is_some_and(|p| !p.is_error()));
    view! {
        <fieldset
            class="field field--radios"
            class:field--error=error
            class:field--warning=warning
            aria-describedby=described_by(id, has_hint, problem)
        >
            <legend class="field__legend">{move || legend.get(lang()).to_string()}</legend>
            <Hint id hint />
            <Message id problem />
            <div class="radios" class:radios--inline=inline>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (code, text))| {
                        let input_id = if i == 0 { id.to_string() } else { format!("{id}-{i}") };
                        view! {
                            <div class="radios__item">
                                <input
                                    class="radios__input"
                                    type="radio"
                                    name=id
                                    id=input_id.clone()
                                    value=code
                                    prop:checked=move || bind.get.with(|v| v == code)
                                    on:change=move |_| bind.set.run(code.to_string())
                                />
                                <label class="radios__label" for=input_id>{move || text.get(lang()).to_string()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// A single checkbox (a yes/no question).
#[component]
pub fn CheckboxField(id: &'static str, label: Text, checked: Signal<bool>, set: Callback<bool>) -> impl IntoView {
    let state = State::get();
    view! {
        <div class="field field--checkbox checkboxes__item">
            <input
                class="checkboxes__input"
                type="checkbox"
                id=id
                prop:checked=move || checked.get()
                on:change=move |ev| set.run(event_target_checked(&ev))
            />
            <label class="checkboxes__label" for=id>{move || label.get(state.lang()).to_string()}</label>
        </div>
    }
}

/// Moves focus to the field with `id` (the first radio of a group) and brings its question
/// into view. The URL is left alone: nothing typed, and no fragment, goes into it.
pub fn focus_field(id: &str) {
    let Some(el) = document().get_element_by_id(id) else { return };
    let target = el.closest(".field").ok().flatten().unwrap_or_else(|| el.clone());
    target.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// The list of links to fields with a problem.
#[component]
fn ProblemLinks(problems: Vec<FieldMessage>) -> impl IntoView {
    let state = State::get();
    view! {
        <ul class="error-summary__list">
            {problems
                .into_iter()
                .map(|p| {
                    let field = p.field;
                    view! {
                        <li>
                            <a
                                href=format!("#{field}")
                                data-field=field
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_field(field);
                                }
                            >
                                {move || p.message.get(state.lang()).to_string()}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The error summary at the top of a form (GOV.UK): shown after a submit with errors, it
/// takes focus, and each of its links moves focus to its field. Warnings are listed in a
/// second, quieter box (`role="status"`).
#[component]
pub fn ErrorSummary(
    /// The problems of the last submit.
    #[prop(into)]
    problems: Signal<Vec<FieldMessage>>,
    /// Incremented on every submit: the summary takes focus each time there are errors.
    attempt: RwSignal<u32>,
    /// `data-testid` of the summary.
    testid: &'static str,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let errors = move || problems.with(|ps| ps.iter().filter(|p| p.is_error()).cloned().collect::<Vec<_>>());
    let warnings = move || problems.with(|ps| ps.iter().filter(|p| !p.is_error()).cloned().collect::<Vec<_>>());
    Effect::new(move |prev: Option<u32>| {
        let n = attempt.get();
        if prev.is_some_and(|p| p != n) || (prev.is_none() && n > 0) {
            // After the DOM is updated: focus the summary (errors) or nothing.
            set_timeout(
                move || {
                    if problems.with_untracked(|ps| has_errors(ps)) {
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
        <div
            class="error-summary"
            class:error-summary--hidden=move || errors().is_empty()
            role="alert"
            tabindex="-1"
            node_ref=node
            data-testid=testid
        >
            <Show when=move || !errors().is_empty()>
                <h2 class="error-summary__title">{label_of(L::checked_fields::THERE_IS_A_PROBLEM)}</h2>
                {move || view! { <ProblemLinks problems=errors() /> }}
            </Show>
        </div>
        <Show when=move || !warnings().is_empty()>
            <div class="notice notice--warning no-print" role="status" data-testid=format!("{testid}-warnings")>
                <h2 class="notice__title">{label_of(L::checked_fields::PLEASE_CHECK_THESE_DO_NOT)}</h2>
                {move || view! { <ProblemLinks problems=warnings() /> }}
            </div>
        </Show>
    }
}
