//! The rule commands of `licensure` (reference, deadlines, ics, imlc, path, offers) over the
//! sample clinician, at fixed dates.
//!
//! Expectations are derived by hand from the sample document
//! (crates/licensure-store/src/sample/clinician.json) and the reference data in `data/`,
//! not from running the program: each table says which record or fact it follows from.
//!
//! A module per command; here, the sample store and the helpers they share.

mod deadlines;
mod ics;
mod offers;
mod reference;
mod routes;
mod without_profile;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use licensure_system_tests::{licensure, sample_document, stderr, stdout, workspace};

/// Every number in the sample: license, DEA, policy numbers and the NPI.
const SAMPLE_NUMBERS: [&str; 7] = [
    "Q1234",
    "301234",
    "ME150001",
    "BR1234563",
    "BR2345672",
    "LSM-88120",
    "1234567893",
];

/// A data directory holding the sample clinician.
fn sample_store() -> tempfile::TempDir {
    store_with(&sample())
}

/// The sample document as JSON, to modify.
fn sample() -> Value {
    let text = std::fs::read_to_string(sample_document()).expect("sample document");
    serde_json::from_str(&text).expect("sample is JSON")
}

/// A data directory holding `doc`, imported through the CLI.
fn store_with(doc: &Value) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("document.json");
    std::fs::write(&file, serde_json::to_string(doc).expect("json")).expect("write document");
    let out = licensure(&dir.path().join("data"), &["import", path_str(&file)]);
    assert!(out.status.success(), "import failed: {}", stderr(&out));
    dir
}

fn data_dir(store: &tempfile::TempDir) -> PathBuf {
    store.path().join("data")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Runs the CLI and parses its standard output as JSON, asserting success.
fn json(dir: &Path, args: &[&str]) -> Value {
    let out = licensure(dir, args);
    assert!(out.status.success(), "{args:?} failed: {}", stderr(&out));
    serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{args:?} is not JSON ({e}):\n{}", stdout(&out)))
}

/// A file of the reference data, parsed.
fn reference_file(name: &str) -> Value {
    let text = std::fs::read_to_string(workspace().join("data").join(name)).expect("data file");
    serde_json::from_str(&text).expect("data file is JSON")
}

/// The reference dataset's review date, and that date moved by `days`.
fn dataset_as_of(days: i64) -> String {
    let as_of = reference_file("dataset.json")["as_of"]
        .as_str()
        .expect("as_of")
        .to_string();
    let date = add_days(&as_of, days);
    date.unwrap_or_else(|| panic!("cannot add {days} days to {as_of}"))
}

/// `YYYY-MM-DD` plus `days`, computed with Python's datetime so the test does not share
/// date arithmetic with the program under test.
fn add_days(date: &str, days: i64) -> Option<String> {
    let script = format!(
        "import datetime; print(datetime.date.fromisoformat('{date}') + datetime.timedelta(days={days}))"
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn ids(deadlines: &Value) -> Vec<String> {
    deadlines
        .as_array()
        .expect("deadlines array")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect()
}

fn assert_number_free(name: &str, text: &str) {
    for number in SAMPLE_NUMBERS {
        assert!(
            !text.contains(number),
            "{name}: {number} appears in the output:\n{text}"
        );
    }
}
