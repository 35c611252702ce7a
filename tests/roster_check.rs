//! The roster check: every problem kind, the summary, the columns, the chunked check.

use chrono::NaiveDate;
use yibao::domain::lang::Lang;
use yibao::domain::roster::columns::{detect, Column, ColumnMap};
use yibao::domain::roster::{check, Check, Options, Roster};
use yibao::words::roster::problem;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn run(text: &str) -> Roster {
    check(text, &Options::new(today()))
}

/// The problem codes of each row.
fn codes(text: &str) -> Vec<Vec<&'static str>> {
    run(text).rows.iter().map(|r| r.problems.iter().map(|p| p.code()).collect()).collect()
}

const HEAD: &str = "姓名,身份证号码,联系电话,性别,出生日期\n";

#[test]
fn each_problem_kind() {
    let tests: Vec<(&str, Vec<&str>)> = vec![
        ("张三,11010519491231002X,13812345678,女,1949-12-31", vec![]),
        ("张三,11010519491231002X,,,", vec![]),
        ("张三, 110105 19491231 002x ,,,", vec![]),
        (",11010519491231002X,,,", vec!["missing-name"]),
        ("张三,,,,", vec!["missing-id"]),
        ("张三,110105194912310021,,,", vec!["invalid-id"]),
        ("张三,1101051949123100,,,", vec!["invalid-id"]),
        ("张三,110105199902300011,,,", vec!["invalid-id"]),
        ("张三,13812345678,,,", vec!["not-personal-id"]),
        ("张三,11010519491231002X,12345678901,,", vec!["invalid-phone"]),
        ("张三,11010519491231002X,1381234567,,", vec!["invalid-phone"]),
        ("张三,11010519491231002X,,男,", vec!["sex-mismatch"]),
        ("张三,11010519491231002X,,未知,", vec!["sex-unreadable"]),
        ("张三,11010519491231002X,,,1949-12-30", vec!["birth-mismatch"]),
        ("张三,11010519491231002X,,,1949/12/31", vec![]),
        ("张三,11010519491231002X,,,1949年12月", vec![]),
        ("张三,11010519491231002X,,,1950-12", vec!["birth-mismatch"]),
        ("张三,11010519491231002X,,,昨天", vec!["birth-unreadable"]),
        ("张三,11010519491231002X,,", vec!["field-count"]),
        ("张三,11010519491231002X,,,,extra", vec!["field-count"]),
        ("\"张三,11010519491231002X,,,", vec!["unbalanced-quote"]),
        // An invalid ID says nothing about sex or birth, so they are not compared.
        ("张三,110105194912310021,,男,2000-01-01", vec!["invalid-id"]),
        // Old 15-digit numbers and residence permits are personal IDs.
        ("张三,110105491231002,,女,1949-12-31", vec![]),
        (",abc,1,x,y", vec!["missing-name", "invalid-id", "invalid-phone", "sex-unreadable", "birth-unreadable"]),
    ];
    for (line, expected) in tests {
        let got = codes(&format!("{HEAD}{line}\n"));
        assert_eq!(got, vec![expected], "row {line:?}");
    }
}

#[test]
fn invalid_id_gives_the_precise_reason() {
    let r = run(&format!("{HEAD}张三,110105194912310021,,,\n李四,110105199902300011,,,\n"));
    let zh = problem(&r.rows.get(0).unwrap().problems[0], Lang::Zh);
    assert!(zh.contains("校验码"), "{zh}");
    let en = problem(&r.rows.get(1).unwrap().problems[0], Lang::En);
    assert!(en.contains("19990230 is not a date"), "{en}");
}

#[test]
fn duplicates_name_the_first_line_after_normalising() {
    let text = format!("{HEAD}张三,11010519491231002X,,,\n李四,110105194912310021,,,\n张三,11010519491231002x,,,\n王五,110105 1949 1231 002X,,,\n赵六,110105194912310021,,,\n");
    let r = run(&text);
    let dup: Vec<Option<String>> =
        r.rows.iter().map(|row| row.problems.iter().find(|p| p.code() == "duplicate-id").map(|p| problem(p, Lang::En))).collect();
    assert_eq!(dup[0], None);
    assert_eq!(dup[1], None);
    assert!(dup[2].as_deref().unwrap().contains("line 2"), "{:?}", dup[2]);
    assert!(dup[3].as_deref().unwrap().contains("line 2"));
    assert!(dup[4].as_deref().unwrap().contains("line 3"), "invalid IDs are compared too");
    let s = r.summary;
    assert_eq!((s.total, s.valid, s.invalid, s.duplicates), (5, 1, 4, 3));
}

#[test]
fn malformed_lines_are_reported_with_their_line_and_the_rest_checked() {
    let text = std::fs::read_to_string("tests/fixtures/roster-malformed.csv").unwrap();
    let r = run(&text);
    let lines: Vec<u32> = r.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4, 5], "no row dropped");
    assert!(r.rows.get(0).unwrap().is_valid());
    assert_eq!(r.rows.get(1).unwrap().problems[0].code(), "unbalanced-quote");
    assert!(problem(&r.rows.get(1).unwrap().problems[0], Lang::Zh).contains("第 3 行"));
    assert_eq!(r.rows.get(2).unwrap().problems[0].code(), "field-count");
    assert!(problem(&r.rows.get(2).unwrap().problems[0], Lang::En).starts_with("Line 4 has 4 values, 1 more"));
    assert!(r.rows.get(3).unwrap().is_valid());
    assert_eq!((r.summary.total, r.summary.valid, r.summary.invalid), (4, 2, 2));
}

#[test]
fn utf8_fixture_with_bom() {
    let bytes = std::fs::read("tests/fixtures/roster-utf8-bom.csv").unwrap();
    let text = yibao::domain::roster::decode::utf8_text(&bytes).unwrap();
    let r = run(text);
    assert_eq!(r.columns, ColumnMap { name: Some(0), id: Some(1), phone: Some(2), sex: Some(3), birth: Some(4) });
    let s = r.summary;
    assert_eq!((s.total, s.valid, s.invalid, s.duplicates), (4, 2, 2, 0));
    let codes: Vec<&str> = r.rows.get(2).unwrap().problems.iter().map(|p| p.code()).collect();
    assert_eq!(codes, ["invalid-phone", "sex-mismatch"]);
}

#[test]
fn header_names_map_to_columns() {
    let tests: Vec<(&[&str], ColumnMap, Vec<Column>)> = vec![
        (
            &["姓名", "身份证号码", "联系电话", "性别", "出生日期"],
            ColumnMap { name: Some(0), id: Some(1), phone: Some(2), sex: Some(3), birth: Some(4) },
            vec![],
        ),
        (&["序号", "姓名", "证件号码", "手机号码"], ColumnMap { name: Some(1), id: Some(2), phone: Some(3), ..Default::default() }, vec![]),
        (&["姓名", "身份证号", "手机"], ColumnMap { name: Some(0), id: Some(1), phone: Some(2), ..Default::default() }, vec![]),
        (
            &["Name", "ID", "Phone", "Sex", "Birth"],
            ColumnMap { name: Some(0), id: Some(1), phone: Some(2), sex: Some(3), birth: Some(4) },
            vec![],
        ),
        (&[" *姓名 ", "ID Number", "Mobile"], ColumnMap { name: Some(0), id: Some(1), phone: Some(2), ..Default::default() }, vec![]),
        (&["学生姓名", "学生身份证号码（必填）"], ColumnMap { name: Some(0), id: Some(1), ..Default::default() }, vec![Column::Id]),
        (&["a", "b"], ColumnMap::default(), vec![Column::Name, Column::Id]),
    ];
    for (header, map, unsure) in tests {
        let header: Vec<String> = header.iter().map(|s| s.to_string()).collect();
        let d = detect(&header);
        assert_eq!((d.map, d.unsure), (map, unsure), "header {header:?}");
    }
}

#[test]
fn unrecognised_columns_are_problems_until_chosen() {
    let text = "甲,乙\n张三,11010519491231002X\n";
    let r = run(text);
    let codes: Vec<&str> = r.rows.get(0).unwrap().problems.iter().map(|p| p.code()).collect();
    assert_eq!(codes, ["no-column", "no-column"]);
    assert!(problem(&r.rows.get(0).unwrap().problems[1], Lang::Zh).contains("列对应"));
    let chosen = ColumnMap { name: Some(0), id: Some(1), ..Default::default() };
    let r = check(text, &Options { columns: Some(chosen), ..Options::new(today()) });
    assert!(r.rows.get(0).unwrap().is_valid());
    assert_eq!(r.summary.valid, 1);
}

#[test]
fn chunked_check_equals_one_go() {
    let mut text = String::from(HEAD);
    for i in 0..1234 {
        text.push_str(if i % 7 == 0 { "张三,110105194912310021,,,\n" } else { "张三,11010519491231002X,,女,\n" });
    }
    let whole = run(&text);
    let mut c = Check::new(text.clone(), &Options::new(today()));
    let mut steps = 0;
    let mut last = 0.0;
    while !c.step(100) {
        steps += 1;
        assert!(c.progress() >= last && c.progress() <= 1.0);
        last = c.progress();
    }
    assert_eq!(steps, 12);
    assert_eq!(c.rows_checked(), 1234);
    let chunked = c.finish();
    assert_eq!(chunked, whole);
    assert_eq!(whole.summary.total, 1234);
    assert_eq!(whole.summary.duplicates, 1232);
}

#[test]
fn empty_and_header_only() {
    let r = run("");
    assert!(!r.has_header());
    assert_eq!(r.summary.total, 0);
    let r = run("姓名,身份证号码\n");
    assert!(r.has_header());
    assert_eq!(r.summary.total, 0);
}

#[test]
fn visible_rows_filter() {
    let r = run(&format!("{HEAD}张三,11010519491231002X,,,\n李四,,,,\n"));
    assert_eq!(r.visible(false), [0, 1]);
    assert_eq!(r.visible(true), [1]);
}

#[test]
fn every_message_is_bilingual() {
    let r = run(&format!(
        "{HEAD}\"张三,110105194912310021,12,x,y,z\n,,,,\n张三,11010519491231002X,,男,1949-01-01\n张三,11010519491231002X,,,\n"
    ));
    for row in r.rows.iter() {
        for p in &row.problems {
            let zh = problem(p, Lang::Zh);
            let en = problem(p, Lang::En);
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{}", p.code());
            assert!(!zh.contains("110105194912310021") && !en.contains("11010519491231002X"), "no ID repeated back");
        }
    }
}

#[test]
fn a_credit_code_that_looks_like_a_mistyped_id_is_an_invalid_id() {
    use yibao::domain::id::{regions, uscc};
    let code = regions::current_codes()
        .map(|division| format!("12{division:06}400000624"))
        .find_map(|head| {
            let check = uscc::check_character(head.as_bytes().try_into().unwrap())?;
            check.is_ascii_digit().then(|| format!("{head}{}", check as char))
        })
        .unwrap();
    assert_eq!(codes(&format!("{HEAD}张三,{code},,,\n")), [["invalid-id"]], "input {code}");
    assert_eq!(codes(&format!("{HEAD}张三,91350100M000100Y43,,,\n")), [["not-personal-id"]]);
}

#[test]
fn only_equal_numbers_are_duplicates() {
    // Leading zeros, other characters and long values are compared exactly.
    let text = format!(
        "{HEAD}a,1,,,\nb,01,,,\nc,001,,,\nd,1,,,\ne,号1,,,\nf,号1,,,\ng,{long},,,\nh,{long}1,,,\ni,{long},,,\n",
        long = "9".repeat(30)
    );
    let dup: Vec<Option<u32>> = run(&text)
        .rows
        .iter()
        .map(|r| {
            r.problems.iter().find_map(|p| match p {
                yibao::domain::roster::Problem::DuplicateId { first_line } => Some(*first_line),
                _ => None,
            })
        })
        .collect();
    assert_eq!(dup, [None, None, None, Some(2), None, Some(6), None, None, Some(8)]);
}

/// CONTRACT.md: a pasted roster without a header row loses no one — a first row that looks
/// like data (an ID or mobile number, no header words) is the first person, and the user can
/// say otherwise with one click (`Options::first_row`).
#[test]
fn headerless_rosters_lose_no_row() {
    use yibao::domain::roster::FirstRow;
    let text = "张三,11010519491231002X,13812345678\n李四,110105201509010011,13900139000\n";
    let r = run(text);
    assert_eq!(r.first_row, FirstRow::Data);
    assert_eq!(r.summary.total, 2, "张三 is checked, not taken for a header");
    assert_eq!(r.columns.get(Column::Id), Some(1));
    assert_eq!(r.columns.get(Column::Phone), Some(2));
    assert_eq!(r.columns.get(Column::Name), Some(0));
    assert!(r.rows.get(0).unwrap().problems.is_empty(), "{:?}", r.rows.get(0).unwrap().problems);
    // A header stays a header; the user's answer wins either way.
    let r = run(&format!("姓名,身份证号码,联系电话\n{text}"));
    assert_eq!((r.first_row, r.summary.total), (FirstRow::Header, 2));
    let forced = check(text, &Options { first_row: Some(FirstRow::Header), ..Options::new(today()) });
    assert_eq!((forced.first_row, forced.summary.total), (FirstRow::Header, 1));
    let forced = check(&format!("姓名,身份证号码,联系电话\n{text}"), &Options { first_row: Some(FirstRow::Data), ..Options::new(today()) });
    assert_eq!(forced.summary.total, 3);
    // Tab-separated and a lone ID column too.
    assert_eq!(run("11010519491231002X\n110105194912310021\n").summary.total, 2);
    assert_eq!(run("王五\t11010519491231002X\n").summary.total, 1);
}
