//! Component tests of the roster check in headless Chromium (`wasm-bindgen-test`):
//! `cargo test --target wasm32-unknown-unknown --test web_roster`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::*;

/// Pastes `text` and submits the form.
async fn submit(text: &str) {
    one::<HtmlTextAreaElement>("[data-testid=roster-input]").set_value(text);
    one::<HtmlElement>(".roster__form button[type=submit]").click();
    tick().await;
}

/// Waits (up to about 20 s) for the summary and returns its four counts.
async fn summary() -> [u32; 4] {
    for _ in 0..2000 {
        if let Some(s) = document().query_selector("[data-testid=roster-summary]").unwrap() {
            let get = |a: &str| s.get_attribute(&format!("data-{a}")).unwrap().parse().unwrap();
            return [get("total"), get("valid"), get("invalid"), get("duplicates")];
        }
        gloo::timers::future::TimeoutFuture::new(10).await;
    }
    panic!("no summary");
}

const ROSTER: &str = "姓名,身份证号码,联系电话\n张三,11010519491231002X,13812345678\n李四,11010519491231002x,\n,110105194912310021,123\n";

#[wasm_bindgen_test]
async fn the_roster_view_replaces_the_placeholder() {
    mount("?view=roster");
    assert_eq!(count("[data-testid=roster-input]"), 1);
    assert_eq!(count("[data-testid=roster-file]"), 1);
    assert_eq!(count("[data-testid=roster-summary]"), 0, "no summary before a check");
    let label: HtmlElement = one("label[for=roster-input]");
    assert_eq!(label.text_content().unwrap(), "粘贴名单");
}

#[wasm_bindgen_test]
async fn submitting_checks_every_row_and_filters() {
    mount("?view=roster");
    submit(ROSTER).await;
    assert_eq!(summary().await, [3, 1, 2, 1]);
    assert_eq!(count("[data-testid=roster-row]"), 3);
    let table = one::<HtmlElement>("[data-testid=roster-table]").text_content().unwrap();
    assert!(table.contains("110105********002X"), "masked: {table}");
    assert!(!table.contains("11010519491231002X"));
    assert!(table.contains("与第 2 行重复"));

    let filter: HtmlInputElement = one("[data-testid=roster-filter]");
    filter.click();
    tick().await;
    assert_eq!(count("[data-testid=roster-row]"), 2);

    let full: HtmlInputElement = one("[data-testid=roster-show-full]");
    full.click();
    tick().await;
    let table = one::<HtmlElement>("[data-testid=roster-table]").text_content().unwrap();
    assert!(table.contains("11010519491231002x"), "full: {table}");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?view=roster", "nothing of the roster in the URL");
}

#[wasm_bindgen_test]
async fn english_messages() {
    mount("?view=roster&lang=en");
    submit(ROSTER).await;
    assert_eq!(summary().await, [3, 1, 2, 1]);
    let text = one::<HtmlElement>("[data-testid=roster-summary]").text_content().unwrap();
    assert!(text.contains("3 rows: 1 without problems, 2 with problems"), "{text}");
    let table = one::<HtmlElement>("[data-testid=roster-table]").text_content().unwrap();
    assert!(table.contains("same as on line 2"), "{table}");
    assert!(table.contains("The name is empty"), "{table}");
}

#[wasm_bindgen_test]
async fn gbk_bytes_decode_with_the_browsers_decoder() {
    let bytes = include_bytes!("fixtures/roster-gbk.csv");
    assert_eq!(yibao::domain::roster::decode::detect(bytes), yibao::domain::roster::decode::Encoding::Gb18030);
    let decoder = web_sys::TextDecoder::new_with_label("gb18030").unwrap();
    let text = decoder.decode_with_u8_array(bytes).unwrap();
    assert!(text.starts_with("姓名,身份证号码"), "{text}");
    mount("?view=roster");
    submit(&text).await;
    assert_eq!(summary().await, [3, 2, 1, 1]);
}

#[wasm_bindgen_test]
async fn a_long_check_shows_progress_and_can_be_cancelled() {
    mount("?view=roster");
    let mut text = String::from("姓名,身份证号码\n");
    for i in 0..60_000 {
        text.push_str(&format!("学生{i},11010519491231002X\n"));
    }
    submit(&text).await;
    for _ in 0..200 {
        if count("[data-testid=roster-cancel]") > 0 {
            break;
        }
        tick().await;
    }
    assert_eq!(count("progress"), 1, "a progress bar while checking");
    one::<HtmlElement>("[data-testid=roster-cancel]").click();
    gloo::timers::future::TimeoutFuture::new(100).await;
    assert_eq!(count("[data-testid=roster-summary]"), 0, "no result after cancel");
    assert_eq!(count("progress"), 0);
    assert!(document().body().unwrap().text_content().unwrap().contains("检查已取消"));
}

/// A panic leaves a visible banner with a working reload button (the hook's DOM part; the
/// app itself is dead after a real panic, so the button is the browser's own reload).
#[wasm_bindgen_test]
fn the_crash_banner_says_so_and_offers_a_reload() {
    yibao::ui::crash::show_crash_banner();
    yibao::ui::crash::show_crash_banner();
    let banners = web_sys::window().unwrap().document().unwrap().query_selector_all("[data-testid=crash-banner]").unwrap();
    assert_eq!(banners.length(), 1, "shown once");
    let banner = one::<HtmlElement>("[data-testid=crash-banner]");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().contains("出错了，请重新加载"));
    let button = one::<HtmlElement>("[data-testid=crash-reload]");
    assert!(button.onclick().is_some(), "the reload is wired");
    banner.remove();
}
