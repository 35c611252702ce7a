//! Leptos components (wasm32 only). They read domain results and render them; every figure
//! comes from `crate::domain`, views only format.

mod calc;
mod download;
mod fields;
pub mod form;
pub mod forms;
pub mod idcheck;
mod notices;
mod result;
mod roster;
mod share;
mod shell;
pub mod url;

use leptos::prelude::*;

pub use shell::App;

use crate::domain::lang::Lang;
use crate::domain::query::Query;

/// The page state, shared through context: one signal, mirrored into the URL.
#[derive(Clone, Copy)]
pub struct State(pub RwSignal<Query>);

impl State {
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
            self.0.set(q);
        }
    }
}

/// The Chinese or the English text, by the current language.
pub fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
