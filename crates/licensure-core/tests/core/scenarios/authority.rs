//! Scenarios on authority to practise: a decisive answer in every state, renewals during
//! the offer, exceptions and closed routes, the IMLC and Florida's registration.

use super::fixture::{
    judge, license, nationwide_policy, open_reasons, physician, plain_offer, state, states_and_dc,
    today,
};
use crate::compact_fixture::credential;
use crate::reference::{bundled, date};
use licensure_core::model::{CredentialDetail, Offer, Profile, StateLicense};
use licensure_core::reason::Outcome;
use licensure_core::reference::MalpracticeRule;
use licensure_core::verdict::OfferOutcome;
use licensure_core::Jurisdiction;

#[test]
fn a_licensed_physician_with_a_nationwide_policy_gets_a_decisive_answer_in_every_state() {
    let data = bundled();
    let mut decisive = 0;
    let mut undecided = Vec::new();
    for j in states_and_dc() {
        let verdict = judge(&plain_offer(j), &[license(j), nationwide_policy()], &data);
        let s = state(&verdict, j);
        if verdict.outcome == OfferOutcome::Verify {
            undecided.push(format!("{j}: {:?}", open_reasons(s)));
        } else {
            decisive += 1;
        }
        // What the data says decides the answer, and the verdict names it.
        let rule = data
            .jurisdiction(j)
            .and_then(|f| f.malpractice.known())
            .map(|m| (m.rule, m.mandatory_fund().is_some()));
        match rule {
            Some((_, true)) => assert!(
                s.reasons
                    .iter()
                    .any(|r| r.code == "patient_compensation_fund"),
                "{j}: a mandatory fund must be named: {:?}",
                open_reasons(s)
            ),
            Some((MalpracticeRule::None | MalpracticeRule::FundOnly, false)) => assert!(
                s.reasons
                    .iter()
                    .any(|r| r.code == "no_state_malpractice_minimum" && r.outcome == Outcome::Met),
                "{j}: no minimum is met: {:?}",
                open_reasons(s)
            ),
            _ => {}
        }
        if verdict.outcome != OfferOutcome::AcceptableNow {
            for r in s.reasons.iter().filter(|r| r.outcome != Outcome::Met) {
                assert!(
                    !r.citations.is_empty() || r.outcome == Outcome::Warning,
                    "{j}: {} ({:?}) keeps the offer from 'acceptable now' without naming a fact",
                    r.code,
                    r.outcome
                );
            }
        }
    }
    println!(
        "plain video offers decisive: {decisive} of 51; still 'verify': {}",
        undecided.join("; ")
    );
    assert!(
        decisive >= 51,
        "decisive in {decisive} of 51: {undecided:?}"
    );
}

#[test]
fn a_license_valid_at_the_start_that_expires_during_the_offer_is_a_renewal_not_a_gap() {
    let data = bundled();
    let expiring = credential(
        "lic-TX",
        CredentialDetail::StateLicense(StateLicense {
            expires: Some(date("2027-02-28")),
            ..match license(Jurisdiction::TX).detail {
                CredentialDetail::StateLicense(l) => l,
                _ => unreachable!("a license"),
            }
        }),
    );
    let verdict = judge(
        &plain_offer(Jurisdiction::TX),
        &[expiring, nationwide_policy()],
        &data,
    );
    assert_eq!(verdict.outcome, OfferOutcome::AcceptableNow);
    let tx = state(&verdict, Jurisdiction::TX);
    assert!(
        tx.steps.is_empty(),
        "no step before the start: {:?}",
        tx.steps
    );
    let renewal = tx.renewals.first().expect("the renewal due");
    assert_eq!(renewal.due, date("2027-02-28"));
    // Texas: renewal opens 90 days before expiry; its fee is in the reference data.
    assert_eq!(renewal.opens, Some(date("2026-11-30")));
    let fee = data
        .jurisdiction(Jurisdiction::TX)
        .and_then(|f| f.medical_renewal.known())
        .and_then(|r| r.fee_usd);
    assert_eq!(renewal.fee_usd, fee);
}

#[test]
fn a_follow_up_exception_never_authorises_a_new_patient_offer() {
    // ORS 677.137(3)(c): follow-up care of an existing patient; the offer means new ones.
    let data = bundled();
    let verdict = judge(
        &plain_offer(Jurisdiction::OR),
        &[license(Jurisdiction::TX), nationwide_policy()],
        &data,
    );
    assert_ne!(verdict.outcome, OfferOutcome::AcceptableNow);
    let or = state(&verdict, Jurisdiction::OR);
    assert!(
        or.reasons
            .iter()
            .any(|r| r.code == "route_existing_patients_only" && r.message.contains("follow-up")),
        "the exception is named and refused: {:?}",
        open_reasons(or)
    );
}

#[test]
fn a_closed_route_is_never_offered() {
    // Act 2022-302: no Alabama special purpose license after 2022-07-11.
    let data = bundled();
    let verdict = judge(
        &plain_offer(Jurisdiction::AL),
        &[license(Jurisdiction::TX), nationwide_policy()],
        &data,
    );
    let al = state(&verdict, Jurisdiction::AL);
    let path = al.fastest_path.as_ref().expect("a path to Alabama");
    assert!(!path.name.contains("special purpose"), "{}", path.name);
    assert!(verdict.states.iter().all(|s| s
        .steps
        .iter()
        .all(|step| !step.description.to_lowercase().contains("special purpose"))));
}

#[test]
fn a_physician_licensed_only_where_no_principal_license_can_be_is_not_eligible_for_the_imlc() {
    // California is no IMLC member, Hawaii cannot be principal, Arkansas has not implemented:
    // no answer to any question makes such a physician eligible; the route to it is named.
    let data = bundled();
    for j in [Jurisdiction::CA, Jurisdiction::HI, Jurisdiction::AR] {
        let profile = Profile {
            residence: Some(j),
            employer_jurisdiction: None,
            practice_shares: Vec::new(),
            ..physician()
        };
        let eligibility =
            licensure_core::imlc::imlc_eligibility(&profile, &[license(j)], &data, today());
        assert_eq!(
            eligibility.outcome,
            licensure_core::imlc::ImlcOutcome::NotEligible,
            "{j}: {:?}",
            eligibility.reasons
        );
        assert!(eligibility.questions.is_empty(), "{j}: nothing to ask");
        let why = eligibility
            .reasons
            .iter()
            .find(|r| r.code == "spl_no_principal_license")
            .expect("the reason");
        assert!(
            why.message.contains("days"),
            "{j}: the fastest routes with their time: {}",
            why.message
        );
    }
}

#[test]
fn a_florida_registration_serves_telehealth_only_not_in_person_visits() {
    // s. 456.47(4) F.S.: the registrant may not provide in-person care to patients in Florida.
    let data = bundled();
    let registration = credential(
        "reg-FL",
        CredentialDetail::TelehealthRegistration(licensure_core::model::TelehealthRegistration {
            jurisdiction: Jurisdiction::FL,
            number: "TPRV1".into(),
            issued: Some(date("2025-01-01")),
            expires: Some(date("2029-12-31")),
            limits: String::new(),
        }),
    );
    let credentials = [license(Jurisdiction::TX), registration, nationwide_policy()];
    let cases: Vec<(&str, bool, &str, Outcome)> = vec![
        (
            "telehealth only",
            false,
            "telehealth_registration_covers",
            Outcome::Met,
        ),
        (
            "with in-person visits",
            true,
            "route_excludes_in_person",
            Outcome::Missing,
        ),
    ];
    for (name, in_person, code, outcome) in cases {
        let offer = Offer {
            in_person_visits: in_person,
            ..plain_offer(Jurisdiction::FL)
        };
        let verdict = judge(&offer, &credentials, &data);
        let fl = state(&verdict, Jurisdiction::FL);
        assert!(
            fl.reasons
                .iter()
                .any(|r| r.code == code && r.outcome == outcome),
            "{name}: {:?}",
            open_reasons(fl)
        );
        assert_eq!(
            verdict.outcome == OfferOutcome::AcceptableNow,
            !in_person,
            "{name}: {:?}",
            verdict.outcome
        );
    }
}
