//! Notices published with a deployment: files in `notices/` beside the app, listed in
//! `notices/index.json`, read by the browser on start (`src/ui/notices_loader.rs`).
//!
//! [`assemble`] checks each file with the same [`check`] as the built-in files, rejects
//! duplicates of a notice already known, and gives each new region a [`Region::Local`] slot;
//! [`install`] makes the accepted notices visible to [`all`](super::all),
//! [`find`](super::find) and [`Region::from_code`], once per page load.

use std::sync::OnceLock;

use super::check::{checked, Checked, Finding, Problem};
use super::data::PolicyData;
use super::{built_in, with_origin, Origin, Policy, Region};
use crate::domain::lang::Text;

/// At most this many files are read from `notices/index.json` (the rest are reported).
pub const MAX_FILES: usize = 50;

/// A region that only a deployment's notices name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalRegion {
    /// The URL code, as the file spells it.
    pub code: &'static str,
    pub name: Text,
}

/// A file that is not shown to the public, and why (for the staff report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The name listed in `notices/index.json`.
    pub file: String,
    pub findings: Vec<Finding>,
}

/// What a deployment's `notices/` folder gave: the notices shown and the files refused.
#[derive(Clone, Debug, Default)]
pub struct Deployment {
    pub notices: Vec<Policy>,
    pub rejected: Vec<Rejected>,
    pub regions: Vec<LocalRegion>,
}

/// Checks the files read from `notices/` (each by its listed name: the data, or why it did
/// not read) and keeps the good ones.
///
/// ```
/// use yibao::domain::policy::{assemble, Problem};
/// let d = assemble(vec![("x.json".into(), Err(vec![]))]);
/// assert!(d.notices.is_empty() && d.rejected[0].file == "x.json");
/// ```
pub fn assemble(files: Vec<(String, Result<PolicyData, Vec<Finding>>)>) -> Deployment {
    let mut d = Deployment::default();
    for (file, read) in files {
        let mut data = match read {
            Ok(data) => data,
            Err(findings) => {
                d.rejected.push(Rejected { file, findings });
                continue;
            }
        };
        data.file = file.clone();
        let same = |p: &&Policy| p.key.year == data.year && p.key.region.code_in(&d.regions) == data.region;
        let duplicate = built_in()
            .iter()
            .chain(&d.notices)
            .find(same)
            .map(|other| Finding { field: "year".into(), problem: Problem::Duplicate { other: other.data.file.clone() } });
        let data = match (checked(data, "json"), duplicate) {
            (Ok(notice), None) => notice.into_data(),
            (Ok(_), Some(dup)) => {
                d.rejected.push(Rejected { file, findings: vec![dup] });
                continue;
            }
            (Err(mut findings), dup) => {
                findings.extend(dup);
                d.rejected.push(Rejected { file, findings });
                continue;
            }
        };
        let region = match Region::ALL.into_iter().find(|r| r.code() == data.region) {
            Some(r) => r,
            None => match d.regions.iter().position(|r| r.code == data.region) {
                Some(i) => Region::Local(i as u8),
                None if d.regions.len() < usize::from(u8::MAX) => {
                    let name = data.region_name.clone().unwrap_or_default();
                    d.regions.push(LocalRegion { code: Box::leak(data.region.clone().into_boxed_str()), name });
                    Region::Local((d.regions.len() - 1) as u8)
                }
                None => {
                    d.rejected.push(Rejected { file, findings: vec![Finding { field: "region".into(), problem: Problem::NoEntries }] });
                    continue;
                }
            },
        };
        d.notices.push(with_origin(data, region, Origin::Deployment { file }));
    }
    d.notices.sort_by(|a, b| a.key.region.cmp(&b.key.region).then(b.key.year.cmp(&a.key.year)));
    d
}

/// `notices/index.json`: the files a deployment publishes, by name.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeIndex {
    /// File names in `notices/`, e.g. `shili-xian-2027.json`.
    pub notices: Vec<String>,
}

impl NoticeIndex {
    /// The names to fetch (plain `<name>.json` in the same folder, at most [`MAX_FILES`]),
    /// and the entries refused, with why. A name can never leave the folder.
    ///
    /// ```
    /// use yibao::domain::policy::NoticeIndex;
    /// let index = NoticeIndex { notices: vec!["a-2027.json".into(), "../x.json".into(), "https://evil.example/x.json".into()] };
    /// let (names, refused) = index.names();
    /// assert_eq!(names, vec!["a-2027.json"]);
    /// assert_eq!(refused.len(), 2);
    /// ```
    pub fn names(&self) -> (Vec<String>, Vec<Rejected>) {
        let mut names = Vec::new();
        let mut refused = Vec::new();
        for (i, name) in self.notices.iter().enumerate() {
            let stem = name.strip_suffix(".json").unwrap_or("");
            let plain =
                !stem.is_empty() && stem.len() <= 60 && stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            let field = format!("notices[{i}]");
            if !plain {
                let expected = "<region>-<year>.json".to_string();
                refused.push(Rejected { file: name.clone(), findings: vec![Finding { field, problem: Problem::FileName { expected } }] });
            } else if names.len() >= MAX_FILES || names.contains(name) {
                refused.push(Rejected {
                    file: name.clone(),
                    findings: vec![Finding { field, problem: Problem::Duplicate { other: "index.json".into() } }],
                });
            } else {
                names.push(name.clone());
            }
        }
        (names, refused)
    }
}

static DEPLOYMENT: OnceLock<Deployment> = OnceLock::new();

/// Makes a deployment's notices visible to the whole app; once per page load (a second call
/// gives the deployment back).
pub fn install(d: Deployment) -> Result<(), Deployment> {
    DEPLOYMENT.set(d)
}

/// The installed deployment, if any.
pub fn deployment() -> Option<&'static Deployment> {
    DEPLOYMENT.get()
}

/// The editor's draft as a [`Policy`] to compute with, if it passes the checker.
///
/// ```
/// use yibao::domain::policy::{built_in, draft, Origin};
/// let p = draft(built_in()[0].data.clone()).unwrap();
/// assert_eq!(p.origin, Origin::Draft);
/// ```
pub fn draft(data: PolicyData) -> Result<Policy, Vec<Finding>> {
    let extension = data.file.rsplit_once('.').map_or("json", |(_, e)| e).to_string();
    checked(data, &extension).map(draft_of)
}

/// A checked notice as the editor's draft.
fn draft_of(notice: Checked) -> Policy {
    let data = notice.into_data();
    let region = Region::ALL.into_iter().find(|r| r.code() == data.region).unwrap_or(Region::DRAFT);
    with_origin(data, region, Origin::Draft)
}

impl Region {
    /// The code, with the local regions of a deployment still being assembled.
    fn code_in(self, regions: &[LocalRegion]) -> &'static str {
        match self {
            Region::Local(i) => regions.get(usize::from(i)).map_or("draft", |r| r.code),
            r => r.code(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::check::BUILT_IN_REGIONS;
    use super::super::PolicyKey;
    use super::*;

    #[test]
    fn the_built_in_region_list_matches_the_enum() {
        let codes: Vec<&str> = Region::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes, BUILT_IN_REGIONS);
    }

    #[test]
    fn keys_of_local_regions_compare_by_slot() {
        assert!(Region::Local(0) > Region::ZhangyeGanzhou);
        let _ = PolicyKey { region: Region::Local(0), year: 2027 };
    }
}
