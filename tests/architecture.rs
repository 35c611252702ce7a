//! The architecture's one hard rule: the domain is plain Rust. No file under `src/domain/`
//! may use leptos, web-sys or gloo (so it stays testable natively and free of the browser).

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_domain_never_uses_leptos_web_sys_or_gloo() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"), &mut files);
    assert!(files.len() > 10, "found the domain's files");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for banned in ["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
                assert!(!code.contains(banned), "{}:{}: `{banned}` in the domain: {line}", file.display(), n + 1);
            }
        }
    }
}
