//! Leptos components (wasm32 only). They read domain results and render them; every figure
//! comes from `crate::domain`, views only format.

mod calc;
pub mod crash;
mod download;
mod editor;
mod fields;
pub mod form;
pub mod forms;
mod household;
pub mod idcheck;
mod notices;
pub mod notices_loader;
mod provenance;
mod result;
mod roster;
mod share;
mod shell;
pub mod url;

use leptos::prelude::*;

pub use shell::App;

use crate::domain::lang::Lang;
use crate::domain::query::Query;

/// The page state, shared through context: one signal, mirrored into the URL, and the
/// question whose answer made the current history entry.
#[derive(Clone, Copy)]
pub struct State(pub RwSignal<Query>, StoredValue<Option<&'static str>>);

impl State {
    /// The state for `q`.
    pub fn new(q: Query) -> State {
        State(RwSignal::new(q), StoredValue::new(None))
    }

    /// The state from context (provided by [`App`]).
    pub fn get() -> State {
        expect_context::<State>()
    }

    /// The current language.
    pub fn lang(self) -> Lang {
        self.0.with(|q| q.lang)
    }

    /// Changes the state and records it in the browser history (back and forward work).
    pub fn update(self, change: impl FnOnce(&mut Query)) {
        let mut q = self.0.get_untracked();
        change(&mut q);
        if q != self.0.get_untracked() {
            url::push(&q);
            self.1.set_value(None);
            self.0.set(q);
        }
    }

    /// Like [`State::update`], and remembers that `question` made the new history entry, so
    /// that moving on within it ([`State::update_in`]) replaces that entry.
    pub fn answer(self, question: &'static str, change: impl FnOnce(&mut Query)) {
        self.update(change);
        self.1.set_value(Some(question));
    }

    /// Like [`State::update`] for one single-choice question: moving within it (arrow keys
    /// through radio buttons) replaces the history entry it made instead of adding one per
    /// option passed.
    pub fn update_in(self, question: &'static str, change: impl FnOnce(&mut Query)) {
        let mut q = self.0.get_untracked();
        change(&mut q);
        if q == self.0.get_untracked() {
            return;
        }
        if self.1.get_value() == Some(question) {
            url::replace(&q);
        } else {
            url::push(&q);
        }
        self.1.set_value(Some(question));
        self.0.set(q);
    }
}

/// The Chinese or the English text, by the current language.
pub fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
