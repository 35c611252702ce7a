//! Issue 14: rows kept as ranges into one text give the same check as rows read whole.
//!
//! The reference is the check as it was before: every record read with its own cells
//! ([`read_all`]), checked one by one ([`check_record`]) against one duplicate table. The
//! roster under test keeps only where each row starts and its problems, and reads the cells
//! again when asked. On random rosters (valid and broken ID numbers, repeats, quotes, line
//! breaks inside quotes, stray quotes, blank lines, rows too short or too long, CR, LF and
//! CRLF) both must give the same rows, cells, lines, problems and counts, in steps of any
//! size. A second property holds the fast path of the ID check to `detect_and_parse`.

use chrono::NaiveDate;
use proptest::prelude::*;
use yibao::domain::id::checks::mod11_2_check;
use yibao::domain::id::{detect_and_parse, IdCheck, IdKind};
use yibao::domain::roster::check::{check_record, Seen};
use yibao::domain::roster::csv::read_all;
use yibao::domain::roster::{check, columns, Check, FirstRow, Options, Problem, Row};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn options() -> Options {
    let mut o = Options::new(today());
    o.first_row = Some(FirstRow::Header);
    o
}

/// The check as before: records read whole, checked one by one.
fn reference(text: &str, o: &Options) -> (Vec<Row>, usize) {
    let records = read_all(text);
    let Some((header, rest)) = records.split_first() else { return (Vec::new(), 0) };
    let header = header.fields.to_vec();
    let map = o.columns.unwrap_or(columns::detect(&header).map);
    let mut seen = Seen::new(o.seed);
    let mut duplicates = 0;
    let rows = rest
        .iter()
        .cloned()
        .map(|r| {
            let long = r.fields.iter().map(|f| f.chars().count()).max().unwrap_or(0);
            let line = r.line;
            let mut row = check_record(r, &map, header.len(), o.reference_date, &mut seen);
            if long > o.limits.cell_chars {
                row.problems.insert(0, Problem::CellTooLong { line, chars: long, max: o.limits.cell_chars });
            }
            duplicates += usize::from(row.is_duplicate());
            row
        })
        .collect();
    (rows, duplicates)
}

/// An 18-character ID from `n`: valid, or broken one of the ways staff break them.
fn id(n: u64, how: u8) -> String {
    let regions = ["440103", "441481", "110105", "310104", "810000", "830000", "910000", "999999"];
    let region = regions[(n % regions.len() as u64) as usize];
    let year = 1930 + n / 7 % 100;
    let body = format!("{region}{year}{:02}{:02}{:03}", 1 + n / 3 % 12, 1 + n / 5 % 28, n % 1000);
    let b: [u8; 17] = body.as_bytes().try_into().unwrap();
    let check = mod11_2_check(&b) as char;
    let good = format!("{body}{check}");
    match how % 10 {
        0..=3 => good,
        4 => format!("{body}{}", if check == '0' { '1' } else { '0' }),
        5 => format!("{}0230{}", &good[..10], &good[14..]),
        6 => good[..17].to_string(),
        7 => format!("{}O{}", &good[..5], &good[6..]),
        8 => format!(" {} ", good.to_lowercase()),
        _ => format!("{}-{}", &good[..6], &good[6..]),
    }
}

/// A cell as written: plain, quoted, or quoted with a line break or a stray quote in it.
fn write_cell(value: &str, how: u8) -> String {
    match how % 8 {
        0 => format!("\"{}\"", value.replace('"', "\"\"")),
        1 => format!("\"{value}\nx\""),
        2 => format!("{value}\""),
        3 => format!("\"{value}\"x"),
        _ => value.to_string(),
    }
}

prop_compose! {
    fn roster()(
        rows in prop::collection::vec((any::<u64>(), any::<u8>(), any::<u8>(), any::<u8>(), 0u8..10), 0..40),
        end in prop::sample::select(vec!["\n", "\r\n", "\r"]),
    ) -> String {
        let mut text = format!("姓名,身份证号码,联系电话,性别,出生日期{end}");
        let mut ids: Vec<String> = Vec::new();
        for (n, how, cell_how, phone_how, shape) in rows {
            let id = if how % 7 == 0 && !ids.is_empty() { ids[(n % ids.len() as u64) as usize].clone() } else { id(n, how) };
            ids.push(id.clone());
            let sex = ["男", "女", "x", ""][(n % 4) as usize];
            let birth = if phone_how % 3 == 0 { format!("{}-{}-{}", id.get(6..10).unwrap_or(""), id.get(10..12).unwrap_or(""), id.get(12..14).unwrap_or("")) } else { String::new() };
            let phone = match phone_how % 4 { 0 => "13812345678", 1 => "12812345678", 2 => "", _ => "+86 138 1234 5678" };
            let name = if n % 11 == 0 { String::new() } else { format!("张{}", n % 100) };
            let line = match shape {
                0 => String::new(),
                1 => ",,,,".to_string(),
                2 => format!("{name},{}", write_cell(&id, cell_how)),
                3 => format!("{name},{id},{phone},{sex},{birth},extra"),
                _ => format!("{},{},{phone},{sex},{birth}", write_cell(&name, cell_how / 8), write_cell(&id, cell_how)),
            };
            text.push_str(&line);
            text.push_str(end);
        }
        text
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The rows kept as ranges read back and check exactly as rows read whole.
    #[test]
    fn rows_as_ranges_check_like_rows_read_whole(text in roster(), step in 1usize..50) {
        let o = options();
        let (want, duplicates) = reference(&text, &o);
        let mut c = Check::new(text.clone(), &o);
        while !c.step(step) {}
        let r = c.finish();
        let got: Vec<Row> = r.rows.iter().collect();
        prop_assert_eq!(&got, &want);
        prop_assert_eq!(r.summary.total, want.len());
        prop_assert_eq!(r.summary.invalid, want.iter().filter(|row| !row.is_valid()).count());
        prop_assert_eq!(r.summary.duplicates, duplicates);
        let flagged: Vec<u32> = (0..want.len() as u32).filter(|&i| !want[i as usize].is_valid()).collect();
        prop_assert_eq!(r.rows.problem_rows(), &flagged[..]);
        prop_assert_eq!(r.rows.text(), text.as_str());
    }

    /// The ID check's fast path says what `detect_and_parse` says, for every 18-character
    /// shape and every way of breaking it.
    #[test]
    fn the_fast_id_check_agrees_with_detect_and_parse(n in any::<u64>(), how in any::<u8>()) {
        let id = id(n, how);
        let r = check(&format!("姓名,身份证号码\n张三,\"{id}\"\n"), &options());
        let got: Vec<Problem> = r.rows.problems_of(0).to_vec();
        let want: Vec<Problem> = match detect_and_parse(&id, today()) {
            IdCheck::Valid(info) if matches!(info.kind, IdKind::Mobile | IdKind::Uscc) => got.clone(),
            IdCheck::Valid(_) => Vec::new(),
            IdCheck::Invalid { error, .. } => vec![Problem::InvalidId(error)],
        };
        prop_assert_eq!(got, want, "{}", id);
    }
}
