//! The export: BOM, the problems column, formula-injection safety, nothing lost.

use chrono::NaiveDate;
use yibao::domain::lang::Lang;
use yibao::domain::roster::csv::read_all;
use yibao::domain::roster::{check, Options};

#[test]
fn export_has_bom_problems_column_and_every_row() {
    let text = "姓名,身份证号码,备注\n张三,11010519491231002X,=HYPERLINK(\"x\")\n\"Li, Lei\",110105194912310021,+1\n@王五,,-2,extra\n";
    let r = check(text, &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
    let csv = r.export_csv(Lang::Zh);
    assert!(csv.starts_with('\u{FEFF}'));
    assert!(csv.contains("\r\n"));
    let back: Vec<Vec<String>> = read_all(&csv).into_iter().map(|r| r.fields.to_vec()).collect();
    assert_eq!(back.len(), 4, "header and three rows");
    assert_eq!(back[0], ["姓名", "身份证号码", "备注", "检查结果"]);
    assert_eq!(back[1], ["张三", "11010519491231002X", "'=HYPERLINK(\"x\")", "无问题"]);
    assert_eq!(back[2][0], "Li, Lei");
    assert_eq!(back[2][2], "'+1");
    assert!(back[2][3].contains("校验码"));
    assert_eq!(&back[3][..4], ["'@王五", "", "'-2", "extra"]);
    assert!(back[3][4].contains("证件号码为空"));
    assert!(back[3][4].contains("第 4 行有 4 列"));

    let en = r.export_csv(Lang::En);
    let back: Vec<Vec<String>> = read_all(&en).into_iter().map(|r| r.fields.to_vec()).collect();
    assert_eq!(back[0][3], "Problems");
    assert_eq!(back[1][3], "OK");
}

#[test]
fn short_rows_are_padded_so_problems_stay_in_their_column() {
    let r = check("a,姓名,身份证号码\n1\n", &Options::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
    let back: Vec<Vec<String>> = read_all(&r.export_csv(Lang::En)).into_iter().map(|r| r.fields.to_vec()).collect();
    assert_eq!(back[1].len(), 4);
    assert!(back[1][3].contains("only 1 values"));
}
