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
        if !out.coverage.is_covered() {
            prop_assert!(out.contribution.money().is_none() && out.pay_now.money().is_none(), "{input:?}");
            let not_covered = matches!(out.coverage, Coverage::NotCovered { .. });
            prop_assert!(not_covered, "{input:?}");
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
        prop_assert_eq!(w.state == WindowState::Closed, input.date > end);
        if w.state == WindowState::Closed {
            prop_assert!(w.days_left.is_none());
        } else {
            prop_assert_eq!(w.days_left, Some((end - input.date).num_days()));
            prop_assert!(w.days_left.unwrap() >= 0);
        }
        prop_assert_eq!(w.state == WindowState::Upcoming, policy.data.window.start.is_some_and(|s| input.date < s));
    }

    #[test]
    fn refunds_never_panic_and_stay_within_what_was_paid((p, input) in any_input(), r in 0..RefundReason::ALL.len(), on in any_date()) {
        let policy = &all()[p];
        let out = refund(policy, RefundReason::ALL[r], &input, on);
        if let Some(m) = out.amount.money() {
            prop_assert!(m >= Money::ZERO && m <= policy.data.contribution.amount, "{input:?}");
        }
        prop_assert!(!out.explanation.zh.is_empty() && !out.explanation.en.is_empty());
    }
}
