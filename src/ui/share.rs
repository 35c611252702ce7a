//! Sharing: a link with the non-personal choices, the embed builder for staff, and the
//! offline status.

use leptos::prelude::*;

use super::{tr, State};
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
                {move || tr(lang(), "复制链接", "Copy link")}
            </button>
            <span class="share__status" role="status">
                {move || copied.get().then(|| tr(lang(), "已复制：链接只包含您的选择，不含出生日期。", "Copied: the link holds your choices only, not the date of birth."))}
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
                tr(lang(), "已可离线使用：断网时也能打开本页面。", "Works offline: this page opens even without a connection.")
            } else {
                tr(lang(), "首次打开后即可离线使用。", "After this first visit, the page works offline.")
            }}
        </p>
    }
}

/// The embed builder: staff choose the defaults, preview, and copy the snippet.
#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    // The builder's own choices; they are not the page state.
    let notice = RwSignal::new(None::<policy::PolicyKey>);
    let status = RwSignal::new(None::<Status>);
    let embed_lang = RwSignal::new(Lang::Zh);
    let src = move || {
        let key = notice.get();
        let q = Query {
            region: key.map(|k| k.region),
            year: key.map(|k| k.year),
            status: status.get(),
            lang: embed_lang.get(),
            embed: true,
            ..Query::default()
        };
        format!("{}{}", base(), join_search(&q.to_pairs()))
    };
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
            <h1>{move || tr(lang(), "在您的网页中嵌入计算器", "Embed the calculator in your page")}</h1>
            <p>{move || tr(lang(), "选择默认的地区、年度和身份，预览后复制代码，粘贴到您的信息公开页面。嵌入的页面只向您的页面发送它的高度，不发送其他任何内容。", "Choose the default region, year and status, preview, then copy the code into your information page. The embedded page sends your page its height and nothing else.")}</p>
            <div class="field">
                <label class="field__label" for="embed-notice">{move || tr(lang(), "默认通知", "Default notice")}</label>
                <select id="embed-notice" class="field__input" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    notice.set(policy::all().iter().map(|p| p.key).find(|k| format!("{}-{}", k.region.code(), k.year) == v));
                }>
                    <option value="">{move || tr(lang(), "（不预选，由用户选择）", "(none: the user chooses)")}</option>
                    {policy::all().iter().map(|p| {
                        let k = p.key;
                        view! { <option value=format!("{}-{}", k.region.code(), k.year)>{move || format!("{} · {} · {}", k.region.name().get(lang()), k.year, p.document_number)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="embed-status">{move || tr(lang(), "默认身份", "Default status")}</label>
                <select id="embed-status" class="field__input" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    status.set(Status::from_code(&v));
                }>
                    <option value="">{move || tr(lang(), "（不预选，由用户选择）", "(none: the user chooses)")}</option>
                    {Status::ALL.iter().map(|s| {
                        let s = *s;
                        view! { <option value=s.code()>{move || s.label().get(lang()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="embed-lang">{move || tr(lang(), "语言", "Language")}</label>
                <select id="embed-lang" class="field__input" on:change=move |ev| {
                    embed_lang.set(Lang::from_code(&event_target_value(&ev)).unwrap_or_default());
                }>
                    <option value="zh">"中文"</option>
                    <option value="en">"English"</option>
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="embed-snippet">{move || tr(lang(), "嵌入代码", "Code to paste")}</label>
                <textarea id="embed-snippet" class="field__input embed-builder__code" data-testid="embed-snippet" readonly rows="5" prop:value=snippet></textarea>
            </div>
            <button type="button" class="button" data-testid="copy-snippet" on:click=move |_| { copy(&snippet()); copied.set(true); }>
                {move || tr(lang(), "复制代码", "Copy the code")}
            </button>
            <span class="share__status" role="status">{move || copied.get().then(|| tr(lang(), "已复制。", "Copied."))}</span>
            <h2>{move || tr(lang(), "预览", "Preview")}</h2>
            <iframe class="embed-builder__preview" data-yibao="" data-testid="embed-preview"
                title=move || tr(lang(), "嵌入效果预览", "Preview of the embedded calculator") src=src></iframe>
        </div>
    }
}
