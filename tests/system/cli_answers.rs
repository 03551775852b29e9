//! `licensure answers`: a checked answer turns an offer's "verify" into a decisive verdict,
//! is cited as the clinician's own, survives a new process and an export/import round trip,
//! and its removal brings the "verify" back.
//!
//! The offer: the sample clinician also licensed in Rhode Island, whose malpractice mandate
//! has no minimum amounts in the reference data (data/jurisdictions/RI.json), so a video
//! offer there is "verify" until the clinician records the amounts.

use std::path::Path;

use serde_json::{json, Value};

use licensure_system_tests::{licensure, sample_document, stderr, stdout};

const TODAY: &str = "2026-12-08";

/// The sample with an RI license, RI on a $250,000 / $750,000 policy, and a video offer for
/// RI patients.
pub(crate) fn document() -> Value {
    let text = std::fs::read_to_string(sample_document()).expect("sample document");
    let mut doc: Value = serde_json::from_str(&text).expect("sample is JSON");
    let credentials = doc["credentials"].as_array_mut().expect("credentials");
    credentials.push(json!({ "id": "c9", "notes": "", "detail": {
        "kind": "state_license", "jurisdiction": "RI", "license_type": "MD",
        "number": "MD-1234", "status": "active", "restriction_notes": "",
        "issued": "2024-01-01", "expires": "2028-06-30", "route": "direct" } }));
    for c in credentials.iter_mut() {
        if c["detail"]["kind"] == "malpractice_policy" {
            // Below the highest minimum any state sets, so RI's unknown minimum matters.
            c["detail"]["per_claim_limit"] = json!(250_000);
            c["detail"]["aggregate_limit"] = json!(750_000);
            c["detail"]["coverage"]["jurisdictions"]
                .as_array_mut()
                .expect("listed jurisdictions")
                .push(json!("RI"));
        }
    }
    doc["offers"].as_array_mut().expect("offers").push(json!({
        "id": "o3", "employer": "Harbor Telehealth", "role": "Physician",
        "patient_jurisdictions": ["RI"], "start": "2027-01-05", "end": "2027-12-31",
        "modalities": ["video"], "controlled_substances": [], "in_person_visits": false,
        "employer_malpractice": null, "fees_reimbursed": false, "pay": "", "notes": "" }));
    doc
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = args.to_vec();
    if !args.contains(&"--today") {
        all.extend(["--today", TODAY]);
    }
    licensure(dir, &all)
}

fn ok_json(dir: &Path, args: &[&str]) -> Value {
    let out = run(dir, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON output")
}

fn o3_outcome(dir: &Path) -> String {
    let verdicts = ok_json(dir, &["offers", "--json"]);
    verdicts
        .as_array()
        .expect("verdicts")
        .iter()
        .find(|v| v["offer_id"] == "o3")
        .and_then(|v| v["outcome"].as_str())
        .expect("o3 judged")
        .to_string()
}

/// What the board said: a $200,000 / $600,000 minimum, which the policy meets.
pub(crate) const AMOUNTS: &str =
    r#"{"rule":"mandate","min_per_claim_usd":200000,"min_aggregate_usd":600000}"#;

#[test]
fn a_checked_answer_turns_verify_decisive_and_survives_a_restart_and_a_round_trip() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let file = tmp.path().join("doc.json");
    std::fs::write(&file, document().to_string()).expect("write");
    let out = licensure(&data, &["import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(o3_outcome(&data), "verify");

    // Refused answers store nothing.
    let refused: Vec<(&str, Vec<&str>)> = vec![
        (
            "checked tomorrow",
            vec!["--checked-on", "2026-12-09", "--phone-call", "Dana Reyes"],
        ),
        ("no name for the call", vec!["--phone-call", " "]),
        ("not https", vec!["--url", "http://health.ri.gov/"]),
    ];
    for (name, extra) in refused {
        let mut args = vec!["answers", "add", "RI", "malpractice", "--value", AMOUNTS];
        args.extend(extra);
        let out = run(&data, &args);
        assert_eq!(out.status.code(), Some(3), "{name}: {}", stderr(&out));
    }
    let out = run(
        &data,
        &[
            "answers",
            "add",
            "RI",
            "malpractice",
            "--value",
            r#"{"rule":"sometimes"}"#,
            "--phone-call",
            "Dana",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "a value not in the fact's terms"
    );
    assert_eq!(ok_json(&data, &["answers", "list", "--json"]), json!([]));

    let saved = ok_json(
        &data,
        &[
            "answers",
            "add",
            "RI",
            "malpractice",
            "--value",
            AMOUNTS,
            "--phone-call",
            "Dana Reyes",
            "--note",
            "licensing desk",
            "--json",
        ],
    );
    let id = saved["id"].as_str().expect("an id").to_string();

    // A new process reads it back and judges with it.
    assert_eq!(o3_outcome(&data), "acceptable_now");
    let out = run(&data, &["offers"]);
    assert!(
        stdout(&out).contains("(your answer, 2026-12-08, phone call with the board (Dana Reyes))"),
        "{}",
        stdout(&out)
    );
    let listed = ok_json(&data, &["answers", "list", "--json"]);
    assert_eq!(listed[0]["answer"]["id"], id.as_str());
    assert_eq!(listed[0]["notice"]["status"]["status"], "in_use");
    assert_eq!(listed[0]["notice"]["stale"], false);

    // Export, import elsewhere: the same answer, the same verdict.
    let exported = tmp.path().join("export.json");
    let out = run(&data, &["export", exported.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let other = tmp.path().join("other");
    let out = run(&other, &["import", exported.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(o3_outcome(&other), "acceptable_now");
    assert_eq!(
        ok_json(&other, &["answers", "list", "--json"]),
        ok_json(&data, &["answers", "list", "--json"])
    );

    // Removed: "verify" again; the removed answer is printed whole.
    let removed = ok_json(&data, &["answers", "remove", &id, "--json"]);
    assert_eq!(removed, saved);
    assert_eq!(o3_outcome(&data), "verify");
    let out = run(&data, &["answers", "remove", &id]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn an_answer_over_a_year_old_is_flagged_but_still_used() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let file = tmp.path().join("doc.json");
    std::fs::write(&file, document().to_string()).expect("write");
    assert!(licensure(&data, &["import", file.to_str().expect("utf-8")])
        .status
        .success());
    // RI's official fact is dated 2026-12-07: an answer checked before that gives way to it,
    // so the old answer is checked on the official date, and judged a year and more later.
    let out = licensure(
        &data,
        &[
            "answers",
            "add",
            "RI",
            "malpractice",
            "--value",
            AMOUNTS,
            "--phone-call",
            "Dana",
            "--today",
            "2026-12-07",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for (today, stale) in [("2027-12-07", false), ("2027-12-08", true)] {
        let listed = ok_json(&data, &["answers", "list", "--json", "--today", today]);
        assert_eq!(listed[0]["notice"]["stale"], stale, "{today}");
        let out = licensure(&data, &["offers", "--today", today]);
        assert_eq!(
            stderr(&out).contains("check it again"),
            stale,
            "{today}: {}",
            stderr(&out)
        );
    }
}

/// Every reason code in `path STATE --json`, with the subject each names.
fn path_reasons(dir: &Path, state: &str) -> Vec<(String, Option<String>)> {
    let path = ok_json(dir, &["path", state, "--json"]);
    path["routes"]
        .as_array()
        .expect("routes")
        .iter()
        .flat_map(|r| r["reasons"].as_array().expect("reasons").iter())
        .map(|r| {
            let subject = r["subject"].as_str().map(str::to_string);
            (r["code"].as_str().expect("code").to_string(), subject)
        })
        .collect()
}

#[test]
fn answers_on_a_compact_and_a_route_name_their_subject_and_survive_a_round_trip() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let file = tmp.path().join("doc.json");
    std::fs::write(&file, document().to_string()).expect("write");
    assert!(licensure(&data, &["import", file.to_str().expect("utf-8")])
        .status
        .success());
    // MI's IMLC standing: the sources conflict, so the IMLC route there is "verify".
    let unknown = ("imlc_status_unknown".to_string(), Some("imlc".to_string()));
    assert!(path_reasons(&data, "MI").contains(&unknown));

    let add = |state: &str, fact: &str, value: &str| {
        run(
            &data,
            &[
                "answers",
                "add",
                state,
                fact,
                "--value",
                value,
                "--url",
                "https://imlcc.com/participating-states/",
            ],
        )
    };
    // Refused: not in the fact's terms, or contradicting itself; nothing stored.
    for (name, fact, value) in [
        (
            "a status that does not exist",
            "compact-membership",
            r#"{"compact":"imlc","status":"maybe"}"#,
        ),
        (
            "a non-member with a day it begins issuing",
            "compact-membership",
            r#"{"compact":"imlc","status":"not_member","implemented":"2027-01-01"}"#,
        ),
        (
            "a route covering no profession",
            "telehealth-route",
            r#"{"route":"mi_x","professions":[]}"#,
        ),
    ] {
        let out = add("MI", fact, value);
        assert_eq!(out.status.code(), Some(3), "{name}: {}", stderr(&out));
    }
    assert_eq!(ok_json(&data, &["answers", "list", "--json"]), json!([]));

    let out = add(
        "MI",
        "compact-membership",
        r#"{"compact":"imlc","status":"member"}"#,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("standing of MI in the IMLC"),
        "{}",
        stderr(&out)
    );
    assert!(!path_reasons(&data, "MI").contains(&unknown));
    // The same compact again is the same question; another compact is not.
    let out = add(
        "MI",
        "compact-membership",
        r#"{"compact":"imlc","status":"not_member"}"#,
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let out = add(
        "MI",
        "compact-membership",
        r#"{"compact":"nlc","status":"member"}"#,
    );
    assert!(out.status.success(), "{}", stderr(&out));

    // A route the reference data does not have is stored but not used, and says so.
    let out = add(
        "MN",
        "telehealth-route",
        r#"{"route":"mn_no_such_route","professions":["md"]}"#,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = add(
        "MN",
        "telehealth-route",
        r#"{"route":"mn_interstate_telehealth_registration","professions":["md","do"],
            "controlled_substances_allowed":true,"excluded_schedules":["2"]}"#,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&data, &["answers", "list"]);
    let listed = stdout(&out);
    assert!(
        listed.contains("terms of the Minnesota interstate telehealth registration")
            && listed.contains("no telehealth route \"mn_no_such_route\" in MN"),
        "{listed}"
    );

    let exported = tmp.path().join("export.json");
    assert!(run(&data, &["export", exported.to_str().expect("utf-8")])
        .status
        .success());
    let other = tmp.path().join("other");
    let out = run(&other, &["import", exported.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = |dir: &Path| ok_json(dir, &["answers", "list", "--json"]);
    assert_eq!(list(&other), list(&data));
    assert_eq!(list(&other).as_array().map(Vec::len), Some(4));
    assert!(!path_reasons(&other, "MI").contains(&unknown));
}

/// The reason codes on DEA's telemedicine flexibilities in every stored offer's verdict.
fn federal_codes(dir: &Path) -> Vec<String> {
    let verdicts = ok_json(dir, &["offers", "--json"]).to_string();
    let mut codes: Vec<String> = verdicts
        .split('"')
        .filter(|s| s.starts_with("telemedicine_flexibilities_"))
        .map(str::to_string)
        .collect();
    codes.dedup();
    codes
}

#[test]
fn an_extension_of_the_federal_rule_is_recorded_with_no_state_and_lifts_the_old_end_deadline() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let sample = sample_document();
    assert!(
        licensure(&data, &["import", sample.to_str().expect("utf-8")])
            .status
            .success()
    );
    // The sample's schedule IV/V offer runs to 2027-06-30; the flexibilities end 2026-12-31.
    assert_eq!(
        federal_codes(&data),
        ["telemedicine_flexibilities_end_during_offer"]
    );
    let add = |state: &str, value: &str| {
        run(
            &data,
            &[
                "answers",
                "add",
                state,
                "telemedicine-rule",
                "--value",
                value,
                "--url",
                "https://www.federalregister.gov/d/2026-28001",
            ],
        )
    };
    let refused = add("TX", r#"{"effective_until":"2027-12-31"}"#);
    assert_eq!(refused.status.code(), Some(3), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("every state"),
        "{}",
        stderr(&refused)
    );
    let refused = add("federal", r#"{"effective_until":"end of 2027"}"#);
    assert_eq!(refused.status.code(), Some(3), "{}", stderr(&refused));
    assert_eq!(ok_json(&data, &["answers", "list", "--json"]), json!([]));
    assert_eq!(flexibility_deadlines(&data), ["2026-12-31"]);

    let out = add("federal", r#"{"effective_until":"2027-12-31"}"#);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        federal_codes(&data),
        ["telemedicine_flexibilities_cover_offer"]
    );
    // The flexibilities' end is a deadline while an offer runs past it: no longer.
    assert_eq!(flexibility_deadlines(&data), Vec::<String>::new());
}

/// The days of the deadlines on DEA's telemedicine flexibilities.
fn flexibility_deadlines(dir: &Path) -> Vec<String> {
    let listed = ok_json(dir, &["deadlines", "--within", "400", "--json"]);
    listed["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .filter(|d| {
            d["title"]
                .as_str()
                .is_some_and(|t| t.contains("telemedicine flexibilities"))
        })
        .map(|d| d["due"].as_str().expect("due").to_string())
        .collect()
}
