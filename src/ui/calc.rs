//! The calculator (`view=calc`): the questions, then the result.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::fields::{Checkboxes, DateField, Radios};
use super::notices::NoticePicker;
use super::result::CalcResult;
use super::State;
use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;

fn ymd(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

fn parse_ymd(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The calculator page: an outline of questions and the result. The hukou and the date
/// of birth are asked only where the chosen notice has a rule that uses them.
#[component]
pub fn Calculator() -> impl IntoView {
    let state = State::get();
    let chosen_policy = move || {
        state.0.with(|q| Some(crate::domain::policy::PolicyKey { region: q.region?, year: q.year? })).and_then(crate::domain::policy::find)
    };
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
            </form>
            <CalcResult />
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
            legend=Text::new("户籍类型", "Hukou type")
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
    view! {
        <Checkboxes
            id="assist"
            legend=Text::new("是否属于以下资助对象？（可多选）", "Do any of these assistance identities apply? (tick all that apply)")
            hint=Text::new(
                "身份由民政、乡村振兴、残联等部门认定。多个身份同时符合时按最高标准资助，不重复享受。",
                "Identities are recognised by civil affairs, rural revitalisation or the disabled persons' federation. If several apply, the highest assistance applies once, never added up.",
            )
            options=Assist::ALL.iter().map(|a| (*a, a.label())).collect()
            checked=move |a| state.0.with(|q| q.assist.contains(&a))
            set=move |a, on| state.update(|q| {
                q.assist.retain(|x| *x != a);
                if on {
                    q.assist.push(a);
                    q.assist.sort();
                }
            })
        />
    }
}

#[component]
fn BirthQuestion() -> impl IntoView {
    let state = State::get();
    view! {
        <DateField
            id="birth"
            label=Text::new("出生日期（按年龄规定时需要）", "Date of birth (needed where a rule depends on age)")
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
            label=Text::new("按哪一天说明缴费期限？", "Explain the deadlines as of which day?")
            hint=Text::new("默认为今天。", "Today unless you choose another day.")
            current=move || ymd(state.0.with(|q| q.date))
            set=move |s| state.update(|q| q.date = parse_ymd(&s))
        />
    }
}
