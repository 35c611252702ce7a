//! The five built-in notices as files in the run-time format (`policies/json/*.json`, the
//! format staff publish in `notices/`): the files are what the typed data writes (run with
//! `UPDATE_NOTICE_FILES=1` after changing a `policies/*.toml`), and each reads back through
//! the run-time path to the same outcome for every input the property tests generate.

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use proptest::prelude::*;
use yibao::domain::inputs::{Assist, Hukou, Status};
use yibao::domain::policy::{
    built_in, calculate, check, checked, draft, parse, read_json, refund, CalcInput, Origin, Policy, RefundReason,
};

fn path(p: &Policy) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("policies/json/{}-{}.json", p.key.region.code(), p.key.year))
}

/// The file as staff would publish it: no `file` key (the loader names it), no empty values.
fn written(p: &Policy) -> String {
    fn tidy(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.retain(|k, v| k != "file" && !v.is_null());
                map.values_mut().for_each(tidy);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(tidy),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(&p.data).unwrap();
    tidy(&mut v);
    serde_json::to_string_pretty(&v).unwrap() + "\n"
}

#[test]
fn the_files_are_what_the_data_writes() {
    for p in built_in() {
        let want = written(p);
        if std::env::var_os("UPDATE_NOTICE_FILES").is_some() {
            fs::write(path(p), &want).unwrap();
        }
        let have = fs::read_to_string(path(p)).unwrap_or_default();
        assert!(have == want, "{} is out of date: run UPDATE_NOTICE_FILES=1 cargo test --test notice_files", path(p).display());
    }
}

/// The checker's verdict is a type: a `Checked` notice holding exactly the data it was given,
/// or every finding `check` lists (the same list, in the same order); `parse` is the one
/// read-and-check of a file, with no second check behind it.
#[test]
fn the_checker_gives_a_checked_notice_or_every_finding() {
    for p in built_in() {
        let notice = checked(p.data.clone(), "toml").unwrap_or_else(|f| panic!("{}: {f:?}", p.data.file));
        assert_eq!(serde_json::to_value(notice.data()).unwrap(), serde_json::to_value(&p.data).unwrap());
        let parsed = parse(serde_json::from_str(&fs::read_to_string(path(p)).unwrap()).unwrap()).unwrap();
        assert_eq!((parsed.key, parsed.origin), (p.key, Origin::Draft));
        // Under a wrong name, the finding is the file name, and nothing is made of it.
        let mut misnamed = p.data.clone();
        misnamed.file = "x-1.json".into();
        assert_eq!(checked(misnamed.clone(), "json").unwrap_err(), check(&misnamed, "json"));
    }
    let broken = fs::read_to_string(format!("{}/tests/fixtures/notices/broken-xian-2027.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let value: serde_json::Value = serde_json::from_str(&broken).unwrap();
    let data = read_json(value.clone()).unwrap();
    let findings = check(&data, "json");
    assert_eq!(findings.len(), 4);
    assert_eq!(checked(data, "json").unwrap_err(), findings);
    assert_eq!(parse(value).unwrap_err(), findings);
}

/// Each file read back the way the browser reads a published file (JSON, its listed name).
fn read_back() -> Vec<Policy> {
    built_in()
        .iter()
        .map(|p| {
            let text = fs::read_to_string(path(p)).unwrap();
            let mut data = read_json(serde_json::from_str(&text).unwrap()).unwrap_or_else(|e| panic!("{}: {e:?}", path(p).display()));
            data.file = format!("{}-{}.json", p.key.region.code(), p.key.year);
            draft(data).unwrap_or_else(|e| panic!("{}: {e:?}", path(p).display()))
        })
        .collect()
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..73_414).prop_map(|d| NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_file_gives_the_same_outcome_as_the_built_in_notice(
        p in 0..5usize,
        s in 0..Status::ALL.len(),
        h in prop::option::of(0..Hukou::ALL.len()),
        a in prop::collection::vec(0..Assist::ALL.len(), 0..6),
        birth in prop::option::of(any_date()),
        date in any_date(),
        reason in 0..RefundReason::ALL.len(),
    ) {
        static BACK: std::sync::OnceLock<Vec<Policy>> = std::sync::OnceLock::new();
        let back = BACK.get_or_init(read_back);
        let ours = &built_in()[p];
        let theirs = &back[p];
        prop_assert_eq!(ours.key, theirs.key);
        let input = CalcInput {
            key: ours.key,
            status: Status::ALL[s],
            hukou: h.map(|h| Hukou::ALL[h]),
            assist: a.into_iter().map(|i| Assist::ALL[i]).collect(),
            birth,
            date,
        };
        prop_assert_eq!(calculate(ours, &input), calculate(theirs, &input), "{:?}", input);
        let reason = RefundReason::ALL[reason];
        prop_assert_eq!(format!("{:?}", refund(ours, reason, &input, date)), format!("{:?}", refund(theirs, reason, &input, date)), "{:?}", input);
    }
}
