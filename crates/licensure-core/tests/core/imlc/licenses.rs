//! IMLC eligibility cases on the licenses held: status, expiry and type.

use licensure_core::imlc::ImlcOutcome;
use licensure_core::model::{CertifyingBody, LicenseStatus};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "MD",
                    LicenseStatus::Restricted,
                    Some(day(2027, 1, 1)),
                ),
                abms(),
            ],
            candidates: vec![],
            ..not_eligible(
                "a restricted principal license is not full and unrestricted",
                &[
                    "spl_no_principal_license",
                    "license_not_full_unrestricted",
                    "license_restriction_on_record",
                ],
            )
        },
        Case {
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "MD",
                    LicenseStatus::Probation,
                    Some(day(2027, 1, 1)),
                ),
                abms(),
            ],
            candidates: vec![],
            ..not_eligible(
                "probation is not full and unrestricted and is discipline",
                &[
                    "spl_no_principal_license",
                    "license_not_full_unrestricted",
                    "discipline_on_record",
                ],
            )
        },
        Case {
            credentials: vec![md(TX), md(FL), abms()]
                .into_iter()
                .chain([license(
                    "lic-co",
                    CO,
                    "MD",
                    LicenseStatus::Probation,
                    Some(day(2027, 1, 1)),
                )])
                .collect(),
            ..not_eligible(
                "probation on any other license blocks despite a clean SPL",
                &["discipline_on_record"],
            )
        },
        Case {
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "MD",
                    LicenseStatus::Active,
                    Some(day(2026, 5, 31)),
                ),
                abms(),
            ],
            candidates: vec![],
            ..not_eligible(
                "a principal license that expired yesterday does not count",
                &["spl_no_principal_license", "spl_license_not_active"],
            )
        },
        Case {
            name: "a principal license expiring today still counts",
            credentials: vec![
                license("lic-tx", TX, "MD", LicenseStatus::Active, Some(today())),
                abms(),
            ],
            ..base()
        },
        Case {
            name: "a license of an unrecognised type is checked, not trusted",
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "Dentistry",
                    LicenseStatus::Active,
                    Some(day(2027, 1, 1)),
                ),
                abms(),
            ],
            outcome: ImlcOutcome::Verify,
            codes: &["spl_license_type_unrecognized", "spl_undetermined"],
            candidates: vec![],
            ..base()
        },
        Case {
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Abms, Some(day(2026, 5, 31)), false),
            ],
            ..not_eligible(
                "expired board certification",
                &["board_certification_expired"],
            )
        },
    ]
}
