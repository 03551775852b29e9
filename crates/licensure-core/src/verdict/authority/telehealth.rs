//! Telehealth registrations held, and exceptions that need no application, as authority:
//! each judged against the offer's profession, modalities, controlled substances and
//! patients.
//!
//! Limits: a held registration is matched to the jurisdiction's registration route in the
//! reference data by profession; when the data does not describe it, the answer is
//! "verify". Written-out limits cannot be read by the engine: for an exception they give
//! "verify", for a registration a warning.

use crate::model::Schedule;
use crate::model::{Modality, TelehealthRegistration};
use crate::reason::{Outcome, Reason};
use crate::reference::{Fact, TelehealthRoute, TelehealthRouteKind};
use std::sync::Arc;

use crate::verdict::period::{Day, Validity};
use crate::verdict::{choose, list_words, Basis, Finding, StateContext};

pub(super) fn registration(ctx: &StateContext<'_>, id: &str, r: &TelehealthRegistration) -> Basis {
    let state = ctx.name();
    let Some(facts) = ctx.facts else {
        return Basis::Applies(vec![ctx.no_facts("the telehealth registration's terms")]);
    };
    let registrations: Vec<&Fact<TelehealthRoute>> = facts
        .telehealth_routes
        .iter()
        .filter(|f| {
            f.value
                .as_ref()
                .is_some_and(|route| route.kind.is_applied_for())
        })
        .collect();
    let known: Vec<(&Fact<TelehealthRoute>, &TelehealthRoute)> = registrations
        .iter()
        .filter_map(|f| f.known().map(|route| (*f, route)))
        .collect();
    let for_profession: Vec<_> = known
        .iter()
        .filter(|(_, route)| route.professions.contains(&ctx.profile.profession))
        .collect();
    if for_profession.is_empty() {
        if !known.is_empty() && known.len() == registrations.len() {
            return Basis::DoesNotApply(Finding::new(ctx.relying_on(
                Reason::new(
                    "registration_other_profession",
                    Outcome::Missing,
                    ctx.text(format_args!(
                        "{state}'s telehealth registration does not cover practice as {}.",
                        ctx.profile.profession.label()
                    )),
                ),
                id,
            )));
        }
        let mut reason = ctx.relying_on(
            Reason::new(
                "telehealth_registration_terms_unknown",
                Outcome::Verify,
                ctx.text(format_args!(
                    "The terms of {state}'s telehealth registration are not established in the \
                     reference data; confirm with the board that it covers this work."
                )),
            ),
            id,
        );
        for f in &registrations {
            reason =
                reason.citing(f.cite(ctx.text(format_args!("telehealth registration in {state}"))));
        }
        // The route a checked answer settles: the first whose terms are not established.
        if let Some(route) = registrations
            .iter()
            .find(|f| f.known().is_none())
            .and_then(|f| f.value.as_ref())
        {
            reason = reason.about(route.id.clone());
        }
        return Basis::Applies(vec![Finding::new(reason)]);
    }
    let bases = for_profession
        .into_iter()
        .map(|(fact, route)| registration_under(ctx, id, r, fact, route));
    match choose(bases) {
        Ok(findings) => Basis::Applies(findings),
        Err(mut refused) => match refused.pop() {
            Some(first) => Basis::DoesNotApply(first),
            None => Basis::Applies(Vec::new()),
        },
    }
}

fn registration_under(
    ctx: &StateContext<'_>,
    id: &str,
    r: &TelehealthRegistration,
    fact: &Fact<TelehealthRoute>,
    route: &TelehealthRoute,
) -> Basis {
    let citation = ctx
        .pass
        .citation(fact, || format!("{} ({})", route.name, ctx.jurisdiction));
    let mut findings = match fit(ctx, route, Outcome::Warning) {
        Ok(findings) => findings,
        Err(refused) => {
            let reason = ctx.relying_on(refused, id).citing(citation);
            return Basis::DoesNotApply(Finding::new(reason));
        }
    };
    let name = &route.name;
    let renew = |code: &'static str| ctx.step(code, ctx.text(format_args!("Renew the {name}.")));
    let finding = match ctx.period.validity(r.issued, r.expires) {
        Validity::Covers(_) => Finding::new(Reason::new(
            "telehealth_registration_covers",
            Outcome::Met,
            ctx.text(format_args!(
                "The {name} covers this telehealth work for the whole offer{}.",
                conditions(route)
            )),
        )),
        // Renewed in the normal course while the route stays open: a date, not a gap.
        Validity::EndsDuring(end) if route.closed_on.is_none() => Finding::new(Reason::new(
            "registration_expires_during_offer",
            Outcome::Met,
            ctx.text(format_args!(
                "The {name} is valid when the offer starts; renew it by {end} to keep it \
                 through the offer's end on {}.",
                Day(ctx.period.end)
            )),
        ))
        .with_renewal(ctx.renewal(id, || format!("the {name}"), end.0, None, None)),
        Validity::EndsDuring(end) => Finding::new(Reason::new(
            "registration_expires_during_offer",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {name} expires on {end}, before the offer ends on {}, and the route is \
                 closed: it cannot be renewed.",
                Day(ctx.period.end)
            )),
        ))
        .with_step(renew("registration_expires_during_offer")),
        Validity::ExpiredBefore(end) => Finding::new(Reason::new(
            "registration_expired",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {name} expires on {end}, before the offer period starts."
            )),
        ))
        .with_step(renew("registration_expired")),
        Validity::NotYetValid(issued) => Finding::new(Reason::new(
            "registration_not_yet_valid",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {name} is issued on {issued}, after the offer period starts on {}.",
                Day(ctx.period.start)
            )),
        ))
        .with_step(ctx.step(
            "registration_not_yet_valid",
            "Start the offer only once the registration is issued, or move the start.",
        )),
        Validity::UnknownExpiry => Finding::new(Reason::new(
            "registration_expiry_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "No expiry date is recorded for the {name}; record it from the board's notice."
            )),
        )),
    };
    findings.insert(0, finding);
    let id = ctx.pass.credential_id(id);
    for f in &mut findings {
        f.reason.credential_id = Some(Arc::clone(&id));
        f.reason.citations.push(citation.clone());
    }
    Basis::Applies(findings)
}

/// Exceptions that need no application, as bases.
pub(super) fn exceptions(ctx: &StateContext<'_>) -> Vec<Basis> {
    let Some(facts) = ctx.facts else {
        return Vec::new();
    };
    facts
        .telehealth_routes
        .iter()
        .filter_map(|fact| {
            let route = fact.known()?;
            let applies = route.kind == TelehealthRouteKind::Exception
                && route.scope.limit().is_none()
                && route.professions.contains(&ctx.profile.profession);
            applies.then(|| exception(ctx, fact, route))
        })
        .collect()
}

/// Why each exception limited to existing patients, consultation, emergencies, occasional
/// practice or a border area does not serve a telehealth job here, naming it (written only
/// when authority is not met: such an exception never is a candidate).
pub(super) fn limited_exceptions(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) {
    let Some(facts) = ctx.facts else {
        return;
    };
    for fact in &facts.telehealth_routes {
        let Some(route) = fact.known() else {
            continue;
        };
        let limited = route.kind == TelehealthRouteKind::Exception
            && route.scope.limit().is_some()
            && route.professions.contains(&ctx.profile.profession);
        if limited {
            if let Err(refused) = fit(ctx, route, Outcome::Verify) {
                let citation = ctx
                    .pass
                    .citation(fact, || format!("{} ({})", route.name, ctx.jurisdiction));
                findings.push(Finding::new(refused.citing(citation)));
            }
        }
    }
}

/// Whether the jurisdiction has an exception limited in scope for this profession.
pub(super) fn has_limited_exceptions(ctx: &StateContext<'_>) -> bool {
    ctx.facts.is_some_and(|facts| {
        facts
            .telehealth_routes
            .iter()
            .filter_map(Fact::known)
            .any(|route| {
                route.kind == TelehealthRouteKind::Exception
                    && route.scope.limit().is_some()
                    && route.professions.contains(&ctx.profile.profession)
            })
    })
}

fn exception(
    ctx: &StateContext<'_>,
    fact: &Fact<TelehealthRoute>,
    route: &TelehealthRoute,
) -> Basis {
    let citation = ctx
        .pass
        .citation(fact, || format!("{} ({})", route.name, ctx.jurisdiction));
    match fit(ctx, route, Outcome::Verify) {
        Err(refused) => Basis::DoesNotApply(Finding::new(refused.citing(citation))),
        Ok(mut findings) => {
            findings.insert(
                0,
                Finding::new(Reason::new(
                    "telehealth_exception_applies",
                    Outcome::Warning,
                    ctx.text(format_args!(
                        "The {} lets out-of-state clinicians practise in {} without a license{}. \
                         Exceptions are narrow: read the rule before relying on it.",
                        route.name,
                        ctx.name(),
                        conditions(route)
                    )),
                )),
            );
            for f in &mut findings {
                f.reason.citations.push(citation.clone());
            }
            Basis::Applies(findings)
        }
    }
}

/// Whether a telehealth route's limits fit the offer: Err with the reason it does not, or
/// the findings about limits to respect (written-out limits get `limits_outcome`).
pub(super) fn fit(
    ctx: &StateContext<'_>,
    route: &TelehealthRoute,
    limits_outcome: Outcome,
) -> Result<Vec<Finding>, Reason> {
    let name = &route.name;
    let offer = ctx.offer;
    let mut findings = Vec::new();
    if !route.modalities.is_empty() {
        if offer.modalities.is_empty() {
            findings.push(Finding::new(Reason::new(
                "offer_modalities_unknown",
                Outcome::Verify,
                ctx.text(format_args!(
                    "The {name} allows only some kinds of visits, and the offer does not say how \
                     visits happen: record the modalities."
                )),
            )));
        }
        let excluded: Vec<&str> = offer
            .modalities
            .iter()
            .filter(|m| !route.modalities.contains(m))
            .map(|m| modality_word(*m))
            .collect();
        if !excluded.is_empty() {
            return Err(Reason::new(
                "route_excludes_modality",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The {name} does not allow {} visits.",
                    list_words(&excluded)
                )),
            ));
        }
    }
    if route
        .closed_on
        .is_some_and(|closed| closed < ctx.period.start)
    {
        return Err(Reason::new(
            "route_closed",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {name} was closed on {}: it is no longer a way to practise in {}.",
                route
                    .closed_on
                    .map(Day)
                    .map_or_else(String::new, |d| d.to_string()),
                ctx.name()
            )),
        ));
    }
    if let Some(limit) = route.scope.limit() {
        return Err(Reason::new(
            scope_code(route),
            Outcome::Missing,
            ctx.text(format_args!(
                "The {name} covers only {limit}; a telehealth job means patients of your own, \
                 new ones included."
            )),
        ));
    }
    if route.no_in_person && offer.in_person_visits {
        return Err(Reason::new(
            "route_excludes_in_person",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {name} allows no in-person care in {}, and the offer includes in-person \
                 visits: it needs a full license (or a compact privilege) there.",
                ctx.name()
            )),
        ));
    }
    if !offer.controlled_substances.is_empty() {
        match route.controlled_substances_allowed {
            Some(false) => {
                return Err(Reason::new(
                    "route_excludes_controlled_substances",
                    Outcome::Missing,
                    ctx.text(format_args!("The {name} does not allow prescribing controlled substances, which the offer needs.")),
                ))
            }
            None => findings.push(Finding::new(
                Reason::new(
                    "route_controlled_substances_unknown",
                    Outcome::Verify,
                    ctx.text(format_args!(
                        "Whether the {name} allows prescribing controlled substances is not \
                         established: ask the board before prescribing under it."
                    )),
                )
                .about(route.id.clone()),
            )),
            Some(true) => {
                let barred: Vec<&str> = offer
                    .controlled_substances
                    .iter()
                    .filter(|s| route.excluded_schedules.contains(s))
                    .map(|s| schedule_word(*s))
                    .collect();
                if !barred.is_empty() {
                    return Err(Reason::new(
                        "route_excludes_schedules",
                        Outcome::Missing,
                        ctx.text(format_args!("The {name} does not allow prescribing {}.", list_words(&barred))),
                    ));
                }
            }
        }
    }
    if !route.limits.trim().is_empty() {
        findings.push(Finding::new(Reason::new(
            "telehealth_route_limits",
            limits_outcome,
            ctx.text(format_args!(
                "The {name} carries limits to respect: {}",
                route.limits.trim()
            )),
        )));
    }
    Ok(findings)
}

/// The stable code for a route that does not serve new patients.
fn scope_code(route: &TelehealthRoute) -> &'static str {
    use crate::reference::RouteScope;
    match route.scope {
        RouteScope::AnyPatient => "route_scope",
        RouteScope::ExistingPatients => "route_existing_patients_only",
        RouteScope::Consultation => "route_consultation_only",
        RouteScope::Emergency => "route_emergency_only",
        RouteScope::Occasional => "route_occasional_only",
        RouteScope::Border => "route_border_only",
    }
}

fn schedule_word(s: Schedule) -> &'static str {
    match s {
        Schedule::S2 => "schedule II",
        Schedule::S2N => "schedule II non-narcotics",
        Schedule::S3 => "schedule III",
        Schedule::S3N => "schedule III non-narcotics",
        Schedule::S4 => "schedule IV",
        Schedule::S5 => "schedule V",
    }
}

fn conditions(route: &TelehealthRoute) -> String {
    match (route.no_office, route.no_in_person) {
        (true, true) => ", with no office and no in-person care in the state".to_string(),
        (true, false) => ", with no office in the state".to_string(),
        (false, true) => ", with no in-person care in the state".to_string(),
        (false, false) => String::new(),
    }
}

pub(in crate::verdict) fn modality_word(m: Modality) -> &'static str {
    match m {
        Modality::Video => "video",
        Modality::AudioOnly => "audio-only",
        Modality::Asynchronous => "asynchronous (store-and-forward)",
    }
}
