//! Component tests of the roster check in headless Chromium (`wasm-bindgen-test`):
//! `cargo test --target wasm32-unknown-unknown --test web_roster`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::*;

/// Pastes `text` and submits the form.
async fn submit(text: &str) {
    one::<HtmlTextAreaElement>("[data-testid=roster-input]").set_value(text);
    one::<HtmlElement>(".roster__form button[type=submit]").click();
    tick().await;
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

/// The check runs in a Web Worker (`src/worker.rs`), whose files this runner does not
/// serve: the page says so, and stays usable. (The check itself is tested natively and end
/// to end, `tests/e2e/roster*.test.mjs`.)
#[wasm_bindgen_test]
async fn without_its_worker_the_page_says_so() {
    mount("?view=roster");
    submit(ROSTER).await;
    let mut shown = false;
    for _ in 0..2000 {
        if count("[data-testid=roster-no-worker]") > 0 {
            shown = true;
            break;
        }
        gloo::timers::future::TimeoutFuture::new(10).await;
    }
    assert!(shown, "the no-worker notice");
    assert_eq!(count("[data-testid=roster-summary]"), 0);
    assert_eq!(count("progress"), 0);
    assert_eq!(count("[data-testid=roster-input]"), 1, "the form is still there");
}

#[wasm_bindgen_test]
fn gbk_bytes_decode_with_the_browsers_decoder() {
    let bytes = include_bytes!("fixtures/roster-gbk.csv");
    assert_eq!(yibao::domain::roster::decode::detect(bytes), yibao::domain::roster::decode::Encoding::Gb18030);
    let decoder = web_sys::TextDecoder::new_with_label("gb18030").unwrap();
    let text = decoder.decode_with_u8_array(bytes).unwrap();
    assert!(text.starts_with("姓名,身份证号码"), "{text}");
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
