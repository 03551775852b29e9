//! Scenario on the grid: each state verdict laid out by requirement.

use super::fixture::{
    dea, judge, license, nationwide_policy, plain_offer, prescribing_offer, state,
};
use crate::reference::{bundled, date};
use licensure_core::model::{Modality, Offer, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::Jurisdiction;

#[test]
fn each_state_verdict_is_laid_out_by_requirement_for_the_grid() {
    use licensure_core::verdict::Requirement;
    let data = bundled();
    let offer = Offer {
        start: date("2026-12-14"),
        end: Some(date("2027-06-30")),
        ..prescribing_offer(Jurisdiction::NY, &[Schedule::S2], &[Modality::Video])
    };
    let verdict = judge(
        &offer,
        &[
            license(Jurisdiction::NY),
            dea(Jurisdiction::NY),
            nationwide_policy(),
        ],
        &data,
    );
    let ny = state(&verdict, Jurisdiction::NY);
    let columns: Vec<Requirement> = ny.requirements.iter().map(|r| r.requirement).collect();
    assert_eq!(
        columns,
        vec![
            Requirement::Authority,
            Requirement::ControlledSubstances,
            Requirement::FederalRule,
            Requirement::Malpractice
        ]
    );
    // Every reason belongs to exactly one requirement, in order.
    let all: Vec<u32> = ny
        .requirements
        .iter()
        .flat_map(|r| r.first..r.first + r.count)
        .collect();
    let expected: Vec<u32> = (0..ny.reasons.len() as u32).collect();
    assert_eq!(all, expected);
    // Each cell's outcome is the worst of its own reasons; the in-person rule sits with the
    // controlled substances, the flexibilities' end with the federal rule.
    let cell = |r: Requirement| {
        ny.requirements
            .iter()
            .find(|q| q.requirement == r)
            .expect("cell")
    };
    let codes = |r: Requirement| -> Vec<String> {
        let c = cell(r);
        (c.first..c.first + c.count)
            .map(|i| ny.reasons[i as usize].code.to_string())
            .collect()
    };
    assert!(codes(Requirement::ControlledSubstances)
        .contains(&"state_in_person_exam_required".to_string()));
    assert!(codes(Requirement::FederalRule)
        .iter()
        .any(|c| c.starts_with("telemedicine_flexibilities")));
    assert_eq!(
        cell(Requirement::ControlledSubstances).outcome,
        Outcome::Missing
    );
    // A plain offer has no controlled-substance or federal column.
    let plain = judge(
        &plain_offer(Jurisdiction::NY),
        &[license(Jurisdiction::NY), nationwide_policy()],
        &data,
    );
    let kinds: Vec<Requirement> = state(&plain, Jurisdiction::NY)
        .requirements
        .iter()
        .map(|r| r.requirement)
        .collect();
    assert_eq!(
        kinds,
        vec![Requirement::Authority, Requirement::Malpractice]
    );
}
