//! The built-in notices' English, fetched only for a page in English (issue 16): the
//! calculator's first visit in Chinese does not download it.
//!
//! The build writes it beside the tools' files (`generated_en.json`, named by its content;
//! see `src/domain/policy/codegen.rs`), the service worker keeps it for offline use, and the
//! boot script (`scripts/post-build.mjs`) fetches it, with its integrity, through
//! `yibaoEnglish()`. Where the address says `lang=en`, the boot script fetches it beside the
//! tool's file and starts the tool once it has come (if it cannot come, the address is
//! turned to `lang=zh` first). The page is never shown in English before it is installed:
//! the language switch and back/forward to an English entry change the language once it is
//! ([`when_ready`]), and the notices are then built again with it (`policy::built_in`), so
//! every view that reads them draws them in English.

use std::cell::Cell;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::domain::lang::Lang;
use crate::domain::policy;

thread_local! {
    /// True in the files whose tools show the built-in notices (set by `ui::start`).
    static NEEDED: Cell<bool> = const { Cell::new(false) };
}

/// Says that this file's tools show the built-in notices, so English waits for their English.
pub fn needed() {
    NEEDED.with(|n| n.set(true));
}

/// True where the page can be shown in `lang` now.
pub fn ready(lang: Lang) -> bool {
    lang == Lang::Zh || !NEEDED.with(Cell::get) || policy::english_installed()
}

#[wasm_bindgen]
extern "C" {
    /// The boot script's fetch of `generated_en.json` (`scripts/post-build.mjs`): a promise
    /// of its strings joined by U+0000 (one string across, split here). Absent outside the
    /// built page (an error, caught).
    #[wasm_bindgen(catch, js_name = yibaoEnglish)]
    fn fetch_english() -> Result<js_sys::Promise, JsValue>;
}

/// Fetches the notices' English (the boot script's `yibaoEnglish()`) and installs it; false
/// where it could not come or is not this build's.
pub async fn load() -> bool {
    if policy::english_installed() {
        return true;
    }
    let text = match fetch_english() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    text.is_some_and(|t| install(&t))
}

/// Installs the list (`generated_en.json`'s strings joined by U+0000); false where it is
/// not this build's.
pub fn install(joined: &str) -> bool {
    let list = joined.split('\0').map(str::to_string).collect();
    matches!(policy::install_english(list), Ok(()) | Err(policy::EnglishRefused::Twice))
}

/// Runs `then` once the page can be shown in `lang`: at once, or once the English has come.
/// If it cannot come (offline before any visit), `then` does not run and the page stays in
/// its language; asking again tries again.
pub fn when_ready(lang: Lang, then: impl FnOnce() + 'static) {
    run(lang, Box::new(then), false);
}

/// Starts the page (`mount`) once it can be shown in `lang`. The boot script has fetched
/// the English already where the address asks for it (or made the address Chinese), so
/// this only waits for its promise; `mount` runs in any case.
pub fn start_when_ready(lang: Lang, mount: impl FnOnce() + 'static) {
    run(lang, Box::new(mount), true);
}

/// One body for both (boxed: one copy in the download, whatever the callers).
fn run(lang: Lang, then: Box<dyn FnOnce()>, at_start: bool) {
    if ready(lang) {
        then();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let came = load().await;
        if !came {
            web_sys::console::warn_1(&JsValue::from_str("The notices' English could not be loaded."));
        }
        if came || at_start {
            then();
        }
    });
}
