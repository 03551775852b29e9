//! Deadline cases for state licenses: expiry, the state's renewal window, status, lapses
//! and leap days.

use super::fixture::{d, doubtful, license, license_with};
use super::table::{case, Case};
use licensure_core::deadline::Urgency;
use licensure_core::model::{LicenseStatus, Profession};
use licensure_core::reference::Confidence;
use licensure_core::Jurisdiction::{CA, TX};

pub(super) fn cases() -> Vec<Case> {
    use Urgency::*;
    vec![
        case("nothing recorded", vec![], "2027-01-01", vec![]),
        case(
            "MD license: expiry and the state's 90-day renewal window, already open",
            vec![license("lic", TX, "MD", "2027-03-31")],
            "2027-01-01",
            vec![
                ("lic:renewal_window_opens:2026-12-31", -1, Passed),
                ("lic:expiry:2027-03-31", 89, Within90Days),
            ],
        ),
        case(
            "license type written D.O. counts as medical",
            vec![license("lic", TX, "d.o.", "2027-03-31")],
            "2026-10-01",
            vec![
                ("lic:renewal_window_opens:2026-12-31", 91, Later),
                ("lic:expiry:2027-03-31", 181, Later),
            ],
        ),
        Case {
            data: |data| {
                data.jurisdictions[0].medical_renewal = doubtful(
                    data.jurisdictions[0].medical_renewal.clone(),
                    Confidence::Conflicting,
                )
            },
            ..case(
                "state renewal window conflicting: expiry only",
                vec![license("lic", TX, "MD", "2027-03-31")],
                "2027-01-01",
                vec![("lic:expiry:2027-03-31", 89, Within90Days)],
            )
        },
        case(
            "no reference facts for the state: expiry only",
            vec![license("lic", CA, "MD", "2027-03-31")],
            "2027-01-01",
            vec![("lic:expiry:2027-03-31", 89, Within90Days)],
        ),
        case(
            "APRN license gets no medical renewal window",
            vec![license("lic", TX, "APRN", "2027-03-31")],
            "2027-01-01",
            vec![("lic:expiry:2027-03-31", 89, Within90Days)],
        ),
        Case {
            profile: Some(Profession::Do),
            ..case(
                "blank license type, physician profile: medical",
                vec![license("lic", TX, "", "2027-03-31")],
                "2027-01-01",
                vec![
                    ("lic:renewal_window_opens:2026-12-31", -1, Passed),
                    ("lic:expiry:2027-03-31", 89, Within90Days),
                ],
            )
        },
        Case {
            profile: Some(Profession::Pa),
            ..case(
                "blank license type, PA profile: not medical",
                vec![license("lic", TX, "", "2027-03-31")],
                "2027-01-01",
                vec![("lic:expiry:2027-03-31", 89, Within90Days)],
            )
        },
        case(
            "blank license type, no profile: not medical",
            vec![license("lic", TX, "", "2027-03-31")],
            "2027-01-01",
            vec![("lic:expiry:2027-03-31", 89, Within90Days)],
        ),
        case(
            "revoked license: no deadlines",
            vec![license_with(
                "lic",
                TX,
                "MD",
                LicenseStatus::Revoked,
                Some(d("2027-03-31")),
            )],
            "2027-01-01",
            vec![],
        ),
        case(
            "license without an expiry: no deadlines",
            vec![license_with("lic", TX, "MD", LicenseStatus::Pending, None)],
            "2027-01-01",
            vec![],
        ),
        case(
            "lapsed license stays with negative days; its window is dropped",
            vec![license("lic", TX, "MD", "2026-12-01")],
            "2027-01-01",
            vec![("lic:expiry:2026-12-01", -31, Passed)],
        ),
        case(
            "expires today: not yet passed",
            vec![license("lic", CA, "MD", "2027-01-01")],
            "2027-01-01",
            vec![("lic:expiry:2027-01-01", 0, Within14Days)],
        ),
        case(
            "lapsed exactly 365 days: kept",
            vec![license("lic", CA, "MD", "2026-01-01")],
            "2027-01-01",
            vec![("lic:expiry:2026-01-01", -365, Passed)],
        ),
        case(
            "lapsed 366 days: dropped",
            vec![license("lic", CA, "MD", "2025-12-31")],
            "2027-01-01",
            vec![],
        ),
        case(
            "leap day expiry: window 90 days before 2028-02-29 opens 2027-12-01",
            vec![license("lic", TX, "MD", "2028-02-29")],
            "2028-02-28",
            vec![
                ("lic:renewal_window_opens:2027-12-01", -89, Passed),
                ("lic:expiry:2028-02-29", 1, Within14Days),
            ],
        ),
    ]
}
