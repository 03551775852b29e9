//! Authority to practise in the patient's jurisdiction for the whole period: a full license,
//! a compact privilege, a telehealth registration, or a telehealth exception that fits the
//! offer. When none serves, the fastest path from `crate::path` says what to do.
//!
//! Limits: a license counts only for the profession its type names (an RN license does not
//! authorise APRN practice); an unrecognised type gives "verify". Restrictions and probation
//! are never read as harmless. Exceptions are narrow by nature: one that fits structurally is
//! at best a warning, and "verify" when its conditions are written out.

mod license;
mod privilege;
mod telehealth;

pub(super) use telehealth::modality_word;

use std::sync::Arc;

use crate::model::{Credential, CredentialDetail};
use crate::path::{Route, RouteKind};
use crate::reason::{Outcome, Reason};
use crate::reference::{Fact, TelehealthRouteKind};

use super::{deciding, precedence, Basis, Finding, Judged, StateContext};
use license::license;
use privilege::privilege;
use telehealth::{exceptions, fit, registration};

/// Adds the authority findings for one jurisdiction to `findings`; the fastest path when
/// authority is not met now.
///
/// Of the credentials and exceptions that could serve, the one closest to "met" is reported
/// (the credentials of this state first, then privileges based elsewhere, then exceptions:
/// the first wins ties). Candidates are ranked quietly and only the best is written out; why
/// the others do not serve is written only when authority is not met.
pub(super) fn check(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) -> Option<Arc<Route>> {
    let elsewhere = ctx
        .privileges()
        .iter()
        .filter(|c| c.detail.jurisdiction() != Some(ctx.jurisdiction));
    let held = ctx.here().iter().chain(elsewhere).copied();
    let mut exceptions = exceptions(ctx);
    let quiet = ctx.quietly();
    let mut scratch = ctx.pass.scratch.take();
    // The best so far: its rank and where it is (a held credential's position, or an
    // exception's after them).
    let mut best: Option<(u8, usize)> = None;
    let mut refused = false;
    let mut consider = |rank: Option<u8>, i: usize| match rank {
        Some(rank) if best.is_none_or(|(best_rank, _)| rank < best_rank) => {
            best = Some((rank, i));
        }
        Some(_) => {}
        None => refused = true,
    };
    let mut count = 0;
    for (i, credential) in held.clone().enumerate() {
        scratch.clear();
        count = i + 1;
        match judge(&quiet, credential, &mut scratch) {
            Some(Judged::Applies) => consider(Some(precedence(deciding(&scratch))), i),
            Some(Judged::DoesNotApply(_)) => consider(None, i),
            None => {}
        }
    }
    for (i, basis) in exceptions.iter().enumerate() {
        match basis {
            Basis::Applies(judged) => consider(Some(precedence(deciding(judged))), count + i),
            Basis::DoesNotApply(_) => consider(None, count + i),
        }
    }
    scratch.clear();
    ctx.pass.scratch.set(scratch);
    let met = best.is_some_and(|(rank, _)| rank <= precedence(Outcome::Warning));
    if let Some((_, i)) = best {
        if i < count {
            if let Some(credential) = held.clone().nth(i) {
                judge(ctx, credential, findings);
            }
        } else if let Some(Basis::Applies(judged)) = exceptions.get_mut(i - count) {
            findings.append(judged);
        }
    }
    if met {
        return None;
    }
    // Not met: keep why the other credentials and exceptions do not serve.
    if refused {
        for credential in held {
            let mut judged = Vec::new();
            if let Some(Judged::DoesNotApply(why)) = judge(ctx, credential, &mut judged) {
                findings.push(why);
            }
        }
        for basis in exceptions {
            if let Basis::DoesNotApply(why) = basis {
                findings.push(why);
            }
        }
    }
    match best {
        Some(_) => fastest_route(ctx),
        None => no_authority(ctx, findings),
    }
}

/// Judges a credential as authority in this jurisdiction into `findings`; None when it is not
/// one that could serve here (another state's license, a privilege that does not list it).
fn judge(
    ctx: &StateContext<'_>,
    credential: &Credential,
    findings: &mut Vec<Finding>,
) -> Option<Judged> {
    let basis = match &credential.detail {
        CredentialDetail::StateLicense(l) if l.jurisdiction == ctx.jurisdiction => {
            return Some(license(ctx, &credential.id, l, findings));
        }
        CredentialDetail::CompactPrivilege(p) => privilege(ctx, &credential.id, p)?,
        CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == ctx.jurisdiction => {
            registration(ctx, &credential.id, r)
        }
        _ => return None,
    };
    Some(match basis {
        Basis::Applies(mut judged) => {
            findings.append(&mut judged);
            Judged::Applies
        }
        Basis::DoesNotApply(why) => Judged::DoesNotApply(why),
    })
}

/// Routes from `crate::path` that could still give authority for this offer, fastest first.
///
/// Routes already usable (met or warning) stand for credentials this module has judged
/// itself; exceptions are judged here against the offer; a telehealth registration whose
/// limits do not fit the offer is dropped. What remains keeps the path's order.
fn open_routes<'a>(ctx: &StateContext<'a>) -> Vec<&'a Arc<Route>> {
    ctx.path()
        .routes
        .iter()
        .filter(|r| {
            !matches!(
                r.kind,
                RouteKind::AlreadyAuthorized | RouteKind::TelehealthException
            ) && !matches!(r.outcome, Outcome::Met | Outcome::Warning)
        })
        .filter(|r| r.kind != RouteKind::TelehealthRegistration || registration_fits(ctx, &r.name))
        .collect()
}

/// Whether the telehealth registration a route names fits the offer (true when the data
/// does not describe it: the route's own reasons then speak for it).
fn registration_fits(ctx: &StateContext<'_>, name: &str) -> bool {
    let route = ctx.facts.and_then(|facts| {
        facts
            .telehealth_routes
            .iter()
            .filter_map(Fact::known)
            .find(|t| t.kind == TelehealthRouteKind::Registration && t.name == name)
    });
    route.is_none_or(|t| fit(ctx, t, Outcome::Warning).is_ok())
}

/// The fastest open route that is not closed to this clinician.
fn fastest_route(ctx: &StateContext<'_>) -> Option<Arc<Route>> {
    open_routes(ctx)
        .into_iter()
        .find(|r| r.outcome != Outcome::Blocked)
        .cloned()
}

/// No held credential or exception gives authority: the path to yes, "verify" when the only
/// routes are unknown, or "blocked" when every route is closed.
fn no_authority(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) -> Option<Arc<Route>> {
    let state = ctx.name();
    let profession = ctx.profile.profession.label();
    let routes = open_routes(ctx);
    let usable = routes
        .iter()
        .find(|r| r.outcome != Outcome::Blocked)
        .copied()
        .cloned();
    match usable {
        Some(route) => {
            let (code, outcome) = if route.outcome == Outcome::Missing {
                ("no_authority_in_state", Outcome::Missing)
            } else {
                ("route_to_state_unknown", Outcome::Verify)
            };
            let mut reason = Reason::new(
                code,
                outcome,
                format!(
                    "No recorded license, privilege or registration authorises practice as \
                     {profession} in {state}. Fastest route: {}.",
                    route.name
                ),
            );
            cite_route(&mut reason, &route);
            let mut finding = Finding::new(reason);
            if outcome == Outcome::Missing {
                finding = finding.with_step(super::Step {
                    details: route.steps.clone(),
                    estimated_days: route.typical_days,
                    fee_usd: route.fee_usd,
                    ..ctx.step(code, route.name.clone())
                });
            }
            findings.push(finding);
            Some(route)
        }
        None if !routes.is_empty() => {
            let why: Vec<&str> = routes
                .iter()
                .flat_map(|r| r.reasons.iter())
                .filter(|r| r.outcome == Outcome::Blocked)
                .map(|r| r.message.as_str())
                .collect();
            let mut reason = Reason::new(
                "no_route_to_state",
                Outcome::Blocked,
                format!(
                    "No recorded credential authorises practice as {profession} in {state}, and \
                     every route to authority is closed: {}",
                    why.join(" ")
                ),
            );
            for route in &routes {
                cite_route(&mut reason, route);
            }
            findings.push(Finding::new(reason));
            None
        }
        None => {
            let reason = Reason::new(
                "no_authority_in_state",
                Outcome::Missing,
                format!(
                    "No recorded license, privilege or registration authorises practice as \
                     {profession} in {state}."
                ),
            );
            let step = ctx.step(
                "no_authority_in_state",
                format!(
                    "Obtain authority to practise as {profession} in {state}: a license, a \
                     compact privilege or a telehealth registration."
                ),
            );
            findings.push(Finding::new(reason).with_step(step));
            None
        }
    }
}

/// Adds a route's citations (its own and its reasons') to `reason`, each fact once.
fn cite_route(reason: &mut Reason, route: &Route) {
    for citation in route
        .citations
        .iter()
        .chain(route.reasons.iter().flat_map(|r| r.citations.iter()))
    {
        if !reason.citations.contains(citation) {
            reason.citations.push(citation.clone());
        }
    }
}
