//! `licensure cme` and the CME shortfall in `deadlines`, `remind` and `ics`: a clinician with
//! licenses in Texas, Florida and Connecticut and a DEA registration imports a year's CME
//! in one export document, then logs the rest of Florida's and sees it change.

use licensure_system_tests::{licensure, stderr, stdout};
use serde_json::{json, Value};

const TODAY: &str = "2026-12-07";

fn license(id: &str, state: &str, number: &str, expires: &str) -> Value {
    json!({ "id": id, "notes": "", "detail": { "kind": "state_license",
        "jurisdiction": state, "license_type": "MD", "number": number, "status": "active",
        "expires": expires } })
}

fn activity(id: &str, completed: &str, hours: f64, category: &str, topics: &[&str]) -> Value {
    json!({ "id": id, "title": format!("Course {id}"), "provider": "ACCME provider",
        "completed": completed, "hours": hours, "category": category, "topics": topics })
}

/// Three licenses, a DEA registration in Texas, and a year of CME.
fn document(extra: &[Value]) -> Value {
    let mut activities = vec![
        activity("m1", "2026-01-20", 20.0, "ama_pra_category_1", &[]),
        activity("m2", "2026-03-02", 2.0, "ama_pra_category_1", &["ethics"]),
        activity(
            "m3",
            "2026-04-15",
            1.0,
            "ama_pra_category_1",
            &["human_trafficking"],
        ),
        activity("m4", "2026-05-10", 10.0, "ama_pra_category_2", &[]),
        activity(
            "m5",
            "2026-06-01",
            2.0,
            "ama_pra_category_1",
            &["medical_errors", "domestic_violence"],
        ),
        activity("m6", "2026-07-01", 1.0, "aoa_1a", &["hiv_aids"]),
        activity(
            "m7",
            "2026-08-15",
            8.0,
            "ama_pra_category_1",
            &["mate_act_sud_training"],
        ),
    ];
    activities.extend_from_slice(extra);
    json!({
        "format": "licensure-export", "version": 1, "profile": null, "offers": [],
        "credentials": [
            license("tx", "TX", "Q1234", "2027-02-28"),
            license("fl", "FL", "ME99887", "2027-01-31"),
            license("ct", "CT", "054321", "2027-04-30"),
            json!({ "id": "dea", "notes": "", "detail": { "kind": "dea_registration",
                "number": "AB1234563", "jurisdiction": "TX", "schedules": ["2", "3"],
                "expires": "2027-03-31" } }),
        ],
        "cme_activities": activities,
    })
}

fn import(dir: &std::path::Path, doc: &Value) {
    let file = dir.join("doc.json");
    std::fs::write(&file, doc.to_string()).expect("write");
    let out = licensure(
        dir,
        &["--today", TODAY, "import", file.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "import: {}", stderr(&out));
}

fn run(dir: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["--today", TODAY];
    all.extend_from_slice(args);
    let out = licensure(dir, &all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn license_json<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["licenses"]
        .as_array()
        .expect("licenses")
        .iter()
        .find(|l| l["credential_id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn a_years_cme_logged_once_shows_what_each_license_still_needs() {
    let dir = tempfile::tempdir().expect("temp dir");
    import(dir.path(), &document(&[]));

    let report: Value = serde_json::from_str(&run(dir.path(), &["--json", "cme"])).expect("json");
    assert_eq!(report["today"], TODAY);
    // (license, status, total done, total required, Category 1 done, shortfall)
    let cases = [
        // TX: 44 hours logged (34 Category 1); 48 needed, 24 Category 1: 4 hours short.
        (
            "tx",
            "missing",
            44.0,
            48.0,
            Some(34.0),
            "4 hours still needed",
        ),
        // FL: 40 hours but only 34 Category 1 of the 40 required.
        (
            "fl",
            "missing",
            44.0,
            40.0,
            Some(34.0),
            "6 Category 1 hours still needed",
        ),
        // CT: 50 hours in 24 months and six topics of 1 hour each; the HIV/AIDS and the
        // domestic-violence hours count for two of them.
        (
            "ct",
            "missing",
            44.0,
            50.0,
            None,
            "6 hours, 1 hour of risk management and patient safety or controlled-substance \
             prescribing or pain management, 1 hour of sexual assault, 1 hour of cultural \
             competency and 1 hour of behavioral health still needed",
        ),
    ];
    for (id, status, done, required, cat1, shortfall) in cases {
        let l = license_json(&report, id);
        assert_eq!(l["status"], status, "{id}: {l}");
        assert_eq!(l["total"]["done"], done, "{id}");
        assert_eq!(l["total"]["required"], required, "{id}");
        assert_eq!(l["category1"]["done"].as_f64(), cat1, "{id}");
        assert_eq!(l["shortfall"], shortfall, "{id}");
        // One activity counts for every license: all seven fall in each window.
        assert_eq!(l["activity_ids"].as_array().expect("ids").len(), 7, "{id}");
    }
    let mate = &report["mate_act"][0];
    assert_eq!(
        (mate["status"].as_str(), mate["done"].as_f64()),
        (Some("met"), Some(8.0))
    );

    let text = run(dir.path(), &["cme"]);
    for expected in [
        "State license · TX: missing",
        "window 2025-03-01 to 2027-02-28; due 2027-02-28",
        "Category 1 hours: 34 of 40, 6 missing",
        "DEA registration · TX: MATE Act training done (8 of 8 hours)",
        "7 activities logged.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    for number in ["Q1234", "ME99887", "054321", "AB1234563"] {
        assert!(!text.contains(number), "a number is printed:\n{text}");
    }

    let deadlines = run(dir.path(), &["deadlines", "--within", "200"]);
    let fl = deadlines
        .lines()
        .find(|l| l.contains("State license · FL expires"))
        .unwrap_or_else(|| panic!("no FL expiry in:\n{deadlines}"));
    assert!(fl.ends_with("CME: 6 Category 1 hours still needed"), "{fl}");
    // Unfolded (RFC 5545 continuation lines start with a space).
    let calendar = run(dir.path(), &["ics"])
        .replace("\r\n ", "")
        .replace("\n ", "");
    assert!(
        calendar.contains("CME: 6 Category 1 hours still needed."),
        "{calendar}"
    );
    assert!(!calendar.contains("ME99887"));
    let due: Value =
        serde_json::from_str(&run(dir.path(), &["--json", "remind", "--dry-run"])).expect("json");
    let bodies: Vec<&str> = due["reminders"]
        .as_array()
        .expect("reminders")
        .iter()
        .filter_map(|r| r["body"].as_str())
        .collect();
    assert!(
        bodies.iter().any(|b| b.contains("CME: 6 Category 1 hours")),
        "{bodies:?}"
    );
    assert!(bodies.iter().all(|b| !b.contains("ME99887")));

    // Six more Category 1 hours complete Florida: its deadline no longer says CME.
    import(
        dir.path(),
        &document(&[activity("m8", "2026-11-30", 6.0, "ama_pra_category_1", &[])]),
    );
    let report: Value = serde_json::from_str(&run(dir.path(), &["--json", "cme"])).expect("json");
    assert_eq!(license_json(&report, "fl")["status"], "met");
    // TX: the hours are done; its pain-management hours apply only to physicians in direct
    // patient care, which the records cannot tell: "verify", with nothing missing.
    let tx = license_json(&report, "tx");
    assert_eq!(
        (&tx["status"], &tx["shortfall"]),
        (&json!("verify"), &json!(""))
    );
    let deadlines = run(dir.path(), &["deadlines", "--within", "200"]);
    let fl = deadlines
        .lines()
        .find(|l| l.contains("State license · FL expires"))
        .expect("FL expiry");
    assert!(!fl.contains("CME"), "{fl}");
}

#[test]
fn an_activity_completed_after_today_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = document(&[activity("late", "2026-12-08", 1.0, "other", &[])]);
    let file = dir.path().join("doc.json");
    std::fs::write(&file, doc.to_string()).expect("write");
    let out = licensure(
        dir.path(),
        &["--today", TODAY, "import", file.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("/cme_activities/7/completed"),
        "{}",
        stderr(&out)
    );
    let report: Value = serde_json::from_str(&run(dir.path(), &["--json", "cme"])).expect("json");
    assert!(report["licenses"].as_array().expect("licenses").is_empty());
}
