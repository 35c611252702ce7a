//! The browser side of the URL state: read the query string, push and replace history entries.
//! Parsing and writing are pure (`crate::domain::query`); this module only talks to `window`.

use chrono::NaiveDate;

use crate::domain::query::{join_search, split_search, Problem, Query};

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// The state in the current URL and what was wrong with it.
pub fn read() -> (Query, Vec<Problem>) {
    let search = window().location().search().unwrap_or_default();
    Query::parse(split_search(&search))
}

fn href(q: &Query) -> String {
    let search = join_search(&q.to_pairs());
    let path = window().location().pathname().unwrap_or_else(|_| "/".into());
    format!("{path}{search}")
}

/// Adds a history entry for `q`.
pub fn push(q: &Query) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href(q)));
    }
}

/// Rewrites the current history entry to `q` (on load, to take a date of birth out of the address).
pub fn replace(q: &Query) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href(q)));
    }
}

/// The device's local date today. A clock set past chrono's last day (year 262,143; a
/// JavaScript date goes to 275,760) reads as that last day, never as 1970.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or(NaiveDate::MAX)
}
