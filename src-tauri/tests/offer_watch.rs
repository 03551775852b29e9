//! The offer watch through the app's real IPC layer (Tauri's mock runtime, a real store in
//! a temporary directory): an edit that makes an acceptable offer worse raises one setback
//! at once, an edit that makes nothing worse raises none, and the texts carry no credential
//! numbers.
//!
//! Limits: the setbacks are recorded by the watch's `show` function instead of a desktop
//! notification; the path from a text to a real notification daemon is the one the reminder
//! tests prove with dunst (licensure-notify is shared).

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use std::time::Duration;

use chrono::{Days, Local};
use common::call;
use common::watched::{one_state_document, Harness};
use licensure_core::verdict::{OfferOutcome, Setback};
use serde_json::{json, Value};
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;

/// How long a setback may take to arrive after the edit answered.
const ARRIVES_WITHIN: Duration = Duration::from_secs(10);
/// How long to wait before concluding that no setback comes.
const QUIET_FOR: Duration = Duration::from_secs(2);

/// A physician with a Colorado license and a nationwide policy (both valid for years), and
/// an offer for Colorado patients starting in a month: acceptable now, whatever the date the
/// test runs on.
fn document() -> String {
    one_state_document("CO", "Front Range Telehealth", |_| {})
}

fn harness() -> Harness {
    Harness::new(&document())
}

impl Harness {
    fn credential(&self, id: &str) -> Value {
        let all = self.invoke("overview", json!({}))["credentials"].clone();
        all.as_array()
            .and_then(|a| a.iter().find(|c| c["id"] == id))
            .cloned()
            .unwrap_or_else(|| panic!("no credential {id} in {all}"))
    }

    fn next_setback(&self) -> Setback {
        self.shown
            .recv_timeout(ARRIVES_WITHIN)
            .expect("a setback within the time allowed")
    }

    fn no_setback(&self, after: &str) {
        if let Ok(s) = self.shown.recv_timeout(QUIET_FOR) {
            panic!("{after}: unexpected setback {s:?}");
        }
    }
}

fn assert_number_free(setback: &Setback, numbers: &[&str]) {
    for text in [setback.title(), setback.body()] {
        for n in numbers {
            assert!(!text.contains(n), "a notification shows a number: {text}");
        }
    }
}

#[test]
fn an_edit_that_makes_an_acceptable_offer_worse_notifies_at_once() {
    let h = harness();
    let license = h.credential("co-license");
    let all = h.invoke("overview", json!({}))["credentials"].clone();
    let policy = all
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|c| c["detail"]["kind"] == "malpractice_policy")
        })
        .expect("the policy")
        .clone();
    let numbers = [
        license["detail"]["number"].as_str().unwrap().to_string(),
        policy["detail"]["policy_number"]
            .as_str()
            .unwrap()
            .to_string(),
    ];
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();

    // An edit that changes nothing that matters: no setback.
    let mut noted = license.clone();
    noted["notes"] = json!("renewal paperwork filed");
    h.invoke("save_credential", json!({ "credential": noted }));
    h.no_setback("a note on the license");

    // The license now expires during the offer: valid at the start, a renewal due on a
    // date, not a setback.
    let mut lapsing = noted.clone();
    let lapse = Local::now().date_naive() + Days::new(60);
    lapsing["detail"]["expires"] = json!(lapse.to_string());
    h.invoke("save_credential", json!({ "credential": lapsing }));
    h.no_setback("a license that renews during the offer");

    // The license is now inactive: a setback, named for the offer.
    let mut inactive = noted.clone();
    inactive["detail"]["status"] = json!("inactive");
    h.invoke("save_credential", json!({ "credential": inactive }));
    let setback = h.next_setback();
    assert_eq!(setback.offer_id, "co-offer");
    assert_eq!(setback.before, OfferOutcome::AcceptableNow);
    assert_eq!(setback.after, OfferOutcome::AcceptableAfterSteps);
    assert!(
        setback.title().contains("Front Range Telehealth"),
        "{}",
        setback.title()
    );
    assert!(setback.body().contains("Colorado"), "{}", setback.body());
    assert_number_free(&setback, &numbers);
    h.no_setback("one setback per edit");

    // Reactivating it is an improvement: nothing to say.
    h.invoke("save_credential", json!({ "credential": noted }));
    h.no_setback("the license reactivated");

    // Deleting the license: a setback; undoing the delete: none.
    let deleted = h.invoke("delete_credential", json!({ "id": "co-license" }));
    let setback = h.next_setback();
    assert_eq!(setback.states.len(), 1);
    assert_number_free(&setback, &numbers);
    h.invoke("restore_credential", json!({ "credential": deleted }));
    h.no_setback("the delete undone");

    // The profile changed to a profession the license is not for.
    let mut profile = h.invoke("overview", json!({}))["profile"].clone();
    assert!(profile.is_object(), "the overview carries the profile");
    profile["profession"] = json!("psychologist");
    h.invoke("save_profile", json!({ "profile": profile }));
    let setback = h.next_setback();
    assert_eq!(setback.offer_id, "co-offer");
    assert_number_free(&setback, &numbers);

    // A refused edit stores nothing and so raises nothing.
    let mut bad = noted.clone();
    bad["detail"]["jurisdiction"] = json!("ZZ");
    let refused = call(
        &h.webview,
        "save_credential",
        InvokeBody::Json(json!({ "credential": bad })),
        HeaderMap::new(),
    );
    assert!(
        matches!(refused, Some(Err(_))),
        "an unknown state is refused: {refused:?}"
    );
    h.no_setback("a refused edit");
}
