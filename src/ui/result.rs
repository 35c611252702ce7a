//! The calculator's result: headline, breakdown, reimbursement, channel, deadline, benefit
//! period, refunds, waiting periods, citations. Every figure comes from
//! [`crate::domain::policy::calculate`]; this module only formats.

use crate::words::labels as L;
use leptos::prelude::*;

use super::later::later;
use super::{label_of, tr, url, State};
use crate::domain::calendar;
use crate::domain::lang::{format_date, Lang, Text};
use crate::domain::policy::{
    self, Amount, BenefitPeriod, CalcInput, ChannelKind, Citation, Coverage, NoteKind, Outcome, PaymentMode, RefundVerdict, WindowState,
};
use crate::domain::query::Query;
use crate::words::policy as words;

/// What is still missing before a result can be shown.
fn missing(q: &Query, lang: Lang) -> Vec<&'static str> {
    let mut out = Vec::new();
    if q.region.is_none() || q.year.is_none() {
        out.push(L::result::YOUR_REGION_AND_THE_NOTICE.get(lang));
    }
    if q.status.is_none() {
        out.push(L::result::WHO_IS_ENROLLING.get(lang));
    }
    out
}

/// The outcome for the current answers, if they are complete.
fn outcome_for(q: &Query) -> Option<(Outcome, CalcInput)> {
    let key = q.notice_key()?;
    let policy = policy::find(key)?;
    let input = CalcInput {
        key,
        status: q.status?,
        hukou: q.hukou,
        assist: q.assist.clone(),
        birth: q.birth,
        date: q.date.unwrap_or_else(url::today),
    };
    Some((policy::calculate(policy, &input), input))
}

/// The outcome for the page's answers, computed once for the result panel and the answer
/// bar alike.
pub type OutcomeMemo = Memo<Option<(Outcome, CalcInput)>>;

/// The [`OutcomeMemo`] of the page's state.
pub fn outcome_memo() -> OutcomeMemo {
    let state = State::get();
    Memo::new(move |_| state.0.with(outcome_for))
}

/// The result panel. Updates as soon as a choice changes.
#[component]
pub fn CalcResult(result: OutcomeMemo) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    view! {
        <section class="result" id="result" aria-labelledby="result-heading">
            <h2 id="result-heading" class="result__heading">{label_of(L::result::YOUR_RESULT)}</h2>
            {move || match result.get() {
                None => {
                    let need = state.0.with(|q| missing(q, lang()));
                    let unknown_notice = state.0.with(|q| q.region.is_some() && q.year.is_some() && need.is_empty());
                    let text = if unknown_notice {
                        L::result::THERE_IS_NO_NOTICE_FOR.get(lang()).to_string()
                    } else {
                        format!("{}{}", L::result::TO_SEE_YOUR_RESULT_ANSWER.get(lang()), need.join(tr(lang(), "、", ", ")))
                    };
                    view! { <p class="result__prompt" data-testid="result-prompt">{text}</p> }.into_any()
                }
                Some((outcome, input)) => view! { <OutcomeView outcome input /> }.into_any(),
            }}
        </section>
    }
}

/// A figure with its contract mark: `data-value` is a plain decimal or `unknown`; where
/// only the user's answer is missing, `data-min` and `data-max` carry the possible range.
#[component]
pub(super) fn Figure(testid: &'static str, amount: Amount) -> impl IntoView {
    let value = amount.data_value();
    let provisional = amount.is_provisional().then_some("true");
    let range = amount.range();
    let (min, max) = (range.map(|r| r.0.plain()), range.map(|r| r.1.plain()));
    let shown = match (amount.money(), range) {
        (Some(m), _) => view! { <span class="figure__value">{m.to_string()}</span> }.into_any(),
        (None, Some((lo, hi))) => view! {
            <span class="figure__value figure__value--range">{format!("{lo} – {hi}")}</span>
            <span class="figure__depends">{label_of(L::result::DEPENDS_ON_YOUR_ANSWER)}</span>
        }
        .into_any(),
        (None, None) => view! { <span class="figure__unknown">{label_of(L::result::NOT_STATED_IN_THE_NOTICE)}</span> }.into_any(),
    };
    view! {
        <span class="figure" data-testid=testid data-value=value data-min=min data-max=max data-provisional=provisional>
            {shown}
            {provisional.map(|_| view! { <span class="tag tag--warning">{label_of(L::result::PROVISIONAL)}</span> })}
        </span>
    }
}

/// Why an amount is unknown and where to ask, or nothing for a known amount.
pub(super) fn unknown_note(amount: &Amount, lang: Lang) -> Option<String> {
    amount.note().map(|t| t.get(lang).to_string())
}

/// A citation, marked for the contract.
#[component]
pub(super) fn Cite(citation: Citation) -> impl IntoView {
    let lang = move || State::get().lang();
    let extra = citation.text.clone();
    view! {
        <span class="cite" data-testid="citation">
            {citation.to_string()}
            {extra.map(|t| view! { <span class="cite__text">{move || format!(" {}", t.get(lang()))}</span> })}
        </span>
    }
}

fn colon(lang: Lang) -> &'static str {
    tr(lang, "：", ": ")
}

fn stop(lang: Lang) -> &'static str {
    tr(lang, "。", ". ")
}

#[component]
fn OutcomeView(outcome: Outcome, input: CalcInput) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let Some(policy) = policy::find(outcome.key) else {
        return view! { <p class="result__prompt">{label_of(L::result::THIS_NOTICE_CANNOT_BE_FOUND)}</p> }.into_any();
    };
    let past = policy.is_past(input.date);
    let benefit_year = policy.benefit_year();
    let years = match policy.last_cover_year() {
        last if last == benefit_year => benefit_year.to_string(),
        last => format!("{benefit_year}–{last}"),
    };
    let stamp = {
        let stamp = words::cover_stamp(&years, &outcome.document_number);
        move || stamp.get(lang()).to_string()
    };
    let age_basis = outcome.age_period.map(|p| {
        let basis = words::age_basis(&p);
        move || basis.get(lang()).to_string()
    });
    let stale = past.then(|| {
        view! {
            <div class="notice notice--warning" role="note" data-testid="stale-notice">
                <p class="notice__title">
                    {move || crate::words::page::out_of_date(&years).get(lang()).to_string()}
                </p>
                <p>{label_of(L::result::WHAT_FOLLOWS_SHOWS_THE_RULES)}</p>
            </div>
        }
    });
    let body = match &outcome.coverage {
        Coverage::NotCovered { reason, ask, citation } => {
            let (reason, ask, citation) = (reason.clone(), ask.text(), citation.clone());
            view! {
                <div class="notice notice--warning" data-testid="not-covered" aria-live="polite" aria-atomic="true">
                    <p class="notice__title">{label_of(L::result::THIS_NOTICE_DOES_NOT_COVER)}</p>
                    <p>{move || reason.get(lang()).to_string()}</p>
                    <p>{move || ask.get(lang()).to_string()}</p>
                    <p class="result__source"><Cite citation /></p>
                </div>
            }
            .into_any()
        }
        Coverage::Covered { note, .. } => covered(&outcome, &input, note.clone()).into_any(),
    };
    view! {
        {later({
            let input = input.clone();
            move || view! { <YourAnswers input=input.clone() /> }.into_any()
        })}
        {body}
        <p class="stamp" data-testid="valid-for">{stamp}</p>
        {age_basis.map(|t| view! { <p class="stamp" data-testid="age-basis">{t}</p> })}
        {stale}
        {super::provenance::notice_origin(outcome.key)}
        <Sources outcome=outcome.clone() />
        <StaffDates outcome=outcome.clone() />
        <Actions outcome=outcome.clone() date=input.date />
    }
    .into_any()
}

/// The answer first (headline, where, by when), then what a person may open for more.
fn covered(outcome: &Outcome, input: &CalcInput, note: Option<Text>) -> impl IntoView {
    let lang = move || State::get().lang();
    let pays_nothing = outcome.pays_nothing();
    view! {
        <Headline outcome=outcome.clone() />
        <Channels outcome=outcome.clone() />
        <Deadline outcome=outcome.clone() />
        <details class="details result__more" data-testid="more-breakdown">
            <summary>{label_of(L::result::BREAKDOWN_AND_ASSISTANCE)}</summary>
            {note.map(|n| view! { <p class="result__note no-print" data-testid="scope">{move || n.get(lang()).to_string()}</p> })}
            <Breakdown outcome=outcome.clone() />
            <Reimbursement outcome=outcome.clone() />
        </details>
        {(!pays_nothing).then(|| view! {
            <details class="details result__more">
                <summary>{label_of(L::result::REFUNDS)}</summary>
                {later({
                    let (outcome, input) = (outcome.clone(), input.clone());
                    move || view! { <Refunds outcome=outcome.clone() input=input.clone() /> }.into_any()
                })}
            </details>
        })}
        <Notes outcome=outcome.clone() />
    }
}

/// The answers the result is for: shown on paper, where the questions are not printed.
#[component]
fn YourAnswers(input: CalcInput) -> impl IntoView {
    let lang = move || State::get().lang();
    let q = State::get().0.get_untracked();
    let notice = policy::find(input.key).map(|p| (p.key.region.name(), p.key.year, p.document_number().to_string()));
    let assist: Vec<Text> = input.assist.iter().map(|a| a.label()).collect();
    let (status, hukou, birth, date) = (input.status.label(), input.hukou.map(|h| h.label()), input.birth, input.date);
    let printed = url::today();
    let _ = q;
    view! {
        <section class="print-only your-answers" data-testid="your-answers">
            <h3>{label_of(L::result::YOUR_ANSWERS)}</h3>
            <dl class="answers">
                {notice.map(|(region, year, doc)| view! {
                    <dt>{label_of(L::result::NOTICE)}</dt>
                    <dd>{move || format!("{} · {} · {}", region.get(lang()), year, doc)}</dd>
                })}
                <dt>{label_of(L::result::WHO_IS_ENROLLING_2)}</dt>
                <dd>{move || status.get(lang()).to_string()}</dd>
                {hukou.map(|h| view! { <dt>{label_of(L::result::HUKOU)}</dt><dd>{move || h.get(lang()).to_string()}</dd> })}
                <dt>{label_of(L::result::ASSISTANCE_IDENTITIES)}</dt>
                <dd>{move || if assist.is_empty() { L::result::NONE.get(lang()).to_string() } else { assist.iter().map(|a| a.get(lang()).to_string()).collect::<Vec<_>>().join(tr(lang(), "、", "; ")) }}</dd>
                {birth.map(|b| view! { <dt>{label_of(L::result::DATE_OF_BIRTH)}</dt><dd>{move || format_date(b, lang())}</dd> })}
                <dt>{label_of(L::result::DEADLINES_EXPLAINED_AS_OF)}</dt>
                <dd>{move || format_date(date, lang())}</dd>
                <dt>{label_of(L::result::PRINTED_ON)}</dt>
                <dd>{move || format_date(printed, lang())}</dd>
            </dl>
        </section>
    }
}

/// Every citation behind the result, in a section a person can open.
#[component]
fn Sources(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let policy = policy::find(outcome.key);
    let title = policy.map(|p| (p.title().clone(), p.data.title_supplied));
    let citations = outcome.citations();
    view! {
        <details class="details result__more no-print">
            <summary>{label_of(L::result::SOURCES)}</summary>
            {later(move || view! {
                {title.clone().map(|(title, supplied)| view! {
                    <p class="field__hint">
                        {move || title.get(lang()).to_string()}
                        {supplied.then(|| view! {
                            <span data-testid="title-supplied">{label_of(L::result::A_DESCRIPTION_SUPPLIED_BY_THIS)}</span>
                        })}
                    </p>
                })}
                <ul class="cites">
                    {citations.clone().into_iter().map(|c| view! { <li><Cite citation=c /></li> }).collect_view()}
                </ul>
            }.into_any())}
        </details>
    }
}

/// The dates the notice sets for schools, townships and offices: theirs, not the parent's.
#[component]
fn StaffDates(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let tasks = outcome.deadlines.tasks.clone();
    let date = State::get().0.with_untracked(|q| q.date).unwrap_or_else(url::today);
    let future = tasks.iter().any(|t| !t.passed);
    (!tasks.is_empty()).then(|| {
        let download = {
            let outcome = outcome.clone();
            move |_| {
                let _ = save_calendar(&outcome, calendar::Audience::Staff, date);
            }
        };
        view! {
            <details class="details result__more no-print" data-testid="staff-dates">
                <summary>{label_of(L::result::FOR_SCHOOLS_AND_OFFICES_THE)}</summary>
                {later(move || view! {
                    <ul>
                        {tasks.clone().into_iter().map(|t| {
                            let (who, text, cite, date, passed) = (t.who.clone(), t.text.clone(), t.date.citation.clone(), t.date.value, t.passed);
                            view! {
                                <li>
                                    {move || format!("{} ({}){}{}{}", format_date(date, lang()), who.get(lang()), colon(lang()), text.get(lang()), if passed { L::result::PASSED.get(lang()) } else { "" })}
                                    " " <Cite citation=cite />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button--secondary" data-testid="ics-staff" on:click=download.clone() hidden=!future>
                        {label_of(L::result::DOWNLOAD_THESE_DATES_ICS)}
                    </button>
                }.into_any())}
            </details>
        }
    })
}

/// What you pay now and what you bear in the end.
#[component]
fn Headline(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let (pay_now, net) = (outcome.pay_now.clone(), outcome.net_payable.clone());
    let pay_note = pay_now.note().map(|_| pay_now.clone());
    // Each sentence once: the second figure repeats no explanation the first gave.
    let net_note = net.note().filter(|n| Some(n) != pay_now.note().as_ref()).map(|_| net.clone());
    let window = outcome.deadlines.window.clone();
    let state_code = window.state.code();
    let days_left = window.days_left.map(|n| n.to_string());
    // Where, in a few words: the route's name where the notice data names it, else the first
    // sentence of a longer step; a one-sentence step is not repeated, only linked.
    let route = outcome.channels.iter().find(|c| c.kind == ChannelKind::Enroll && c.condition.is_none()).map(|c| {
        match (&c.route_name, first_sentence(&c.text.zh).len() < c.text.zh.len()) {
            (Some(name), _) => name.clone(),
            (None, true) => Text::new(first_sentence(&c.text.zh), first_sentence(&c.text.en)),
            (None, false) => Text::new("", ""),
        }
    });
    view! {
        <div class="headline" data-testid="headline" aria-live="polite" aria-atomic="true">
            <div class="headline__item">
                <p class="headline__label">{label_of(L::result::YOU_PAY_AT_PAYMENT_TIME)}</p>
                <p class="headline__figure"><Figure testid="pay-now" amount=pay_now /></p>
                {pay_note.map(|a| view! { <p class="headline__why">{move || unknown_note(&a, lang())}</p> })}
            </div>
            <div class="headline__item">
                <p class="headline__label">{label_of(L::result::WHAT_YOU_BEAR_IN_THE)}</p>
                <p class="headline__figure"><Figure testid="net-payable" amount=net /></p>
                {net_note.map(|a| view! { <p class="headline__why">{move || unknown_note(&a, lang())}</p> })}
            </div>
            <p class=format!("headline__when deadline deadline--{state_code}") data-testid="deadline" data-state=state_code data-days-left=days_left>
                <strong>{label_of(L::result::BY_WHEN)}</strong>{move || window_summary(&window, lang())}
            </p>
            {route.map(|t| view! {
                <p class="headline__where">
                    {(!t.zh.is_empty()).then(|| {
                        let t = t.clone();
                        view! { <strong>{label_of(L::result::WHERE)}</strong> {move || t.get(lang()).to_string()} " " }
                    })}
                    <a href="#channels">{label_of(L::result::WHERE_AND_HOW_TO_ENROLL)}</a>
                </p>
            })}
        </div>
    }
}

/// The first sentence of a text (up to "。" or ". ").
fn first_sentence(text: &str) -> &str {
    let end = text.find('。').map(|i| i + '。'.len_utf8()).or_else(|| text.find(". ").map(|i| i + 1)).unwrap_or(text.len());
    &text[..end]
}

/// The breakdown table: standard, assistance and the identity that won, government share.
#[component]
fn Breakdown(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let a = outcome.assistance.clone();
    let winner = a.winner.map(|w| w.label());
    let explanation = a.clone();
    // No identity chosen: the ¥0.00 of assistance comes from no clause, so it cites none.
    let no_identity = a.lines.is_empty();
    let row = move |label: (&'static str, &'static str), testid: &'static str, amount: Amount| {
        let cite = amount.citation().cloned().filter(|_| !(testid == "assistance" && no_identity));
        let why = amount.clone();
        view! {
            <tr>
                <th scope="row">{move || tr(lang(), label.0, label.1)}</th>
                <td class="table__num"><Figure testid amount /></td>
                <td class="table__cite">
                    {cite.map(|c| view! { <Cite citation=c /> })}
                    {move || unknown_note(&why, lang())}
                </td>
            </tr>
        }
    };
    let subsidy = outcome.government_subsidy.clone();
    let total = outcome.total_premium.clone();
    view! {
        <table class="table" data-testid="breakdown">
            <caption class="table__caption">{label_of(L::result::BREAKDOWN)}</caption>
            <thead>
                <tr>
                    <th scope="col">{label_of(L::result::ITEM)}</th>
                    <th scope="col" class="table__num">{label_of(L::result::AMOUNT)}</th>
                    <th scope="col">{label_of(L::result::SOURCE)}</th>
                </tr>
            </thead>
            <tbody>
                {row(("个人缴费标准", "Individual contribution"), "contribution", outcome.contribution.clone())}
                {row(("资助金额", "Assistance"), "assistance", a.amount.clone())}
                {subsidy.map(|s| row(("政府补助（每人）", "Government subsidy per person"), "government-subsidy", s))}
                {total.map(|t| {
                    let cite = t.citation().cloned();
                    view! {
                        <tr>
                            <th scope="row">{label_of(L::result::TOTAL_PREMIUM_PER_PERSON)}</th>
                            <td class="table__num"><span class="figure">{t.money().map(|m| m.to_string())}</span></td>
                            <td class="table__cite">{cite.map(|c| view! { <Cite citation=c /> })}</td>
                        </tr>
                    }
                })}
                <tr class="table__total">
                    <th scope="row">{label_of(L::result::YOU_BEAR_IN_THE_END)}</th>
                    <td class="table__num"><strong>{match (outcome.net_payable.money(), outcome.net_payable.range()) {
                        (Some(m), _) => m.to_string(),
                        (None, Some((lo, hi))) => format!("{lo} – {hi}"),
                        (None, None) => "—".into(),
                    }}</strong></td>
                    <td></td>
                </tr>
            </tbody>
        </table>
        {winner.filter(|_| a.lines.len() > 1).map(|w| view! {
            <p class="result__winner" data-testid="assistance-winner">
                {label_of(L::result::ASSISTANCE_IDENTITY_APPLIED)}
                <strong>{move || w.get(lang()).to_string()}</strong>
            </p>
        })}
        // The explanation says each identity's sentence once; the list gives each identity's
        // verdict and clause, without repeating the sentences.
        {(!a.lines.is_empty()).then(|| view! {
            <div class="result__why">
                <h4>{label_of(L::result::WHY_THIS_ASSISTANCE)}</h4>
                <p>{move || crate::words::assistance(&explanation, lang())}</p>
                <ul>
                    {a.lines.iter().map(|l| {
                        let (label, cite) = (l.code.label(), l.citation.clone());
                        let verdict = l.verdict.text();
                        view! {
                            <li>
                                <strong>{move || label.get(lang()).to_string()}</strong>
                                {move || format!("{}{} ", colon(lang()), verdict.get(lang()))}
                                <Cite citation=cite />
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })}
    }
}

/// For pay-first-then-reimbursed: when and how the money comes back.
#[component]
fn Reimbursement(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let a = &outcome.assistance;
    let line = a.winner.and_then(|w| a.lines.iter().find(|l| l.code == w)).cloned();
    match (a.payment, a.amount.money()) {
        (Some(PaymentMode::PayFirstReimbursed), _) => {
            let back = a.amount.money().map(|m| m.to_string());
            let cite = line.map(|l| l.citation);
            Some(
                view! {
                    <section class="result__section" data-testid="reimbursement">
                        <h3>{label_of(L::result::PAY_FIRST_REIMBURSED_AFTER_HOW)}</h3>
                        <p>{move || crate::words::page::pay_first_then(back.as_deref()).get(lang()).to_string()}</p>
                        {cite.map(|c| view! { <p class="result__source"><Cite citation=c /></p> })}
                    </section>
                }
                .into_any(),
            )
        }
        (Some(PaymentMode::FundedDirectly), Some(_)) => {
            // The identity's sentence is already in the explanation above: only the heading here.
            let cite = line.map(|l| l.citation);
            Some(
                view! {
                    <section class="result__section" data-testid="reimbursement">
                        <h3>{label_of(L::result::FULLY_FUNDED_YOU_PAY_NOTHING)}</h3>
                        {cite.map(|c| view! { <p class="result__source"><Cite citation=c /></p> })}
                    </section>
                }
                .into_any(),
            )
        }
        _ => None,
    }
}

/// Where and how to enroll and pay, as concrete steps.
#[component]
fn Channels(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let steps = |kind: ChannelKind| -> Vec<_> {
        outcome
            .channels
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| {
                let (text, cond, cite) = (c.text.clone(), c.condition.as_ref().map(|c| c.text()), c.citation.clone());
                view! {
                    <li>
                        {cond.map(|t| view! { <strong>{move || format!("{}{}", t.get(lang()), colon(lang()))}</strong> })}
                        {move || text.get(lang()).to_string()}
                        " "
                        <Cite citation=cite />
                    </li>
                }
            })
            .collect()
    };
    let enroll = steps(ChannelKind::Enroll);
    let pay = steps(ChannelKind::Pay);
    let has_pay = !pay.is_empty();
    view! {
        <section class="result__section" id="channels" data-testid="channel">
            <h3>{label_of(L::result::WHERE_AND_HOW_TO_ENROLL_2)}</h3>
            <h4>{label_of(L::result::ENROLLING)}</h4>
            <ol class="steps">{enroll}</ol>
            {has_pay.then(|| view! {
                <h4>{label_of(L::result::PAYING)}</h4>
                <ul class="steps">{pay}</ul>
            })}
        </section>
    }
}

/// The window in one sentence: open with days left, upcoming, closed, or not settled.
pub(super) fn window_summary(w: &policy::Window, l: Lang) -> String {
    words::window_summary(w).get(l).to_string()
}

/// The payment window against the reference date and the benefit period.
#[component]
fn Deadline(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let d = outcome.deadlines.clone();
    let w = d.window.clone();
    let other = w.other_rules.clone();
    let after_close = (w.state == WindowState::Closed).then(|| w.after_close.clone()).flatten();
    let start_note = w.start_note.as_ref().map(|n| n.text());
    let mut window_cites: Vec<Citation> = w.start.iter().map(|s| s.citation.clone()).chain([w.end.citation.clone()]).collect();
    window_cites.dedup();
    let window_text = w.text.clone();
    let period = d.benefit.clone();
    let benefit = move || {
        match period.clone() {
        BenefitPeriod::Stated { start, end, text } => view! {
            <p>
                {move || {
                    let from = start.as_ref().map(|s| format_date(s.value, lang())).unwrap_or_else(|| L::result::START_NOT_STATED.get(lang()).to_string());
                    format!("{}{} – {}{}{}", L::result::BENEFIT_PERIOD.get(lang()), from, format_date(end.value, lang()), stop(lang()), text.get(lang()))
                }}
                " " <Cite citation=end.citation.clone() />
            </p>
        }.into_any(),
        BenefitPeriod::NotStated { text, ask, citation } => {
            let ask = ask.text();
            view! {
                <p>
                    {move || format!("{} {}", text.get(lang()), ask.get(lang()))}
                    " " <Cite citation />
                </p>
            }.into_any()
        }
    }
    };
    view! {
            {other.map(|o| {
                let (text, doc, ask, cite) = (o.text.value.clone(), o.document.clone(), o.ask.text(), o.text.citation.clone());
                view! {
                    <p class="result__note" data-testid="other-rules" data-document=doc>
                        {move || format!("{} {}", text.get(lang()), ask.get(lang()))} " " <Cite citation=cite />
                    </p>
                }
            })}
            {after_close.map(|a| {
                let (text, cite) = (a.value.clone(), a.citation.clone());
                view! { <p class="result__note" data-testid="after-close">{move || text.get(lang()).to_string()} " " <Cite citation=cite /></p> }
            })}
        <details class="details result__more" data-testid="more-dates">
            <summary>{label_of(L::result::PAYMENT_WINDOW_AND_BENEFIT_PERIOD)}</summary>
            {later(move || view! {
                {start_note.clone().map(|t| view! { <p class="result__note">{move || t.get(lang()).to_string()}</p> })}
                {window_text.clone().map(|t| view! { <p>{move || t.get(lang()).to_string()}</p> })}
                <p class="result__source">{window_cites.clone().into_iter().map(|c| view! { <Cite citation=c /> " " }).collect_view()}</p>
                <h4>{label_of(L::result::BENEFIT_PERIOD_2)}</h4>
                {benefit()}
            }.into_any())}
        </details>
    }
}

/// Refund rules and the refund cut-off, with what each accepted reason gives this person.
#[component]
fn Refunds(outcome: Outcome, input: CalcInput) -> impl IntoView {
    let lang = move || State::get().lang();
    let rule = outcome.deadlines.refund_rule.clone();
    let cut_off = outcome.deadlines.refund_deadline.clone();
    let table = policy::find(outcome.key).map(|p| policy::refund_table(p, &input, input.date));
    let Some(table) = table else { return ().into_any() };
    let first = table.general;
    let (explanation, condition, ask) =
        (first.explanation.text(), first.condition.as_ref().map(|c| c.text()), first.ask.clone().map(|a| a.text()));
    // Reasons with the same answer share one row: "死亡、失踪：可以退费 ¥100.00".
    let mut grouped: Vec<(Vec<Text>, policy::RefundOutcome)> = Vec::new();
    for (reason, out) in table.rows {
        match grouped.iter_mut().find(|(_, o)| o.verdict == out.verdict && o.amount == out.amount) {
            Some((labels, _)) => labels.push(reason.label()),
            None => grouped.push((vec![reason.label()], out)),
        }
    }
    let rows: Vec<_> = grouped
        .into_iter()
        .map(|(labels, out)| {
            let label = Text::new(
                labels.iter().map(|l| l.zh.as_str()).collect::<Vec<_>>().join("、"),
                labels.iter().map(|l| l.en.as_str()).collect::<Vec<_>>().join("; "),
            );
            let verdict = out.verdict;
            let amount = out.amount.clone();
            let shown = match (amount.money(), amount.range()) {
                (Some(m), _) => m.to_string(),
                (None, Some((lo, hi))) => format!("{lo} – {hi}"),
                (None, None) => "—".into(),
            };
            view! {
                <tr>
                    <th scope="row">{move || label.get(lang()).to_string()}</th>
                    <td>{move || match verdict {
                        RefundVerdict::Refundable => L::result::REFUNDABLE.get(lang()),
                        RefundVerdict::NotRefundable => L::result::NOT_REFUNDABLE.get(lang()),
                        RefundVerdict::Unknown => L::result::NOT_SETTLED_BY_THE_NOTICE.get(lang()),
                    }}</td>
                    <td class="table__num"><span class="figure">{shown}</span></td>
                </tr>
            }
        })
        .collect();
    let has_rows = !rows.is_empty();
    view! {
        <section class="result__section" data-testid="refund">
            <h3>{label_of(L::result::REFUNDS)}</h3>
            {rule.map(|r| view! { <p>{move || r.value.get(lang()).to_string()} " " <Cite citation=r.citation.clone() /></p> })}
            {cut_off.map(|c| view! {
                <p><strong>{move || format!("{}{}", L::result::LAST_DAY_TO_APPLY_FOR.get(lang()), format_date(c.value, lang()))}</strong> " " <Cite citation=c.citation.clone() /></p>
            })}
            {(!has_rows).then(|| view! { <p>{move || format!("{} {}", explanation.get(lang()), ask.as_ref().map(|a| a.get(lang()).to_string()).unwrap_or_default())}</p> })}
            {condition.map(|c| view! { <p class="result__note">{move || c.get(lang()).to_string()}</p> })}
            {has_rows.then(|| view! {
                <table class="table">
                    <caption class="table__caption">{label_of(L::result::BY_REASON_APPLYING_ON_THE)}</caption>
                    <thead><tr>
                        <th scope="col">{label_of(L::result::REASON)}</th>
                        <th scope="col">{label_of(L::result::OUTCOME)}</th>
                        <th scope="col" class="table__num">{label_of(L::result::AMOUNT_BACK)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            })}
        </section>
    }
    .into_any()
}

/// Waiting periods and other notes.
#[component]
fn Notes(outcome: Outcome) -> impl IntoView {
    let lang = move || State::get().lang();
    let notes = outcome.notes.clone();
    (!notes.is_empty()).then(|| view! {
        <section class="result__section" data-testid="notes">
            <h3>{label_of(L::result::WAITING_PERIODS_AND_OTHER_ADVICE)}</h3>
            <ul>
                {notes.into_iter().map(|n| {
                    let (text, cond, cite, waiting) = (n.text.clone(), n.condition.as_ref().map(|c| c.text()), n.citation.clone(), n.kind == NoteKind::Waiting);
                    view! {
                        <li class:note--waiting=waiting>
                            {cond.map(|c| view! { <strong>{move || format!("{}{}", c.get(lang()), colon(lang()))}</strong> })}
                            {move || text.get(lang()).to_string()}
                            " " <Cite citation=cite />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    })
}

/// Saves the calendar of `audience`'s dates still ahead of `from`; false where none is left.
fn save_calendar(outcome: &Outcome, audience: calendar::Audience, from: chrono::NaiveDate) -> bool {
    let events = crate::words::calendar::events(outcome, State::get().lang(), audience, from);
    if events.is_empty() {
        return false;
    }
    let file = calendar::ics(&events, from);
    super::download::save("yibao-deadlines.ics", "text/calendar;charset=utf-8", &file);
    true
}

/// Print and the deadline calendar (this person's own dates, with reminders).
#[component]
fn Actions(outcome: Outcome, date: chrono::NaiveDate) -> impl IntoView {
    let words = ActionWords {
        print: ("打印结果", "Print the result"),
        ics: ("下载我的缴费日期（.ics，提前3天提醒）", "Download my dates (.ics, reminder 3 days before)"),
        none_left: (
            "这份通知里您的日期都已过去，没有可加入日历的日期。",
            "Every date of yours in this notice has passed: there is nothing to add to a calendar.",
        ),
    };
    view! { <ActionBar words save=move || save_calendar(&outcome, calendar::Audience::Applicant, date) /> }
}

/// The words of an action bar, each in Chinese and English: whose result it prints, whose
/// dates it downloads, and what it says when none of those dates is left.
pub(super) struct ActionWords {
    pub print: (&'static str, &'static str),
    pub ics: (&'static str, &'static str),
    pub none_left: (&'static str, &'static str),
}

/// Copy link, print, and the calendar file; `save` writes the file and says whether any
/// date was left to write (the calculator's and the household's result share it).
#[component]
pub(super) fn ActionBar(words: ActionWords, save: impl Fn() -> bool + 'static) -> impl IntoView {
    let lang = move || State::get().lang();
    let none_left = RwSignal::new(false);
    let word = move |(zh, en): (&'static str, &'static str)| move || tr(lang(), zh, en);
    view! {
        <div class="actions no-print">
            <super::share::CopyLink />
            <button type="button" class="button" data-testid="print" on:click=move |_| { let _ = window().print(); }>
                {word(words.print)}
            </button>
            <button type="button" class="button button--secondary" data-testid="ics" on:click=move |_| none_left.set(!save())>
                {word(words.ics)}
            </button>
            <p class="share__status" role="status" data-testid="ics-none">
                {move || none_left.get().then(word(words.none_left))}
            </p>
        </div>
    }
}

/// A figure in a few characters: `¥320.00`, `¥100.00–¥160.00`, or "?" where unknown.
fn short(amount: &Amount, lang: Lang) -> String {
    match (amount.money(), amount.range()) {
        (Some(m), _) => m.to_string(),
        (None, Some((lo, hi))) => format!("{lo}–{hi}"),
        (None, None) => L::result::NOT_STATED.get(lang).to_string(),
    }
}

/// On a phone, the answer stays in view while the questions are answered: a compact bar at
/// the bottom of the screen that jumps to the full result (hidden on wide screens, where the
/// result sits beside the questions).
#[component]
pub fn AnswerBar(result: OutcomeMemo) -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    move || {
        result.get().map(|(o, _)| {
            let text = move || match &o.coverage {
                Coverage::NotCovered { .. } => L::result::THIS_NOTICE_DOES_NOT_COVER_2.get(lang()).to_string(),
                Coverage::Covered { .. } => {
                    let l = lang();
                    let days = match (o.deadlines.window.state, o.deadlines.window.days_left) {
                        (WindowState::Open, Some(d)) => format!(" · {}", words::days_left(d).get(l)),
                        (WindowState::Closed, _) => format!(" · {}", L::result::CLOSED.get(l)),
                        _ => String::new(),
                    };
                    format!(
                        "{}{} · {}{}{}",
                        L::result::PAY_NOW.get(l),
                        short(&o.pay_now, l),
                        L::result::IN_THE_END.get(l),
                        short(&o.net_payable, l),
                        days
                    )
                }
            };
            view! {
                <a class="answer-bar no-print" href="#result" data-testid="answer-bar">
                    <span class="answer-bar__text">{text}</span>
                    <span class="answer-bar__go">{label_of(L::result::SEE_THE_RESULT)}</span>
                </a>
            }
        })
    }
}
