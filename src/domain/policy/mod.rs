//! The notices as data (stub: the policy engine, issue 4, replaces the internals and keeps
//! `Region`, `PolicyKey`, `Policy::{key, document_number, title}`, `all()` and `find()`).

use std::sync::OnceLock;

use crate::domain::lang::Text;

/// A region with at least one notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    Guangzhou,
    Meizhou,
    Zhaoqing,
    ZhangyeGanzhou,
}

impl Region {
    pub const ALL: [Region; 4] = [Region::Guangzhou, Region::Meizhou, Region::Zhaoqing, Region::ZhangyeGanzhou];

    /// The URL code (`guangzhou`, `meizhou`, `zhaoqing`, `zhangye-ganzhou`).
    pub fn code(self) -> &'static str {
        match self {
            Region::Guangzhou => "guangzhou",
            Region::Meizhou => "meizhou",
            Region::Zhaoqing => "zhaoqing",
            Region::ZhangyeGanzhou => "zhangye-ganzhou",
        }
    }

    /// Parses a URL code.
    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The region's name.
    pub fn name(self) -> Text {
        match self {
            Region::Guangzhou => Text::new("广州市", "Guangzhou"),
            Region::Meizhou => Text::new("梅州市", "Meizhou"),
            Region::Zhaoqing => Text::new("肇庆市", "Zhaoqing"),
            Region::ZhangyeGanzhou => Text::new("张掖市甘州区", "Ganzhou District, Zhangye"),
        }
    }
}

/// A notice is keyed by its region and the year in its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PolicyKey {
    pub region: Region,
    pub year: u16,
}

/// One notice.
#[derive(Clone, Debug)]
pub struct Policy {
    pub key: PolicyKey,
    pub document_number: String,
    pub title: Text,
}

/// Every notice, ordered by region then newest year first.
pub fn all() -> &'static [Policy] {
    static ALL: OnceLock<Vec<Policy>> = OnceLock::new();
    ALL.get_or_init(|| {
        let p = |region, year, doc: &str, zh: &str, en: &str| Policy {
            key: PolicyKey { region, year },
            document_number: doc.to_string(),
            title: Text::new(zh, en),
        };
        vec![
            p(Region::Guangzhou, 2022, "穗医保中管〔2021〕301号", "关于做好2022年度大中专学生城乡居民医保参保缴费工作的通知", "2022 college and vocational students' enrollment"),
            p(Region::Guangzhou, 2014, "穗人社函〔2014〕1366号", "关于做好中小学生城乡居民医保参保工作的通知", "2014 primary and secondary school students' enrollment"),
            p(Region::Meizhou, 2022, "梅市医保〔2021〕7号", "关于做好2022年度城乡居民医保参保缴费工作的通知", "2022 resident enrollment and payment"),
            p(Region::Zhaoqing, 2022, "肇府规〔2019〕6号", "2022年度在校学生参保工作通知", "2022 school students' enrollment"),
            p(Region::ZhangyeGanzhou, 2022, "区医保发〔2022〕69号", "关于做好2023年度城乡居民医保集中参保缴费工作的通知", "Resident enrollment and payment, paid in 2022 for 2023"),
        ]
    })
}

/// The notice for `key`, if there is one.
pub fn find(key: PolicyKey) -> Option<&'static Policy> {
    all().iter().find(|p| p.key == key)
}
