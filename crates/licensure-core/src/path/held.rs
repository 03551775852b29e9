//! Routes through what the clinician already holds: a license in the jurisdiction, or a
//! telehealth registration there.

use chrono::NaiveDate;

use crate::license_standing::{held_license, HeldLicense, LicenseStanding};
use crate::model::{Credential, CredentialDetail, Profession};
use crate::reason::{Outcome, Reason};
use crate::Jurisdiction;

use super::{Route, RouteKind};

pub(super) fn license_route(
    j: Jurisdiction,
    profession: Profession,
    credentials: &[Credential],
    today: NaiveDate,
) -> Option<Route> {
    let name = format!("License in {}", j.name());
    let (reason, steps) = match held_license(profession, credentials, j, today) {
        HeldLicense::None => return None,
        HeldLicense::UnrecognizedType { credential_id } => (
            Reason::new(
                "license_type_unrecognized",
                Outcome::Verify,
                format!("A license in {} is recorded, but its type is not recognised for your profession.", j.name()),
            )
            .with_credential(credential_id),
            vec!["Check the license type recorded for this state".to_string()],
        ),
        HeldLicense::Held {
            credential_id,
            standing,
        } => {
            let (reason, steps) = match standing {
                LicenseStanding::FullUnrestricted => (
                    Reason::new(
                        "license_active",
                        Outcome::Met,
                        format!("You hold an active, unrestricted license in {}.", j.name()),
                    ),
                    Vec::new(),
                ),
                LicenseStanding::ExpiryUnknown => (
                    Reason::new(
                        "license_expiry_unknown",
                        Outcome::Verify,
                        format!("Your {} license has no expiry date on record.", j.name()),
                    ),
                    vec!["Record the license's expiry date".to_string()],
                ),
                LicenseStanding::Restricted => (
                    Reason::new(
                        "license_restricted",
                        Outcome::Verify,
                        format!("Your {} license is restricted or on probation: check whether its terms allow this practice.", j.name()),
                    ),
                    vec!["Confirm with the board what the restriction allows".to_string()],
                ),
                LicenseStanding::NotActive => (
                    Reason::new(
                        "license_not_active",
                        Outcome::Missing,
                        format!("Your {} license is expired or not active.", j.name()),
                    ),
                    vec![format!("Renew or reactivate the license with the {} board", j.name())],
                ),
                LicenseStanding::Revoked => (
                    Reason::new(
                        "license_revoked",
                        Outcome::Blocked,
                        format!("Your {} license was revoked.", j.name()),
                    ),
                    Vec::new(),
                ),
            };
            (reason.with_credential(credential_id), steps)
        }
    };
    Some(Route::new(RouteKind::AlreadyAuthorized, name, vec![reason]).steps(steps))
}

/// Privileges on record that name or cover `j` for the profession's compacts.
pub(super) fn registration_routes(
    j: Jurisdiction,
    credentials: &[Credential],
    today: NaiveDate,
) -> Vec<Route> {
    credentials
        .iter()
        .filter_map(|c| match &c.detail {
            CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == j => Some((c, r)),
            _ => None,
        })
        .map(|(credential, registration)| {
            let reason = match registration.expires {
                Some(d) if d >= today => {
                    let limits = if registration.limits.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" Limits recorded: {}.", registration.limits.trim())
                    };
                    Reason::new(
                        "telehealth_registration_active",
                        Outcome::Met,
                        format!(
                            "You hold a current telehealth registration in {}.{limits}",
                            j.name()
                        ),
                    )
                }
                Some(_) => Reason::new(
                    "telehealth_registration_expired",
                    Outcome::Missing,
                    format!(
                        "Your telehealth registration in {} has expired: renew it.",
                        j.name()
                    ),
                ),
                None => Reason::new(
                    "telehealth_registration_expiry_unknown",
                    Outcome::Verify,
                    format!(
                        "Your telehealth registration in {} has no expiry date on record.",
                        j.name()
                    ),
                ),
            };
            let steps = match reason.outcome {
                Outcome::Missing => vec![format!(
                    "Renew the telehealth registration with the {} board",
                    j.name()
                )],
                Outcome::Verify => vec!["Record the registration's expiry date".to_string()],
                _ => Vec::new(),
            };
            Route::new(
                RouteKind::AlreadyAuthorized,
                format!("Telehealth registration in {}", j.name()),
                vec![reason.with_credential(&credential.id)],
            )
            .steps(steps)
        })
        .collect()
}
