//! CME activities in the store: saved durably (read back after a reopen), refused with
//! field-level issues when invalid, deleted; carried by the export document, imported with
//! located problems and nothing lost when refused, and older documents without them still
//! import.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use chrono::NaiveDate;
use licensure_core::model::{CmeActivity, CmeCategory, CmeHours, CmeTopic};
use licensure_store::document::{json_schema, parse_import, parse_import_on};
use licensure_store::{Store, StoreError};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn activity(title: &str, hundredths: u32) -> CmeActivity {
    CmeActivity {
        id: String::new(),
        title: title.to_string(),
        provider: "AAFP".to_string(),
        completed: day("2026-05-02"),
        hours: CmeHours::from_hundredths(hundredths),
        category: CmeCategory::AmaPraCategory1,
        topics: [CmeTopic::PainManagement].into_iter().collect(),
        note: String::new(),
    }
}

#[test]
fn an_activity_is_saved_durably_refused_when_invalid_and_deleted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let today = day("2026-12-07");
    let saved = {
        let store = Store::open(dir.path()).expect("open");
        let saved = store
            .save_cme_activity(activity("Pain update", 250), today)
            .expect("saved");
        assert!(!saved.id.is_empty(), "an id is assigned");
        // (activity, field of the refusal)
        let mut future = activity("Later", 100);
        future.completed = day("2026-12-08");
        for (bad, field) in [
            (activity("", 100), "title"),
            (activity("Zero", 0), "hours"),
            (future, "completed"),
        ] {
            match store.save_cme_activity(bad, today) {
                Err(StoreError::Invalid(issues)) => {
                    assert!(issues.iter().any(|i| i.field == field), "{issues:?}")
                }
                other => panic!("expected invalid {field}, got {other:?}"),
            }
        }
        assert_eq!(store.cme_activities().expect("list").len(), 1);
        saved
    };
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(store.cme_activities().expect("list"), vec![saved.clone()]);
    assert_eq!(
        store.export().expect("export").cme_activities,
        vec![saved.clone()]
    );
    assert_eq!(
        store.delete_cme_activity(&saved.id).expect("deleted"),
        saved
    );
    assert!(store.cme_activities().expect("list").is_empty());
    assert!(matches!(
        store.delete_cme_activity(&saved.id),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn the_export_carries_activities_and_imports_back_identically() {
    let (_dir, store) = common::sample_store();
    let exported = store.export().expect("export");
    assert!(
        !exported.cme_activities.is_empty(),
        "the sample clinician has CME activities"
    );
    let text = exported.to_json();
    let (again, problems) = parse_import_on(&text, day("2026-12-07")).expect("imports");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(again.to_json(), text);
    let schema = json_schema();
    for name in [
        "cme_activities",
        "CmeActivity",
        "CmeTopic",
        "mate_act_sud_training",
    ] {
        assert!(schema.contains(name), "schema lacks {name}");
    }
}

#[test]
fn a_document_without_activities_imports_with_none() {
    let (doc, problems) = parse_import(common::ONE_BOARD_CERTIFICATION).expect("imports");
    assert!(problems.is_empty());
    assert!(doc.cme_activities.is_empty());
}

#[test]
fn bad_activities_are_refused_with_pointers_and_nothing_is_lost() {
    let (_dir, store) = common::sample_store();
    let before = store.export().expect("export");
    let good = r#"{"id":"m1","title":"Ethics","completed":"2026-01-05","hours":2,"category":"ama_pra_category_1","topics":["ethics"]}"#;
    // (bad activity placed second, pointer of the problem)
    let cases = [
        (
            r#"{"id":"m2","title":"X","completed":"2026-01-05","hours":1.234,"category":"ama_pra_category_1"}"#,
            "/cme_activities/1/hours",
        ),
        (
            r#"{"id":"m2","title":"X","completed":"2026-01-05","hours":1,"category":"aoa_2"}"#,
            "/cme_activities/1/category",
        ),
        (
            r#"{"id":"m2","title":"X","completed":"2026-01-05","hours":1,"category":"other","topics":["astrology"]}"#,
            "/cme_activities/1/topics/0",
        ),
        (
            r#"{"id":"m2","title":" ","completed":"2026-01-05","hours":1,"category":"other"}"#,
            "/cme_activities/1/title",
        ),
        (
            r#"{"id":"m2","title":"X","completed":"2026-01-05","hours":0,"category":"other"}"#,
            "/cme_activities/1/hours",
        ),
        (
            r#"{"id":"m2","title":"X","completed":"2027-01-05","hours":1,"category":"other"}"#,
            "/cme_activities/1/completed",
        ),
        (
            r#"{"id":"m1","title":"X","completed":"2026-01-05","hours":1,"category":"other"}"#,
            "/cme_activities/1/id",
        ),
    ];
    for (bad, pointer) in cases {
        let text = format!(
            r#"{{"format":"licensure-export","version":1,"profile":null,"credentials":[],"offers":[],"cme_activities":[{good},{bad}]}}"#
        );
        let report = parse_import_on(&text, day("2026-12-07")).expect_err(pointer);
        let pointers: Vec<&str> = report.problems.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(pointers, vec![pointer], "{bad}");
        assert_eq!(store.export().expect("export"), before, "nothing lost");
    }
}
