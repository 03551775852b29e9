//! Verdict explanations: reasons name credentials and cite facts, summaries add fees and
//! days, and the credentials relied on are named once.

use super::credentials::{
    cs_offer, dated, md_license, profile, texas_and_alabama, tx_physician, with,
};
use super::fixture::{d, dataset, today};
use super::table::{reasons_at, At};
use chrono::NaiveDate;
use licensure_core::model::{Offer, Profession, Schedule};
use licensure_core::verdict::evaluate_offer;
use licensure_core::verdict::OfferOutcome::AcceptableAfterSteps;
use licensure_core::Jurisdiction::{self, AL, CO, TX};

#[test]
fn reasons_name_the_credential_and_cite_the_facts() {
    let (_, verdict) = texas_and_alabama(Vec::new());
    let cases: &[(&str, Jurisdiction, &str, Option<&str>, bool)] = &[
        ("license", TX, "license_covers_offer", Some("lic-TX"), false),
        ("DEA", AL, "dea_registration_covers", Some("dea-AL"), true),
        ("CSR", AL, "csr_covers", Some("csr-AL"), true),
        ("Texas CSR rule", TX, "csr_not_required", None, true),
        (
            "flexibilities",
            TX,
            "telemedicine_flexibilities_cover_offer",
            None,
            true,
        ),
        (
            "policy",
            AL,
            "malpractice_covers_offer",
            Some("policy"),
            false,
        ),
        (
            "state minimum, judged on the policy's limits",
            AL,
            "no_state_malpractice_minimum",
            Some("policy"),
            true,
        ),
    ];
    for (name, j, code, credential_id, cited) in cases {
        let reasons = reasons_at(&verdict, At::State(*j));
        let Some(reason) = reasons.iter().find(|r| r.code == *code) else {
            panic!("{name}: no {code} in {j}");
        };
        assert_eq!(
            reason.credential_id.as_deref(),
            *credential_id,
            "{name}: credential"
        );
        assert_eq!(!reason.citations.is_empty(), *cited, "{name}: citations");
        for citation in &reason.citations {
            assert!(
                citation.sources.iter().all(|s| s.starts_with("https://")),
                "{name}: citation without an address"
            );
        }
    }
}

#[test]
fn flexibilities_end_is_explained_with_the_date_and_what_remains() {
    let verdict = evaluate_offer(
        &dated(
            cs_offer(&[TX], &[Schedule::S4]),
            d(2026, 10, 1),
            Some(d(2027, 3, 31)),
        ),
        &profile(Profession::Md),
        &tx_physician(),
        &dataset(),
        today(),
    );
    let reasons = reasons_at(&verdict, At::State(TX));
    let Some(reason) = reasons
        .iter()
        .find(|r| r.code == "telemedicine_flexibilities_end_during_offer")
    else {
        panic!("no flexibilities reason: {reasons:?}");
    };
    let cases = [
        ("last day in force", "2026-12-31"),
        ("first day without", "2027-01-01"),
        ("what it means", "not examined in person is not covered"),
        (
            "the way out",
            "unless DEA extends the flexibilities or a special registration rule applies",
        ),
        ("a rule still in force", "Buprenorphine telemedicine rule"),
    ];
    for (name, needle) in cases {
        assert!(
            reason.message.contains(needle),
            "{name}: {}",
            reason.message
        );
    }
    assert_eq!(
        reason.citations.len(),
        2,
        "cites the flexibilities and the other rule"
    );
}

#[test]
fn summary_adds_fees_and_days_and_orders_steps() {
    // AL needs a CSR and a DEA registration (fee 888), and the license renews mid-offer;
    // TX needs nothing.
    let credentials = with(tx_physician(), vec![md_license(AL, d(2026, 11, 30))]);
    let offer = Offer {
        fees_reimbursed: true,
        ..cs_offer(&[TX, AL], &[Schedule::S4])
    };
    let verdict = evaluate_offer(
        &offer,
        &profile(Profession::Md),
        &credentials,
        &dataset(),
        today(),
    );
    assert_eq!(verdict.outcome, AcceptableAfterSteps, "outcome");
    assert_eq!(
        verdict.totals.states_needing_steps,
        vec![AL],
        "states needing steps"
    );
    assert_eq!(
        verdict.totals.total_known_fees_usd, 888,
        "known fees: the DEA fee"
    );
    assert_eq!(
        verdict.totals.steps_with_unknown_fee, 1,
        "the CSR fee is unknown"
    );
    assert!(verdict.totals.fees_reimbursed, "fees reimbursed");
    let Some(al) = verdict.states.iter().find(|s| s.jurisdiction == AL) else {
        panic!("no AL verdict");
    };
    let order: Vec<&str> = al.steps.iter().map(|s| s.resolves.as_ref()).collect();
    assert_eq!(
        order,
        vec!["csr_missing", "dea_registration_missing"],
        "steps in order; the license renews during the offer"
    );
    let renewals: Vec<(&str, NaiveDate)> = al
        .renewals
        .iter()
        .map(|r| (r.credential_id.as_ref(), r.due))
        .collect();
    assert_eq!(
        renewals,
        vec![("lic-AL", d(2026, 11, 30))],
        "the renewal due"
    );
    assert!(
        al.steps.iter().all(|s| s.fee_reimbursed),
        "each step carries the reimbursement"
    );
    assert_eq!(
        verdict.totals.max_estimated_days, None,
        "no step has a known duration"
    );
    assert_eq!(
        verdict.totals.steps_with_unknown_days, 2,
        "every step's duration unknown"
    );
}

#[test]
fn the_credentials_relied_on_are_those_the_states_name_each_once() {
    // Texas and Alabama with controlled substances: each state's license, DEA registration
    // and (Alabama) CSR, and the one malpractice policy both states rely on; not the
    // Colorado license, which no patient state needs.
    let (credentials, verdict) = texas_and_alabama(vec![md_license(CO, d(2028, 1, 31))]);
    let mut relied: Vec<String> = verdict
        .relied_on()
        .iter()
        .map(|id| id.to_string())
        .collect();
    let policy_id = credentials[2].id.clone();
    let mut expected = vec![
        "lic-TX".to_string(),
        "dea-TX".to_string(),
        policy_id,
        "lic-AL".to_string(),
        "dea-AL".to_string(),
        "csr-AL".to_string(),
    ];
    assert_eq!(relied.len(), expected.len(), "each once: {relied:?}");
    relied.sort();
    expected.sort();
    assert_eq!(relied, expected);
    // Texas first: the states in the offer's order.
    assert_eq!(&*verdict.relied_on()[0], "lic-TX");
}
