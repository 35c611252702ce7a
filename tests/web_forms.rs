//! Component tests of `view=id` in headless Chromium (`wasm-bindgen-test`): the ID check's
//! result marks, the error summary and its links, prefill, values kept. Run by
//! scripts/test.sh: `cargo test --target wasm32-unknown-unknown --test web_forms`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{all, document, one};

/// Mounts a fresh app at the given query string, with nothing typed remembered.
fn mount(search: &str) {
    yibao::ui::forms::forget_typed();
    browser::mount(search);
}

/// Lets the page settle (the forms move focus after a timeout).
async fn tick() {
    browser::tick().await;
    gloo::timers::future::TimeoutFuture::new(10).await;
}

/// Types `value` into the input matching `selector` (sets it and fires a bubbling `input`).
fn type_into(selector: &str, value: &str) {
    let input: HtmlInputElement = one(selector);
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&ev).unwrap();
}

fn click(selector: &str) {
    one::<HtmlElement>(selector).click();
}

fn attr(selector: &str, name: &str) -> Option<String> {
    one::<web_sys::Element>(selector).get_attribute(name)
}

#[wasm_bindgen_test]
async fn the_id_check_marks_its_result() {
    mount("?view=id");
    click("[data-testid=id-tab-check]");
    tick().await;
    let cases = [
        ("11010519491231002X", "true", "resident-id", Some("1949-12-31"), Some("female"), Some("110105")),
        ("110105491231002", "true", "resident-id-15", Some("1949-12-31"), Some("female"), Some("110105")),
        ("91350100M000100Y43", "true", "uscc", None, None, None),
        ("13812345678", "true", "mobile", None, None, None),
        ("110105194912310021", "false", "resident-id", None, None, None),
    ];
    for (input, valid, kind, birth, sex, region) in cases {
        type_into("[data-testid=id-input]", input);
        click("[data-testid=id-submit]");
        tick().await;
        let r = "[data-testid=id-result]";
        assert_eq!(attr(r, "data-valid").as_deref(), Some(valid), "{input}");
        assert_eq!(attr(r, "data-kind").as_deref(), Some(kind), "{input}");
        assert_eq!(attr(r, "data-birth").as_deref(), birth, "{input}");
        assert_eq!(attr(r, "data-sex").as_deref(), sex, "{input}");
        assert_eq!(attr(r, "data-region").as_deref(), region, "{input}");
    }
    let text = one::<HtmlElement>("[data-testid=id-result]").text_content().unwrap();
    assert!(text.contains("校验码"), "{text}");
    assert_eq!(one::<HtmlInputElement>("[data-testid=id-input]").value(), "110105194912310021", "typed value kept");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?view=id", "no number in the URL");
}

#[wasm_bindgen_test]
async fn the_resident_form_summary_takes_focus_and_links_to_fields() {
    mount("?view=id");
    click("[data-testid=id-tab-resident]");
    tick().await;
    type_into("#rf-name", "张三");
    click("[data-testid=rf-submit]");
    tick().await;
    tick().await;
    let summary: HtmlElement = one("[data-testid=rf-summary]");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    let active = document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-testid").as_deref(), Some("rf-summary"), "the summary has focus");
    let links = all("[data-testid=rf-summary] a");
    let inline = all(".field__error");
    assert_eq!(links.len(), inline.len());
    assert_eq!(links.len(), 11, "every field but the name and the preselected document type");
    for (a, p) in links.iter().zip(&inline) {
        let field = a.get_attribute("href").unwrap()[1..].to_string();
        assert_eq!(p.id(), format!("{field}-error"));
        assert!(p.text_content().unwrap().ends_with(&a.text_content().unwrap()), "same words for {field}");
    }
    // The ID number field is wired: described by hint and error, invalid.
    assert_eq!(attr("#rf-id-number", "aria-describedby").as_deref(), Some("rf-id-number-hint rf-id-number-error"));
    assert_eq!(attr("#rf-id-number", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attr("#rf-name", "aria-invalid"), None);
    // A link focuses its field.
    one::<HtmlElement>("[data-testid=rf-summary] a[href='#rf-phone']").click();
    assert_eq!(document().active_element().unwrap().id(), "rf-phone");
    assert_eq!(one::<HtmlInputElement>("#rf-name").value(), "张三", "typed value kept");
}

#[wasm_bindgen_test]
async fn prefill_fills_sex_and_birth_from_the_id_number() {
    mount("?view=id&lang=en");
    click("[data-testid=id-tab-resident]");
    tick().await;
    type_into("#rf-id-number", "11010519491231002X");
    click("[data-testid=rf-prefill]");
    tick().await;
    assert!(one::<HtmlInputElement>("#rf-sex-1").checked(), "female");
    assert!(!one::<HtmlInputElement>("#rf-sex").checked());
    assert_eq!(one::<HtmlInputElement>("#rf-birth").value(), "1949-12-31");
    // A wrong number says why it cannot fill.
    type_into("#rf-id-number", "110105194912310021");
    click("[data-testid=rf-prefill]");
    tick().await;
    let note = one::<HtmlElement>("[data-testid=rf-prefill-note]").text_content().unwrap();
    assert!(note.contains("check character"), "{note}");
}

#[wasm_bindgen_test]
async fn the_unit_form_reports_portal_rules() {
    mount("?view=id&lang=en");
    click("[data-testid=id-tab-unit]");
    tick().await;
    type_into("#uf-account", "abc");
    type_into("#uf-password", "abc12345");
    type_into("#uf-password-confirm", "abc12346");
    click("[data-testid=uf-submit]");
    tick().await;
    let text = one::<HtmlElement>("[data-testid=uf-summary]").text_content().unwrap();
    assert!(text.contains("8 to 20 letters or digits; you entered 3"), "{text}");
    assert!(text.contains("do not match"), "{text}");
    assert!(document().get_element_by_id("uf-password-error").is_none(), "a good password has no error");
    assert_eq!(all("[data-testid=uf-summary] a").len(), 15, "all but the good password and the two preselected document types");
}
