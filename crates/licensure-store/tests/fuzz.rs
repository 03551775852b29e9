//! Bad input never hurts: property tests over the import document. Arbitrary JSON, the
//! sample document with one value replaced by something hostile (huge strings, NUL bytes,
//! far dates, wrong types), and raw text never panic; a refusal always names a problem and
//! leaves the store exactly as it was; an accepted document round-trips.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

use std::sync::atomic::{AtomicU64, Ordering};

mod common;

use common::hostile::json_value;
use common::sample_store;
use licensure_store::document::parse_import;
use licensure_store::Store;
use proptest::prelude::*;
use serde_json::Value;

const CASES: u32 = 400;
static RAN: AtomicU64 = AtomicU64::new(0);

fn sample() -> Value {
    serde_json::from_str(include_str!("../src/sample/clinician.json")).expect("sample")
}

/// Every path to a value inside `v`.
fn paths(v: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| {
            let mut p = here.clone();
            p.push(k.clone());
            paths(c, p, out);
        }),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| {
            let mut p = here.clone();
            p.push(i.to_string());
            paths(c, p, out);
        }),
        _ => {}
    }
}

fn replace_at(v: &mut Value, path: &[String], new: Value) {
    let pointer: String = path
        .iter()
        .map(|p| format!("/{}", p.replace('~', "~0").replace('/', "~1")))
        .collect();
    if let Some(slot) = v.pointer_mut(&pointer) {
        *slot = new;
    }
}

/// Parses `text`; a refusal must name at least one problem with a message and leave the store
/// unchanged; an acceptance must store and round-trip.
fn check(store: &Store, text: &str) -> Result<(), TestCaseError> {
    RAN.fetch_add(1, Ordering::Relaxed);
    let before = store.export().expect("export").to_json();
    match parse_import(text) {
        Err(report) => {
            prop_assert!(!report.problems.is_empty(), "refused without a problem");
            prop_assert!(report.problems.iter().all(|p| !p.message.trim().is_empty()));
            prop_assert_eq!(store.export().expect("export").to_json(), before);
        }
        Ok((doc, _)) => {
            store
                .replace_all(&doc)
                .expect("an accepted document is stored");
            let again = store.export().expect("export").to_json();
            prop_assert!(
                parse_import(&again).is_ok(),
                "the stored document does not re-import"
            );
            store
                .replace_all(&parse_import(&before).expect("before").0)
                .expect("put back");
        }
    }
    Ok(())
}

#[test]
fn import_never_panics_and_refusals_store_nothing() {
    let (_dir, store) = sample_store();
    let config = ProptestConfig::with_cases(CASES);
    let mut runner = proptest::test_runner::TestRunner::new(config.clone());
    runner
        .run(&json_value(), |v| check(&store, &v.to_string()))
        .expect("arbitrary JSON");
    let mut runner = proptest::test_runner::TestRunner::new(config.clone());
    let doc = sample();
    let mut all = Vec::new();
    paths(&doc, Vec::new(), &mut all);
    runner
        .run(&(0..all.len(), json_value()), |(i, new)| {
            let mut mutated = doc.clone();
            replace_at(&mut mutated, &all[i], new);
            check(&store, &mutated.to_string())
        })
        .expect("sample with one value replaced");
    let mut runner = proptest::test_runner::TestRunner::new(config);
    runner
        .run(&any::<String>(), |text| check(&store, &text))
        .expect("raw text");
    let ran = RAN.load(Ordering::Relaxed);
    println!("import fuzzing: {ran} documents checked ({CASES} cases per property, 3 properties)");
    assert!(ran >= u64::from(CASES) * 3);
}
