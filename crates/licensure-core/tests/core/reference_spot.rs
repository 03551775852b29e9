//! The facts a regulator or a lawyer would ask about first, each tied to its source: the
//! malpractice rules, state controlled-substance registrations, telehealth routes and state
//! prescribing law that decide whether an offer is lawful. A changed value here is a change
//! of law to make on purpose, with its source in the commit message.

use licensure_core::model::Schedule;
use licensure_core::reference::{
    Confidence, CsrRequirement, Fact, InPersonExam, InPersonPatients, JurisdictionFacts,
    MalpracticeRequirement, MalpracticeRule, RouteScope, TelehealthAnswer, TelehealthRoute,
    TelehealthRouteKind,
};
use licensure_core::Jurisdiction::{self, *};

use crate::reference::{bundled, date};

fn facts(j: Jurisdiction) -> JurisdictionFacts {
    match bundled().jurisdiction(j) {
        Some(f) => f.clone(),
        None => panic!("no facts for {j}"),
    }
}

fn known<'a, T>(what: &str, fact: &'a Fact<T>) -> &'a T {
    match fact.known() {
        Some(v) => v,
        None => panic!(
            "{what}: not established ({:?}): {}",
            fact.confidence, fact.note
        ),
    }
}

/// The first source's address contains `host`: the official source comes first.
fn cited_first<T>(what: &str, fact: &Fact<T>, host: &str) {
    let first = fact.sources.first().map(String::as_str).unwrap_or("");
    assert!(
        first.contains(host),
        "{what}: first source {first}, expected {host}"
    );
}

fn malpractice(j: Jurisdiction) -> (MalpracticeRequirement, Fact<MalpracticeRequirement>) {
    let f = facts(j).malpractice;
    (known(&format!("{j} malpractice"), &f).clone(), f)
}

#[test]
fn malpractice_rules_a_regulator_would_ask_about() {
    // (case with its source, state, rule, per-claim, aggregate, mandatory fund named)
    type Case = (
        &'static str,
        Jurisdiction,
        MalpracticeRule,
        Option<u64>,
        Option<u64>,
        Option<&'static str>,
    );
    let cases: Vec<Case> = vec![
        (
            "Colorado: $1M/$3M, C.R.S. 13-64-301",
            CO,
            MalpracticeRule::Mandate,
            Some(1_000_000),
            Some(3_000_000),
            None,
        ),
        (
            "Kansas: basic cover plus the HCSF layer, K.S.A. 40-3402",
            KS,
            MalpracticeRule::Mandate,
            Some(500_000),
            Some(1_500_000),
            Some("Health Care Stabilization Fund"),
        ),
        (
            "Pennsylvania: primary cover plus Mcare, 40 P.S. 1303.711",
            PA,
            MalpracticeRule::Mandate,
            Some(500_000),
            Some(1_500_000),
            Some("Mcare"),
        ),
        (
            "Wisconsin: $1M/$3M plus the IPFCF, Wis. Stat. ch. 655",
            WI,
            MalpracticeRule::Mandate,
            Some(1_000_000),
            Some(3_000_000),
            Some("Injured Patients and Families Compensation Fund"),
        ),
        (
            "Florida: financial responsibility $100K/$300K, s. 458.320 F.S.",
            FL,
            MalpracticeRule::FinancialResponsibility,
            Some(100_000),
            Some(300_000),
            None,
        ),
        (
            "Texas: no minimum (Texas Medical Board)",
            TX,
            MalpracticeRule::None,
            None,
            None,
            None,
        ),
        (
            "Illinois: no minimum",
            IL,
            MalpracticeRule::None,
            None,
            None,
            None,
        ),
        (
            "New York: cover only to join the voluntary excess pool",
            NY,
            MalpracticeRule::FundOnly,
            Some(1_300_000),
            Some(3_900_000),
            None,
        ),
    ];
    for (name, j, rule, per_claim, aggregate, fund) in cases {
        let (m, _) = malpractice(j);
        assert_eq!(m.rule, rule, "{name}");
        assert_eq!(
            (m.min_per_claim_usd, m.min_aggregate_usd),
            (per_claim, aggregate),
            "{name}"
        );
        assert_eq!(
            m.required(),
            matches!(
                rule,
                MalpracticeRule::Mandate | MalpracticeRule::FinancialResponsibility
            ),
            "{name}"
        );
        match fund {
            Some(words) => {
                let named = m.mandatory_fund().map(|f| f.name.as_str()).unwrap_or("");
                assert!(named.contains(words), "{name}: fund {named:?}");
            }
            None => assert!(m.mandatory_fund().is_none(), "{name}: no mandatory fund"),
        }
    }
    // Florida's alternatives to a policy, and who may opt out, are what make it
    // "financial responsibility" rather than a mandate.
    let (florida, _) = malpractice(FL);
    for words in ["escrow", "letter of credit"] {
        assert!(
            florida.alternatives.to_lowercase().contains(words),
            "Florida alternatives: {}",
            florida.alternatives
        );
    }
    let (_, colorado) = malpractice(CO);
    cited_first("Colorado malpractice", &colorado, "colorado.gov");
    assert_eq!(colorado.confidence, Confidence::Verified);
    let (_, kansas) = malpractice(KS);
    cited_first("Kansas malpractice", &kansas, "hcsf.kansas.gov");
}

#[test]
fn malpractice_is_known_in_every_state_and_dc() {
    let data = bundled();
    let unknown: Vec<&str> = data
        .jurisdictions
        .iter()
        .filter(|j| {
            j.jurisdiction.kind() != licensure_core::jurisdiction::JurisdictionKind::Territory
        })
        .filter(|j| j.malpractice.known().is_none())
        .map(|j| j.jurisdiction.code())
        .collect();
    assert!(
        unknown.is_empty(),
        "malpractice not established in {unknown:?}"
    );
}

fn csr(j: Jurisdiction) -> (CsrRequirement, Fact<CsrRequirement>) {
    let f = facts(j).csr;
    (known(&format!("{j} CSR"), &f).clone(), f)
}

#[test]
fn state_controlled_substance_registrations_a_regulator_would_ask_about() {
    // Iowa Admin. Code 657-10.3(3), amended effective 2017-11-01: practitioners outside Iowa
    // who prescribe by telehealth to patients in Iowa must register with the Board of Pharmacy.
    let (iowa, iowa_fact) = csr(IA);
    assert!(iowa.required, "Iowa requires a CSR");
    assert_eq!(
        iowa.required_for_telehealth_prescribers,
        Some(true),
        "Iowa: telehealth prescribers"
    );
    assert!(
        iowa.agency.contains("Board of Pharmacy"),
        "Iowa agency: {}",
        iowa.agency
    );
    assert_eq!(
        (iowa.fee_usd, iowa.cycle_years),
        (Some(90), Some(2)),
        "Iowa fee and cycle"
    );
    assert!(
        iowa_fact.note.contains("657-10.3"),
        "Iowa note names the rule: {}",
        iowa_fact.note
    );
    assert_eq!(iowa_fact.confidence, Confidence::Verified);

    // SB 195 (84th Legislature, 2015) ended the Texas CSR on 2016-09-01.
    let (texas, texas_fact) = csr(TX);
    assert!(!texas.required, "Texas has no CSR");
    assert!(
        texas_fact.note.contains("2016-09-01"),
        "Texas note: {}",
        texas_fact.note
    );
    cited_first("Texas CSR", &texas_fact, "capitol.texas.gov");

    // (state and source, required)
    let cases: Vec<(&str, Jurisdiction, bool)> = vec![
        ("Alabama: ALBME controlled substances certificate", AL, true),
        ("Illinois: 720 ILCS 570/302", IL, true),
        ("New Jersey: CDS registration, Drug Control Unit", NJ, true),
        ("Massachusetts: MCSR before DEA", MA, true),
        ("New York: no practitioner CS license (DOH BNE)", NY, false),
        ("California: DEA and CURES only", CA, false),
    ];
    for (name, j, required) in cases {
        let (c, _) = csr(j);
        assert_eq!(c.required, required, "{name}");
        assert!(
            !c.required || !c.agency.trim().is_empty(),
            "{name}: agency named"
        );
    }
}

#[test]
fn csr_requirement_is_known_in_every_state_and_dc_but_at_most_three() {
    let data = bundled();
    let mut conflicting = Vec::new();
    for j in data.jurisdictions.iter().filter(|j| {
        j.jurisdiction.kind() != licensure_core::jurisdiction::JurisdictionKind::Territory
    }) {
        match j.csr.confidence {
            Confidence::Verified | Confidence::Secondary => {}
            Confidence::Conflicting => conflicting.push(j.jurisdiction.code()),
            Confidence::Unknown | Confidence::CheckedByYou => {
                panic!("{} CSR unknown", j.jurisdiction)
            }
        }
    }
    assert!(conflicting.len() <= 3, "conflicting: {conflicting:?}");
}

fn routes(j: Jurisdiction) -> Vec<TelehealthRoute> {
    facts(j)
        .telehealth_routes
        .iter()
        .filter_map(|f| f.known().cloned())
        .collect()
}

fn route(j: Jurisdiction, id: &str) -> TelehealthRoute {
    match routes(j).into_iter().find(|r| r.id == id) {
        Some(r) => r,
        None => panic!("{id}: missing or not established"),
    }
}

#[test]
fn telehealth_routes_a_regulator_would_ask_about() {
    // s. 456.47 F.S.: Florida's out-of-state telehealth provider registration exists, and its
    // holder may open no office and give no in-person care in Florida, and must carry cover.
    let florida = route(FL, "fl_telehealth_registration");
    assert_eq!(florida.kind, TelehealthRouteKind::Registration);
    assert_eq!(florida.scope, RouteScope::AnyPatient);
    assert!(
        florida.no_in_person && florida.no_office,
        "Florida: no in-person care, no office"
    );
    assert!(
        florida.requires_malpractice_cover,
        "Florida: cover for Florida patients"
    );
    assert!(florida.open_on(date("2026-12-07")));

    // Act 2022-302: Alabama's special purpose license was abolished; none issued or renewed
    // after 2022-07-11.
    let alabama = route(AL, "al_special_purpose_license");
    assert_eq!(alabama.closed_on, Some(date("2022-07-11")));
    assert!(
        !alabama.open_on(date("2026-12-07")),
        "Alabama's SPL is closed"
    );

    // Texas's out-of-state telemedicine license is closed too.
    let texas = route(TX, "tx_out_of_state_telemedicine_license");
    assert!(
        texas.closed_on.is_some_and(|d| d <= date("2026-12-07")),
        "Texas's license is closed"
    );

    // Pennsylvania: no route besides a license or a compact.
    let pennsylvania = facts(PA);
    assert_eq!(
        pennsylvania.telehealth_answer.known(),
        Some(&TelehealthAnswer::NoRoute)
    );
    assert!(routes(PA).iter().all(|r| !r.open_on(date("2026-12-07"))));

    // ORS 677.137: Oregon's exceptions serve existing patients or consultation only.
    assert_eq!(
        route(OR, "or_follow_up_care_exception").scope,
        RouteScope::ExistingPatients
    );
    assert_eq!(route(OR, "or_consultation").scope, RouteScope::Consultation);

    // A.R.S. 36-3606: Arizona's telehealth registration.
    assert_eq!(
        route(AZ, "az_medical_telehealth_registration").kind,
        TelehealthRouteKind::Registration
    );
}

#[test]
fn every_state_and_dc_has_an_explicit_routes_answer() {
    let data = bundled();
    let mut conflicting = Vec::new();
    for j in data.jurisdictions.iter().filter(|j| {
        j.jurisdiction.kind() != licensure_core::jurisdiction::JurisdictionKind::Territory
    }) {
        match j.telehealth_answer.confidence {
            Confidence::Verified | Confidence::Secondary => {}
            Confidence::Conflicting => conflicting.push(j.jurisdiction.code()),
            Confidence::Unknown | Confidence::CheckedByYou => {
                panic!("{}: no routes answer", j.jurisdiction)
            }
        }
    }
    assert!(conflicting.len() <= 3, "conflicting: {conflicting:?}");
}

#[test]
fn state_prescribing_law_a_regulator_would_ask_about() {
    // 10 NYCRR 80.63, in force 2025-05-21: an in-person evaluation before a controlled
    // substance is prescribed, for every schedule, with narrow exceptions.
    let ny = facts(NY).telehealth_prescribing;
    let rule = known("NY prescribing", &ny);
    match &rule.in_person_exam {
        InPersonExam::Required {
            patients,
            schedules,
            exceptions,
        } => {
            assert_eq!(*patients, InPersonPatients::AllPatients);
            assert!(schedules.is_empty(), "every schedule");
            assert!(
                exceptions.contains("80.63"),
                "exceptions name the rule: {exceptions}"
            );
        }
        other => panic!("New York: {other:?}"),
    }
    assert_eq!(ny.as_of, date("2025-05-21"));
    cited_first("NY prescribing", &ny, "regs.health.ny.gov");

    // (state and source, in-person patients, schedules it reaches)
    let cases: Vec<(&str, Jurisdiction, InPersonPatients, Vec<Schedule>)> = vec![
        (
            "Ohio: new patients (OAC 4731-11-09)",
            OH,
            InPersonPatients::NewPatients,
            vec![],
        ),
        (
            "Georgia: O.C.G.A. 43-34-31.1",
            GA,
            InPersonPatients::AllPatients,
            vec![],
        ),
        (
            "New Jersey: schedule II (N.J.S.A. 45:1-61 et seq.)",
            NJ,
            InPersonPatients::AllPatients,
            vec![Schedule::S2, Schedule::S2N],
        ),
    ];
    for (name, j, who, schedules) in cases {
        let f = facts(j).telehealth_prescribing;
        match &known(name, &f).in_person_exam {
            InPersonExam::Required {
                patients,
                schedules: s,
                ..
            } => {
                assert_eq!(*patients, who, "{name}");
                assert_eq!(s, &schedules, "{name}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    // Texas requires no in-person visit before a controlled-substance prescription.
    let texas = facts(TX).telehealth_prescribing;
    assert_eq!(
        known("TX prescribing", &texas).in_person_exam,
        InPersonExam::NotRequired
    );
}
