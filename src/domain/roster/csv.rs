//! A hand-written RFC 4180 reader that never panics and never loses a line.
//!
//! Fields are separated by a comma, a tab or a semicolon (detected from the header line);
//! a field may be quoted with `"`, a quote inside a quoted field is doubled (`""`), and a
//! quoted field may hold separators and line breaks. Lines end with LF, CRLF or CR.
//!
//! Malformed input is read as well as it can be and marked, never dropped:
//! - text after a closing quote (`"abc"x`) is kept and marked [`LineIssue::TextAfterQuote`];
//! - a quote that is never closed (it would swallow the rest of the file), or a quoted line
//!   break in a record with the wrong number of fields or with text after a closing quote,
//!   is taken to be an unbalanced quote: that one line is read literally and marked [`LineIssue::UnbalancedQuote`], and
//!   reading goes on with the next line.
//!
//! A line with nothing but separators and spaces is not a record (Excel writes such lines
//! after rows are cleared).

/// The field separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Tab,
    Semicolon,
}

impl Delimiter {
    /// The separator byte.
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Tab => b'\t',
            Delimiter::Semicolon => b';',
        }
    }

    /// The separator most used, outside quotes, on the first line of `text` (the header);
    /// a comma when there is none. Pasting from Excel gives tabs.
    ///
    /// ```
    /// use yibao::domain::roster::csv::Delimiter;
    /// assert_eq!(Delimiter::detect("姓名\t身份证号码\n"), Delimiter::Tab);
    /// assert_eq!(Delimiter::detect("name;id;\"a,b\"\n"), Delimiter::Semicolon);
    /// assert_eq!(Delimiter::detect("name"), Delimiter::Comma);
    /// ```
    pub fn detect(text: &str) -> Delimiter {
        let (mut comma, mut tab, mut semi, mut quoted) = (0usize, 0usize, 0usize, false);
        for b in text.bytes() {
            match b {
                b'"' => quoted = !quoted,
                b'\n' | b'\r' if !quoted => break,
                b',' if !quoted => comma += 1,
                b'\t' if !quoted => tab += 1,
                b';' if !quoted => semi += 1,
                _ => {}
            }
        }
        if tab > 0 && tab >= comma && tab >= semi {
            Delimiter::Tab
        } else if semi > comma {
            Delimiter::Semicolon
        } else {
            Delimiter::Comma
        }
    }
}

/// What was wrong with the shape of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineIssue {
    /// A quote that opens a field is never closed where it should be; the line was read as
    /// it is.
    UnbalancedQuote,
    /// Characters between a closing quote and the next separator.
    TextAfterQuote,
}

/// The fields of a record, unquoted, kept in one buffer (two allocations per record, not
/// one per field: a 100,000-row roster is half a million fields).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    buf: String,
    ends: Vec<u32>,
    /// Whether a field may hold a line break (only a quoted field, or one given whole, can).
    breaks: bool,
}

impl Fields {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no field.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Field `i`.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.buf.get(start..end)
    }

    /// Every field, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// All the fields' text run together (to look for a character in any of them).
    pub fn joined(&self) -> &str {
        &self.buf
    }

    /// Whether a field may hold a line break: `false` for a record read from one line, so
    /// its cells need not be searched for one.
    pub fn may_hold_line_break(&self) -> bool {
        self.breaks
    }

    /// The fields as strings.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }

    /// Empties the fields, keeping their memory (one record after another is read into the
    /// same `Fields`).
    pub fn clear(&mut self) {
        self.buf.clear();
        self.ends.clear();
        self.breaks = false;
    }

    /// Whether every field is empty or white space (a line of separators and spaces).
    fn is_blank(&self) -> bool {
        self.buf.trim().is_empty()
    }

    fn push_str(&mut self, s: &str) {
        self.buf.push_str(s);
    }

    fn push_char(&mut self, c: char) {
        self.buf.push(c);
    }

    fn end_field(&mut self) {
        self.ends.push(self.buf.len() as u32);
    }
}

impl<S: AsRef<str>> FromIterator<S> for Fields {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Fields {
        let mut f = Fields::default();
        for s in iter {
            f.breaks |= s.as_ref().bytes().any(|b| b == b'\n' || b == b'\r');
            f.push_str(s.as_ref());
            f.end_field();
        }
        f
    }
}

/// One record: the line it starts on (1-based) and its fields, unquoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: u32,
    pub fields: Fields,
    pub issue: Option<LineIssue>,
}

/// Where the reader is in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// Byte offset of the next record (always at a character boundary).
    pub pos: usize,
    /// 1-based line number at `pos`.
    pub line: u32,
}

impl Default for Cursor {
    fn default() -> Cursor {
        Cursor { pos: 0, line: 1 }
    }
}

/// A reader over `text` (a leading byte order mark is skipped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reader {
    delimiter: u8,
    /// The number of fields a record should have, once known (the header's).
    pub expected: Option<usize>,
    pub cursor: Cursor,
}

impl Reader {
    /// A reader for `text` with the given separator.
    pub fn new(text: &str, delimiter: Delimiter) -> Reader {
        let pos = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
        Reader { delimiter: delimiter.byte(), expected: None, cursor: Cursor { pos, line: 1 } }
    }

    /// The next record of `text` (the same text given to [`Reader::new`]), skipping blank
    /// lines; `None` at the end.
    pub fn next_record(&mut self, text: &str) -> Option<Record> {
        let mut fields = Fields { buf: String::with_capacity(64), ends: Vec::with_capacity(8), breaks: false };
        let (at, issue) = self.next_into(text, &mut fields)?;
        Some(Record { line: at.line, fields, issue })
    }

    /// Reads the next record of `text` into `fields` (emptied first, its memory reused),
    /// skipping blank lines: where the record starts and what was wrong with its shape;
    /// `None` at the end. Reading again from the cursor returned, with the same
    /// [`Reader::expected`], gives the same record ([`Reader::read_at`]).
    pub fn next_into(&mut self, text: &str, fields: &mut Fields) -> Option<(Cursor, Option<LineIssue>)> {
        loop {
            if self.cursor.pos >= text.len() {
                return None;
            }
            let start = self.cursor;
            fields.clear();
            let (issue, end) = match read_record(text, self.delimiter, start, fields) {
                Some((issue, end, multiline)) if !multiline || (issue.is_none() && self.expected.is_none_or(|n| fields.len() == n)) => {
                    (issue, end)
                }
                _ => {
                    fields.clear();
                    (Some(LineIssue::UnbalancedQuote), read_literal_line(text, self.delimiter, start, fields))
                }
            };
            self.cursor = end;
            if !fields.is_blank() {
                return Some((start, issue));
            }
        }
    }

    /// Reads the record that starts at `at` (a cursor [`Reader::next_into`] returned) into
    /// `fields`, and what was wrong with its shape.
    pub fn read_at(&mut self, text: &str, at: Cursor, fields: &mut Fields) -> Option<LineIssue> {
        self.cursor = at;
        self.next_into(text, fields).and_then(|(_, issue)| issue)
    }
}

/// Reads every record of `text`, separator detected from the header line. The first record
/// is the header.
///
/// ```
/// use yibao::domain::roster::csv::read_all;
/// let r = read_all("name,note\r\n\"Li, Lei\",\"said \"\"hi\"\"\nthen left\"\r\nWang,\n");
/// assert_eq!(r.len(), 3);
/// assert_eq!(r[1].fields.to_vec(), ["Li, Lei", "said \"hi\"\nthen left"]);
/// assert_eq!((r[2].line, r[2].fields.len()), (4, 2));
/// ```
pub fn read_all(text: &str) -> Vec<Record> {
    let mut reader = Reader::new(text, Delimiter::detect(text.trim_start_matches('\u{FEFF}')));
    let mut out = Vec::new();
    while let Some(r) = reader.next_record(text) {
        if reader.expected.is_none() {
            reader.expected = Some(r.fields.len());
        }
        out.push(r);
    }
    out
}

/// The number of line ends in `s`: CR, LF and CRLF each count once.
fn line_breaks(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut n = 0u32;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n = n.saturating_add(1);
        }
    }
    n
}

#[inline]
fn is_end(b: u8, delim: u8) -> bool {
    b == delim || b == b'\n' || b == b'\r'
}

/// `byte` in each of the eight bytes of a word.
#[inline]
const fn splat(byte: u8) -> u64 {
    byte as u64 * 0x0101_0101_0101_0101
}

/// The high bit of each byte of `v` that is zero, and perhaps of some bytes after the
/// first zero one (so only the lowest bit set is to be trusted).
#[inline]
fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(splat(1)) & !v & splat(0x80)
}

/// Whether `text` holds U+FFFD (`EF BF BD` in UTF-8), the mark of bytes not decoded: its
/// first byte looked for eight bytes at a time. (`str::contains('\u{FFFD}')` searches for
/// the three bytes as a string: fast where the standard library has SIMD for it, several
/// times slower in WebAssembly, where the check runs.)
pub fn holds_replacement(text: &str) -> bool {
    let b = text.as_bytes();
    let is_mark = |i: usize| b.get(i..i + 3) == Some(&[0xEF, 0xBF, 0xBD][..]);
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mut hits = zero_bytes(u64::from_le_bytes(word) ^ splat(0xEF));
        while hits != 0 {
            let at = i + (hits.trailing_zeros() / 8) as usize;
            if b[at] == 0xEF && is_mark(at) {
                return true;
            }
            hits &= hits - 1;
        }
        i += 8;
    }
    (i..b.len()).any(is_mark)
}

/// The first position from `i` whose byte ends a field outside quotes (the separator, CR or
/// LF), or `b.len()`: eight bytes looked at a time.
#[inline]
fn field_end(b: &[u8], mut i: usize, delim: u8) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let hits = zero_bytes(v ^ splat(delim)) | zero_bytes(v ^ splat(b'\n')) | zero_bytes(v ^ splat(b'\r'));
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !is_end(b[i], delim) {
        i += 1;
    }
    i
}

/// Reads one record starting at `at`, and whether a quoted field held a line break. `None`
/// when a quoted field is never closed.
fn read_record(text: &str, delim: u8, at: Cursor, fields: &mut Fields) -> Option<(Option<LineIssue>, Cursor, bool)> {
    let b = text.as_bytes();
    let mut i = at.pos;
    let mut line = at.line;
    let mut issue = None;
    let mut newline_end = false;
    loop {
        let field = &mut *fields;
        if b.get(i) == Some(&b'"') {
            i += 1;
            let mut seg = i;
            loop {
                let q = seg + b.get(seg..)?.iter().position(|&c| c == b'"')?;
                let part = text.get(seg..q)?;
                let breaks = line_breaks(part);
                field.breaks |= breaks > 0;
                line = line.saturating_add(breaks);
                field.push_str(part);
                if b.get(q + 1) == Some(&b'"') {
                    field.push_char('"');
                    seg = q + 2;
                } else {
                    i = q + 1;
                    break;
                }
            }
            if i < b.len() && !is_end(b[i], delim) {
                issue = Some(LineIssue::TextAfterQuote);
                let start = i;
                while i < b.len() && !is_end(b[i], delim) {
                    i += 1;
                }
                field.push_str(text.get(start..i)?);
            }
        } else {
            let start = i;
            i = field_end(b, i, delim);
            field.push_str(text.get(start..i)?);
        }
        fields.end_field();
        match b.get(i) {
            None => break,
            Some(&c) if c == delim => i += 1,
            Some(b'\r') => {
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                line += 1;
                newline_end = true;
                break;
            }
            _ => {
                i += 1;
                line += 1;
                newline_end = true;
                break;
            }
        }
    }
    let multiline = line > at.line + u32::from(newline_end);
    Some((issue, Cursor { pos: i, line }, multiline))
}

/// Reads the physical line at `at` as it is (quotes are ordinary characters), marked as an
/// unbalanced quote.
fn read_literal_line(text: &str, delim: u8, at: Cursor, fields: &mut Fields) -> Cursor {
    let rest = text.get(at.pos..).unwrap_or_default();
    let len = rest.bytes().position(|c| c == b'\n' || c == b'\r').unwrap_or(rest.len());
    let mut next = at.pos + len;
    let b = text.as_bytes();
    if b.get(next) == Some(&b'\r') {
        next += 1;
    }
    if b.get(next) == Some(&b'\n') {
        next += 1;
    }
    for field in rest[..len].split(delim as char) {
        fields.push_str(field);
        fields.end_field();
    }
    Cursor { pos: next, line: at.line + 1 }
}

#[cfg(test)]
mod tests {
    use super::{field_end, is_end};

    /// The end looked for one byte at a time, as it was.
    fn field_end_slowly(b: &[u8], mut i: usize, delim: u8) -> usize {
        while i < b.len() && !is_end(b[i], delim) {
            i += 1;
        }
        i
    }

    #[test]
    fn eight_bytes_at_a_time_agrees_with_one_at_a_time() {
        let alphabet = b"a,;\t\r\n\"0\x80\xFF\x01\x0b\x2b\x2c\x2d\x0c\x0d\x0e\x09";
        let mut z = 7u64;
        for _ in 0..100_000 {
            z = z.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let len = (z >> 58) as usize;
            let b: Vec<u8> = (0..len).map(|k| alphabet[((z >> (k % 50)) as usize ^ (k * 7)) % alphabet.len()]).collect();
            for delim in [b',', b'\t', b';'] {
                for start in 0..=len {
                    assert_eq!(field_end(&b, start, delim), field_end_slowly(&b, start, delim), "{b:?} from {start}");
                }
            }
        }
    }
}
