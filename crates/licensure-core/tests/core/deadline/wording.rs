//! Deadline wording: titles, kinds and risks carry no numbers; names serialise in snake
//! case.

use super::fixture::{
    caqh, csr, d, dataset, dea, license, malpractice, nlc, one, profile, telehealth,
};
use licensure_core::deadline::{deadlines, Deadline, DeadlineKind};
use licensure_core::model::{PolicyBasis, Profession, Tail};
use licensure_core::Jurisdiction::{CA, TX};

#[test]
fn titles_kinds_and_risks_carry_no_numbers() {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea", TX, "2027-03-31"),
        csr("csr", TX, "2027-03-31"),
        nlc("nlc", TX, "2027-03-31"),
        telehealth("tr", CA, "2027-03-31"),
        malpractice("mp", PolicyBasis::ClaimsMade, Tail::None, "2027-03-31"),
        caqh("caqh", "2026-11-01"),
    ];
    let all = deadlines(
        Some(&profile(Profession::Md)),
        &credentials,
        &[],
        &dataset(),
        d("2027-01-01"),
    );
    let json = match serde_json::to_string(&all) {
        Ok(json) => json,
        Err(e) => panic!("deadlines serialize: {e}"),
    };
    let numbers = [
        "Q77123",
        "AB1234563",
        "CSR-55501",
        "NLC-31337",
        "TR-4242",
        "PL-900417",
        "16000042",
        "1234567893",
    ];
    for number in numbers {
        assert!(!json.contains(number), "number {number} leaked into {json}");
    }
    let titles: Vec<(&str, DeadlineKind)> =
        all.iter().map(|x| (x.title.as_str(), x.kind)).collect();
    assert_eq!(
        titles,
        vec![
            (
                "State license · TX renewal opens",
                DeadlineKind::RenewalWindowOpens
            ),
            (
                "DEA registration · TX renewal opens",
                DeadlineKind::RenewalWindowOpens
            ),
            ("CAQH attestation due", DeadlineKind::CaqhReattest),
            (
                "State controlled-substance registration · TX expires",
                DeadlineKind::Expiry
            ),
            ("DEA registration · TX expires", DeadlineKind::Expiry),
            ("State license · TX expires", DeadlineKind::Expiry),
            ("Compact privilege · TX expires", DeadlineKind::Expiry),
            ("Telehealth registration · CA expires", DeadlineKind::Expiry),
            (
                "Malpractice policy · Lone Star Mutual ends",
                DeadlineKind::MalpracticeEnds
            ),
            (
                "Malpractice policy · Lone Star Mutual: tail or prior-acts decision due",
                DeadlineKind::TailDecision
            ),
        ],
        "titles in due-date order"
    );
}

#[test]
fn deadline_serializes_with_snake_case_names() {
    let got = one(
        &[dea("dea", TX, "2027-03-31")],
        &[],
        "dea:expiry:2027-03-31",
        "2027-03-20",
    );
    let json = match serde_json::to_value(&got) {
        Ok(json) => json,
        Err(e) => panic!("serialize: {e}"),
    };
    assert_eq!(json["kind"], "expiry");
    assert_eq!(json["urgency"], "within_14_days");
    assert_eq!(json["days_left"], 11);
    assert_eq!(json["due"], "2027-03-31");
    let back: Deadline = match serde_json::from_value(json) {
        Ok(back) => back,
        Err(e) => panic!("deserialize: {e}"),
    };
    assert_eq!(back, got);
}
