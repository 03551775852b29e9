//! The period a verdict judges: from the later of start and today, and past the
//! flexibilities in the bundled dataset.

use super::credentials::{cs_offer, dated, offer, profile, tx_physician};
use super::fixture::{d, dataset};
use super::table::all_codes;
use licensure_core::model::{Profession, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::reference::Dataset;
use licensure_core::verdict::evaluate_offer;
use licensure_core::verdict::OfferOutcome::AcceptableNow;
use licensure_core::Jurisdiction::TX;

#[test]
fn the_period_runs_from_the_later_of_start_and_today() {
    let cases = [
        (
            "future offer",
            d(2026, 7, 1),
            Some(d(2026, 12, 31)),
            d(2026, 6, 1),
            d(2026, 7, 1),
            d(2026, 12, 31),
            false,
        ),
        (
            "started offer",
            d(2026, 1, 1),
            Some(d(2026, 12, 31)),
            d(2026, 6, 1),
            d(2026, 6, 1),
            d(2026, 12, 31),
            false,
        ),
        (
            "ends today",
            d(2026, 1, 1),
            Some(d(2026, 6, 1)),
            d(2026, 6, 1),
            d(2026, 6, 1),
            d(2026, 6, 1),
            false,
        ),
        (
            "open-ended, future",
            d(2026, 7, 1),
            None,
            d(2026, 6, 1),
            d(2026, 7, 1),
            d(2027, 6, 30),
            true,
        ),
        (
            "open-ended, started",
            d(2025, 1, 1),
            None,
            d(2026, 6, 1),
            d(2026, 6, 1),
            d(2027, 5, 31),
            true,
        ),
    ];
    for (name, start, end, today, want_start, want_end, open_ended) in cases {
        let verdict = evaluate_offer(
            &dated(offer(&[TX]), start, end),
            &profile(Profession::Md),
            &tx_physician(),
            &dataset(),
            today,
        );
        let Some(period) = verdict.period else {
            panic!("{name}: no period");
        };
        assert_eq!(
            (period.start, period.end, period.open_ended),
            (want_start, want_end, open_ended),
            "{name}"
        );
    }
}

#[test]
fn bundled_dataset_flags_an_offer_running_past_the_flexibilities() {
    let data = match Dataset::bundled() {
        Ok(data) => data,
        Err(e) => panic!("bundled dataset does not load: {e}"),
    };
    let verdict = evaluate_offer(
        &dated(
            cs_offer(&[TX], &[Schedule::S4]),
            d(2026, 12, 1),
            Some(d(2027, 3, 31)),
        ),
        &profile(Profession::Md),
        &tx_physician(),
        &data,
        d(2026, 11, 26),
    );
    let codes = all_codes(&verdict);
    assert!(
        codes.contains(&(
            "telemedicine_flexibilities_end_during_offer".to_string(),
            Outcome::Verify
        )),
        "reasons {codes:?}"
    );
    assert_ne!(
        verdict.outcome, AcceptableNow,
        "never acceptable past the flexibilities"
    );
}
