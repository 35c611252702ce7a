//! Component tests in headless Chromium (`wasm-bindgen-test`). Run by scripts/test.sh:
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::*;

#[wasm_bindgen_test]
async fn lists_the_five_notices_and_a_pick_changes_the_url() {
    mount("");
    let options = all("[data-testid=notice-option]");
    assert_eq!(options.len(), 5, "five notices");
    let text = document().get_element_by_id("app").unwrap().text_content().unwrap();
    for doc in ["穗医保中管〔2021〕301号", "穗人社函〔2014〕1366号", "梅市医保〔2021〕7号", "区医保发〔2022〕69号"]
    {
        assert!(text.contains(doc), "{doc} listed");
    }
    let meizhou: HtmlInputElement = document().query_selector("#notice-meizhou-2022").unwrap().unwrap().dyn_into().unwrap();
    meizhou.click();
    tick().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?region=meizhou&year=2022");
    assert!(meizhou.checked());
}

#[wasm_bindgen_test]
async fn the_language_switch_keeps_the_state() {
    mount("?region=zhaoqing&year=2022");
    let switch: web_sys::HtmlElement = document().query_selector("[data-testid=lang-switch]").unwrap().unwrap().dyn_into().unwrap();
    switch.click();
    tick().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?region=zhaoqing&year=2022&lang=en");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let zhaoqing: HtmlInputElement = document().query_selector("#notice-zhaoqing-2022").unwrap().unwrap().dyn_into().unwrap();
    assert!(zhaoqing.checked(), "choice kept across the switch");
}

#[wasm_bindgen_test]
async fn bad_parameters_give_a_message_not_a_blank_page() {
    mount("?region=atlantis&year=abc&lang=en");
    let problems = document().query_selector("[data-testid=url-problems]").unwrap();
    let problems = problems.expect("a visible message");
    let text = problems.text_content().unwrap();
    assert!(text.contains("region=atlantis"), "{text}");
    assert!(text.contains("choose a region from the list"), "{text}");
    assert_eq!(all("[data-testid=notice-option]").len(), 5);
}

fn mark(testid: &str) -> Option<String> {
    document().query_selector(&format!("[data-testid={testid}]")).unwrap().and_then(|e| e.get_attribute("data-value"))
}

#[wasm_bindgen_test]
async fn the_result_shows_every_mark_with_its_value() {
    mount("?region=zhangye-ganzhou&year=2022&status=adult&assist=dibao-rural-3&date=2022-12-01");
    tick().await;
    assert_eq!(mark("contribution").as_deref(), Some("350.00"));
    assert_eq!(mark("assistance").as_deref(), Some("190.00"));
    assert_eq!(mark("pay-now").as_deref(), Some("350.00"));
    assert_eq!(mark("net-payable").as_deref(), Some("160.00"));
    assert_eq!(mark("government-subsidy").as_deref(), Some("610.00"));
    let deadline = document().query_selector("[data-testid=deadline]").unwrap().unwrap();
    assert_eq!(deadline.get_attribute("data-state").as_deref(), Some("open"));
    assert_eq!(deadline.get_attribute("data-days-left").as_deref(), Some("30"));
    assert!(!all("[data-testid=citation]").is_empty());
}

#[wasm_bindgen_test]
async fn ticking_an_identity_updates_the_result_at_once() {
    mount("?region=meizhou&year=2022&status=adult&date=2021-10-01");
    tick().await;
    assert_eq!(mark("net-payable").as_deref(), Some("320.00"));
    let tekun: HtmlInputElement = document().query_selector("#assist-0").unwrap().unwrap().dyn_into().unwrap();
    tekun.click();
    tick().await;
    assert_eq!(mark("net-payable").as_deref(), Some("0.00"));
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("assist=tekun"));
}

#[wasm_bindgen_test]
async fn a_notice_that_does_not_cover_the_applicant_shows_no_amounts() {
    mount("?region=guangzhou&year=2022&status=preschool&date=2021-10-01");
    tick().await;
    assert!(document().query_selector("[data-testid=not-covered]").unwrap().is_some());
    assert_eq!(mark("contribution"), None);
}
