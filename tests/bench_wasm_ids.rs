//! Benchmark, not a timed test: validating the ID column of a 1,000,000-row roster compiled
//! to WebAssembly in headless Chromium. Prints IDs per second; asserts only that the column
//! was read. Not part of scripts/test.sh; run it optimised:
//!
//! ```sh
//! . scripts/env.sh; CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!   CHROMEDRIVER=/usr/bin/chromedriver cargo test --release --target wasm32-unknown-unknown \
//!   --test bench_wasm_ids -- --nocapture
//! ```
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use wasm_bindgen_test::*;
use yibao::domain::id::{checks::mod11_2_check, detect_and_parse, resident_id};

wasm_bindgen_test_configure!(run_in_browser);

const N: usize = 1_000_000;

/// 1,000,000 valid 18-character IDs from a few real county codes, 1% mistyped, as a column.
fn column() -> Vec<u8> {
    let codes = [110105u32, 440106, 441402, 441202, 620702];
    let mut out = Vec::with_capacity(N * 19);
    let mut x: u64 = 2026;
    for i in 0..N {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let code = codes[(x >> 60) as usize % codes.len()];
        let year = 1940 + (x >> 20) % 80;
        let month = 1 + (x >> 30) % 12;
        let day = 1 + (x >> 40) % 28;
        let seq = (x >> 8) % 1000;
        let body = format!("{code:06}{year:04}{month:02}{day:02}{seq:03}");
        let digits: [u8; 17] = body.as_bytes().try_into().unwrap();
        let check = mod11_2_check(&digits);
        out.extend_from_slice(body.as_bytes());
        out.push(if i % 100 == 0 {
            if check == b'0' {
                b'1'
            } else {
                b'0'
            }
        } else {
            check
        });
        out.push(b'\n');
    }
    out
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[wasm_bindgen_test]
fn validate_a_million_ids() {
    let data = column();
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let t = now();
    let valid = data.split(|b| *b == b'\n').filter(|l| !l.is_empty()).filter(|l| resident_id::validate_bytes(l, day).is_ok()).count();
    let fast = now() - t;
    let text = String::from_utf8(data).unwrap();
    let t = now();
    let valid_full = text.lines().filter(|l| detect_and_parse(l, day).is_valid()).count();
    let full = now() - t;
    web_sys::console::log_1(
        &format!(
            "wasm: validate_bytes {:.1} M IDs/s ({valid} valid); detect_and_parse {:.2} M IDs/s ({valid_full} valid)",
            N as f64 / fast / 1000.0,
            N as f64 / full / 1000.0
        )
        .into(),
    );
    assert!(valid > N * 98 / 100);
}
