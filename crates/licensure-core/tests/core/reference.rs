//! The bundled reference dataset: it loads, it is structurally sound, it covers every
//! jurisdiction and compact, and its compact, federal and renewal facts say what the research
//! says. The facts a regulator would ask about first are in `reference_spot`, the checks'
//! own table of corruptions in `reference_check`.

use chrono::NaiveDate;
use licensure_core::model::Compact;
use licensure_core::reference::{CompactStatus, Confidence, Dataset, ExpiryRule, ALL_COMPACTS};
use licensure_core::Jurisdiction;

pub fn date(s: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => d,
        Err(e) => panic!("bad test date {s}: {e}"),
    }
}

pub fn bundled() -> Dataset {
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
    // Statutes read in their enacted text can be old; none is older than this.
    let floor = date("1950-01-01");
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
fn renewal_spot_checks() {
    let data = bundled();
    // (name with its source, jurisdiction, cycle years, expiry rule and fee when established)
    type Case = (
        &'static str,
        Jurisdiction,
        Option<(u8, ExpiryRule, Option<u32>)>,
    );
    let cases: Vec<Case> = vec![
        (
            "Illinois: July 31 every three years",
            Jurisdiction::IL,
            Some((3, ExpiryRule::FixedDate { month: 7, day: 31 }, Some(300))),
        ),
        (
            "Georgia: birth month, fee not established",
            Jurisdiction::GA,
            Some((2, ExpiryRule::BirthMonth, None)),
        ),
        (
            "California: issue month, $1,151 (B&P 2423, 2435)",
            Jurisdiction::CA,
            Some((2, ExpiryRule::IssueDate, Some(1151))),
        ),
        (
            "North Carolina: yearly on the birthday",
            Jurisdiction::NC,
            Some((1, ExpiryRule::BirthDate, Some(175))),
        ),
        (
            "Washington: two years on the birthday, $956 (WAC 246-919)",
            Jurisdiction::WA,
            Some((2, ExpiryRule::BirthDate, Some(956))),
        ),
        (
            "Missouri: yearly, January 31 (20 CSR 2150-2.050), fee not established",
            Jurisdiction::MO,
            Some((1, ExpiryRule::FixedDate { month: 1, day: 31 }, None)),
        ),
        ("Guam: not established", Jurisdiction::GU, None),
    ];
    for (name, j, expected) in cases {
        let got = data
            .jurisdiction(j)
            .and_then(|f| f.medical_renewal.known())
            .map(|r| (r.cycle_years, r.expiry_rule.clone(), r.fee_usd));
        assert_eq!(got, expected, "{name}");
    }
}
