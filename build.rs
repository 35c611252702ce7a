//! Converts every `policies/*.toml` into one minified JSON array, `$OUT_DIR/policies.json`,
//! embedded by `src/domain/policy/mod.rs` (native builds read it; the browser builds use
//! `generated.rs`, written from it by `cargo test`, see `policy/codegen.rs`), and the
//! `Region` enum, `$OUT_DIR/regions.rs`: one variant per region the files name
//! (`build-support/regions.rs`). Adding a region or a year = adding a file, then
//! `UPDATE_GENERATED=1 cargo test --lib policy::codegen` for the browser's copy.
//!
//! The build checks the syntax, reads every file into the typed data and runs the checker
//! on it: the same code (`#[path]` below) the browser runs on the notices a deployment
//! publishes in `notices/` (known codes, ordered windows, cited figures, amounts ≥ 0, the
//! schema version). `cargo test` (`tests/policy_data.rs`) runs it again through the library.

use std::fs;
use std::path::Path;

/// The library's data format and checker, compiled into the build script as they are.
#[allow(dead_code, unused_imports)]
#[path = "build-support/domain.rs"]
mod domain;

/// The `Region` enum written from the files (`$OUT_DIR/regions.rs`).
#[path = "build-support/regions.rs"]
mod regions;

const REQUIRED: &[&str] = &["region", "year", "document_number", "title", "contribution", "window"];

fn fail(file: &str, msg: String) -> ! {
    panic!("policies/{file}: {msg}");
}

/// TOML dates would become special maps in JSON: the format writes dates as strings.
fn reject_datetimes(file: &str, path: &str, v: &toml::Value) {
    match v {
        toml::Value::Datetime(_) => fail(file, format!("`{path}`: write dates as quoted strings, \"YYYY-MM-DD\"")),
        toml::Value::Float(_) => fail(file, format!("`{path}`: write amounts as quoted decimal strings, \"350\" (never floats)")),
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                reject_datetimes(file, &format!("{path}[{i}]"), item);
            }
        }
        toml::Value::Table(t) => {
            for (k, item) in t {
                reject_datetimes(file, &format!("{path}.{k}"), item);
            }
        }
        _ => {}
    }
}

fn main() {
    let dir = Path::new("policies");
    println!("cargo:rerun-if-changed=policies");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build-support");
    for f in
        ["domain/inputs.rs", "domain/lang.rs", "domain/money.rs", "domain/policy/check.rs", "domain/policy/data.rs", "words/findings.rs"]
    {
        println!("cargo:rerun-if-changed=src/{f}");
    }
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("the policies/ directory is missing")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    let mut region_names = Vec::new();
    for name in &names {
        let text = fs::read_to_string(dir.join(name)).unwrap_or_else(|e| fail(name, e.to_string()));
        let value: toml::Value = text.parse().unwrap_or_else(|e| fail(name, format!("not valid TOML: {e}")));
        let toml::Value::Table(mut table) = value else { fail(name, "not a table".into()) };
        for key in REQUIRED {
            if !table.contains_key(*key) {
                fail(name, format!("missing required key `{key}`"));
            }
        }
        reject_datetimes(name, "", &toml::Value::Table(table.clone()));
        let stem = name.trim_end_matches(".toml");
        let region = table["region"].as_str().unwrap_or_else(|| fail(name, "`region` must be a string".into()));
        let year = table["year"].as_integer().unwrap_or_else(|| fail(name, "`year` must be an integer".into()));
        if stem != format!("{region}-{year}") {
            fail(name, format!("the file name must be `{region}-{year}.toml`"));
        }
        table.insert("file".into(), toml::Value::String(name.clone()));
        let value = serde_json::to_value(&table).expect("TOML converts to JSON");
        let data: domain::policy::data::PolicyData =
            serde_json::from_value(value.clone()).unwrap_or_else(|e| fail(name, format!("does not read as the format: {e}")));
        let findings = domain::policy::check::check(&data, "toml");
        if !findings.is_empty() {
            let lines: Vec<String> = findings.iter().map(|f| f.describe().en).collect();
            fail(name, lines.join("\n"));
        }
        region_names.push((data.region.clone(), data.region_name.as_ref().map(|t| (t.zh.clone(), t.en.clone()))));
        out.push(value);
    }
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let json = serde_json::to_string(&out).expect("JSON serialises");
    fs::write(Path::new(&out_dir).join("policies.json"), &json).expect("cannot write policies.json");
    let regions = regions::regions(&region_names).unwrap_or_else(|e| panic!("policies/: {e}"));
    fs::write(Path::new(&out_dir).join("regions.rs"), regions::source(&regions)).expect("cannot write regions.rs");
    warn_if_generated_is_stale(&json);
}

/// The browser builds the notices from `src/domain/policy/generated.rs`, Rust code written
/// from this JSON by `cargo test` (it needs the crate's types, so a build script cannot
/// write it). The file names the hash of the JSON it was written from (FNV-1a, as
/// `codegen::fnv64`); a mismatch is a warning here and a failing test there.
fn warn_if_generated_is_stale(json: &str) {
    println!("cargo:rerun-if-changed=src/domain/policy/generated.rs");
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    let generated = fs::read_to_string("src/domain/policy/generated.rs").unwrap_or_default();
    if !generated.contains(&format!("policies.json fnv64: {hash:016x}")) {
        println!(
            "cargo:warning=src/domain/policy/generated.rs was written from other notice files: run UPDATE_GENERATED=1 cargo test --lib policy::codegen"
        );
    }
}
