//! Files the clinician saves (the calendar, the export of every record) through the app's
//! real IPC layer on Tauri's mock runtime, with a real store: each lands at the chosen path,
//! readable by its owner only, replaces an older file there, and holds what the store holds.
//!
//! Limits: the mock runtime cannot show the native dialog, so the app saves under the
//! proposed name in a test folder (`SaveChooser::Directory`); the dialog itself is driven in
//! the end-to-end tests.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use std::path::Path;

use common::{call, mock_app};
use licensure_store::document::parse_import;
use serde_json::{json, Value};
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;
use tauri::test::{mock_builder, MockRuntime};
use tauri::WebviewWindow;

const SAMPLE: &str = include_str!("../../crates/licensure-store/src/sample/clinician.json");

fn invoke(webview: &WebviewWindow<MockRuntime>, command: &str, args: Value) -> Value {
    match call(webview, command, InvokeBody::Json(args), HeaderMap::new()) {
        Some(Ok(value)) => value,
        Some(Err(e)) => panic!("{command} was refused: {e}"),
        None => panic!("{command} did not answer"),
    }
}

/// Every value of a field named like `number` or `…_number` in the document.
fn numbers_in(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, v)| match v {
                Value::String(s) if key == "number" || key.ends_with("_number") => vec![s.clone()],
                _ => numbers_in(v),
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(numbers_in).collect(),
        _ => Vec::new(),
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("saved").permissions().mode() & 0o777
}

/// The app on the mock runtime with the sample clinician stored, saving into `saves`.
struct Sample {
    _data: tempfile::TempDir,
    saves: tempfile::TempDir,
    _app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    doc: licensure_store::ExportDocument,
}

impl Sample {
    fn stored() -> Sample {
        let data = tempfile::tempdir().expect("data dir");
        let saves = tempfile::tempdir().expect("folder for saved files");
        let (builder, store) =
            licensure_app::headless(mock_builder(), data.path(), saves.path()).expect("store");
        let (app, webview) = mock_app(builder);
        let (doc, _) = parse_import(SAMPLE).expect("sample");
        store.replace_all(&doc).expect("sample stored");
        Sample {
            _data: data,
            saves,
            _app: app,
            webview,
            doc,
        }
    }
}

#[test]
fn the_calendar_and_the_export_are_saved_where_chosen_privately_and_complete() {
    let Sample {
        _data,
        saves,
        _app,
        webview,
        doc,
    } = Sample::stored();

    // An older file at the chosen path is replaced, not appended to or refused.
    let calendar_path = saves.path().join("licensure-deadlines.ics");
    std::fs::write(&calendar_path, "old content").expect("older file");

    let saved = invoke(
        &webview,
        "save_calendar",
        json!({ "includeNumbers": false }),
    );
    assert_eq!(saved["path"], calendar_path.display().to_string());
    let calendar = std::fs::read_to_string(&calendar_path).expect("calendar saved");
    assert_eq!(saved["bytes"], calendar.len() as u64);
    assert!(
        calendar.starts_with("BEGIN:VCALENDAR\r\n"),
        "{calendar:.80}"
    );
    assert!(calendar.trim_end().ends_with("END:VCALENDAR"));
    assert!(
        calendar.contains("BEGIN:VEVENT"),
        "the sample has deadlines"
    );
    let numbers = numbers_in(&serde_json::from_str(SAMPLE).expect("sample JSON"));
    assert!(numbers.len() >= 3, "the sample has numbers: {numbers:?}");
    for number in &numbers {
        assert!(
            !calendar.contains(number.as_str()),
            "numbers only when asked for: {number}"
        );
    }
    #[cfg(unix)]
    assert_eq!(mode(&calendar_path), 0o600);

    let saved = invoke(&webview, "export_records", json!({}));
    let path = saved["path"].as_str().expect("a path");
    assert!(path.starts_with(&saves.path().display().to_string()));
    assert!(path.ends_with(".json"), "{path}");
    let text = std::fs::read_to_string(path).expect("export saved");
    let (exported, problems) = parse_import(&text).expect("the export imports again");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(exported.profile, doc.profile);
    assert_eq!(exported.credentials, doc.credentials);
    assert_eq!(exported.offers, doc.offers);
    #[cfg(unix)]
    assert_eq!(mode(Path::new(path)), 0o600);

    // No temporary file is left beside them.
    let names: Vec<String> = std::fs::read_dir(saves.path())
        .expect("listed")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn the_packet_proposes_what_the_offer_relied_on_and_saves_only_what_was_chosen() {
    let Sample {
        _data,
        saves,
        _app,
        webview,
        ..
    } = Sample::stored();

    let choices = invoke(&webview, "packet_choices", json!({ "offerId": "o2" }));
    let proposed: Vec<&str> = choices["credentials"]
        .as_array()
        .expect("credentials")
        .iter()
        .filter(|c| c["proposed"] == true)
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    // Texas and California: the Texas license and DEA registration, then malpractice, the
    // board certification and CAQH.
    assert_eq!(proposed, ["c1", "c4", "c6", "c7", "c8"]);
    assert_eq!(choices["credentials"].as_array().map(Vec::len), Some(8));

    let saved = invoke(
        &webview,
        "save_packet",
        json!({ "offerId": "o2", "credentialIds": ["c1", "c7"] }),
    );
    let path = saved["file"]["path"].as_str().expect("a path");
    assert!(path.starts_with(&saves.path().display().to_string()));
    assert!(path.ends_with(".pdf"), "{path}");
    assert_eq!(saved["credentials"], 2);
    let bytes = std::fs::read(path).expect("packet saved");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(saved["file"]["bytes"], bytes.len() as u64);
    #[cfg(unix)]
    assert_eq!(mode(Path::new(path)), 0o600);

    // An unknown id is refused before anything is written.
    let before = std::fs::read_dir(saves.path()).expect("listed").count();
    match call(
        &webview,
        "save_packet",
        InvokeBody::Json(json!({ "offerId": null, "credentialIds": ["c1", "c99"] })),
        HeaderMap::new(),
    ) {
        Some(Err(e)) => assert!(e.to_string().contains("c99"), "{e}"),
        other => panic!("an unknown credential was not refused: {other:?}"),
    }
    assert_eq!(
        std::fs::read_dir(saves.path()).expect("listed").count(),
        before
    );
}
