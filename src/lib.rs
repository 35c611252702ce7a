//! # yibao — a resident medical-insurance helper that runs entirely in the browser
//!
//! ## Bird's-eye view
//! People dealing with China's urban-rural resident basic medical insurance
//! (城乡居民基本医疗保险) pick their region, the notice year and their status and see what
//! they pay, when, where and why, with the notice and clause behind every figure; they check
//! identity numbers; school and township staff check whole rosters. The app is a Leptos
//! client-side-rendered page compiled to WebAssembly by Trunk. There is no server and no
//! network call at run time: nothing typed ever leaves the browser.
//!
//! ## Code map
//! - [`domain`] — pure, synchronous Rust, tested natively with `cargo test`:
//!   - [`domain::lang`]: the two languages and bilingual [`domain::lang::Text`];
//!   - [`domain::money`]: [`domain::money::Money`], exact decimal yuan;
//!   - [`domain::policy`]: the five notices as cited data (`policies/*.toml`), and the
//!     calculation of amounts, channels and deadlines;
//!   - [`domain::id`]: identity numbers, one module per format.
//! - `ui` (wasm32 only) — Leptos components that read domain results and render them.
//!   `ui::url` mirrors the state into the query string (the public contract of
//!   `../shared/CONTRACT.md`).
//! - `src/main.rs` — the panic hook and the mount; nothing else.
//!
//! ## Invariants
//! - `domain` never imports leptos, web-sys or gloo; views never compute a figure.
//! - Money is [`rust_decimal`], never a float; dates are [`chrono`] dates, never strings.
//! - Every amount shown cites its notice and clause; where a notice is silent the outcome is
//!   explicitly unknown, never an invented figure.
//! - No identity number goes into the URL, storage, a log or the network.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;
