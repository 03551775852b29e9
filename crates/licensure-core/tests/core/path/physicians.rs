//! Path cases for physicians: licenses held, the IMLC, telehealth registrations and
//! exceptions, full licenses, and data that is missing or unconfirmed.

use licensure_core::model::{LicenseStatus, Profession, Profile};
use licensure_core::path::RouteKind;
use licensure_core::reason::Outcome;
use licensure_core::reference::TelehealthRoute;
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use Outcome::*;
use RouteKind::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "an active unrestricted license is the only route needed",
            routes: vec![(AlreadyAuthorized, Met, "license_active")],
            ..doctor(TX)
        },
        Case {
            name: "IMLC first, then the telehealth registration, then a full license",
            routes: vec![
                (CompactLicense, Missing, "imlc_license_available"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "a current telehealth registration authorises now and comes first",
            credentials: vec![
                md(TX),
                abms(),
                telehealth_registration(FL, Some(day(2027, 1, 31))),
            ],
            routes: vec![
                (AlreadyAuthorized, Met, "telehealth_registration_active"),
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "an expired registration is a renewal step, listed with the other routes",
            credentials: vec![
                md(TX),
                abms(),
                telehealth_registration(FL, Some(day(2026, 5, 31))),
            ],
            routes: vec![
                (
                    AlreadyAuthorized,
                    Missing,
                    "telehealth_registration_expired",
                ),
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "a registration is faster than a full license; a follow-up exception is no route for new patients",
            routes: vec![
                (CompactLicense, Missing, "imlc_license_available"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (TelehealthException, Blocked, "route_scope_limited"),
            ],
            ..doctor(MN)
        },
        Case {
            name: "pending IMLC state: the compact route is closed and sorts last",
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "imlc_not_yet_issuing"),
            ],
            ..doctor(AR)
        },
        Case {
            name: "Hawaii cannot be principal but can be reached through the IMLC",
            routes: vec![
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(HI)
        },
        Case {
            name: "non-member state: full license only",
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "imlc_not_member"),
            ],
            ..doctor(CA)
        },
        Case {
            name: "an IMLC-ineligible physician still sees the full license first",
            credentials: vec![md(TX)],
            routes: vec![
                (CompactLicense, Missing, "board_certification_missing"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "a disciplined physician: the IMLC is closed",
            profile: Profile {
                history: licensure_core::model::History {
                    discipline: licensure_core::model::Answer::Yes,
                    ..physician().history
                },
                ..physician()
            },
            routes: vec![
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "discipline"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "an expired license in the state: renewal comes first",
            credentials: vec![
                md(TX),
                abms(),
                license(
                    "lic-co",
                    CO,
                    "MD",
                    LicenseStatus::Expired,
                    Some(day(2026, 1, 31)),
                ),
            ],
            routes: vec![
                (AlreadyAuthorized, Missing, "license_not_active"),
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(CO)
        },
        Case {
            name: "a restricted license is checked, and puts the IMLC to verify too",
            credentials: vec![
                md(TX),
                abms(),
                license(
                    "lic-co",
                    CO,
                    "MD",
                    LicenseStatus::Restricted,
                    Some(day(2027, 1, 31)),
                ),
            ],
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (AlreadyAuthorized, Verify, "license_restricted"),
                (CompactLicense, Verify, "license_restriction_on_record"),
            ],
            ..doctor(CO)
        },
        Case {
            name: "no license anywhere: each route needs work first, the IMLC is closed until a \
                   principal-capable license is held",
            profile: clinician(Profession::Md, Some(CA)),
            credentials: vec![],
            routes: vec![
                (TelehealthRegistration, Missing, "license_elsewhere_needed"),
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "spl_no_principal_license"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "jurisdiction missing from the data: verify",
            data: Data::standard().without(GU).build(),
            routes: vec![
                (CompactLicense, Verify, "imlc_status_unknown"),
                (FullLicense, Verify, "jurisdiction_facts_missing"),
            ],
            ..doctor(GU)
        },
        Case {
            name: "an unconfirmed telehealth route gives verify",
            data: Data::standard()
                .telehealth(
                    CA,
                    unknown_route(registration(
                        "ca_unconfirmed",
                        &[Profession::Md],
                        None,
                        None,
                    )),
                )
                .build(),
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (
                    TelehealthRegistration,
                    Verify,
                    "telehealth_route_unconfirmed",
                ),
                (CompactLicense, Blocked, "imlc_not_member"),
            ],
            ..doctor(CA)
        },
        Case {
            name: "two registrations: the faster one first",
            data: Data::standard()
                .telehealth(
                    CA,
                    fact(registration(
                        "ca_slow",
                        &[Profession::Md],
                        Some(50),
                        Some(40),
                    )),
                )
                .telehealth(
                    CA,
                    fact(registration(
                        "ca_fast",
                        &[Profession::Md],
                        Some(90),
                        Some(10),
                    )),
                )
                .build(),
            routes: vec![
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "imlc_not_member"),
            ],
            ..doctor(CA)
        },
    ]
}

fn unknown_route(route: TelehealthRoute) -> licensure_core::reference::Fact<TelehealthRoute> {
    licensure_core::reference::Fact {
        value: Some(route),
        ..unknown()
    }
}
