//! The notices as cited data, and what they mean for one applicant.
//!
//! Every notice is one file in `policies/` (format: `policies/README.md`). `build.rs` turns
//! them into one minified JSON array embedded in the binary; [`all`] reads it once.
//! [`calculate`] turns a [`Policy`] and a [`CalcInput`] into an [`Outcome`]: amounts,
//! assistance, channels, deadlines and notes, each cited (document number and clause).
//! [`refund()`] says whether and what a refund gives back. Where a notice is silent the
//! result is an explicit [`Amount::Unknown`] naming the office to ask, never a guess.

mod calc;
pub(crate) mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
mod data;
// The notices as two tables the browser reads (`unpack.rs`); natively only compared with
// the files.
#[cfg(any(target_arch = "wasm32", test))]
#[rustfmt::skip]
mod generated;
#[cfg(any(target_arch = "wasm32", test))]
mod unpack;
#[cfg(any(target_arch = "wasm32", test))]
pub use unpack::{english_installed, install_english, EnglishRefused};
mod period;
mod refund;
mod runtime;
mod scenario;

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::lang::Text;
use crate::domain::money::Money;

pub use calc::{
    age_in_full_years, calculate, AssistDecision, AssistLine, AssistVerdict, Assistance, BenefitPeriod, CalcInput, ChannelKind,
    ChannelStep, Coverage, Deadlines, NotAdded, Note, Outcome, PaymentMode, StartNote, TaskDue, Window, WindowState,
};
pub use check::{check, checked, is_region_code, Checked, Finding, Problem, SCHEMA_VERSION};
pub use data::{read_field, read_item, REQUIRED_KEYS};
pub use data::{
    AgeLimit, AssistKind, AssistRule, BenefitRule, CitedText, Clause, ContributionRule, CoverageRule, NotCoveredRule, NoteKind, NoteRule,
    Office, PolicyData, RefundRule, Route, SubsidyRule, Task, TaskAudience, UnlistedAssist, UnlistedTreat, When, WindowException,
    WindowRule, YearKind,
};
pub use period::{age_fact, day_over_age, AgeFact, AgePeriod};
pub use refund::{refund, refund_table, RefundOutcome, RefundReason, RefundTable, RefundVerdict, RefundWhy};
pub use runtime::{assemble, deployment, draft, install, Deployment, LocalRegion, NoticeIndex, Rejected, MAX_FILES};
pub use scenario::{Assumption, Condition, Question};

// The `Region` enum, `Region::ALL` and `BUILT_IN_REGIONS`, written by `build.rs` from the
// notice files (`build-support/regions.rs`): adding a region is adding its file.
include!(concat!(env!("OUT_DIR"), "/regions.rs"));

impl Region {
    /// The region of a notice being drafted in the editor (never installed).
    pub const DRAFT: Region = Region::Local(u8::MAX);

    fn local(self) -> Option<&'static LocalRegion> {
        match self {
            Region::Local(i) => deployment()?.regions.get(usize::from(i)),
            _ => None,
        }
    }

    /// The URL code (`guangzhou`, `meizhou`, `zhaoqing`, `zhangye-ganzhou`).
    ///
    /// ```
    /// use yibao::domain::policy::Region;
    /// assert_eq!(Region::ZhangyeGanzhou.code(), "zhangye-ganzhou");
    /// ```
    pub fn code(self) -> &'static str {
        match self.built_in() {
            Some((code, _, _)) => code,
            None => self.local().map_or("draft", |r| r.code),
        }
    }

    /// The code and names of a region built into the app.
    fn built_in(self) -> Option<(&'static str, &'static str, &'static str)> {
        Region::ALL.iter().position(|r| *r == self).map(|i| BUILT_IN[i])
    }

    /// Parses a URL code.
    ///
    /// ```
    /// use yibao::domain::policy::Region;
    /// assert_eq!(Region::from_code("meizhou"), Some(Region::Meizhou));
    /// assert_eq!(Region::from_code("ganzhou"), None); // 赣州 is not 甘州
    /// ```
    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code).or_else(|| {
            let i = deployment()?.regions.iter().position(|r| r.code == code)?;
            u8::try_from(i).ok().map(Region::Local)
        })
    }

    /// The region's name, as its notice files give it.
    pub fn name(self) -> Text {
        match self.built_in() {
            Some((_, zh, en)) => Text::new(zh, en),
            None => self.local().map_or_else(|| Text::new("草稿中的地区", "The region of the draft"), |r| r.name.clone()),
        }
    }
}

/// Written as its code, named as a variant, so that the notice code generator
/// (`policy/codegen.rs`) writes `Region::Meizhou` (JSON still reads `"meizhou"`).
impl serde::Serialize for Region {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("Region", 0, self.code())
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Region, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Region::from_code(&code).ok_or_else(|| serde::de::Error::custom(format!("unknown region code {code:?}")))
    }
}

/// A notice is keyed by its region and the year in its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PolicyKey {
    pub region: Region,
    pub year: u16,
}

/// One notice: its identity and everything it says, as data.
#[derive(Clone, Debug)]
pub struct Policy {
    pub key: PolicyKey,
    /// Everything the data file says (format: `policies/README.md`).
    pub data: PolicyData,
    /// Built in (checked by us against the source text) or published with this deployment.
    pub origin: Origin,
}

/// Where a notice comes from: the page says so beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// One of `policies/*.toml`, checked by us against the notice's source text.
    BuiltIn,
    /// A file in `notices/` published with this deployment by its staff (its name), checked
    /// by the same rules but not against any source text by us.
    Deployment { file: String },
    /// The editor's draft, not published anywhere.
    Draft,
}

impl Policy {
    /// The year of cover: the title's year for a benefit-year notice (广东 2022年度), the
    /// next year for a payment-year notice (甘州 2022: covered in 2023).
    ///
    /// ```
    /// use yibao::domain::policy::{find, PolicyKey, Region};
    /// let p = find(PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 }).unwrap();
    /// assert_eq!(p.benefit_year(), 2023);
    /// ```
    pub fn benefit_year(&self) -> u16 {
        match self.data.year_kind {
            YearKind::Benefit => self.key.year,
            YearKind::Payment => self.key.year + 1,
        }
    }

    /// The last year of cover: the benefit period's stated end, else the benefit year
    /// (穗人社函〔2014〕1366号 §二(三) covers 2014 and the calendar year 2015).
    ///
    /// ```
    /// use yibao::domain::policy::{find, PolicyKey, Region};
    /// let p = find(PolicyKey { region: Region::Guangzhou, year: 2014 }).unwrap();
    /// assert_eq!((p.benefit_year(), p.last_cover_year()), (2014, 2015));
    /// ```
    pub fn last_cover_year(&self) -> u16 {
        use chrono::Datelike;
        match self.data.benefit.end {
            Some(e) => u16::try_from(e.year()).unwrap_or(self.benefit_year()),
            None => self.benefit_year(),
        }
    }

    /// True once the cover the notice pays for has ended on `date`: the notice is then out of date.
    pub fn is_past(&self, date: chrono::NaiveDate) -> bool {
        use chrono::Datelike;
        date.year() > i32::from(self.last_cover_year())
    }

    /// True where a rule of this notice depends on the hukou type (ask for it only then).
    pub fn asks_hukou(&self) -> bool {
        let d = &self.data;
        d.enroll.iter().chain(&d.pay).any(|r| r.when.hukou.is_some()) || d.notes.iter().any(|n| n.when.hukou.is_some())
    }

    /// True where a rule of this notice depends on age (ask for the date of birth only then).
    pub fn asks_birth(&self) -> bool {
        self.data.assistance.iter().any(|a| a.age_limit.is_some())
    }

    /// The assistance identities this notice's rules name, in the contract's order: the
    /// only ones the calculator offers for it. A group whose tiers the notice lists (甘州's
    /// 低保 classes) is offered as the group, its tiers as a follow-up ([`Policy::tiers_of`]).
    ///
    /// ```
    /// use yibao::domain::inputs::Assist;
    /// use yibao::domain::policy::{find, PolicyKey, Region};
    /// let zy = find(PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 }).unwrap();
    /// assert!(zy.assist_codes().contains(&Assist::Dibao));
    /// assert!(!zy.assist_codes().contains(&Assist::DibaoRural1)); // asked as a follow-up
    /// let gz = find(PolicyKey { region: Region::Guangzhou, year: 2022 }).unwrap();
    /// assert_eq!(gz.assist_codes(), vec![Assist::MedicalAid]);
    /// ```
    pub fn assist_codes(&self) -> Vec<crate::domain::inputs::Assist> {
        use crate::domain::inputs::Assist;
        let d = &self.data;
        let named: Vec<Assist> = d
            .assistance
            .iter()
            .flat_map(|r| r.codes.iter().copied())
            .chain(d.enroll.iter().chain(&d.pay).flat_map(|r| r.when.assist_any.iter().flatten().copied()))
            .chain(d.notes.iter().flat_map(|n| n.when.assist_any.iter().flatten().copied()))
            .map(Assist::group)
            .collect();
        Assist::ALL.iter().copied().filter(|a| named.contains(a)).collect()
    }

    /// The tiers of `group` this notice sets amounts for, where it distinguishes them.
    ///
    /// ```
    /// use yibao::domain::inputs::Assist;
    /// use yibao::domain::policy::{find, PolicyKey, Region};
    /// let zy = find(PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 }).unwrap();
    /// assert_eq!(zy.tiers_of(Assist::Dibao).len(), 6);
    /// let mz = find(PolicyKey { region: Region::Meizhou, year: 2022 }).unwrap();
    /// assert!(mz.tiers_of(Assist::Dibao).is_empty()); // every 低保 family member is funded
    /// ```
    pub fn tiers_of(&self, group: crate::domain::inputs::Assist) -> Vec<crate::domain::inputs::Assist> {
        let rules = &self.data.assistance;
        group.tiers().into_iter().filter(|t| rules.iter().any(|r| r.codes.contains(t))).collect()
    }

    /// The office `id` of this notice, to ask where it is silent. Checked notices name only
    /// offices they list (`check`); for any other id, the notice's office for unlisted
    /// identities, else its first office.
    pub fn ask(&self, id: &str) -> Ask {
        let offices = &self.data.offices;
        let office = offices
            .iter()
            .find(|o| o.id == id)
            .or_else(|| offices.iter().find(|o| o.id == self.data.unlisted_assist.ask))
            .or_else(|| offices.first());
        match office {
            Some(o) => Ask { office: o.name.clone(), phone: o.phone.clone() },
            None => Ask { office: Text::new("当地医疗保障经办机构", "the local medical insurance office"), phone: None },
        }
    }

    /// The notice's document number (文号), shown in every citation.
    pub fn document_number(&self) -> &str {
        &self.data.document_number
    }

    /// The notice's title.
    pub fn title(&self) -> &Text {
        &self.data.title
    }

    /// A citation of `clause` of this notice.
    pub fn cite(&self, clause: &str) -> Citation {
        Citation { document_number: self.data.document_number.clone(), clause: clause.to_string(), text: None }
    }
}

/// Where a figure or rule comes from: the notice's document number and the clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// e.g. `区医保发〔2022〕69号`.
    pub document_number: String,
    /// e.g. `§四(一)`; several clauses are joined with `、`.
    pub clause: String,
    /// An optional explanation of what the clause says.
    pub text: Option<Text>,
}

impl fmt::Display for Citation {
    /// `区医保发〔2022〕69号 §三`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.document_number, self.clause)
    }
}

/// A value with the clause it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited<T> {
    pub value: T,
    pub citation: Citation,
}

/// The office to ask where a notice is silent; a phone number only where the notice gives one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    pub office: Text,
    pub phone: Option<String>,
}

/// Why a figure, an identity's line or a refund is what it is: the notice's own words, or a
/// finding of this app (worded by the catalogue, `crate::words::policy`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The notice's own words.
    Notice(Text),
    /// The contribution standard is unknown, so no assistance can be worked out.
    ContributionUnknown,
    /// Two identities with different partial amounts, and no rule for several at once.
    SeveralWithoutRule,
    /// An answer not given decides it.
    Question(scenario::Question),
    /// Over the age limit of `max` full years (`limit`: the notice's words for the limit);
    /// `age` in full years in the payment window, where the date of birth is given.
    OverAge { limit: Text, max: u32, age: Option<i64> },
    /// The date of birth is after the notice's payment window: the age cannot be told.
    BornAfterWindow { limit: Text },
    /// A refund finding.
    Refund(RefundWhy),
}

/// An amount: known and cited, or unknown with the reason and the office to ask.
///
/// The page renders `data-value` = [`Amount::data_value`]: `"350.00"` or `"unknown"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Amount {
    Known {
        value: Cited<Money>,
        /// True where the notice calls the figure provisional (or it derives from one).
        provisional: bool,
    },
    Unknown {
        /// Why there is no figure ("the notice states no amount for …").
        reason: Reason,
        ask: Ask,
    },
    /// The user has not answered a question that decides the figure; the notice states
    /// every possible amount, from `min` to `max` (`data-min`, `data-max`).
    Depends { on: Vec<scenario::Question>, min: Money, max: Money, provisional: bool },
}

impl Amount {
    /// The money, if known.
    pub fn money(&self) -> Option<Money> {
        match self {
            Amount::Known { value, .. } => Some(value.value),
            Amount::Unknown { .. } | Amount::Depends { .. } => None,
        }
    }

    /// The possible range where only the user's answer is missing.
    pub fn range(&self) -> Option<(Money, Money)> {
        match self {
            Amount::Depends { min, max, .. } => Some((*min, *max)),
            _ => None,
        }
    }

    /// The questions that decide an amount that depends on the user's answers.
    pub fn questions(&self) -> &[scenario::Question] {
        match self {
            Amount::Depends { on, .. } => on,
            _ => &[],
        }
    }

    /// `"350.00"`, or `"unknown"`.
    ///
    /// ```
    /// use yibao::domain::policy::{Amount, Ask, Reason};
    /// use yibao::domain::lang::Text;
    /// let a = Amount::Unknown { reason: Reason::Notice(Text::new("未规定", "not stated")), ask: Ask { office: Text::new("学校", "the school"), phone: None } };
    /// assert_eq!(a.data_value(), "unknown");
    /// ```
    pub fn data_value(&self) -> String {
        match self.money() {
            Some(m) => m.plain(),
            None => "unknown".to_string(),
        }
    }

    /// True where the figure is provisional (`data-provisional="true"`).
    pub fn is_provisional(&self) -> bool {
        matches!(self, Amount::Known { provisional: true, .. } | Amount::Depends { provisional: true, .. })
    }

    /// The citation of a known amount.
    pub fn citation(&self) -> Option<&Citation> {
        match self {
            Amount::Known { value, .. } => Some(&value.citation),
            Amount::Unknown { .. } | Amount::Depends { .. } => None,
        }
    }
}

/// Why the embedded policy data could not be read (only ever seen by `cargo test`).
#[derive(Debug)]
pub struct LoadError {
    pub file: String,
    pub findings: Vec<Finding>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "policies/{}: {}", self.file, finding.describe().en)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// The embedded data: every `policies/*.toml`, as minified JSON (see `build.rs`).
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/policies.json"));

/// Reads and checks every embedded policy file.
///
/// ```
/// let policies = yibao::domain::policy::load().unwrap();
/// assert_eq!(policies.len(), 5);
/// ```
#[cfg(target_arch = "wasm32")]
pub fn load() -> Result<Vec<Policy>, LoadError> {
    // The browser's built-in notices are generated tables the tests proved equal to the
    // checked files (`codegen.rs`): no checker and no load errors in the download.
    let mut out: Vec<Policy> = unpack::policies()
        .into_iter()
        .filter_map(|data| {
            let region = Region::ALL.into_iter().find(|r| r.code() == data.region)?;
            Some(with_origin(data, region, Origin::BuiltIn))
        })
        .collect();
    out.sort_by(|a, b| a.key.region.cmp(&b.key.region).then(b.key.year.cmp(&a.key.year)));
    Ok(out)
}

/// Reads and checks every embedded policy file (natively; see the browser's version above).
#[cfg(not(target_arch = "wasm32"))]
pub fn load() -> Result<Vec<Policy>, LoadError> {
    let raw = embedded_data().map_err(|detail| LoadError {
        file: "*".into(),
        findings: vec![Finding { field: String::new(), problem: Problem::Unreadable { detail } }],
    })?;
    built_in_from(raw)
}

/// Checks the built-in files, however they were read, and orders them: region, then the
/// newest year first.
pub fn built_in_from(raw: Vec<PolicyData>) -> Result<Vec<Policy>, LoadError> {
    let mut out = Vec::new();
    for data in raw {
        // The browser's built-in notices are generated tables the tests proved equal to these
        // checked files (`codegen.rs`): it does not run the checker on them.
        #[cfg(not(target_arch = "wasm32"))]
        let data = {
            let file = data.file.clone();
            checked(data, "toml").map_err(|findings| LoadError { file, findings })?.into_data()
        };
        let region = Region::ALL.into_iter().find(|r| r.code() == data.region).ok_or_else(|| LoadError {
            file: data.file.clone(),
            findings: vec![Finding { field: "region".into(), problem: Problem::Required }],
        })?;
        out.push(with_origin(data, region, Origin::BuiltIn));
    }
    out.sort_by(|a, b| a.key.region.cmp(&b.key.region).then(b.key.year.cmp(&a.key.year)));
    for pair in out.windows(2) {
        if pair[0].key == pair[1].key {
            let other = pair[0].data.file.clone();
            return Err(LoadError {
                file: pair[1].data.file.clone(),
                findings: vec![Finding { field: "year".into(), problem: Problem::Duplicate { other } }],
            });
        }
    }
    Ok(out)
}

/// The embedded notices. In the browser they are tables generated from the same files
/// (`generated.rs`, see `codegen.rs`, read by `unpack.rs`): no parser in the download (issue 16). Natively
/// (tests, tools) the files' JSON is read, and `codegen.rs`'s tests prove both the same.
#[cfg(not(target_arch = "wasm32"))]
fn embedded_data() -> Result<Vec<PolicyData>, String> {
    serde_json::from_str(EMBEDDED_JSON).map_err(|e| e.to_string())
}

/// A checked file's data as a [`Policy`] of `region`.
fn with_origin(data: PolicyData, region: Region, origin: Origin) -> Policy {
    Policy { key: PolicyKey { region, year: data.year }, data, origin }
}

/// Reads one notice file's JSON (a run-time file, or one element of [`EMBEDDED_JSON`]) and
/// checks it: every problem, each with its field. Native only (the browser reads JSON with
/// its own parser, `src/ui/notices_loader.rs`).
///
/// ```
/// use yibao::domain::policy::{parse, Problem, EMBEDDED_JSON};
/// let files: Vec<serde_json::Value> = serde_json::from_str(EMBEDDED_JSON).unwrap();
/// let mut broken = files[0].clone();
/// broken["contribution"]["clause"] = "".into();
/// let findings = parse(broken).unwrap_err();
/// assert_eq!((findings[0].field.as_str(), &findings[0].problem), ("contribution.clause", &Problem::NoClause));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(value: serde_json::Value) -> Result<Policy, Vec<Finding>> {
    // The file's name (its extension) is read with the rest; `draft` checks it once.
    draft(read_json(value)?)
}

/// Reads a notice file's JSON into the typed data; where it does not read, says which
/// fields do not (native: tests and tools).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_json(value: serde_json::Value) -> Result<PolicyData, Vec<Finding>> {
    match serde_json::from_value::<PolicyData>(value.clone()) {
        Ok(d) => Ok(d),
        Err(e) => Err(locate_json(&value, e.to_string())),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn locate_json(value: &serde_json::Value, whole: String) -> Vec<Finding> {
    let unreadable = |field: String, detail: String| Finding { field, problem: Problem::Unreadable { detail } };
    let Some(map) = value.as_object() else { return vec![unreadable(String::new(), whole)] };
    let mut out: Vec<Finding> = REQUIRED_KEYS
        .iter()
        .filter(|k| !map.contains_key(**k))
        .map(|k| Finding { field: k.to_string(), problem: Problem::Required })
        .collect();
    for (key, v) in map {
        if let Some(items) = v.as_array() {
            for (i, item) in items.iter().enumerate() {
                if let Err(e) = read_item(key, item) {
                    out.push(unreadable(format!("{key}[{i}]"), e.to_string()));
                }
            }
        }
        match read_field(key, v) {
            Ok(true) => {}
            Ok(false) => out.push(Finding { field: key.clone(), problem: Problem::UnknownKey }),
            Err(e) if !out.iter().any(|f| f.field.starts_with(key.as_str())) => out.push(unreadable(key.clone(), e.to_string())),
            Err(_) => {}
        }
    }
    if out.is_empty() {
        out.push(unreadable(String::new(), whole));
    }
    out
}

/// The built-in notices, ordered by region then newest year first.
///
/// In the browser their English comes later, and only for a page in English
/// ([`install_english`]): until then they are built without it; once it is installed they
/// are built again with it (what was built before stays as it was, in Chinese).
pub fn built_in() -> &'static [Policy] {
    static ALL: OnceLock<Vec<Policy>> = OnceLock::new();
    #[cfg(target_arch = "wasm32")]
    static WITH_ENGLISH: OnceLock<Vec<Policy>> = OnceLock::new();
    #[cfg(target_arch = "wasm32")]
    let cell = if english_installed() { &WITH_ENGLISH } else { &ALL };
    #[cfg(not(target_arch = "wasm32"))]
    let cell = &ALL;
    // The embedded files are checked by `cargo test` (tests/policy_data.rs), so this cannot fail
    // in a tested build.
    cell.get_or_init(|| load().unwrap_or_else(|e| panic!("embedded policy data: {e}")))
}

/// Every notice, built in or published with this deployment ([`install`]), ordered by region
/// then newest year first.
///
/// ```
/// use yibao::domain::policy::{all, Region};
/// assert_eq!(all()[0].key.region, Region::Guangzhou);
/// ```
pub fn all() -> Vec<&'static Policy> {
    let mut out: Vec<&'static Policy> = built_in().iter().chain(deployment().into_iter().flat_map(|d| &d.notices)).collect();
    out.sort_by(|a, b| a.key.region.cmp(&b.key.region).then(b.key.year.cmp(&a.key.year)));
    out
}

/// The notice for `key`, if there is one.
///
/// ```
/// use yibao::domain::policy::{find, PolicyKey, Region};
/// let p = find(PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 }).unwrap();
/// assert_eq!(p.document_number(), "区医保发〔2022〕69号");
/// assert!(find(PolicyKey { region: Region::Meizhou, year: 2014 }).is_none());
/// ```
pub fn find(key: PolicyKey) -> Option<&'static Policy> {
    built_in().iter().chain(deployment().into_iter().flat_map(|d| &d.notices)).find(|p| p.key == key)
}

/// The years with a notice for `region`, newest first.
///
/// ```
/// use yibao::domain::policy::{years, Region};
/// assert_eq!(years(Region::Guangzhou), vec![2022, 2014]);
/// ```
pub fn years(region: Region) -> Vec<u16> {
    all().into_iter().filter(|p| p.key.region == region).map(|p| p.key.year).collect()
}
