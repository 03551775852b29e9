//! Routes through a telehealth registration, special license or exception the jurisdiction
//! offers: never a closed route, and an exception limited to existing patients,
//! consultation, emergencies, occasional practice or a border area only as a route that
//! does not serve a telehealth job.

use chrono::NaiveDate;

use crate::license_standing::{held_license, HeldLicense, LicenseStanding};
use crate::model::{Credential, CredentialDetail, Profession, Profile};
use crate::reason::{worst, Outcome, Reason};
use crate::reference::{Dataset, TelehealthRoute, TelehealthRouteKind};
use crate::Jurisdiction;

use super::{Route, RouteKind};

pub(super) fn telehealth_routes(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Route> {
    let Some(facts) = data.jurisdiction(j) else {
        return Vec::new();
    };
    let registered = credentials.iter().any(
        |c| matches!(&c.detail, CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == j),
    );
    let licensed_elsewhere = Jurisdiction::ALL.iter().any(|&other| {
        other != j
            && matches!(
                held_license(profile.profession, credentials, other, today),
                HeldLicense::Held {
                    standing: LicenseStanding::FullUnrestricted,
                    ..
                }
            )
    });
    let mut routes = Vec::new();
    for fact in &facts.telehealth_routes {
        let citation = fact.cite(format!("Telehealth route of {}", j.code()));
        let Some(route) = fact.known() else {
            let (kind, name) = fact.value.as_ref().map_or(
                (
                    RouteKind::TelehealthRegistration,
                    "Telehealth route".to_string(),
                ),
                |r| (kind_of(r), r.name.clone()),
            );
            routes.push(
                Route::new(
                    kind,
                    name,
                    vec![{
                        let reason = Reason::new(
                            "telehealth_route_unconfirmed",
                            Outcome::Verify,
                            format!(
                                "This {} telehealth route is not established in the reference \
                                 data.",
                                j.name()
                            ),
                        )
                        .citing(citation.clone());
                        match &fact.value {
                            Some(r) => reason.about(r.id.clone()),
                            None => reason,
                        }
                    }],
                )
                .citing(Some(citation)),
            );
            continue;
        };
        if (route.kind.is_applied_for() && registered) || !route.open_on(today) {
            // Held already, or closed: never offered.
            continue;
        }
        let reasons = telehealth_reasons(j, route, profile.profession, licensed_elsewhere)
            .into_iter()
            .map(|r| r.citing(citation.clone()))
            .collect::<Vec<_>>();
        let blocked = worst(&reasons) == Outcome::Blocked;
        let mut steps = Vec::new();
        if !blocked && route.kind.is_applied_for() {
            if !licensed_elsewhere {
                steps.push("Obtain an active, unrestricted license in another state".to_string());
            }
            steps.push(format!(
                "Apply for the {} with the {} board",
                route.name,
                j.name()
            ));
        }
        routes.push(
            Route::new(kind_of(route), route.name.clone(), reasons)
                .steps(steps)
                .costs(route.fee_usd, route.typical_days)
                .citing(Some(citation)),
        );
    }
    routes
}

fn kind_of(route: &TelehealthRoute) -> RouteKind {
    match route.kind {
        TelehealthRouteKind::Registration | TelehealthRouteKind::SpecialLicense => {
            RouteKind::TelehealthRegistration
        }
        TelehealthRouteKind::Exception => RouteKind::TelehealthException,
    }
}

fn telehealth_reasons(
    j: Jurisdiction,
    route: &TelehealthRoute,
    profession: Profession,
    licensed_elsewhere: bool,
) -> Vec<Reason> {
    if !route.professions.contains(&profession) {
        return vec![Reason::new(
            "route_not_for_profession",
            Outcome::Blocked,
            format!(
                "This route is not open to a {}.",
                profession.label().to_lowercase()
            ),
        )];
    }
    let mut limits: Vec<String> = Vec::new();
    if route.no_office {
        limits.push(format!("no office in {}", j.name()));
    }
    if route.no_in_person {
        limits.push("no in-person care".into());
    }
    match route.controlled_substances_allowed {
        Some(false) => limits.push("no controlled-substance prescribing".into()),
        None => limits.push("controlled-substance prescribing not established".into()),
        Some(true) => {}
    }
    if !route.limits.trim().is_empty() {
        limits.push(route.limits.trim().to_string());
    }
    if let Some(limit) = route.scope.limit() {
        return vec![Reason::new(
            "route_scope_limited",
            Outcome::Blocked,
            format!("This route covers only {limit}: no route to treating patients of your own."),
        )];
    }
    let mut reasons = Vec::new();
    match route.kind {
        TelehealthRouteKind::Registration | TelehealthRouteKind::SpecialLicense => {
            if !licensed_elsewhere {
                reasons.push(Reason::new(
                    "license_elsewhere_needed",
                    Outcome::Missing,
                    "The registration needs an active, unrestricted license in another state, and none is on record.",
                ));
            }
            reasons.push(Reason::new(
                "telehealth_registration_available",
                Outcome::Missing,
                format!(
                    "{} offers a telehealth registration for your profession.",
                    j.name()
                ),
            ));
            if !limits.is_empty() {
                reasons.push(Reason::new(
                    "route_limits",
                    Outcome::Warning,
                    format!("Limits: {}.", limits.join("; ")),
                ));
            }
        }
        TelehealthRouteKind::Exception => {
            let conditions = if limits.is_empty() {
                String::new()
            } else {
                format!(" ({})", limits.join("; "))
            };
            reasons.push(Reason::new(
                "telehealth_exception_conditions",
                Outcome::Verify,
                format!("An exception needs no application but holds only under its conditions{conditions}: confirm each visit fits before relying on it."),
            ));
        }
    }
    reasons
}
