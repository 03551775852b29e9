//! The bundled reference dataset: it loads, it is structurally sound, it covers every
//! jurisdiction and compact, and it says what the research says on the facts a regulator
//! would ask about first. Also: `Dataset::check` catches each kind of corruption.

use chrono::NaiveDate;
use licensure_core::model::Compact;
use licensure_core::reference::{
    CompactStatus, Confidence, Dataset, DatasetProblem, ExpiryRule, TelehealthRouteKind,
    ALL_COMPACTS,
};
use licensure_core::Jurisdiction;

fn date(s: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => d,
        Err(e) => panic!("bad test date {s}: {e}"),
    }
}

fn bundled() -> Dataset {
    match Dataset::bundled() {
        Ok(d) => d,
        Err(e) => panic!("bundled dataset does not load: {e}"),
    }
}

#[test]
fn bundled_dataset_has_no_structural_problems() {
    let problems = bundled().check();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "problems:\n{}", listed.join("\n"));
}

#[test]
fn every_jurisdiction_appears_exactly_once_with_every_compact() {
    let data = bundled();
    assert_eq!(data.jurisdictions.len(), 56);
    for &j in Jurisdiction::ALL {
        let count = data
            .jurisdictions
            .iter()
            .filter(|f| f.jurisdiction == j)
            .count();
        assert_eq!(count, 1, "{j}");
        for &c in ALL_COMPACTS {
            assert!(data.compact_status(j, c).is_some(), "{j} lacks {c:?}");
        }
    }
    for &c in ALL_COMPACTS {
        assert!(data.compact(c).is_some(), "no compact facts for {c:?}");
    }
}

#[test]
fn every_fact_has_an_https_source_and_a_plausible_date() {
    let data = bundled();
    let citations = data.citations();
    // 56 jurisdictions x (7 compacts + CSR + malpractice + renewal + full license), plus
    // routes, federal, IMLC and compact facts.
    assert!(citations.len() > 56 * 11, "only {} facts", citations.len());
    let floor = date("2000-01-01");
    for c in &citations {
        assert!(!c.sources.is_empty(), "{}: no source", c.fact);
        for s in c.sources.iter() {
            assert!(s.starts_with("https://"), "{}: {s}", c.fact);
        }
        assert!(
            c.as_of >= floor && c.as_of <= data.as_of,
            "{}: as of {}",
            c.fact,
            c.as_of
        );
    }
    // The dataset's date is the newest fact's date: no earlier date is honest for the set.
    let newest = citations.iter().map(|c| c.as_of).max();
    assert_eq!(newest, Some(data.as_of));
}

#[test]
fn imlc_status_spot_checks() {
    let data = bundled();
    let cases: Vec<(&str, Jurisdiction, CompactStatus)> = vec![
        (
            "Hawaii cannot be principal",
            Jurisdiction::HI,
            CompactStatus::MemberNotPrincipal,
        ),
        (
            "Vermont cannot be principal",
            Jurisdiction::VT,
            CompactStatus::MemberNotPrincipal,
        ),
        ("Texas member", Jurisdiction::TX, CompactStatus::Member),
        ("Guam member", Jurisdiction::GU, CompactStatus::Member),
        (
            "Arkansas passed, pending",
            Jurisdiction::AR,
            CompactStatus::EnactedNotImplemented,
        ),
        (
            "Rhode Island passed, pending",
            Jurisdiction::RI,
            CompactStatus::EnactedNotImplemented,
        ),
        (
            "California not member",
            Jurisdiction::CA,
            CompactStatus::NotMember,
        ),
        (
            "New York not member",
            Jurisdiction::NY,
            CompactStatus::NotMember,
        ),
        (
            "Oregon not member",
            Jurisdiction::OR,
            CompactStatus::NotMember,
        ),
    ];
    for (name, j, expected) in cases {
        let fact = data.compact_status(j, Compact::Imlc);
        let status = fact.and_then(|f| f.known()).map(|m| m.status);
        assert_eq!(status, Some(expected), "{name}");
    }
    // Michigan's sunset and reinstatement are unresolved: never "known".
    let michigan = data.compact_status(Jurisdiction::MI, Compact::Imlc);
    assert_eq!(
        michigan.map(|f| f.confidence),
        Some(Confidence::Conflicting)
    );
    assert!(michigan.and_then(|f| f.known()).is_none());
}

#[test]
fn compacts_that_grant_nothing_yet_are_not_operational() {
    let data = bundled();
    let cases: Vec<(&str, Compact, bool)> = vec![
        ("IMLC issues letters", Compact::Imlc, true),
        ("NLC operational", Compact::Nlc, true),
        (
            "PA Compact not granting privileges",
            Compact::PaCompact,
            false,
        ),
        ("APRN Compact not in effect", Compact::AprnCompact, false),
        (
            "Social Work Compact not issuing",
            Compact::SocialWork,
            false,
        ),
    ];
    for (name, compact, expected) in cases {
        let operational = data
            .compact(compact)
            .and_then(|c| c.operational.known())
            .copied();
        assert_eq!(operational, Some(expected), "{name}");
    }
    // No jurisdiction is a full member of a compact that grants nothing.
    for j in &data.jurisdictions {
        for c in [
            Compact::PaCompact,
            Compact::AprnCompact,
            Compact::SocialWork,
        ] {
            let status = j
                .compacts
                .get(&c)
                .and_then(|f| f.value.as_ref())
                .map(|m| m.status);
            assert!(
                !matches!(
                    status,
                    Some(CompactStatus::Member | CompactStatus::MemberNotPrincipal)
                ),
                "{} is a member of {c:?}",
                j.jurisdiction
            );
        }
    }
}

#[test]
fn imlc_rules_match_the_research() {
    let imlc = bundled().imlc;
    assert_eq!(imlc.loq_fee_usd.known(), Some(&700), "LOQ fee");
    assert_eq!(imlc.loq_validity_days.known(), Some(&365), "LOQ validity");
    assert_eq!(imlc.max_exam_attempts.known(), Some(&3), "exam attempts");
    assert_eq!(
        imlc.min_practice_share_percent.known(),
        Some(&25),
        "practice share"
    );
    assert_eq!(
        imlc.board_certification_required.known(),
        Some(&true),
        "board certification"
    );
}

#[test]
fn csr_spot_checks() {
    let data = bundled();
    // (name, jurisdiction, expected `required`, expected telehealth-prescriber rule)
    let cases: Vec<(&str, Jurisdiction, Option<bool>, Option<bool>)> = vec![
        (
            "Texas ended its CSR on 2016-09-01",
            Jurisdiction::TX,
            Some(false),
            None,
        ),
        (
            "Iowa requires it even for telehealth",
            Jurisdiction::IA,
            Some(true),
            Some(true),
        ),
        ("Missouri BNDD", Jurisdiction::MO, Some(true), None),
        ("Alabama ACSC", Jurisdiction::AL, Some(true), None),
        ("California not established", Jurisdiction::CA, None, None),
        (
            "Wyoming only indirectly indicated",
            Jurisdiction::WY,
            None,
            None,
        ),
    ];
    for (name, j, required, telehealth) in cases {
        let Some(facts) = data.jurisdiction(j) else {
            panic!("{name}: no facts for {j}");
        };
        let csr = facts.csr.known();
        assert_eq!(csr.map(|c| c.required), required, "{name}");
        assert_eq!(
            csr.and_then(|c| c.required_for_telehealth_prescribers),
            telehealth,
            "{name}"
        );
    }
    let Some(texas) = data.jurisdiction(Jurisdiction::TX) else {
        panic!("no Texas");
    };
    assert_eq!(texas.csr.confidence, Confidence::Verified);
    assert!(
        texas
            .csr
            .sources
            .iter()
            .any(|s| s.contains("capitol.texas.gov")),
        "Texas CSR source"
    );
    assert!(texas.csr.as_of <= data.as_of);
    assert!(
        texas.csr.note.contains("2016-09-01"),
        "Texas CSR note: {}",
        texas.csr.note
    );
}

#[test]
fn malpractice_spot_checks() {
    let data = bundled();
    // (name, jurisdiction, expected `required` when known, per-claim minimum)
    let cases: Vec<(&str, Jurisdiction, Option<bool>, Option<u64>)> = vec![
        (
            "Kansas requires coverage for licensure",
            Jurisdiction::KS,
            Some(true),
            Some(500_000),
        ),
        (
            "Wisconsin $1M",
            Jurisdiction::WI,
            Some(true),
            Some(1_000_000),
        ),
        (
            "Colorado $1M",
            Jurisdiction::CO,
            Some(true),
            Some(1_000_000),
        ),
        (
            "Connecticut required, amount conflicts",
            Jurisdiction::CT,
            Some(true),
            None,
        ),
        (
            "Rhode Island required, amount unknown",
            Jurisdiction::RI,
            Some(true),
            None,
        ),
        ("Pennsylvania conflicting", Jurisdiction::PA, None, None),
        ("Texas not established", Jurisdiction::TX, None, None),
    ];
    for (name, j, required, per_claim) in cases {
        let Some(facts) = data.jurisdiction(j) else {
            panic!("{name}: no facts for {j}");
        };
        let m = facts.malpractice.known();
        assert_eq!(m.map(|m| m.required), required, "{name}");
        assert_eq!(m.and_then(|m| m.min_per_claim_usd), per_claim, "{name}");
    }
    let kansas_fund = data
        .jurisdiction(Jurisdiction::KS)
        .and_then(|f| f.malpractice.known())
        .and_then(|m| m.patient_compensation_fund.clone());
    assert!(
        kansas_fund.is_some_and(|f| f.contains("Health Care Stabilization Fund")),
        "Kansas fund"
    );
}

#[test]
fn telemedicine_rules_are_dated() {
    let data = bundled();
    // (id, from, until, in force on, not in force on)
    let cases: Vec<(&str, &str, Option<&str>, &str, &str)> = vec![
        (
            "dea_telemedicine_flexibilities",
            "2026-01-01",
            Some("2026-12-31"),
            "2026-12-31",
            "2027-01-01",
        ),
        (
            "dea_buprenorphine_telemedicine",
            "2025-12-31",
            None,
            "2027-06-01",
            "2025-12-30",
        ),
        (
            "dea_va_continuity_of_care",
            "2025-12-31",
            None,
            "2026-01-01",
            "2025-03-21",
        ),
    ];
    for (id, from, until, inside, outside) in cases {
        let Some(rule) = data.telemedicine_rule(id).and_then(|f| f.known()) else {
            panic!("{id}: missing or not established");
        };
        assert_eq!(rule.effective_from, date(from), "{id} from");
        assert_eq!(rule.effective_until, until.map(date), "{id} until");
        assert!(rule.in_force(date(inside)), "{id} on {inside}");
        assert!(!rule.in_force(date(outside)), "{id} on {outside}");
    }
    assert!(data.telemedicine_rule("no_such_rule").is_none());
}

#[test]
fn federal_dea_facts() {
    let fed = bundled().federal;
    assert_eq!(fed.dea_per_state.known(), Some(&true), "per state");
    assert_eq!(fed.dea_cycle_years.known(), Some(&3), "cycle");
    assert_eq!(fed.dea_renewal_window_days.known(), Some(&60), "window");
    assert_eq!(fed.dea_fee_usd.known(), Some(&888), "fee");
}

#[test]
fn telehealth_route_spot_checks() {
    let data = bundled();
    // (jurisdiction, route id, kind, no office, no in-person, existing patients only)
    let cases: Vec<(Jurisdiction, &str, TelehealthRouteKind, bool, bool, bool)> = vec![
        (
            Jurisdiction::FL,
            "fl_telehealth_registration",
            TelehealthRouteKind::Registration,
            true,
            true,
            false,
        ),
        (
            Jurisdiction::MN,
            "mn_interstate_telehealth_registration",
            TelehealthRouteKind::Registration,
            true,
            true,
            false,
        ),
        (
            Jurisdiction::AZ,
            "az_medical_telehealth_registration",
            TelehealthRouteKind::Registration,
            false,
            true,
            false,
        ),
        (
            Jurisdiction::OR,
            "or_follow_up_care_exception",
            TelehealthRouteKind::Exception,
            false,
            false,
            true,
        ),
    ];
    for (j, id, kind, no_office, no_in_person, existing) in cases {
        let route = data.jurisdiction(j).and_then(|f| {
            f.telehealth_routes
                .iter()
                .find_map(|r| r.known().filter(|r| r.id == id))
        });
        let Some(route) = route else {
            panic!("{id}: missing or not established");
        };
        assert_eq!(route.kind, kind, "{id}");
        assert_eq!(route.no_office, no_office, "{id} no office");
        assert_eq!(route.no_in_person, no_in_person, "{id} no in-person");
        assert_eq!(
            route.existing_patients_only, existing,
            "{id} existing patients"
        );
    }
    // Louisiana's permit lost its statute in 2024: it must not count as established.
    let louisiana = data
        .jurisdiction(Jurisdiction::LA)
        .map(|f| &f.telehealth_routes);
    assert!(
        louisiana
            .is_some_and(|routes| !routes.is_empty() && routes.iter().all(|r| r.known().is_none())),
        "Louisiana permit should be conflicting"
    );
}

#[test]
fn renewal_spot_checks() {
    let data = bundled();
    // (name, jurisdiction, expected cycle years and expiry rule when established)
    type Case = (&'static str, Jurisdiction, Option<(u8, ExpiryRule)>);
    let cases: Vec<Case> = vec![
        (
            "Illinois July 31 triennial",
            Jurisdiction::IL,
            Some((3, ExpiryRule::FixedDate { month: 7, day: 31 })),
        ),
        (
            "Georgia birth month",
            Jurisdiction::GA,
            Some((2, ExpiryRule::BirthMonth)),
        ),
        (
            "California issue month",
            Jurisdiction::CA,
            Some((2, ExpiryRule::IssueDate)),
        ),
        (
            "North Carolina birthday",
            Jurisdiction::NC,
            Some((1, ExpiryRule::BirthDate)),
        ),
        ("Washington conflicting", Jurisdiction::WA, None),
        ("Puerto Rico unknown", Jurisdiction::PR, None),
    ];
    for (name, j, expected) in cases {
        let got = data
            .jurisdiction(j)
            .and_then(|f| f.medical_renewal.known())
            .map(|r| (r.cycle_years, r.expiry_rule.clone()));
        assert_eq!(got, expected, "{name}");
    }
}

/// A corruption of a sound dataset and the one problem it must produce.
struct Corruption {
    name: &'static str,
    corrupt: fn(&mut Dataset),
    expected: DatasetProblem,
}

fn facts_of(
    data: &mut Dataset,
    j: Jurisdiction,
) -> &mut licensure_core::reference::JurisdictionFacts {
    match data.jurisdictions.iter_mut().find(|f| f.jurisdiction == j) {
        Some(f) => f,
        None => panic!("no facts for {j}"),
    }
}

#[test]
fn check_catches_each_corruption() {
    let cases: Vec<Corruption> = vec![
        Corruption {
            name: "jurisdiction removed",
            corrupt: |d| {
                d.jurisdictions
                    .retain(|f| f.jurisdiction != Jurisdiction::TX)
            },
            expected: DatasetProblem::MissingJurisdiction {
                jurisdiction: Jurisdiction::TX,
            },
        },
        Corruption {
            name: "jurisdiction twice",
            corrupt: |d| {
                let copy = facts_of(d, Jurisdiction::CA).clone();
                d.jurisdictions.push(copy);
            },
            expected: DatasetProblem::DuplicateJurisdiction {
                jurisdiction: Jurisdiction::CA,
            },
        },
        Corruption {
            name: "compact missing for a jurisdiction",
            corrupt: |d| {
                facts_of(d, Jurisdiction::NY).compacts.remove(&Compact::Nlc);
            },
            expected: DatasetProblem::MissingCompact {
                jurisdiction: Jurisdiction::NY,
                compact: Compact::Nlc,
            },
        },
        Corruption {
            name: "compact facts missing",
            corrupt: |d| d.compacts.retain(|c| c.compact != Compact::Psypact),
            expected: DatasetProblem::MissingCompactFacts {
                compact: Compact::Psypact,
            },
        },
        Corruption {
            name: "compact facts twice",
            corrupt: |d| {
                if let Some(c) = d.compact(Compact::Nlc).cloned() {
                    d.compacts.push(c);
                }
            },
            expected: DatasetProblem::DuplicateCompactFacts {
                compact: Compact::Nlc,
            },
        },
        Corruption {
            name: "fact without a source",
            corrupt: |d| facts_of(d, Jurisdiction::TX).csr.sources = Vec::new().into(),
            expected: DatasetProblem::NoSource {
                fact: "TX csr".into(),
            },
        },
        Corruption {
            name: "plain http source",
            corrupt: |d| {
                d.federal.dea_fee_usd.sources = ["http://example.gov/fee".to_string()].into()
            },
            expected: DatasetProblem::NotHttps {
                fact: "federal dea_fee_usd".into(),
                address: "http://example.gov/fee".into(),
            },
        },
        Corruption {
            name: "empty source address",
            corrupt: |d| d.imlc.loq_fee_usd.sources = ["https://".to_string()].into(),
            expected: DatasetProblem::NotHttps {
                fact: "imlc loq_fee_usd".into(),
                address: "https://".into(),
            },
        },
        Corruption {
            name: "http board site",
            corrupt: |d| {
                facts_of(d, Jurisdiction::OH).medical_board_url = "http://med.ohio.gov".into()
            },
            expected: DatasetProblem::NotHttps {
                fact: "OH medical_board_url".into(),
                address: "http://med.ohio.gov".into(),
            },
        },
        Corruption {
            name: "verified fact with a null value",
            corrupt: |d| facts_of(d, Jurisdiction::KS).malpractice.value = None,
            expected: DatasetProblem::KnownWithoutValue {
                fact: "KS malpractice".into(),
            },
        },
        Corruption {
            name: "unknown fact with a value",
            corrupt: |d| {
                let texas = facts_of(d, Jurisdiction::TX).csr.value.clone();
                facts_of(d, Jurisdiction::PR).csr.value = texas;
            },
            expected: DatasetProblem::UnknownWithValue {
                fact: "PR csr".into(),
            },
        },
        Corruption {
            name: "conflicting fact without a note",
            corrupt: |d| {
                if let Some(f) = facts_of(d, Jurisdiction::MI)
                    .compacts
                    .get_mut(&Compact::Imlc)
                {
                    f.note = "  ".into();
                }
            },
            expected: DatasetProblem::DoubtWithoutNote {
                fact: "MI compacts.imlc".into(),
            },
        },
        Corruption {
            name: "fact read after the dataset's date",
            corrupt: |d| d.federal.dea_cycle_years.as_of = d.as_of + chrono::Days::new(1),
            expected: DatasetProblem::FactAfterDataset {
                fact: "federal dea_cycle_years".into(),
                as_of: date("2026-11-27"),
            },
        },
        Corruption {
            name: "enactment after the dataset's date",
            corrupt: |d| {
                if let Some(m) = facts_of(d, Jurisdiction::HI)
                    .compacts
                    .get_mut(&Compact::Imlc)
                    .and_then(|f| f.value.as_mut())
                {
                    m.enacted = Some(date("2027-01-01"));
                }
            },
            expected: DatasetProblem::EnactedAfterDataset {
                fact: "HI compacts.imlc".into(),
                enacted: date("2027-01-01"),
            },
        },
        Corruption {
            name: "rule ends before it starts",
            corrupt: |d| {
                for f in &mut d.federal.telemedicine_rules {
                    if let Some(r) = f
                        .value
                        .as_mut()
                        .filter(|r| r.id == "dea_telemedicine_flexibilities")
                    {
                        r.effective_until = Some(date("2025-12-31"));
                    }
                }
            },
            expected: DatasetProblem::RuleEndsBeforeStart {
                id: "dea_telemedicine_flexibilities".into(),
            },
        },
        Corruption {
            name: "rule id twice",
            corrupt: |d| {
                if let Some(rule) = d.federal.telemedicine_rules.first().cloned() {
                    d.federal.telemedicine_rules.push(rule);
                }
            },
            expected: DatasetProblem::DuplicateRuleId {
                id: "dea_telemedicine_flexibilities".into(),
            },
        },
        Corruption {
            name: "route id twice",
            corrupt: |d| {
                let florida = facts_of(d, Jurisdiction::FL).telehealth_routes.clone();
                facts_of(d, Jurisdiction::GA)
                    .telehealth_routes
                    .extend(florida);
            },
            expected: DatasetProblem::DuplicateRouteId {
                id: "fl_telehealth_registration".into(),
            },
        },
    ];
    let sound = bundled();
    assert_eq!(
        sound.as_of,
        date("2026-11-26"),
        "the corruption table assumes this review date"
    );
    for case in cases {
        let mut data = sound.clone();
        (case.corrupt)(&mut data);
        assert_eq!(data.check(), vec![case.expected], "{}", case.name);
    }
}
