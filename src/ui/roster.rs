//! The roster check (`view=roster`): paste or upload a roster, every row checked.
//!
//! Everything is computed by [`crate::domain::roster`]; this module reads files, runs the
//! check in chunks (yielding to the event loop so the page stays responsive), and renders.
//! The roster stays in memory only: never in the URL, storage or the console.

use std::sync::Arc;

use gloo::timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::{tr, url, State};
use crate::domain::lang::Lang;
use crate::domain::roster::check::mask_id;
use crate::domain::roster::decode::{self, Encoding};
use crate::domain::roster::{Check, Column, ColumnMap, FirstRow, Limits, Options, Roster, Stop};

/// Rows checked per step; steps run until a frame's budget is used, then the page yields.
const CHUNK: usize = 5_000;
/// Milliseconds of work before the first yield: a check done by then shows no progress bar.
const FIRST_BUDGET_MS: f64 = 150.0;
/// Milliseconds of work between later yields to the event loop (the page stays responsive).
const BUDGET_MS: f64 = 40.0;
/// Rows rendered at once; "show more" adds as many again.
const PAGE: usize = 200;
/// Characters of a cell shown in the table (the full length is said after them).
const CELL_SHOWN: usize = 200;
/// Header cells offered in each column select.
const SELECT_OPTIONS: usize = 200;

/// A seed for the duplicate table's hashing from `crypto.getRandomValues`, so that no file
/// can be crafted to make its ID numbers collide (the clock if the API is missing).
fn random_seed() -> u64 {
    let buf = js_sys::Uint32Array::new_with_length(2);
    let crypto = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto")).unwrap_or(JsValue::UNDEFINED);
    if let Ok(f) = js_sys::Reflect::get(&crypto, &JsValue::from_str("getRandomValues")).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call1(&crypto, &buf);
    }
    ((u64::from(buf.get_index(0)) << 32) | u64::from(buf.get_index(1))) ^ (js_sys::Date::now() as u64)
}

/// `value` cut to [`CELL_SHOWN`] characters, with its full length said after a cut.
fn shown_cell(value: &str, lang: Lang) -> String {
    if value.len() <= CELL_SHOWN {
        return value.to_string();
    }
    let n = value.chars().count();
    if n <= CELL_SHOWN {
        return value.to_string();
    }
    let head: String = value.chars().take(CELL_SHOWN).collect();
    match lang {
        Lang::Zh => format!("{head}……（共 {n} 个字符）"),
        Lang::En => format!("{head}… ({n} characters in all)"),
    }
}

/// A file read: its name, its encoding and the first line with bytes not valid in it.
#[derive(Clone)]
struct FileRead {
    name: String,
    encoding: Encoding,
    bad_line: Option<u32>,
}

/// The state of the page, shared by its parts through context.
#[derive(Clone, Copy)]
struct Ctx {
    /// The checked roster.
    result: RwSignal<Option<Arc<Roster>>>,
    /// Rows checked and share done, while a check runs.
    working: RwSignal<Option<(usize, f64)>>,
    cancelled: RwSignal<bool>,
    /// Bumped by every new check and by cancel: a running check that sees another value stops.
    generation: StoredValue<u64>,
    /// The text last checked (memory only), to check again with other columns.
    source: StoredValue<Option<Arc<str>>>,
    /// The element to focus when the result shows: `None` for the summary; a column select's
    /// id when the user changed that column (so keyboard users stay where they were).
    refocus: StoredValue<Option<String>>,
    only_problems: RwSignal<bool>,
    show_full: RwSignal<bool>,
    shown: RwSignal<usize>,
    /// The file read, and its encoding, or a reading error.
    file_note: RwSignal<Option<Result<FileRead, String>>>,
    /// The user's answer to "第一行是表头吗？" for the text last checked; `None` to detect it.
    first_row: StoredValue<Option<FirstRow>>,
}

impl Ctx {
    fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// Checks `text` in chunks; `columns` is the user's choice, `None` for the header's.
    fn run(self, text: Arc<str>, columns: Option<ColumnMap>) {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        self.source.set_value(Some(text.clone()));
        self.cancelled.set(false);
        self.shown.set(PAGE);
        self.result.set(None);
        spawn_local(async move {
            let first_row = self.first_row.get_value();
            let options = Options { reference_date: url::today(), columns, first_row, seed: random_seed(), limits: Limits::DEFAULT };
            let mut check = Check::new(text.to_string(), &options);
            let mut budget = FIRST_BUDGET_MS;
            loop {
                let started = js_sys::Date::now();
                let mut done = check.is_done();
                while !done && js_sys::Date::now() - started < budget {
                    done = check.step(CHUNK);
                }
                if done {
                    break;
                }
                budget = BUDGET_MS;
                self.working.set(Some((check.rows_checked(), check.progress())));
                TimeoutFuture::new(0).await;
                if self.generation.get_value() != generation {
                    return;
                }
            }
            self.working.set(None);
            self.result.set(Some(Arc::new(check.finish())));
        });
    }

    fn cancel(self) {
        self.generation.update_value(|g| *g += 1);
        self.working.set(None);
        self.cancelled.set(true);
    }
}

/// The roster check page: how to give the roster, the progress, then the result.
#[component]
pub fn RosterPage() -> impl IntoView {
    let ctx = Ctx {
        result: RwSignal::new(None),
        working: RwSignal::new(None),
        cancelled: RwSignal::new(false),
        generation: StoredValue::new(0),
        source: StoredValue::new(None),
        refocus: StoredValue::new(None),
        only_problems: RwSignal::new(false),
        show_full: RwSignal::new(false),
        shown: RwSignal::new(PAGE),
        file_note: RwSignal::new(None),
        first_row: StoredValue::new(None),
    };
    provide_context(ctx);
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <div class="roster">
            <h1>{move || tr(lang(), "名单核验", "Check a roster")}</h1>
            <p class="roster__intro">
                {move || tr(
                    lang(),
                    "粘贴名单或选择文件（CSV/TSV，第一行为表头），逐行检查证件号码、重复登记、手机号码、性别和出生日期。名单只在本浏览器中处理，不会上传。",
                    "Paste a roster or choose a file (CSV/TSV with a header row). Every row is checked: the ID number, repeated rows, the mobile number, sex and date of birth. The roster is processed in this browser only and never uploaded.",
                )}
            </p>
            <RosterForm />
            <Progress />
            <RosterResult />
        </div>
    }
}

/// The paste box, the file choice and the submit button.
#[component]
fn RosterForm() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let check_text = move || {
        if let Some(t) = textarea.get() {
            ctx.file_note.set(None);
            ctx.refocus.set_value(None);
            ctx.first_row.set_value(None);
            ctx.run(Arc::from(t.value()), None);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check_text();
    };
    // Enter makes a new line in the box; Ctrl+Enter (⌘+Enter) submits from the keyboard.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            check_text();
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // Cleared so that choosing the same file again (after editing it) checks it again.
        input.set_value("");
        let name = file.name();
        // Too large a file is not even read.
        let max = Limits::DEFAULT.bytes;
        if file.size() > max as f64 {
            ctx.generation.update_value(|g| *g += 1);
            ctx.working.set(None);
            ctx.file_note.set(None);
            ctx.result.set(Some(Arc::new(Roster::stopped(Stop::TooManyBytes { found: file.size() as usize, max }))));
            return;
        }
        spawn_local(async move {
            let blob = gloo::file::Blob::from(web_sys::Blob::from(file));
            match gloo::file::futures::read_as_bytes(&blob).await {
                Ok(bytes) => match decode_bytes(&bytes) {
                    Ok((text, encoding, bad_line)) => {
                        ctx.file_note.set(Some(Ok(FileRead { name, encoding, bad_line })));
                        ctx.refocus.set_value(None);
                        ctx.first_row.set_value(None);
                        ctx.run(Arc::from(text), None);
                    }
                    Err(()) => ctx.file_note.set(Some(Err(name))),
                },
                Err(_) => ctx.file_note.set(Some(Err(name))),
            }
        });
    };
    view! {
        <form class="roster__form" on:submit=on_submit>
            <div class="field">
                <label class="field__label" for="roster-input">{move || tr(lang(), "粘贴名单", "Paste the roster")}</label>
                <p class="field__hint" id="roster-input-hint">
                    {move || tr(
                        lang(),
                        "从 Excel 复制整张表（含表头）粘贴到这里，或粘贴 CSV 文本。表头应包含“姓名”和“身份证号码”，可选“联系电话”“性别”“出生日期”。按 Ctrl+Enter 或下面的按钮开始检查。",
                        "Copy the whole sheet from Excel (header row included) and paste it here, or paste CSV text. The header should have name and ID number columns, and may have mobile number, sex and date of birth. Press Ctrl+Enter or the button below to check.",
                    )}
                </p>
                <textarea
                    class="field__input roster__input"
                    id="roster-input"
                    rows="8"
                    spellcheck="false"
                    autocomplete="off"
                    data-testid="roster-input"
                    aria-describedby="roster-input-hint"
                    node_ref=textarea
                    on:keydown=on_keydown
                ></textarea>
            </div>
            <button type="submit" class="button roster__submit">{move || tr(lang(), "检查名单", "Check roster")}</button>
            <div class="field roster__file">
                <label class="field__label" for="roster-file">{move || tr(lang(), "或选择文件", "Or choose a file")}</label>
                <p class="field__hint" id="roster-file-hint">
                    {move || tr(
                        lang(),
                        "CSV 或 TXT 文件，UTF-8 或 Excel 保存的 GBK 编码均可。选择后立即检查。",
                        "A CSV or TXT file, in UTF-8 or the GBK encoding Excel saves. It is checked as soon as you choose it.",
                    )}
                    " "
                    <span data-testid="roster-limits">{move || Limits::DEFAULT.describe(lang())}</span>
                </p>
                <input
                    class="roster__file-input"
                    type="file"
                    id="roster-file"
                    accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
                    data-testid="roster-file"
                    aria-describedby="roster-file-hint"
                    on:change=on_file
                />
            </div>
            <FileNote />
        </form>
    }
}

/// The text of a file's bytes (see [`decode::decode`]), GB18030 decoded by the browser's
/// own `TextDecoder`; the first line with bytes not valid in the encoding.
fn decode_bytes(bytes: &[u8]) -> Result<(String, Encoding, Option<u32>), ()> {
    let decoded = decode::decode(bytes);
    if let Some(text) = decoded.text {
        return Ok((text, decoded.encoding, decoded.bad_line));
    }
    let decoder = web_sys::TextDecoder::new_with_label(Encoding::Gb18030.label()).map_err(|_| ())?;
    let text = decoder.decode_with_u8_array(bytes).map_err(|_| ())?;
    let bad_line = text.find('\u{FFFD}').map(|at| decode::line_at(&text, at));
    Ok((text, Encoding::Gb18030, bad_line))
}

/// Which file was read, in which encoding, or that it could not be read.
#[component]
fn FileNote() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    move || {
        ctx.file_note.get().map(|note| match note {
            Ok(FileRead { name, encoding, bad_line }) => view! {
                <p class="roster__file-note" data-testid="roster-file-note" data-encoding=encoding.label()>
                    {match lang() {
                        Lang::Zh => format!("已读取文件“{name}”（{}）。", encoding.name()),
                        Lang::En => format!("Read the file “{name}” ({}).", encoding.name()),
                    }}
                </p>
                {bad_line.map(|n| {
                    let encoding = if encoding.label() == "utf-8" { "UTF-8" } else { encoding.name() };
                    view! {
                    <p class="notice notice--warning" data-testid="roster-file-bad" data-line=n role="alert">
                        {match lang() {
                            Lang::Zh => format!("第 {n} 行不是有效的 {encoding}：无法识别的字符显示为 �，所在的行已标出。"),
                            Lang::En => format!("Line {n} is not valid {encoding}: characters that could not be read are shown as �, and their rows are marked."),
                        }}
                    </p>
                    }
                })}
            }
            .into_any(),
            Err(name) => view! {
                <p class="field__error" role="alert">
                    {match lang() {
                        Lang::Zh => format!("无法读取文件“{name}”。请确认它是 CSV 或文本文件，或把内容复制粘贴到上面的输入框。"),
                        Lang::En => format!("The file “{name}” could not be read. Check that it is a CSV or text file, or copy its content into the box above."),
                    }}
                </p>
            }
            .into_any(),
        })
    }
}

/// The progress bar and the cancel button of a long check; the note after a cancel.
#[component]
fn Progress() -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <div class="roster__status" role="status" aria-live="polite">
            {move || ctx.working.get().map(|(rows, share)| view! {
                <div class="roster__progress" data-testid="roster-progress">
                    <label for="roster-progress-bar">
                        {match lang() {
                            Lang::Zh => format!("正在检查……已检查 {rows} 行"),
                            Lang::En => format!("Checking… {rows} rows so far"),
                        }}
                    </label>
                    <progress id="roster-progress-bar" max="1" value=share></progress>
                    <button type="button" class="button button--secondary" data-testid="roster-cancel" on:click=move |_| ctx.cancel()>
                        {tr(lang(), "取消", "Cancel")}
                    </button>
                </div>
            })}
            <Show when=move || ctx.cancelled.get()>
                <p class="notice notice--warning">
                    {move || tr(lang(), "检查已取消。需要时请重新提交名单。", "The check was cancelled. Submit the roster again when you are ready.")}
                </p>
            </Show>
        </div>
    }
}

/// The summary, the column choice, the filters, the export and the table.
#[component]
fn RosterResult() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        ctx.result.get().map(|roster| {
            if !roster.has_header() {
                return match roster.stop {
                    Some(stop) => view! { <StopNotice stop /> }.into_any(),
                    None => view! { <EmptyRoster /> }.into_any(),
                };
            }
            view! {
                <section class="roster__result" aria-labelledby="roster-result-title">
                    {roster.stop.map(|stop| view! { <StopNotice stop /> })}
                    <Summary roster=roster.clone() />
                    <FirstRowQuestion roster=roster.clone() />
                    <Columns roster=roster.clone() />
                    <Controls roster=roster.clone() />
                    <RowsTable roster />
                </section>
            }
            .into_any()
        })
    }
}

/// Why the check stopped before the end (a limit, or memory).
#[component]
fn StopNotice(stop: Stop) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <p class="notice notice--warning" role="alert" data-testid="roster-stop" data-stop=stop.code()>
            {move || stop.message(lang())}
        </p>
    }
}

#[component]
fn EmptyRoster() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <div class="notice notice--warning" data-testid="roster-summary" data-total="0" data-valid="0" data-invalid="0" data-duplicates="0">
            <p>
                {move || tr(
                    lang(),
                    "名单是空的。请粘贴包含表头（姓名、身份证号码）的名单，或选择一个文件。",
                    "The roster is empty. Paste a roster with a header row (name, ID number), or choose a file.",
                )}
            </p>
        </div>
    }
}

/// The counts (`data-testid="roster-summary"`).
#[component]
fn Summary(roster: Arc<Roster>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let s = roster.summary;
    // The result replaces the form's focus, so that screen readers read it (GOV.UK's error
    // summary does the same).
    let ctx = Ctx::get();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let target = ctx.refocus.get_value().and_then(|id| document().get_element_by_id(&id));
        match target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(t) => {
                let _ = t.focus();
            }
            None => {
                let _ = el.focus();
            }
        }
    });
    let text = move || match lang() {
        Lang::Zh => {
            format!("共 {} 行：{} 行无问题，{} 行有问题（其中 {} 行证件号码与前面的行重复）。", s.total, s.valid, s.invalid, s.duplicates)
        }
        Lang::En => format!(
            "{} rows: {} without problems, {} with problems ({} repeat an ID number from an earlier row).",
            s.total, s.valid, s.invalid, s.duplicates
        ),
    };
    view! {
        <div
            class="roster__summary"
            class:roster__summary--ok=s.invalid == 0
            tabindex="-1"
            node_ref=node
            data-testid="roster-summary"
            data-total=s.total
            data-valid=s.valid
            data-invalid=s.invalid
            data-duplicates=s.duplicates
        >
            <h2 id="roster-result-title">{move || tr(lang(), "检查结果", "Result")}</h2>
            <p class="roster__summary-text">{text}</p>
        </div>
    }
}

/// The column choice: one select per value, preset to the header's reading.
#[component]
fn Columns(roster: Arc<Roster>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let unsure = roster.detection.is_unsure() || !roster.columns.missing_required().is_empty();
    let header = roster.header.clone();
    let n_columns = header.len();
    let columns = roster.columns;
    view! {
        <fieldset class="roster__columns" data-testid="roster-columns">
            <legend class="field__legend"><strong>{move || tr(lang(), "列对应", "Columns")}</strong></legend>
            {unsure.then(|| view! {
                <p class="notice notice--warning" data-testid="roster-columns-unsure">
                    {move || tr(
                        lang(),
                        "有些列无法从表头确定。请确认下面每一项对应的列，改动后会立即重新检查。",
                        "Some columns could not be recognised from the header. Confirm the column of each value below; the roster is checked again as soon as you change one.",
                    )}
                </p>
            })}
            {(n_columns > SELECT_OPTIONS).then(|| view! {
                <p class="notice notice--warning" data-testid="roster-columns-capped">
                    {move || match lang() {
                        Lang::Zh => format!("表头有 {n_columns} 列，下面只列出前 {SELECT_OPTIONS} 列。"),
                        Lang::En => format!("The header has {n_columns} columns; only the first {SELECT_OPTIONS} are listed below."),
                    }}
                </p>
            })}
            <div class="roster__column-choices">
                {Column::ALL
                    .into_iter()
                    .map(|c| {
                        let id = format!("roster-column-{}", c.code());
                        let header = header.clone();
                        let current = columns.get(c);
                        let on_change = move |ev: leptos::ev::Event| {
                            let value = event_target_value(&ev);
                            let mut map = columns;
                            map.set(c, value.parse::<usize>().ok());
                            if let Some(text) = ctx.source.get_value() {
                                ctx.refocus.set_value(Some(format!("roster-column-{}", c.code())));
                                ctx.run(text, Some(map));
                            }
                        };
                        view! {
                            <div class="roster__column-choice">
                                <label class="field__label" for=id.clone()>
                                    {move || c.label().get(lang()).to_string()}
                                    {c.required().then_some(move || tr(lang(), "（必填）", " (required)"))}
                                </label>
                                <select class="field__input roster__select" id=id on:change=on_change>
                                    <option value="" selected=current.is_none()>{move || tr(lang(), "（无此列）", "(no such column)")}</option>
                                    {header
                                        .iter()
                                        .take(SELECT_OPTIONS)
                                        .enumerate()
                                        .map(|(i, h)| {
                                            let h = h.trim();
                                            let h = if h.chars().nth(60).is_some() { h.chars().take(60).chain(['…']).collect() } else { h.to_string() };
                                            view! {
                                                <option value=i.to_string() selected=current == Some(i)>
                                                    {move || match lang() {
                                                        Lang::Zh => format!("第 {} 列：{h}", i + 1),
                                                        Lang::En => format!("Column {}: {h}", i + 1),
                                                    }}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The filter, the masking switch and the export.
#[component]
fn Controls(roster: Arc<Roster>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let export = move |_| {
        let name = tr(lang(), "名单检查结果.csv", "roster-checked.csv");
        download(crate::domain::roster::export::pieces(&roster, lang(), 20_000), name);
    };
    view! {
        <div class="roster__controls">
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    type="checkbox"
                    id="roster-only-problems"
                    data-testid="roster-filter"
                    prop:checked=move || ctx.only_problems.get()
                    on:change=move |ev| {
                        ctx.only_problems.set(event_target_checked(&ev));
                        ctx.shown.set(PAGE);
                    }
                />
                <label class="checkboxes__label" for="roster-only-problems">{move || tr(lang(), "只显示有问题的行", "Show only rows with problems")}</label>
            </div>
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    type="checkbox"
                    id="roster-show-full"
                    data-testid="roster-show-full"
                    prop:checked=move || ctx.show_full.get()
                    on:change=move |ev| ctx.show_full.set(event_target_checked(&ev))
                />
                <label class="checkboxes__label" for="roster-show-full">{move || tr(lang(), "显示完整证件号码", "Show ID numbers in full")}</label>
            </div>
            <button type="button" class="button button--secondary" data-testid="roster-export" on:click=export>
                {move || tr(lang(), "导出检查结果（CSV）", "Export the checked roster (CSV)")}
            </button>
        </div>
    }
}

/// Saves the pieces of a text as a file through a local Blob URL (nothing leaves the
/// browser); the pieces go to the Blob one by one, never joined into one string.
fn download(pieces: impl Iterator<Item = String>, name: &str) {
    let parts = js_sys::Array::new();
    for piece in pieces {
        parts.push(&JsValue::from_str(&piece));
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(href) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&href);
        a.set_download(name);
        a.click();
    }
    spawn_local(async move {
        TimeoutFuture::new(10_000).await;
        let _ = web_sys::Url::revoke_object_url(&href);
    });
}

/// The rows: the first [`PAGE`] of those shown, and a button for more.
#[component]
fn RowsTable(roster: Arc<Roster>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let visible = {
        let roster = roster.clone();
        Memo::new(move |_| roster.visible(ctx.only_problems.get()))
    };
    let count = move || visible.with(Vec::len);
    let map = roster.columns;
    let caption = move || {
        let shown = ctx.shown.get().min(count());
        match (lang(), ctx.only_problems.get()) {
            (Lang::Zh, false) => format!("各行检查结果（显示 {shown} 行，共 {} 行）", count()),
            (Lang::Zh, true) => format!("有问题的行（显示 {shown} 行，共 {} 行）", count()),
            (Lang::En, false) => format!("Every row checked (showing {shown} of {})", count()),
            (Lang::En, true) => format!("Rows with problems (showing {shown} of {})", count()),
        }
    };
    let rows = move || {
        let lang = lang();
        let full = ctx.show_full.get();
        let shown = ctx.shown.get();
        visible.with(|v| {
            v.iter()
                .take(shown)
                .map(|&i| {
                    let row = &roster.rows[i];
                    let id = row.value(map.id);
                    let id = if full { shown_cell(id, lang) } else { shown_cell(&mask_id(id), lang) };
                    let problems: Vec<String> = row.problems.iter().map(|p| p.message(lang)).collect();
                    let ok = problems.is_empty();
                    view! {
                        <tr class="roster__row" class:roster__row--problem=!ok data-testid="roster-row" data-line=row.line>
                            <th scope="row" class="roster__line">{row.line}</th>
                            <td>{shown_cell(row.value(map.name), lang)}</td>
                            <td class="roster__id">{id}</td>
                            <td>{shown_cell(row.value(map.phone), lang)}</td>
                            <td>{shown_cell(row.value(map.sex), lang)}</td>
                            <td>{shown_cell(row.value(map.birth), lang)}</td>
                            <td class="roster__problems">
                                {if ok {
                                    view! { <span class="roster__ok">{tr(lang, "无问题", "No problems")}</span> }.into_any()
                                } else {
                                    view! {
                                        <ul class="roster__problem-list">
                                            {problems.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                        </ul>
                                    }
                                    .into_any()
                                }}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="roster__table-wrap">
            <table class="roster__table" data-testid="roster-table">
                <caption class="roster__caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || tr(lang(), "行号", "Line")}</th>
                        {Column::ALL.into_iter().map(|c| view! { <th scope="col">{move || c.label().get(lang()).to_string()}</th> }).collect_view()}
                        <th scope="col">{move || tr(lang(), "问题及修改方法", "Problems and how to fix them")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Show when=move || { ctx.shown.get() < count() }>
            <button type="button" class="button button--secondary roster__more" data-testid="roster-more" on:click=move |_| ctx.shown.update(|n| *n += PAGE)>
                {move || match lang() {
                    Lang::Zh => format!("再显示 {} 行（还有 {} 行）", PAGE.min(count() - ctx.shown.get().min(count())), count() - ctx.shown.get().min(count())),
                    Lang::En => format!("Show {} more rows ({} not shown)", PAGE.min(count() - ctx.shown.get().min(count())), count() - ctx.shown.get().min(count())),
                }}
            </button>
        </Show>
    }
}

/// "第一行是表头吗？": detected from the first row, one click to change; the roster is
/// checked again at once, so no person is ever taken for a header.
#[component]
fn FirstRowQuestion(roster: Arc<Roster>) -> impl IntoView {
    let ctx = Ctx::get();
    let state = State::get();
    let lang = move || state.lang();
    let current = roster.first_row;
    let sample = roster.header.iter().take(3).map(|c| c.chars().take(20).collect::<String>()).collect::<Vec<_>>().join(" · ");
    let choose = move |choice: FirstRow| {
        if choice == current {
            return;
        }
        ctx.first_row.set_value(Some(choice));
        ctx.refocus.set_value(Some(format!("roster-first-row-{}", if choice == FirstRow::Header { "header" } else { "data" })));
        if let Some(text) = ctx.source.get_value() {
            ctx.run(text, None);
        }
    };
    view! {
        <fieldset class="field field--radios roster__first-row" data-testid="roster-first-row" data-first-row=if current == FirstRow::Header { "header" } else { "data" }>
            <legend class="field__legend"><strong>{move || tr(lang(), "第一行是表头吗？", "Is the first row a header?")}</strong></legend>
            <p class="field__hint">{move || format!("{}{}", tr(lang(), "第一行：", "First row: "), sample)}</p>
            <div class="radios">
                <div class="radios__item">
                    <input class="radios__input" type="radio" name="roster-first-row" id="roster-first-row-header"
                        prop:checked=current == FirstRow::Header on:change=move |_| choose(FirstRow::Header) />
                    <label class="radios__label" for="roster-first-row-header">{move || tr(lang(), "是，第一行是列名", "Yes: the first row names the columns")}</label>
                </div>
                <div class="radios__item">
                    <input class="radios__input" type="radio" name="roster-first-row" id="roster-first-row-data"
                        prop:checked=current == FirstRow::Data on:change=move |_| choose(FirstRow::Data) />
                    <label class="radios__label" for="roster-first-row-data">{move || tr(lang(), "否，第一行就是第一个人", "No: the first row is the first person")}</label>
                </div>
            </div>
        </fieldset>
    }
}
