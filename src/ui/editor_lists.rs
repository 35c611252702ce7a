//! The editor's lists and records (offices, who is covered, assistance lines, routes,
//! channels, tasks, refunds…) as real form fields: one generic component, [`List`], draws
//! any of them from a description (`editor_specs.rs`). Each item is a fieldset with a
//! labelled control per field, the clause among them, and its own "删除/Remove" button; the
//! list has an "添加/Add" button. The checker's findings on an item (`assistance[2].amount`)
//! are shown on the exact control and linked from the error summary ([`AnyList::locate`]).

use std::cell::RefCell;
use std::collections::HashSet;
use std::time::Duration;

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::checked_fields::{focus_field, problem_of, CheckboxField, FieldMessage, Message, TextField};
use super::editor::{bound, Draft};
use super::{tr, State};
use crate::domain::inputs::Coded;
use crate::domain::lang::Text;
use crate::domain::money::Money;
use crate::domain::policy::{Finding, PolicyData, Problem, When};

/// A label in Chinese and English.
pub type Label = (&'static str, &'static str);

/// How one field of an item is read, written and drawn. Plain function pointers, so that a
/// list's description is a `static`.
pub enum Kind<T> {
    /// Free text (an id, a clause, a document): valid as typed.
    Text(fn(&T) -> String, fn(&mut T, String)),
    /// Text read as a value (an amount, a date, a number): the setter says why it does not read.
    Parsed(fn(&T) -> String, fn(&mut T, &str) -> Result<(), Text>),
    /// A text in Chinese and in English: two inputs (`…-zh`, `…-en`).
    Both(fn(&T) -> Text, fn(&mut T, Text)),
    /// One of fixed options (a select): the options as code and label.
    Choice(&'static [(&'static str, Label)], fn(&T) -> String, fn(&mut T, &str)),
    /// One of the draft's offices (a select of the offices listed above), or none.
    Office(fn(&T) -> String, fn(&mut T, String)),
    /// Any of a closed set of codes (checkboxes).
    Many(fn() -> Vec<(&'static str, Text)>, fn(&T) -> Vec<&'static str>, fn(&mut T, Vec<&'static str>)),
    /// Yes or no (a checkbox).
    Flag(fn(&T) -> bool, fn(&mut T, bool)),
    /// Who a route or remark applies to: statuses, hukou, assistance identities, routes.
    When(fn(&T) -> When, fn(&mut T, When)),
}

/// One field of an item.
pub struct Field<T: 'static> {
    /// Its path in an item, as the checker names it (`clause`, `age_limit.text`, `when`).
    pub key: &'static str,
    pub label: Label,
    pub kind: Kind<T>,
}

/// A list of the notice (or one optional record, `single`) and how to edit its items.
pub struct List<T: 'static> {
    /// Its path in the file (`offices`, `window.exceptions`, `refund`).
    pub path: &'static str,
    pub heading: Label,
    /// What one item is called (`经办机构` / `office`), for its legend and buttons.
    pub item: Label,
    pub hint: Label,
    /// A record, not a list: the checker's paths have no `[i]`.
    pub single: bool,
    /// How many items there must be (no "remove" below) and may be (no "add" at).
    pub min: usize,
    pub max: usize,
    pub get: fn(&PolicyData) -> Vec<T>,
    pub set: fn(&mut PolicyData, Vec<T>),
    /// A new, empty item (dates from the draft's window).
    pub new: fn(&PolicyData) -> T,
    pub fields: &'static [Field<T>],
}

/// Any list, whatever its item type: drawn, and asked where a finding belongs.
pub trait AnyList: Sync {
    /// The list's fieldsets and buttons.
    fn view(&'static self, draft: Draft, problems: RwSignal<Vec<FieldMessage>>) -> AnyView;
    /// The id of the control a finding belongs to, if it is about this list.
    fn locate(&self, finding: &Finding) -> Option<&'static str>;
}

/// `s` as a `&'static str`: the ids of list fields are made at run time, and the error
/// summary keeps `&'static str` ids. Each distinct id is kept once.
pub fn intern(s: String) -> &'static str {
    thread_local!(static IDS: RefCell<HashSet<&'static str>> = RefCell::default());
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        if let Some(id) = ids.get(s.as_str()) {
            return *id;
        }
        let id: &'static str = Box::leak(s.into_boxed_str());
        ids.insert(id);
        id
    })
}

fn slug(path: &str) -> String {
    path.replace(['.', '_'], "-")
}

/// The parts of a `When` condition, each its own control: key and id suffix.
const WHEN_PARTS: [&str; 4] = ["statuses", "hukou", "assist_any", "route"];

impl<T: 'static> List<T> {
    fn prefix(&self) -> String {
        format!("ed-{}-", slug(self.path))
    }

    fn add_id(&self) -> &'static str {
        intern(format!("{}add", self.prefix()))
    }

    /// The id of field `f` of item `i` (its first control).
    fn id(&self, i: usize, f: &Field<T>) -> &'static str {
        let suffix = match f.kind {
            Kind::Both(..) => "-zh",
            Kind::When(..) => "-statuses",
            _ => "",
        };
        intern(format!("{}{i}-{}{suffix}", self.prefix(), slug(f.key)))
    }

    /// The control for `rest` (the path within item `i`) and `problem`.
    fn control(&self, i: usize, rest: &str, problem: &Problem) -> &'static str {
        let Some(f) = self
            .fields
            .iter()
            .filter(|f| rest == f.key || rest.strip_prefix(f.key).is_some_and(|r| r.starts_with('.')))
            .max_by_key(|f| f.key.len())
        else {
            return self.fields.first().map_or_else(|| self.add_id(), |f| self.id(i, f));
        };
        let base = format!("{}{i}-{}", self.prefix(), slug(f.key));
        match f.kind {
            Kind::Both(..) if matches!(problem, Problem::MissingLanguage { zh: false, .. }) => intern(format!("{base}-en")),
            Kind::When(..) => {
                let part = rest.rsplit('.').next().filter(|p| WHEN_PARTS.contains(p)).unwrap_or("statuses");
                intern(format!("{base}-{}", slug(part)))
            }
            _ => self.id(i, f),
        }
    }
}

impl<T: Clone + Send + Sync + 'static> AnyList for List<T> {
    fn view(&'static self, draft: Draft, problems: RwSignal<Vec<FieldMessage>>) -> AnyView {
        list_view(self, draft, problems).into_any()
    }

    fn locate(&self, finding: &Finding) -> Option<&'static str> {
        let rest = finding.field.strip_prefix(self.path)?;
        let (i, rest) = if self.single {
            (0, rest)
        } else if let Some(r) = rest.strip_prefix('[') {
            let (n, r) = r.split_once(']')?;
            (n.parse().ok()?, r)
        } else if rest.is_empty() {
            return Some(self.add_id());
        } else {
            return None;
        };
        if !rest.is_empty() && !rest.starts_with('.') {
            return None;
        }
        Some(self.control(i, rest.trim_start_matches('.'), &finding.problem))
    }
}

/// Applies `f` to item `i` of `list` in `d` (nothing if there is no such item).
fn on_item<T: Clone>(list: &List<T>, i: usize, d: &mut PolicyData, f: impl FnOnce(&mut T) -> Result<(), Text>) -> Result<(), Text> {
    let mut items = (list.get)(d);
    let Some(item) = items.get_mut(i) else { return Ok(()) };
    f(item)?;
    (list.set)(d, items);
    Ok(())
}

/// Changes item `i` in the draft.
fn edit<T: Clone>(list: &'static List<T>, draft: Draft, i: usize, f: impl FnOnce(&mut T)) {
    draft.data.update(|d| {
        let _ = on_item(list, i, d, |x| {
            f(x);
            Ok(())
        });
    });
}

/// Reads item `i` of the draft (tracked, so the control follows the draft).
fn read<T: Clone, R: Default>(list: &'static List<T>, draft: Draft, i: usize, f: impl FnOnce(&T) -> R) -> R {
    draft.data.with(|d| (list.get)(d).get(i).map(f).unwrap_or_default())
}

fn label(l: Label) -> Text {
    Text::new(l.0, l.1)
}

/// After the page is drawn again, moves focus to `id`.
fn focus_later(id: &'static str) {
    set_timeout(move || focus_field(id), Duration::ZERO);
}

fn list_view<T: Clone + Send + Sync + 'static>(
    list: &'static List<T>,
    draft: Draft,
    problems: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let count = Memo::new(move |_| draft.data.with(|d| (list.get)(d).len()));
    let heading_id = intern(format!("{}heading", list.prefix()));
    let add_id = list.add_id();
    let add = move |_| {
        let n = count.get_untracked();
        draft.data.update(|d| {
            let mut items = (list.get)(d);
            let item = (list.new)(d);
            items.push(item);
            (list.set)(d, items);
        });
        draft.forget(&list.prefix());
        if let Some(f) = list.fields.first() {
            focus_later(list.id(n, f));
        }
    };
    view! {
        <section class="editor__list" aria-labelledby=heading_id data-testid=format!("editor-list-{}", slug(list.path))>
            <h3 class="field__heading" id=heading_id>{move || tr(lang(), list.heading.0, list.heading.1)}</h3>
            <p class="field__hint">{move || tr(lang(), list.hint.0, list.hint.1)}</p>
            {move || (0..count.get()).map(|i| item_view(list, i, count, draft, problems)).collect_view()}
            {move || (count.get() < list.max).then(|| view! {
                <button type="button" class="button button--secondary" id=add_id on:click=add data-testid="editor-add">
                    {move || crate::words::page::add_item(list.item).get(lang()).to_string()}
                </button>
            })}
        </section>
    }
}

/// "an office", "a route".
fn item_view<T: Clone + Send + Sync + 'static>(
    list: &'static List<T>,
    i: usize,
    count: Memo<usize>,
    draft: Draft,
    problems: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let n = i + 1;
    let name = move || crate::words::page::item_n(list.item, n).get(lang()).to_string();
    let remove = move |_| {
        draft.data.update(|d| {
            let mut items = (list.get)(d);
            if i < items.len() {
                items.remove(i);
            }
            (list.set)(d, items);
        });
        draft.forget(&list.prefix());
        focus_later(list.add_id());
    };
    view! {
        <fieldset class="editor__item" data-testid="editor-item">
            <legend class="field__legend">{move || if list.single && list.max == 1 { tr(lang(), list.item.0, list.item.1).to_string() } else { name() }}</legend>
            {list.fields.iter().map(|f| field_view(list, i, f, draft, problems)).collect_view()}
            {move || (count.get() > list.min).then(|| view! {
                <button type="button" class="button button--secondary" data-testid="editor-remove" on:click=remove>
                    {move || crate::words::page::remove_item(list.item, n).get(lang()).to_string()}
                </button>
            })}
        </fieldset>
    }
}

fn field_view<T: Clone + Send + Sync + 'static>(
    list: &'static List<T>,
    i: usize,
    f: &'static Field<T>,
    draft: Draft,
    problems: RwSignal<Vec<FieldMessage>>,
) -> AnyView {
    let id = list.id(i, f);
    let text = label(f.label);
    let problem = problem_of(problems, id);
    let shown = |get: &dyn Fn(&T) -> String| draft.data.with_untracked(|d| (list.get)(d).get(i).map(get).unwrap_or_default());
    match f.kind {
        Kind::Text(get, set) => {
            let bind = bound(draft, id, shown(&get), move |d, v| {
                on_item(list, i, d, |x| {
                    set(x, v.trim().to_string());
                    Ok(())
                })
            });
            view! { <TextField id label=text bind problem /> }.into_any()
        }
        Kind::Parsed(get, set) => {
            let bind = bound(draft, id, shown(&get), move |d, v| on_item(list, i, d, |x| set(x, v)));
            view! { <TextField id label=text bind problem /> }.into_any()
        }
        Kind::Both(get, set) => both_view(list, i, f, get, set, draft, problems),
        Kind::Choice(options, get, set) => {
            let options = Signal::derive(move || options.iter().map(|(code, l)| (code.to_string(), label(*l))).collect());
            let current = Signal::derive(move || read(list, draft, i, get));
            let on = Callback::new(move |v: String| edit(list, draft, i, |x| set(x, &v)));
            select_view(id, text, options, current, on, problem).into_any()
        }
        Kind::Office(get, set) => {
            let options = Signal::derive(move || {
                let mut out = vec![(String::new(), Text::new("请选择", "Choose"))];
                draft.data.with(|d| {
                    out.extend(
                        d.offices
                            .iter()
                            .map(|o| (o.id.clone(), Text::new(format!("{}（{}）", o.name.zh, o.id), format!("{} ({})", o.name.en, o.id)))),
                    )
                });
                out
            });
            let current = Signal::derive(move || read(list, draft, i, get));
            let on = Callback::new(move |v: String| edit(list, draft, i, |x| set(x, v)));
            select_view(id, text, options, current, on, problem).into_any()
        }
        Kind::Many(options, get, set) => {
            let checked = move |code: &str| read(list, draft, i, |x| get(x).contains(&code));
            let toggle = move |code: &'static str, on: bool| {
                edit(list, draft, i, |x| {
                    let mut v = get(x);
                    v.retain(|c| *c != code);
                    if on {
                        v.push(code);
                    }
                    set(x, v)
                })
            };
            checks_view(id, text, options(), checked, toggle, problem).into_any()
        }
        Kind::Flag(get, set) => {
            let checked = Signal::derive(move || read(list, draft, i, get));
            let on = Callback::new(move |v: bool| edit(list, draft, i, |x| set(x, v)));
            view! { <CheckboxField id label=text checked set=on /> }.into_any()
        }
        Kind::When(get, set) => when_view(list, i, f, get, set, draft, problems),
    }
}

/// A text in two languages: two inputs.
fn both_view<T: Clone + Send + Sync + 'static>(
    list: &'static List<T>,
    i: usize,
    f: &'static Field<T>,
    get: fn(&T) -> Text,
    set: fn(&mut T, Text),
    draft: Draft,
    problems: RwSignal<Vec<FieldMessage>>,
) -> AnyView {
    let base = format!("{}{i}-{}", list.prefix(), slug(f.key));
    let shown = draft.data.with_untracked(|d| (list.get)(d).get(i).map(get).unwrap_or_default());
    let input = |lang_key: &'static str, value: String, zh: String, en: String| {
        let id = intern(format!("{base}-{lang_key}"));
        let bind = bound(draft, id, value, move |d, v| {
            on_item(list, i, d, |x| {
                let mut t = get(x);
                if lang_key == "zh" {
                    t.zh = v.to_string()
                } else {
                    t.en = v.to_string()
                }
                set(x, t);
                Ok(())
            })
        });
        view! { <TextField id label=Text::new(zh, en) bind problem=problem_of(problems, id) /> }
    };
    let (zh, en) = f.label;
    view! {
        {input("zh", shown.zh, format!("{zh}（中文）"), format!("{en}, in Chinese"))}
        {input("en", shown.en, format!("{zh}（英文）"), format!("{en}, in English"))}
    }
    .into_any()
}

/// Who a route or remark applies to: three sets of codes and the routes, each optional
/// (nothing ticked: no condition).
fn when_view<T: Clone + Send + Sync + 'static>(
    list: &'static List<T>,
    i: usize,
    f: &'static Field<T>,
    get: fn(&T) -> When,
    set: fn(&mut T, When),
    draft: Draft,
    problems: RwSignal<Vec<FieldMessage>>,
) -> AnyView {
    let base = format!("{}{i}-{}", list.prefix(), slug(f.key));
    let id = |part: &str| intern(format!("{base}-{}", slug(part)));
    let part = |which: usize| {
        let id = id(WHEN_PARTS[which]);
        let (options, label) = match which {
            0 => (
                coded_options::<crate::domain::inputs::Status>(),
                Text::new("仅适用于这些参保身份（都不选：不限）", "Only for these people (none ticked: everyone)"),
            ),
            1 => (
                coded_options::<crate::domain::inputs::Hukou>(),
                Text::new("仅适用于这些户籍（都不选：不限）", "Only for this hukou (none ticked: any)"),
            ),
            _ => (
                coded_options::<crate::domain::inputs::Assist>(),
                Text::new(
                    "仅适用于有这些资助身份之一的人（都不选：不限）",
                    "Only for people with one of these assistance identities (none ticked: anyone)",
                ),
            ),
        };
        let checked = move |code: &str| read(list, draft, i, |x| when_codes(&get(x), which).contains(&code));
        let toggle = move |code: &'static str, on: bool| {
            edit(list, draft, i, |x| {
                let mut w = get(x);
                set_when_codes(&mut w, which, code, on);
                set(x, w)
            })
        };
        checks_view(id, label, options, checked, toggle, problem_of(problems, id))
    };
    let route_id = id("route");
    let shown =
        draft.data.with_untracked(|d| (list.get)(d).get(i).map(|x| get(x).route.unwrap_or_default().join(", ")).unwrap_or_default());
    let bind = bound(draft, route_id, shown, move |d, v| {
        on_item(list, i, d, |x| {
            let mut w = get(x);
            let ids: Vec<String> = v.split([',', '，', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
            w.route = (!ids.is_empty()).then_some(ids);
            set(x, w);
            Ok(())
        })
    });
    let route_label = Text::new(
        "仅适用于这些参保途径（途径编号，用逗号分隔；留空：不限）",
        "Only for these enrollment routes (route ids, comma-separated; empty: any)",
    );
    // Folded while it sets no condition (most entries are for everyone), so a phone shows
    // the entries, not hundreds of boxes; a condition that is set, or has a problem, is open.
    let set_now = draft.data.with_untracked(|d| {
        (list.get)(d)
            .get(i)
            .map(get)
            .is_some_and(|w| w.statuses.is_some() || w.hukou.is_some() || w.assist_any.is_some() || w.route.is_some())
    });
    let prefix = base.clone();
    let has_problem = move || problems.with(|ps| ps.iter().any(|p| p.field.starts_with(prefix.as_str())));
    let node = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if has_problem() {
            if let Some(el) = node.get() {
                el.set_open(true);
            }
        }
    });
    let state = State::get();
    view! {
        <details class="editor__when" open=set_now node_ref=node>
            <summary>{move || tr(state.lang(), f.label.0, f.label.1)}</summary>
            {part(0)}
            {part(1)}
            {part(2)}
            <TextField id=route_id label=route_label bind problem=problem_of(problems, route_id) />
        </details>
    }
    .into_any()
}

/// The codes ticked in part `which` of a condition (statuses, hukou, assistance).
fn when_codes(w: &When, which: usize) -> Vec<&'static str> {
    match which {
        0 => codes(w.statuses.as_deref().unwrap_or_default()),
        1 => codes(w.hukou.as_deref().unwrap_or_default()),
        _ => codes(w.assist_any.as_deref().unwrap_or_default()),
    }
}

fn set_when_codes(w: &mut When, which: usize, code: &str, on: bool) {
    fn toggle<C: Coded>(v: &mut Option<Vec<C>>, code: &str, on: bool) {
        let mut list = v.take().unwrap_or_default();
        list.retain(|c| c.code() != code);
        if on {
            list.extend(C::from_code(code));
        }
        *v = (!list.is_empty()).then_some(list);
    }
    match which {
        0 => toggle(&mut w.statuses, code, on),
        1 => toggle(&mut w.hukou, code, on),
        _ => toggle(&mut w.assist_any, code, on),
    }
}

/// A select with its label and message; the options may change (the draft's offices).
fn select_view(
    id: &'static str,
    label: Text,
    options: Signal<Vec<(String, Text)>>,
    current: Signal<String>,
    set: Callback<String>,
    problem: Signal<Option<FieldMessage>>,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let error = move || problem.with(Option::is_some);
    view! {
        <div class="field" class:field--error=error>
            <label class="field__label" for=id>{move || label.get(lang()).to_string()}</label>
            <Message id problem />
            <select
                class="field__input field__select"
                class:field__input--error=error
                id=id
                aria-describedby=move || error().then(|| format!("{id}-error"))
                aria-invalid=move || error().then_some("true")
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                {move || options.get().into_iter().map(|(code, text)| {
                    let selected = code.clone();
                    view! { <option value=code prop:selected=move || current.with(|c| *c == selected)>{move || text.get(lang()).to_string()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// Checkboxes for a set of codes, in a fieldset with legend and message. The first box
/// carries the field's id (the error summary links to it).
fn checks_view(
    id: &'static str,
    label: Text,
    options: Vec<(&'static str, Text)>,
    checked: impl Fn(&str) -> bool + Copy + Send + Sync + 'static,
    toggle: impl Fn(&'static str, bool) + Copy + Send + Sync + 'static,
    problem: Signal<Option<FieldMessage>>,
) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let error = move || problem.with(Option::is_some);
    view! {
        <fieldset class="field editor__checks" class:field--error=error aria-describedby=move || error().then(|| format!("{id}-error"))>
            <legend class="field__legend">{move || label.get(lang()).to_string()}</legend>
            <Message id problem />
            <div class="checkboxes">
                {options.into_iter().enumerate().map(|(j, (code, text))| {
                    let input_id = if j == 0 { id } else { intern(format!("{id}-{j}")) };
                    view! {
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" type="checkbox" id=input_id
                                prop:checked=move || checked(code)
                                on:change=move |ev| toggle(code, event_target_checked(&ev)) />
                            <label class="checkboxes__label" for=input_id>{move || text.get(lang()).to_string()}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Every value of a closed set, as code and label.
pub fn coded_options<C: Coded>() -> Vec<(&'static str, Text)> {
    C::all().iter().map(|c| (c.code(), c.label())).collect()
}

/// The codes of `values`.
pub fn codes<C: Coded>(values: &[C]) -> Vec<&'static str> {
    values.iter().map(|c| c.code()).collect()
}

/// The values of `codes` (unknown codes left out).
pub fn from_codes<C: Coded>(codes: &[&str]) -> Vec<C> {
    codes.iter().filter_map(|c| C::from_code(c)).collect()
}

/// The file's code of an enum value (its serde name), e.g. `pay-first-reimbursed`.
pub fn code_of<E: Serialize>(value: &E) -> String {
    serde_wasm_bindgen::to_value(value).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// The enum value of a file's code.
pub fn from_code<E: DeserializeOwned>(code: &str) -> Option<E> {
    serde_wasm_bindgen::from_value(wasm_bindgen::JsValue::from_str(code)).ok()
}

/// An amount, or none for an empty field, or why the text is not one.
pub fn read_money(text: &str) -> Result<Option<Money>, Text> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Money::parse(text).map(Some).ok_or_else(super::editor::amount_problem)
}

/// `Some(text)` unless it is empty.
pub fn filled(text: String) -> Option<String> {
    Some(text).filter(|t| !t.trim().is_empty())
}

/// `Some(text)` unless both languages are empty.
pub fn filled_text(text: Text) -> Option<Text> {
    Some(text).filter(|t| !t.zh.trim().is_empty() || !t.en.trim().is_empty())
}
