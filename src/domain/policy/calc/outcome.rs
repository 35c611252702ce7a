//! What [`super::calculate`] returns: the outcome's types, decisions and never words.

use chrono::NaiveDate;

use crate::domain::inputs::{Assist, Hukou, Status};
use crate::domain::lang::Text;
use crate::domain::money::Money;
use crate::domain::policy::data::NoteKind;
pub use crate::domain::policy::data::PaymentMode;
use crate::domain::policy::period::AgePeriod;
use crate::domain::policy::scenario::{Condition, Question};
use crate::domain::policy::{Amount, Ask, Citation, Cited, Policy, PolicyKey, Reason};

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
        crate::domain::policy::find(self.key)
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
    Unknown { max: Option<Money>, reason: Reason, ask: Ask },
    /// The person enrolls under another policy; this notice gives none of their amounts.
    Elsewhere { ask: Ask },
    /// The notice's assistance table does not list this identity: nothing under this notice.
    NotListed,
    /// Listed, but this person does not meet its condition (e.g. the age limit).
    NotEligible { reason: Reason },
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
    /// What the notice says of this identity, or why it does not apply or is not settled.
    pub reason: Reason,
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
    Open { reason: Reason, best: Option<(Assist, Money)> },
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
    pub condition: Option<Condition>,
}

/// A cited remark for this applicant (waiting periods, scope, practical advice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub text: Text,
    pub citation: Citation,
    pub condition: Option<Condition>,
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
    pub start_note: Option<StartNote>,
    pub text: Option<Text>,
    /// What the notice says happens once the window has closed (肇庆 §2(3): 逾期不予补缴).
    pub after_close: Option<Cited<Text>>,
    /// Set where the notice's window does not apply to this person and another document does.
    pub other_rules: Option<OtherRules>,
}

/// The notice gives no start date for the window: what it does say (worded by the catalogue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartNote {
    /// The year payment is made in, and its clause, for a payment-year notice (甘州 2022).
    pub payment_year: Option<(u16, String)>,
    /// The day the notice was issued, where it says.
    pub issued: Option<NaiveDate>,
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
    pub audience: crate::domain::policy::data::TaskAudience,
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
