//! Payment windows, benefit periods, school and township dates against the reference date.

use chrono::NaiveDate;
use yibao::domain::inputs::Status;
use yibao::domain::policy::{calculate, find, BenefitPeriod, CalcInput, Deadlines, PolicyKey, Region, WindowState};

const GZ22: (Region, u16) = (Region::Guangzhou, 2022);
const GZ14: (Region, u16) = (Region::Guangzhou, 2014);
const MZ: (Region, u16) = (Region::Meizhou, 2022);
const ZQ: (Region, u16) = (Region::Zhaoqing, 2022);
const ZY: (Region, u16) = (Region::ZhangyeGanzhou, 2022);

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn deadlines((region, year): (Region, u16), on: &str) -> Deadlines {
    let key = PolicyKey { region, year };
    let i = CalcInput { key, status: Status::CollegeStudent, hukou: None, assist: vec![], birth: None, date: date(on) };
    calculate(find(key).unwrap(), &i).deadlines
}

#[test]
fn payment_window_state_and_days_left() {
    // (clause, policy, reference date, state, days left)
    let tests = [
        ("穗医保中管〔2021〕301号 §一", GZ22, "2021-08-31", WindowState::Upcoming, Some(111)),
        ("§一 first day", GZ22, "2021-09-01", WindowState::Open, Some(110)),
        ("§一、§三 money in by 12-20", GZ22, "2021-12-20", WindowState::Open, Some(0)),
        ("§一 after", GZ22, "2021-12-21", WindowState::Closed, None),
        ("穗人社函〔2014〕1366号 §二(一)", GZ14, "2014-06-26", WindowState::Upcoming, Some(188)),
        ("§二(一) last day", GZ14, "2014-12-31", WindowState::Open, Some(0)),
        ("§二(一) after", GZ14, "2015-01-01", WindowState::Closed, None),
        ("梅市医保〔2021〕7号 §二", MZ, "2021-09-01", WindowState::Open, Some(121)),
        ("§二 last day", MZ, "2021-12-31", WindowState::Open, Some(0)),
        ("§二 after", MZ, "2022-01-01", WindowState::Closed, None),
        ("肇庆 §1 planned window", ZQ, "2021-08-01", WindowState::Upcoming, Some(152)),
        ("§1 last day", ZQ, "2021-12-31", WindowState::Open, Some(0)),
        // 区医保发〔2022〕69号 §一 "当年缴费次年享受", no start date, issued 2022-08-30:
        // before 2022 the window lies ahead; in 2022 before the notice it is not stated.
        ("§一 the year before: payment is made in 2022", ZY, "2021-10-01", WindowState::Upcoming, Some(456)),
        ("§一 2022 before the notice: start not stated", ZY, "2022-01-01", WindowState::Unknown, Some(364)),
        ("§一 the day before issue", ZY, "2022-08-29", WindowState::Unknown, Some(124)),
        ("§一 the day of issue", ZY, "2022-08-30", WindowState::Open, Some(123)),
        ("§一 deadline day", ZY, "2022-12-31", WindowState::Open, Some(0)),
        ("§一 after", ZY, "2023-01-01", WindowState::Closed, None),
    ];
    for (clause, key, on, state, days) in tests {
        let w = deadlines(key, on).window;
        assert_eq!((w.state, w.days_left), (state, days), "{clause}: {key:?} on {on}");
    }
}

#[test]
fn window_dates_and_missing_start() {
    let tests = [
        (GZ22, Some("2021-09-01"), "2021-12-20", "§一、§三"),
        (GZ14, Some("2014-09-01"), "2014-12-31", "§二(一)"),
        (MZ, Some("2021-09-01"), "2021-12-31", "§二"),
        (ZQ, Some("2021-09-01"), "2021-12-31", "§1"),
        (ZY, None, "2022-12-31", "§一"),
    ];
    for (key, start, end, clause) in tests {
        let w = deadlines(key, "2021-10-01").window;
        assert_eq!(w.start.as_ref().map(|s| s.value), start.map(date), "{key:?}");
        assert_eq!(w.end.value, date(end), "{key:?}");
        assert_eq!(w.end.citation.clause, clause, "{key:?}");
        // Only a notice without a start says so; it never guesses one.
        assert_eq!(w.start_note.is_some(), start.is_none(), "{key:?}");
    }
    let note = deadlines(ZY, "2022-10-01").window.start_note.unwrap().text();
    assert!(note.en.contains("no start date") && note.zh.contains("2022年内缴费"), "{note:?}");
    // The note never invents a rule ("截止日前均可缴费" is in no notice).
    assert!(!note.zh.contains("均可缴费"), "{note:?}");
}

#[test]
fn benefit_period_only_where_stated() {
    // Zhangye §一 states 2023-01-01..2023-12-31. The Guangdong notices name the benefit year
    // (2022年度) but give no dates; Guangzhou 2014 says only that from 2015-01-01 the year is
    // the calendar year.
    match deadlines(ZY, "2022-10-01").benefit {
        BenefitPeriod::Stated { start, end, .. } => {
            let start = start.expect("zhangye states the start");
            assert_eq!((start.value, end.value), (date("2023-01-01"), date("2023-12-31")));
            assert_eq!(start.citation.clause, "§一");
        }
        other => panic!("zhangye: {other:?}"),
    }
    // 穗人社函〔2014〕1366号 §二(三): the 200 yuan covers "2014年城镇居民医保年度及2015年城乡居民
    // 医保年度", and from 2015-01-01 the year is the calendar year: cover ends 2015-12-31.
    match deadlines(GZ14, "2014-10-01").benefit {
        BenefitPeriod::Stated { start, end, text } => {
            assert!(start.is_none(), "the 2014 urban year has no stated dates");
            assert_eq!((end.value, end.citation.clause.as_str()), (date("2015-12-31"), "§二(三)"));
            assert!(text.zh.contains("2015年1月1日"), "{}", text.zh);
        }
        other => panic!("guangzhou 2014: {other:?}"),
    }
    let gz14 = find(PolicyKey { region: Region::Guangzhou, year: 2014 }).unwrap();
    assert!(!gz14.is_past(date("2015-06-01")), "§二(三): 2015 is covered");
    assert!(gz14.is_past(date("2016-01-01")));
    for (key, words) in [(GZ22, "2022年度"), (MZ, "2022年度"), (ZQ, "2022")] {
        match deadlines(key, "2021-10-01").benefit {
            BenefitPeriod::NotStated { text, ask, citation } => {
                assert!(text.zh.contains(words), "{key:?}: {}", text.zh);
                assert!(!ask.office.zh.is_empty() && !citation.clause.is_empty(), "{key:?}");
            }
            other => panic!("{key:?}: {other:?}"),
        }
    }
}

#[test]
fn school_and_township_dates() {
    // (policy, date, clause)
    let tests = [
        (GZ22, "2021-09-15", "§三(一)"),
        (GZ22, "2021-12-20", "§三"),
        (GZ14, "2014-07-15", "§三(三)"),
        (MZ, "2021-09-20", "§三(三)"),
        (ZQ, "2021-08-20", "§2(2)"),
        (ZQ, "2021-12-31", "§2(3)"),
        (ZY, "2022-09-30", "§八3"),
        (ZY, "2022-10-31", "§八3"),
        (ZY, "2022-11-30", "§八3"),
        (ZY, "2022-12-25", "§八3"),
    ];
    for (key, when, clause) in tests {
        let d = deadlines(key, "2021-01-01");
        assert!(d.tasks.iter().any(|t| t.date.value == date(when) && t.date.citation.clause == clause), "{key:?} {when}: {:?}", d.tasks);
    }
    // Every task is staff's, with its audience (甘州 §八3 townships; 穗 §三 schools; 梅州 §三(三) offices).
    use yibao::domain::policy::TaskAudience;
    for (key, audience) in
        [(ZY, TaskAudience::Township), (GZ22, TaskAudience::School), (MZ, TaskAudience::Office), (ZQ, TaskAudience::School)]
    {
        assert!(deadlines(key, "2021-01-01").tasks.iter().all(|t| t.audience == audience), "{key:?}");
    }
    let zy: Vec<String> = deadlines(ZY, "2022-10-01").tasks.iter().map(|t| t.text.zh.clone()).collect();
    assert_eq!(zy.len(), 4);
    for (t, pct) in zy.iter().zip(["35%", "50%", "80%", "100%"]) {
        assert!(t.contains(pct), "{t}");
    }
}

/// "X日前" has one reading everywhere: on or before X (policies/README.md). Every dated
/// task and the window are due on their own day and passed the day after, so on Zhaoqing's
/// last day (§1 window, §2(3) "before December 31, 2021") nothing says both "last day" and
/// "passed".
#[test]
fn one_reading_of_qian_on_every_boundary_day() {
    for key in [GZ22, GZ14, MZ, ZQ, ZY] {
        let policy = find(PolicyKey { region: key.0, year: key.1 }).unwrap();
        let mut days: Vec<NaiveDate> = policy.data.tasks.iter().map(|t| t.date).collect();
        days.push(policy.data.window.end);
        for day in days {
            let on = deadlines(key, &day.to_string());
            for t in on.tasks.iter().filter(|t| t.date.value == day) {
                assert_eq!((t.passed, t.days_left), (false, 0), "{key:?} {day}: due on its own day");
            }
            if day == policy.data.window.end {
                assert_eq!((on.window.state, on.window.days_left), (WindowState::Open, Some(0)), "{key:?} {day}");
            }
            let next = day.succ_opt().unwrap();
            let after = deadlines(key, &next.to_string());
            for t in after.tasks.iter().filter(|t| t.date.value == day) {
                assert_eq!((t.passed, t.days_left), (true, -1), "{key:?} {next}: passed the day after");
            }
        }
    }
    let last = deadlines(ZQ, "2021-12-31");
    assert_eq!(last.window.state, WindowState::Open, "肇庆 §1 last day");
    assert!(last.tasks.iter().filter(|t| t.date.value == date("2021-12-31")).all(|t| !t.passed), "肇庆 §2(3) not passed on its day");
    // 肇庆 §2(3) "If the fee is not paid within the time limit, no additional payment will be made."
    let after = last.window.after_close.expect("§2(3) says what happens after the deadline");
    assert_eq!(after.citation.clause, "§2(3)");
    assert!(after.value.zh.contains("逾期不予补缴"));
}

/// 区医保发〔2022〕69号 §五4: newborns are registered under 甘医保发〔2020〕41号; the general
/// window is not applied to them.
#[test]
fn zhangye_newborns_follow_their_own_notice() {
    let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
    let i = CalcInput { key, status: Status::Newborn, hukou: None, assist: vec![], birth: None, date: date("2022-10-01") };
    let w = calculate(find(key).unwrap(), &i).deadlines.window;
    assert_eq!((w.state, w.days_left), (WindowState::Unknown, None));
    let other = w.other_rules.expect("§五4");
    assert_eq!((other.document.as_str(), other.text.citation.clause.as_str()), ("甘医保发〔2020〕41号", "§五4"));
    let adult = CalcInput { status: Status::Adult, ..i };
    assert_eq!(calculate(find(key).unwrap(), &adult).deadlines.window.state, WindowState::Open);
}

#[test]
fn refund_dates() {
    let d = deadlines(ZY, "2022-10-01");
    assert_eq!(d.refund_deadline.as_ref().map(|c| c.value), Some(date("2022-12-30")), "§七");
    assert_eq!(d.refund_rule.as_ref().unwrap().citation.clause, "§七");
    let d = deadlines(MZ, "2021-10-01");
    assert!(d.refund_deadline.is_none(), "§四(三) gives no date");
    assert!(d.refund_rule.unwrap().value.zh.contains("待遇享受期开始前"), "§四(三)");
    for key in [GZ22, GZ14, ZQ] {
        let d = deadlines(key, "2021-10-01");
        assert!(d.refund_deadline.is_none() && d.refund_rule.is_none(), "{key:?}");
    }
}
