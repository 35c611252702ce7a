//! The checks of one row, and the readings of the sex and birth columns.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use chrono::NaiveDate;

use super::columns::{Column, ColumnMap};
use super::csv::{Fields, LineIssue, Record};
use super::problem::{BirthValue, Problem};
use crate::domain::id::checks::{date_of, digits_value};
use crate::domain::id::{self, detect_and_parse, mobile, normalise::compact, residence_permit, resident_id, IdKind, Sex};

/// One checked row: its line in the file, its values as read, and all its problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line the row starts on (the header is line 1).
    pub line: u32,
    pub fields: Fields,
    pub problems: Vec<Problem>,
}

impl Row {
    /// Whether the row has no problem.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// The value in column `index`, trimmed; empty where there is none.
    pub fn value(&self, index: Option<usize>) -> &str {
        value(&self.fields, index)
    }

    /// Whether one of the problems is a repeated ID number.
    pub fn is_duplicate(&self) -> bool {
        self.problems.iter().any(|p| matches!(p, Problem::DuplicateId { .. }))
    }
}

/// Reads a sex: 男/女, 男性/女性, M/F, male/female, 1/2 (GB/T 2261.1).
///
/// ```
/// use yibao::domain::{id::Sex, roster::check::read_sex};
/// assert_eq!(read_sex(" 女 "), Some(Sex::Female));
/// assert_eq!(read_sex("Male"), Some(Sex::Male));
/// assert_eq!(read_sex("未知"), None);
/// ```
pub fn read_sex(s: &str) -> Option<Sex> {
    let s = s.trim();
    let is = |words: &[&str]| words.iter().any(|w| s.eq_ignore_ascii_case(w));
    if is(&["男", "男性", "m", "male", "1"]) {
        Some(Sex::Male)
    } else if is(&["女", "女性", "f", "female", "2"]) {
        Some(Sex::Female)
    } else {
        None
    }
}

/// Reads a date of birth: `2015-09-01`, `2015/9/1`, `2015.09.01`, `20150901`,
/// `2015年9月1日`, a time after it ignored; or a year and month (`2015-09`, `201509`,
/// `2015年9月`).
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::roster::{check::read_birth, problem::BirthValue};
/// let d = NaiveDate::from_ymd_opt(2015, 9, 1).unwrap();
/// assert_eq!(read_birth("2015/9/1 0:00"), Some(BirthValue::Day(d)));
/// assert_eq!(read_birth("2015年9月1日"), Some(BirthValue::Day(d)));
/// assert_eq!(read_birth("201509"), Some(BirthValue::Month { year: 2015, month: 9 }));
/// assert_eq!(read_birth("2015-02-30"), None);
/// ```
pub fn read_birth(s: &str) -> Option<BirthValue> {
    let s = s.trim();
    let s = s.split([' ', 'T']).next().unwrap_or("");
    let mut groups = [""; 3];
    let mut n = 0;
    for g in s.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()) {
        *groups.get_mut(n)? = g;
        n += 1;
    }
    if s.chars().any(|c| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日'))) {
        return None;
    }
    let num = |g: &str| g.parse::<u32>().ok();
    let (y, m, d) = match &groups[..n] {
        [g] if g.len() == 8 => (num(&g[..4])?, num(&g[4..6])?, Some(num(&g[6..])?)),
        [g] if g.len() == 6 => (num(&g[..4])?, num(&g[4..])?, None),
        [y, m] if y.len() == 4 && m.len() <= 2 => (num(y)?, num(m)?, None),
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => (num(y)?, num(m)?, Some(num(d)?)),
        _ => return None,
    };
    let year = i32::try_from(y).ok()?;
    match d {
        Some(d) => NaiveDate::from_ymd_opt(year, m, d).map(BirthValue::Day),
        None => (1..=12).contains(&m).then_some(BirthValue::Month { year, month: m }),
    }
}

/// The ID number shown masked: `110105********002X` for 18 characters (the date of birth
/// hidden), the middle hidden for other lengths.
///
/// ```
/// use yibao::domain::roster::check::mask_id;
/// assert_eq!(mask_id("11010519491231002x"), "110105********002X");
/// assert_eq!(mask_id("110105491231002"), "110105******002");
/// assert_eq!(mask_id("12345"), "1***5");
/// ```
pub fn mask_id(raw: &str) -> String {
    let s = compact(raw);
    let n = s.chars().count();
    let (start, end) = match n {
        16.. => (6, 4),
        13..=15 => (6, 3),
        6..=12 => (2, 2),
        3..=5 => (1, 1),
        _ => (0, 0),
    };
    id::mask(&s, start, end)
}

/// SipHash-1-3 with a 128-bit key (the algorithm of std's `HashMap`): the key comes from a
/// seed chosen at random for every check (`crypto.getRandomValues` in the page), so a file
/// crafted to make IDs collide in the table cannot slow the check down: which IDs collide
/// depends on a key the file's author cannot know.
#[derive(Clone, Copy, Debug)]
pub struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    ntail: usize,
    length: usize,
}

impl SipHasher13 {
    /// A hasher keyed with `k0` and `k1`.
    pub fn new_with_keys(k0: u64, k1: u64) -> SipHasher13 {
        SipHasher13 {
            v: [k0 ^ 0x736f_6d65_7073_6575, k1 ^ 0x646f_7261_6e64_6f6d, k0 ^ 0x6c79_6765_6e65_7261, k1 ^ 0x7465_6462_7974_6573],
            tail: 0,
            ntail: 0,
            length: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        let v = &mut self.v;
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }
}

impl Hasher for SipHasher13 {
    fn write(&mut self, bytes: &[u8]) {
        self.length = self.length.wrapping_add(bytes.len());
        let mut rest = bytes;
        if self.ntail > 0 {
            while self.ntail < 8 {
                let Some((&b, more)) = rest.split_first() else { return };
                self.tail |= u64::from(b) << (8 * self.ntail);
                self.ntail += 1;
                rest = more;
            }
            let m = self.tail;
            self.compress(m);
            self.tail = 0;
            self.ntail = 0;
        }
        // Whole words at once (an ID number packed into a `u64` is one word).
        let mut words = rest.chunks_exact(8);
        for w in &mut words {
            let mut le = [0u8; 8];
            le.copy_from_slice(w);
            self.compress(u64::from_le_bytes(le));
        }
        for &b in words.remainder() {
            self.tail |= u64::from(b) << (8 * self.ntail);
            self.ntail += 1;
        }
    }

    fn finish(&self) -> u64 {
        let mut s = *self;
        let b = ((s.length as u64 & 0xff) << 56) | s.tail;
        s.compress(b);
        s.v[2] ^= 0xff;
        s.round();
        s.round();
        s.round();
        s.v[0] ^ s.v[1] ^ s.v[2] ^ s.v[3]
    }
}

/// Builds [`SipHasher13`]s keyed from one seed.
#[derive(Clone, Copy, Debug)]
pub struct SeededState {
    k0: u64,
    k1: u64,
}

impl SeededState {
    /// The keys spread from `seed` (splitmix64), so nearby seeds give unrelated keys.
    pub fn new(seed: u64) -> SeededState {
        let mix = |mut z: u64| {
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        let a = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        SeededState { k0: mix(a), k1: mix(a.wrapping_add(0x9e37_79b9_7f4a_7c15)) }
    }
}

impl BuildHasher for SeededState {
    type Hasher = SipHasher13;
    fn build_hasher(&self) -> SipHasher13 {
        SipHasher13::new_with_keys(self.k0, self.k1)
    }
}

/// ID numbers packed into a number `K` (a `u64` for 17 digits and a digit or `X`, every
/// real one: [`pack_id`]; a `u128` for other IDs of digits and capital letters: [`pack`]),
/// with the line each first appeared on: a table of 32 bits per slot (9 bits
/// of the key's hash, then where the key is kept), open addressing, at most five eighths
/// full. The keys and lines themselves are kept in order of arrival, so a new ID costs one
/// look at the table, where a general map would look at its control bytes and then at its
/// buckets. A million-row roster's table is far larger than the processor's caches, so
/// each look is a wait for memory; at four bytes a slot the table spans half the pages,
/// and the processor's page table cache still holds them.
///
/// Where a key goes depends on its SipHash-1-3 under the check's own key ([`SeededState`]),
/// so no file can be crafted to make its IDs collide.
#[derive(Debug)]
struct IdTable<K> {
    state: SeededState,
    /// Per slot: 0 when empty, else the hash's top [`TAG_BITS`] bits, then the key's index
    /// + 1 in the low [`INDEX_BITS`] bits.
    slots: Vec<u32>,
    keys: Vec<K>,
    lines: Vec<u32>,
    /// Keys past the table's 2^23 - 1 (more rows than the usual limits allow).
    overflow: HashMap<K, u32, SeededState>,
}

/// Bits of a slot that say where its key is kept (8,388,607 keys at most).
const INDEX_BITS: u32 = 23;
/// Bits of a slot taken from the key's hash, so most slots that hold another key are
/// passed over without looking at the key.
const TAG_BITS: u32 = 32 - INDEX_BITS;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;

impl<K: Copy + Eq + std::hash::Hash> IdTable<K> {
    fn new(state: SeededState) -> IdTable<K> {
        IdTable { state, slots: Vec::new(), keys: Vec::new(), lines: Vec::new(), overflow: HashMap::with_hasher(state) }
    }

    /// The number of keys.
    fn len(&self) -> usize {
        self.keys.len() + self.overflow.len()
    }

    /// Whether `n` keys fit at the table's load.
    fn fits(&self, n: usize) -> bool {
        n.saturating_mul(8) <= self.slots.len().saturating_mul(5)
    }

    /// Whether the table is full (further keys go to `overflow`).
    fn is_full(&self) -> bool {
        self.keys.len() >= INDEX_MASK as usize
    }

    /// The slot and tag of a hash.
    #[inline]
    fn place(&self, h: u64) -> (usize, u32) {
        (h as usize & (self.slots.len() - 1), ((h >> (64 - TAG_BITS)) as u32) << INDEX_BITS)
    }

    /// Room for `additional` more keys; `Err` when memory runs out.
    fn try_reserve(&mut self, additional: usize) -> Result<(), std::collections::TryReserveError> {
        if self.is_full() {
            return self.overflow.try_reserve(additional);
        }
        let n = self.keys.len().saturating_add(additional).min(INDEX_MASK as usize);
        let more = n - self.keys.len();
        if more > 1 {
            // Room for the rows estimated to come: exactly that.
            self.keys.try_reserve_exact(more)?;
            self.lines.try_reserve_exact(more)?;
        } else {
            self.keys.try_reserve(more)?;
            self.lines.try_reserve(more)?;
        }
        if self.fits(n) {
            return Ok(());
        }
        let size = (n.saturating_mul(8) / 5 + 1).next_power_of_two().max(64);
        let mut slots: Vec<u32> = Vec::new();
        slots.try_reserve_exact(size)?;
        slots.resize(size, 0);
        self.slots = slots;
        let mask = size - 1;
        for (e, &key) in self.keys.iter().enumerate() {
            let (mut i, tag) = self.place(self.state.hash_one(key));
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = tag | (e as u32 + 1);
        }
        Ok(())
    }

    /// Starts bringing the first slot of a key of hash `hash` from memory (see
    /// [`Seen::touch`]).
    #[inline]
    fn touch(&self, hash: u64) {
        if let Some(&slot) = self.slots.get(hash as usize & self.slots.len().wrapping_sub(1)) {
            std::hint::black_box(slot);
        }
    }

    /// Whether one more key fits without setting memory aside.
    #[inline]
    fn has_room_for_one(&self) -> bool {
        let n = self.keys.len();
        !self.is_full() && n < self.keys.capacity() && self.lines.len() < self.lines.capacity() && self.fits(n + 1)
    }

    /// The line `key` first appeared on, or `None` after recording `line` for it (when
    /// there is room: [`IdTable::try_reserve`] first).
    #[inline]
    fn first_or_insert(&mut self, key: K, hash: u64, line: u32) -> Option<u32> {
        let full = self.is_full();
        if !full && !self.fits(self.keys.len() + 1) && self.try_reserve(1).is_err() {
            return None;
        }
        if self.slots.is_empty() {
            return None;
        }
        let (mut i, tag) = self.place(hash);
        let mask = self.slots.len() - 1;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                break;
            }
            if slot & !INDEX_MASK == tag {
                let e = (slot & INDEX_MASK) as usize - 1;
                if self.keys.get(e) == Some(&key) {
                    return self.lines.get(e).copied();
                }
            }
            i = (i + 1) & mask;
        }
        if full {
            return match self.overflow.entry(key) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(line);
                    None
                }
            };
        }
        self.slots[i] = tag | (self.keys.len() as u32 + 1);
        self.keys.push(key);
        self.lines.push(line);
        None
    }
}

/// The state that carries from row to row: the ID numbers seen so far, with the line each
/// first appeared on. No allocation per row: a compact ID of 17 digits and a digit or `X`
/// (every real one) is packed into a `u64` (hashed as one word), other IDs of digits and
/// capital letters into a `u128` (too short, a letter among the digits), each kind in an
/// [`IdTable`]; only anything else is kept as text.
#[derive(Debug)]
pub struct Seen {
    ids: IdTable<u64>,
    packed: IdTable<u128>,
    other: HashMap<Box<str>, u32, SeededState>,
}

impl Seen {
    /// An empty set whose hashing is keyed from `seed`.
    pub fn new(seed: u64) -> Seen {
        Seen {
            ids: IdTable::new(SeededState::new(seed)),
            packed: IdTable::new(SeededState::new(seed ^ 1)),
            other: HashMap::with_hasher(SeededState::new(seed ^ 2)),
        }
    }

    /// Room for one more ID; `Err` when memory runs out.
    #[inline]
    pub fn try_reserve_one(&mut self) -> Result<(), std::collections::TryReserveError> {
        if !self.ids.has_room_for_one() {
            self.ids.try_reserve(1)?;
        }
        if !self.packed.has_room_for_one() {
            self.packed.try_reserve(1)?;
        }
        self.other.try_reserve(1)
    }

    /// The number of IDs seen.
    pub fn len(&self) -> usize {
        self.ids.len() + self.packed.len() + self.other.len()
    }

    /// Whether no ID was seen.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Room for about `rows` rows in all, when the first `of` rows had this many IDs: set
    /// aside at once rather than by doubling (a table grown by doubling holds its old and
    /// its new slots at once). Nothing is reserved if memory is short.
    pub fn reserve_for(&mut self, rows: usize, of: usize) {
        let share = |n: usize| (n as u128 * rows as u128 / of.max(1) as u128) as usize;
        let (ids, packed) = (self.ids.keys.len(), self.packed.keys.len());
        let _ = self.ids.try_reserve(share(ids).saturating_sub(ids));
        let _ = self.packed.try_reserve(share(packed).saturating_sub(packed));
    }

    /// Brings from memory where the packed IDs `ids` go, all at once: the loads do not
    /// depend on each other, so the processor waits for them together rather than once a
    /// row (a million-row table is far larger than its caches). Rows are read a few ahead
    /// of their check for this.
    pub fn touch(&self, ids: &[Option<PackedId>]) {
        for id in ids.iter().flatten() {
            match *id {
                PackedId::Id { hash, .. } => self.ids.touch(hash),
                PackedId::Other { hash, .. } => self.packed.touch(hash),
            }
        }
    }

    /// The compact ID `key` packed and hashed as the tables keep it, once for both
    /// [`Seen::touch`] and [`Seen::first_or_insert`]; `None` for a key kept as text.
    pub fn pack(&self, key: &str) -> Option<PackedId> {
        match pack_id(key.as_bytes()) {
            Some(key) => Some(PackedId::Id { key, hash: self.ids.state.hash_one(key) }),
            None => pack(key).map(|key| PackedId::Other { key, hash: self.packed.state.hash_one(key) }),
        }
    }

    /// The line the compact ID `key` first appeared on, or `None` after recording `line`
    /// for it. `packed` is `key` as [`Seen::pack`] gave it (packed again when `None`).
    pub fn first_or_insert(&mut self, key: &str, packed: Option<PackedId>, line: u32) -> Option<u32> {
        match packed.or_else(|| self.pack(key)) {
            Some(PackedId::Id { key, hash }) => self.ids.first_or_insert(key, hash, line),
            Some(PackedId::Other { key, hash }) => self.packed.first_or_insert(key, hash, line),
            None => match self.other.get(key) {
                Some(&first) => Some(first),
                None => {
                    self.other.insert(key.into(), line);
                    None
                }
            },
        }
    }
}

/// A compact ID packed into a number and its hash under the check's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackedId {
    /// 17 digits and a digit or `X` ([`pack_id`]).
    Id { key: u64, hash: u64 },
    /// Other digits and capital letters, up to 24 ([`pack`]).
    Other { key: u128, hash: u64 },
}

/// An ID of 17 digits and a digit or `X` as a number below 11 × 10^17 (the 17 digits, then
/// the last character as 0 to 10); `None` for any other key.
#[inline]
fn pack_id(b: &[u8]) -> Option<u64> {
    let b: &[u8; 18] = b.try_into().ok()?;
    let (head, rest) = b.split_at(8);
    let high = eight_digits(head.try_into().ok()?)?;
    let low = eight_digits(rest[..8].try_into().ok()?)?;
    let d16 = match b[16] {
        c @ b'0'..=b'9' => c - b'0',
        _ => return None,
    };
    let last = match b[17] {
        c @ b'0'..=b'9' => c - b'0',
        b'X' => 10,
        _ => return None,
    };
    let digits = high * 1_000_000_000 + low * 10 + u64::from(d16);
    Some(digits * 11 + u64::from(last))
}

/// The value of eight ASCII digits, all eight read at once as one word; `None` if one is
/// not a digit.
#[inline]
fn eight_digits(b: &[u8; 8]) -> Option<u64> {
    const HIGH: u64 = 0xF0F0_F0F0_F0F0_F0F0;
    const ZEROS: u64 = 0x3030_3030_3030_3030;
    let v = u64::from_le_bytes(*b);
    // Every byte 0x30..=0x39: its high half is 3, and still 3 after adding 6.
    if v & HIGH != ZEROS || v.wrapping_add(0x0606_0606_0606_0606) & HIGH != ZEROS {
        return None;
    }
    // Pairs, then fours, then all eight (the first byte is the most significant digit).
    let v = v - ZEROS;
    let v = v.wrapping_mul(10).wrapping_add(v >> 8);
    let v = (v & 0x0000_00FF_0000_00FF)
        .wrapping_mul(100 + (1_000_000 << 32))
        .wrapping_add(((v >> 16) & 0x0000_00FF_0000_00FF).wrapping_mul(1 + (10_000 << 32)))
        >> 32;
    Some(v)
}

/// `key` as a base-37 number (digits and capital letters count from 1, so `01` and `1`
/// differ); `None` for other characters or more than 24 of them (37^24 < 2^128).
fn pack(key: &str) -> Option<u128> {
    if key.len() > 24 {
        return None;
    }
    key.bytes().try_fold(0u128, |v, b| {
        let d = match b {
            b'0'..=b'9' => b - b'0' + 1,
            b'A'..=b'Z' => b - b'A' + 11,
            _ => return None,
        };
        Some(v * 37 + u128::from(d))
    })
}

/// What the ID number tells about the person, when valid.
struct FromId {
    birth: Birth,
    sex: Option<Sex>,
}

/// The date of birth an ID number gives: as its `YYYYMMDD` digits (made a date only when a
/// birth column is compared with it), or a date.
enum Birth {
    Digits(u32),
    Date(Option<NaiveDate>),
}

impl FromId {
    fn birth(&self) -> Option<NaiveDate> {
        match self.birth {
            Birth::Digits(ymd) => date_of(ymd),
            Birth::Date(d) => d,
        }
    }
}

/// Checks the ID value: the fast path for a compact 18-character resident ID, the full
/// check otherwise (for its precise error and the other kinds).
fn check_id(s: &str, reference: NaiveDate, problems: &mut Vec<Problem>) -> Option<FromId> {
    let b = s.as_bytes();
    if b.len() == 18 {
        // 81, 82 and 83 start the residence permits of Hong Kong, Macao and Taiwan
        // residents: never a valid resident ID, and read as a permit first.
        let permit = b[0] == b'8' && (b'1'..=b'3').contains(&b[1]);
        let checked = if permit { residence_permit::validate_bytes(b, reference) } else { resident_id::validate_bytes(b, reference) };
        match checked {
            Ok(()) => {
                let sex = Sex::of_digit(b[16]);
                return Some(FromId { birth: Birth::Digits(digits_value(&b[6..14])), sex: Some(sex) });
            }
            // Only an ID or a permit (digits, a real date and region) gets as far as its
            // check character, and a wrong check character is never read as a credit
            // code: what `detect_and_parse` would say, without its allocations.
            Err(e @ id::IdError::Check { .. }) => {
                problems.push(Problem::InvalidId(e));
                return None;
            }
            Err(_) => {}
        }
    }
    match detect_and_parse(s, reference) {
        id::IdCheck::Valid(info) => match info.kind {
            IdKind::Mobile | IdKind::Uscc => {
                // In an ID column, a number that looks like a mistyped ID is reported as one.
                let looks_like = info.warnings.iter().find_map(|w| match w {
                    id::IdWarning::LooksLikeMistypedId { kind } => Some(*kind),
                    _ => None,
                });
                match looks_like.map(|kind| id::parse_as(kind, s, reference)) {
                    Some(Err(e)) => problems.push(Problem::InvalidId(e)),
                    _ => problems.push(Problem::NotPersonalId(info.kind)),
                }
                None
            }
            _ => Some(FromId { birth: Birth::Date(info.birth), sex: info.sex }),
        },
        id::IdCheck::Invalid { error, .. } => {
            problems.push(Problem::InvalidId(error));
            None
        }
    }
}

/// The value in column `index` of `fields`, trimmed; empty where there is none.
fn value(fields: &Fields, index: Option<usize>) -> &str {
    index.and_then(|i| fields.get(i)).map(trim).unwrap_or("")
}

/// `s` without white space at either end ([`str::trim`]), at once when it starts and ends
/// with a character that is not white space as far as its bytes show (printable ASCII, or a
/// three-byte character from U+4000 on: Chinese, full-width forms; white space ends below
/// U+3001): most cells.
#[inline]
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let plain_lead = |c: u8| c.is_ascii_graphic() || (0xE4..=0xEF).contains(&c);
    let starts = b.first().is_some_and(|&c| plain_lead(c));
    // A last byte of printable ASCII, or the last of three after a lead byte from 0xE4.
    let ends = match b {
        [.., lead, _, _] if (0xE4..=0xEF).contains(lead) => true,
        [.., last] => last.is_ascii_graphic(),
        [] => false,
    };
    if starts && ends {
        s
    } else {
        s.trim()
    }
}

/// The compact ID number of a record (empty where there is none), as the duplicate table
/// takes it.
pub fn id_key<'f>(fields: &'f Fields, map: &ColumnMap) -> std::borrow::Cow<'f, str> {
    compact_id(value(fields, map.id))
}

/// `raw` compact ([`compact`]): as it is when it is 17 digits and a digit or `X` (most IDs,
/// known at once from [`pack_id`]).
fn compact_id(raw: &str) -> std::borrow::Cow<'_, str> {
    if pack_id(raw.as_bytes()).is_some() {
        std::borrow::Cow::Borrowed(raw)
    } else {
        compact(raw)
    }
}

/// Checks one record against the column map; `expected` is the header's number of fields.
pub fn check_record(record: Record, map: &ColumnMap, expected: usize, reference: NaiveDate, seen: &mut Seen) -> Row {
    let mut problems = Vec::new();
    let packed = seen.pack(&id_key(&record.fields, map));
    let against = Against { map, expected, reference, marks: true };
    check_fields(&record.fields, (record.line, packed), record.issue, against, seen, &mut problems);
    Row { line: record.line, fields: record.fields, problems }
}

/// What [`check_fields`] checks a record against.
#[derive(Clone, Copy, Debug)]
pub struct Against<'a> {
    pub map: &'a ColumnMap,
    /// The header's number of fields.
    pub expected: usize,
    /// Dates of birth after this day are errors.
    pub reference: NaiveDate,
    /// Whether the text holds U+FFFD, the mark of bytes not decoded, at all (if not, no row
    /// is searched for it).
    pub marks: bool,
}

/// Checks the fields of the record on `line` (its shape's `issue` from the reader), adding
/// its problems to `problems` (not emptied first) and its ID number to `seen` (`packed`: its
/// [`id_key`] as [`Seen::pack`] gave it). Allocates nothing for a row of compact,
/// 18-character ID numbers.
pub fn check_fields(
    fields: &Fields,
    (line, packed): (u32, Option<PackedId>),
    issue: Option<LineIssue>,
    a: Against,
    seen: &mut Seen,
    problems: &mut Vec<Problem>,
) {
    check_shape(fields, line, issue, a, problems);
    check_values(fields, (line, packed), a, seen, problems);
}

/// The problems of the record's shape: quotes, bytes not decoded, line breaks in a cell, the
/// number of fields.
fn check_shape(fields: &Fields, line: u32, issue: Option<LineIssue>, a: Against, problems: &mut Vec<Problem>) {
    match issue {
        Some(LineIssue::UnbalancedQuote) => problems.push(Problem::UnbalancedQuote { line }),
        Some(LineIssue::TextAfterQuote) => problems.push(Problem::TextAfterQuote { line }),
        None => {}
    }
    if a.marks && super::csv::holds_replacement(fields.joined()) {
        problems.push(Problem::Undecodable { line });
    }
    if fields.may_hold_line_break() {
        for c in [Column::Name, Column::Id, Column::Phone] {
            if a.map.get(c).and_then(|i| fields.get(i)).is_some_and(|v| v.bytes().any(|b| b == b'\n' || b == b'\r')) {
                problems.push(Problem::LineBreakInCell { line, column: c });
            }
        }
    }
    if fields.len() != a.expected {
        problems.push(Problem::FieldCount { line, found: fields.len(), expected: a.expected });
    }
    for c in [Column::Name, Column::Id] {
        if a.map.get(c).is_none() {
            problems.push(Problem::NoColumn(c));
        }
    }
}

/// The problems of the values: name, ID number (and whether it repeats), mobile number, sex
/// and date of birth.
fn check_values(fields: &Fields, (line, packed): (u32, Option<PackedId>), a: Against, seen: &mut Seen, problems: &mut Vec<Problem>) {
    let map = a.map;
    if map.name.is_some() && value(fields, map.name).is_empty() {
        problems.push(Problem::MissingName);
    }

    let mut from_id = None;
    let id_raw = value(fields, map.id);
    if map.id.is_some() {
        if id_raw.is_empty() {
            problems.push(Problem::MissingId);
        } else {
            let id = compact_id(id_raw);
            from_id = check_id(&id, a.reference, problems);
            if let Some(first_line) = seen.first_or_insert(&id, packed, line) {
                problems.push(Problem::DuplicateId { first_line });
            }
        }
    }

    let phone = value(fields, map.phone);
    if !phone.is_empty() {
        if let Err(e) = mobile::parse(phone) {
            problems.push(Problem::InvalidPhone(e));
        }
    }

    let sex = value(fields, map.sex);
    if !sex.is_empty() {
        match (read_sex(sex), from_id.as_ref().and_then(|f| f.sex)) {
            (None, _) => problems.push(Problem::SexUnreadable),
            (Some(given), Some(from_id)) if given != from_id => problems.push(Problem::SexMismatch { given, from_id }),
            _ => {}
        }
    }

    let birth = value(fields, map.birth);
    if !birth.is_empty() {
        match (read_birth(birth), from_id.as_ref().and_then(FromId::birth)) {
            (None, _) => problems.push(Problem::BirthUnreadable),
            (Some(given), Some(from_id)) if !given.agrees_with(from_id) => problems.push(Problem::BirthMismatch { given, from_id }),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{pack_id, trim, Seen};

    #[test]
    fn every_kind_of_key_repeats_from_its_first_line() {
        let mut seen = Seen::new(9);
        let keys = ["11010519491231002X", "1101051949123100", "11010O19491231002X", "1101-05", ""];
        for round in 0..3u32 {
            for (i, key) in keys.iter().enumerate() {
                seen.try_reserve_one().unwrap();
                let line = round * 10 + i as u32 + 2;
                let packed = if round == 1 { None } else { seen.pack(key) };
                let first = seen.first_or_insert(key, packed, line);
                assert_eq!(first, (round > 0).then_some(i as u32 + 2), "{key:?} in round {round}");
            }
        }
        assert_eq!(seen.len(), keys.len());
        // Many short keys, past the table's first sizes.
        for n in 0..20_000u32 {
            seen.try_reserve_one().unwrap();
            let key = format!("{n:07}");
            assert_eq!(seen.first_or_insert(&key, seen.pack(&key), n + 100), None, "{key}");
        }
        assert_eq!(seen.first_or_insert("0012345", None, 1), Some(12_445));
    }

    #[test]
    fn the_quick_trim_agrees_with_str_trim() {
        let pieces =
            [" ", "\u{3000}", "\u{00A0}", "\u{2003}", "\u{205F}", "\t", "a", "学", "é", "𝄞", "\u{FEFF}", "1", "\u{4000}", "\u{3001}", ""];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}");
                    assert_eq!(trim(&s), s.trim(), "{s:?}");
                }
            }
        }
    }

    /// The packing read one digit at a time, as it was.
    fn pack_slowly(b: &[u8]) -> Option<u64> {
        let b: &[u8; 18] = b.try_into().ok()?;
        let mut v = 0u64;
        for &c in &b[..17] {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + u64::from(c - b'0');
        }
        let last = match b[17] {
            c @ b'0'..=b'9' => c - b'0',
            b'X' => 10,
            _ => return None,
        };
        Some(v * 11 + u64::from(last))
    }

    #[test]
    fn packing_eight_digits_at_once_agrees_with_one_at_a_time() {
        let mut z = 1u64;
        let alphabet = b"0123456789X/:x \xFF";
        for _ in 0..200_000 {
            z = z.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let mut id: Vec<u8> = (0..18).map(|i| b'0' + ((z >> (i * 3 % 60)) % 10) as u8).collect();
            if z % 3 == 0 {
                let at = (z >> 20) as usize % 18;
                id[at] = alphabet[(z >> 40) as usize % alphabet.len()];
            }
            if z % 5 == 0 {
                id[17] = b'X';
            }
            assert_eq!(pack_id(&id), pack_slowly(&id), "{:?}", String::from_utf8_lossy(&id));
        }
        assert_eq!(pack_id(b"99999999999999999X"), pack_slowly(b"99999999999999999X"));
        assert_eq!(pack_id(b"00000000000000000/"), None);
        assert_eq!(pack_id(b"1101051949123100"), None);
    }
}
