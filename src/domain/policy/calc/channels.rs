//! Where and how this person enrolls and pays: the notice's routes and steps that hold, or
//! may hold depending on an answer not given.

use super::outcome::{CalcInput, ChannelKind, ChannelStep};
use crate::domain::inputs::Assist;
use crate::domain::policy::data::{Route, When};
use crate::domain::policy::scenario::{Assumption, Condition};
use crate::domain::policy::Policy;

/// A condition that holds, fails, or depends on an answer not given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Match {
    Yes,
    No,
    Maybe(Condition),
}

pub(super) fn holds(assist: &[Assist], code: Assist) -> bool {
    assist.iter().any(|a| *a == code || a.group() == code)
}

pub(super) fn matches(when: &When, input: &CalcInput, routes: &[(&Route, Option<Condition>)]) -> Match {
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
                let hukou = Assumption::Hukou(h.clone());
                return match when.route.as_deref().map(|ids| route_match(ids, routes)) {
                    Some(Match::No) => Match::No,
                    Some(Match::Maybe(r)) => Match::Maybe(Condition { all: [vec![hukou], r.all].concat(), ..r }),
                    _ => Match::Maybe(Condition::all(vec![hukou])),
                };
            }
        }
    }
    match when.route.as_deref() {
        Some(ids) => route_match(ids, routes),
        None => Match::Yes,
    }
}

/// The enrollment routes shown to this person: every conditional route up to and including
/// the first that holds (routes are tried in order; the first that holds is the route).
pub(super) fn enroll_routes<'a>(policy: &'a Policy, input: &CalcInput) -> Vec<(&'a Route, Option<Condition>)> {
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
pub(super) fn route_match(ids: &[String], routes: &[(&Route, Option<Condition>)]) -> Match {
    let Some((r, _)) = routes.iter().find(|(r, _)| r.id.as_ref().is_some_and(|id| ids.contains(id))) else {
        return Match::No;
    };
    if routes.len() == 1 {
        return Match::Yes;
    }
    Match::Maybe(Condition::all(vec![Assumption::Route(r.name.clone())]))
}

pub(super) fn step(kind: ChannelKind, r: &Route, policy: &Policy, condition: Option<Condition>) -> ChannelStep {
    ChannelStep { kind, text: r.text.clone(), route_name: r.name.clone(), citation: policy.cite(&r.clause), condition }
}

/// Every payment step that holds (or may hold) for this person on their route.
pub(super) fn pay_steps(policy: &Policy, input: &CalcInput, routes: &[(&Route, Option<Condition>)]) -> Vec<ChannelStep> {
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
