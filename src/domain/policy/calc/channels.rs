//! Where and how this person enrolls and pays: the notice's routes and steps that hold, or
//! may hold depending on an answer not given.

use super::outcome::{CalcInput, ChannelKind, ChannelStep};
use crate::domain::inputs::Assist;
use crate::domain::lang::Text;
use crate::domain::policy::data::{Route, When};
use crate::domain::policy::scenario;
use crate::domain::policy::Policy;

/// A condition that holds, fails, or depends on an answer not given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Match {
    Yes,
    No,
    Maybe(Text),
}

pub(super) fn holds(assist: &[Assist], code: Assist) -> bool {
    assist.iter().any(|a| *a == code || a.group() == code)
}

pub(super) fn matches(when: &When, input: &CalcInput, routes: &[(&Route, Option<Text>)]) -> Match {
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

/// The enrollment routes shown to this person: every conditional route up to and including
/// the first that holds (routes are tried in order; the first that holds is the route).
pub(super) fn enroll_routes<'a>(policy: &'a Policy, input: &CalcInput) -> Vec<(&'a Route, Option<Text>)> {
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
pub(super) fn route_match(ids: &[String], routes: &[(&Route, Option<Text>)]) -> Match {
    let Some((r, _)) = routes.iter().find(|(r, _)| r.id.as_ref().is_some_and(|id| ids.contains(id))) else {
        return Match::No;
    };
    if routes.len() == 1 {
        return Match::Yes;
    }
    let name = r.name.clone().unwrap_or_else(|| Text::new("该途径", "this route"));
    Match::Maybe(Text::new(format!("如果通过{}参保", name.zh), format!("If you enroll through {}", name.en)))
}

pub(super) fn step(kind: ChannelKind, r: &Route, policy: &Policy, condition: Option<Text>) -> ChannelStep {
    ChannelStep { kind, text: r.text.clone(), route_name: r.name.clone(), citation: policy.cite(&r.clause), condition }
}

/// Every payment step that holds (or may hold) for this person on their route.
pub(super) fn pay_steps(policy: &Policy, input: &CalcInput, routes: &[(&Route, Option<Text>)]) -> Vec<ChannelStep> {
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
