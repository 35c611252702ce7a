//! Properties over any policy, status, hukou, subset of assistance codes, birth date and
//! reference date: an outcome always comes back, amounts stay within the standard, and
//! assistance is never summed across identities.

use chrono::NaiveDate;
use proptest::prelude::*;
use yibao::domain::inputs::{Assist, Hukou, Status};
use yibao::domain::money::Money;
use yibao::domain::policy::{all, calculate, refund, AssistVerdict, CalcInput, Coverage, RefundReason, WindowState};

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 1900-01-01 .. 2100-12-31
    (0i64..73_414).prop_map(|d| NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(d))
}

fn any_input() -> impl Strategy<Value = (usize, CalcInput)> {
    (
        0..all().len(),
        0..Status::ALL.len(),
        prop::option::of(0..Hukou::ALL.len()),
        prop::collection::vec(0..Assist::ALL.len(), 0..6),
        prop::option::of(any_date()),
        any_date(),
    )
        .prop_map(|(p, s, h, a, birth, date)| {
            let policy = &all()[p];
            (
                p,
                CalcInput {
                    key: policy.key,
                    status: Status::ALL[s],
                    hukou: h.map(|h| Hukou::ALL[h]),
                    assist: a.into_iter().map(|i| Assist::ALL[i]).collect(),
                    birth,
                    date,
                },
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn amounts_stay_within_the_standard((p, input) in any_input()) {
        let policy = &all()[p];
        let out = calculate(policy, &input);
        let standard = policy.data.contribution.amount;
        for (name, a) in [("contribution", &out.contribution), ("assistance", &out.assistance.amount), ("pay_now", &out.pay_now), ("net", &out.net_payable)] {
            if let Some(m) = a.money() {
                prop_assert!(m >= Money::ZERO, "{name} negative: {input:?}");
                prop_assert!(m <= standard, "{name} above the standard: {input:?}");
            }
        }
        if let (Some(net), Some(now)) = (out.net_payable.money(), out.pay_now.money()) {
            prop_assert!(net <= now, "net above pay-now: {input:?}");
        }
        if let Coverage::NotCovered { reason, ask, .. } = &out.coverage {
            prop_assert!(out.contribution.money().is_none() && out.pay_now.money().is_none(), "{input:?}");
            prop_assert!(out.channels.is_empty(), "no channel for someone not covered: {input:?}");
            prop_assert!(!reason.zh.is_empty() && !ask.office.zh.is_empty(), "{input:?}");
        }
    }

    #[test]
    fn assistance_is_never_summed((p, input) in any_input()) {
        let policy = &all()[p];
        let out = calculate(policy, &input);
        let standard = policy.data.contribution.amount;
        let best_single = out.assistance.lines.iter().filter_map(|l| match l.verdict {
            AssistVerdict::Full => Some(standard),
            AssistVerdict::Fixed(m) => Some(m),
            _ => None,
        }).max().unwrap_or(Money::ZERO);
        if let Some(m) = out.assistance.amount.money() {
            prop_assert!(m <= best_single, "assistance {m} above the best single identity {best_single}: {input:?}");
            if m > Money::ZERO {
                prop_assert!(out.assistance.winner.is_some(), "{input:?}");
            }
        }
    }

    #[test]
    fn window_state_matches_the_dates((p, input) in any_input()) {
        let policy = &all()[p];
        let w = calculate(policy, &input).deadlines.window;
        let end = policy.data.window.end;
        if w.other_rules.is_some() {
            // The notice sends this person to another document: no days counted here.
            prop_assert_eq!((w.state, w.days_left), (WindowState::Unknown, None));
            return Ok(());
        }
        prop_assert_eq!(w.state == WindowState::Closed, input.date > end);
        if w.state == WindowState::Closed {
            prop_assert!(w.days_left.is_none());
        } else {
            prop_assert_eq!(w.days_left, Some((end - input.date).num_days()));
            prop_assert!(w.days_left.unwrap() >= 0);
        }
        match policy.data.window.start {
            Some(s) => prop_assert_eq!(w.state == WindowState::Upcoming, input.date < s),
            // No stated start: never "open" before the notice was issued.
            None => prop_assert!(w.state != WindowState::Open || policy.data.issued.is_some_and(|i| input.date >= i), "{input:?}"),
        }
    }

    /// Ages are judged over the notice's own window, so no amount, question or assistance
    /// line depends on the day the page is opened.
    #[test]
    fn no_answer_depends_on_today((p, input) in any_input(), other in any_date()) {
        let policy = &all()[p];
        let a = calculate(policy, &input);
        let b = calculate(policy, &CalcInput { date: other, ..input.clone() });
        for (x, y) in [(&a.contribution, &b.contribution), (&a.assistance.amount, &b.assistance.amount), (&a.pay_now, &b.pay_now), (&a.net_payable, &b.net_payable)] {
            prop_assert_eq!(x, y, "{:?} vs {}", input, other);
        }
        prop_assert_eq!(&a.questions, &b.questions);
        prop_assert_eq!(&a.assistance.lines, &b.assistance.lines);
        prop_assert_eq!(&a.channels, &b.channels);
    }

    /// An amount that waits on the user's answer names the question and a real range; an
    /// outcome with no open question has no such amount.
    #[test]
    fn an_answer_missing_unknown_names_its_question((p, input) in any_input()) {
        let policy = &all()[p];
        let out = calculate(policy, &input);
        for a in [&out.contribution, &out.assistance.amount, &out.pay_now, &out.net_payable] {
            if let Some((min, max)) = a.range() {
                prop_assert!(min < max, "a range of one figure is a known amount: {input:?}");
                prop_assert!(!a.questions().is_empty(), "{input:?}");
                for q in a.questions() {
                    prop_assert!(out.questions.contains(q), "{input:?}");
                }
                prop_assert_eq!(a.data_value(), "unknown");
            }
        }
        // Without a birth date the date-of-birth question is the one asked, never "not stated".
        if input.birth.is_some() {
            prop_assert!(!out.questions.iter().any(|q| matches!(q, yibao::domain::policy::Question::BirthDate { .. })), "{input:?}");
        }
    }

    #[test]
    fn refunds_never_panic_and_stay_within_what_was_paid((p, input) in any_input(), r in 0..RefundReason::ALL.len(), on in any_date()) {
        let policy = &all()[p];
        let out = refund(policy, RefundReason::ALL[r], &input, on);
        if let Some(m) = out.amount.money() {
            prop_assert!(m >= Money::ZERO && m <= policy.data.contribution.amount, "{input:?}");
        }
        prop_assert!(!out.explanation.text().zh.is_empty() && !out.explanation.text().en.is_empty());
    }
}
