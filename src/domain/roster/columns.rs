//! Which column of the header holds which value.
//!
//! Headers are matched after dropping spaces, `*` marks, `_`, `-` and `.` and lowering the
//! case: first exactly against the usual names (姓名, 身份证号码/证件号码/身份证号, 联系电话/手机号码/手机,
//! 性别, 出生日期, and English name/id/phone/sex/birth), then by a key word (a header containing
//! 身份证 is the ID column). A key-word match, or a required column not found, makes the
//! mapping unsure: the page then asks the user to confirm it.

/// The values a roster check reads (named for people by [`crate::words::roster::column`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Column {
    Name,
    Id,
    Phone,
    Sex,
    Birth,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 5] = [Column::Name, Column::Id, Column::Phone, Column::Sex, Column::Birth];

    /// A stable code (for element ids).
    pub fn code(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Id => "id",
            Column::Phone => "phone",
            Column::Sex => "sex",
            Column::Birth => "birth",
        }
    }

    /// Whether every row must have this value.
    pub fn required(self) -> bool {
        matches!(self, Column::Name | Column::Id)
    }

    fn exact(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["姓名", "名字", "参保人姓名", "学生姓名", "被保险人姓名", "参保人", "name", "fullname", "姓名name"],
            Column::Id => &[
                "身份证号码",
                "证件号码",
                "身份证号",
                "身份证",
                "公民身份号码",
                "公民身份证号码",
                "证件号",
                "身份证件号码",
                "居民身份证号码",
                "有效证件号码",
                "id",
                "idnumber",
                "idno",
                "idcard",
                "idcardnumber",
            ],
            Column::Phone => &[
                "联系电话",
                "手机号码",
                "手机",
                "手机号",
                "电话",
                "电话号码",
                "联系方式",
                "移动电话",
                "联系手机",
                "phone",
                "mobile",
                "tel",
                "telephone",
                "phonenumber",
                "mobilenumber",
                "mobilephone",
            ],
            Column::Sex => &["性别", "sex", "gender"],
            Column::Birth => &["出生日期", "出生年月", "出生年月日", "生日", "birth", "birthday", "birthdate", "dateofbirth", "dob"],
        }
    }

    fn keywords(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["姓名"],
            Column::Id => &["身份证", "证件号", "身份号"],
            Column::Phone => &["手机", "电话", "phone", "mobile"],
            Column::Sex => &["性别"],
            Column::Birth => &["出生", "生日", "birth"],
        }
    }
}

/// The column index (0-based) of each value, where there is one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ColumnMap {
    pub name: Option<usize>,
    pub id: Option<usize>,
    pub phone: Option<usize>,
    pub sex: Option<usize>,
    pub birth: Option<usize>,
}

impl ColumnMap {
    /// The column of `c`.
    pub fn get(&self, c: Column) -> Option<usize> {
        match c {
            Column::Name => self.name,
            Column::Id => self.id,
            Column::Phone => self.phone,
            Column::Sex => self.sex,
            Column::Birth => self.birth,
        }
    }

    /// Sets the column of `c`.
    pub fn set(&mut self, c: Column, index: Option<usize>) {
        let slot = match c {
            Column::Name => &mut self.name,
            Column::Id => &mut self.id,
            Column::Phone => &mut self.phone,
            Column::Sex => &mut self.sex,
            Column::Birth => &mut self.birth,
        };
        *slot = index;
    }

    /// The required values that have no column.
    pub fn missing_required(&self) -> Vec<Column> {
        Column::ALL.into_iter().filter(|c| c.required() && self.get(*c).is_none()).collect()
    }
}

/// The mapping read from a header, and the values the user should confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Detection {
    pub map: ColumnMap,
    /// Columns found only by a key word, or required and not found.
    pub unsure: Vec<Column>,
}

impl Detection {
    /// Whether the page should ask the user to confirm the columns.
    pub fn is_unsure(&self) -> bool {
        !self.unsure.is_empty()
    }
}

/// A header cell as compared: spaces, `*`, `_`, `-`, `.`, `:` and a byte order mark
/// dropped, full-width letters narrowed, lower case.
pub fn normalise_header(h: &str) -> String {
    h.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '＊' | '_' | '-' | '.' | ':' | '：' | '\u{FEFF}' | '"'))
        .map(|c| match c {
            '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Maps a header row to columns.
///
/// ```
/// use yibao::domain::roster::columns::{detect, Column};
/// let header: Vec<String> = ["序号", "姓名", "身份证号码", "联系电话"].map(String::from).to_vec();
/// let d = detect(&header);
/// assert_eq!((d.map.name, d.map.id, d.map.phone, d.map.sex), (Some(1), Some(2), Some(3), None));
/// assert!(!d.is_unsure());
/// let d = detect(&["学生身份证号码".to_string()]);
/// assert_eq!(d.map.id, Some(0));
/// assert_eq!(d.unsure, [Column::Name, Column::Id]);
/// ```
pub fn detect(header: &[String]) -> Detection {
    let cells: Vec<String> = header.iter().map(|h| normalise_header(h)).collect();
    let mut map = ColumnMap::default();
    let mut taken = vec![false; cells.len()];
    for c in Column::ALL {
        if let Some(i) = (0..cells.len()).find(|&i| !taken[i] && c.exact().contains(&cells[i].as_str())) {
            map.set(c, Some(i));
            taken[i] = true;
        }
    }
    let mut unsure = Vec::new();
    for c in Column::ALL {
        if map.get(c).is_some() {
            continue;
        }
        let found = (0..cells.len()).find(|&i| !taken[i] && c.keywords().iter().any(|k| cells[i].contains(k)));
        if let Some(i) = found {
            map.set(c, Some(i));
            taken[i] = true;
            unsure.push(c);
        } else if c.required() {
            unsure.push(c);
        }
    }
    unsure.sort_by_key(|c| Column::ALL.iter().position(|x| x == c));
    Detection { map, unsure }
}

fn id_like(cell: &str) -> bool {
    let c = cell.trim().as_bytes();
    let Some((last, body)) = c.split_last() else { return false };
    matches!(c.len(), 15 | 18) && body.iter().all(u8::is_ascii_digit) && (last.is_ascii_digit() || matches!(last, b'X' | b'x'))
}

fn mobile_like(cell: &str) -> bool {
    let c = cell.trim();
    c.len() == 11 && c.starts_with('1') && c.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a first row reads as data rather than a header: no cell is a header name or key
/// word, and some cell looks like an identity or mobile number (CONTRACT.md: a first row that
/// looks like data is counted as data, never dropped).
///
/// ```
/// use yibao::domain::roster::columns::looks_like_data;
/// let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
/// assert!(looks_like_data(&row(&["张三", "11010519491231002X", "13800138000"])));
/// assert!(!looks_like_data(&row(&["姓名", "身份证号码", "联系电话"])));
/// assert!(!looks_like_data(&row(&["序号", "备注"]))); // no number: a header of other columns
/// ```
pub fn looks_like_data(first: &[String]) -> bool {
    let named = detect(first);
    let header_words = Column::ALL.iter().any(|c| named.map.get(*c).is_some() && !named.unsure.contains(c));
    let keyword = Column::ALL.iter().any(|c| named.map.get(*c).is_some());
    !header_words && !keyword && first.iter().any(|c| id_like(c) || mobile_like(c))
}

/// Columns read from a first row of data: the first cell that looks like an identity number,
/// the first that looks like a mobile number, and the first other non-empty cell as the name.
/// Every column found is to be confirmed by the user.
pub fn detect_by_content(first: &[String]) -> Detection {
    let mut map = ColumnMap::default();
    let id = first.iter().position(|c| id_like(c));
    let phone = first.iter().enumerate().position(|(i, c)| Some(i) != id && mobile_like(c));
    let name = first
        .iter()
        .enumerate()
        .position(|(i, c)| Some(i) != id && Some(i) != phone && !c.trim().is_empty() && !c.trim().bytes().all(|b| b.is_ascii_digit()));
    map.set(Column::Id, id);
    map.set(Column::Phone, phone);
    map.set(Column::Name, name);
    let mut unsure: Vec<Column> = Column::ALL.into_iter().filter(|c| map.get(*c).is_some() || c.required()).collect();
    unsure.dedup();
    Detection { map, unsure }
}
