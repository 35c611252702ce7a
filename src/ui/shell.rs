//! The page shell: header, language switch, tool tabs, URL problems, and the current tool.

use crate::words::labels as L;
use leptos::prelude::*;

use super::share::OfflineStatus;
use super::{label_of, tr, url, State, Tools};
use crate::domain::lang::Lang;
use crate::domain::query::{Problem, View};

/// The whole app. Reads the URL once, then keeps it in step with the state. `tools` draws
/// the views this file carries; any other view loads the page again with its own file.
#[component]
pub fn App(tools: Tools) -> impl IntoView {
    let (mut initial, mut problems) = url::read();
    let settled = (tools.settle)(&mut initial);
    let year_changed = settled.is_some();
    problems.extend(settled);
    if initial.birth.is_some() || year_changed {
        // A link may carry a date of birth; the page keeps it in memory only and takes it out
        // of the address at once, so no reload sends it to the server again.
        url::replace(&initial);
    }
    let state = State::new(initial);
    provide_context(state);
    let problems = RwSignal::new(problems);

    // Back and forward: the URL is the truth; read it again.
    // Removed with the page: published notices arriving late draw it again (notices_loader).
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (mut q, mut p) = url::read();
        p.extend((tools.settle)(&mut q));
        // The date of birth lives in memory, never in the address: keep it across entries.
        q.birth = q.birth.or(state.0.with_untracked(|s| s.birth));
        // The same for the household's members: each date stays with its person.
        let kept = state.0.with_untracked(|s| s.members.clone());
        crate::domain::household::restore_births(&kept, &mut q.members);
        // An English entry waits for the notices' English (super::english).
        super::english::when_ready(q.lang, move || {
            problems.set(p);
            state.1.set_value(None);
            state.0.set(q);
        });
    });
    on_cleanup(move || popstate.remove());

    // Paper shows every section: open the closed ones for printing, close them after.
    // What waits for the first paint (super::later) is drawn first.
    let first_paint = super::later::FirstPaint::provide();
    let _ = window_event_listener_untyped("beforeprint", move |_| {
        first_paint.finish();
        set_details_open(true);
    });
    let _ = window_event_listener_untyped("afterprint", |_| set_details_open(false));

    // Keep <html lang> in step with the language (screen readers need it).
    Effect::new(move |_| {
        let lang = state.lang();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
    });

    // The document title names the tool, in the page's language (tabs, history, bookmarks).
    Effect::new(move |_| {
        let title = state.0.with(|q| page_title(q.view, q.lang));
        document().set_title(&title);
    });

    let embed = move || state.0.with(|q| q.embed);
    // Only a change of tool rebuilds the page body; other choices update in place, so focus
    // stays where the user is.
    let view = Memo::new(move |_| state.0.with(|q| q.view));
    // The view the page was loaded with: were it not carried by this file (the boot script
    // and this file disagreeing), loading again would loop, so the page says so instead.
    let loaded_with = view.get_untracked();
    view! {
        <div class="page" class:page--embed=embed>
            <Header />
            <main id="main" class="page__main" aria-label=move || embed().then(|| L::shell::EMBEDDED_MEDICAL_INSURANCE_HELPER.get(state.lang()))>
                <UrlProblems problems />
                {move || {
                    let v = view.get();
                    (tools.render)(v).unwrap_or_else(|| view! { <OtherTool reload=v != loaded_with /> }.into_any())
                }}
            </main>
            <Show when=move || !embed()>
                <Footer />
            </Show>
        </div>
    }
}

/// A tool this file does not carry: the address already names it, so loading the page again
/// makes the boot script fetch its file (the state all lives in the address; a date of birth,
/// kept only in memory, is not carried over).
#[component]
fn OtherTool(reload: bool) -> impl IntoView {
    let state = State::get();
    if reload {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
    let href = move || state.0.with(|q| crate::domain::query::join_search(&q.to_pairs()));
    view! {
        <p class="loading" role="status" data-testid="tool-loading">
            {move || L::shell::OPENING.get(state.lang())}
            " "
            <a href=href>{move || L::shell::IF_IT_DOES_NOT_OPEN.get(state.lang())}</a>
        </p>
    }
}

/// The document title of a tool: “缴费计算 · 医保助手”.
fn page_title(view: View, lang: Lang) -> String {
    let tool = match view {
        View::Calc => L::shell::CONTRIBUTION_CALCULATOR.get(lang),
        View::Id => L::shell::ID_NUMBER_CHECK.get(lang),
        View::Roster => L::shell::ROSTER_CHECK.get(lang),
        View::Embed => L::shell::EMBED_IN_A_WEB_PAGE.get(lang),
        View::Household => L::shell::WHOLE_FAMILY.get(lang),
        View::Editor => L::shell::NOTICE_EDITOR.get(lang),
    };
    format!("{tool} · {}", L::shell::MEDICAL_INSURANCE_HELPER.get(lang))
}

/// Title, language switch and the tool tabs.
#[component]
fn Header() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let other = move || match lang() {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    view! {
        <header class="header" aria-label=move || state.0.with(|q| q.embed).then(|| L::shell::EMBEDDED_HELPER_HEADER.get(lang()))>
            <a class="skip-link" href="#main">{label_of(L::shell::SKIP_TO_MAIN_CONTENT)}</a>
            <div class="header__bar">
                <p class="header__title">
                    <span class="header__name">{label_of(L::shell::RESIDENT_MEDICAL_INSURANCE_HELPER)}</span>
                </p>
                <button
                    type="button"
                    class="button button--secondary header__lang"
                    data-testid="lang-switch"
                    lang=move || other().html_lang()
                    on:click=move |_| {
                        // English waits for the notices' English, fetched only now (super::english).
                        let lang = other();
                        super::english::when_ready(lang, move || state.update(|q| q.lang = lang));
                    }
                >
                    {move || tr(lang(), "English", "中文")}
                </button>
            </div>
            <Show when=move || state.0.with(|q| q.embed)>
                <a class="header__full" href=move || state.0.with(|q| crate::domain::query::join_search(&q.shareable().to_pairs())) target="_blank" rel="noopener">
                    {label_of(L::shell::OPEN_THE_FULL_PAGE_IN)}
                </a>
            </Show>
            <Show when=move || !state.0.with(|q| q.embed)>
            <nav class="tabs" aria-label=label_of(L::shell::TOOLS)>
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        let label = move || match v {
                            View::Calc => L::shell::CONTRIBUTION_CALCULATOR.get(lang()),
                            View::Id => L::shell::CHECK_AN_ID_NUMBER.get(lang()),
                            View::Roster => L::shell::CHECK_A_ROSTER.get(lang()),
                            View::Embed => L::shell::EMBED_IN_YOUR_PAGE.get(lang()),
                            View::Household => L::shell::WHOLE_FAMILY.get(lang()),
                            View::Editor => L::shell::NOTICE_EDITOR_STAFF.get(lang()),
                        };
                        let current = move || state.0.with(|q| q.view == v);
                        view! {
                            <button
                                type="button"
                                class="tabs__tab"
                                aria-current=move || current().then_some("page")
                                on:click=move |_| state.update(|q| q.view = v)
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </nav>
            </Show>
        </header>
    }
}

/// URL problems listed; the rest are counted ("and N more"), so a crafted link cannot fill
/// the page.
const URL_PROBLEMS_SHOWN: usize = 5;

/// Friendly messages for URL parameters the page could not use.
#[component]
fn UrlProblems(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="notice notice--warning" role="status" data-testid="url-problems">
                <h2 class="notice__title">
                    {label_of(L::shell::SOME_OF_THE_LINK_COULD)}
                </h2>
                <ul class="notice__list">
                    {move || {
                        problems
                            .get()
                            .into_iter()
                            .take(URL_PROBLEMS_SHOWN)
                            .map(|p| {
                                view! {
                                    <li>
                                        <code>{format!("{}={}", p.param, p.value)}</code>
                                        "："
                                        {p.message().get(lang()).to_string()}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                {move || {
                    let more = problems.with(Vec::len).saturating_sub(URL_PROBLEMS_SHOWN);
                    (more > 0).then(|| view! {
                        <p data-testid="url-problems-more">
                            {crate::words::page::more_not_listed(more).get(lang()).to_string()}
                        </p>
                    })
                }}
            </div>
        </Show>
    }
}

/// The promise the page keeps, and where its figures come from.
#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="footer">
            <OfflineStatus />
            {super::provenance::report_link()}
            <p>
                {label_of(L::shell::THIS_PAGE_RUNS_ENTIRELY_IN)}
            </p>
            <p>
                {label_of(L::shell::EVERY_AMOUNT_AND_DATE_COMES)}
            </p>
        </footer>
    }
}

/// Opens every closed `<details>` of the result for printing (marking it), or closes the
/// marked ones again.
fn set_details_open(open: bool) {
    let Ok(list) = document().query_selector_all(if open { "details:not([open])" } else { "details[data-print-opened]" }) else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) else { continue };
        if open {
            let _ = el.set_attribute("open", "");
            let _ = el.set_attribute("data-print-opened", "");
        } else {
            let _ = el.remove_attribute("open");
            let _ = el.remove_attribute("data-print-opened");
        }
    }
}
