//! Offers judged together: one by one in order, states once, and each verdict the one
//! it gets alone.

use super::credentials::{
    cs_offer, dated, dea, license, md_license, offer, policy, policy_terms, profile, tx_physician,
    with, without, PolicyTerms,
};
use super::fixture::{d, dataset, today};
use super::table::serde_json_text;
use chrono::NaiveDate;
use licensure_core::model::{
    Coverage, CredentialDetail, LicenseStatus, Offer, PolicyBasis, Profession, Schedule, Tail,
};
use licensure_core::verdict::OfferOutcome::{AcceptableNow, NotAcceptable};
use licensure_core::verdict::{evaluate_offer, evaluate_offers, OfferOutcome, OfferVerdict};
use licensure_core::Jurisdiction::{self, AL, CO, FL, GU, MA, TX};

#[test]
fn offers_are_judged_one_by_one_in_order() {
    let offers = vec![
        Offer {
            id: "now".to_string(),
            ..offer(&[TX])
        },
        Offer {
            id: "ended".to_string(),
            ..dated(offer(&[TX]), d(2026, 1, 1), Some(d(2026, 2, 1)))
        },
    ];
    let verdicts = evaluate_offers(
        &offers,
        &profile(Profession::Md),
        &tx_physician(),
        &dataset(),
        today(),
    );
    let got: Vec<(&str, OfferOutcome)> = verdicts
        .iter()
        .map(|v| (v.offer_id.as_str(), v.outcome))
        .collect();
    assert_eq!(got, vec![("now", AcceptableNow), ("ended", NotAcceptable)]);
}

#[test]
fn duplicate_patient_states_are_judged_once_and_the_verdict_round_trips() {
    let verdict = evaluate_offer(
        &offer(&[TX, TX, AL, TX]),
        &profile(Profession::Md),
        &tx_physician(),
        &dataset(),
        today(),
    );
    let states: Vec<Jurisdiction> = verdict.states.iter().map(|s| s.jurisdiction).collect();
    assert_eq!(states, vec![TX, AL], "distinct, first-seen order");
    let json = match serde_json::to_string(&verdict) {
        Ok(json) => json,
        Err(e) => panic!("verdict does not serialise: {e}"),
    };
    let back: OfferVerdict = match serde_json::from_str(&json) {
        Ok(v) => v,
        Err(e) => panic!("verdict does not parse back: {e}"),
    };
    assert_eq!(back, verdict, "round trip");
    assert!(
        json.contains("\"acceptable_after_steps\"")
            || json.contains("\"verify\"")
            || json.contains("\"not_acceptable\""),
        "snake_case outcome: {json}"
    );
}

/// Offers judged together share one pass (credential ids, citations and texts written once);
/// nothing of one offer, state or credential may leak into another's verdict. Three
/// claims-made policies without tail (different carriers, ends and states; two with the same
/// empty id), two licenses in one state, offers over different dates, states and schedules:
/// each verdict is the one the offer gets when judged alone.
#[test]
fn offers_judged_together_get_the_verdicts_they_get_alone() {
    let claims_made = |id: &str, carrier: &str, end: NaiveDate, states: &[Jurisdiction]| {
        let mut c = policy(PolicyTerms {
            coverage: Coverage::Listed(states.to_vec()),
            end,
            basis: PolicyBasis::ClaimsMade,
            tail: Tail::None,
            ..policy_terms()
        });
        if let CredentialDetail::MalpracticePolicy(p) = &mut c.detail {
            p.carrier = carrier.to_string();
        }
        c.id = id.to_string();
        c
    };
    let credentials = with(
        without(tx_physician(), &["policy"]),
        vec![
            claims_made("", "Prudent Mutual", d(2026, 9, 30), &[TX, AL]),
            claims_made("", "Granite Casualty", d(2026, 10, 31), &[TX, FL, CO]),
            claims_made("policy-harbor", "Harbor Re", d(2026, 11, 30), &[MA, AL]),
            license(
                "lic-TX-old",
                TX,
                "MD",
                LicenseStatus::Expired,
                d(2025, 1, 31),
            ),
            md_license(FL, d(2026, 8, 31)),
            dea(FL, &[Schedule::S2], d(2026, 11, 30)),
        ],
    );
    let offers = vec![
        Offer {
            id: "a".to_string(),
            ..cs_offer(&[TX, FL, AL, MA], &[Schedule::S2, Schedule::S4])
        },
        Offer {
            id: "b".to_string(),
            ..dated(offer(&[CO, TX, MA]), d(2026, 8, 1), Some(d(2027, 3, 31)))
        },
        Offer {
            id: "c".to_string(),
            ..dated(cs_offer(&[FL, GU], &[Schedule::S2]), d(2026, 10, 1), None)
        },
    ];
    let (person, data) = (profile(Profession::Md), dataset());
    let together = evaluate_offers(&offers, &person, &credentials, &data, today());
    assert_eq!(together.len(), offers.len());
    for (offer, verdict) in offers.iter().zip(&together) {
        let alone = evaluate_offer(offer, &person, &credentials, &data, today());
        assert_eq!(verdict, &alone, "offer {}", offer.id);
    }
    // Each policy's own words reached the verdicts.
    let text: String = together.iter().map(serde_json_text).collect();
    for carrier in ["Prudent Mutual", "Granite Casualty", "Harbor Re"] {
        assert!(text.contains(carrier), "{carrier} missing from {text}");
    }
}
