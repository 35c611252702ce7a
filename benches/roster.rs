//! Throughput and memory of the roster check.
//!
//! First the mix of issue 14 (the roster of /work/shared/bench/gen_roster.py and
//! tests/e2e/bench-roster.mjs: name, ID number, mobile, a quarter of the IDs broken) at
//! 100,000, 1,000,000 and 5,000,000 rows, checked as the worker checks it: the time (and
//! the time on the processor, which a busy machine does not inflate) and the peak of the
//! memory allocated, the text's own copy included. Then an older mix (name, ID, mobile,
//! sex, date of birth; 1% broken): parsing alone, and parsing and checking.
//!
//! Run with `cargo bench --bench roster` (`ROWS=1000000` for one size of the first mix, `RUNS`
//! for the number of runs, 3 by default). Not a timed test: it prints figures. It writes the
//! ID column of the 100,000-row issue-14 roster to `target/roster_id_column.csv`, so that
//! `python3 scripts/bench_stdnum.py target/roster_id_column.csv` times python-stdnum on the
//! same numbers.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// Counts the bytes allocated, to report the peak of a check.
struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A move holds the old and the new block at once.
        let now = NOW.fetch_add(new_size, Relaxed) + new_size;
        PEAK.fetch_max(now, Relaxed);
        NOW.fetch_sub(layout.size(), Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
#[global_allocator]
static ALLOC: Counting = Counting;

use chrono::NaiveDate;
use yibao::domain::id::{checks::mod11_2_check, detect_and_parse, regions};
use yibao::domain::roster::{csv::read_all, Check, Options};

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// A roster of `n` rows: valid IDs from real region codes, 1% mistyped, 0.5% repeated, 1% of
/// mobiles wrong; sex and date of birth agree with the ID.
fn roster(n: usize) -> (String, Vec<String>) {
    let codes: Vec<u32> = regions::current_codes().filter(|c| c % 100 != 0 && c / 10_000 < 80).collect();
    let start = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap();
    let mut rng = Rng(2026);
    let mut csv = String::with_capacity(n * 64 + 64);
    let mut ids = Vec::with_capacity(n);
    csv.push_str("姓名,身份证号码,联系电话,性别,出生日期\r\n");
    for i in 0..n {
        let id = if i > 0 && rng.below(200) == 0 {
            rng.below(ids.len() as u64) as usize
        } else {
            let code = codes[rng.below(codes.len() as u64) as usize];
            let birth = start + chrono::Days::new(rng.below(30_000));
            let head = format!("{code:06}{}{:03}", birth.format("%Y%m%d"), rng.below(1000));
            let b: [u8; 17] = head.as_bytes().try_into().unwrap();
            let mut id = format!("{head}{}", mod11_2_check(&b) as char).into_bytes();
            if rng.below(100) == 0 {
                let at = rng.below(18) as usize;
                id[at] = if id[at] == b'7' { b'1' } else { b'7' };
            }
            ids.push(String::from_utf8(id).unwrap());
            ids.len() - 1
        };
        let id = &ids[id];
        let sex = if (id.as_bytes()[16] - b'0') % 2 == 1 { "男" } else { "女" };
        let birth = format!("{}-{}-{}", &id[6..10], &id[10..12], &id[12..14]);
        let phone = if rng.below(100) == 0 { 12_000_000_000 + rng.below(1_000_000_000) } else { 13_800_000_000 + rng.below(100_000_000) };
        csv.push_str(&format!("学生{i},{id},{phone},{sex},{birth}\r\n"));
    }
    let column = ids.clone();
    (csv, column)
}

/// The roster of /work/shared/bench/gen_roster.py (and tests/e2e/bench-roster.mjs): name, ID
/// number, mobile; about 30% of the IDs wrong (check character 10%, impossible date 5%,
/// too short 5%, a letter among the digits 5%, spaces and lower-case x 5%).
fn issue14_roster(n: usize) -> String {
    const REG: [&str; 10] = ["440103", "440106", "441402", "441481", "441202", "620702", "110105", "310104", "810000", "830000"];
    const M: &[u8; 11] = b"10X98765432";
    let mut rng = Rng(7);
    let start = NaiveDate::from_ymd_opt(1940, 1, 1).unwrap();
    let mut csv = String::with_capacity(n * 46 + 64);
    csv.push_str("姓名,身份证号码,联系电话\n");
    for i in 0..n {
        let birth = start + chrono::Days::new(rng.below(31_046));
        let body = format!("{}{}{:03}", REG[rng.below(10) as usize], birth.format("%Y%m%d"), 1 + rng.below(999));
        let b: [u8; 17] = body.as_bytes().try_into().unwrap();
        let check = mod11_2_check(&b);
        let mut s = format!("{body}{}", check as char);
        match rng.below(100) {
            0..70 => {}
            70..80 => {
                let at = M.iter().position(|&c| c == check).unwrap();
                s = format!("{body}{}", M[(at + 1) % 11] as char);
            }
            80..85 => s = format!("{}0230{}", &s[..10], &s[14..]),
            85..90 => s.truncate(17),
            90..95 => s = format!("{}O{}", &s[..5], &s[6..]),
            _ => s = format!(" {} ", s.to_lowercase()),
        }
        let phone = 13_000_000_000 + rng.below(7) * 1_000_000_000 + rng.below(1_000_000_000);
        csv.push_str(&format!("学生{i},{s},{phone}\n"));
    }
    csv
}

/// Nanoseconds this thread has run on a processor (Linux), so that a figure taken on a busy
/// machine still says what the check costs; `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// The best of three checks of `csv` (as the worker runs it: steps of 5,000 rows), its
/// summary, and the peak of the bytes allocated meanwhile, the text's own copy included.
fn time_check(csv: &str, today: NaiveDate) -> (f64, f64, yibao::domain::roster::Summary, usize) {
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut out = None;
    let runs = std::env::var("RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(3);
    for _ in 0..runs {
        let base = NOW.load(Relaxed);
        PEAK.store(base, Relaxed);
        let text = csv.to_string();
        let t = Instant::now();
        let cpu = cpu_ns();
        let mut check = Check::new(text, &Options::new(today));
        while !check.step(5_000) {}
        let roster = black_box(check.finish());
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
        out = Some((roster.summary, PEAK.load(Relaxed) - base));
    }
    let (summary, bytes) = out.unwrap();
    (best, best_cpu, summary, bytes)
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    // ROWS=1000000 runs that size of the issue-14 mix alone (for a profiler).
    let only: Option<usize> = std::env::var("ROWS").ok().and_then(|n| n.parse().ok());
    for n in only.map_or(vec![100_000, 1_000_000, 5_000_000], |n| vec![n]) {
        let csv = issue14_roster(n);
        if n == 100_000 {
            // The ID column as written, for `python3 scripts/bench_stdnum.py target/roster_id_column.csv`.
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target");
            let mut col = String::from("id_number\n");
            for line in csv.lines().skip(1) {
                col.push_str(line.split(',').nth(1).unwrap_or(""));
                col.push('\n');
            }
            if std::fs::create_dir_all(dir).and_then(|_| std::fs::write(format!("{dir}/roster_id_column.csv"), col)).is_ok() {
                println!("wrote {dir}/roster_id_column.csv (the ID column of the 100,000-row issue-14 roster)");
            }
        }
        let (secs, cpu, s, bytes) = time_check(&csv, today);
        println!(
            "issue-14 mix {n:>9} rows ({:.1} MB): check {:>7.1} ms ({:>5.2} M rows/s; on the processor {:.1} ms = {:.2} M rows/s); peak memory {:.0} MB = {:.2}× the text; total {} valid {} invalid {} duplicates {}",
            csv.len() as f64 / 1e6,
            secs * 1e3,
            n as f64 / secs / 1e6,
            cpu * 1e3,
            n as f64 / cpu / 1e6,
            bytes as f64 / 1e6,
            bytes as f64 / csv.len() as f64,
            s.total,
            s.valid,
            s.invalid,
            s.duplicates
        );
    }
    if only.is_some() {
        return;
    }
    for n in [100_000, 1_000_000] {
        let (csv, ids) = roster(n);
        if n == 100_000 {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/roster_valid_id_column.csv");
            let mut col = String::from("id_number\n");
            for id in &ids {
                col.push_str(id);
                col.push('\n');
            }
            if std::fs::write(path, col).is_ok() {
                println!("wrote {path} ({} distinct IDs of the roster)", ids.len());
            }
            // The same column through the identity-number API, to compare with python-stdnum.
            let t = Instant::now();
            let valid = ids.iter().filter(|id| detect_and_parse(black_box(id), today).is_valid()).count();
            let secs = t.elapsed().as_secs_f64();
            println!(
                "ID column alone, detect_and_parse: {} IDs in {:.1} ms = {:.2} M IDs/s ({valid} valid)",
                ids.len(),
                secs * 1e3,
                ids.len() as f64 / secs / 1e6
            );
        }
        let mb = csv.len() as f64 / 1e6;
        let mut best_parse = f64::MAX;
        let mut best_check = f64::MAX;
        let mut summary = None;
        for _ in 0..3 {
            let t = Instant::now();
            let records = black_box(read_all(black_box(&csv)));
            best_parse = best_parse.min(t.elapsed().as_secs_f64());
            assert_eq!(records.len(), n + 1);
            drop(records);

            let text = csv.clone();
            let t = Instant::now();
            let mut check = Check::new(text, &Options::new(today));
            while !check.step(5_000) {}
            let roster = black_box(check.finish());
            best_check = best_check.min(t.elapsed().as_secs_f64());
            summary = Some(roster.summary);
        }
        let s = summary.unwrap();
        println!(
            "{n:>9} rows ({mb:.1} MB): parse only {:>7.1} ms ({:>5.2} M rows/s); parse + check {:>7.1} ms ({:>5.2} M rows/s); total {} valid {} invalid {} duplicates {}",
            best_parse * 1e3,
            n as f64 / best_parse / 1e6,
            best_check * 1e3,
            n as f64 / best_check / 1e6,
            s.total,
            s.valid,
            s.invalid,
            s.duplicates
        );
    }
}
