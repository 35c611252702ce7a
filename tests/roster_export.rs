//! The export: BOM, the problems column, formula-injection safety, nothing lost.

use chrono::NaiveDate;
use yibao::domain::lang::Lang;
use yibao::domain::roster::csv::read_all;
use yibao::domain::roster::{check, Options};

#[test]
fn export_has_bom_problems_column_and_every_row() {
    let text = "姓名,身份证号码,备注\n张三,11010519491231002X,=HYPERLINK(\"x\")\n\"Li, Lei\",110105194912310021,+1\n@王五,,-2,extra\n";
    let r = check(text, &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
    let csv = r.export_csv(&Lang::Zh);
    assert!(csv.starts_with('\u{FEFF}'));
    assert!(csv.contains("\r\n"));
    let back: Vec<Vec<String>> = read_all(&csv).into_iter().map(|r| r.fields.to_vec()).collect();
    assert_eq!(back.len(), 4, "header and three rows");
    assert_eq!(back[0], ["姓名", "身份证号码", "证件号码（整理后）", "备注", "检查结果"]);
    assert_eq!(back[1], ["张三", "11010519491231002X", "11010519491231002X", "'=HYPERLINK(\"x\")", "无问题"]);
    assert_eq!(back[2][0], "Li, Lei");
    assert_eq!(back[2][3], "'+1");
    assert!(back[2][4].contains("校验码"), "{}", back[2][4]);
    assert_eq!(&back[3][..5], ["'@王五", "", "", "'-2", "extra"]);
    assert!(back[3][5].contains("证件号码为空"));
    assert!(back[3][5].contains("第 4 行有 4 列"), "{}", back[3][5]);

    let en = r.export_csv(&Lang::En);
    let back: Vec<Vec<String>> = read_all(&en).into_iter().map(|r| r.fields.to_vec()).collect();
    assert_eq!(back[0][2], "ID number (cleaned)");
    assert_eq!(back[0][4], "Problems");
    assert_eq!(back[1][4], "OK");
}

#[test]
fn short_rows_are_padded_so_problems_stay_in_their_column() {
    let r = check("a,姓名,身份证号码\n1\n", &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
    let back: Vec<Vec<String>> = read_all(&r.export_csv(&Lang::En)).into_iter().map(|r| r.fields.to_vec()).collect();
    assert_eq!(back[1].len(), 5, "padded, with the (empty) cleaned ID");
    assert!(back[1][4].contains("1 values, header has 3"));
}

#[test]
fn formula_cells_are_neutralised_the_owasp_way() {
    use yibao::domain::roster::export::{cell, is_formula};
    for v in [
        "=1",
        "+1",
        "-1",
        "@x",
        "\tx",
        "\rx",
        "|cmd",
        "＝1",
        "＋1",
        "－1",
        "＠x",
        " =1",
        "\u{200B}=1",
        "\u{FEFF}=1",
        "\u{3000}@x",
        "\n=cmd",
        "\r\n=cmd",
    ] {
        assert!(is_formula(v), "{v:?}");
        let c = cell(v);
        let back = read_all(&format!("a,b\n{c},x\n"));
        assert_eq!(back[1].fields.get(0), Some(format!("'{v}").as_str()), "{v:?} round trip, original text kept");
    }
    for v in ["张三", "a=b", "1-2", "", "  ", "13812345678", "'=1"] {
        assert!(!is_formula(v), "{v:?}");
    }
}

#[test]
fn the_problems_column_is_short_and_the_file_comes_in_pieces() {
    use yibao::domain::roster::export::pieces;
    use yibao::domain::roster::session::View;
    let mut text = String::from("姓名,身份证号码\n");
    for _ in 0..1000 {
        text.push_str(",110105194912310022\n");
    }
    let r = check(&text, &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
    let csv = r.export_csv(&Lang::Zh);
    // Two problems per row, a few words each, and the cleaned ID: well under 130 bytes a row.
    assert!(csv.len() < 1000 * 130, "{} bytes", csv.len());
    let line = csv.split("\r\n").nth(2).unwrap();
    assert_eq!(line, ",110105194912310022,110105194912310022,姓名为空；证件号码校验码不对；证件号码与第 2 行重复");
    let parts: Vec<String> = pieces(&r, &Lang::Zh, View::All, 300).collect();
    assert_eq!(parts.len(), 1 + 4);
    assert_eq!(parts.concat(), csv);
}

#[test]
fn the_cleaned_id_sits_beside_the_original_which_is_kept_as_it_was() {
    let text = "身份证号码,姓名\n 11010519491231002x ,张三\n１１０１０５１９４９１２３１００２Ｘ,李四\n=1+1,王五\n";
    let r = check(text, &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
    let back: Vec<Vec<String>> = read_all(&r.export_csv(&Lang::Zh)).into_iter().map(|r| r.fields.to_vec()).collect();
    let tests = [
        (1, " 11010519491231002x ", "11010519491231002X"),
        (2, "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        (3, "'=1+1", "'=1+1"),
    ];
    for (line, original, cleaned) in tests {
        assert_eq!(
            (back[line][0].as_str(), back[line][1].as_str(), back[line][2].as_str()),
            (original, cleaned, ["张三", "李四", "王五"][line - 1]),
            "{text:?} line {line}"
        );
    }
    assert_eq!(back[0][1], "证件号码（整理后）");
}
