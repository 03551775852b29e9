//! Where the IMLC reaches, state by state, and why a state is out of reach: membership as of
//! the day asked (a start date still ahead is "not issuing yet"), unknown stays unknown, and
//! the costs are the reference data's (an unrecorded state fee is never zero).

use licensure_core::imlc::imlc_map;
use licensure_core::model::Compact;
use licensure_core::reference::{CompactMembership, CompactStatus, Dataset};
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

fn status_of(data: &Dataset, j: Jurisdiction, on: chrono::NaiveDate) -> Option<CompactStatus> {
    let map = imlc_map(data, on);
    assert_eq!(
        map.states.len(),
        Jurisdiction::ALL.len(),
        "every jurisdiction is listed"
    );
    map.states
        .into_iter()
        .find(|r| r.jurisdiction == j)
        .and_then(|r| r.status)
}

#[test]
fn each_jurisdiction_has_its_standing_as_of_the_day_asked() {
    let starting = |implemented| CompactMembership {
        status: CompactStatus::Member,
        enacted: Some(day(2025, 4, 1)),
        implemented: Some(implemented),
    };
    let cases: Vec<(
        &str,
        Dataset,
        Jurisdiction,
        chrono::NaiveDate,
        Option<CompactStatus>,
    )> = vec![
        (
            "member",
            Data::standard().build(),
            TX,
            today(),
            Some(CompactStatus::Member),
        ),
        (
            "member that cannot be principal (Hawaii)",
            Data::standard().build(),
            HI,
            today(),
            Some(CompactStatus::MemberNotPrincipal),
        ),
        (
            "enacted, not issuing",
            Data::standard().build(),
            AR,
            today(),
            Some(CompactStatus::EnactedNotImplemented),
        ),
        (
            "member whose start is tomorrow: not issuing today",
            Data::standard()
                .membership_fact(Compact::Imlc, NM, fact(starting(day(2026, 6, 2))))
                .build(),
            NM,
            today(),
            Some(CompactStatus::EnactedNotImplemented),
        ),
        (
            "member whose start is today: issuing",
            Data::standard()
                .membership_fact(Compact::Imlc, NM, fact(starting(today())))
                .build(),
            NM,
            today(),
            Some(CompactStatus::Member),
        ),
        (
            "unknown membership stays unknown",
            Data::standard()
                .membership_fact(Compact::Imlc, UT, unknown())
                .build(),
            UT,
            today(),
            None,
        ),
        (
            "conflicting sources are not a membership",
            Data::standard()
                .membership_fact(
                    Compact::Imlc,
                    UT,
                    conflicting(membership(CompactStatus::Member)),
                )
                .build(),
            UT,
            today(),
            None,
        ),
    ];
    for (name, data, j, on, want) in cases {
        assert_eq!(status_of(&data, j, on), want, "{name}");
    }
}

#[test]
fn the_bundled_data_reaches_texas_not_california_and_prices_the_letter() {
    let data = Dataset::bundled().expect("bundled data");
    let on = day(2026, 12, 7);
    // IMLC participating states (imlcc.com/participating-states): Texas issues compact
    // licenses; California has not joined.
    assert_eq!(status_of(&data, TX, on), Some(CompactStatus::Member));
    assert_eq!(status_of(&data, CA, on), Some(CompactStatus::NotMember));
    let map = imlc_map(&data, on);
    // The commission's Letter of Qualification fee is $700, valid 365 days.
    assert_eq!(map.terms.loq_fee_usd, Some(700));
    assert_eq!(map.terms.loq_validity_days, Some(365));
    assert!(!map.terms.citations.is_empty());
    for r in &map.states {
        assert_ne!(
            r.state_fee_usd,
            Some(0),
            "{}: an unrecorded fee is unknown, not zero",
            r.jurisdiction
        );
        assert!(
            r.status.is_none() || r.citation.is_some(),
            "{}: a status has its source",
            r.jurisdiction
        );
    }
}
