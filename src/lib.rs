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
//!   - [`domain::lang`]: the two languages, bilingual [`domain::lang::Text`], dates for people;
//!   - [`domain::money`]: [`domain::money::Money`], exact decimal yuan;
//!   - [`domain::inputs`]: the applicant's answers as closed types with their URL codes;
//!   - [`domain::query`]: the URL state of `../shared/CONTRACT.md`, parsed and written back;
//!   - [`domain::policy`]: the five notices as cited data (`policies/*.toml`, embedded by
//!     `build.rs`) and [`domain::policy::calculate`]: amounts, channels, deadlines, refunds;
//!     the one checker of notice files ([`domain::policy::check`], also compiled into
//!     `build.rs`) and the notices a deployment publishes in `notices/`
//!     ([`domain::policy::assemble`], [`domain::policy::install`]);
//!   - [`domain::calendar`]: the deadline calendar (.ics) made from an outcome;
//!   - [`domain::household`]: the whole family under one notice: each member's outcome,
//!     totals that never count an unknown as zero, groups by route, the family's calendar;
//!   - [`domain::id`]: identity numbers, one module per format, and the embedded
//!     administrative-division table;
//!   - [`domain::forms`]: the resident registration form (甘州区 附件1) and the unit portal
//!     registration (穗医保中管〔2021〕301号 附件) rules;
//!   - [`domain::roster`]: the roster check: decoding, an RFC 4180 reader, column mapping,
//!     row checks in chunks, the summary and the CSV export.
//! - [`words`] — the catalogue: every typed decision, problem and label worded in Chinese
//!   and English, one module per area (`assistance`, `policy`, `calendar`, `household`,
//!   `query`, `findings`, `id`, `forms`, `roster`, `page` for the page's sentences with data,
//!   `labels` for every label of the views); exhaustive matches give both languages.
//! - `ui` (wasm32 only) — Leptos components that read domain results and render them:
//!   `shell` (header, tabs, URL problems, footer), `calc` and `result` (the calculator),
//!   `household` (`view=household`), `idcheck` and `forms` (`view=id`: the number check, the
//!   two registration forms and the page's one store of what was typed), `roster` (`view=roster`), `share` (copy link,
//!   embed builder `view=embed` with its QR code and poster, offline status), `fields` (the
//!   calculator's questions: radios, checkboxes, dates), `checked_fields` (fields checked on
//!   submit, each showing its problem, and the error summary: the forms and the editor),
//!   `url` (the browser side of the URL state), `download` (files made in the page),
//!   `notices_loader` (fetches `notices/`; the page shows at once where the built-in
//!   notices answer the address, drawn again when published ones arrive), `provenance`
//!   (published-notice marks and the staff report), `editor` (`view=editor`) with its lists
//!   as form fields: `editor_lists` (one generic list editor) and `editor_specs` (each list).
//! - `worker` (wasm32 only) — the roster check's Web Worker (`src/bin/roster-worker.rs`), so
//!   a million rows never block the page.
//! - `src/main.rs` — the panic hook and the mount; nothing else.
//! - `scripts/post-build.mjs` — Trunk hook: moves the loader out of `index.html` (strict CSP),
//!   writes the service worker.

//! ## Invariants
//! - `domain` never imports leptos, web-sys or gloo; views never compute a figure.
//! - Money is [`rust_decimal`], never a float; dates are [`chrono`] dates, never strings.
//! - Every amount shown cites its notice and clause; where a notice is silent the outcome is
//!   explicitly unknown, never an invented figure.
//! - No identity number goes into the URL, storage, a log or the network.

pub mod domain;

pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod worker;
