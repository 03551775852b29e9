//! Deadline urgency bands and the risks linked to a deadline (kind and state).

use super::fixture::{csr, dea, license, loq, nlc, one};
use licensure_core::deadline::Urgency;
use licensure_core::model::LoqStatus;
use licensure_core::Jurisdiction::{CA, TX};

#[test]
fn urgency_bands() {
    let cases = [
        (i64::MIN, Urgency::Passed),
        (-1, Urgency::Passed),
        (0, Urgency::Within14Days),
        (14, Urgency::Within14Days),
        (15, Urgency::Within30Days),
        (30, Urgency::Within30Days),
        (31, Urgency::Within90Days),
        (90, Urgency::Within90Days),
        (91, Urgency::Later),
        (i64::MAX, Urgency::Later),
    ];
    for (days, expected) in cases {
        assert_eq!(Urgency::from_days_left(days), expected, "days left: {days}");
    }
}

#[test]
fn linked_risks_name_kind_and_state() {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea-tx", TX, "2028-01-01"),
        dea("dea-ca", CA, "2028-01-01"),
        csr("csr-tx", TX, "2028-01-01"),
        nlc("nlc", TX, "2028-01-01"),
        loq("loq", LoqStatus::Issued, Some("2026-06-01"), None),
        license("lic-ca", CA, "MD", "2028-01-01"),
    ];
    let cases: Vec<(&str, &str, Vec<&str>)> = vec![
        (
            "TX license: TX DEA, CSR, NLC home state, LOQ principal state",
            "lic:expiry:2027-03-31",
            vec![
                "DEA registration · TX",
                "State controlled-substance registration · TX",
                "Compact privilege · TX",
                "IMLC Letter of Qualification · TX",
            ],
        ),
        (
            "CA license: CA DEA only",
            "lic-ca:expiry:2028-01-01",
            vec!["DEA registration · CA"],
        ),
        (
            "TX CSR: TX DEA",
            "csr-tx:expiry:2028-01-01",
            vec!["DEA registration · TX"],
        ),
        ("DEA: none", "dea-tx:expiry:2028-01-01", vec![]),
        (
            "renewal window carries no risks",
            "lic:renewal_window_opens:2026-12-31",
            vec![],
        ),
    ];
    for (name, id, expected) in cases {
        let got = one(&credentials, &[], id, "2027-01-01");
        assert_eq!(got.linked_risks, expected, "case: {name}");
    }
}
