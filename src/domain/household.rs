//! The whole family at once: several people under one notice, each with the single
//! calculator's answer ([`calculate`]), then totals grouped by where and how they pay.
//!
//! Totals never count an unknown as zero: where every member's figure is known or only the
//! user's answer is missing, the total is a figure or a range (sum of minimums to sum of
//! maximums); where any member's figure is one the notice does not state, the total is
//! [`Total::Unknown`].

use chrono::NaiveDate;

use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;
use crate::domain::money::Money;
use crate::domain::policy::{calculate, Amount, CalcInput, ChannelKind, Outcome, Policy, PolicyKey, WindowState};

/// The most members a household holds (and a link carries).
pub const MAX_MEMBERS: usize = 20;
/// The longest label kept, in characters.
pub const MAX_LABEL: usize = 20;

/// One member: a label the user types (never an ID number is asked for) and the answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Member {
    /// What the user calls this member ("小明"); empty for "成员 1, 2…".
    pub label: String,
    pub status: Option<Status>,
    pub hukou: Option<Hukou>,
    pub assist: Vec<Assist>,
    /// Kept in memory only: never written into the address.
    pub birth: Option<NaiveDate>,
}

/// Gives back the dates of birth kept in memory to the members read from an address (back,
/// forward): each goes to the member with the same answers (label, status, hukou,
/// assistance) — never by position alone, so after a member is removed or moved, a date of
/// birth stays with its person. Where two kept members share the same answers, their dates
/// go to the matching members in order.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::household::{restore_births, Member};
/// let born = NaiveDate::from_ymd_opt(2012, 5, 1);
/// let kept = vec![
///     Member { label: "奶奶".into(), ..Member::default() },
///     Member { label: "小明".into(), birth: born, ..Member::default() },
/// ];
/// // Back to an entry where 奶奶 had been removed: 小明 is first now, and keeps his date.
/// let mut read = vec![Member { label: "小明".into(), ..Member::default() }];
/// restore_births(&kept, &mut read);
/// assert_eq!(read[0].birth, born);
/// ```
pub fn restore_births(kept: &[Member], read: &mut [Member]) {
    let mut used = vec![false; kept.len()];
    let same_answers = |k: &Member, m: &Member| k.label == m.label && k.status == m.status && k.hukou == m.hukou && k.assist == m.assist;
    let same_name = |k: &Member, m: &Member| !k.label.is_empty() && k.label == m.label;
    // Passes from the surest match to the loosest: the same answers, then the same name
    // (answers changed between the two entries), then an unnamed member at the same place.
    for pass in 0..3 {
        for (j, m) in read.iter_mut().enumerate() {
            if m.birth.is_some() {
                continue;
            }
            let found = (0..kept.len()).find(|&i| {
                !used[i]
                    && match pass {
                        0 => same_answers(&kept[i], m),
                        1 => same_name(&kept[i], m),
                        _ => i == j && kept[i].label == m.label,
                    }
            });
            if let Some(i) = found {
                used[i] = true;
                m.birth = kept[i].birth;
            }
        }
    }
}

impl Member {
    /// A label fit for the address and the page: trimmed, without the link's separators
    /// (`~`, `|`) or control characters, at most [`MAX_LABEL`] characters.
    ///
    /// ```
    /// use yibao::domain::household::Member;
    /// assert_eq!(Member::clean_label("  小明|~ "), "小明");
    /// ```
    pub fn clean_label(label: &str) -> String {
        let kept: String = label.chars().filter(|c| !matches!(c, '~' | '|') && !c.is_control()).collect();
        // Cut, then trim again: a cut can end on a space, and the label must read back the
        // same from the address (found by the `query` fuzz target).
        let cut: String = kept.trim().chars().take(MAX_LABEL).collect();
        cut.trim_end().to_string()
    }

    /// The member in the link: `label~status~hukou~assist.codes` (no date of birth).
    ///
    /// ```
    /// use yibao::domain::household::Member;
    /// use yibao::domain::inputs::{Assist, Status};
    /// let m = Member { label: "小明".into(), status: Some(Status::SchoolStudent), assist: vec![Assist::Dibao, Assist::Orphan], ..Member::default() };
    /// assert_eq!(m.encode(), "小明~school-student~~dibao.orphan");
    /// assert_eq!(Member::decode(&m.encode()).unwrap(), m);
    /// ```
    pub fn encode(&self) -> String {
        let assist: Vec<&str> = self.assist.iter().map(|a| a.code()).collect();
        format!(
            "{}~{}~{}~{}",
            Member::clean_label(&self.label),
            self.status.map(|s| s.code()).unwrap_or(""),
            self.hukou.map(|h| h.code()).unwrap_or(""),
            assist.join(".")
        )
    }

    /// Reads one member of the link; `Err` names the first code it could not read (the
    /// member is then kept with that part left out).
    pub fn decode(s: &str) -> Result<Member, (Member, String)> {
        let mut parts = s.split('~');
        let mut m = Member { label: Member::clean_label(parts.next().unwrap_or("")), ..Member::default() };
        let mut bad: Option<String> = None;
        let mut note = |v: &str| {
            if bad.is_none() {
                bad = Some(v.to_string());
            }
        };
        if let Some(v) = parts.next().map(str::trim).filter(|v| !v.is_empty()) {
            match Status::from_code(v) {
                Some(st) => m.status = Some(st),
                None => note(v),
            }
        }
        if let Some(v) = parts.next().map(str::trim).filter(|v| !v.is_empty()) {
            match Hukou::from_code(v) {
                Some(h) => m.hukou = Some(h),
                None => note(v),
            }
        }
        for code in parts.next().unwrap_or("").split(['.', ',']).map(str::trim).filter(|c| !c.is_empty()) {
            match Assist::from_code(code) {
                Some(a) if !m.assist.contains(&a) => m.assist.push(a),
                Some(_) => {}
                None => note(code),
            }
        }
        match bad {
            None => Ok(m),
            Some(v) => Err((m, v)),
        }
    }
}

/// Everyone under one notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Household {
    pub key: PolicyKey,
    pub members: Vec<Member>,
}

/// A sum over members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    Known(Money),
    /// Some member's figure depends on an answer not given; the notice states every
    /// possible amount.
    Range {
        min: Money,
        max: Money,
    },
    /// Some member's figure is one the notice does not state.
    Unknown,
}

impl Total {
    /// `"640.00"` or `"unknown"` (`data-value`).
    pub fn data_value(&self) -> String {
        match self {
            Total::Known(m) => m.plain(),
            _ => "unknown".to_string(),
        }
    }

    /// The range, where there is one (`data-min`, `data-max`).
    pub fn range(&self) -> Option<(Money, Money)> {
        match self {
            Total::Range { min, max } => Some((*min, *max)),
            _ => None,
        }
    }

    /// The sum of amounts; an empty sum is zero.
    ///
    /// ```
    /// use yibao::domain::household::Total;
    /// use yibao::domain::money::Money;
    /// assert_eq!(Total::sum(&[]), Total::Known(Money::ZERO));
    /// ```
    pub fn sum(amounts: &[&Amount]) -> Total {
        let (mut min, mut max, mut ranged) = (Money::ZERO, Money::ZERO, false);
        for a in amounts {
            match a {
                Amount::Known { value, .. } => {
                    min = min + value.value;
                    max = max + value.value;
                }
                Amount::Depends { min: lo, max: hi, .. } => {
                    min = min + *lo;
                    max = max + *hi;
                    ranged = true;
                }
                Amount::Unknown { .. } => return Total::Unknown,
            }
        }
        if ranged && min != max {
            Total::Range { min, max }
        } else {
            Total::Known(min)
        }
    }
}

/// Where and how a group of members pays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Fully funded: nothing to pay ([`Outcome::pays_nothing`]).
    FullyFunded,
    /// The notice does not cover this member.
    NotCovered,
    /// The first unconditional enrollment step: its route name, else its first sentence.
    Via(Text),
    /// The notice names no unconditional step (it depends on an answer not given).
    Unsettled,
}

impl Route {
    fn of(outcome: &Outcome) -> Route {
        if !outcome.coverage.is_covered() {
            return Route::NotCovered;
        }
        if outcome.pays_nothing() {
            return Route::FullyFunded;
        }
        match outcome.channels.iter().find(|c| c.kind == ChannelKind::Enroll && c.condition.is_none()) {
            Some(c) => {
                Route::Via(c.route_name.clone().unwrap_or_else(|| Text::new(first_sentence(&c.text.zh), first_sentence(&c.text.en))))
            }
            None => Route::Unsettled,
        }
    }
}

/// The first sentence of a text (up to "。" or ". ").
fn first_sentence(text: &str) -> String {
    let end = text.find('。').map(|i| i + '。'.len_utf8()).or_else(|| text.find(". ").map(|i| i + 1)).unwrap_or(text.len());
    text[..end].to_string()
}

/// One member's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberOutcome {
    /// The position in the household (0-based).
    pub index: usize,
    pub name: Text,
    pub input: CalcInput,
    pub outcome: Outcome,
    pub route: Route,
}

/// The members who pay the same way, with their totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub route: Route,
    /// Indexes into [`HouseholdOutcome::members`].
    pub members: Vec<usize>,
    pub pay_now: Total,
    pub net_payable: Total,
}

/// A last day to pay and whom it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueDate {
    pub date: NaiveDate,
    pub state: WindowState,
    pub members: Vec<usize>,
}

/// The household's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HouseholdOutcome {
    pub members: Vec<MemberOutcome>,
    pub pay_now: Total,
    pub net_payable: Total,
    /// The government's share, where the notice states it for every member.
    pub government_subsidy: Option<Total>,
    /// By route, the earliest last day to pay first; the fully funded and the not covered last.
    pub groups: Vec<Group>,
    /// The last days to pay, earliest first (members whose dates are in another document
    /// are left out).
    pub due: Vec<DueDate>,
}

/// Every member's answer under `policy` on `date`, then the totals. Members without a
/// status are left out (the page asks for it).
pub fn calculate_household(policy: &Policy, household: &Household, date: NaiveDate) -> HouseholdOutcome {
    let members: Vec<MemberOutcome> = household
        .members
        .iter()
        .enumerate()
        .filter_map(|(index, m)| {
            let input = CalcInput { key: household.key, status: m.status?, hukou: m.hukou, assist: m.assist.clone(), birth: m.birth, date };
            let outcome = calculate(policy, &input);
            let route = Route::of(&outcome);
            Some(MemberOutcome { index, name: m.name(index), input, outcome, route })
        })
        .collect();
    let pay_now = Total::sum(&members.iter().map(|m| &m.outcome.pay_now).collect::<Vec<_>>());
    let net_payable = Total::sum(&members.iter().map(|m| &m.outcome.net_payable).collect::<Vec<_>>());
    let subsidies: Option<Vec<&Amount>> = members.iter().map(|m| m.outcome.government_subsidy.as_ref()).collect();
    let government_subsidy = subsidies.filter(|s| !s.is_empty()).map(|s| Total::sum(&s));

    let mut groups: Vec<Group> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        match groups.iter_mut().find(|g| g.route == m.route) {
            Some(g) => g.members.push(i),
            None => groups.push(Group { route: m.route.clone(), members: vec![i], pay_now: Total::Unknown, net_payable: Total::Unknown }),
        }
    }
    for g in &mut groups {
        g.pay_now = Total::sum(&g.members.iter().map(|i| &members[*i].outcome.pay_now).collect::<Vec<_>>());
        g.net_payable = Total::sum(&g.members.iter().map(|i| &members[*i].outcome.net_payable).collect::<Vec<_>>());
    }
    // Those with something to pay first, the earliest last day first; then the rest.
    groups.sort_by_key(|g| {
        let earliest = g.members.iter().map(|i| members[*i].outcome.deadlines.window.end.value).min();
        (matches!(g.route, Route::FullyFunded | Route::NotCovered), earliest)
    });

    let mut due: Vec<DueDate> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let w = &m.outcome.deadlines.window;
        if w.other_rules.is_some() || !m.outcome.coverage.is_covered() || m.outcome.pays_nothing() {
            continue;
        }
        match due.iter_mut().find(|d| d.date == w.end.value) {
            Some(d) => d.members.push(i),
            None => due.push(DueDate { date: w.end.value, state: w.state, members: vec![i] }),
        }
    }
    due.sort_by_key(|d| d.date);
    HouseholdOutcome { members, pay_now, net_payable, government_subsidy, groups, due }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;
    use crate::domain::policy::{find, Region};
    use crate::words::calendar::household_events;
    use crate::words::household::one_line;

    fn on() -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 10, 1).unwrap()
    }

    fn member(label: &str, status: Status, assist: &[Assist]) -> Member {
        Member { label: label.into(), status: Some(status), assist: assist.to_vec(), ..Member::default() }
    }

    fn run(region: Region, year: u16, members: Vec<Member>) -> HouseholdOutcome {
        let key = PolicyKey { region, year };
        calculate_household(find(key).unwrap(), &Household { key, members }, on())
    }

    #[test]
    fn full_funding_is_its_own_group_and_adds_nothing() {
        let h = run(
            Region::Meizhou,
            2022,
            vec![member("爸爸", Status::Adult, &[]), member("奶奶", Status::Adult, &[Assist::Tekun]), member("", Status::Adult, &[])],
        );
        assert!(h.members[1].outcome.pays_nothing());
        let one = h.members[0].outcome.pay_now.money().unwrap();
        assert_eq!(h.pay_now, Total::Known(one + one), "the funded member adds zero");
        let funded = h.groups.iter().find(|g| g.route == Route::FullyFunded).unwrap();
        assert_eq!(funded.members, vec![1]);
        assert_eq!(h.groups.last().unwrap().route, Route::FullyFunded, "listed last");
        assert_eq!(h.members[2].name.zh, "成员 3");
    }

    #[test]
    fn unknowns_stay_unknown_and_ranges_add_up() {
        let sum = |a: &[&Amount]| Total::sum(a);
        let known = |y| Amount::Known {
            value: crate::domain::policy::Cited {
                value: Money::yuan(y),
                citation: crate::domain::policy::Citation { document_number: "x".into(), clause: "§1".into(), text: None },
            },
            provisional: false,
        };
        let depends = |lo, hi| Amount::Depends { on: vec![], min: Money::yuan(lo), max: Money::yuan(hi), provisional: false };
        let unknown = Amount::Unknown {
            reason: crate::domain::policy::Reason::Notice(Text::new("未载明", "not stated")),
            ask: crate::domain::policy::Ask { office: Text::new("医保局", "the office"), phone: None },
        };
        assert_eq!(sum(&[&known(320), &known(320)]), Total::Known(Money::yuan(640)));
        assert_eq!(sum(&[&known(320), &depends(0, 160)]), Total::Range { min: Money::yuan(320), max: Money::yuan(480) });
        assert_eq!(sum(&[&known(320), &depends(0, 160), &unknown]), Total::Unknown, "never counted as zero");
        assert_eq!(Total::Unknown.data_value(), "unknown");
    }

    #[test]
    fn two_routes_two_groups_and_the_earliest_date_first() {
        let h = run(Region::Meizhou, 2022, vec![member("小明", Status::SchoolStudent, &[]), member("妈妈", Status::Adult, &[])]);
        assert_eq!(h.groups.len(), 2, "{:?}", h.groups.iter().map(|g| g.route.name().zh).collect::<Vec<_>>());
        assert_ne!(h.groups[0].route, h.groups[1].route);
        for g in &h.groups {
            assert_eq!(g.members.len(), 1);
        }
        assert!(h.due.windows(2).all(|w| w[0].date < w[1].date));
        let line = one_line(&h.members[0], Lang::Zh);
        assert!(line.starts_with("小明 · 中小学生 · "), "{line}");
    }

    #[test]
    fn a_missing_answer_gives_a_range_not_a_zero() {
        // 梅州 2022: the two-daughters assistance depends on the age, so on the date of birth.
        let h = run(
            Region::Meizhou,
            2022,
            vec![member("妈妈", Status::Adult, &[]), member("", Status::SchoolStudent, &[Assist::TwoDaughters])],
        );
        let one = h.members[0].outcome.pay_now.money().unwrap();
        let (lo, hi) = h.members[1].outcome.pay_now.range().expect("depends on the date of birth");
        assert_eq!(h.pay_now, Total::Range { min: one + lo, max: one + hi });
        let mut with_birth = h.members[1].input.clone();
        with_birth.birth = NaiveDate::from_ymd_opt(2007, 10, 1);
        let key = PolicyKey { region: Region::Meizhou, year: 2022 };
        let members = vec![Member { birth: with_birth.birth, ..member("", Status::SchoolStudent, &[Assist::TwoDaughters]) }];
        let settled = calculate_household(find(key).unwrap(), &Household { key, members }, on());
        assert!(matches!(settled.pay_now, Total::Known(_)), "{:?}", settled.pay_now);
    }

    #[test]
    fn a_member_the_notice_does_not_cover_makes_the_total_unknown() {
        let h = run(Region::Guangzhou, 2022, vec![member("", Status::CollegeStudent, &[]), member("", Status::Adult, &[])]);
        assert_eq!(h.members[1].route, Route::NotCovered);
        assert_eq!(h.pay_now, Total::Unknown, "never counted as zero");
        assert_eq!(h.pay_now.range(), None);
    }

    #[test]
    fn the_calendar_names_whom_each_date_concerns_once() {
        let h = run(Region::ZhangyeGanzhou, 2022, vec![member("甲", Status::Adult, &[]), member("乙", Status::Adult, &[])]);
        let from = NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
        let ev = household_events(&h, Lang::Zh, from);
        let mut dates: Vec<NaiveDate> = ev.iter().map(|e| e.date).collect();
        dates.dedup();
        assert_eq!(dates.len(), ev.len(), "each date once");
        assert!(ev.iter().all(|e| e.summary.contains("甲、乙")), "{ev:?}");
    }

    #[test]
    fn members_round_trip_through_the_link_without_births() {
        let m = Member {
            label: "小~明|".into(),
            status: Some(Status::Adult),
            hukou: Some(Hukou::Rural),
            assist: vec![Assist::Tekun],
            birth: NaiveDate::from_ymd_opt(1950, 1, 1),
        };
        let back = Member::decode(&m.encode()).unwrap();
        assert_eq!(back.label, "小明");
        // Dates of birth follow their person across back and forward, never the position.
        use chrono::NaiveDate;
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1);
        let kept = vec![
            Member { label: "奶奶".into(), status: Some(Status::Adult), birth: d(1950), ..Member::default() },
            Member { label: "小明".into(), status: Some(Status::SchoolStudent), birth: d(2012), ..Member::default() },
        ];
        let mut read = vec![Member { label: "小明".into(), status: Some(Status::Preschool), ..Member::default() }];
        restore_births(&kept, &mut read);
        assert_eq!(read[0].birth, d(2012), "same name, another status: still 小明's date");
        let mut unnamed = vec![Member::default(), Member::default()];
        let kept_unnamed = vec![Member { birth: d(1990), ..Member::default() }, Member { birth: d(2015), ..Member::default() }];
        restore_births(&kept_unnamed, &mut unnamed);
        assert_eq!((unnamed[0].birth, unnamed[1].birth), (d(1990), d(2015)));
        // The fuzzer's case: a cut at the 20th character that ends on a space.
        let long = format!("{}{}", "字".repeat(19), " 尾");
        let once = Member::clean_label(&long);
        assert_eq!(Member::clean_label(&once), once, "cleaning is idempotent");
        assert!(!once.ends_with(' '));
        assert_eq!(back.birth, None);
        assert_eq!((back.status, back.hukou, back.assist), (m.status, m.hukou, m.assist));
        let (kept, bad) = Member::decode("x~adult~city~vip").unwrap_err();
        assert_eq!((kept.status, bad.as_str()), (Some(Status::Adult), "city"));
    }
}
