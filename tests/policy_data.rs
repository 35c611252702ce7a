//! Loads every `policies/*.toml` (embedded as JSON by build.rs) and checks the invariants:
//! windows ordered, benefit period after the window, amounts ≥ 0, every figure and rule
//! cited, every code known, both languages present. Also checks the checks bite.

use serde_json::{json, Value};
use yibao::domain::money::Money;
use yibao::domain::policy::{self, all, find, parse, years, Finding, PolicyKey, Problem, Region, YearKind, EMBEDDED_JSON};

#[test]
fn every_file_loads_and_passes_its_invariants() {
    let policies = policy::load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(policies.len(), 5);
    for p in &policies {
        let d = &p.data;
        let name = &d.file;
        assert_eq!(name, &format!("{}-{}.toml", p.key.region.code(), p.key.year));
        if let Some(s) = d.window.start {
            assert!(s <= d.window.end, "{name}: window ordered");
        }
        if let Some(s) = d.benefit.start {
            assert!(s > d.window.end, "{name}: benefit after window");
            assert!(s <= d.benefit.end.unwrap(), "{name}: benefit ordered");
        }
        assert!(d.contribution.amount >= Money::ZERO, "{name}");
        assert!(!d.contribution.clause.is_empty(), "{name}");
        for r in &d.assistance {
            assert!(!r.clause.is_empty(), "{name}");
            for m in [r.amount, r.max].into_iter().flatten() {
                assert!(m >= Money::ZERO && m <= d.contribution.amount, "{name}");
            }
        }
        for t in &d.tasks {
            assert!(!t.clause.is_empty(), "{name}");
        }
    }
}

#[test]
fn the_five_notices() {
    // (region, year, document number, title year is)
    let tests = [
        (Region::Guangzhou, 2022, "穗医保中管〔2021〕301号", YearKind::Benefit),
        (Region::Guangzhou, 2014, "穗人社函〔2014〕1366号", YearKind::Benefit),
        (Region::Meizhou, 2022, "梅市医保〔2021〕7号", YearKind::Benefit),
        (Region::Zhaoqing, 2022, "肇庆市2022年度在校学生参保通知（未载文号）", YearKind::Benefit),
        (Region::ZhangyeGanzhou, 2022, "区医保发〔2022〕69号", YearKind::Payment),
    ];
    for (region, year, doc, kind) in tests {
        let p = find(PolicyKey { region, year }).unwrap_or_else(|| panic!("{region:?} {year}"));
        assert_eq!(p.document_number(), doc);
        assert_eq!(p.data.year_kind, kind, "{doc}");
        assert!(!p.title().zh.is_empty() && !p.title().en.is_empty());
        // Only Zhaoqing's title is ours (the source is a translation without one); the page says so.
        assert_eq!(p.data.title_supplied, region == Region::Zhaoqing, "{doc}");
    }
    assert_eq!(years(Region::Guangzhou), vec![2022, 2014]);
    assert_eq!(
        all().iter().map(|p| p.key.region).collect::<Vec<_>>(),
        // In the order of the region codes (the `Region` enum is written from the files).
        vec![Region::Guangzhou, Region::Guangzhou, Region::Meizhou, Region::ZhangyeGanzhou, Region::Zhaoqing]
    );
    assert!(find(PolicyKey { region: Region::ZhangyeGanzhou, year: 2023 }).is_none());
}

#[test]
fn embedded_json_size() {
    // Reported in the hand-over; keep an eye on growth (the wasm bundle embeds it verbatim).
    println!("embedded policies.json: {} bytes", EMBEDDED_JSON.len());
    assert!(EMBEDDED_JSON.len() < 64 * 1024, "{} bytes", EMBEDDED_JSON.len());
}

fn files() -> Vec<Value> {
    serde_json::from_str(EMBEDDED_JSON).unwrap()
}

fn zhangye() -> Value {
    files().into_iter().find(|f| f["region"] == "zhangye-ganzhou").unwrap()
}

#[test]
fn the_checks_bite() {
    // (what is broken, how, the field and the kind of problem the checker reports)
    type Edit = fn(&mut Value);
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let tests: Vec<(&str, Edit, &str, Problem)> = vec![
        (
            "window reversed",
            |v| v["window"]["start"] = json!("2023-01-01"),
            "window.start",
            Problem::StartAfterEnd { start: d("2023-01-01"), end: d("2022-12-31") },
        ),
        ("negative contribution", |v| v["contribution"]["amount"] = json!("-1"), "contribution.amount", Problem::Negative),
        ("uncited figure", |v| v["subsidy"]["clause"] = json!(" "), "subsidy.clause", Problem::NoClause),
        (
            "unknown office",
            |v| v["not_covered"]["ask"] = json!("nobody"),
            "not_covered.ask",
            Problem::UnknownOffice { id: "nobody".into() },
        ),
        ("benefit before window end", |v| v["benefit"]["start"] = json!("2022-09-01"), "benefit.start", Problem::BenefitBeforeWindowEnds),
        ("English missing", |v| v["title"]["en"] = json!(""), "title", Problem::MissingLanguage { zh: false, en: true }),
        (
            "assistance above the standard",
            |v| v["assistance"][1]["amount"] = json!("400"),
            "assistance[1].amount",
            Problem::AboveContribution,
        ),
        ("negative assistance", |v| v["assistance"][1]["amount"] = json!("-5"), "assistance[1].amount", Problem::Negative),
        (
            "code in two rules",
            |v| v["assistance"][1]["codes"] = json!(["tekun"]),
            "assistance[1].codes",
            Problem::CodeTwice { code: yibao::domain::inputs::Assist::Tekun },
        ),
        ("schema from the future", |v| v["schema"] = json!(2), "schema", Problem::SchemaVersion { found: 2 }),
        (
            "new region without a name",
            |v| {
                v["region"] = json!("shili-xian");
                v["region_name"] = Value::Null;
            },
            "region_name",
            Problem::Required,
        ),
        ("region code in capitals", |v| v["region"] = json!("Ganzhou"), "region", Problem::RegionCode),
        (
            "file named for another year",
            |v| v["year"] = json!(2023),
            "file",
            Problem::FileName { expected: "zhangye-ganzhou-2023.toml".into() },
        ),
        ("route with an id and no name", |v| v["enroll"][0]["id"] = json!("x"), "enroll[0].id", Problem::IdWithoutName),
        ("refund deadline without clause", |v| v["refund"]["deadline_clause"] = Value::Null, "refund.deadline_clause", Problem::NoClause),
    ];
    assert!(parse(zhangye()).is_ok());
    for (what, edit, field, problem) in tests {
        let mut v = zhangye();
        edit(&mut v);
        match parse(v) {
            Ok(_) => panic!("{what}: accepted"),
            Err(e) => assert!(e.contains(&Finding { field: field.into(), problem: problem.clone() }), "{what}: {e:?}"),
        }
    }
}

#[test]
fn a_file_that_does_not_read_names_its_field() {
    // (what is broken, how, the field named)
    type Edit = fn(&mut Value);
    let tests: [(&str, Edit, &str); 6] = [
        ("unknown assist code", |v| v["assistance"][2]["codes"] = json!(["vip"]), "assistance[2]"),
        ("unknown status code", |v| v["coverage"][0]["statuses"] = json!(["retiree"]), "coverage[0]"),
        ("unknown field", |v| v["contribution"]["amout"] = json!("1"), "contribution"),
        ("amount as a word", |v| v["contribution"]["amount"] = json!("three hundred"), "contribution"),
        ("date in another form", |v| v["window"]["end"] = json!("30/09/2022"), "window"),
        ("unknown top-level key", |v| v["contribtion"] = json!({}), "contribtion"),
    ];
    for (what, edit, field) in tests {
        let mut v = zhangye();
        edit(&mut v);
        let findings = parse(v).map(|_| ()).expect_err(what);
        assert!(findings.iter().any(|f| f.field == field), "{what}: {findings:?}");
        // Every finding has words for staff, in both languages.
        for f in &findings {
            let t = f.describe();
            assert!(!t.zh.is_empty() && t.en.starts_with(field), "{what}: {t:?}");
        }
    }
    let mut v = zhangye();
    v.as_object_mut().unwrap().remove("window");
    let findings = parse(v).map(|_| ()).unwrap_err();
    assert_eq!(findings, vec![Finding { field: "window".into(), problem: Problem::Required }]);
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut v = zhangye();
    v["contribution"]["clause"] = json!("");
    v["subsidy"]["amount"] = json!("-1");
    v["title"]["zh"] = json!(" ");
    let fields: Vec<String> = parse(v).map(|_| ()).unwrap_err().into_iter().map(|f| f.field).collect();
    assert_eq!(fields, ["title", "contribution.clause", "subsidy.amount"]);
}

#[test]
fn guangzhou_2014_directory_of_district_offices() {
    // 穗人社函〔2014〕1366号 附件1: 12 offices with address and phone.
    let p = find(PolicyKey { region: Region::Guangzhou, year: 2014 }).unwrap();
    let dir: Vec<_> = p.data.offices.iter().filter(|o| o.directory).collect();
    assert_eq!(dir.len(), 12);
    assert!(dir.iter().all(|o| o.phone.is_some() && o.address.is_some() && o.clause == "附件1"));
    assert_eq!(dir[0].phone.as_deref(), Some("87660419"));
    assert_eq!(dir[11].phone.as_deref(), Some("82637006"));
}

#[test]
fn the_calculator_asks_for_hukou_and_birth_only_where_a_rule_uses_them() {
    use yibao::domain::policy::{all, Region};
    for p in all() {
        // 穗人社函〔2014〕1366号 §二(二) (village committee for rural hukou); 梅市医保〔2021〕7号
        // §三(一)3 (rural financial service stations for rural residents).
        let want_hukou = (p.key.region == Region::Guangzhou && p.key.year == 2014) || p.key.region == Region::Meizhou;
        let want_birth = p.key.region == Region::Meizhou; // 梅市医保〔2021〕7号 §三(三): 14周岁以内
        assert_eq!(p.asks_hukou(), want_hukou, "hukou for {:?}", p.key);
        assert_eq!(p.asks_birth(), want_birth, "birth for {:?}", p.key);
    }
}
