//! The roster reader: RFC 4180 quoting, separators, line ends, encodings, malformed lines.

use yibao::domain::roster::csv::{read_all, Delimiter, LineIssue};
use yibao::domain::roster::decode::{detect, utf8_text, Encoding};

/// A record as compared: line, fields, issue.
type Rec = (u32, Vec<String>, Option<LineIssue>);

/// Reads `text` and returns (line, fields, issue) of every record.
fn read(text: &str) -> Vec<Rec> {
    read_all(text).into_iter().map(|r| (r.line, r.fields.to_vec(), r.issue)).collect()
}

fn rec(line: u32, fields: &[&str], issue: Option<LineIssue>) -> Rec {
    (line, fields.iter().map(|s| s.to_string()).collect(), issue)
}

#[test]
fn well_formed_input() {
    let tests: Vec<(&str, Vec<Rec>)> = vec![
        ("a,b\n1,2\n", vec![rec(1, &["a", "b"], None), rec(2, &["1", "2"], None)]),
        ("a,b\r\n1,2\r\n", vec![rec(1, &["a", "b"], None), rec(2, &["1", "2"], None)]),
        ("a,b\r1,2", vec![rec(1, &["a", "b"], None), rec(2, &["1", "2"], None)]),
        ("a,b\n1,2", vec![rec(1, &["a", "b"], None), rec(2, &["1", "2"], None)]),
        ("a\tb\n1,5\t2\n", vec![rec(1, &["a", "b"], None), rec(2, &["1,5", "2"], None)]),
        ("a;b\n1,5;2\n", vec![rec(1, &["a", "b"], None), rec(2, &["1,5", "2"], None)]),
        ("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", vec![rec(1, &["a", "b"], None), rec(2, &["x,y", "say \"hi\""], None)]),
        ("a,b\n\"line\none\",2\n3,4\n", vec![rec(1, &["a", "b"], None), rec(2, &["line\none", "2"], None), rec(4, &["3", "4"], None)]),
        ("a,b\n\"\",\n1,\"\"\n", vec![rec(1, &["a", "b"], None), rec(3, &["1", ""], None)]),
        ("\u{FEFF}姓名,身份证号码\n张三,1\n", vec![rec(1, &["姓名", "身份证号码"], None), rec(2, &["张三", "1"], None)]),
        // Blank lines and lines of bare separators are not records; numbering still counts them.
        ("a,b\n\n,\n \t, \n1,2\n", vec![rec(1, &["a", "b"], None), rec(5, &["1", "2"], None)]),
        ("", vec![]),
    ];
    for (input, expected) in tests {
        assert_eq!(read(input), expected, "input {input:?}");
    }
}

#[test]
fn malformed_lines_are_marked_and_never_dropped() {
    let tests: Vec<(&str, Vec<Rec>)> = vec![
        // A quote never closed: only its own line is read literally; the next lines survive.
        (
            "a,b\n\"x,1\n3,4\n5,6\n",
            vec![
                rec(1, &["a", "b"], None),
                rec(2, &["\"x", "1"], Some(LineIssue::UnbalancedQuote)),
                rec(3, &["3", "4"], None),
                rec(4, &["5", "6"], None),
            ],
        ),
        // A stray quote that a later quote would "close", swallowing lines: the record would
        // have the wrong number of fields, so the line is read literally instead.
        (
            "a,b\n\"x,1\n3,4\n\"y\",6\n",
            vec![
                rec(1, &["a", "b"], None),
                rec(2, &["\"x", "1"], Some(LineIssue::UnbalancedQuote)),
                rec(3, &["3", "4"], None),
                rec(4, &["y", "6"], None),
            ],
        ),
        ("a,b\n\"x\"y,2\n", vec![rec(1, &["a", "b"], None), rec(2, &["xy", "2"], Some(LineIssue::TextAfterQuote))]),
        // Extra or missing fields are read as they are (the check reports them).
        ("a,b\n1,2,3\n1\n", vec![rec(1, &["a", "b"], None), rec(2, &["1", "2", "3"], None), rec(3, &["1"], None)]),
        // A quote inside an unquoted field is an ordinary character.
        ("a,b\nx\"y,2\n", vec![rec(1, &["a", "b"], None), rec(2, &["x\"y", "2"], None)]),
        ("\"", vec![rec(1, &["\""], Some(LineIssue::UnbalancedQuote))]),
    ];
    for (input, expected) in tests {
        assert_eq!(read(input), expected, "input {input:?}");
    }
}

#[test]
fn delimiter_is_read_from_the_header_line() {
    let tests = [
        ("a,b,c\n1\t2\t3\t4", Delimiter::Comma),
        ("a\tb\n", Delimiter::Tab),
        ("a;b;c\n", Delimiter::Semicolon),
        ("\"a;b\",c\n", Delimiter::Comma),
        ("name\n", Delimiter::Comma),
    ];
    for (input, expected) in tests {
        assert_eq!(Delimiter::detect(input), expected, "input {input:?}");
    }
}

#[test]
fn encodings_of_the_fixtures() {
    let gbk = std::fs::read("tests/fixtures/roster-gbk.csv").unwrap();
    assert_eq!(detect(&gbk), Encoding::Gb18030);
    assert_eq!(utf8_text(&gbk), None);
    assert_eq!(Encoding::Gb18030.label(), "gb18030");
    // 姓名 in GBK.
    assert!(gbk.starts_with(b"\xD0\xD5\xC3\xFB,"));

    let bom = std::fs::read("tests/fixtures/roster-utf8-bom.csv").unwrap();
    assert_eq!(detect(&bom), Encoding::Utf8Bom);
    let text = utf8_text(&bom).unwrap();
    assert!(text.starts_with("姓名,"), "BOM dropped");

    let plain = std::fs::read("tests/fixtures/roster-malformed.csv").unwrap();
    assert_eq!(detect(&plain), Encoding::Utf8);
    // A truncated UTF-8 sequence is not UTF-8.
    assert_eq!(detect("姓名".as_bytes().split_last().unwrap().1), Encoding::Gb18030);
}
