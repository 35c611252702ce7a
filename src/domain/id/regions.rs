//! The administrative divisions read from the first six digits of identity numbers.
//!
//! The table is `regions.txt`, embedded in the binary; its header states its source, date
//! and coverage. Only the province (the first two digits) can reject a number: a county code
//! missing from the table is a warning (see [`CountyStatus`]).

use std::sync::OnceLock;

/// The embedded table: `CODE NAME` or `CODE NAME -LASTYEAR` lines, `#` comments.
const TABLE: &str = include_str!("regions.txt");

/// Whether `code` (two digits) is a province-level code of GB/T 2260: 11-15, 21-23, 31-37,
/// 41-46, 50-54, 61-65, 71 (Taiwan), 81 (Hong Kong), 82 (Macao). Allocation-free; agrees
/// with the embedded table (a test checks it).
///
/// ```
/// use yibao::domain::id::regions::is_province;
/// assert!(is_province(44));
/// assert!(!is_province(20));
/// assert!(!is_province(83)); // used only on residence permits for Taiwan residents
/// ```
#[inline]
pub const fn is_province(code: u32) -> bool {
    matches!(code, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81 | 82)
}

/// A province code that can begin a resident ID or a foreigner's permanent residence ID: a
/// province below 80 (the mainland's, and 71); 81 and 82 begin the residence permits of
/// Hong Kong and Macau residents instead.
///
/// ```
/// use yibao::domain::id::regions::is_resident_id_province;
/// assert!(is_resident_id_province(44) && is_resident_id_province(71));
/// assert!(!is_resident_id_province(81) && !is_resident_id_province(82) && !is_resident_id_province(19));
/// ```
#[inline]
pub const fn is_resident_id_province(code: u32) -> bool {
    is_province(code) && code < 80
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    code: u32,
    name: &'static str,
    last_year: Option<u16>,
}

/// The table, parsed once.
fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let (code, rest) = line.split_once(' ')?;
                let code = code.parse().ok()?;
                let (name, last_year) = match rest.rsplit_once(" -") {
                    Some((name, year)) => (name, year.parse().ok()),
                    None => (rest, None),
                };
                Some(Entry { code, name, last_year })
            })
            .collect()
    })
}

fn find(code: u32) -> Option<&'static Entry> {
    let e = entries();
    e.binary_search_by_key(&code, |e| e.code).ok().map(|i| &e[i])
}

/// What the table says about a 6-digit county code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountyStatus {
    /// In use (in the 2025 codes).
    Current,
    /// Abolished; `last_year` is the last year it was in use.
    Abolished { last_year: u16 },
    /// Not in the table (the table keeps abolished county codes only for some regions).
    Unknown,
}

/// An administrative division (行政区划) read from a 6-digit code; not to be confused with
/// [`crate::domain::policy::Region`], the region a notice applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Division {
    /// The 6-digit code, e.g. `110105`.
    pub code: u32,
    /// The province-level name, e.g. `北京市`.
    pub province: &'static str,
    /// The prefecture-level name (`None` for placeholders such as 市辖区 of a municipality,
    /// or when unknown).
    pub city: Option<&'static str>,
    /// The county-level name (`None` when the code names a province or prefecture, or when
    /// the county is not in the table).
    pub county: Option<&'static str>,
    /// What the table says about the county code.
    pub status: CountyStatus,
}

impl Division {
    /// The names joined, e.g. `北京市朝阳区`, `广东省梅州市梅江区`.
    ///
    /// ```
    /// use yibao::domain::id::regions::lookup;
    /// assert_eq!(lookup(110105).unwrap().full_name(), "北京市朝阳区");
    /// assert_eq!(lookup(441402).unwrap().full_name(), "广东省梅州市梅江区");
    /// ```
    pub fn full_name(&self) -> String {
        let mut s = String::from(self.province);
        s.extend(self.city);
        s.extend(self.county);
        s
    }
}

/// Names that stand for a level without naming a place.
fn is_placeholder(name: &str) -> bool {
    name == "市辖区" || name == "县" || name.ends_with("直辖县级行政区划")
}

/// The region of a 6-digit division code; `None` when the province (first two digits) is
/// not in the table.
///
/// ```
/// use yibao::domain::id::regions::{lookup, CountyStatus};
/// let r = lookup(620702).unwrap();
/// assert_eq!((r.province, r.city, r.county), ("甘肃省", Some("张掖市"), Some("甘州区")));
/// assert_eq!(lookup(441421).unwrap().status, CountyStatus::Abolished { last_year: 2013 });
/// assert_eq!(lookup(441499).unwrap().status, CountyStatus::Unknown);
/// assert!(lookup(990101).is_none());
/// ```
pub fn lookup(code: u32) -> Option<Division> {
    let province = find(code / 10_000 * 10_000)?.name;
    let mut region = Division { code, province, city: None, county: None, status: CountyStatus::Current };
    if code % 10_000 == 0 {
        return Some(region);
    }
    region.city = find(code / 100 * 100).map(|e| e.name).filter(|n| !is_placeholder(n));
    if code % 100 == 0 {
        if find(code).is_none() {
            region.status = CountyStatus::Unknown;
        }
        return Some(region);
    }
    match find(code) {
        Some(e) => {
            region.county = Some(e.name);
            if let Some(last_year) = e.last_year {
                region.status = CountyStatus::Abolished { last_year };
            }
        }
        None => region.status = CountyStatus::Unknown,
    }
    Some(region)
}

/// The name of a province-level code (two digits), e.g. `44` → `广东省`.
///
/// ```
/// use yibao::domain::id::regions::province_name;
/// assert_eq!(province_name(83), Some("台湾地区"));
/// ```
pub fn province_name(code: u32) -> Option<&'static str> {
    find(code * 10_000).map(|e| e.name)
}

/// Every province-level code in the table (two digits), in order. For tests.
pub fn province_codes() -> impl Iterator<Item = u32> {
    entries().iter().filter(|e| e.code % 10_000 == 0).map(|e| e.code / 10_000)
}

/// Every code in the table that is in use. For tests and test-data generators.
pub fn current_codes() -> impl Iterator<Item = u32> {
    entries().iter().filter(|e| e.last_year.is_none()).map(|e| e.code)
}
