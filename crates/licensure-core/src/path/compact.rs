//! Routes through a compact: a privilege held or to be claimed, and a compact license (the
//! IMLC's expedited license and the others).

use chrono::NaiveDate;

use crate::compact::{best_privilege, compact_option, compacts_for, issues_licenses, membership};
use crate::imlc::{ImlcEligibility, ImlcOutcome};
use crate::license_standing::{held_license, HeldLicense, LicenseStanding};
use crate::model::{Compact, CompactPrivilege, Credential, Profile};
use crate::reason::{Outcome, Reason};
use crate::reference::{CompactStatus, Dataset};
use crate::Jurisdiction;

use super::{Route, RouteKind};

pub(super) fn privilege_routes(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Route> {
    let mut routes = Vec::new();
    for &compact in compacts_for(profile.profession) {
        if compact == Compact::Imlc {
            continue;
        }
        let Some((credential, privilege, current)) = best_privilege(compact, credentials, today)
        else {
            continue;
        };
        if privilege.home_state == j {
            continue;
        }
        let found = membership(data, compact, j, today);
        if !privilege_claims(privilege, j, found.status) {
            continue;
        }
        let mut reasons = Vec::new();
        match found.status {
            Some(s) if issues_licenses(s) => {}
            Some(_) => reasons.push(Reason::new(
                "privilege_state_not_issuing",
                Outcome::Blocked,
                format!("{} does not take part in the compact today.", j.name()),
            )),
            None => reasons.push(Reason::new(
                "privilege_state_unconfirmed",
                Outcome::Verify,
                format!("Whether {} takes part in the compact is not established in the reference data.", j.name()),
            )),
        }
        reasons.push(match current {
            Some(true) => Reason::new(
                "privilege_active",
                Outcome::Met,
                format!("Your compact privilege covers {}.", j.name()),
            ),
            Some(false) => Reason::new(
                "privilege_expired",
                Outcome::Missing,
                "Your compact privilege has expired: renew it.",
            ),
            None => Reason::new(
                "privilege_expiry_unknown",
                Outcome::Verify,
                "Your compact privilege has no expiry date on record.",
            ),
        });
        let home_license_ok = matches!(
            held_license(profile.profession, credentials, privilege.home_state, today),
            HeldLicense::Held {
                standing: LicenseStanding::FullUnrestricted,
                ..
            }
        );
        if !home_license_ok {
            reasons.push(Reason::new(
                "privilege_home_license_unconfirmed",
                Outcome::Verify,
                format!("A compact privilege rests on the home-state license, and no active, unrestricted {} license is on record.", privilege.home_state.name()),
            ));
        }
        let reasons = reasons
            .into_iter()
            .map(|r| {
                let r = r.with_credential(&credential.id);
                match &found.citation {
                    Some(c) => r.citing(c.clone()),
                    None => r,
                }
            })
            .collect();
        let label = compact.short_name();
        let mut steps = match current {
            Some(true) => Vec::new(),
            Some(false) => vec![format!("Renew the {label} privilege")],
            None => vec!["Record the privilege's expiry date".to_string()],
        };
        if !home_license_ok {
            steps.push(format!(
                "Record or renew your {} license",
                privilege.home_state.name()
            ));
        }
        routes.push(
            Route::new(
                RouteKind::AlreadyAuthorized,
                format!("{label} privilege"),
                reasons,
            )
            .steps(steps),
        );
    }
    routes
}

/// The privilege names `j`, or covers every member and `j` is (or may be) one.
fn privilege_claims(
    privilege: &CompactPrivilege,
    j: Jurisdiction,
    status: Option<CompactStatus>,
) -> bool {
    privilege.privilege_states.contains(&j)
        || (privilege.privilege_states.is_empty() && status.is_none_or(issues_licenses))
}

/// The IMLC (physicians) or the profession's privilege compact, unless a privilege on record
/// already forms a route.
pub(super) fn compact_routes(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    imlc: &ImlcEligibility,
) -> Vec<Route> {
    let mut routes = Vec::new();
    for &compact in compacts_for(profile.profession) {
        if compact == Compact::Imlc {
            routes.push(imlc_route(j, data, today, imlc));
            continue;
        }
        let found = membership(data, compact, j, today);
        let claimed = best_privilege(compact, credentials, today)
            .is_some_and(|(_, p, _)| p.home_state != j && privilege_claims(p, j, found.status));
        let option = compact_option(compact, profile, credentials, data, today);
        if claimed || option.home_state == Some(j) {
            continue;
        }
        let mut reasons = match found.status {
            None => vec![Reason::new(
                "compact_state_unknown",
                Outcome::Verify,
                format!(
                    "Whether {} takes part in the {} is not established in the reference data.",
                    j.name(),
                    option.name
                ),
            )
            .about(compact.id())],
            Some(CompactStatus::NotMember) => vec![Reason::new(
                "compact_not_in_state",
                Outcome::Blocked,
                format!("{} is not a member of the {}.", j.name(), option.name),
            )],
            Some(CompactStatus::EnactedNotImplemented) => vec![Reason::new(
                "compact_not_yet_in_state",
                Outcome::Blocked,
                format!(
                    "{} has enacted the {} but does not take part yet.",
                    j.name(),
                    option.name
                ),
            )],
            Some(_) if matches!(option.outcome, Outcome::Met | Outcome::Warning) => {
                vec![Reason::new(
                    "privilege_not_for_state",
                    Outcome::Missing,
                    format!(
                        "Your compact privilege does not cover {}: obtain one for it.",
                        j.name()
                    ),
                )]
            }
            Some(_) => option.reasons.clone(),
        };
        if let Some(c) = &found.citation {
            for r in reasons.iter_mut() {
                r.citations.push(c.clone());
            }
        }
        let steps = if matches!(option.outcome, Outcome::Met | Outcome::Warning) {
            vec![format!(
                "Obtain a privilege for {} through the compact",
                j.name()
            )]
        } else {
            option.steps
        };
        routes.push(
            Route::new(RouteKind::CompactPrivilege, option.name, reasons)
                .steps(steps)
                .costs(option.fee_usd, option.typical_days),
        );
    }
    routes
}

fn imlc_route(
    j: Jurisdiction,
    data: &Dataset,
    today: NaiveDate,
    eligibility: &ImlcEligibility,
) -> Route {
    let name = "Expedited license through the IMLC";
    let found = membership(data, Compact::Imlc, j, today);
    let closed = match found.status {
        None => Some(
            Reason::new(
                "imlc_status_unknown",
                Outcome::Verify,
                format!(
                    "The IMLC status of {} is not established in the reference data.",
                    j.name()
                ),
            )
            .about(Compact::Imlc.id()),
        ),
        Some(CompactStatus::NotMember) => Some(Reason::new(
            "imlc_not_member",
            Outcome::Blocked,
            format!("{} is not an IMLC member.", j.name()),
        )),
        Some(CompactStatus::EnactedNotImplemented) => Some(Reason::new(
            "imlc_not_yet_issuing",
            Outcome::Blocked,
            format!(
                "{} has enacted the IMLC but does not issue compact licenses yet.",
                j.name()
            ),
        )),
        Some(CompactStatus::Member | CompactStatus::MemberNotPrincipal) => None,
    };
    if let Some(reason) = closed {
        let reason = match found.citation {
            Some(c) => reason.citing(c),
            None => reason,
        };
        return Route::new(RouteKind::CompactLicense, name, vec![reason]);
    }
    let loq_valid = eligibility.loq.is_valid();
    let mut reasons = eligibility.reasons.clone();
    let mut steps = Vec::new();
    match eligibility.outcome {
        ImlcOutcome::Eligible => {
            let spl = eligibility
                .principal_candidates
                .first()
                .map_or("your State of Principal License", |c| c.jurisdiction.name());
            let mut reason = Reason::new(
                "imlc_license_available",
                Outcome::Missing,
                format!("{} issues licenses through the IMLC and you appear eligible; {}'s own license fee comes on top.", j.name(), j.name()),
            );
            if let Some(c) = found.citation.clone() {
                reason = reason.citing(c);
            }
            reasons.push(reason);
            if !loq_valid {
                steps.push(format!("Apply to the IMLC naming {spl} as State of Principal License and pay the Letter of Qualification fee"));
                steps.push(format!(
                    "Complete the fingerprint background check for the {spl} board"
                ));
            }
            steps.push(format!(
                "Select {} on the IMLC portal and pay its license fee",
                j.name()
            ));
        }
        ImlcOutcome::NotEligible => steps.extend(
            reasons
                .iter()
                .filter(|r| r.outcome == Outcome::Missing)
                .map(|r| r.message.clone()),
        ),
        ImlcOutcome::Verify | ImlcOutcome::NotApplicable => {
            steps.extend(eligibility.questions.iter().map(|q| q.question.clone()))
        }
    }
    let fee = if loq_valid {
        None
    } else {
        data.imlc.loq_fee_usd.known().copied()
    };
    // The IMLC's typical time runs from an eligible application: a missing requirement
    // (board certification, an exam) takes a time no fact gives, so the route's is unknown.
    let days = data
        .compact(Compact::Imlc)
        .and_then(|f| f.typical_days.as_ref())
        .filter(|_| eligibility.outcome != ImlcOutcome::NotEligible);
    Route::new(RouteKind::CompactLicense, name, reasons)
        .steps(steps)
        .costs(fee, days.and_then(|d| d.known().copied()))
        .citing((!loq_valid).then(|| {
            data.imlc
                .loq_fee_usd
                .cite("IMLC Letter of Qualification fee")
        }))
        .citing(days.map(|d| d.cite("IMLC typical time")))
}
