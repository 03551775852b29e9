//! Checked answers in the store: saved durably with validation, kept across a reopen, edited,
//! deleted and restored (undo), and carried by the export document and its import, where
//! every problem is located and a document without answers stays importable.

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use licensure_core::checked::{AnswerSource, CheckedAnswer, CheckedValue};
use licensure_core::reference::{MalpracticeRequirement, MalpracticeRule};
use licensure_core::Jurisdiction;
use licensure_store::document::{json_schema, parse_import};
use licensure_store::{Store, StoreError};

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn today() -> NaiveDate {
    date("2026-12-07")
}

fn no_minimum(j: Jurisdiction) -> CheckedAnswer {
    CheckedAnswer {
        id: String::new(),
        jurisdiction: Some(j),
        answer: CheckedValue::Malpractice(MalpracticeRequirement {
            rule: MalpracticeRule::None,
            min_per_claim_usd: None,
            min_aggregate_usd: None,
            fund: None,
            alternatives: String::new(),
            applies_to_telehealth: None,
        }),
        source: AnswerSource::PhoneCall {
            person: "Dana Reyes".into(),
        },
        checked_on: date("2026-12-07"),
        note: String::new(),
    }
}

#[test]
fn an_answer_is_saved_kept_across_a_reopen_edited_deleted_and_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let saved = {
        let store = Store::open(dir.path()).expect("open");
        store
            .save_checked_answer(no_minimum(Jurisdiction::TX), today())
            .expect("saved")
    };
    assert!(!saved.id.is_empty());
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(
        store.checked_answers().expect("read"),
        std::slice::from_ref(&saved)
    );

    let edited = CheckedAnswer {
        note: "confirmed by email too".into(),
        ..saved.clone()
    };
    store
        .save_checked_answer(edited.clone(), today())
        .expect("edited");
    assert_eq!(
        store.checked_answers().expect("read"),
        std::slice::from_ref(&edited)
    );

    let removed = store.delete_checked_answer(&saved.id).expect("deleted");
    assert_eq!(removed, edited);
    assert!(store.checked_answers().expect("read").is_empty());
    store.save_checked_answer(removed, today()).expect("undone");
    assert_eq!(store.checked_answers().expect("read"), [edited]);

    assert!(matches!(
        store.delete_checked_answer("a-none"),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn an_invalid_answer_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open");
    let future = CheckedAnswer {
        checked_on: date("2026-12-08"),
        ..no_minimum(Jurisdiction::TX)
    };
    match store.save_checked_answer(future, today()) {
        Err(StoreError::Invalid(issues)) => {
            assert_eq!(issues[0].field, "checked_on");
        }
        other => panic!("expected invalid, got {other:?}"),
    }
    store
        .save_checked_answer(no_minimum(Jurisdiction::TX), today())
        .expect("first");
    assert!(matches!(
        store.save_checked_answer(no_minimum(Jurisdiction::TX), today()),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(store.checked_answers().expect("read").len(), 1);
}

#[test]
fn answers_round_trip_through_the_export_document() {
    let (_dir, store) = common::sample_store();
    let before = store.export().expect("export");
    assert!(
        !before.to_json().contains("checked_answers"),
        "a document without answers keeps its old shape"
    );
    store
        .save_checked_answer(no_minimum(Jurisdiction::TX), today())
        .expect("saved");
    let text = store.export().expect("export").to_json();
    assert!(text.contains("\"checked_answers\""));

    let other = tempfile::tempdir().expect("temp dir");
    let fresh = Store::open(other.path()).expect("open");
    let (doc, _) = parse_import(&text).expect("importable");
    fresh.replace_all(&doc).expect("stored");
    assert_eq!(
        fresh.checked_answers().expect("read"),
        store.checked_answers().expect("read")
    );
    assert_eq!(fresh.export().expect("export").to_json(), text);

    // Importing a document without answers removes the stored ones: the document is the whole
    // store.
    fresh.replace_all(&before).expect("replaced");
    assert!(fresh.checked_answers().expect("read").is_empty());
    assert!(json_schema().contains("checked_answers"));
}

#[test]
fn import_problems_in_answers_are_located() {
    let answer = |id: &str, source: &str, extra: &str| {
        format!(
            r#"{{ "id": "{id}", "jurisdiction": "TX", "checked_on": "2026-12-01",
               "answer": {{ "fact": "csr", "value": {{ "required": true, "agency": "{extra}" }} }},
               "source": {source} }}"#
        )
    };
    let phone = r#"{ "kind": "phone_call", "person": "Dana" }"#;
    let cases = vec![
        (
            "a good answer",
            vec![answer("a1", phone, "Texas DPS")],
            vec![],
        ),
        (
            "an address that is not https",
            vec![answer(
                "a1",
                r#"{ "kind": "address", "url": "ftp://x.gov" }"#,
                "Texas DPS",
            )],
            vec!["/checked_answers/0/source/url"],
        ),
        (
            "a required registration without its agency",
            vec![answer("a1", phone, "")],
            vec!["/checked_answers/0/answer/value/agency"],
        ),
        (
            "an unknown fact",
            vec![
                r#"{ "id": "a1", "jurisdiction": "TX", "checked_on": "2026-12-01",
                     "answer": { "fact": "weather", "value": {} },
                     "source": { "kind": "phone_call", "person": "Dana" } }"#
                    .to_string(),
            ],
            vec!["/checked_answers/0/answer/fact"],
        ),
        (
            "the same id twice",
            vec![
                answer("a1", phone, "Texas DPS"),
                answer("a1", phone, "Texas DPS"),
            ],
            vec!["/checked_answers/1/id"],
        ),
        (
            "the same question twice",
            vec![
                answer("a1", phone, "Texas DPS"),
                answer("a2", phone, "Texas DPS"),
            ],
            vec!["/checked_answers/1/answer/fact"],
        ),
        (
            "no id",
            vec![answer(" ", phone, "Texas DPS")],
            vec!["/checked_answers/0/id"],
        ),
    ];
    for (name, answers, pointers) in cases {
        let text = format!(
            r#"{{ "format": "licensure-export", "version": 1, "profile": null,
                 "credentials": [], "offers": [], "checked_answers": [{}] }}"#,
            answers.join(",")
        );
        let found: Vec<String> = match parse_import(&text) {
            Ok((doc, _)) => {
                assert_eq!(doc.checked_answers.len(), answers.len(), "{name}");
                Vec::new()
            }
            Err(report) => report.problems.into_iter().map(|p| p.pointer).collect(),
        };
        assert_eq!(found, pointers, "{name}");
    }
}
