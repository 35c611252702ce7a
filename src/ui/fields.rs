//! Form fields in the GOV.UK manner: legend or label → hint → error → control, wired with
//! `aria-describedby`. One component per control kind, so every question is accessible alike.

use leptos::prelude::*;

use super::State;
use crate::domain::lang::Text;

/// A group of radio buttons for one question. Nothing is pre-selected that the user did not
/// choose: `current` is `None` until they pick.
#[component]
pub fn Radios<T, C, S>(
    /// Id prefix for the inputs and the hint.
    id: &'static str,
    /// The question, as the fieldset's legend.
    legend: Text,
    /// A hint under the question.
    #[prop(optional)]
    hint: Option<Text>,
    /// The options: value and label.
    options: Vec<(T, Text)>,
    /// The option chosen now.
    current: C,
    /// Called with the option the user picks.
    set: S,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    C: Fn() -> Option<T> + Copy + Send + Sync + 'static,
    S: Fn(T) + Copy + Send + Sync + 'static,
{
    choices(ChoiceKind::Radio, id, legend, hint, options, move |v| current() == Some(v), move |v, _| set(v))
}

/// A group of checkboxes for a question where several answers may apply.
#[component]
pub fn Checkboxes<T, C, S>(
    id: &'static str,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    options: Vec<(T, Text)>,
    /// Whether an option is ticked now.
    checked: C,
    /// Called with the option and whether it is now ticked.
    set: S,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    C: Fn(T) -> bool + Copy + Send + Sync + 'static,
    S: Fn(T, bool) + Copy + Send + Sync + 'static,
{
    choices(ChoiceKind::Checkbox, id, legend, hint, options, checked, set)
}

/// One answer among several, or any number of them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ChoiceKind {
    Radio,
    Checkbox,
}

impl ChoiceKind {
    /// The input's `type`.
    fn input_type(self) -> &'static str {
        match self {
            ChoiceKind::Radio => "radio",
            ChoiceKind::Checkbox => "checkbox",
        }
    }

    /// The BEM block of the group.
    fn block(self) -> &'static str {
        match self {
            ChoiceKind::Radio => "radios",
            ChoiceKind::Checkbox => "checkboxes",
        }
    }
}

/// The fieldset both choice questions share: legend, hint, and one input per option of
/// `kind` (BEM block `radios` or `checkboxes`).
fn choices<T, C, S>(
    kind: ChoiceKind,
    id: &'static str,
    legend: Text,
    hint: Option<Text>,
    options: Vec<(T, Text)>,
    checked: C,
    set: S,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    C: Fn(T) -> bool + Copy + Send + Sync + 'static,
    S: Fn(T, bool) + Copy + Send + Sync + 'static,
{
    let lang = move || State::get().lang();
    let block = kind.block();
    // Radios of one question share a name, so that choosing one clears the others.
    let name = (kind == ChoiceKind::Radio).then_some(id);
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <fieldset class=format!("field field--{block}") id=id aria-describedby=described>
            <legend class="field__legend field__legend--m">{move || legend.get(lang()).to_string()}</legend>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{move || h.get(lang()).to_string()}</p> })}
            <div class=block>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (value, label))| {
                        let input_id = format!("{id}-{i}");
                        view! {
                            <div class=format!("{block}__item")>
                                <input
                                    class=format!("{block}__input")
                                    type=kind.input_type()
                                    name=name
                                    id=input_id.clone()
                                    prop:checked=move || checked(value)
                                    on:change=move |ev| set(value, event_target_checked(&ev))
                                />
                                <label class=format!("{block}__label") for=input_id>{move || label.get(lang()).to_string()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// A date question (`<input type="date">`), empty until the user enters a date.
#[component]
pub fn DateField<C, S>(
    id: &'static str,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    /// The date now, as `YYYY-MM-DD` or empty.
    current: C,
    /// Called with what the user entered (`YYYY-MM-DD`, or empty when cleared).
    set: S,
) -> impl IntoView
where
    C: Fn() -> String + Copy + Send + Sync + 'static,
    S: Fn(String) + Copy + Send + Sync + 'static,
{
    let lang = move || State::get().lang();
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field">
            <label class="field__label" for=id>{move || label.get(lang()).to_string()}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{move || h.get(lang()).to_string()}</p> })}
            <input
                class="field__input field__input--date"
                type="date"
                id=id
                aria-describedby=described
                prop:value=current
                on:change=move |ev| set(event_target_value(&ev))
            />
        </div>
    }
}
