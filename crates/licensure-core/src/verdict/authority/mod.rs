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
use crate::reference::Fact;

use super::{best_of, Basis, Finding, Judged, StateContext};
use license::license;
use privilege::privilege;
use telehealth::{exceptions, fit, has_limited_exceptions, limited_exceptions, registration};

/// Adds the authority findings for one jurisdiction to `findings`; the fastest path when
/// authority is not met now.
///
/// Of the credentials and exceptions that could serve, the one closest to "met" is reported
/// (the credentials of this state first, then privileges based elsewhere, then exceptions:
/// the first wins ties), written out by [`best_of`]. Only when authority is not met, and
/// some candidate does not apply, are the candidates judged again in full to say why those
/// do not serve.
pub(super) fn check(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) -> Option<Arc<Route>> {
    let elsewhere = ctx
        .privileges()
        .iter()
        .filter(|c| c.detail.jurisdiction() != Some(ctx.jurisdiction));
    let exceptions = exceptions(ctx);
    let candidates = ctx
        .here()
        .iter()
        .chain(elsewhere)
        .map(|c| Candidate::Held(c))
        .chain(exceptions.iter().map(Candidate::Exception));
    let ranked = best_of(ctx, candidates.clone(), judge, findings);
    if ranked
        .best
        .is_some_and(|outcome| outcome <= Outcome::Warning)
    {
        return None;
    }
    // Not met: say why the other credentials and exceptions do not serve.
    if ranked.refused {
        let mut judged = Vec::new();
        for candidate in candidates {
            judged.clear();
            if let Judged::DoesNotApply(why) = judge(ctx, &candidate, &mut judged) {
                findings.push(why);
            }
        }
    }
    if has_limited_exceptions(ctx) {
        limited_exceptions(ctx, findings);
    }
    match ranked.best {
        Some(_) => fastest_route(ctx),
        None => no_authority(ctx, findings),
    }
}

/// What could give authority here: a recorded credential, or a telehealth exception (already
/// judged against the offer).
#[derive(Clone, Copy)]
enum Candidate<'a> {
    Held(&'a Credential),
    Exception(&'a Basis),
}

/// Judges a candidate as authority in this jurisdiction into `findings`.
fn judge(ctx: &StateContext<'_>, candidate: &Candidate<'_>, findings: &mut Vec<Finding>) -> Judged {
    let basis = match candidate {
        Candidate::Held(credential) => match &credential.detail {
            CredentialDetail::StateLicense(l) if l.jurisdiction == ctx.jurisdiction => {
                return license(ctx, &credential.id, l, findings);
            }
            CredentialDetail::CompactPrivilege(p) => match privilege(ctx, &credential.id, p) {
                Some(basis) => basis,
                None => return Judged::NotHere,
            },
            CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == ctx.jurisdiction => {
                registration(ctx, &credential.id, r)
            }
            _ => return Judged::NotHere,
        },
        Candidate::Exception(Basis::Applies(judged)) => {
            findings.extend(judged.iter().cloned());
            return Judged::Applies;
        }
        Candidate::Exception(Basis::DoesNotApply(why)) => return Judged::DoesNotApply(why.clone()),
    };
    match basis {
        Basis::Applies(mut judged) => {
            findings.append(&mut judged);
            Judged::Applies
        }
        Basis::DoesNotApply(why) => Judged::DoesNotApply(why),
    }
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
            .find(|t| t.kind.is_applied_for() && t.name == name)
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
                ctx.text(format_args!(
                    "No recorded license, privilege or registration authorises this work as \
                     {profession} in {state}. Fastest route: {}.",
                    route.name
                )),
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
                ctx.text(format_args!(
                    "No recorded credential authorises practice as {profession} in {state}, and \
                     every route to authority is closed: {}",
                    why.join(" ")
                )),
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
                ctx.text(format_args!(
                    "No recorded license, privilege or registration authorises this work as \
                     {profession} in {state}."
                )),
            );
            let step = ctx.step(
                "no_authority_in_state",
                ctx.text(format_args!(
                    "Obtain authority to practise as {profession} in {state}: a license, a \
                     compact privilege or a telehealth registration."
                )),
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
