//! The notice editor for staff (`?view=editor`): start from any notice, change what this
//! year's notice says, see the calculator's answer for the draft beside it, and download the
//! file to publish in `notices/`. The draft lives in the page only; nothing is sent anywhere.
//!
//! Every part of the notice is a form field: the figures, dates and clauses here, the lists
//! (offices, who is covered, assistance lines, routes, channels, tasks, refunds) as one
//! fieldset per item drawn by the generic list editor (`editor_lists.rs`, described in
//! `editor_specs.rs`). Every problem comes from the domain's checker ([`policy::check`]), the
//! same one that reads published files, and is listed in a GOV.UK error summary linked to the
//! exact field.

use crate::words::labels as L;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::checked_fields::{CheckboxField, ErrorSummary, FieldMessage, RadioField, TextField};
use super::editor_lists::AnyList;
use super::{label_of, tr, State};
use crate::domain::inputs::{Assist, Status};
use crate::domain::lang::{Lang, Text};
use crate::domain::money::Money;
use crate::domain::policy::{self, calculate, CalcInput, Clause, Finding, PolicyData};

/// The field (its input's id) a finding's path belongs to: the longest matching entry.
const FIELD_IDS: &[(&str, &str)] = &[
    ("schema", "ed-template"),
    ("file", "ed-region"),
    ("region", "ed-region"),
    ("region_name", "ed-region-name-zh"),
    ("year", "ed-year"),
    ("document_number", "ed-document-number"),
    ("document_note", "ed-document-note-zh"),
    ("issued", "ed-issued"),
    ("year_kind", "ed-year-kind"),
    ("title_supplied", "ed-title-supplied"),
    ("subsidy.text", "ed-subsidy-text-zh"),
    ("stacking.text", "ed-stacking-text-zh"),
    ("title", "ed-title-zh"),
    ("issuer", "ed-issuer-zh"),
    ("contribution", "ed-contribution-amount"),
    ("contribution.clause", "ed-contribution-clause"),
    ("contribution.text", "ed-contribution-text-zh"),
    ("subsidy", "ed-subsidy-amount"),
    ("subsidy.clause", "ed-subsidy-clause"),
    ("window", "ed-window-end"),
    ("window.start", "ed-window-start"),
    ("window.clause", "ed-window-clause"),
    ("benefit", "ed-benefit-start"),
    ("benefit.end", "ed-benefit-end"),
    ("benefit.clause", "ed-benefit-clause"),
    ("benefit.text", "ed-benefit-text-zh"),
    ("benefit.ask", "ed-benefit-ask"),
    ("stacking", "ed-stacking-clause"),
    ("refund_ask", "ed-refund-ask"),
];

/// The input a finding is shown on: a list's own field, or one of [`FIELD_IDS`].
fn field_id(f: &Finding) -> &'static str {
    if let Some(id) = super::editor_specs::ALL.iter().find_map(|l| l.locate(f)) {
        return id;
    }
    let path = f.field.as_str();
    FIELD_IDS
        .iter()
        .filter(|(key, _)| path == *key || path.strip_prefix(key).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('[')))
        .max_by_key(|(key, _)| key.len())
        .map_or("ed-template", |(_, id)| id)
}

/// The editor's state: the draft, and what the user typed that does not read yet.
#[derive(Clone, Copy)]
pub(super) struct Draft {
    pub(super) data: RwSignal<PolicyData>,
    /// Fields whose text does not read as their type (an amount, a date): id and why.
    unread: RwSignal<Vec<(&'static str, Text)>>,
    /// Bumped when a template is chosen: the fields are made again from the new draft.
    generation: RwSignal<u32>,
}

impl Draft {
    fn file_name(d: &PolicyData) -> String {
        format!("{}-{}.json", d.region, d.year)
    }

    /// The checker's findings on the draft, as it will be published.
    fn findings(self) -> Vec<Finding> {
        self.data.with(|d| {
            let mut d = d.clone();
            d.file = Draft::file_name(&d);
            policy::check(&d, "json")
        })
    }

    /// Every problem, for the error summary and the fields: what does not read, then the
    /// checker's findings (one per field, the first).
    fn problems(self) -> Vec<FieldMessage> {
        let mut out: Vec<FieldMessage> = self.unread.get().into_iter().map(|(id, t)| FieldMessage::error(id, t.zh, t.en)).collect();
        for f in self.findings() {
            let id = field_id(&f);
            if out.iter().any(|p| p.field == id) {
                continue;
            }
            let t = f.describe();
            out.push(FieldMessage::error(id, t.zh, t.en));
        }
        out
    }

    /// Forgets what did not read in the fields whose ids start with `prefix` (a list whose
    /// items were added or removed is drawn again from the draft).
    pub(super) fn forget(self, prefix: &str) {
        self.unread.update(|u| u.retain(|(i, _)| !i.starts_with(prefix)));
    }

    fn mark(self, id: &'static str, problem: Option<Text>) {
        self.unread.update(|u| {
            u.retain(|(i, _)| *i != id);
            if let Some(t) = problem {
                u.push((id, t));
            }
        });
    }
}

/// A template: a notice's data, ready to edit (its file name cleared, the current schema).
fn template(p: &policy::Policy) -> PolicyData {
    let mut d = p.data.clone();
    d.file = String::new();
    d.schema = policy::SCHEMA_VERSION;
    if !policy::BUILT_IN_REGIONS.contains(&d.region.as_str()) && d.region_name.is_none() {
        d.region_name = Some(p.key.region.name());
    }
    d
}

/// An empty notice: the draft where the page knows no notice to start from.
fn blank() -> PolicyData {
    let no_text = || Text::new("", "");
    PolicyData {
        schema: policy::SCHEMA_VERSION,
        file: String::new(),
        region: String::new(),
        region_name: None,
        year: 0,
        document_number: String::new(),
        title: no_text(),
        issuer: no_text(),
        issued: None,
        source: String::new(),
        year_kind: policy::YearKind::Benefit,
        document_note: None,
        title_supplied: false,
        offices: Vec::new(),
        coverage: Vec::new(),
        not_covered: policy::NotCoveredRule { text: no_text(), clause: String::new(), ask: String::new() },
        contribution: policy::ContributionRule { amount: Money::ZERO, provisional: false, clause: String::new(), text: None },
        subsidy: None,
        window: policy::WindowRule {
            start: None,
            end: chrono::NaiveDate::default(),
            clause: String::new(),
            text: None,
            after_close: None,
            exceptions: Vec::new(),
        },
        benefit: policy::BenefitRule { start: None, end: None, clause: String::new(), text: no_text(), ask: None },
        assistance: Vec::new(),
        unlisted_assist: policy::UnlistedAssist {
            treat_as: policy::UnlistedTreat::Unknown,
            text: no_text(),
            clause: String::new(),
            ask: String::new(),
        },
        stacking: None,
        enroll: Vec::new(),
        pay: Vec::new(),
        notes: Vec::new(),
        tasks: Vec::new(),
        refund: None,
        refund_ask: None,
    }
}

/// The page.
#[component]
pub fn EditorPage() -> impl IntoView {
    let notices = policy::all();
    let first = notices.first().map_or_else(blank, |p| template(p));
    let draft = Draft { data: RwSignal::new(first), unread: RwSignal::new(Vec::new()), generation: RwSignal::new(0) };
    let problems = RwSignal::new(Vec::<FieldMessage>::new());
    let attempt = RwSignal::new(0u32);
    let downloaded = RwSignal::new(None::<String>);
    // After the first "check", the summary follows every change.
    Effect::new(move |_| {
        draft.data.track();
        draft.unread.track();
        if attempt.get_untracked() > 0 {
            problems.set(draft.problems());
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = draft.problems();
        problems.set(found.clone());
        attempt.update(|n| *n += 1);
        if found.is_empty() {
            let name = draft.data.with(Draft::file_name);
            if let Some(text) = draft.data.with(to_json) {
                super::download::save(&name, "application/json", &text);
                downloaded.set(Some(name));
            }
        } else {
            downloaded.set(None);
        }
    };
    view! {
        <div class="editor" data-testid="editor">
            <h1>{label_of(L::editor::NOTICE_EDITOR_FOR_STAFF)}</h1>
            <p>{label_of(L::editor::FILL_IN_WHAT_THIS_YEAR)}</p>
            <super::provenance::NoticesReport />
            <ErrorSummary problems attempt testid="editor-errors" />
            <TemplatePicker draft />
            <div class="editor__columns">
                <form class="editor__form" novalidate on:submit=on_submit data-testid="editor-form">
                    {move || {
                        draft.generation.track();
                        view! { <Fields draft problems /> }
                    }}
                    <button type="submit" class="button" data-testid="editor-download">
                        {label_of(L::editor::CHECK_AND_DOWNLOAD_THE_NOTICE)}
                    </button>
                </form>
                <Preview draft />
            </div>
            {move || downloaded.get().map(|name| view! { <Instructions name /> })}
        </div>
    }
}

/// JSON text of `value`, written by the browser (`JSON.stringify`, two-space indents), without
/// empty values and without the `file` key (the loader names a file by its name).
fn to_json<T: Serialize>(value: &T) -> Option<String> {
    let js = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()?;
    tidy(&js);
    js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from_f64(2.0)).ok()?.as_string()
}

/// Removes `null` values and the `file` key from a JSON-shaped value, in place.
fn tidy(value: &JsValue) {
    if js_sys::Array::is_array(value) {
        js_sys::Array::from(value).iter().for_each(|item| tidy(&item));
    } else if let Some(object) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Object>(value) {
        for key in js_sys::Object::keys(object).iter() {
            let v = js_sys::Reflect::get(object, &key).unwrap_or(JsValue::NULL);
            if v.is_null() || v.is_undefined() || key.as_string().as_deref() == Some("file") {
                let _ = js_sys::Reflect::delete_property(object, &key);
            } else {
                tidy(&v);
            }
        }
    }
}

/// "Start from": any notice the page knows, built in or published.
#[component]
fn TemplatePicker(draft: Draft) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let notices = policy::all();
    let options: Vec<(String, Text)> =
        notices.iter().map(|p| (format!("{}-{}", p.key.region.code(), p.key.year), p.key.region.name())).collect();
    let years: Vec<u16> = notices.iter().map(|p| p.key.year).collect();
    let docs: Vec<String> = notices.iter().map(|p| p.document_number().to_string()).collect();
    view! {
        <div class="field">
            <label class="field__label" for="ed-template">{label_of(L::editor::START_FROM_THIS_NOTICE)}</label>
            <p class="field__hint" id="ed-template-hint">{label_of(L::editor::CHOOSING_ONE_REPLACES_THE_DRAFT)}</p>
            <select
                class="field__input field__select"
                id="ed-template"
                aria-describedby="ed-template-hint"
                data-testid="editor-template"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(p) = policy::all().into_iter().find(|p| format!("{}-{}", p.key.region.code(), p.key.year) == v) {
                        draft.data.set(template(p));
                        draft.unread.set(Vec::new());
                        draft.generation.update(|g| *g += 1);
                    }
                }
            >
                {options.into_iter().enumerate().map(|(i, (value, region))| {
                    let (year, doc) = (years[i], docs[i].clone());
                    view! { <option value=value>{move || format!("{} · {} · {}", region.get(lang()), year, doc)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A text field bound to one part of the draft. `read` turns the typed text into the draft
/// (or says why it cannot); the field shows the text as typed.
pub(super) fn bound(
    draft: Draft,
    id: &'static str,
    shown: String,
    read: impl Fn(&mut PolicyData, &str) -> Result<(), Text> + Send + Sync + 'static,
) -> super::checked_fields::Bind {
    let raw = RwSignal::new(shown);
    super::checked_fields::Bind {
        get: raw.into(),
        set: Callback::new(move |v: String| {
            raw.set(v.clone());
            let mut d = draft.data.get_untracked();
            match read(&mut d, &v) {
                Ok(()) => {
                    draft.data.set(d);
                    draft.mark(id, None);
                }
                Err(t) => draft.mark(id, Some(t)),
            }
        }),
    }
}

pub(super) fn amount_problem() -> Text {
    Text::new(
        "请按通知写金额，只用数字，例如 380 或 363.50。",
        "write the amount as in the notice, in digits only, for example 380 or 363.50.",
    )
}

pub(super) fn date_problem() -> Text {
    Text::new("请按“年-月-日”填写日期，例如 2026-12-31。", "enter the date as year-month-day, for example 2026-12-31.")
}

pub(super) fn read_date(text: &str) -> Result<Option<chrono::NaiveDate>, Text> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    crate::domain::date::parse_iso(t).map(Some).ok_or_else(date_problem)
}

/// The year kind's code in the editor's radios.
fn year_kind_code(k: policy::YearKind) -> &'static str {
    match k {
        policy::YearKind::Benefit => "benefit",
        policy::YearKind::Payment => "payment",
    }
}

/// Sets one language of an optional text: the text goes when both languages are empty.
fn set_text(text: &mut Option<Text>, typed: &str, lang: Lang) {
    let t = text.get_or_insert_with(Text::default);
    match lang {
        Lang::Zh => t.zh = typed.to_string(),
        Lang::En => t.en = typed.to_string(),
    }
    if t.zh.trim().is_empty() && t.en.trim().is_empty() {
        *text = None;
    }
}

/// One plain text field of the draft (a string that is always valid as typed).
macro_rules! text_field {
    ($draft:expr, $problems:expr, $id:literal, $zh:literal, $en:literal, |$d:ident| $get:expr, |$dm:ident, $v:ident| $set:expr) => {{
        let shown = $draft.data.with_untracked(|$d| $get);
        let bind = bound($draft, $id, shown, move |$dm, $v| {
            $set;
            Ok(())
        });
        view! { <TextField id=$id label=Text::new($zh, $en) bind problem=super::checked_fields::problem_of($problems, $id) /> }
    }};
}

/// Every field of the draft, in the order of a notice.
#[component]
fn Fields(draft: Draft, problems: RwSignal<Vec<FieldMessage>>) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let legend = move |zh: &'static str, en: &'static str| view! { <legend class="field__legend"><h2 class="field__heading">{move || tr(lang(), zh, en)}</h2></legend> };
    let money_bind = |id: &'static str, shown: String, set: fn(&mut PolicyData, Option<Money>)| {
        bound(draft, id, shown, move |d, v| super::editor_lists::read_money(v).map(|m| set(d, m)))
    };
    let d0 = draft.data.get_untracked();
    let year_bind = bound(draft, "ed-year", d0.year.to_string(), |d, v| {
        v.trim()
            .parse::<u16>()
            .map(|y| d.year = y)
            .map_err(|_| Text::new("请填写通知标题中的年度，例如 2027。", "enter the year in the notice's title, for example 2027."))
    });
    let contribution = money_bind("ed-contribution-amount", d0.contribution.amount.decimal().to_string(), |d, m| {
        d.contribution.amount = m.unwrap_or(Money::ZERO)
    });
    let subsidy =
        money_bind("ed-subsidy-amount", d0.subsidy.as_ref().map(|s| s.amount.decimal().to_string()).unwrap_or_default(), |d, m| match m {
            Some(m) => d.subsidy.get_or_insert_with(|| policy::SubsidyRule { amount: m, clause: String::new(), text: None }).amount = m,
            None => d.subsidy = None,
        });
    let year_kind = bound(draft, "ed-year-kind", year_kind_code(d0.year_kind).to_string(), |d, v| {
        d.year_kind = match v {
            "payment" => policy::YearKind::Payment,
            _ => policy::YearKind::Benefit,
        };
        Ok(())
    });
    let issued = bound(draft, "ed-issued", d0.issued.map(|d| d.to_string()).unwrap_or_default(), |d, v| {
        d.issued = read_date(v)?;
        Ok(())
    });
    let title_supplied = Signal::derive(move || draft.data.with(|d| d.title_supplied));
    let set_title_supplied = Callback::new(move |on: bool| draft.data.update(|d| d.title_supplied = on));
    let provisional = Signal::derive(move || draft.data.with(|d| d.contribution.provisional));
    let set_provisional = Callback::new(move |on: bool| draft.data.update(|d| d.contribution.provisional = on));
    let year_kinds = vec![
        (
            "benefit",
            Text::new(
                "待遇年度（如广东各市：2022年度在2021年秋季缴费，2022年享受待遇）",
                "The year of cover (as in Guangdong: the 2022 year is paid in autumn 2021)",
            ),
        ),
        (
            "payment",
            Text::new(
                "缴费年度（如甘州区：2022年缴费，2023年享受待遇）",
                "The year of payment (as in Ganzhou: paid in 2022, covered in 2023)",
            ),
        ),
    ];
    let p = |id: &'static str| super::checked_fields::problem_of(problems, id);
    view! {
        <fieldset class="editor__section">
            {legend("通知", "The notice")}
            {text_field!(draft, problems, "ed-region", "地区代码（小写字母、数字和连字符，用于链接中的 region=）", "Region code (lowercase letters, digits and hyphens: region= in links)", |d| d.region.clone(), |d, v| d.region = v.trim().to_string())}
            {text_field!(draft, problems, "ed-region-name-zh", "地区名称（中文，新地区必填）", "Region name in Chinese (required for a new region)", |d| d.region_name.as_ref().map(|t| t.zh.clone()).unwrap_or_default(), |d, v| d.region_name.get_or_insert_with(Text::default).zh = v.to_string())}
            {text_field!(draft, problems, "ed-region-name-en", "地区名称（英文）", "Region name in English", |d| d.region_name.as_ref().map(|t| t.en.clone()).unwrap_or_default(), |d, v| d.region_name.get_or_insert_with(Text::default).en = v.to_string())}
            <TextField id="ed-year" label=Text::new("年度（通知标题中的年度）", "Year (as in the notice's title)") bind=year_bind problem=p("ed-year") inputmode="numeric" width="field__input--5" />
            <RadioField id="ed-year-kind" legend=Text::new("标题中的年度是", "The year in the title is") options=year_kinds bind=year_kind problem=p("ed-year-kind") />
            {text_field!(draft, problems, "ed-document-number", "文号", "Document number (文号)", |d| d.document_number.clone(), |d, v| d.document_number = v.trim().to_string())}
            {text_field!(draft, problems, "ed-document-note-zh", "关于文件本身的说明（中文，选填，如“译本，未载文号”）", "A remark on the document itself, in Chinese (optional, e.g. a translation without a number)", |d| d.document_note.as_ref().map(|t| t.zh.clone()).unwrap_or_default(), |d, v| set_text(&mut d.document_note, v, Lang::Zh))}
            {text_field!(draft, problems, "ed-document-note-en", "关于文件本身的说明（英文）", "A remark on the document itself, in English", |d| d.document_note.as_ref().map(|t| t.en.clone()).unwrap_or_default(), |d, v| set_text(&mut d.document_note, v, Lang::En))}
            <TextField id="ed-issued" label=Text::new("印发日期（年-月-日，未写明则留空）", "Date issued (year-month-day; empty where not stated)") bind=issued problem=p("ed-issued") width="field__input--10" />
            {text_field!(draft, problems, "ed-title-zh", "标题（中文）", "Title in Chinese", |d| d.title.zh.clone(), |d, v| d.title.zh = v.to_string())}
            {text_field!(draft, problems, "ed-title-en", "标题（英文）", "Title in English", |d| d.title.en.clone(), |d, v| d.title.en = v.to_string())}
            <CheckboxField id="ed-title-supplied" label=Text::new("通知原文没有标题，上面的标题是我们拟的（页面会注明）", "The notice has no title of its own: the title above is ours (the page says so)") checked=title_supplied set=set_title_supplied />
            {text_field!(draft, problems, "ed-issuer-zh", "发文单位（中文）", "Issuing office in Chinese", |d| d.issuer.zh.clone(), |d, v| d.issuer.zh = v.to_string())}
            {text_field!(draft, problems, "ed-issuer-en", "发文单位（英文）", "Issuing office in English", |d| d.issuer.en.clone(), |d, v| d.issuer.en = v.to_string())}
            {text_field!(draft, problems, "ed-source", "通知原文的网址或出处", "Where the notice is published (its address)", |d| d.source.clone(), |d, v| d.source = v.trim().to_string())}
        </fieldset>
        <fieldset class="editor__section">
            {legend("缴费标准和财政补助", "Contribution and subsidy")}
            <TextField id="ed-contribution-amount" label=Text::new("个人缴费标准（元）", "Individual contribution (yuan)") bind=contribution problem=p("ed-contribution-amount") inputmode="decimal" width="field__input--10" />
            {text_field!(draft, problems, "ed-contribution-clause", "缴费标准出自的条款，例如 §二(一)", "Clause of the contribution, e.g. §二(一)", |d| d.contribution.clause.clone(), |d, v| d.contribution.clause = v.trim().to_string())}
            {text_field!(draft, problems, "ed-contribution-text-zh", "缴费标准的说明（中文）", "What the notice says about it, in Chinese", |d| d.contribution.text.as_ref().map(|t| t.zh.clone()).unwrap_or_default(), |d, v| d.contribution.text.get_or_insert_with(Text::default).zh = v.to_string())}
            {text_field!(draft, problems, "ed-contribution-text-en", "缴费标准的说明（英文）", "What the notice says about it, in English", |d| d.contribution.text.as_ref().map(|t| t.en.clone()).unwrap_or_default(), |d, v| d.contribution.text.get_or_insert_with(Text::default).en = v.to_string())}
            <CheckboxField id="ed-contribution-provisional" label=Text::new("缴费标准是暂定的（通知写明以正式文件为准）", "The contribution is provisional (the notice says a later document confirms it)") checked=provisional set=set_provisional />
            <TextField id="ed-subsidy-amount" label=Text::new("财政补助（元，通知未写明则留空）", "Government subsidy (yuan; leave empty where the notice states none)") bind=subsidy problem=p("ed-subsidy-amount") inputmode="decimal" width="field__input--10" />
            {text_field!(draft, problems, "ed-subsidy-clause", "财政补助出自的条款", "Clause of the subsidy", |d| d.subsidy.as_ref().map(|s| s.clause.clone()).unwrap_or_default(), |d, v| if let Some(s) = d.subsidy.as_mut() { s.clause = v.trim().to_string() })}
            {text_field!(draft, problems, "ed-subsidy-text-zh", "财政补助的说明（中文，选填）", "What the notice says about the subsidy, in Chinese (optional)", |d| d.subsidy.as_ref().and_then(|s| s.text.as_ref()).map(|t| t.zh.clone()).unwrap_or_default(), |d, v| if let Some(s) = d.subsidy.as_mut() { set_text(&mut s.text, v, Lang::Zh) })}
            {text_field!(draft, problems, "ed-subsidy-text-en", "财政补助的说明（英文）", "What the notice says about the subsidy, in English", |d| d.subsidy.as_ref().and_then(|s| s.text.as_ref()).map(|t| t.en.clone()).unwrap_or_default(), |d, v| if let Some(s) = d.subsidy.as_mut() { set_text(&mut s.text, v, Lang::En) })}
        </fieldset>
        <DatesSection draft problems />
        <ListSections draft problems />
    }
}

/// The payment window and the benefit period, with the window's exceptions.
#[component]
fn DatesSection(draft: Draft, problems: RwSignal<Vec<FieldMessage>>) -> impl IntoView {
    let date_bind =
        |id: &'static str, shown: Option<chrono::NaiveDate>, set: fn(&mut PolicyData, Option<chrono::NaiveDate>) -> Result<(), Text>| {
            bound(draft, id, shown.map(|d| d.to_string()).unwrap_or_default(), move |d, v| set(d, read_date(v)?))
        };
    let d0 = draft.data.get_untracked();
    let window_start = date_bind("ed-window-start", d0.window.start, |d, v| {
        d.window.start = v;
        Ok(())
    });
    let window_end = date_bind("ed-window-end", Some(d0.window.end), |d, v| {
        d.window.end = v.ok_or_else(date_problem)?;
        Ok(())
    });
    let benefit_start = date_bind("ed-benefit-start", d0.benefit.start, |d, v| {
        d.benefit.start = v;
        Ok(())
    });
    let benefit_end = date_bind("ed-benefit-end", d0.benefit.end, |d, v| {
        d.benefit.end = v;
        Ok(())
    });
    let p = |id: &'static str| super::checked_fields::problem_of(problems, id);
    view! {
        <fieldset class="editor__section">
            <legend class="field__legend"><h2 class="field__heading">{label_of(L::editor::PAYMENT_WINDOW_AND_BENEFIT_PERIOD)}</h2></legend>
            <TextField id="ed-window-start" label=Text::new("缴费期开始（年-月-日，未写明则留空）", "Payment window opens (year-month-day; empty where not stated)") bind=window_start problem=p("ed-window-start") width="field__input--10" />
            <TextField id="ed-window-end" label=Text::new("缴费截止（年-月-日）", "Payment deadline (year-month-day)") bind=window_end problem=p("ed-window-end") width="field__input--10" />
            {text_field!(draft, problems, "ed-window-clause", "缴费期出自的条款", "Clause of the payment window", |d| d.window.clause.clone(), |d, v| d.window.clause = v.trim().to_string())}
            {text_field!(draft, problems, "ed-window-text-zh", "缴费期的说明（中文）", "What the notice says about the window, in Chinese", |d| d.window.text.as_ref().map(|t| t.zh.clone()).unwrap_or_default(), |d, v| d.window.text.get_or_insert_with(Text::default).zh = v.to_string())}
            {text_field!(draft, problems, "ed-window-text-en", "缴费期的说明（英文）", "What the notice says about the window, in English", |d| d.window.text.as_ref().map(|t| t.en.clone()).unwrap_or_default(), |d, v| d.window.text.get_or_insert_with(Text::default).en = v.to_string())}
            <TextField id="ed-benefit-start" label=Text::new("待遇期开始（未写明则留空）", "Benefit period starts (empty where not stated)") bind=benefit_start problem=p("ed-benefit-start") width="field__input--10" />
            <TextField id="ed-benefit-end" label=Text::new("待遇期结束", "Benefit period ends") bind=benefit_end problem=p("ed-benefit-end") width="field__input--10" />
            {text_field!(draft, problems, "ed-benefit-clause", "待遇期出自的条款", "Clause of the benefit period", |d| d.benefit.clause.clone(), |d, v| d.benefit.clause = v.trim().to_string())}
            {text_field!(draft, problems, "ed-benefit-text-zh", "待遇期的说明（中文）", "What the notice says about the benefit period, in Chinese", |d| d.benefit.text.zh.clone(), |d, v| d.benefit.text.zh = v.to_string())}
            {text_field!(draft, problems, "ed-benefit-text-en", "待遇期的说明（英文）", "What the notice says about the benefit period, in English", |d| d.benefit.text.en.clone(), |d, v| d.benefit.text.en = v.to_string())}
            {text_field!(draft, problems, "ed-benefit-ask", "未写明待遇期日期时，咨询哪个机构（机构编号）", "Where no dates are stated: the office to ask (its id)", |d| d.benefit.ask.clone().unwrap_or_default(), |d, v| d.benefit.ask = Some(v.trim().to_string()).filter(|s| !s.is_empty()))}
            {super::editor_specs::EXCEPTIONS.view(draft, problems)}
            {super::editor_specs::AFTER_CLOSE.view(draft, problems)}
        </fieldset>
    }
}

/// The sections made of lists: offices and who is covered, assistance, routes and channels,
/// deadlines and refunds.
#[component]
fn ListSections(draft: Draft, problems: RwSignal<Vec<FieldMessage>>) -> impl IntoView {
    use super::editor_specs as specs;
    let state = State::get();
    let lang = move || state.lang();
    let legend = move |zh: &'static str, en: &'static str| view! { <legend class="field__legend"><h2 class="field__heading">{move || tr(lang(), zh, en)}</h2></legend> };
    let stacking = Signal::derive(move || draft.data.with(|d| d.stacking.is_some()));
    let set_stacking = Callback::new(move |on: bool| {
        draft.data.update(|d| {
            d.stacking = on.then(|| Clause {
                clause: String::new(),
                text: Some(Text::new(
                    "同时具有多重身份的，按就高不重复原则资助。",
                    "Several identities at once: the highest applies, never added up.",
                )),
            })
        })
    });
    view! {
        <fieldset class="editor__section">
            {legend("经办机构和参保范围", "Offices and who is covered")}
            {specs::OFFICES.view(draft, problems)}
            {specs::COVERAGE.view(draft, problems)}
            {specs::NOT_COVERED.view(draft, problems)}
        </fieldset>
        <fieldset class="editor__section">
            {legend("资助对象", "Assistance groups and tiers")}
            {specs::ASSISTANCE.view(draft, problems)}
            <CheckboxField id="ed-stacking" label=Text::new("通知规定多重身份“就高不重复”（只按最高一项，不叠加）", "The notice says several identities get the highest one only, never added up") checked=stacking set=set_stacking />
            {move || stacking.get().then(|| view! {
                {text_field!(draft, problems, "ed-stacking-clause", "“就高不重复”出自的条款", "Clause of the highest-not-cumulative rule", |d| d.stacking.as_ref().map(|s| s.clause.clone()).unwrap_or_default(), |d, v| if let Some(s) = d.stacking.as_mut() { s.clause = v.trim().to_string() })}
                {text_field!(draft, problems, "ed-stacking-text-zh", "通知对“就高不重复”的原话（中文）", "The notice's words for the rule, in Chinese", |d| d.stacking.as_ref().and_then(|s| s.text.as_ref()).map(|t| t.zh.clone()).unwrap_or_default(), |d, v| if let Some(s) = d.stacking.as_mut() { set_text(&mut s.text, v, Lang::Zh) })}
                {text_field!(draft, problems, "ed-stacking-text-en", "通知对“就高不重复”的原话（英文）", "The notice's words for the rule, in English", |d| d.stacking.as_ref().and_then(|s| s.text.as_ref()).map(|t| t.en.clone()).unwrap_or_default(), |d, v| if let Some(s) = d.stacking.as_mut() { set_text(&mut s.text, v, Lang::En) })}
            })}
            {specs::UNLISTED.view(draft, problems)}
        </fieldset>
        <fieldset class="editor__section">
            {legend("参保途径和缴费渠道", "Routes and payment channels")}
            {specs::ENROLL.view(draft, problems)}
            {specs::PAY.view(draft, problems)}
            {specs::NOTES.view(draft, problems)}
        </fieldset>
        <fieldset class="editor__section">
            {legend("时间节点和退费", "Deadlines and refunds")}
            {specs::TASKS.view(draft, problems)}
            {specs::REFUND.view(draft, problems)}
            {text_field!(draft, problems, "ed-refund-ask", "没有退费规定时，咨询哪个机构（机构编号）", "Without refund rules: the office to ask (its id)", |d| d.refund_ask.clone().unwrap_or_default(), |d, v| d.refund_ask = Some(v.trim().to_string()).filter(|s| !s.is_empty()))}
        </fieldset>
    }
}

/// The calculator's answer for the draft: a person's status and assistance identities.
#[component]
fn Preview(draft: Draft) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let status = RwSignal::new(Status::Adult);
    let assist = RwSignal::new(Vec::<Assist>::new());
    let policy = Signal::derive(move || {
        let mut d = draft.data.get();
        d.file = Draft::file_name(&d);
        policy::draft(d).ok()
    });
    let outcome = move || {
        let p = policy.get()?;
        let date = p.data.window.start.unwrap_or(p.data.window.end);
        let input = CalcInput { key: p.key, status: status.get(), hukou: None, assist: assist.get(), birth: None, date };
        Some(calculate(&p, &input))
    };
    let row = move |testid: &'static str, zh: &'static str, en: &'static str, amount: Option<policy::Amount>| {
        amount.map(|a| {
            let value = a.data_value();
            let shown = a.money().map(|m| format!("¥{}", m.plain())).unwrap_or_else(|| L::editor::NOT_STATED.get(lang()).to_string());
            view! { <tr><th scope="row">{move || tr(lang(), zh, en)}</th><td data-testid=testid data-value=value>{shown}</td></tr> }
        })
    };
    view! {
        <aside class="editor__preview" aria-labelledby="ed-preview-title" data-testid="editor-preview">
            <h2 id="ed-preview-title">{label_of(L::editor::THE_CALCULATOR_WITH_THIS_DRAFT)}</h2>
            <div class="field">
                <label class="field__label" for="ed-preview-status">{label_of(L::editor::WHO_IS_ENROLLING)}</label>
                <select class="field__input field__select" id="ed-preview-status" on:change=move |ev| {
                    if let Some(s) = Status::from_code(&event_target_value(&ev)) { status.set(s) }
                }>
                    {Status::ALL.iter().map(|s| {
                        let (s, label) = (*s, s.label());
                        view! { <option value=s.code() prop:selected=move || status.get() == s>{move || label.get(lang()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </div>
            {move || policy.get().map(|p| {
                let codes = p.assist_codes();
                (!codes.is_empty()).then(|| view! {
                    <fieldset class="field">
                        <legend class="field__legend">{label_of(L::editor::ASSISTANCE_IDENTITIES)}</legend>
                        {codes.into_iter().map(|a| {
                            let id = format!("ed-preview-{}", a.code());
                            let label = a.label();
                            view! {
                                <div class="checkboxes__item">
                                    <input class="checkboxes__input" type="checkbox" id=id.clone()
                                        prop:checked=move || assist.with(|v| v.contains(&a))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            assist.update(|v| { v.retain(|x| *x != a); if on { v.push(a) } });
                                        } />
                                    <label class="checkboxes__label" for=id>{move || label.get(lang()).to_string()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                })
            })}
            {move || match outcome() {
                Some(out) => view! {
                    <table class="editor__table">
                        <tbody>
                            {row("draft-contribution", "个人缴费标准", "Individual contribution", Some(out.contribution.clone()))}
                            {row("draft-assistance", "资助", "Assistance", Some(out.assistance.amount.clone()))}
                            {row("draft-pay-now", "缴费时支付", "Paid at payment time", Some(out.pay_now.clone()))}
                            {row("draft-net-payable", "最终个人负担", "Borne in the end", Some(out.net_payable.clone()))}
                        </tbody>
                    </table>
                    <p class="field__hint">{label_of(L::editor::WORKED_OUT_FOR_THE_FIRST)}</p>
                }.into_any(),
                None => view! {
                    <p data-testid="draft-not-ready">{label_of(L::editor::THE_DRAFT_STILL_HAS_PROBLEMS)}</p>
                }.into_any(),
            }}
        </aside>
    }
}

/// Where to put the downloaded file, and the index that lists it.
#[component]
fn Instructions(name: String) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let mut names: Vec<String> = policy::deployment()
        .map(|d| {
            d.notices
                .iter()
                .filter_map(|p| match &p.origin {
                    policy::Origin::Deployment { file } => Some(file.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    if !names.contains(&name) {
        names.push(name.clone());
    }
    let index = to_json(&policy::NoticeIndex { notices: names }).unwrap_or_default();
    let index_for_download = index.clone();
    let shown_name = name.clone();
    view! {
        <section class="notice notice--success editor__done" role="status" data-testid="editor-instructions" data-file=name.clone()>
            <h2 class="notice__title">{move || crate::words::page::downloaded(&shown_name).get(lang()).to_string()}</h2>
            <ol>
                <li>{label_of(L::editor::PUT_THE_FILE_IN_THIS)}</li>
                <li>{label_of(L::editor::PUT_INDEX_JSON_IN_THE)}</li>
            </ol>
            <pre class="editor__index" data-testid="editor-index">{index}</pre>
            <button type="button" class="button button--secondary" on:click=move |_| super::download::save("index.json", "application/json", &index_for_download)>
                {label_of(L::editor::DOWNLOAD_INDEX_JSON)}
            </button>
            <p>{label_of(L::editor::OPEN_THE_SITE_AGAIN_THE)}</p>
        </section>
    }
}
