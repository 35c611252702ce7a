//! Which text encoding a roster file is in.
//!
//! Excel saves "CSV (逗号分隔)" in the system code page, which on Chinese Windows is GBK
//! (a subset of GB18030); "CSV UTF-8" and most other tools write UTF-8, often with a byte
//! order mark. The rule: bytes that are valid UTF-8 (with or without the mark) are UTF-8;
//! anything else is GB18030. Only the detection lives here; the browser's own `TextDecoder`
//! does the GB18030 decoding, so no conversion tables are shipped.

/// The UTF-8 byte order mark.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encoding of a file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 starting with a byte order mark.
    Utf8Bom,
    /// Not valid UTF-8: GB18030 (which includes GBK and GB2312), as Excel saves on Chinese
    /// Windows.
    Gb18030,
}

impl Encoding {
    /// The label for `TextDecoder` (WHATWG Encoding Standard).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "utf-8",
            Encoding::Gb18030 => "gb18030",
        }
    }

    /// The name shown to people.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Gb18030 => "GBK/GB18030",
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
/// ```
pub fn detect(bytes: &[u8]) -> Encoding {
    match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) if std::str::from_utf8(rest).is_ok() => Encoding::Utf8Bom,
        None if std::str::from_utf8(bytes).is_ok() => Encoding::Utf8,
        _ => Encoding::Gb18030,
    }
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
