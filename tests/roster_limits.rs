//! Issue 15, item 3: limits with clear messages, before any work; memory from rows read.

use chrono::NaiveDate;
use yibao::domain::lang::Lang;
use yibao::domain::roster::{Check, Limits, Options, Stop};
use yibao::words::roster::{limits, problem, stop};

fn options(limits: Limits) -> Options {
    let mut o = Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    o.limits = limits;
    o
}

const SMALL: Limits = Limits { bytes: 10_000, rows: 5, columns: 4, cell_chars: 20 };

#[test]
fn too_many_bytes_or_columns_stop_before_any_work() {
    let text = format!("姓名,身份证号码\n{}", "张三,1\n".repeat(2000));
    let found = text.len();
    let r = Check::new(text, &options(SMALL)).finish();
    assert_eq!(r.stop, Some(Stop::TooManyBytes { found, max: 10_000 }));
    assert!(r.rows.is_empty() && r.header.is_empty());
    assert!(stop(&r.stop.unwrap(), Lang::Zh).contains("分成几个文件"));

    let r = Check::new(format!("{}\n1\n", ",".repeat(9_000)), &options(SMALL)).finish();
    assert_eq!(r.stop, Some(Stop::TooManyColumns { found: 9_001, max: 4 }));
    assert!(r.rows.is_empty() && r.header.is_empty());
    assert_eq!(stop(&r.stop.unwrap(), Lang::Zh), "表头有 9,001 列，超过 4 列的上限，没有检查。请确认第一行是表头，并删除多余的列。");
}

#[test]
fn rows_past_the_limit_are_said_not_dropped_silently() {
    let text = format!("姓名,身份证号码\n{}", "张三,11010519491231002X\n".repeat(6));
    let r = Check::new(text.clone(), &options(SMALL)).finish();
    assert_eq!(r.rows.len(), 5);
    assert_eq!(r.stop, Some(Stop::TooManyRows { max: 5 }));
    assert!(stop(&r.stop.unwrap(), Lang::En).contains("only the first 5 were checked"));
    // Exactly at the limit: no stop.
    let text = format!("姓名,身份证号码\n{}", "张三,11010519491231002X\n".repeat(5));
    assert_eq!(Check::new(text, &options(SMALL)).finish().stop, None);
}

#[test]
fn a_long_cell_is_a_problem_on_its_row() {
    let r = Check::new(format!("姓名,身份证号码\n{},11010519491231002X\n", "长".repeat(25)), &options(SMALL)).finish();
    assert_eq!(r.rows.get(0).unwrap().problems[0].code(), "cell-too-long");
    assert!(problem(&r.rows.get(0).unwrap().problems[0], Lang::Zh).contains("长 25 个字符"));
}

#[test]
fn a_file_of_line_feeds_reserves_nothing_up_front() {
    // Scaled down from "50 MB of line feeds": no row, no reservation from a newline count.
    let r = Check::new(format!("姓名,身份证号码\n{}", "\n".repeat(2_000_000)), &options(Limits::DEFAULT)).finish();
    assert!(r.rows.is_empty());
    assert!(r.rows.capacity() < 16, "capacity {}", r.rows.capacity());
    let r = Check::new("\n".repeat(2_000_000), &options(Limits::DEFAULT)).finish();
    assert!(r.rows.is_empty() && r.stop.is_none());
}

#[test]
fn the_limits_are_said_and_generous() {
    const { assert!(Limits::DEFAULT.rows > 5_000_000) };
    assert_eq!(limits(&Limits::DEFAULT, Lang::Zh), "最多 500 MB、6,000,000 行、1,000 列，每格最多 10,000 个字符。");
}

#[test]
fn a_roster_stopped_before_reading_has_no_header_and_says_why() {
    let r = yibao::domain::roster::Roster::stopped(Stop::TooManyBytes { found: 600_000_000, max: 500_000_000 });
    assert!(!r.has_header() && r.rows.is_empty());
    assert_eq!(stop(&r.stop.unwrap(), Lang::Zh), "名单太大（600 MB），超过 500 MB 的上限，没有检查。请把名单分成几个文件分别检查。");
}
