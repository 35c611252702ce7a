//! Notices published with a deployment (`notices/`): the sample "示例县 2027" (a test
//! fixture with made-up figures, `tests/fixtures/notices/`) is accepted and computes; a
//! broken file is refused with its file and fields; a file for a built-in notice is refused;
//! the built-in notices keep working. One test: a deployment is installed once per process.

use std::fs;

use chrono::NaiveDate;
use yibao::domain::inputs::{Assist, Status};
use yibao::domain::policy::{
    all, assemble, calculate, find, install, read_json, years, CalcInput, Finding, NoticeIndex, Origin, PolicyKey, Problem, Region,
};

fn fixture(name: &str) -> String {
    fs::read_to_string(format!("{}/tests/fixtures/notices/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn a_deployment_adds_its_notices_and_refuses_broken_files() {
    let index: NoticeIndex = serde_json::from_str(&fixture("index.json")).unwrap();
    let (mut names, refused) = index.names();
    assert!(refused.is_empty());
    // A file for a notice the app already has is refused too.
    names.push("guangzhou-2022.json".into());
    let files = names
        .into_iter()
        .map(|name| {
            let text = if name.starts_with("guangzhou") {
                fs::read_to_string(format!("{}/policies/json/guangzhou-2022.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
            } else {
                fixture(&name)
            };
            let read = read_json(serde_json::from_str(&text).unwrap());
            (name, read)
        })
        .collect();
    let d = assemble(files);
    assert_eq!(d.notices.len(), 1);
    let refused: Vec<(&str, Vec<&str>)> =
        d.rejected.iter().map(|r| (r.file.as_str(), r.findings.iter().map(|f| f.field.as_str()).collect())).collect();
    assert_eq!(
        refused,
        vec![
            ("broken-xian-2027.json", vec!["contribution.amount", "contribution.clause", "assistance[1].amount", "assistance[2].amount"]),
            ("guangzhou-2022.json", vec!["year"])
        ]
    );
    assert_eq!(d.rejected[1].findings[0].problem, Problem::Duplicate { other: "guangzhou-2022.toml".into() });
    install(d).unwrap();

    let region = Region::from_code("shili-xian").expect("the new region is known");
    assert_eq!(region, Region::Local(0));
    assert_eq!(region.code(), "shili-xian");
    assert_eq!(region.name().zh, "示例县（测试样例）");
    assert_eq!(years(region), vec![2027]);
    assert_eq!(all().len(), 6);
    assert_eq!(all().last().unwrap().key.region, region, "new regions come after the built-in ones");
    let p = find(PolicyKey { region, year: 2027 }).unwrap();
    assert_eq!(p.origin, Origin::Deployment { file: "shili-xian-2027.json".into() });

    // (assistance codes, assistance, pay now): highest, never added up.
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let tests =
        [(vec![], "0.00", "400.00"), (vec![Assist::Dibao, Assist::Tuopin], "300.00", "100.00"), (vec![Assist::Tekun], "400.00", "0.00")];
    for (assist, help, now) in tests {
        let input =
            CalcInput { key: p.key, status: Status::Adult, hukou: None, assist: assist.clone(), birth: None, date: d("2026-10-01") };
        let out = calculate(p, &input);
        assert_eq!((out.assistance.amount.data_value().as_str(), out.pay_now.data_value().as_str()), (help, now), "{assist:?}");
        assert_eq!(out.contribution.citation().unwrap().to_string(), "示医保〔2026〕1号（测试样例） §二(一)");
    }
    // The built-in notices are untouched.
    assert_eq!(find(PolicyKey { region: Region::Meizhou, year: 2022 }).unwrap().origin, Origin::BuiltIn);
    assert_eq!(years(Region::Guangzhou), vec![2022, 2014]);
    // Words for staff name the field.
    let f = Finding { field: "contribution.amount".into(), problem: Problem::Negative };
    assert!(f.describe().zh.starts_with("contribution.amount："));
}
