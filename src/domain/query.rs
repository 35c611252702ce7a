//! The page's URL state (`../shared/CONTRACT.md`): parsed from the query string into typed
//! values, with a friendly problem for every unknown or malformed value, and written back.
//!
//! Parsing never fails: a bad value is dropped (the nearest sensible default) and reported.

use chrono::NaiveDate;

use crate::domain::household::{Member, MAX_MEMBERS};
use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Lang;
use crate::domain::policy::Region;

/// Which tool the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The calculator (default).
    #[default]
    Calc,
    /// The identity-number check.
    Id,
    /// The roster check.
    Roster,
    /// The embed builder for staff (choose defaults, preview, copy the snippet).
    Embed,
    /// The whole family at once (`members`).
    Household,
    /// The notice editor for staff: a notice file for `notices/` (nothing is sent anywhere).
    Editor,
}

impl View {
    pub const ALL: [View; 6] = [View::Calc, View::Household, View::Id, View::Roster, View::Embed, View::Editor];

    pub fn code(self) -> &'static str {
        match self {
            View::Calc => "calc",
            View::Id => "id",
            View::Roster => "roster",
            View::Embed => "embed",
            View::Household => "household",
            View::Editor => "editor",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Everything the URL can say. Identity numbers are never part of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub view: View,
    pub region: Option<Region>,
    pub year: Option<u16>,
    pub status: Option<Status>,
    pub hukou: Option<Hukou>,
    pub assist: Vec<Assist>,
    pub birth: Option<NaiveDate>,
    pub date: Option<NaiveDate>,
    pub lang: Lang,
    pub embed: bool,
    /// `lock=1`: staff embed a calculator that offers only the notice in `region`/`year`.
    pub lock: bool,
    /// `members=label~status~hukou~assist.codes|…`: the household (`view=household`). Dates
    /// of birth stay in memory, never in the address.
    pub members: Vec<Member>,
}

impl Query {
    /// True where the page offers only one notice: `lock=1` with a notice chosen.
    ///
    /// ```
    /// use yibao::domain::query::Query;
    /// let (q, _) = Query::parse([("region", "meizhou"), ("year", "2022"), ("lock", "1")]);
    /// assert!(q.locked());
    /// let (q, _) = Query::parse([("lock", "1")]);
    /// assert!(!q.locked());
    /// ```
    pub fn locked(&self) -> bool {
        self.lock && self.region.is_some() && self.year.is_some()
    }

    /// The notice the query names, once both its region and year are chosen.
    pub fn notice_key(&self) -> Option<crate::domain::policy::PolicyKey> {
        Some(crate::domain::policy::PolicyKey { region: self.region?, year: self.year? })
    }

    /// Settles a region and year that name no notice (`region=meizhou&year=2014`, or a
    /// region with no year): the region's only notice is chosen where it has one, otherwise
    /// the year is dropped so the person picks. Says what it did, for the page's banner.
    ///
    /// ```
    /// use yibao::domain::query::Query;
    /// let (mut q, _) = Query::parse([("region", "meizhou"), ("year", "2014")]);
    /// let problem = q.settle_notice().unwrap();
    /// assert_eq!((problem.param.as_str(), q.year), ("year", Some(2022)));
    /// let (mut q, _) = Query::parse([("region", "guangzhou"), ("year", "2019")]);
    /// assert!(q.settle_notice().is_some() && q.year.is_none()); // 2022 or 2014: the person picks
    /// let (mut q, _) = Query::parse([("region", "guangzhou"), ("year", "2014")]);
    /// assert!(q.settle_notice().is_none());
    /// ```
    pub fn settle_notice(&mut self) -> Option<Problem> {
        let region = self.region?;
        if self.year.is_some_and(|year| crate::domain::policy::find(crate::domain::policy::PolicyKey { region, year }).is_some()) {
            return None;
        }
        let years = crate::domain::policy::years(region);
        let asked = self.year.map(|y| y.to_string()).unwrap_or_default();
        let what = match (years.as_slice(), self.year) {
            ([only], _) => {
                self.year = Some(*only);
                UrlFix::OnlyYear { region, year: *only }
            }
            (_, None) => return None,
            (_, Some(year)) => {
                self.year = None;
                UrlFix::NoSuchYear { region, asked: year, years }
            }
        };
        Some(Problem { param: "year".into(), value: shown(&asked), what })
    }
}

/// A value in the URL that the page could not use, and what it did instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The parameter's name.
    pub param: String,
    /// What was there (cut to 40 characters).
    pub value: String,
    /// What the page did about it (worded by the catalogue: `Problem::message`).
    pub what: UrlFix,
}

/// What the page did about a value in the URL it could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlFix {
    /// `view`: shows the calculator.
    UnknownView,
    /// `region`: the person picks from the list.
    UnknownRegion,
    /// `year`: not a four-digit year.
    BadYear,
    /// `status`: the person picks from the list.
    UnknownStatus,
    /// `hukou`: neither urban nor rural.
    BadHukou,
    /// `assist`: an unknown code, ignored.
    UnknownAssist,
    /// `birth`: not a real date.
    BadBirth,
    /// `date`: not a real date; today is used.
    BadDate,
    /// `lang`: shows Chinese.
    UnknownLang,
    /// `embed`: only 1.
    BadEmbed,
    /// `lock`: only 1.
    BadLock,
    /// `members`: a member's code could not be read, ignored.
    BadMember,
    /// `year`: the region has only `year`, chosen.
    OnlyYear { region: Region, year: u16 },
    /// `year`: the region has no notice for `asked`; the person picks one of `years`.
    NoSuchYear { region: Region, asked: u16, years: Vec<u16> },
}

const MAX_SHOWN: usize = 40;

fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(MAX_SHOWN).collect();
    if value.chars().count() > MAX_SHOWN {
        s.push('…');
    }
    s
}

fn date(value: &str) -> Option<NaiveDate> {
    if value.len() != 10 {
        return None;
    }
    crate::domain::date::parse_iso(value)
}

impl Query {
    /// Reads decoded query pairs. Unknown parameters are ignored (other sites add their own);
    /// known parameters with bad values are reported and fall back to their default.
    ///
    /// ```
    /// use yibao::domain::query::{Query, View};
    /// let (q, problems) = Query::parse([("view", "id"), ("lang", "en"), ("year", "abc")]);
    /// assert_eq!(q.view, View::Id);
    /// assert_eq!(q.year, None);
    /// assert_eq!(problems.len(), 1);
    /// ```
    pub fn parse<'a, I, K, V>(pairs: I) -> (Query, Vec<Problem>)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str> + 'a,
        V: AsRef<str> + 'a,
    {
        let mut q = Query::default();
        let mut problems = Vec::new();
        let mut bad = |param: &str, value: &str, what: UrlFix| {
            problems.push(Problem { param: param.to_string(), value: shown(value), what });
        };
        for (k, v) in pairs {
            let (k, v) = (k.as_ref(), v.as_ref().trim());
            match k {
                "view" => match View::from_code(v) {
                    Some(view) => q.view = view,
                    None => bad(k, v, UrlFix::UnknownView),
                },
                "region" => match Region::from_code(v) {
                    Some(r) => q.region = Some(r),
                    None => bad(k, v, UrlFix::UnknownRegion),
                },
                "year" => match v.parse::<u16>() {
                    Ok(y) if (1990..=2100).contains(&y) => q.year = Some(y),
                    _ => bad(k, v, UrlFix::BadYear),
                },
                "status" => match Status::from_code(v) {
                    Some(s) => q.status = Some(s),
                    None => bad(k, v, UrlFix::UnknownStatus),
                },
                "hukou" => match Hukou::from_code(v) {
                    Some(h) => q.hukou = Some(h),
                    None => bad(k, v, UrlFix::BadHukou),
                },
                "assist" => {
                    for code in v.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        match Assist::from_code(code) {
                            Some(a) if !q.assist.contains(&a) => q.assist.push(a),
                            Some(_) => {}
                            None => bad(k, code, UrlFix::UnknownAssist),
                        }
                    }
                }
                "birth" => match date(v) {
                    Some(d) => q.birth = Some(d),
                    None => bad(k, v, UrlFix::BadBirth),
                },
                "date" => match date(v) {
                    Some(d) => q.date = Some(d),
                    None => bad(k, v, UrlFix::BadDate),
                },
                "lang" => match Lang::from_code(v) {
                    Some(l) => q.lang = l,
                    None => bad(k, v, UrlFix::UnknownLang),
                },
                "embed" => match v {
                    "1" => q.embed = true,
                    "0" | "" => q.embed = false,
                    _ => bad(k, v, UrlFix::BadEmbed),
                },
                "lock" => match v {
                    "1" => q.lock = true,
                    "0" | "" => q.lock = false,
                    _ => bad(k, v, UrlFix::BadLock),
                },
                "members" => {
                    // A repeated parameter replaces the earlier one, as for every other
                    // parameter, so the household never grows past MAX_MEMBERS (found by
                    // the `query` fuzz target: two `members=` made 23 read back as 20).
                    q.members.clear();
                    for part in v.split('|').take(MAX_MEMBERS) {
                        match Member::decode(part) {
                            Ok(m) => q.members.push(m),
                            Err((m, code)) => {
                                q.members.push(m);
                                bad(k, &code, UrlFix::BadMember);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        (q, problems)
    }

    /// The state to share in a link: the non-personal choices only (no date of birth) and
    /// the full page rather than the embedded layout.
    ///
    /// ```
    /// use yibao::domain::query::Query;
    /// let q = Query { birth: chrono::NaiveDate::from_ymd_opt(2010, 1, 1), embed: true, ..Query::default() };
    /// assert_eq!(q.shareable(), Query::default());
    /// ```
    pub fn shareable(&self) -> Query {
        let members = self.members.iter().map(|m| Member { birth: None, ..m.clone() }).collect();
        Query { birth: None, embed: false, lock: false, members, ..self.clone() }
    }

    /// The query pairs for this state, defaults left out, in the contract's order. The date
    /// of birth is never among them: `birth` is read from a link but never written into the
    /// address, which reaches the server on every reload (CONTRACT.md).
    ///
    /// ```
    /// use yibao::domain::query::Query;
    /// use yibao::domain::policy::Region;
    /// let q = Query { region: Some(Region::Meizhou), year: Some(2022), ..Query::default() };
    /// assert_eq!(q.to_pairs(), vec![("region", "meizhou".to_string()), ("year", "2022".to_string())]);
    /// ```
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.view != View::Calc {
            out.push(("view", self.view.code().to_string()));
        }
        if let Some(r) = self.region {
            out.push(("region", r.code().to_string()));
        }
        if let Some(y) = self.year {
            out.push(("year", y.to_string()));
        }
        if let Some(s) = self.status {
            out.push(("status", s.code().to_string()));
        }
        if let Some(h) = self.hukou {
            out.push(("hukou", h.code().to_string()));
        }
        if !self.assist.is_empty() {
            let codes: Vec<&str> = self.assist.iter().map(|a| a.code()).collect();
            out.push(("assist", codes.join(",")));
        }
        if !self.members.is_empty() {
            let members: Vec<String> = self.members.iter().map(Member::encode).collect();
            out.push(("members", members.join("|")));
        }
        if let Some(d) = self.date {
            out.push(("date", crate::domain::date::iso(d)));
        }
        if self.lang != Lang::Zh {
            out.push(("lang", self.lang.code().to_string()));
        }
        if self.embed {
            out.push(("embed", "1".to_string()));
        }
        if self.lock {
            out.push(("lock", "1".to_string()));
        }
        out
    }
}

/// Splits a query string (`?a=b&c=d`, with or without the `?`) into decoded pairs:
/// `+` is a space and `%XX` escapes are decoded; bad escapes are kept as they are and invalid
/// UTF-8 is replaced, so any input gives pairs.
///
/// ```
/// use yibao::domain::query::split_search;
/// assert_eq!(split_search("?a=1&b=x%2Cy+z"), vec![("a".into(), "1".into()), ("b".into(), "x,y z".into())]);
/// ```
pub fn split_search(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Joins pairs into a query string with a leading `?` (empty for no pairs), escaping every
/// byte outside the unreserved set and `,`.
///
/// ```
/// use yibao::domain::query::join_search;
/// assert_eq!(join_search(&[("assist", "tekun,orphan".to_string())]), "?assist=tekun,orphan");
/// ```
pub fn join_search(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        encode_into(&mut out, k);
        out.push('=');
        encode_into(&mut out, v);
    }
    out
}

fn encode_into(out: &mut String, s: &str) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_parameter() {
        let pairs = [
            ("view", "roster"),
            ("region", "zhangye-ganzhou"),
            ("year", "2022"),
            ("status", "college-student"),
            ("hukou", "rural"),
            ("assist", "dibao-rural-1,tuopin"),
            ("members", "小明~school-student~~|~adult~rural~tekun.orphan"),
            ("birth", "2004-02-29"),
            ("date", "2022-12-31"),
            ("lang", "en"),
            ("embed", "1"),
            ("lock", "1"),
        ];
        let (q, problems) = Query::parse(pairs);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(q.birth, chrono::NaiveDate::from_ymd_opt(2004, 2, 29), "birth is read from a link");
        let back: Vec<(&str, String)> = q.to_pairs();
        let want: Vec<(&str, String)> = pairs.iter().filter(|(k, _)| *k != "birth").map(|(k, v)| (*k, v.to_string())).collect();
        assert_eq!(back, want, "everything but the date of birth is written back");
    }

    #[test]
    fn a_repeated_members_parameter_replaces_the_earlier_one() {
        let many = vec!["~adult~~"; 20].join("|");
        let (q, _) = Query::parse([("members", many.as_str()), ("members", "a~adult~~|b~adult~~")]);
        assert_eq!(q.members.len(), 2);
        let again = join_search(&q.to_pairs());
        let (back, problems) = Query::parse(split_search(&again));
        assert!(problems.is_empty());
        assert_eq!(back, q);
    }

    #[test]
    fn bad_values_are_reported_and_dropped() {
        let tests = [
            ("view", "admin"),
            ("region", "ganzhou"),
            ("year", "22"),
            ("status", "student"),
            ("hukou", "city"),
            ("assist", "vip"),
            ("birth", "2001-02-29"),
            ("date", "2022-13-01"),
            ("lang", "fr"),
            ("embed", "yes"),
            ("lock", "yes"),
        ];
        for (k, v) in tests {
            let (q, problems) = Query::parse([(k, v)]);
            assert_eq!(q, Query::default(), "{k}={v}");
            assert_eq!(problems.len(), 1, "{k}={v}");
            assert_eq!(problems[0].param, k);
        }
    }

    #[test]
    fn a_bad_member_code_is_reported_and_the_member_kept() {
        let (q, problems) = Query::parse([("view", "household"), ("members", "小明~student~~|~adult~~")]);
        assert_eq!(q.view, View::Household);
        assert_eq!(q.members.len(), 2);
        assert_eq!((q.members[0].label.as_str(), q.members[0].status), ("小明", None));
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].param.as_str(), problems[0].value.as_str()), ("members", "student"));
    }

    #[test]
    fn member_births_never_reach_the_address() {
        let member = Member { label: "奶奶".into(), birth: chrono::NaiveDate::from_ymd_opt(1950, 3, 1), ..Member::default() };
        let q = Query { view: View::Household, members: vec![member], ..Query::default() };
        let search = join_search(&q.to_pairs());
        assert!(!search.contains("1950"), "{search}");
        assert_eq!(q.shareable().members[0].birth, None);
    }

    #[test]
    fn long_values_are_cut_when_shown() {
        let long = "x".repeat(5000);
        let (_, problems) = Query::parse([("region", long.as_str())]);
        assert_eq!(problems[0].value.chars().count(), MAX_SHOWN + 1);
    }

    #[test]
    fn unknown_parameters_are_ignored() {
        let (q, problems) = Query::parse([("utm_source", "wechat")]);
        assert_eq!(q, Query::default());
        assert!(problems.is_empty());
    }

    #[test]
    fn search_strings_round_trip() {
        let pairs = vec![("region", "zhangye-ganzhou".to_string()), ("x", "a b&c=d%é".to_string())];
        let joined = join_search(&pairs);
        let back = split_search(&joined);
        let want: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        assert_eq!(back, want, "{joined}");
        assert_eq!(split_search("?a=%zz&b=%4"), vec![("a".into(), "%zz".into()), ("b".into(), "%4".into())]);
        assert_eq!(split_search("?x=%FF"), vec![("x".into(), "\u{FFFD}".into())]);
    }

    proptest::proptest! {
        #[test]
        fn split_never_panics(s in "\\PC{0,80}") {
            let _ = Query::parse(split_search(&s));
        }

        #[test]
        fn never_panics(k in "[a-z]{0,8}", v in "\\PC{0,64}") {
            let _ = Query::parse([(k.as_str(), v.as_str())]);
        }
    }
}
