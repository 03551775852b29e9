//! Deadline cases for DEA registrations, state CSRs, compact privileges and telehealth
//! registrations.

use super::fixture::{csr, dea, doubtful, nlc, telehealth};
use super::table::{case, Case};
use licensure_core::deadline::Urgency;
use licensure_core::reference::Confidence;
use licensure_core::Jurisdiction::{CA, TX};

pub(super) fn cases() -> Vec<Case> {
    use Urgency::*;
    vec![
        case(
            "DEA: 60-day window before a month end",
            vec![dea("dea", TX, "2027-03-31")],
            "2027-01-01",
            vec![
                ("dea:renewal_window_opens:2027-01-30", 29, Within30Days),
                ("dea:expiry:2027-03-31", 89, Within90Days),
            ],
        ),
        case(
            "DEA: 60 days before 2028-03-31 crosses the leap day",
            vec![dea("dea", TX, "2028-03-31")],
            "2028-01-01",
            vec![
                ("dea:renewal_window_opens:2028-01-31", 30, Within30Days),
                ("dea:expiry:2028-03-31", 90, Within90Days),
            ],
        ),
        Case {
            data: |data| {
                data.federal.dea_renewal_window_days = doubtful(
                    data.federal.dea_renewal_window_days.clone(),
                    Confidence::Unknown,
                )
            },
            ..case(
                "DEA window unknown: expiry only",
                vec![dea("dea", TX, "2027-03-31")],
                "2027-01-01",
                vec![("dea:expiry:2027-03-31", 89, Within90Days)],
            )
        },
        case(
            "lapsed DEA: no window",
            vec![dea("dea", TX, "2026-12-31")],
            "2027-01-01",
            vec![("dea:expiry:2026-12-31", -1, Passed)],
        ),
        case(
            "CSR, compact privilege and telehealth registration: printed expiry",
            vec![
                csr("csr", TX, "2027-02-15"),
                nlc("nlc", TX, "2027-01-15"),
                telehealth("tr", CA, "2027-01-16"),
            ],
            "2027-01-01",
            vec![
                ("nlc:expiry:2027-01-15", 14, Within14Days),
                ("tr:expiry:2027-01-16", 15, Within30Days),
                ("csr:expiry:2027-02-15", 45, Within90Days),
            ],
        ),
    ]
}
