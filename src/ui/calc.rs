//! The calculator (`view=calc`): the questions, then the result.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::fields::{Checkboxes, DateField, Radios};
use super::notices::NoticePicker;
use super::result::{outcome_memo, AnswerBar, CalcResult};
use super::State;
use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;

fn ymd(d: Option<NaiveDate>) -> String {
    d.map(crate::domain::date::iso).unwrap_or_default()
}

fn parse_ymd(s: &str) -> Option<NaiveDate> {
    crate::domain::date::parse_iso(s)
}

/// The calculator page: an outline of questions and the result. The hukou and the date
/// of birth are asked only where the chosen notice has a rule that uses them.
#[component]
pub fn Calculator() -> impl IntoView {
    let state = State::get();
    let chosen_policy = move || state.0.with(|q| q.notice_key()).and_then(crate::domain::policy::find);
    let result = outcome_memo();
    view! {
        <div class="calc">
            <form class="calc__questions" on:submit=|ev| ev.prevent_default()>
                <NoticePicker />
                <StatusQuestion />
                <Show when=move || chosen_policy().is_some_and(|p| p.asks_hukou())>
                    <HukouQuestion />
                </Show>
                <AssistQuestion />
                <Show when=move || chosen_policy().is_some_and(|p| p.asks_birth())>
                    <BirthQuestion />
                </Show>
                <ReferenceDateQuestion />
                <FamilyLink />
                <AnswerBar result />
            </form>
            <CalcResult result />
        </div>
    }
}

#[component]
fn StatusQuestion() -> impl IntoView {
    let state = State::get();
    view! {
        <Radios
            id="status"
            legend=Text::new("参保人是什么身份？", "Who is enrolling?")
            hint=Text::new("按参保时的身份选择；幼儿园儿童选“学龄前儿童”。", "Choose the identity at enrollment; kindergarten children are preschool children.")
            options=Status::ALL.iter().map(|s| (*s, s.label())).collect()
            current=move || state.0.with(|q| q.status)
            set=move |s| state.update(|q| q.status = Some(s))
        />
    }
}

#[component]
fn HukouQuestion() -> impl IntoView {
    let state = State::get();
    view! {
        <Radios
            id="hukou"
            legend=Text::new("户籍类型（选填）", "Hukou type (optional)")
            hint=Text::new("部分通知按城镇或农村户籍安排参保渠道。", "Some notices set the enrollment channel by urban or rural hukou.")
            options=Hukou::ALL.iter().map(|h| (*h, h.label())).collect()
            current=move || state.0.with(|q| q.hukou)
            set=move |h| state.update(|q| q.hukou = Some(h))
        />
    }
}

#[component]
fn AssistQuestion() -> impl IntoView {
    let state = State::get();
    // Rebuilt only when the notice changes (a memo), so ticking a box keeps focus on it.
    let key = Memo::new(move |_| state.0.with(|q| q.notice_key()));
    move || {
        let policy = key.get().and_then(crate::domain::policy::find);
        // The identities the chosen notice names; without a notice, every identity. Codes
        // already held (from a link) stay visible so they can be unticked.
        let mut offered: Vec<Assist> = match policy {
            Some(p) => p.assist_codes(),
            None => Assist::ALL.iter().copied().filter(|a| a.group() == *a).collect(),
        };
        for a in state.0.with_untracked(|q| q.assist.clone()) {
            if !offered.contains(&a.group()) {
                offered.push(a.group());
            }
        }
        let tiers = policy.map(|p| p.tiers_of(Assist::Dibao)).unwrap_or_default();
        view! {
            <Checkboxes
                id="assist"
                legend=Text::new("是否属于以下资助对象？（选填，可多选）", "Do any of these assistance identities apply? (optional; tick all that apply)")
                hint=Text::new(
                    "只列出所选通知提到的身份。身份由民政、乡村振兴、残联等部门认定。多个身份同时符合时按最高标准资助，不重复享受。",
                    "Only the identities the chosen notice names. They are recognised by civil affairs, rural revitalisation or the disabled persons' federation. If several apply, the highest assistance applies once, never added up.",
                )
                options=offered
                    .iter()
                    .map(|a| match (*a, tiers.is_empty()) {
                        (Assist::Dibao, false) => (*a, Text::new("低保对象", "Subsistence allowance (低保)")),
                        _ => (*a, a.label()),
                    })
                    .collect()
                checked=move |a: Assist| state.0.with(|q| q.assist.iter().any(|x| x.group() == a))
                set=move |a: Assist, on| state.update(|q| {
                    q.assist.retain(|x| x.group() != a);
                    if on {
                        q.assist.push(a);
                        q.assist.sort();
                    }
                })
            />
            {(!tiers.is_empty()).then(|| view! { <TierQuestion tiers /> })}
        }
    }
}

/// The follow-up for a group whose tiers the notice funds differently (甘州 低保 classes).
#[component]
fn TierQuestion(tiers: Vec<Assist>) -> impl IntoView {
    let state = State::get();
    let holds = move || state.0.with(|q| q.assist.iter().any(|a| a.group() == Assist::Dibao));
    let mut options: Vec<(Assist, Text)> = tiers.iter().map(|t| (*t, t.label())).collect();
    options.push((Assist::Dibao, Text::new("不清楚类别", "I don't know the tier")));
    view! {
        <Show when=holds>
            <Radios
                id="assist-tier"
                legend=Text::new("低保类别", "Which 低保 tier?")
                hint=Text::new("该通知按低保类别定额资助，类别见低保证或问乡镇、街道。", "This notice sets the assistance by tier; the tier is on the 低保 certificate, or ask the township or street office.")
                options=options.clone()
                current=move || state.0.with(|q| q.assist.iter().copied().find(|a| a.group() == Assist::Dibao))
                set=move |t: Assist| state.update(|q| {
                    q.assist.retain(|x| x.group() != Assist::Dibao);
                    q.assist.push(t);
                    q.assist.sort();
                })
            />
        </Show>
    }
}

#[component]
fn BirthQuestion() -> impl IntoView {
    let state = State::get();
    view! {
        <DateField
            id="birth"
            label=Text::new("出生日期（选填；按年龄规定时需要）", "Date of birth (optional; needed where a rule depends on age)")
            hint=Text::new("例如 2010-06-01。只用于计算年龄，不会被发送。", "For example 2010-06-01. Used only to work out the age; never sent.")
            current=move || ymd(state.0.with(|q| q.birth))
            set=move |s| state.update(|q| q.birth = parse_ymd(&s))
        />
    }
}

#[component]
fn ReferenceDateQuestion() -> impl IntoView {
    let state = State::get();
    view! {
        <DateField
            id="date"
            label=Text::new("按哪一天说明缴费期限？（选填）", "Explain the deadlines as of which day? (optional)")
            hint=Text::new("默认为今天。", "Today unless you choose another day.")
            current=move || ymd(state.0.with(|q| q.date))
            set=move |s| state.update(|q| q.date = parse_ymd(&s))
        />
    }
}

/// One step to the household (`view=household`) with the same notice; the answers given
/// here become its first member.
#[component]
fn FamilyLink() -> impl IntoView {
    let state = State::get();
    let href = move || {
        state.0.with(|q| {
            let family = crate::domain::query::Query {
                view: crate::domain::query::View::Household,
                region: q.region,
                year: q.year,
                date: q.date,
                lang: q.lang,
                ..Default::default()
            };
            crate::domain::query::join_search(&family.to_pairs())
        })
    };
    view! {
        <p class="calc__family no-print">
            <a
                href=href
                data-testid="household-link"
                on:click=move |ev| {
                    ev.prevent_default();
                    state.update(|q| {
                        q.view = crate::domain::query::View::Household;
                        q.embed = false;
                        if q.members.is_empty() {
                            if let Some(status) = q.status {
                                q.members.push(crate::domain::household::Member {
                                    status: Some(status),
                                    hukou: q.hukou,
                                    assist: q.assist.clone(),
                                    birth: q.birth,
                                    ..Default::default()
                                });
                            }
                        }
                    });
                }
            >
                {move || super::tr(state.lang(), "为家人一起计算", "Calculate for the whole family")}
            </a>
        </p>
    }
}
