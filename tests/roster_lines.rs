//! Issue 15, item 1: no row merged or dropped silently. Line ends of every kind, quoted
//! values spanning lines, UTF-16, UTF-8 with a few bad bytes, replacement characters.

use chrono::NaiveDate;
use yibao::domain::lang::Lang;
use yibao::domain::roster::decode::{decode, detect, Encoding};
use yibao::domain::roster::{check, Options, Roster};
use yibao::words::roster::problem;

fn run(text: &str) -> Roster {
    check(text, &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()))
}

fn codes(r: &Roster) -> Vec<Vec<&'static str>> {
    r.rows.iter().map(|r| r.problems.iter().map(|p| p.code()).collect()).collect()
}

const A: &str = "11010519491231002X";
const B: &str = "110105194912310038";
const C: &str = "110105200001010024";

#[test]
fn cr_lf_and_crlf_all_end_lines() {
    for end in ["\n", "\r\n", "\r"] {
        let text = format!("姓名,身份证号码{end}张三,{A}{end}李四,{B}{end}王五,{C}{end}");
        let r = run(&text);
        assert_eq!(r.rows.len(), 3, "line end {end:?}");
        assert_eq!(r.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3, 4], "line end {end:?}");
        assert_eq!(r.summary.valid, 3, "line end {end:?}");
    }
    // Mixed in one file.
    let r = run(&format!("姓名,身份证号码\r张三,{A}\n李四,{B}\r\n王五,{C}"));
    assert_eq!(r.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3, 4]);
}

#[test]
fn a_quoted_value_across_lines_is_flagged_on_its_row() {
    // The regression: three rows merged into one by a stray quote must not pass as fine.
    let text = format!("姓名,身份证号码\n\"李四,{A}\n王五,{B}\n赵六\",{C}\n孙七,{B}\n");
    let r = run(&text);
    assert!(r.summary.valid < r.summary.total || r.rows.len() >= 3, "{:?}", codes(&r));
    let merged = &r.rows.get(0).unwrap();
    assert!(merged.problems.iter().any(|p| p.code() == "line-break-in-cell"), "{:?}", codes(&r));
    // The line numbers after it count every line, whatever the line end.
    assert_eq!(r.rows.last().unwrap().line, 5);
    for end in ["\r", "\r\n"] {
        let t = text.replace('\n', end);
        let r = run(&t);
        assert!(codes(&r)[0].contains(&"line-break-in-cell"), "{end:?}: {:?}", codes(&r));
        assert_eq!(r.rows.last().unwrap().line, 5, "{end:?}");
    }
    // The literal regression input of the issue.
    let r = run("姓名,身份证号码\n\"李四,ID\n王五,ID\n赵六\",ID\n");
    assert!(!(r.rows.len() == 2 && r.summary.valid == 2));
    assert!(codes(&r)[0].contains(&"line-break-in-cell"));
}

#[test]
fn line_breaks_in_id_and_phone_cells_too_but_not_in_other_columns() {
    let r = run(&format!(
        "姓名,身份证号码,手机号码,备注\n张三,\"{A}\n\",13812345678,\"a\nb\"\n李四,{B},\"13812345678\r\",\n王五,{C},,\"备注\r\n两行\"\n"
    ));
    let c = codes(&r);
    assert!(c[0].contains(&"line-break-in-cell"), "{c:?}");
    assert!(c[1].contains(&"line-break-in-cell"), "{c:?}");
    assert!(c[2].is_empty(), "{c:?}");
    let msg = problem(&r.rows.get(1).unwrap().problems[0], Lang::Zh);
    assert!(msg.contains("第 5 行") && msg.contains("手机号码"), "{msg}");
}

#[test]
fn utf16_with_a_byte_order_mark() {
    let text = format!("姓名,身份证号码\r\n张三,{A}\r\n李四,{B}\r\n");
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for (bytes, enc) in [(le, Encoding::Utf16Le), (be, Encoding::Utf16Be)] {
        assert_eq!(detect(&bytes), enc);
        let d = decode(&bytes);
        assert_eq!(d.encoding, enc);
        assert_eq!(d.text.as_deref(), Some(text.as_str()));
        assert_eq!(d.bad_line, None);
        assert_eq!(run(d.text.as_deref().unwrap()).summary.valid, 2);
    }
    // A lone surrogate on line 3, and an odd last byte.
    let mut units: Vec<u16> = "姓名,身份证号码\n张三,1\n李".encode_utf16().collect();
    units.push(0xD800);
    let mut bytes: Vec<u8> = [0xFF, 0xFE].into_iter().chain(units.iter().flat_map(|u| u.to_le_bytes())).collect();
    let d = decode(&bytes);
    assert_eq!(d.bad_line, Some(3));
    bytes.truncate(bytes.len() - 1);
    assert!(decode(&bytes).text.unwrap().ends_with('\u{FFFD}'));
}

#[test]
fn utf8_with_a_few_bad_bytes_is_reported_not_reread_as_gb18030() {
    let mut bytes = Vec::new();
    bytes.extend_from_slice("姓名,身份证号码\n".as_bytes());
    for (i, name) in ["张三", "李四", "王五", "赵六"].iter().enumerate() {
        bytes.extend_from_slice(format!("{name},{}\n", [A, B, C, "110105198001010016"][i]).as_bytes());
    }
    bytes.extend_from_slice("孙".as_bytes());
    bytes.push(0xC3); // a cut-off character: line 6
    bytes.extend_from_slice(format!(",{A}\n").as_bytes());
    let d = decode(&bytes);
    assert_eq!(d.encoding, Encoding::Utf8);
    assert_eq!(d.bad_line, Some(6));
    let r = run(d.text.as_deref().unwrap());
    assert_eq!(r.rows.len(), 5);
    assert_eq!(codes(&r)[4], ["undecodable", "duplicate-id"]);
    assert_eq!(r.summary.valid, 4);
    // With a byte order mark, always UTF-8.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(b"id\n\xFF\n");
    let d = decode(&bom);
    assert_eq!((d.encoding, d.bad_line), (Encoding::Utf8Bom, Some(2)));
    // GBK is still GBK.
    let gbk = std::fs::read("tests/fixtures/roster-gbk.csv").unwrap();
    assert_eq!(decode(&gbk), yibao::domain::roster::decode::Decoded { encoding: Encoding::Gb18030, text: None, bad_line: None });
}

#[test]
fn replacement_characters_are_flagged_on_their_rows() {
    let r = run(&format!("姓名,身份证号码,备注\n张\u{FFFD},{A},\n李四,{B},\u{FFFD}\n王五,{C},\n"));
    assert_eq!(codes(&r), [vec!["undecodable"], vec!["undecodable"], vec![]]);
}
