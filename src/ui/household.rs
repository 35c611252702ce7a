//! The whole family at once (`view=household`): members under one notice, each with the
//! single calculator's answer, then totals by where and how they pay. Every figure comes
//! from [`crate::domain::household::calculate_household`]; this module only formats.

use crate::words::labels as L;
use leptos::prelude::*;

use super::notices::NoticePicker;
use super::result::{unknown_note, window_summary, ActionBar, ActionWords, Cite, Figure};
use super::{label_of, tr, url, State};
use crate::domain::calendar;
use crate::domain::household::{self, calculate_household, Household, HouseholdOutcome, Member, Route, Total, MAX_LABEL, MAX_MEMBERS};
use crate::domain::inputs::{Assist, Coded, Status};
use crate::domain::lang::{format_date, Lang};
use crate::domain::policy::{self, ChannelKind, Coverage, PolicyKey};
use crate::domain::query::Query;

fn chosen(q: &Query) -> Option<&'static policy::Policy> {
    policy::find(q.notice_key()?)
}

fn outcome_for(q: &Query) -> Option<HouseholdOutcome> {
    let policy = chosen(q)?;
    if q.members.is_empty() {
        return None;
    }
    let household = Household { key: policy.key, members: q.members.clone() };
    Some(calculate_household(policy, &household, q.date.unwrap_or_else(url::today)))
}

/// Changes member `i`, recording the change in the history.
fn edit(state: State, i: usize, change: impl FnOnce(&mut Member)) {
    state.update(|q| {
        if let Some(m) = q.members.get_mut(i) {
            change(m);
        }
    });
}

/// The household page: the notice, the members, then the household's answer.
#[component]
pub fn HouseholdPage() -> impl IntoView {
    let state = State::get();
    // Rows are rebuilt only when the number of members or the notice changes, so typing and
    // ticking keep focus; each row reads its own member.
    let shape = Memo::new(move |_| state.0.with(|q| (q.members.len(), q.region, q.year)));
    let full = move || state.0.with(|q| q.members.len() >= MAX_MEMBERS);
    view! {
        <div class="calc household">
            <form class="calc__questions household__questions" on:submit=|ev| ev.prevent_default()>
                <NoticePicker />
                <section class="household__members" aria-labelledby="hh-members-heading">
                    <h2 id="hh-members-heading">{label_of(L::household::FAMILY_MEMBERS)}</h2>
                    <p class="field__hint">
                        {label_of(L::household::GIVE_EACH_MEMBER_A_NAME)}
                    </p>
                    {move || {
                        let (count, _, _) = shape.get();
                        (0..count).map(|i| view! { <MemberRow index=i count /> }).collect_view()
                    }}
                    <button
                        type="button"
                        class="button button--secondary"
                        data-testid="household-add"
                        disabled=full
                        on:click=move |_| state.update(|q| {
                            if q.members.len() < MAX_MEMBERS {
                                q.members.push(Member { status: Some(Status::Adult), ..Member::default() });
                            }
                        })
                    >
                        {label_of(L::household::ADD_A_MEMBER)}
                    </button>
                    <Show when=move || state.0.with(|q| !q.members.is_empty() && chosen(q).is_some())>
                        <p class="calc__family no-print">
                            <a href="#result" data-testid="household-jump">{label_of(L::household::SEE_THE_FAMILY_S_RESULT)}</a>
                        </p>
                    </Show>
                </section>
                <HouseholdAnswerBar />
            </form>
            <HouseholdResult />
        </div>
    }
}

/// On a phone, the family's totals stay in view while members are added and answered: the
/// calculator's answer bar (hidden on wide screens), jumping to the family's result.
#[component]
fn HouseholdAnswerBar() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let totals = Memo::new(move |_| state.0.with(outcome_for).map(|h| (h.pay_now, h.net_payable)));
    move || {
        totals.get().map(|(pay_now, net_payable)| {
            let text = move || {
                let l = lang();
                format!(
                    "{}{} · {}{}",
                    L::household::FAMILY_PAYS_NOW.get(l),
                    pay_now.text(l),
                    L::household::IN_THE_END.get(l),
                    net_payable.text(l)
                )
            };
            view! {
                <a class="answer-bar no-print" href="#result" data-testid="answer-bar">
                    <span class="answer-bar__text">{text}</span>
                    <span class="answer-bar__go">{label_of(L::household::SEE_THE_FAMILY_S_RESULT)}</span>
                </a>
            }
        })
    }
}

/// One member's answers: name, status, hukou and birth date where the notice uses them,
/// assistance identities; move up or down, remove.
#[component]
fn MemberRow(index: usize, count: usize) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let i = index;
    let member = move || state.0.with(|q| q.members.get(i).cloned().unwrap_or_default());
    let name = move || member().name(i).get(lang()).to_string();
    let policy = state.0.with_untracked(chosen);
    let asks_hukou = policy.is_some_and(|p| p.asks_hukou());
    let asks_birth = policy.is_some_and(|p| p.asks_birth());
    let mut offered: Vec<Assist> = match policy {
        Some(p) => p.assist_codes(),
        None => Assist::ALL.iter().copied().filter(|a| a.group() == *a).collect(),
    };
    if let Some(p) = policy {
        offered.extend(p.tiers_of(Assist::Dibao));
    }
    let id = move |part: &str| format!("m{i}-{part}");
    let hukou = asks_hukou.then(|| {
        view! {
            <div class="field">
                <label class="field__label" for=id("hukou")>{label_of(L::household::HUKOU_TYPE_OPTIONAL)}</label>
                <CodedSelect id=id("hukou") testid="household-hukou" none=("不清楚", "Not sure") current=move || member().hukou
                    set=move |v| edit(state, i, |m| m.hukou = v) />
            </div>
        }
    });
    let birth = asks_birth.then(|| {
        view! {
            <div class="field">
                <label class="field__label" for=id("birth")>{label_of(L::household::DATE_OF_BIRTH_OPTIONAL_NEEDED)}</label>
                <input
                    class="field__input field__input--date"
                    type="date"
                    id=id("birth")
                    prop:value=move || member().birth.map(crate::domain::date::iso).unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(state, i, |m| m.birth = crate::domain::date::parse_iso(&v));
                    }
                />
            </div>
        }
    });
    view! {
        <fieldset class="field household__member" data-testid="household-member-form">
            <legend class="field__legend">{name}</legend>
            <div class="field">
                <label class="field__label" for=id("label")>{label_of(L::household::NAME_OPTIONAL)}</label>
                <input
                    class="field__input"
                    type="text"
                    id=id("label")
                    data-testid="household-label"
                    maxlength=MAX_LABEL.to_string()
                    autocomplete="off"
                    placeholder=move || member().name(i).get(lang()).to_string()
                    prop:value=move || member().label
                    on:change=move |ev| {
                        let v = Member::clean_label(&event_target_value(&ev));
                        edit(state, i, |m| m.label = v);
                    }
                />
            </div>
            <div class="field">
                <label class="field__label" for=id("status")>{label_of(L::household::WHO_IS_ENROLLING)}</label>
                <CodedSelect id=id("status") testid="household-status" none=("请选择", "Choose") current=move || member().status
                    set=move |v| edit(state, i, |m| m.status = v) />
            </div>
            {hukou}
            <fieldset class="field">
                <legend class="field__label">{label_of(L::household::ASSISTANCE_IDENTITIES_OPTIONAL_TICK_ALL)}</legend>
                {offered.into_iter().map(|a| {
                    let box_id = id(a.code());
                    view! {
                        <div class="checkboxes__item">
                            <input
                                class="checkboxes__input"
                                type="checkbox"
                                id=box_id.clone()
                                prop:checked=move || member().assist.contains(&a)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit(state, i, |m| {
                                        m.assist.retain(|x| *x != a);
                                        if on {
                                            m.assist.push(a);
                                            m.assist.sort();
                                        }
                                    });
                                }
                            />
                            <label class="checkboxes__label" for=box_id>{move || a.label().get(lang()).to_string()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            {birth}
            <div class="household__row-actions">
                <button type="button" class="button button--secondary" disabled={i == 0}
                    aria-label=move || format!("{}{}", L::household::MOVE_UP.get(lang()), name())
                    on:click=move |_| state.update(|q| if i > 0 && i < q.members.len() { q.members.swap(i, i - 1) })>
                    {label_of(L::household::MOVE_UP_2)}
                </button>
                <button type="button" class="button button--secondary" disabled={i + 1 >= count}
                    aria-label=move || format!("{}{}", L::household::MOVE_DOWN.get(lang()), name())
                    on:click=move |_| state.update(|q| if i + 1 < q.members.len() { q.members.swap(i, i + 1) })>
                    {label_of(L::household::MOVE_DOWN_2)}
                </button>
                <button type="button" class="button button--secondary" data-testid="household-remove"
                    aria-label=move || format!("{}{}", L::household::REMOVE.get(lang()), name())
                    on:click=move |_| state.update(|q| if i < q.members.len() { q.members.remove(i); })>
                    {label_of(L::household::REMOVE_2)}
                </button>
            </div>
        </fieldset>
    }
}

/// A total with the contract's marks: `data-value`, and `data-min`/`data-max` for a range.
#[component]
fn TotalFigure(testid: &'static str, total: Total) -> impl IntoView {
    let lang = move || State::get().lang();
    let range = total.range();
    view! {
        <span class="figure" data-testid=testid data-value=total.data_value() data-min=range.map(|r| r.0.plain()) data-max=range.map(|r| r.1.plain())>
            <span class=if matches!(total, Total::Unknown) { "figure__unknown" } else { "figure__value" }>{move || total.text(lang())}</span>
            {range.map(|_| view! {
                <span class="figure__depends">{label_of(L::household::A_MEMBER_S_AMOUNT_DEPENDS)}</span>
            })}
        </span>
    }
}

fn people(n: usize, lang: Lang) -> String {
    crate::words::page::people(n).get(lang).to_string()
}

/// The household's answer: totals, groups, dates, then each member.
#[component]
fn HouseholdResult() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let result = Memo::new(move |_| state.0.with(outcome_for));
    view! {
        <section class="result" id="result" aria-labelledby="result-heading">
            <h2 id="result-heading" class="result__heading">{label_of(L::household::YOUR_FAMILY_S_RESULT)}</h2>
            {move || match result.get() {
                None => {
                    let text = state.0.with(|q| if chosen(q).is_none() {
                        L::household::CHOOSE_YOUR_REGION_AND_THE.get(lang())
                    } else {
                        L::household::ADD_THE_MEMBERS_OF_YOUR.get(lang())
                    });
                    view! { <p class="result__prompt" data-testid="result-prompt">{text}</p> }.into_any()
                }
                Some(h) => view! { <HouseholdOutcomeView h /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn HouseholdOutcomeView(h: HouseholdOutcome) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let missing = state.0.with_untracked(|q| q.members.len()) - h.members.len();
    let notice = policy::find(h.members.first().map(|m| m.input.key).unwrap_or(PolicyKey { region: policy::Region::Meizhou, year: 2022 }))
        .map(|p| (p.key.region.name(), p.key.year, p.document_number().to_string()));
    let date = h.members.first().map(|m| m.input.date).unwrap_or_else(url::today);
    let groups = h.groups.clone();
    let due = h.due.clone();
    let hh = h.clone();
    let ics_h = h.clone();
    let save = move || {
        let events = crate::words::calendar::household_events(&ics_h, State::get().lang(), date);
        if !events.is_empty() {
            super::download::save("yibao-household.ics", "text/calendar;charset=utf-8", &calendar::ics(&events, date));
        }
        !events.is_empty()
    };
    let words = ActionWords {
        print: ("打印全家结果", "Print the family's result"),
        ics: ("下载全家缴费日期（.ics，提前3天提醒）", "Download the family's dates (.ics, reminder 3 days before)"),
        none_left: (
            "全家的日期都已过去，没有可加入日历的日期。",
            "Every date of the family's has passed: there is nothing to add to a calendar.",
        ),
    };
    let printed = url::today();
    view! {
        <div class="print-only your-answers">
            {notice.map(|(region, year, doc)| view! { <p>{move || format!("{} · {} · {}", region.get(lang()), year, doc)}</p> })}
            <p>{move || format!("{}{}", L::household::DEADLINES_EXPLAINED_AS_OF.get(lang()), format_date(date, lang()))}</p>
            <p>{move || format!("{}{}", L::household::PRINTED_ON.get(lang()), format_date(printed, lang()))}</p>
        </div>
        {(missing > 0).then(|| view! {
            <p class="notice notice--warning" data-testid="household-incomplete">
                {move || crate::words::page::members_missing(missing).get(lang()).to_string()}
            </p>
        })}
        <div class="headline" data-testid="household-totals" aria-live="polite" aria-atomic="true">
            <div class="headline__item">
                <p class="headline__label">{label_of(L::household::YOUR_FAMILY_PAYS_AT_PAYMENT)}</p>
                <p class="headline__figure"><TotalFigure testid="household-total-pay-now" total=h.pay_now /></p>
            </div>
            <div class="headline__item">
                <p class="headline__label">{label_of(L::household::WHAT_YOUR_FAMILY_BEARS_IN)}</p>
                <p class="headline__figure"><TotalFigure testid="household-total-net-payable" total=h.net_payable /></p>
            </div>
        </div>
        {h.government_subsidy.map(|t| view! {
            <p>
                {label_of(L::household::GOVERNMENT_SUBSIDY_IN_TOTAL)}
                <TotalFigure testid="household-total-government-subsidy" total=t />
            </p>
        })}
        <section class="result__section">
            <h3>{label_of(L::household::BY_WHERE_AND_HOW_YOU)}</h3>
            <ul data-testid="household-groups">
                {groups.into_iter().map(|g| {
                    let n = g.members.len();
                    let route = g.route.clone();
                    let total = g.pay_now;
                    let names: Vec<_> = g.members.iter().map(|i| hh.members[*i].name.clone()).collect();
                    view! {
                        <li data-testid="household-group" data-count=n.to_string() data-value=total.data_value()>
                            {move || {
                                let l = lang();
                                let who: Vec<&str> = names.iter().map(|n| n.get(l)).collect();
                                let amount = match route {
                                    Route::FullyFunded | Route::NotCovered => String::new(),
                                    _ => format!(" {}", total.text(l)),
                                };
                                let whom = crate::words::page::whom(&who);
                                format!("{}{}{}{}{}", route.name().get(l), tr(l, "：", ": "), people(n, l), amount, whom.get(l))
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
        {(!due.is_empty()).then(|| {
            let hh = hh.clone();
            view! {
                <section class="result__section">
                    <h3>{label_of(L::household::LAST_DAYS_TO_PAY_EARLIEST)}</h3>
                    <ol data-testid="household-due">
                        {due.into_iter().map(|d| {
                            let hh = hh.clone();
                            let (day, st) = (crate::domain::date::iso(d.date), d.state.code());
                            view! { <li data-date=day data-state=st>{move || crate::words::household::due_text(&d, &hh, lang())}</li> }
                        }).collect_view()}
                    </ol>
                </section>
            }
        })}
        <section class="result__section">
            <h3>{label_of(L::household::EACH_MEMBER)}</h3>
            {h.members.iter().map(|m| view! { <MemberAnswer m=m.clone() /> }).collect_view()}
        </section>
        <ActionBar words save />
    }
}

/// One member's answer: a line that opens to the figures, route, deadline and citations.
#[component]
fn MemberAnswer(m: household::MemberOutcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let o = m.outcome.clone();
    let line = {
        let m = m.clone();
        move || crate::words::household::one_line(&m, lang())
    };
    let (pay_now, net) = (o.pay_now.clone(), o.net_payable.clone());
    let pay_note = pay_now.note().map(|_| pay_now.clone());
    let net_note = net.note().filter(|n| Some(n) != pay_now.note().as_ref()).map(|_| net.clone());
    let window = o.deadlines.window.clone();
    let state_code = window.state.code();
    let days_left = window.days_left.map(|n| n.to_string());
    let not_covered = match &o.coverage {
        Coverage::NotCovered { reason, ask, citation } => {
            let (reason, ask, citation) = (reason.clone(), ask.text(), citation.clone());
            Some(view! {
                <div class="notice notice--warning" data-testid="not-covered">
                    <p>{move || format!("{} {}", reason.get(lang()), ask.get(lang()))}</p>
                    <p class="result__source"><Cite citation /></p>
                </div>
            })
        }
        Coverage::Covered { .. } => None,
    };
    let steps: Vec<_> = o
        .channels
        .iter()
        .filter(|c| c.kind == ChannelKind::Enroll || c.kind == ChannelKind::Pay)
        .map(|c| {
            let (text, cond, cite) = (c.text.clone(), c.condition.as_ref().map(|c| c.text()), c.citation.clone());
            view! {
                <li>
                    {cond.map(|t| view! { <strong>{move || format!("{}{}", t.get(lang()), tr(lang(), "：", ": "))}</strong> })}
                    {move || text.get(lang()).to_string()} " " <Cite citation=cite />
                </li>
            }
        })
        .collect();
    let citations = o.citations();
    view! {
        <details class="details household-member" data-testid="household-member" data-index=m.index.to_string()>
            <summary data-testid="household-member-line">{line}</summary>
            {not_covered}
            <div class="headline">
                <div class="headline__item">
                    <p class="headline__label">{label_of(L::household::PAYS_AT_PAYMENT_TIME)}</p>
                    <p class="headline__figure"><Figure testid="pay-now" amount=pay_now /></p>
                    {pay_note.map(|a| view! { <p class="headline__why">{move || unknown_note(&a, lang())}</p> })}
                </div>
                <div class="headline__item">
                    <p class="headline__label">{label_of(L::household::BEARS_IN_THE_END)}</p>
                    <p class="headline__figure"><Figure testid="net-payable" amount=net /></p>
                    {net_note.map(|a| view! { <p class="headline__why">{move || unknown_note(&a, lang())}</p> })}
                </div>
            </div>
            <p class=format!("deadline deadline--{state_code}") data-testid="deadline" data-state=state_code data-days-left=days_left>
                <strong>{label_of(L::household::BY_WHEN)}</strong>{move || window_summary(&window, lang())}
            </p>
            <div data-testid="channel">
                <p><strong>{label_of(L::household::WHERE_AND_HOW_TO_ENROLL)}</strong></p>
                <ul class="steps">{steps}</ul>
            </div>
            <p class="result__source">
                <strong>{label_of(L::household::SOURCES)}</strong>
                {citations.into_iter().map(|c| view! { <Cite citation=c /> " " }).collect_view()}
            </p>
        </details>
    }
}

/// A `<select>` over a closed set of choices, with `none` as the first option: its value is
/// the choice's URL code, so the page and the address read the same.
#[component]
fn CodedSelect<T: Coded>(
    id: String,
    testid: &'static str,
    none: (&'static str, &'static str),
    current: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    set: impl Fn(Option<T>) + 'static,
) -> impl IntoView {
    let lang = move || State::get().lang();
    view! {
        <select class="field__input" id=id data-testid=testid on:change=move |ev| set(T::from_code(&event_target_value(&ev)))>
            <option value="" prop:selected=move || current().is_none()>{move || tr(lang(), none.0, none.1)}</option>
            {T::all().iter().map(|&c| {
                view! { <option value=c.code() prop:selected=move || current() == Some(c)>{move || c.label().get(lang()).to_string()}</option> }
            }).collect_view()}
        </select>
    }
}
