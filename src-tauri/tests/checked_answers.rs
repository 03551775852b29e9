//! Checked answers through the app's real IPC layer (Tauri's mock runtime, a real store in a
//! temporary directory): saving one turns an offer's "verify" decisive in the offer views,
//! the list shows it with its notice, a refused answer stores nothing, a delete hands the
//! answer back (raising the offer's setback) and saving it again undoes the delete.
//!
//! The offer: video visits for Rhode Island patients, whose malpractice mandate has no
//! minimum amounts in the reference data (data/jurisdictions/RI.json), for a physician
//! licensed there with a $250,000 / $750,000 policy: "verify" until the amounts are known.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use std::time::Duration;

use chrono::{Days, Local};
use common::watched::{one_state_document, Harness};
use serde_json::{json, Value};

fn document() -> String {
    one_state_document("RI", "Harbor Telehealth", |policy| {
        policy["basis"] = json!("occurrence");
        policy["per_claim_limit"] = json!(250_000);
        policy["aggregate_limit"] = json!(750_000);
    })
}

fn harness() -> Harness {
    Harness::new(&document())
}

impl Harness {
    fn outcome(&self) -> (Value, Value) {
        let list = self.invoke("offers", json!({}));
        let detail = self.invoke("offer_detail", json!({ "id": "ri-offer" }));
        (
            list["offers"][0]["verdict"]["outcome"].clone(),
            detail["verdict"]["outcome"].clone(),
        )
    }
}

fn answer(checked_on: &str) -> Value {
    json!({
        "id": "", "jurisdiction": "RI", "checked_on": checked_on, "note": "licensing desk",
        "answer": { "fact": "malpractice", "value": {
            "rule": "mandate", "min_per_claim_usd": 200000, "min_aggregate_usd": 600000 } },
        "source": { "kind": "phone_call", "person": "Dana Reyes" }
    })
}

#[test]
fn a_saved_answer_turns_verify_decisive_and_a_delete_can_be_undone() {
    let h = harness();
    let today = Local::now().date_naive();
    assert_eq!(h.outcome(), (json!("verify"), json!("verify")));

    let tomorrow = (today + Days::new(1)).to_string();
    let refused = h
        .answer(
            "save_checked_answer",
            json!({ "answer": answer(&tomorrow) }),
        )
        .expect_err("a date in the future is refused");
    assert_eq!(refused["code"], "invalid", "{refused}");
    assert!(refused.to_string().contains("checked_on"), "{refused}");
    assert_eq!(h.invoke("checked_answers", json!({}))["answers"], json!([]));

    let saved = h.invoke(
        "save_checked_answer",
        json!({ "answer": answer(&today.to_string()) }),
    );
    let id = saved["id"].as_str().expect("an id").to_string();
    assert_eq!(
        h.outcome(),
        (json!("acceptable_now"), json!("acceptable_now"))
    );
    let detail = h.invoke("offer_detail", json!({ "id": "ri-offer" }));
    assert!(
        detail.to_string().contains("\"checked_by_you\""),
        "the verdict cites the answer: {detail}"
    );

    let listed = h.invoke("checked_answers", json!({}));
    assert_eq!(listed["answers"][0]["answer"]["id"], id.as_str());
    assert_eq!(listed["answers"][0]["notice"]["status"]["status"], "in_use");
    assert_eq!(
        listed["answers"][0]["question"],
        "malpractice minimum in RI"
    );
    assert!(listed["settles"]
        .to_string()
        .contains("state_minimum_unknown"));

    let removed = h.invoke("delete_checked_answer", json!({ "id": id }));
    assert_eq!(removed, saved);
    assert_eq!(h.outcome(), (json!("verify"), json!("verify")));
    let setback = h
        .shown
        .recv_timeout(Duration::from_secs(10))
        .expect("the offer's setback");
    assert_eq!(setback.offer_id, "ri-offer");

    h.invoke("save_checked_answer", json!({ "answer": removed }));
    assert_eq!(
        h.outcome(),
        (json!("acceptable_now"), json!("acceptable_now"))
    );
    assert_eq!(
        h.invoke("checked_answers", json!({}))["answers"][0]["answer"],
        saved
    );
}

#[test]
fn answers_on_a_compact_a_route_and_the_federal_rule_go_through_ipc() {
    let h = harness();
    let today = Local::now().date_naive().to_string();
    let with = |jurisdiction: Value, fact: &str, value: Value| {
        json!({ "answer": {
            "id": "", "jurisdiction": jurisdiction, "checked_on": today, "note": "",
            "answer": { "fact": fact, "value": value },
            "source": { "kind": "address", "url": "https://www.federalregister.gov/d/2026-28001" }
        } })
    };
    // Refused, nothing stored: a federal rule with a state, a state fact without one, a
    // route covering no profession.
    let until = json!({ "effective_until": "2027-12-31" });
    let refused = [
        with(json!("RI"), "telemedicine_rule", until.clone()),
        with(
            json!(null),
            "compact_membership",
            json!({ "compact": "imlc", "status": "member" }),
        ),
        with(
            json!("MN"),
            "telehealth_route",
            json!({ "route": "mn_interstate_telehealth_registration", "professions": [] }),
        ),
    ];
    for args in refused {
        let error = h
            .answer("save_checked_answer", args.clone())
            .expect_err("refused");
        assert_eq!(error["code"], "invalid", "{args}: {error}");
    }
    assert_eq!(h.invoke("checked_answers", json!({}))["answers"], json!([]));

    h.invoke(
        "save_checked_answer",
        with(json!(null), "telemedicine_rule", until),
    );
    h.invoke(
        "save_checked_answer",
        with(
            json!("MI"),
            "compact_membership",
            json!({ "compact": "imlc", "status": "member" }),
        ),
    );
    let listed = h.invoke("checked_answers", json!({}));
    let questions: Vec<&str> = listed["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .filter_map(|a| a["question"].as_str())
        .collect();
    assert_eq!(
        questions,
        [
            "end of DEA's telemedicine flexibilities",
            "standing of MI in the IMLC"
        ]
    );
    assert!(listed["answers"][0]["answer"]["jurisdiction"].is_null());
    let settles = listed["settles"].to_string();
    for code in [
        "imlc_status_unknown",
        "route_controlled_substances_unknown",
        "telemedicine_flexibilities_end_before_offer",
    ] {
        assert!(settles.contains(code), "{code}: {settles}");
    }
}
