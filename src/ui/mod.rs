//! Leptos components (wasm32 only). They read domain results and render them; every figure
//! comes from `crate::domain`, views only format.

mod calc;
pub mod checked_fields;
pub mod crash;
mod download;
mod editor;
mod editor_lists;
mod editor_specs;
pub mod english;
mod fields;
pub mod forms;
mod household;
pub mod idcheck;
mod later;
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
use crate::domain::query::{Problem, Query, View};

/// The tools one WebAssembly file carries: a visit downloads only the file of its tool
/// (`index.html` and `scripts/post-build.mjs` map each `view` to its file). Function
/// pointers, so a file links only the code its tools reach.
#[derive(Clone, Copy)]
pub struct Tools {
    /// Draws the views this file carries; `None` for the others, which the shell opens by
    /// loading the page again, so the boot script fetches their file.
    pub render: fn(View) -> Option<AnyView>,
    /// Settles the notice the address names (`Query::settle_notice`) in the files whose
    /// tools read notices; the others leave it alone and carry no notice data.
    pub settle: fn(&mut Query) -> Option<Problem>,
    /// True where the tools show the built-in notices: in English the page then waits for
    /// their English, which only a page in English fetches (`english`).
    pub notices: bool,
}

fn keep_notice(_: &mut Query) -> Option<Problem> {
    None
}

/// The calculator's file (`yibao`), embedded or not.
pub const CALCULATOR: Tools = Tools {
    render: |view| (view == View::Calc).then(|| view! { <calc::Calculator /> }.into_any()),
    settle: Query::settle_notice,
    notices: true,
};

/// The household's file (`yibao-household`): the whole family at once.
pub const HOUSEHOLD: Tools = Tools {
    render: |view| (view == View::Household).then(|| view! { <household::HouseholdPage /> }.into_any()),
    settle: Query::settle_notice,
    notices: true,
};

/// The ID check's file (`yibao-id`): identity numbers and the two registration forms.
pub const ID_CHECK: Tools =
    Tools { render: |view| (view == View::Id).then(|| view! { <idcheck::IdPage /> }.into_any()), settle: keep_notice, notices: false };

/// The roster check's file (`yibao-roster`).
pub const ROSTER: Tools = Tools {
    render: |view| (view == View::Roster).then(|| view! { <roster::RosterPage /> }.into_any()),
    settle: keep_notice,
    notices: false,
};

/// The embed builder's file (`yibao-embed`): the link, the iframe code, the QR poster.
pub const EMBED_BUILDER: Tools = Tools {
    render: |view| (view == View::Embed).then(|| view! { <share::EmbedBuilder /> }.into_any()),
    settle: Query::settle_notice,
    notices: true,
};

/// The notice editor's file (`yibao-editor`, `view=editor`): staff make a notice file.
pub const EDITOR: Tools = Tools {
    render: |view| (view == View::Editor).then(|| view! { <editor::EditorPage /> }.into_any()),
    settle: Query::settle_notice,
    notices: true,
};

/// Every tool in one: for the in-browser tests (tests/browser), never shipped.
pub const EVERY_TOOL: Tools = Tools {
    render: |view| {
        (CALCULATOR.render)(view)
            .or_else(|| (ID_CHECK.render)(view))
            .or_else(|| (ROSTER.render)(view))
            .or_else(|| (EMBED_BUILDER.render)(view))
            .or_else(|| (EDITOR.render)(view))
    },
    settle: Query::settle_notice,
    notices: true,
};

/// Starts a tool file: the panic hook, then the page with the tools the file carries.
pub fn start(tools: Tools) {
    // A panic shows "出错了，请重新加载" with a reload button (src/ui/crash.rs; in the
    // release build a panic is a trap, and the boot script shows it).
    crash::install_panic_hook();
    english::start_when_ready(needs(tools, url::read().0.lang), move || {
        leptos::mount::mount_to_body(move || view! { <App tools /> });
    });
}

/// The language the page must be able to show before it starts (`english`).
fn needs(tools: Tools, lang: Lang) -> Lang {
    if tools.notices {
        english::needed();
    }
    lang
}

/// Like [`start`], after reading the notices the deployment publishes in `notices/`
/// (`notices_loader`). Only the files that carry this (`yibao-calc-notices`,
/// `yibao-household-notices`, `yibao-embed-notices`, `yibao-editor`) have the JSON reader and the checker: the boot
/// script picks them only where `notices/index.json` lists a file, so the calculator's
/// download stays as small as without published notices.
///
/// `wait`: draw the page only once the notices are read (the editor: a draft must not be
/// drawn again). Otherwise the page shows at once wherever the built-in notices alone answer
/// the address, and is drawn again with the published notices when they arrive.
pub fn start_reading_notices(tools: Tools, wait: bool) {
    crash::install_panic_hook();
    let app = move || {
        provide_context(provenance::MARKS);
        view! { <App tools /> }
    };
    let at_once = !wait && {
        let (mut q, problems) = url::read();
        problems.is_empty() && (tools.settle)(&mut q).is_none()
    };
    // The editor starts a draft from a notice in both languages: it always takes the English.
    let lang = if wait { Lang::En } else { url::read().0.lang };
    english::start_when_ready(needs(tools, lang), move || notices_loader::mount_reading(app, at_once, !wait));
}

/// `label` in the page's language, following it. One closure type for every label, so the
/// code that renders a text that changes with the language is compiled once, not once per
/// label (a few KB of every tool's download).
pub fn label_of(label: crate::words::labels::Label) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    let state = State::get();
    move || label.get(state.lang())
}

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
