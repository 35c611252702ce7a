//! Throughput of identity-number validation on a roster-sized column: 1,000,000 IDs.
//!
//! Run with `cargo bench --bench id_throughput`. Not a timed test: it prints figures. It
//! also writes the column to `target/id_column.csv` under the crate root (whatever
//! `CARGO_TARGET_DIR` says; `ID_COLUMN=path` writes it elsewhere) so that
//! `scripts/bench_stdnum.py`, which reads the same path by default, can time python-stdnum
//! on the same data. If the file cannot be written the figures are still printed, then the
//! benchmark exits with an error.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use yibao::domain::id::{checks::mod11_2_check, detect_and_parse, regions, resident_id};

const N: usize = 1_000_000;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// A CSV column of IDs: valid numbers from real region codes, with 1% mistyped.
fn column() -> String {
    let codes: Vec<u32> = regions::current_codes().filter(|c| c % 100 != 0 && c / 10_000 < 80).collect();
    let start = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap();
    let mut rng = Rng(2026);
    let mut csv = String::with_capacity(N * 19 + 16);
    csv.push_str("id_number\n");
    for _ in 0..N {
        let code = codes[rng.below(codes.len() as u64) as usize];
        let birth = start + chrono::Days::new(rng.below(30_000));
        let head = format!("{code:06}{}{:03}", birth.format("%Y%m%d"), rng.below(1000));
        let b: [u8; 17] = head.as_bytes().try_into().unwrap();
        let mut id = format!("{head}{}", mod11_2_check(&b) as char).into_bytes();
        if rng.below(100) == 0 {
            let at = rng.below(18) as usize;
            id[at] = if id[at] == b'7' { b'1' } else { b'7' };
        }
        csv.push_str(std::str::from_utf8(&id).unwrap());
        csv.push('\n');
    }
    csv
}

fn report(name: &str, count: usize, secs: f64, valid: usize) {
    println!("{name:<48} {count:>9} IDs in {:>8.1} ms = {:>6.1} million IDs/s ({valid} valid)", secs * 1e3, count as f64 / secs / 1e6);
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let csv = column();
    let path =
        std::env::var_os("ID_COLUMN").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/id_column.csv"), PathBuf::from);
    let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &csv));
    match &written {
        Ok(()) => println!("wrote {}", path.display()),
        Err(e) => eprintln!("ERROR: could not write the ID column to {}: {e} (scripts/bench_stdnum.py needs it)", path.display()),
    }
    let ids: Vec<&str> = csv.lines().skip(1).collect();

    // Warm up.
    let mut valid = 0;
    for id in &ids {
        valid += usize::from(resident_id::validate_bytes(id.as_bytes(), today).is_ok());
    }

    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        valid = 0;
        for id in &ids {
            valid += usize::from(resident_id::validate_bytes(black_box(id.as_bytes()), today).is_ok());
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    report("resident_id::validate_bytes (fast path, best of 5)", ids.len(), best, valid);

    let t = Instant::now();
    let mut valid = 0;
    for line in csv.lines().skip(1) {
        valid += usize::from(resident_id::validate_bytes(black_box(line.as_bytes()), today).is_ok());
    }
    report("CSV lines + validate_bytes", N, t.elapsed().as_secs_f64(), valid);

    let t = Instant::now();
    let mut valid = 0;
    for id in &ids {
        valid += usize::from(resident_id::is_valid(black_box(id), today));
    }
    report("resident_id::is_valid (normalising)", ids.len(), t.elapsed().as_secs_f64(), valid);

    let t = Instant::now();
    let mut valid = 0;
    for id in &ids {
        valid += usize::from(resident_id::parse(black_box(id), today).is_ok());
    }
    report("resident_id::parse (region names, warnings)", ids.len(), t.elapsed().as_secs_f64(), valid);

    let t = Instant::now();
    let mut valid = 0;
    for id in &ids {
        valid += usize::from(detect_and_parse(black_box(id), today).is_valid());
    }
    report("detect_and_parse (full result for the page)", ids.len(), t.elapsed().as_secs_f64(), valid);

    if written.is_err() {
        std::process::exit(1);
    }
}
