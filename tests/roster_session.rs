//! The roster worker's session: the outcome the page gets, rows by view and position, the
//! export of one view, and messages that read back as they were sent.

use chrono::NaiveDate;
use yibao::domain::lang::Lang;
use yibao::domain::roster::session::{CheckRequest, Outcome, Reply, Request, Session, View};
use yibao::domain::roster::{Options, Problem, Stop};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// 1,000 rows: every third one's ID is a repeat of the first.
fn session() -> Session {
    let mut text = String::from("姓名,身份证号码,联系电话\n");
    for i in 0..1000 {
        let id = if i % 3 == 2 { "11010519491231002X" } else { "" };
        text.push_str(&format!("学生{i},{id},13812345678\n"));
    }
    Session::check(text, &Options::new(today()))
}

#[test]
fn the_outcome_counts_every_row_and_carries_the_first_of_each_view() {
    let s = session();
    let o = s.outcome(50);
    assert_eq!((o.summary.total, o.summary.valid, o.summary.invalid), (1000, 1, 999));
    assert_eq!((o.first_all.len(), o.first_problems.len()), (50, 50));
    assert_eq!(o.first_all[0].line, 2);
    assert_eq!(o.count(View::All), 1000);
    assert_eq!(o.count(View::Problems), 999);
    assert_eq!(s.problem_rows().len(), 999);
    assert!(!s.problem_rows().contains(&2), "row 2 (line 4) is the only valid one");
}

#[test]
fn rows_come_by_view_and_position_and_stop_at_the_end() {
    let s = session();
    let tests = [
        (View::All, 998, 10, vec![998, 999]),
        (View::Problems, 2, 2, vec![3, 4]),
        (View::All, 5000, 10, vec![]),
        (View::Problems, 0, 0, vec![]),
    ];
    for (view, from, count, want) in tests {
        let got: Vec<u32> = s.rows(view, from, count).iter().map(|r| r.index).collect();
        assert_eq!(got, want, "{view:?} from {from}, {count} rows");
    }
    let row = &s.rows(View::All, 5, 1)[0];
    assert_eq!((row.line, row.cells[0].text.as_str(), row.cells[1].text.as_str()), (7, "学生5", "11010519491231002X"));
    assert!(matches!(row.problems[..], [Problem::DuplicateId { first_line: 4 }]), "{:?}", row.problems);
}

#[test]
fn the_export_of_the_problem_view_leaves_out_the_valid_row() {
    let s = session();
    let all: String = s.export(&Lang::Zh, View::All, 100).collect();
    let only: String = s.export(&Lang::Zh, View::Problems, 100).collect();
    assert_eq!(all.lines().count(), 1 + 1000);
    assert_eq!(only.lines().count(), 1 + 999);
    assert!(!only.contains("学生2,"), "the valid row is left out");
}

#[test]
fn a_file_over_the_limit_gives_a_stopped_outcome() {
    let o = Outcome::stopped(Stop::TooManyBytes { found: 600_000_000, max: 500_000_000 });
    assert!(!o.has_header());
    assert_eq!(o.summary.total, 0);
    assert!(matches!(o.stop, Some(Stop::TooManyBytes { .. })));
}

#[test]
fn messages_read_back_as_sent() {
    let s = session();
    let request = Request::Check(CheckRequest { today: today(), columns: None, first_row: None });
    let back: Request = serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
    assert_eq!(back, request);
    let reply = Reply::Done(Box::new(s.outcome(5)));
    let back: Reply = serde_json::from_str(&serde_json::to_string(&reply).unwrap()).unwrap();
    assert_eq!(back, reply);
    let rows = Reply::Rows { view: View::Problems, from: 3, rows: s.rows(View::Problems, 3, 4) };
    let back: Reply = serde_json::from_str(&serde_json::to_string(&rows).unwrap()).unwrap();
    assert_eq!(back, rows);
}

/// The worker's warm-up roster has the usual mix, so the check's every path is run: valid
/// and broken IDs (a wrong check character, too short, spaces and a lower-case x).
#[test]
fn the_warm_up_roster_runs_every_kind_of_row() {
    let summary = yibao::domain::roster::session::warm_up(1_000);
    assert_eq!(summary.total, 1_000);
    assert!(summary.valid > 700 && summary.invalid > 100, "{summary:?}");
}
