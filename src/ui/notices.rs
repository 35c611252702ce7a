//! Choosing the notice: region and year.

use crate::words::labels as L;
use leptos::prelude::*;

use super::{label_of, State};
use crate::domain::policy;

/// The list of notices as radio buttons; a pick sets `region` and `year` in the URL.
#[component]
pub fn NoticePicker() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let chosen = move || state.0.with(|q| q.notice_key());
    let by_arrow = StoredValue::new(false);
    // A memo: the list is rebuilt only when the lock changes, never on other choices (focus).
    let locked = Memo::new(move |_| state.0.with(|q| if q.locked() { q.notice_key() } else { None }));
    view! {
        <fieldset class="field field--radios" data-testid="notice-picker">
            <legend class="field__legend">
                <h1 class="field__heading">{label_of(L::notices::CHOOSE_YOUR_REGION_AND_THE)}</h1>
            </legend>
            <p class="field__hint" id="notice-hint">
                {label_of(L::notices::GUANGDONG_NOTICES_ARE_NAMED_BY)}
            </p>
            <div class="radios" aria-describedby="notice-hint">
                {move || policy::all()
                    .into_iter()
                    // Staff who embed with `lock=1` offer only their own notice.
                    .filter(|p| locked.get().is_none_or(|key| key == p.key))
                    .map(|p| {
                        let key = p.key;
                        let id = format!("notice-{}-{}", key.region.code(), key.year);
                        view! {
                            <div class="radios__item">
                                <input
                                    class="radios__input"
                                    type="radio"
                                    name="notice"
                                    id=id.clone()
                                    data-testid="notice-option"
                                    value=format!("{}-{}", key.region.code(), key.year)
                                    prop:checked=move || chosen() == Some(key)
                                    on:keydown=move |ev: leptos::ev::KeyboardEvent| by_arrow.set_value(ev.key().starts_with("Arrow"))
                                    on:change=move |_| {
                                        let pick = |q: &mut crate::domain::query::Query| {
                                            q.region = Some(key.region);
                                            q.year = Some(key.year);
                                        };
                                        // Moving through the notices with the arrow keys replaces one
                                        // history entry; a click or a tap adds one, as any answer does.
                                        if by_arrow.get_value() {
                                            state.update_in("notice", pick);
                                        } else {
                                            state.answer("notice", pick);
                                        }
                                        by_arrow.set_value(false);
                                    }
                                />
                                <label class="radios__label" for=id>
                                    <span class="radios__main">
                                        {move || format!("{} · {}", key.region.name().get(lang()), key.year)}
                                    </span>
                                    <span class="radios__hint">
                                        {p.document_number().to_string()} " · "
                                        // Found again in the language's turn: a built-in notice's English
                                        // comes later than the list (super::english).
                                        {move || policy::find(key).map(|p| p.title().get(lang()).to_string()).unwrap_or_default()}
                                    </span>
                                    {super::provenance::origin_mark(key)}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
