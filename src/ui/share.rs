//! Sharing: a link with the non-personal choices, the embed builder for staff, and the
//! offline status.

mod qr;

use crate::words::labels as L;
use leptos::prelude::*;

use self::qr::QrImage;
use super::{label_of, tr, State};
use crate::domain::inputs::Status;
use crate::domain::lang::Lang;
use crate::domain::policy;
use crate::domain::query::{join_search, Query};

/// The page's address without its query string (`https://host/path/`).
fn base() -> String {
    let loc = window().location();
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

fn copy(text: &str) {
    let _ = window().navigator().clipboard().write_text(text);
}

/// "Copy link": the current choices, never the date of birth or any number typed.
#[component]
pub fn CopyLink() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let copied = RwSignal::new(false);
    let link = move || format!("{}{}", base(), join_search(&state.0.with(Query::shareable).to_pairs()));
    view! {
        <div class="share no-print">
            <button type="button" class="button button--secondary" data-testid="copy-link"
                on:click=move |_| { copy(&link()); copied.set(true); }>
                {label_of(L::share::COPY_LINK)}
            </button>
            <span class="share__status" role="status">
                {move || copied.get().then(|| L::share::COPIED_THE_LINK_HOLDS_YOUR.get(lang()))}
            </span>
        </div>
    }
}

/// Whether the page works offline now (the service worker has cached it).
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let ready = RwSignal::new(document().document_element().and_then(|e| e.get_attribute("data-offline")).as_deref() == Some("ready"));
    let handle = window_event_listener_untyped("yibao-offline-ready", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    view! {
        <p class="offline" data-testid="offline-status" data-ready=move || ready.get().to_string()>
            {move || if ready.get() {
                L::share::WORKS_OFFLINE_THIS_PAGE_OPENS.get(lang())
            } else {
                L::share::AFTER_THIS_FIRST_VISIT_THE.get(lang())
            }}
        </p>
    }
}

/// The embed builder: staff choose the defaults, preview, and copy the snippet; or print a
/// poster with a QR code of the full page with the same choices.
#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    // The builder's own choices; they are not the page state.
    let notice = RwSignal::new(None::<policy::PolicyKey>);
    let status = RwSignal::new(None::<Status>);
    let embed_lang = RwSignal::new(Lang::Zh);
    let lock = RwSignal::new(false);
    // The choices as page state: only what was picked from the lists, nothing typed.
    let chosen = move || {
        let key = notice.get();
        Query { region: key.map(|k| k.region), year: key.map(|k| k.year), status: status.get(), lang: embed_lang.get(), ..Query::default() }
    };
    let src = move || {
        // `lock=1` only with a notice to lock to.
        let q = Query { embed: true, lock: lock.get() && notice.with(Option::is_some), ..chosen() };
        format!("{}{}", base(), join_search(&q.to_pairs()))
    };
    // The shareable link to the full page (no embed, no lock, no date of birth), same origin.
    let link = Memo::new(move |_| format!("{}{}", base(), join_search(&chosen().shareable().to_pairs())));
    let snippet = move || {
        let title = tr(embed_lang.get(), "城乡居民医保缴费计算", "Resident medical insurance calculator");
        format!(
            "<iframe src=\"{}\" data-yibao title=\"{}\" style=\"width:100%;border:0;min-height:600px\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" defer></script>",
            src(), title, base()
        )
    };
    let copied = RwSignal::new(false);
    view! {
        <div class="embed-builder">
            <h1>{label_of(L::share::EMBED_THE_CALCULATOR_IN_YOUR)}</h1>
            <p>{label_of(L::share::CHOOSE_THE_DEFAULT_REGION_YEAR)}</p>
            <div class="field">
                <label class="field__label" for="embed-notice">{label_of(L::share::DEFAULT_NOTICE)}</label>
                <select id="embed-notice" class="field__input" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    notice.set(policy::all().iter().map(|p| p.key).find(|k| format!("{}-{}", k.region.code(), k.year) == v));
                }>
                    <option value="">{label_of(L::share::NONE_THE_USER_CHOOSES)}</option>
                    {policy::all().into_iter().map(|p| {
                        let k = p.key;
                        view! { <option value=format!("{}-{}", k.region.code(), k.year)>{move || format!("{} · {} · {}", k.region.name().get(lang()), k.year, p.document_number())}</option> }
                    }).collect_view()}
                </select>
            </div>
            <LockChoice lock notice />
            <div class="field">
                <label class="field__label" for="embed-status">{label_of(L::share::DEFAULT_STATUS)}</label>
                <select id="embed-status" class="field__input" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    status.set(Status::from_code(&v));
                }>
                    <option value="">{label_of(L::share::NONE_THE_USER_CHOOSES)}</option>
                    {Status::ALL.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code()>{move || s.label().get(lang()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="embed-lang">{label_of(L::share::LANGUAGE)}</label>
                <select id="embed-lang" class="field__input" on:change=move |ev| {
                    embed_lang.set(Lang::from_code(&event_target_value(&ev)).unwrap_or_default());
                }>
                    <option value="zh">"中文"</option>
                    <option value="en">"English"</option>
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="embed-snippet">{label_of(L::share::CODE_TO_PASTE)}</label>
                <textarea id="embed-snippet" class="field__input embed-builder__code" data-testid="embed-snippet" readonly rows="5" prop:value=snippet></textarea>
            </div>
            <button type="button" class="button" data-testid="copy-snippet" on:click=move |_| { copy(&snippet()); copied.set(true); }>
                {label_of(L::share::COPY_THE_CODE)}
            </button>
            <span class="share__status" role="status">{move || copied.get().then(|| L::share::COPIED.get(lang()))}</span>
            <QrAndPoster link notice embed_lang />
            <h2>{label_of(L::share::PREVIEW)}</h2>
            <iframe class="embed-builder__preview" data-yibao="" data-testid="embed-preview"
                title=label_of(L::share::PREVIEW_OF_THE_EMBEDDED_CALCULATOR) src=src></iframe>
        </div>
    }
}

/// “Show only this notice”: `lock=1` in the snippet, for a notice chosen above.
#[component]
fn LockChoice(lock: RwSignal<bool>, notice: RwSignal<Option<policy::PolicyKey>>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <div class="field field--checkbox checkboxes__item">
            <input
                class="checkboxes__input"
                type="checkbox"
                id="embed-lock"
                data-testid="embed-lock"
                aria-describedby="embed-lock-hint"
                prop:checked=move || lock.get()
                on:change=move |ev| lock.set(event_target_checked(&ev))
            />
            <div>
                <label class="checkboxes__label" for="embed-lock">{label_of(L::share::SHOW_ONLY_THIS_NOTICE)}</label>
                <p class="field__hint" id="embed-lock-hint">
                    {move || if notice.with(Option::is_some) {
                        L::share::THE_EMBEDDED_CALCULATOR_LISTS_ONLY.get(lang())
                    } else {
                        L::share::CHOOSE_A_DEFAULT_NOTICE_ABOVE.get(lang())
                    }}
                </p>
            </div>
        </div>
    }
}

/// The QR code of the full page with the builder's choices, its link in text, and a button
/// that prints an A4 poster of them (`body[data-print=poster]`, see `style/embed.css`).
#[component]
fn QrAndPoster(link: Memo<String>, notice: RwSignal<Option<policy::PolicyKey>>, embed_lang: RwSignal<Lang>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let code = Memo::new(move |_| link.with(|l| qr::Qr::of(l)));
    let label = Signal::derive(move || L::share::QR_CODE_OF_THE_LINK.get(lang()).to_string());
    // The poster speaks the embedded page's language: it is for the public.
    let poster_lang = move || embed_lang.get();
    let poster_title = move || match notice.get().and_then(policy::find) {
        Some(p) => format!("{} {}", p.title().get(poster_lang()), p.document_number()),
        None => tr(poster_lang(), "城乡居民基本医疗保险缴费计算", "Resident basic medical insurance: what you pay").to_string(),
    };
    let poster_label = Signal::derive(move || tr(poster_lang(), "二维码", "QR code").to_string());
    view! {
        <h2>{label_of(L::share::QR_CODE_AND_POSTER)}</h2>
        <p>{label_of(L::share::SCANNING_OPENS_THE_FULL_PAGE)}</p>
        <div class="embed-builder__qr">
            <QrImage qr=code label class="qr qr--screen" testid="embed-qr" />
            <div>
                <p><a class="embed-builder__link" data-testid="embed-link" href=move || link.get() target="_blank" rel="noopener">{move || link.get()}</a></p>
                <button type="button" class="button button--secondary" data-testid="embed-poster" on:click=move |_| print_poster()>
                    {label_of(L::share::PRINT_POSTER)}
                </button>
            </div>
        </div>
        <div class="poster" data-testid="poster" lang=move || poster_lang().html_lang()>
            <h2 class="poster__title">{poster_title}</h2>
            <p class="poster__lead">{move || tr(poster_lang(), "扫码计算您应缴的医保费用、缴费渠道和截止日期", "Scan to see what you pay, where, and by when")}</p>
            <QrImage qr=code label=poster_label class="qr qr--poster" />
            <p class="poster__link">{move || link.get()}</p>
            <p class="poster__note">{move || tr(poster_lang(), "页面在您的手机浏览器中运行，不收集您输入的任何信息。", "The page runs in your phone's browser; nothing you type is collected.")}</p>
        </div>
    }
}

/// Prints the poster only: the body is marked while the print dialog is open.
fn print_poster() {
    let body = document().body();
    if let Some(b) = &body {
        let _ = b.set_attribute("data-print", "poster");
    }
    // `print()` returns once the dialog is closed.
    let _ = window().print();
    if let Some(b) = &body {
        let _ = b.remove_attribute("data-print");
    }
}
