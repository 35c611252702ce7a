//! Payment windows, benefit periods, school and township dates against the reference date.

use chrono::NaiveDate;
use yibao::domain::inputs::Status;
use yibao::domain::policy::{calculate, find, BenefitPeriod, CalcInput, Deadlines, PolicyKey, Region, TaskRelation, WindowState};

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
        ("区医保发〔2022〕69号 §一: no start, open up to the deadline", ZY, "2022-01-01", WindowState::Open, Some(364)),
        ("§一 long before: still open, start not stated", ZY, "2021-06-01", WindowState::Open, Some(578)),
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
    let w = deadlines(ZY, "2022-10-01").window;
    assert!(w.start_note.unwrap().en.contains("no start date"));
}

#[test]
fn benefit_period_only_where_stated() {
    // Zhangye §一 states 2023-01-01..2023-12-31. The Guangdong notices name the benefit year
    // (2022年度) but give no dates; Guangzhou 2014 says only that from 2015-01-01 the year is
    // the calendar year.
    match deadlines(ZY, "2022-10-01").benefit {
        BenefitPeriod::Stated { start, end, .. } => {
            assert_eq!((start.value, end.value), (date("2023-01-01"), date("2023-12-31")));
            assert_eq!(start.citation.clause, "§一");
        }
        other => panic!("zhangye: {other:?}"),
    }
    for (key, words) in [(GZ22, "2022年度"), (MZ, "2022年度"), (ZQ, "2022"), (GZ14, "2015年1月1日")] {
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
    // (policy, date, relation, clause)
    let tests = [
        (GZ22, "2021-09-15", TaskRelation::By, "§三(一)"),
        (GZ22, "2021-12-20", TaskRelation::By, "§三"),
        (GZ14, "2014-07-15", TaskRelation::By, "§三(三)"),
        (MZ, "2021-09-20", TaskRelation::Before, "§三(三)"),
        (ZQ, "2021-08-20", TaskRelation::Before, "§2(2)"),
        (ZQ, "2021-12-31", TaskRelation::Before, "§2(3)"),
        (ZY, "2022-09-30", TaskRelation::By, "§八3"),
        (ZY, "2022-10-31", TaskRelation::By, "§八3"),
        (ZY, "2022-11-30", TaskRelation::By, "§八3"),
        (ZY, "2022-12-25", TaskRelation::By, "§八3"),
    ];
    for (key, when, relation, clause) in tests {
        let d = deadlines(key, "2021-01-01");
        assert!(
            d.tasks.iter().any(|t| t.date.value == date(when) && t.relation == relation && t.date.citation.clause == clause),
            "{key:?} {when}: {:?}",
            d.tasks
        );
    }
    let zy: Vec<String> = deadlines(ZY, "2022-10-01").tasks.iter().map(|t| t.text.zh.clone()).collect();
    assert_eq!(zy.len(), 4);
    for (t, pct) in zy.iter().zip(["35%", "50%", "80%", "100%"]) {
        assert!(t.contains(pct), "{t}");
    }
}

#[test]
fn task_passed_by_and_before() {
    // "by 2021-09-15" is still due on the day; "before 2021-08-20" is not.
    let d = deadlines(GZ22, "2021-09-15");
    let t = d.tasks.iter().find(|t| t.date.value == date("2021-09-15")).unwrap();
    assert_eq!((t.passed, t.days_left), (false, 0));
    let d = deadlines(GZ22, "2021-09-16");
    let t = d.tasks.iter().find(|t| t.date.value == date("2021-09-15")).unwrap();
    assert_eq!((t.passed, t.days_left), (true, -1));
    let d = deadlines(ZQ, "2021-08-20");
    let t = d.tasks.iter().find(|t| t.date.value == date("2021-08-20")).unwrap();
    assert_eq!((t.passed, t.days_left), (true, 0));
    let d = deadlines(ZQ, "2021-08-19");
    let t = d.tasks.iter().find(|t| t.date.value == date("2021-08-20")).unwrap();
    assert_eq!((t.passed, t.days_left), (false, 1));
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
