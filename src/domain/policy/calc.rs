//! What a notice means for one applicant: amounts, assistance, channels, deadlines.

use chrono::NaiveDate;

pub use super::data::PaymentMode;
use super::data::{AssistKind, AssistRule, NoteKind, Route, UnlistedTreat, When, YearKind};
use super::period::{age_fact, earliest_start, AgeFact, AgePeriod};
use super::scenario::{self, AgeAssumption, Case, Question};
use super::{Amount, Ask, Citation, Cited, Policy, PolicyKey};
use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;
use crate::domain::money::Money;

/// The applicant's answers. Every field is a closed type; nothing is a free string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalcInput {
    /// Region and notice year (`calculate` uses the policy it is given; [`CalcInput::policy`]
    /// finds it from this key).
    pub key: PolicyKey,
    pub status: Status,
    /// `None` where the user has not said; rules that depend on it then show both branches.
    pub hukou: Option<Hukou>,
    /// Every assistance identity the person holds (any subset, any order).
    pub assist: Vec<Assist>,
    /// Date of birth, where an age rule needs it.
    pub birth: Option<NaiveDate>,
    /// The day to explain deadlines and ages against.
    pub date: NaiveDate,
}

impl CalcInput {
    /// The notice this input names, if there is one.
    pub fn policy(&self) -> Option<&'static Policy> {
        super::find(self.key)
    }
}

/// Whether the notice covers this applicant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Coverage {
    Covered {
        citation: Citation,
        /// A scope remark (e.g. "only children in kindergarten or daycare").
        note: Option<Text>,
    },
    /// The page shows `data-testid="not-covered"` instead of amounts.
    NotCovered { reason: Text, ask: Ask, citation: Citation },
}

impl Coverage {
    pub fn is_covered(&self) -> bool {
        matches!(self, Coverage::Covered { .. })
    }
}

/// What one assistance identity would give under this notice, on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssistVerdict {
    /// The whole individual contribution.
    Full,
    /// A fixed amount.
    Fixed(Money),
    /// The notice names the group but states no amount (or does not settle the case);
    /// `max` bounds it where the notice's figures do.
    Unknown { max: Option<Money>, reason: Text, ask: Ask },
    /// The person enrolls under another policy; this notice gives none of their amounts.
    Elsewhere { ask: Ask },
    /// The notice's assistance table does not list this identity: nothing under this notice.
    NotListed,
    /// Listed, but this person does not meet its condition (e.g. the age limit).
    NotEligible { reason: Text },
    /// Listed, and whether it applies depends on a question the user has not answered
    /// (or, for [`Question::AgeDay`], on a day the notice does not fix).
    Depends { on: Question },
}

/// One assistance identity the person holds and what it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssistLine {
    pub code: Assist,
    /// The code the notice lists it under (`dibao-rural-1` counts as `dibao` where the notice
    /// does not distinguish tiers).
    pub counted_as: Assist,
    pub verdict: AssistVerdict,
    pub text: Text,
    pub citation: Citation,
    pub payment: Option<PaymentMode>,
}

/// The assistance that applies, after the highest-not-cumulative rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assistance {
    /// `Known(0)` where none applies; `Unknown` where the notice does not settle it.
    pub amount: Amount,
    /// The identity that won, if one did.
    pub winner: Option<Assist>,
    /// How the assistance reaches the person; `None` when none applies or it is unsettled.
    pub payment: Option<PaymentMode>,
    /// One line per identity held, in input order.
    pub lines: Vec<AssistLine>,
    /// Why the amount is what it is (worded by [`crate::words::assistance`]).
    pub decision: AssistDecision,
    /// The notice's rule for several identities, where it states one (就高不重复).
    pub stacking: Option<Citation>,
}

/// Why the assistance is what it is: the decision, never its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssistDecision {
    /// The notice does not cover this applicant (`reason`, the notice's words).
    NotCovered { reason: Text },
    /// No assistance identity was chosen.
    NoneChosen,
    /// `code` enrolls under another policy: this notice states none of its amounts.
    Elsewhere { code: Assist },
    /// The contribution is unknown, so no assistance can be worked out.
    ContributionUnknown,
    /// An identity whose amount is not settled (`reason`) could beat the best settled one
    /// (`best`, with its amount), so the notice does not settle the figure.
    Open { reason: Text, best: Option<(Assist, Money)> },
    /// None of the identities held applies under this notice (each line says why).
    NoneApplies,
    /// Two identities with different partial amounts, and the notice has no rule for
    /// several identities at once.
    SeveralWithoutRule,
    /// `winner` applies; `others`, settled too, do not add (`rule`); the lines that do not
    /// apply say why.
    Applies { winner: Assist, others: Vec<Assist>, rule: NotAdded },
}

/// Why the other settled identities do not add to the winner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAdded {
    /// No other settled identity.
    NoOthers,
    /// The notice's rule for several identities (就高不重复), in its words where it gives them.
    Stated(Option<Text>),
    /// The winner already funds the whole contribution, and funding never exceeds it.
    AlreadyFull,
}

/// Where a step applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelKind {
    /// Where and how to enroll (register).
    Enroll,
    /// A way to pay.
    Pay,
}

/// One step of where and how this person enrolls and pays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelStep {
    pub kind: ChannelKind,
    pub text: Text,
    /// The route's short name, where the notice data names it ("学校集中参保").
    pub route_name: Option<Text>,
    pub citation: Citation,
    /// Set where the step depends on an answer not given ("if your hukou is rural").
    pub condition: Option<Text>,
}

/// A cited remark for this applicant (waiting periods, scope, practical advice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub text: Text,
    pub citation: Citation,
    pub condition: Option<Text>,
}

/// The payment window against the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowState {
    Upcoming,
    Open,
    Closed,
    /// The notice does not settle it: no start date and the day is before the notice says
    /// anything, or the window does not apply to this person (甘州 §五4, newborns).
    Unknown,
}

impl WindowState {
    /// `upcoming`, `open`, `closed` (the `data-state` of `deadline`).
    pub fn code(self) -> &'static str {
        match self {
            WindowState::Upcoming => "upcoming",
            WindowState::Open => "open",
            WindowState::Closed => "closed",
            WindowState::Unknown => "unknown",
        }
    }
}

/// The enrollment and payment window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// `None` where the notice gives no start date (`start_note` says so).
    pub start: Option<Cited<NaiveDate>>,
    pub end: Cited<NaiveDate>,
    pub state: WindowState,
    /// Whole days from the reference date to the deadline (0 on the deadline); `None` once closed.
    pub days_left: Option<i64>,
    pub start_note: Option<Text>,
    pub text: Option<Text>,
    /// What the notice says happens once the window has closed (肇庆 §2(3): 逾期不予补缴).
    pub after_close: Option<Cited<Text>>,
    /// Set where the notice's window does not apply to this person and another document does.
    pub other_rules: Option<OtherRules>,
}

/// The notice sends this person to another document for their dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherRules {
    pub text: Cited<Text>,
    /// e.g. `甘医保发〔2020〕41号`.
    pub document: String,
    pub ask: Ask,
}

/// The benefit period (待遇享受期).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenefitPeriod {
    /// Dates the notice states; `start` is `None` where it states only the end
    /// (穗人社函〔2014〕1366号: the 2015 year is the calendar year; the 2014 year has no dates).
    Stated { start: Option<Cited<NaiveDate>>, end: Cited<NaiveDate>, text: Text },
    /// The notice gives no dates; `text` says what it does say.
    NotStated { text: Text, ask: Ask, citation: Citation },
}

/// A date the notice sets for schools, townships or offices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskDue {
    pub date: Cited<NaiveDate>,
    pub audience: super::data::TaskAudience,
    pub who: Text,
    pub text: Text,
    /// Days from the reference date to the date (negative once past).
    pub days_left: i64,
    /// True once the date has passed ("X日前" includes X).
    pub passed: bool,
}

/// All dates for this applicant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadlines {
    pub window: Window,
    pub benefit: BenefitPeriod,
    pub tasks: Vec<TaskDue>,
    /// The last day to apply for a refund, where the notice states one.
    pub refund_deadline: Option<Cited<NaiveDate>>,
    /// The refund rule in one sentence, where the notice has one.
    pub refund_rule: Option<Cited<Text>>,
}

/// Everything the page shows for one applicant under one notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub key: PolicyKey,
    pub document_number: String,
    pub coverage: Coverage,
    /// `data-testid="contribution"` (with `data-provisional`).
    pub contribution: Amount,
    /// `data-testid="assistance"`.
    pub assistance: Assistance,
    /// `data-testid="pay-now"`.
    pub pay_now: Amount,
    /// `data-testid="net-payable"`.
    pub net_payable: Amount,
    /// `data-testid="government-subsidy"`: only where the notice states one.
    pub government_subsidy: Option<Amount>,
    /// Contribution + government subsidy, where the notice states both.
    pub total_premium: Option<Amount>,
    /// `data-testid="channel"`.
    pub channels: Vec<ChannelStep>,
    /// `data-testid="deadline"` and the other dates.
    pub deadlines: Deadlines,
    pub notes: Vec<Note>,
    /// Age in full years on the first day of the notice's period, where the birth date is given.
    pub age: Option<i64>,
    /// The days an age limit was judged over, where one applied to this person.
    pub age_period: Option<AgePeriod>,
    /// The questions the user has not answered that decide part of this outcome.
    pub questions: Vec<Question>,
}

impl Outcome {
    /// True where the person certainly pays nothing now and bears nothing (fully funded):
    /// nothing to pay, so nothing to refund.
    pub fn pays_nothing(&self) -> bool {
        self.pay_now.money() == Some(Money::ZERO) && self.net_payable.money() == Some(Money::ZERO)
    }

    /// Every citation behind the outcome, without repeats (`data-testid="citation"`).
    pub fn citations(&self) -> Vec<Citation> {
        let mut out: Vec<Citation> = Vec::new();
        let mut add = |c: &Citation| {
            if !out.iter().any(|o| o.clause == c.clause && o.document_number == c.document_number) {
                out.push(Citation { text: None, ..c.clone() });
            }
        };
        match &self.coverage {
            Coverage::Covered { citation, .. } | Coverage::NotCovered { citation, .. } => add(citation),
        }
        for a in [&self.contribution, &self.assistance.amount, &self.pay_now, &self.net_payable] {
            if let Some(c) = a.citation() {
                add(c);
            }
        }
        for a in self.government_subsidy.iter().chain(self.total_premium.iter()) {
            if let Some(c) = a.citation() {
                add(c);
            }
        }
        for l in &self.assistance.lines {
            add(&l.citation);
        }
        if let Some(c) = &self.assistance.stacking {
            add(c);
        }
        for s in &self.channels {
            add(&s.citation);
        }
        add(&self.deadlines.window.end.citation);
        match &self.deadlines.benefit {
            BenefitPeriod::Stated { end, .. } => add(&end.citation),
            BenefitPeriod::NotStated { citation, .. } => add(citation),
        }
        for n in &self.notes {
            add(&n.citation);
        }
        out
    }
}

/// Age in full years (周岁) on `on`; `None` if `birth` is after `on`. Someone born on 29
/// February turns a year older on 1 March in common years.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::policy::age_in_full_years;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(age_in_full_years(d(2007, 9, 1), d(2021, 9, 1)), Some(14));
/// assert_eq!(age_in_full_years(d(2007, 9, 2), d(2021, 9, 1)), Some(13));
/// assert_eq!(age_in_full_years(d(2022, 1, 1), d(2021, 9, 1)), None);
/// ```
pub fn age_in_full_years(birth: NaiveDate, on: NaiveDate) -> Option<i64> {
    crate::domain::date::full_years(birth, on).map(i64::from)
}

/// Joins the clauses of several citations of the same notice: `§三、§四(一)`.
fn join(policy: &Policy, clauses: &[&str]) -> Citation {
    let mut seen: Vec<&str> = Vec::new();
    for c in clauses {
        for part in c.split('、') {
            if !part.is_empty() && !seen.contains(&part) {
                seen.push(part);
            }
        }
    }
    policy.cite(&seen.join("、"))
}

fn ask(policy: &Policy, id: &str) -> Ask {
    match policy.data.offices.iter().find(|o| o.id == id) {
        Some(o) => Ask { office: o.name.clone(), phone: o.phone.clone() },
        // Unreachable for checked data (every id is checked by `data::check`).
        None => Ask { office: Text::new("当地医疗保障经办机构", "the local medical insurance office"), phone: None },
    }
}

fn known(policy: &Policy, money: Money, clauses: &[&str], provisional: bool) -> Amount {
    Amount::Known { value: Cited { value: money, citation: join(policy, clauses) }, provisional }
}

/// A condition that holds, fails, or depends on an answer not given.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Match {
    Yes,
    No,
    Maybe(Text),
}

fn holds(assist: &[Assist], code: Assist) -> bool {
    assist.iter().any(|a| *a == code || a.group() == code)
}

fn matches(when: &When, input: &CalcInput, routes: &[(&Route, Option<Text>)]) -> Match {
    if let Some(s) = &when.statuses {
        if !s.contains(&input.status) {
            return Match::No;
        }
    }
    if let Some(codes) = &when.assist_any {
        if !codes.iter().any(|c| holds(&input.assist, *c)) {
            return Match::No;
        }
    }
    if let Some(h) = &when.hukou {
        match input.hukou {
            Some(have) if h.contains(&have) => {}
            Some(_) => return Match::No,
            None => {
                let zh: Vec<String> = h.iter().map(|x| x.label().zh).collect();
                let en: Vec<String> = h.iter().map(|x| x.label().en).collect();
                let cond = Text::new(format!("如果户籍为：{}", zh.join("、")), format!("If your hukou is: {}", en.join(", ")));
                return match when.route.as_deref().map(|ids| route_match(ids, routes)) {
                    Some(Match::No) => Match::No,
                    Some(Match::Maybe(r)) => Match::Maybe(scenario::and(&cond, &r)),
                    _ => Match::Maybe(cond),
                };
            }
        }
    }
    match when.route.as_deref() {
        Some(ids) => route_match(ids, routes),
        None => Match::Yes,
    }
}

/// Finds the rule for one code: the code itself, else its untiered group (where the notice
/// does not distinguish tiers, i.e. lists only the group).
fn rule_for(policy: &Policy, code: Assist) -> Option<(&AssistRule, Assist)> {
    let rules = &policy.data.assistance;
    if let Some(r) = rules.iter().find(|r| r.codes.contains(&code)) {
        return Some((r, code));
    }
    let group = code.group();
    if group != code {
        if let Some(r) = rules.iter().find(|r| r.codes.contains(&group)) {
            return Some((r, group));
        }
    }
    None
}

/// The tiers of `group` that the notice's assistance table lists, where it lists the tiers
/// but not the group itself (甘州 §四(一)2: 低保 by class): the tier is then the user's answer.
fn listed_tiers(policy: &Policy, group: Assist) -> Vec<Assist> {
    if policy.data.assistance.iter().any(|r| r.codes.contains(&group)) {
        return Vec::new();
    }
    policy.tiers_of(group)
}

fn unlisted_line(policy: &Policy, code: Assist) -> AssistLine {
    let u = &policy.data.unlisted_assist;
    let verdict = match u.treat_as {
        UnlistedTreat::None => AssistVerdict::NotListed,
        UnlistedTreat::Unknown => AssistVerdict::Unknown { max: None, reason: u.text.clone(), ask: ask(policy, &u.ask) },
    };
    AssistLine { code, counted_as: code, verdict, text: u.text.clone(), citation: policy.cite(&u.clause), payment: None }
}

fn rule_verdict(policy: &Policy, rule: &AssistRule) -> AssistVerdict {
    let office = || ask(policy, rule.ask.as_deref().unwrap_or(&policy.data.unlisted_assist.ask));
    match rule.kind {
        AssistKind::Full => AssistVerdict::Full,
        AssistKind::Fixed => AssistVerdict::Fixed(rule.amount.unwrap_or(Money::ZERO)),
        AssistKind::Unknown => AssistVerdict::Unknown { max: rule.max, reason: rule.text.clone(), ask: office() },
        AssistKind::Elsewhere => AssistVerdict::Elsewhere { ask: office() },
    }
}

/// The verdict of an age limit for this person, judged over the notice's period; `None`
/// where the limit does not bar them.
fn age_verdict(policy: &Policy, rule: &AssistRule, input: &CalcInput, assume: AgeAssumption) -> Option<AssistVerdict> {
    let limit = rule.age_limit.as_ref().filter(|l| l.statuses.contains(&input.status))?;
    let max = limit.max_full_years;
    let over = |age: Option<i64>| {
        let said = match age {
            Some(age) => Text::new(format!("按缴费期计算已满{age}周岁，"), format!("In the payment window the person is {age}, ")),
            None => Text::new("", ""),
        };
        AssistVerdict::NotEligible {
            reason: Text::new(
                format!("{}{}超过{max}周岁的年龄限制。", limit.text.zh, said.zh),
                format!("{} {}over the limit of {max}.", limit.text.en, said.en),
            ),
        }
    };
    match assume {
        AgeAssumption::Within => return None,
        AgeAssumption::Over => return Some(over(None)),
        AgeAssumption::FromInput => {}
    }
    match age_fact(input.birth, input.status, max, AgePeriod::of(policy)) {
        AgeFact::Within => None,
        AgeFact::Over { age } => Some(over(Some(age))),
        AgeFact::Missing => Some(AssistVerdict::Depends { on: Question::BirthDate { max } }),
        AgeFact::Crosses { on } => Some(AssistVerdict::Depends { on: Question::AgeDay { max, on } }),
        AgeFact::BornAfter => Some(AssistVerdict::Unknown {
            max: None,
            reason: Text::new(
                format!("{}出生日期晚于通知的缴费期，无法判断年龄，请核对日期。", limit.text.zh),
                format!(
                    "{} The date of birth is after the notice's payment window, so the age cannot be told; check the dates.",
                    limit.text.en
                ),
            ),
            ask: ask(policy, &policy.data.unlisted_assist.ask),
        }),
    }
}

fn line(policy: &Policy, code: Assist, input: &CalcInput, assume: AgeAssumption) -> AssistLine {
    let Some((rule, counted_as)) = rule_for(policy, code) else {
        if !listed_tiers(policy, code).is_empty() {
            let mut l = unlisted_line(policy, code);
            l.verdict = AssistVerdict::Depends { on: Question::Tier { group: code } };
            l.text = scenario::Question::Tier { group: code }.text();
            return l;
        }
        return unlisted_line(policy, code);
    };
    let mut verdict = rule_verdict(policy, rule);
    let mut text = rule.text.clone();
    if let Some(v) = age_verdict(policy, rule, input, assume) {
        if let AssistVerdict::NotEligible { reason } | AssistVerdict::Unknown { reason, .. } = &v {
            text = reason.clone();
        }
        verdict = v;
    }
    let citation = match &rule.payment_clause {
        Some(pc) => join(policy, &[&rule.clause, pc]),
        None => policy.cite(&rule.clause),
    };
    AssistLine { code, counted_as, verdict, text, citation, payment: rule.payment }
}

/// The assistance: the best settled identity wins (highest, never added up), unless an
/// unsettled one could beat it; see [`AssistDecision`] for every way it can end.
fn assistance(policy: &Policy, input: &CalcInput, contribution: Option<Money>, assume: AgeAssumption) -> Assistance {
    let mut codes: Vec<Assist> = Vec::new();
    for a in &input.assist {
        if !codes.contains(a) {
            codes.push(*a);
        }
    }
    let lines: Vec<AssistLine> = codes.iter().map(|c| line(policy, *c, input, assume)).collect();
    let stacking = policy.data.stacking.as_ref().map(|s| Citation { text: s.text.clone(), ..policy.cite(&s.clause) });
    let office = || ask(policy, &policy.data.unlisted_assist.ask);
    let (amount, winner, payment, decision) = decide(policy, &lines, contribution, &stacking, office);
    Assistance { amount, winner, payment, lines, decision, stacking }
}

/// What [`assistance`] decides: the amount, the identity that won, how it is paid, and why.
type Decided = (Amount, Option<Assist>, Option<PaymentMode>, AssistDecision);

fn decide(
    policy: &Policy,
    lines: &[AssistLine],
    contribution: Option<Money>,
    stacking: &Option<Citation>,
    office: impl Fn() -> Ask,
) -> Decided {
    let none_applies = |decision: AssistDecision, citation: Citation| {
        (Amount::Known { value: Cited { value: Money::ZERO, citation }, provisional: false }, None, None, decision)
    };
    if lines.is_empty() {
        return none_applies(AssistDecision::NoneChosen, policy.cite(&policy.data.contribution.clause));
    }
    // Someone who enrolls under another policy: this notice states none of their amounts.
    if let Some((l, ask)) = lines.iter().find_map(|l| match &l.verdict {
        AssistVerdict::Elsewhere { ask } => Some((l, ask)),
        _ => None,
    }) {
        let amount = Amount::Unknown { reason: l.text.clone(), ask: ask.clone() };
        return (amount, Some(l.code), None, AssistDecision::Elsewhere { code: l.code });
    }
    let Some(contribution) = contribution else {
        let reason = Text::new(
            "个人缴费标准未知，无法计算资助金额。",
            "The contribution standard is unknown, so the assistance cannot be worked out.",
        );
        return (Amount::Unknown { reason, ask: office() }, None, None, AssistDecision::ContributionUnknown);
    };
    let best = best_settled(lines, contribution);
    let best_value = best.map(|(v, _)| v).unwrap_or(Money::ZERO);
    let best_full = best.is_some_and(|(_, l)| l.verdict == AssistVerdict::Full);
    // Lines not settled that could beat the best settled one, with why and whom to ask; lines
    // that depend on an unanswered question count too (the cases then settle them).
    let open: Vec<(&AssistLine, Text, Ask)> = lines
        .iter()
        .filter_map(|l| match &l.verdict {
            AssistVerdict::Unknown { max, reason, ask } if !best_full && max.is_none_or(|m| m > best_value) => {
                Some((l, reason.clone(), ask.clone()))
            }
            AssistVerdict::Depends { on } if !best_full => Some((l, on.text(), office())),
            _ => None,
        })
        .collect();
    if let Some((_, reason, ask)) = open.first() {
        // Pay-first-then-reimbursed where every candidate is paid that way.
        let candidates = open.iter().map(|(l, _, _)| *l).chain(best.map(|(_, l)| l));
        let reimbursed = candidates.map(|l| l.payment).all(|m| m == Some(PaymentMode::PayFirstReimbursed));
        let payment = reimbursed.then_some(PaymentMode::PayFirstReimbursed);
        let decision = AssistDecision::Open { reason: reason.clone(), best: best.map(|(v, l)| (l.code, v)) };
        return (Amount::Unknown { reason: reason.clone(), ask: ask.clone() }, None, payment, decision);
    }
    let Some((amount, winner)) = best else {
        let clauses: Vec<&str> = lines.iter().map(|l| l.citation.clause.as_str()).collect();
        return none_applies(AssistDecision::NoneApplies, join(policy, &clauses));
    };
    let others: Vec<Assist> =
        lines.iter().filter(|l| l.code != winner.code && settled_value(l, contribution).is_some()).map(|l| l.code).collect();
    let rule = match (&policy.data.stacking, others.is_empty()) {
        (_, true) => NotAdded::NoOthers,
        (Some(s), false) => NotAdded::Stated(s.text.clone()),
        (None, false) if best_full => NotAdded::AlreadyFull,
        (None, false) => {
            // Two different partial amounts and no stated rule: not settled by the notice.
            let reason = Text::new(
                "该通知未规定同时具有多重身份时如何资助。",
                "The notice does not say how assistance works for several identities at once.",
            );
            return (Amount::Unknown { reason, ask: office() }, None, None, AssistDecision::SeveralWithoutRule);
        }
    };
    let mut clauses = vec![winner.citation.clause.as_str()];
    if let (Some(s), false) = (stacking, others.is_empty()) {
        clauses.push(&s.clause);
    }
    let provisional = policy.data.contribution.provisional && winner.verdict == AssistVerdict::Full;
    let decision = AssistDecision::Applies { winner: winner.code, others, rule };
    (known(policy, amount, &clauses, provisional), Some(winner.code), winner.payment, decision)
}

/// The value of a settled line (full = the whole contribution); `None` for the others.
fn settled_value(l: &AssistLine, contribution: Money) -> Option<Money> {
    match &l.verdict {
        AssistVerdict::Full => Some(contribution),
        AssistVerdict::Fixed(m) => Some((*m).min(contribution)),
        _ => None,
    }
}

/// The best settled line: the highest value; of equal values, full funding.
fn best_settled(lines: &[AssistLine], contribution: Money) -> Option<(Money, &AssistLine)> {
    lines.iter().filter_map(|l| settled_value(l, contribution).map(|v| (v, l))).fold(None, |acc, (v, l)| match acc {
        Some((bv, bl)) if bv > v || (bv == v && (bl.verdict == AssistVerdict::Full || l.verdict != AssistVerdict::Full)) => Some((bv, bl)),
        _ => Some((v, l)),
    })
}

/// The enrollment routes shown to this person: every conditional route up to and including
/// the first that holds (routes are tried in order; the first that holds is the route).
fn enroll_routes<'a>(policy: &'a Policy, input: &CalcInput) -> Vec<(&'a Route, Option<Text>)> {
    let mut out = Vec::new();
    for r in &policy.data.enroll {
        match matches(&r.when, input, &[]) {
            Match::No => {}
            Match::Yes => {
                out.push((r, None));
                break;
            }
            Match::Maybe(cond) => out.push((r, Some(cond))),
        }
    }
    out
}

/// Whether the person's route is one of `ids`: yes where it is the only route shown, a
/// condition ("if you enroll through the school") where other routes may apply first.
fn route_match(ids: &[String], routes: &[(&Route, Option<Text>)]) -> Match {
    let Some((r, _)) = routes.iter().find(|(r, _)| r.id.as_ref().is_some_and(|id| ids.contains(id))) else {
        return Match::No;
    };
    if routes.len() == 1 {
        return Match::Yes;
    }
    let name = r.name.clone().unwrap_or_else(|| Text::new("该途径", "this route"));
    Match::Maybe(Text::new(format!("如果通过{}参保", name.zh), format!("If you enroll through {}", name.en)))
}

fn step(kind: ChannelKind, r: &Route, policy: &Policy, condition: Option<Text>) -> ChannelStep {
    ChannelStep { kind, text: r.text.clone(), route_name: r.name.clone(), citation: policy.cite(&r.clause), condition }
}

/// Every payment step that holds (or may hold) for this person on their route.
fn pay_steps(policy: &Policy, input: &CalcInput, routes: &[(&Route, Option<Text>)]) -> Vec<ChannelStep> {
    let mut out = Vec::new();
    for r in &policy.data.pay {
        match matches(&r.when, input, routes) {
            Match::No => {}
            Match::Yes => out.push(step(ChannelKind::Pay, r, policy, None)),
            Match::Maybe(cond) => out.push(step(ChannelKind::Pay, r, policy, Some(cond))),
        }
    }
    out
}

/// The window's state on `date`; see policies/README.md ("The notice's own period").
fn window_state(policy: &Policy, date: NaiveDate) -> WindowState {
    let w = &policy.data.window;
    if date > w.end {
        return WindowState::Closed;
    }
    match w.start {
        Some(s) if date < s => WindowState::Upcoming,
        Some(_) => WindowState::Open,
        // No stated start: before the first day payment can fall in, it lies ahead; from the
        // day the notice was issued it is open; in between the notice does not say.
        None => {
            let payment_year =
                (policy.data.year_kind == YearKind::Payment).then(|| NaiveDate::from_ymd_opt(i32::from(policy.key.year), 1, 1)).flatten();
            if payment_year.is_some_and(|y| date < y) {
                WindowState::Upcoming
            } else if earliest_start(policy).is_some_and(|e| date >= e) && policy.data.issued.is_some() {
                WindowState::Open
            } else {
                WindowState::Unknown
            }
        }
    }
}

fn start_note(policy: &Policy) -> Option<Text> {
    let d = &policy.data;
    if d.window.start.is_some() {
        return None;
    }
    let mut zh = String::from("通知未写明缴费期的开始日期。");
    let mut en = String::from("The notice gives no start date for the payment window.");
    if d.year_kind == YearKind::Payment {
        zh += &format!("按通知，{}年内缴费（{}）。", policy.key.year, d.window.clause);
        en += &format!(" Payment is made in {} ({}).", policy.key.year, d.window.clause);
    }
    if let Some(i) = d.issued {
        zh += &format!("通知于{}印发。", crate::domain::lang::format_date(i, crate::domain::lang::Lang::Zh));
        en += &format!(" The notice was issued on {}.", crate::domain::lang::format_date(i, crate::domain::lang::Lang::En));
    }
    Some(Text::new(zh, en))
}

fn window(policy: &Policy, date: NaiveDate, status: Status) -> Window {
    let w = &policy.data.window;
    let other_rules = w.exceptions.iter().find(|x| x.statuses.contains(&status)).map(|x| OtherRules {
        text: Cited { value: x.text.clone(), citation: policy.cite(&x.clause) },
        document: x.document.clone(),
        ask: ask(policy, &x.ask),
    });
    let state = if other_rules.is_some() { WindowState::Unknown } else { window_state(policy, date) };
    Window {
        start: w.start.map(|s| Cited { value: s, citation: policy.cite(&w.clause) }),
        end: Cited { value: w.end, citation: policy.cite(&w.clause) },
        state,
        days_left: (state != WindowState::Closed && other_rules.is_none()).then_some((w.end - date).num_days()),
        start_note: start_note(policy),
        text: w.text.clone(),
        after_close: w.after_close.as_ref().map(|a| Cited { value: a.text.clone(), citation: policy.cite(&a.clause) }),
        other_rules,
    }
}

fn deadlines(policy: &Policy, date: NaiveDate, status: Status) -> Deadlines {
    let d = &policy.data;
    let b = &d.benefit;
    let benefit = match (b.start, b.end) {
        (s, Some(e)) => BenefitPeriod::Stated {
            start: s.map(|s| Cited { value: s, citation: policy.cite(&b.clause) }),
            end: Cited { value: e, citation: policy.cite(&b.clause) },
            text: b.text.clone(),
        },
        _ => BenefitPeriod::NotStated {
            text: b.text.clone(),
            ask: ask(policy, b.ask.as_deref().unwrap_or(&d.unlisted_assist.ask)),
            citation: policy.cite(&b.clause),
        },
    };
    let tasks = d
        .tasks
        .iter()
        .map(|t| TaskDue {
            date: Cited { value: t.date, citation: policy.cite(&t.clause) },
            audience: t.audience,
            who: t.who.clone(),
            text: t.text.clone(),
            days_left: (t.date - date).num_days(),
            passed: date > t.date,
        })
        .collect();
    let refund_deadline = d
        .refund
        .as_ref()
        .and_then(|r| Some(Cited { value: r.deadline?, citation: policy.cite(r.deadline_clause.as_deref().unwrap_or(&r.clause)) }));
    let refund_rule = d.refund.as_ref().map(|r| Cited { value: r.text.clone(), citation: policy.cite(&r.clause) });
    Deadlines { window: window(policy, date, status), benefit, tasks, refund_deadline, refund_rule }
}

/// What `policy` means for the applicant `input`.
///
/// Never panics, for any input; where the notice is silent the amounts are
/// [`Amount::Unknown`] with the office to ask.
///
/// ```
/// use chrono::NaiveDate;
/// use yibao::domain::inputs::{Assist, Status};
/// use yibao::domain::policy::{calculate, find, CalcInput, PolicyKey, Region, WindowState};
/// let key = PolicyKey { region: Region::ZhangyeGanzhou, year: 2022 };
/// let input = CalcInput {
///     key,
///     status: Status::Adult,
///     hukou: None,
///     assist: vec![Assist::DibaoRural1, Assist::Tuopin],
///     birth: None,
///     date: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
/// };
/// let out = calculate(find(key).unwrap(), &input);
/// assert_eq!(out.contribution.data_value(), "350.00");
/// assert_eq!(out.assistance.amount.data_value(), "250.00"); // highest, never added up
/// assert_eq!(out.pay_now.data_value(), "350.00");           // 先缴后补
/// assert_eq!(out.net_payable.data_value(), "100.00");
/// assert_eq!(out.deadlines.window.state, WindowState::Open);
/// assert_eq!(out.deadlines.window.days_left, Some(0));
/// ```
pub fn calculate(policy: &Policy, input: &CalcInput) -> Outcome {
    let base = settle(policy, input, AgeAssumption::FromInput);
    let (on, cases) = cases(policy, input, &base);
    if cases.len() < 2 {
        return base;
    }
    scenario::merge(base, &cases, on)
}

/// The questions that decide this outcome and the outcome under each possible answer:
/// each listed tier of a group the person holds without its tier, and each side of an age
/// limit the person's answers do not settle.
fn cases(policy: &Policy, input: &CalcInput, base: &Outcome) -> (Vec<Question>, Vec<Case>) {
    let mut on: Vec<Question> = Vec::new();
    let mut tiers: Vec<(Text, CalcInput)> = vec![(Text::new("", ""), input.clone())];
    for line in &base.assistance.lines {
        match &line.verdict {
            AssistVerdict::Depends { on: q @ Question::Tier { group } } => {
                on.push(q.clone());
                let listed = listed_tiers(policy, *group);
                tiers = tiers
                    .into_iter()
                    .flat_map(|(label, inp)| {
                        listed.iter().map(move |t| {
                            let assist = inp.assist.iter().map(|a| if a == group { *t } else { *a }).collect();
                            (scenario::and(&label, &scenario::tier_label(*t)), CalcInput { assist, ..inp.clone() })
                        })
                    })
                    .collect();
            }
            AssistVerdict::Depends { on: q } => on.push(q.clone()),
            _ => {}
        }
    }
    let age_question = on.iter().find(|q| !matches!(q, Question::Tier { .. })).cloned();
    let mut cases = Vec::new();
    for (label, inp) in tiers {
        match &age_question {
            None => cases.push(Case { label: label.clone(), outcome: settle(policy, &inp, AgeAssumption::FromInput) }),
            Some(q) => {
                for (within, assume) in [(true, AgeAssumption::Within), (false, AgeAssumption::Over)] {
                    let l = scenario::and(&label, &scenario::age_label(q, within));
                    cases.push(Case { label: l, outcome: settle(policy, &inp, assume) });
                }
            }
        }
    }
    (on, cases)
}

/// The outcome for answers taken as they are (`assume` may settle an age limit).
fn settle(policy: &Policy, input: &CalcInput, assume: AgeAssumption) -> Outcome {
    let d = &policy.data;
    let period = AgePeriod::of(policy);
    let age = input.birth.and_then(|b| age_in_full_years(b, period.from.max(b)));
    let age_period = d
        .assistance
        .iter()
        .any(|r| {
            r.age_limit.as_ref().is_some_and(|l| l.statuses.contains(&input.status)) && input.assist.iter().any(|a| r.codes.contains(a))
        })
        .then_some(period);
    let deadlines = deadlines(policy, input.date, input.status);
    let coverage = match d.coverage.iter().find(|c| c.statuses.contains(&input.status)) {
        Some(c) => Coverage::Covered { citation: policy.cite(&c.clause), note: c.note.clone() },
        None => Coverage::NotCovered {
            reason: d.not_covered.text.clone(),
            ask: ask(policy, &d.not_covered.ask),
            citation: policy.cite(&d.not_covered.clause),
        },
    };
    let mut notes: Vec<Note> = Vec::new();
    if let Coverage::NotCovered { reason, ask, .. } = &coverage {
        let unknown = Amount::Unknown { reason: reason.clone(), ask: ask.clone() };
        let lines = assistance(policy, input, None, assume).lines;
        return Outcome {
            key: policy.key,
            document_number: policy.document_number.clone(),
            coverage: coverage.clone(),
            contribution: unknown.clone(),
            assistance: Assistance {
                amount: unknown.clone(),
                winner: None,
                payment: None,
                lines,
                decision: AssistDecision::NotCovered { reason: reason.clone() },
                stacking: None,
            },
            pay_now: unknown.clone(),
            net_payable: unknown,
            government_subsidy: None,
            total_premium: None,
            channels: Vec::new(),
            deadlines,
            notes,
            age,
            age_period,
            questions: Vec::new(),
        };
    }
    let c = &d.contribution;
    let provisional = c.provisional;
    let assist = assistance(policy, input, Some(c.amount), assume);
    let elsewhere = assist.lines.iter().any(|l| matches!(l.verdict, AssistVerdict::Elsewhere { .. }));
    let (contribution, pay_now, net_payable) = if elsewhere {
        let u = assist.amount.clone();
        (u.clone(), u.clone(), u)
    } else {
        let contribution = known(policy, c.amount, &[&c.clause], provisional);
        let a_clause = assist.amount.citation().map(|x| x.clause.clone()).unwrap_or_default();
        let pay_clause: Vec<String> =
            assist.lines.iter().filter(|l| Some(l.code) == assist.winner).map(|l| l.citation.clause.clone()).collect();
        let pay_now = match (&assist.amount, assist.payment) {
            (Amount::Known { value, .. }, Some(PaymentMode::FundedDirectly)) => {
                let mut cl = vec![c.clause.as_str(), a_clause.as_str()];
                cl.extend(pay_clause.iter().map(String::as_str));
                known(policy, c.amount.saturating_sub(value.value), &cl, provisional && value.value != c.amount)
            }
            (Amount::Known { .. }, _) | (Amount::Unknown { .. } | Amount::Depends { .. }, Some(PaymentMode::PayFirstReimbursed)) => {
                let mut cl = vec![c.clause.as_str()];
                cl.extend(pay_clause.iter().map(String::as_str));
                if let Some(l) = assist.lines.iter().find(|l| l.payment == Some(PaymentMode::PayFirstReimbursed)) {
                    if assist.payment == Some(PaymentMode::PayFirstReimbursed) {
                        cl.push(&l.citation.clause);
                    }
                }
                known(policy, c.amount, &cl, provisional)
            }
            (other, _) => other.clone(),
        };
        let net = match &assist.amount {
            Amount::Known { value, .. } => {
                known(policy, c.amount.saturating_sub(value.value), &[&c.clause, &a_clause], provisional && value.value != c.amount)
            }
            other => other.clone(),
        };
        (contribution, pay_now, net)
    };
    let (government_subsidy, total_premium) = match &d.subsidy {
        Some(s) if !elsewhere => (
            Some(known(policy, s.amount, &[&s.clause], false)),
            Some(known(policy, c.amount + s.amount, &[&c.clause, &s.clause], provisional)),
        ),
        _ => (None, None),
    };
    // Routes and notes that depend on an assistance identity only count identities that
    // give something (or may) under this notice: not one excluded by an age limit.
    let effective = CalcInput {
        assist: assist
            .lines
            .iter()
            .filter(|l| !matches!(l.verdict, AssistVerdict::NotListed | AssistVerdict::NotEligible { .. }))
            .map(|l| l.code)
            .collect(),
        ..input.clone()
    };
    let input = &effective;
    let routes = enroll_routes(policy, input);
    let mut channels: Vec<ChannelStep> = routes.iter().map(|(r, c)| step(ChannelKind::Enroll, r, policy, c.clone())).collect();
    // Someone whose contribution is funded directly in full pays nothing: no payment channels.
    let pays_nothing = pay_now.money() == Some(Money::ZERO);
    if !elsewhere && !pays_nothing {
        channels.extend(pay_steps(policy, input, &routes));
    }
    for n in &d.notes {
        match matches(&n.when, input, &routes) {
            Match::No => {}
            Match::Yes => notes.push(Note { kind: n.kind, text: n.text.clone(), citation: policy.cite(&n.clause), condition: None }),
            Match::Maybe(cond) => {
                notes.push(Note { kind: n.kind, text: n.text.clone(), citation: policy.cite(&n.clause), condition: Some(cond) })
            }
        }
    }
    Outcome {
        key: policy.key,
        document_number: policy.document_number.clone(),
        coverage,
        contribution,
        assistance: assist,
        pay_now,
        net_payable,
        government_subsidy,
        total_premium,
        channels,
        deadlines,
        notes,
        age,
        age_period,
        questions: Vec::new(),
    }
}
