//! The About view through the app's real IPC layer on Tauri's mock runtime: the version, the
//! build date, the reference data's date, the data directory in use, and the licenses of the
//! dependencies as the build listed them.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use common::{call, mock_app};
use serde_json::{json, Value};
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;
use tauri::test::mock_builder;

const DATASET: &str = include_str!("../../data/dataset.json");

fn about() -> (Value, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("data dir");
    let saves = tempfile::tempdir().expect("saves");
    let (builder, _store) =
        licensure_app::headless(mock_builder(), data.path(), saves.path()).expect("store");
    let (_app, webview) = mock_app(builder);
    match call(
        &webview,
        "about",
        InvokeBody::Json(json!({})),
        HeaderMap::new(),
    ) {
        Some(Ok(value)) => (value, data),
        other => panic!("about did not answer: {other:?}"),
    }
}

/// The license of dependency `name` from `ecosystem`, if listed.
fn license<'a>(about: &'a Value, ecosystem: &str, name: &str) -> Option<&'a str> {
    about["licenses"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|d| d["ecosystem"] == ecosystem && d["name"] == name)
        .and_then(|d| d["license"].as_str())
}

#[test]
fn the_about_view_names_the_build_the_data_and_where_it_is() {
    let (about, data) = about();
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    let date = about["build_date"].as_str().expect("a build date");
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "{date}"
    );
    let as_of: Value = serde_json::from_str(DATASET).expect("dataset.json");
    assert_eq!(about["reference_as_of"], as_of["as_of"]);
    assert_eq!(about["reference_origin"], "bundled");
    assert_eq!(about["data_dir"], data.path().display().to_string());
}

#[test]
fn the_about_view_lists_the_licenses_of_what_the_app_is_built_from() {
    let (about, _data) = about();
    assert_eq!(license(&about, "rust", "tauri"), Some("Apache-2.0 OR MIT"));
    assert_eq!(license(&about, "rust", "sled"), Some("MIT/Apache-2.0"));
    assert_eq!(
        license(&about, "npm", "@tauri-apps/api"),
        Some("Apache-2.0 OR MIT")
    );
    assert_eq!(
        license(&about, "npm", "svelte"),
        Some("MIT"),
        "compiled into the interface"
    );
    for not_in_the_app in ["licensure-core", "licensure-store", "proptest", "criterion"] {
        assert_eq!(
            license(&about, "rust", not_in_the_app),
            None,
            "{not_in_the_app}"
        );
    }
    assert_eq!(license(&about, "npm", "vitest"), None, "a development tool");
    let list = about["licenses"].as_array().unwrap();
    assert!(list.len() > 100, "{} dependencies", list.len());
    for d in list {
        for field in ["name", "version", "license"] {
            let value = d[field].as_str().unwrap_or_default();
            assert!(!value.is_empty() && !value.contains("://"), "{d}");
        }
    }
}
