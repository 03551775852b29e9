//! Path cases for nurses under the NLC and for the professions a route is or is not open to.

use licensure_core::model::{Compact, LicenseStatus, Profession};
use licensure_core::path::RouteKind;
use licensure_core::reason::Outcome;
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use Outcome::*;
use RouteKind::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "RN with a multistate license is authorised in another member state",
            routes: vec![
                (AlreadyAuthorized, Met, "privilege_active"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..rn(
                FL,
                vec![
                    rn_tx(),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2027, 3, 31))),
                ],
            )
        },
        Case {
            name: "RN without a multistate license: the compact route comes first",
            routes: vec![
                (CompactPrivilege, Missing, "privilege_not_held"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..rn(FL, vec![rn_tx()])
        },
        Case {
            name: "a multistate license does not reach a state that is not implemented",
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (CompactPrivilege, Blocked, "compact_not_yet_in_state"),
            ],
            ..rn(
                MA,
                vec![
                    rn_tx(),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2027, 3, 31))),
                ],
            )
        },
        Case {
            name: "an expired multistate license must be renewed",
            routes: vec![
                (AlreadyAuthorized, Missing, "privilege_expired"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..rn(
                FL,
                vec![
                    rn_tx(),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2026, 5, 1))),
                ],
            )
        },
        Case {
            name: "a privilege over an expired home license is checked",
            routes: vec![
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (
                    AlreadyAuthorized,
                    Verify,
                    "privilege_home_license_unconfirmed",
                ),
            ],
            ..rn(
                FL,
                vec![
                    license(
                        "lic-tx",
                        TX,
                        "RN",
                        LicenseStatus::Expired,
                        Some(day(2026, 1, 1)),
                    ),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2027, 3, 31))),
                ],
            )
        },
        Case {
            name: "a physician-only registration is closed to a psychologist",
            profile: clinician(Profession::Psychologist, Some(AZ)),
            credentials: vec![license(
                "lic-az",
                AZ,
                "Psychologist",
                LicenseStatus::Active,
                Some(day(2027, 3, 31)),
            )],
            routes: vec![
                (FullLicense, Missing, "full_license_facts_unknown"),
                (CompactPrivilege, Blocked, "compact_not_in_state"),
                (TelehealthRegistration, Blocked, "route_not_for_profession"),
                (TelehealthException, Blocked, "route_not_for_profession"),
            ],
            ..doctor(MN)
        },
        Case {
            name: "counselor privilege bought for one state covers that state",
            profile: clinician(Profession::Counselor, Some(AZ)),
            credentials: vec![
                license(
                    "lic-az",
                    AZ,
                    "LPC",
                    LicenseStatus::Active,
                    Some(day(2027, 3, 31)),
                ),
                privilege(
                    "cc-mn",
                    Compact::Counseling,
                    AZ,
                    &[MN],
                    Some(day(2027, 3, 31)),
                ),
            ],
            routes: vec![
                (AlreadyAuthorized, Met, "privilege_active"),
                (FullLicense, Missing, "full_license_application"),
                (TelehealthRegistration, Blocked, "route_not_for_profession"),
                (TelehealthException, Blocked, "route_not_for_profession"),
            ],
            ..doctor(MN)
        },
    ]
}
