//! The outline of the offers list against the full verdicts, over the benchmark workload
//! (300 offers, 200 credentials in every jurisdiction): every outcome, step count, fee and
//! wait must be the one the full verdict gives.

use chrono::NaiveDate;
use licensure_core::model::{Credential, Offer, Profile};
use licensure_core::reference::Dataset;
use licensure_core::verdict::{evaluate_offers, outline_offers, OfferOutcome, OfferOutline};

#[path = "../../benches/fixture/mod.rs"]
mod fixture;

#[test]
fn the_outline_of_every_offer_is_its_full_verdicts() {
    let doc = fixture::document(200, 300);
    let profile: Profile = serde_json::from_value(doc["profile"].clone()).unwrap();
    let credentials: Vec<Credential> = serde_json::from_value(doc["credentials"].clone()).unwrap();
    let offers: Vec<Offer> = serde_json::from_value(doc["offers"].clone()).unwrap();
    let (y, m, d) = fixture::TODAY;
    let today = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let data = Dataset::bundled().unwrap();

    let full = evaluate_offers(&offers, &profile, &credentials, &data, today);
    let outlines = outline_offers(&offers, &profile, &credentials, &data, today);
    assert_eq!(outlines.len(), offers.len());
    for (outline, verdict) in outlines.iter().zip(full) {
        let id = verdict.offer_id.clone();
        assert_eq!(*outline, OfferOutline::from(verdict), "offer {id}");
    }
    // The workload is not trivial: it has offers of more than one outcome, and steps.
    let outcomes: std::collections::HashSet<OfferOutcome> =
        outlines.iter().map(|o| o.outcome).collect();
    assert!(outcomes.len() > 1, "{outcomes:?}");
    assert!(outlines
        .iter()
        .any(|o| o.states.iter().any(|s| s.step_count > 0)));
}
