//! The bundled CME facts against the research they were read from: confidence counts, the
//! hours and cycles of states a regulator would ask about, topics only for prescribers,
//! unknown territories, and the MATE Act.

use licensure_core::model::{CmeHours, CmeTopic};
use licensure_core::reference::{Applicability, Confidence, Recurrence};
use licensure_core::Jurisdiction;

use crate::reference::{bundled, date};

#[test]
fn every_jurisdiction_has_a_cme_fact_with_the_researched_confidence() {
    let data = bundled();
    let count = |c: Confidence| {
        data.jurisdictions
            .iter()
            .filter(|j| j.cme.as_ref().is_some_and(|f| f.confidence == c))
            .count()
    };
    // The research: 16 verified, 32 secondary, 3 conflicting, 5 unknown; Hawaii's hours are
    // only inferred from a 2001 rule, so its rule is kept unknown here.
    assert_eq!(
        (
            count(Confidence::Verified),
            count(Confidence::Secondary),
            count(Confidence::Conflicting),
            count(Confidence::Unknown)
        ),
        (16, 31, 3, 6)
    );
    for j in [
        Jurisdiction::KS,
        Jurisdiction::NY,
        Jurisdiction::SD,
        Jurisdiction::HI,
        Jurisdiction::UT,
        Jurisdiction::GU,
    ] {
        let fact = data
            .jurisdiction(j)
            .and_then(|f| f.cme.as_ref())
            .expect("fact");
        assert!(fact.known().is_none() && !fact.note.is_empty(), "{j}");
    }
}

#[test]
fn hours_cycles_and_category_1_a_regulator_would_ask_about() {
    let data = bundled();
    // (jurisdiction, hours, CME cycle when it differs, Category 1, license cycle)
    let cases = [
        (Jurisdiction::TX, Some(48), None, Some(24), 2),
        (Jurisdiction::CA, Some(50), None, Some(50), 2),
        (Jurisdiction::FL, Some(40), None, Some(40), 2),
        (Jurisdiction::CT, Some(50), Some(2), None, 1),
        (Jurisdiction::KY, Some(60), Some(3), Some(30), 1),
        (Jurisdiction::WA, Some(200), Some(4), None, 2),
        (Jurisdiction::IL, Some(150), None, Some(60), 3),
        (Jurisdiction::MT, None, None, None, 2),
        (Jurisdiction::IN, None, None, None, 2),
    ];
    for (j, hours, cycle, cat1, license_cycle) in cases {
        let facts = data.jurisdiction(j).expect("facts");
        let rule = facts.cme.as_ref().and_then(|f| f.known()).expect("known");
        assert_eq!(rule.hours, hours.map(CmeHours::hours), "{j}");
        assert_eq!(rule.cycle_years, cycle, "{j}");
        assert_eq!(rule.category1_hours, cat1.map(CmeHours::hours), "{j}");
        let renewal = facts.medical_renewal.known().expect("renewal");
        assert_eq!(renewal.cycle_years, license_cycle, "{j}");
    }
}

#[test]
fn topics_for_prescribers_and_one_time_topics_as_researched() {
    let data = bundled();
    let topic = |j: Jurisdiction, t: CmeTopic| {
        data.jurisdiction(j)
            .and_then(|f| f.cme.as_ref())
            .and_then(|f| f.known())
            .and_then(|r| r.required_topics.iter().find(|x| x.topics.contains(&t)))
            .cloned()
            .unwrap_or_else(|| panic!("{j} has no {t:?} requirement"))
    };
    // (jurisdiction, topic, hours, recurrence, applies to)
    let cases = [
        (
            Jurisdiction::FL,
            CmeTopic::ControlledSubstancePrescribing,
            Some(200),
            Recurrence::EveryCycle,
            Applicability::DeaRegistrants,
        ),
        (
            Jurisdiction::FL,
            CmeTopic::HivAids,
            Some(100),
            Recurrence::FirstRenewal,
            Applicability::AllLicensees,
        ),
        (
            Jurisdiction::KY,
            CmeTopic::Pdmp,
            Some(450),
            Recurrence::EveryCycle,
            Applicability::ControlledSubstancePrescribers,
        ),
        (
            Jurisdiction::IN,
            CmeTopic::ControlledSubstancePrescribing,
            Some(200),
            Recurrence::EveryCycle,
            Applicability::StateCsrHolders,
        ),
        (
            Jurisdiction::CT,
            CmeTopic::CulturalCompetency,
            Some(100),
            Recurrence::EveryYears { years: 6 },
            Applicability::AllLicensees,
        ),
        (
            Jurisdiction::MD,
            CmeTopic::ImplicitBias,
            None,
            Recurrence::OneTime,
            Applicability::AllLicensees,
        ),
    ];
    for (j, t, hours, recurrence, applies_to) in cases {
        let r = topic(j, t);
        assert_eq!(r.hours, hours.map(CmeHours::from_hundredths), "{j} {t:?}");
        assert_eq!(r.recurrence, recurrence, "{j} {t:?}");
        assert_eq!(r.applies_to, applies_to, "{j} {t:?}");
    }
}

#[test]
fn the_mate_act_training_is_a_dated_federal_fact() {
    let data = bundled();
    let fact = data.federal.mate_act.as_ref().expect("mate act");
    let m = fact.known().expect("known");
    assert_eq!(m.effective_from, date("2023-06-27"));
    assert_eq!(m.hours, CmeHours::hours(8));
    assert!(m.counts_from_any_date);
    assert_eq!(fact.confidence, Confidence::Verified);
    assert!(fact.sources[0].starts_with("https://www.deadiversion.usdoj.gov/"));
}
