//! Scenarios on prescribing: what each state requires, in-person rules by schedule, audio
//! relationships and the end of the federal flexibilities.

use super::fixture::{
    dea, judge, license, nationwide_policy, open_reasons, plain_offer, prescribing_offer, state,
    states_and_dc,
};
use crate::reference::{bundled, date};
use licensure_core::model::{Modality, Offer, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::verdict::OfferOutcome;
use licensure_core::Jurisdiction;

#[test]
fn prescribing_needs_what_the_state_requires() {
    let data = bundled();
    for j in states_and_dc() {
        let offer = Offer {
            controlled_substances: vec![Schedule::S2],
            ..plain_offer(j)
        };
        let verdict = judge(&offer, &[license(j), dea(j), nationwide_policy()], &data);
        let s = state(&verdict, j);
        let csr = data.jurisdiction(j).and_then(|f| f.csr.known());
        match csr.map(|c| c.required) {
            Some(true) => assert!(
                s.reasons.iter().any(|r| r.code == "csr_missing"),
                "{j}: a CSR is required: {:?}",
                open_reasons(s)
            ),
            Some(false) => assert!(
                s.reasons
                    .iter()
                    .any(|r| r.code == "csr_not_required" && r.outcome == Outcome::Met),
                "{j}: no CSR needed: {:?}",
                open_reasons(s)
            ),
            None => assert!(
                s.reasons.iter().any(|r| r.outcome == Outcome::Verify),
                "{j}: the CSR rule is not established: {:?}",
                open_reasons(s)
            ),
        }
    }
}

#[test]
fn state_in_person_requirements_are_named_for_the_schedules_they_reach() {
    // (state and its rule, schedules prescribed, whether the in-person rule is named)
    let cases: Vec<(&str, Jurisdiction, Vec<Schedule>, bool)> = vec![
        (
            "New York, 10 NYCRR 80.63: every schedule",
            Jurisdiction::NY,
            vec![Schedule::S2],
            true,
        ),
        (
            "Ohio, OAC 4731-11-09: new patients",
            Jurisdiction::OH,
            vec![Schedule::S2],
            true,
        ),
        (
            "Georgia, O.C.G.A. 43-34-31.1",
            Jurisdiction::GA,
            vec![Schedule::S2],
            true,
        ),
        (
            "New Jersey: schedule II",
            Jurisdiction::NJ,
            vec![Schedule::S2],
            true,
        ),
        (
            "New Jersey: schedule IV is not reached",
            Jurisdiction::NJ,
            vec![Schedule::S4],
            false,
        ),
        (
            "Texas: no in-person rule",
            Jurisdiction::TX,
            vec![Schedule::S2],
            false,
        ),
    ];
    let data = bundled();
    for (name, j, schedules, named) in cases {
        let offer = prescribing_offer(j, &schedules, &[Modality::Video]);
        let verdict = judge(&offer, &[license(j), dea(j), nationwide_policy()], &data);
        let s = state(&verdict, j);
        let found = s
            .reasons
            .iter()
            .find(|r| r.code == "state_in_person_exam_required");
        assert_eq!(found.is_some(), named, "{name}: {:?}", open_reasons(s));
        if let Some(r) = found {
            assert_eq!(r.outcome, Outcome::Missing, "{name}");
            assert!(!r.citations.is_empty(), "{name}: the rule is cited");
            assert!(
                s.steps
                    .iter()
                    .any(|step| step.resolves == "state_in_person_exam_required"),
                "{name}: a step to take"
            );
            assert_ne!(verdict.outcome, OfferOutcome::AcceptableNow, "{name}");
        }
    }
}

#[test]
fn a_state_that_bars_starting_a_relationship_by_audio_is_flagged() {
    // Florida, s. 456.47: a patient relationship may not begin by audio only.
    let data = bundled();
    let florida = data
        .jurisdiction(Jurisdiction::FL)
        .and_then(|f| f.telehealth_prescribing.known())
        .and_then(|p| p.relationship_by_audio_only);
    assert_eq!(florida, Some(false), "the reference data says so");
    let cases: Vec<(&str, Vec<Modality>, Outcome)> = vec![
        ("audio only", vec![Modality::AudioOnly], Outcome::Blocked),
        (
            "audio and video",
            vec![Modality::AudioOnly, Modality::Video],
            Outcome::Warning,
        ),
    ];
    for (name, modalities, outcome) in cases {
        let offer = Offer {
            modalities,
            ..plain_offer(Jurisdiction::FL)
        };
        let verdict = judge(
            &offer,
            &[license(Jurisdiction::FL), nationwide_policy()],
            &data,
        );
        let s = state(&verdict, Jurisdiction::FL);
        assert!(
            s.reasons
                .iter()
                .any(|r| r.code == "state_bars_relationship_by_modality" && r.outcome == outcome),
            "{name}: {:?}",
            open_reasons(s)
        );
    }
}

#[test]
fn prescribing_past_the_flexibilities_end_names_the_dated_federal_rule() {
    let data = bundled();
    let offer = Offer {
        start: date("2026-12-14"),
        end: Some(date("2027-06-30")),
        ..prescribing_offer(Jurisdiction::TX, &[Schedule::S2], &[Modality::Video])
    };
    let verdict = judge(
        &offer,
        &[
            license(Jurisdiction::TX),
            dea(Jurisdiction::TX),
            nationwide_policy(),
        ],
        &data,
    );
    let tx = state(&verdict, Jurisdiction::TX);
    let federal = tx
        .reasons
        .iter()
        .find(|r| r.code.starts_with("telemedicine_flexibilities"))
        .expect("the federal rule is judged");
    assert!(
        federal.message.contains("2026-12-31"),
        "{}",
        federal.message
    );
    assert!(
        federal.citations.iter().any(|c| c
            .sources
            .iter()
            .any(|s| s.contains("federalregister") || s.contains("govinfo"))),
        "cited to the Federal Register: {:?}",
        federal.citations
    );
}
