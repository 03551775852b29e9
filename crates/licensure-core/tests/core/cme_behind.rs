//! The license whose CME is furthest behind its renewal (the dashboard's): the share of the
//! window passed less the share of the requirement done, only for licenses with something
//! missing, the earlier renewal first on a tie.

use chrono::NaiveDate;
use licensure_core::cme::{
    cme_behind, furthest_behind, CmeStatus, CmeWindow, HoursProgress, LicenseCme, TopicProgress,
};
use licensure_core::model::{CmeHours, CmeTopic};
use licensure_core::reference::{Applicability, Recurrence};
use licensure_core::Jurisdiction;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// A license with a window, `total` hours required and `done` done (None: no hour rule),
/// and topics met or missing.
fn license(
    id: &str,
    window: Option<(&str, &str)>,
    total: Option<(u32, u32)>,
    topics: &[CmeStatus],
) -> LicenseCme {
    let total =
        total.map(|(req, done)| HoursProgress::new(CmeHours::hours(req), CmeHours::hours(done)));
    let topics: Vec<TopicProgress> = topics
        .iter()
        .map(|s| TopicProgress {
            description: "pain management".into(),
            topics: vec![CmeTopic::PainManagement],
            recurrence: Recurrence::EveryCycle,
            applies_to: Applicability::AllLicensees,
            required: Some(CmeHours::hours(2)),
            done: CmeHours::ZERO,
            status: *s,
            activity_ids: Vec::new(),
            due: None,
            reason: String::new(),
        })
        .collect();
    let missing =
        total.is_some_and(|t| !t.met()) || topics.iter().any(|t| t.status == CmeStatus::Missing);
    let window = window.map(|(s, e)| CmeWindow {
        start: day(s),
        end: day(e),
    });
    LicenseCme {
        credential_id: id.into(),
        jurisdiction: Jurisdiction::TX,
        title: format!("State license · {id}"),
        window,
        due: window.map(|w| w.end),
        status: if missing {
            CmeStatus::Missing
        } else {
            CmeStatus::Met
        },
        total,
        category1: None,
        topics,
        activity_ids: Vec::new(),
        shortfall: String::new(),
        citation: None,
        note: String::new(),
    }
}

#[test]
fn how_far_behind_a_license_is() {
    let today = day("2026-01-01");
    let w = Some(("2025-01-02", "2027-01-01")); // today is half-way
    let cases: &[(&str, LicenseCme, Option<f64>)] = &[
        (
            "half the window, nothing done",
            license("a", w, Some((40, 0)), &[]),
            Some(0.5),
        ),
        (
            "half the window, half done: on pace",
            license("b", w, Some((40, 20)), &[]),
            Some(0.0),
        ),
        (
            "half the window, three quarters done: ahead",
            license("c", w, Some((40, 30)), &[]),
            Some(-0.25),
        ),
        (
            "all done: not behind",
            license("d", w, Some((40, 40)), &[]),
            None,
        ),
        (
            "no window: cannot be paced",
            license("e", None, Some((40, 0)), &[]),
            None,
        ),
        (
            "topics only: half of them met",
            license("f", w, None, &[CmeStatus::Met, CmeStatus::Missing]),
            Some(0.0),
        ),
        (
            "topics only, a verify one left out",
            license("g", w, None, &[CmeStatus::Verify, CmeStatus::Missing]),
            Some(0.5),
        ),
        (
            "renewal passed, nothing done",
            license("h", Some(("2024-01-02", "2025-12-31")), Some((40, 0)), &[]),
            Some(1.0),
        ),
        (
            "window not begun yet",
            license("i", Some(("2026-06-01", "2028-05-31")), Some((40, 0)), &[]),
            Some(0.0),
        ),
    ];
    for (name, l, want) in cases {
        let got = cme_behind(l, today);
        match (got, want) {
            (Some(g), Some(w)) => assert!((g - w).abs() < 0.01, "{name}: {g} vs {w}"),
            (g, w) => assert_eq!(g.is_some(), w.is_some(), "{name}: {g:?} vs {w:?}"),
        }
    }
}

#[test]
fn the_furthest_behind_is_chosen_and_the_earlier_renewal_wins_a_tie() {
    let today = day("2026-01-01");
    let on_pace = license(
        "on-pace",
        Some(("2025-01-02", "2027-01-01")),
        Some((40, 20)),
        &[],
    );
    let behind = license(
        "behind",
        Some(("2025-01-02", "2027-01-01")),
        Some((40, 4)),
        &[],
    );
    let done = license(
        "done",
        Some(("2025-01-02", "2027-01-01")),
        Some((40, 40)),
        &[],
    );
    let list = [on_pace.clone(), behind.clone(), done.clone()];
    assert_eq!(
        furthest_behind(&list, today).map(|l| l.credential_id.as_str()),
        Some("behind")
    );
    assert_eq!(
        furthest_behind(&[done], today),
        None,
        "nothing missing: none"
    );
    assert_eq!(furthest_behind(&[], today), None);

    // The same pace (nothing done, the same share passed): the earlier renewal first.
    let early = license(
        "early",
        Some(("2025-09-23", "2026-04-11")),
        Some((20, 0)),
        &[],
    );
    let late = license(
        "late",
        Some(("2025-06-15", "2026-07-20")),
        Some((60, 0)),
        &[],
    );
    let e = cme_behind(&early, today).unwrap_or_default();
    let l = cme_behind(&late, today).unwrap_or_default();
    assert!(
        (e - 0.5).abs() < f64::EPSILON && (l - 0.5).abs() < f64::EPSILON,
        "the same pace: {e} {l}"
    );
    for order in [[early.clone(), late.clone()], [late.clone(), early.clone()]] {
        assert_eq!(
            furthest_behind(&order, today).map(|l| l.credential_id.as_str()),
            Some("early")
        );
    }
}
