//! Adding a region is adding its notice file: `build.rs` writes the `Region` enum from the
//! files of `policies/` (`build-support/regions.rs`). Here the same generator runs on the
//! project's files plus a sample notice of a new region, and the library's regions are the
//! ones its files name.

use std::fs;

use yibao::domain::policy::{built_in, Region, BUILT_IN_REGIONS};

#[path = "../build-support/regions.rs"]
mod regions;

/// Each file's region code and name, as `build.rs` reads them.
fn files(dir: &str) -> Vec<(String, Option<(String, String)>)> {
    let mut names: Vec<_> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let v: toml::Value = fs::read_to_string(p).unwrap().parse().unwrap();
            let name = v.get("region_name").map(|n| (n["zh"].as_str().unwrap().to_string(), n["en"].as_str().unwrap().to_string()));
            (v["region"].as_str().unwrap().to_string(), name)
        })
        .collect()
}

#[test]
fn the_library_offers_the_regions_its_files_name() {
    let from_files = regions::regions(&files(concat!(env!("CARGO_MANIFEST_DIR"), "/policies"))).unwrap();
    let codes: Vec<&str> = from_files.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, BUILT_IN_REGIONS);
    assert_eq!(Region::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(), codes);
    for r in &from_files {
        let region = Region::from_code(&r.code).unwrap();
        assert_eq!((region.name().zh, region.name().en), (r.zh.clone(), r.en.clone()));
        assert!(built_in().iter().any(|p| p.key.region == region), "{} has a notice", r.code);
    }
}

#[test]
fn a_new_notice_file_adds_its_region() {
    let dir = std::env::temp_dir().join(format!("yibao-regions-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for e in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/policies")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|e| e == "toml") {
            fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    let sample = "schema = 1\nregion = \"shilin-xian\"\nregion_name = { zh = \"石林县\", en = \"Shilin County\" }\nyear = 2024\n";
    fs::write(dir.join("shilin-xian-2024.toml"), sample).unwrap();
    let found = regions::regions(&files(dir.to_str().unwrap())).unwrap();
    let source = regions::source(&found);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found.len(), Region::ALL.len() + 1);
    let new = found.iter().find(|r| r.code == "shilin-xian").expect("the new region is offered");
    assert_eq!((new.zh.as_str(), new.en.as_str()), ("石林县", "Shilin County"));
    assert!(source.contains("    ShilinXian,\n"), "{source}");
    assert!(source.contains(&format!("pub const ALL: [Region; {}]", found.len())), "{source}");
    assert!(source.contains("(\"shilin-xian\", \"石林县\", \"Shilin County\")"), "{source}");
    // A region no file names is refused, and so is the reserved code.
    let nameless = vec![("nowhere".to_string(), None)];
    assert!(regions::regions(&nameless).unwrap_err().contains("region_name"));
    let reserved = vec![("local".to_string(), Some(("本地".to_string(), "Local".to_string())))];
    assert!(regions::regions(&reserved).is_err());
}
