//! Which text encoding a roster file is in.
//!
//! Excel saves "CSV (逗号分隔)" in the system code page, which on Chinese Windows is GBK
//! (a subset of GB18030); "CSV UTF-8" and most other tools write UTF-8, often with a byte
//! order mark; "Unicode text" is UTF-16 with a byte order mark. The rules:
//! - a UTF-16 byte order mark (`FF FE` little-endian, `FE FF` big-endian) means UTF-16;
//! - bytes that are valid UTF-8 (with or without the mark) are UTF-8;
//! - a UTF-8 mark, or many valid multi-byte UTF-8 characters and only a few bad bytes, means
//!   UTF-8 with errors: the bad bytes become U+FFFD and the first bad line is reported,
//!   rather than the whole file being silently re-read as GB18030;
//! - anything else is GB18030.
//!
//! Only GB18030 is left to the browser's own `TextDecoder`, so no conversion tables are
//! shipped.

/// The UTF-8 byte order mark.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encoding of a file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 starting with a byte order mark.
    Utf8Bom,
    /// Not valid UTF-8: GB18030 (which includes GBK and GB2312), as Excel saves on Chinese
    /// Windows.
    Gb18030,
    /// UTF-16 little-endian with a byte order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16 big-endian with a byte order mark.
    Utf16Be,
}

impl Encoding {
    /// The label for `TextDecoder` (WHATWG Encoding Standard).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "utf-8",
            Encoding::Gb18030 => "gb18030",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }

    /// The name shown to people.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Gb18030 => "GBK/GB18030",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// The encoding of `bytes`.
///
/// ```
/// use yibao::domain::roster::decode::{detect, Encoding};
/// assert_eq!(detect("姓名".as_bytes()), Encoding::Utf8);
/// assert_eq!(detect(b"\xEF\xBB\xBFname"), Encoding::Utf8Bom);
/// assert_eq!(detect(b"\xD0\xD5\xC3\xFB"), Encoding::Gb18030); // 姓名 in GBK
/// assert_eq!(detect(b"\xFE\xFF\0i"), Encoding::Utf16Be);
/// ```
pub fn detect(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(b"\xFF\xFE") {
        return Encoding::Utf16Le;
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Encoding::Utf16Be;
    }
    match bytes.strip_prefix(UTF8_BOM) {
        Some(_) => Encoding::Utf8Bom,
        None if mostly_utf8(bytes) => Encoding::Utf8,
        None => Encoding::Gb18030,
    }
}

/// Whether `bytes` are UTF-8, perhaps with a few bad bytes: valid, or with at least eight
/// valid multi-byte characters for every bad sequence (GBK text read as UTF-8 has far more
/// bad sequences than good ones).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            bad += 1;
        }
    }
    bad == 0 || (good > 0 && bad.saturating_mul(8) <= good)
}

/// A file's text as decoded here, or the note that the browser must decode it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub encoding: Encoding,
    /// The text, byte order mark dropped; `None` for GB18030 (the browser's `TextDecoder`
    /// decodes it).
    pub text: Option<String>,
    /// The first line (1-based) with bytes that are not valid in the encoding; they were
    /// read as U+FFFD.
    pub bad_line: Option<u32>,
}

/// Decodes `bytes` (see the module's rules).
///
/// ```
/// use yibao::domain::roster::decode::{decode, Encoding};
/// let d = decode(b"\xFF\xFEi\0d\0\n\0");
/// assert_eq!((d.encoding, d.text.as_deref()), (Encoding::Utf16Le, Some("id\n")));
/// let mut bytes = "姓名,证件号码\n张三,1\r".as_bytes().to_vec();
/// bytes.extend(b"\xFF,2\n");
/// let d = decode(&bytes);
/// assert_eq!((d.encoding, d.bad_line), (Encoding::Utf8, Some(3)));
/// assert_eq!(d.text.as_deref(), Some("姓名,证件号码\n张三,1\r\u{FFFD},2\n"));
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    let encoding = detect(bytes);
    let (text, bad_line) = match encoding {
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = encoding == Encoding::Utf16Le;
            let body = &bytes[2..];
            let units = body.chunks(2).map(|c| match c {
                [a, b] if le => u16::from_le_bytes([*a, *b]),
                [a, b] => u16::from_be_bytes([*a, *b]),
                _ => 0xD800, // an odd last byte: an unpaired surrogate, read as U+FFFD
            });
            let mut text = String::with_capacity(body.len());
            let mut bad = None;
            for c in char::decode_utf16(units) {
                let c = c.unwrap_or_else(|_| {
                    bad = bad.or(Some(text.len()));
                    '\u{FFFD}'
                });
                text.push(c);
            }
            let bad_line = bad.map(|at| line_at(&text, at));
            (Some(text), bad_line)
        }
        Encoding::Gb18030 => (None, None),
        Encoding::Utf8 | Encoding::Utf8Bom => {
            let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
            match std::str::from_utf8(body) {
                Ok(s) => (Some(s.to_string()), None),
                Err(e) => {
                    let text = String::from_utf8_lossy(body).into_owned();
                    let prefix = std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or_default();
                    (Some(text), Some(line_at(prefix, prefix.len())))
                }
            }
        }
    };
    Decoded { encoding, text, bad_line }
}

/// Decodes `bytes` like [`decode`], keeping valid UTF-8 as it is (no copy); `Err` gives the
/// bytes back when they are GB18030 (for the browser's `TextDecoder`).
///
/// ```
/// use yibao::domain::roster::decode::{decode_owned, Encoding};
/// let d = decode_owned(b"\xEF\xBB\xBFid\n".to_vec()).unwrap();
/// assert_eq!((d.encoding, d.text.as_deref(), d.bad_line), (Encoding::Utf8Bom, Some("id\n"), None));
/// assert_eq!(decode_owned(b"\xD0\xD5\xC3\xFB".to_vec()), Err(b"\xD0\xD5\xC3\xFB".to_vec()));
/// ```
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, Vec<u8>> {
    let encoding = detect(&bytes);
    match encoding {
        Encoding::Gb18030 => Err(bytes),
        Encoding::Utf8 | Encoding::Utf8Bom if std::str::from_utf8(&bytes).is_ok() => {
            if encoding == Encoding::Utf8Bom {
                bytes.drain(..UTF8_BOM.len());
            }
            let text = String::from_utf8(bytes).unwrap_or_default();
            Ok(Decoded { encoding, text: Some(text), bad_line: None })
        }
        _ => Ok(decode(&bytes)),
    }
}

/// The 1-based line of byte `at` in `text` (CR, LF and CRLF each end a line).
pub fn line_at(text: &str, at: usize) -> u32 {
    let b = &text.as_bytes()[..at.min(text.len())];
    let mut line = 1u32;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            line = line.saturating_add(1);
        }
    }
    line
}

/// The text of UTF-8 `bytes` without the byte order mark; `None` when they are not UTF-8
/// (then decode them as GB18030).
///
/// ```
/// use yibao::domain::roster::decode::utf8_text;
/// assert_eq!(utf8_text(b"\xEF\xBB\xBFid\n"), Some("id\n"));
/// assert_eq!(utf8_text(b"\xD0\xD5"), None);
/// ```
pub fn utf8_text(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes)).ok()
}
