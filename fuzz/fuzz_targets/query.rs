#![no_main]
//! Fuzzes the URL state (`yibao::domain::query`): any query string gives a state and
//! problems, never a panic, and the state written back reads back the same.

use libfuzzer_sys::fuzz_target;
use yibao::domain::query::{join_search, split_search, Query};

fuzz_target!(|data: &[u8]| {
    let search = String::from_utf8_lossy(data);
    let (q, _problems) = Query::parse(split_search(&search));
    let again = join_search(&q.to_pairs());
    let (back, problems) = Query::parse(split_search(&again));
    assert!(problems.is_empty(), "{again}");
    assert_eq!(back, q);
});
