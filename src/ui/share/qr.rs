//! A QR code drawn as inline SVG, made in the page by `qrcodegen` (nothing is fetched). The
//! page's CSP allows no `style` attribute, so the drawing uses SVG attributes only (`fill`,
//! `d`, `viewBox`) and its size comes from a class.

use std::fmt::Write;

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone around the code, in modules (the standard asks for 4).
const QUIET: i32 = 4;

/// A QR code ready to draw: the side in modules (quiet zone included) and one SVG path of
/// the dark modules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Qr {
    pub side: i32,
    pub path: String,
}

impl Qr {
    /// The code of `text` at error-correction level M, or an empty drawing if the text is
    /// too long for any QR code (the links this page makes are far shorter).
    pub fn of(text: &str) -> Qr {
        match QrCode::encode_text(text, QrCodeEcc::Medium) {
            Ok(code) => Qr { side: code.size() + 2 * QUIET, path: dark_path(&code) },
            Err(_) => Qr::default(),
        }
    }
}

/// One `M x y h n v1 h-n z` rectangle per horizontal run of dark modules.
fn dark_path(code: &QrCode) -> String {
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(d, "M{} {}h{run}v1h-{run}z", start + QUIET, y + QUIET);
        }
    }
    d
}

/// The code as an `<svg>`: a white square and the dark modules, scaled by `class`.
#[component]
pub fn QrImage(
    /// The code to draw.
    qr: Memo<Qr>,
    /// What the image is, for screen readers.
    label: Signal<String>,
    /// The size class, e.g. `qr qr--screen`.
    class: &'static str,
    /// `data-testid`, if any.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let side = move || qr.with(|q| q.side);
    view! {
        <svg
            class=class
            xmlns="http://www.w3.org/2000/svg"
            viewBox=move || format!("0 0 {0} {0}", side())
            role="img"
            aria-label=label
            shape-rendering="crispEdges"
            data-testid=testid
        >
            <rect width=side height=side fill="#fff" />
            <path d=move || qr.with(|q| q.path.clone()) fill="#000" />
        </svg>
    }
}
