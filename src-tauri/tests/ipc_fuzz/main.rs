//! Bad input never hurts: property tests over every IPC command's arguments, sent through
//! Tauri's real IPC layer (`Webview::on_message` on the mock runtime) to the app's real
//! command handler (`licensure_app::with_commands`, the list the desktop app registers) with a
//! real store in a temporary data directory.
//!
//! Each command gets its right keys with hostile values of every JSON type (1 MiB strings,
//! NUL bytes, far and impossible dates, wrong types), a valid call with one nested value
//! replaced, missing keys, extra keys, bodies that are not objects, and values nested 100
//! deep; `add_attachment`, `preview_csv` and `preview_cme_csv` get raw bodies (arbitrary
//! bytes, 1 MiB, one byte over the size limit, JSON instead of bytes, and for the CSV
//! previews the Excel-like fixture files) with missing, percent-encoded hostile or raw
//! headers (for `preview_csv` and `preview_cme_csv`, options of either import as valid JSON,
//! hostile JSON or no JSON at all); `install_data_pack` gets arbitrary bytes, pack envelopes
//! with hostile fields, cut short, and JSON instead of bytes.
//!
//! What it proves: every call answers (no panic, no hang); an error is either the app's
//! `{code, message}` with a known code and a non-empty message, or, when the arguments cannot
//! be decoded into the command's types, Tauri's refusal naming the command (the UI shows it
//! as an unexpected error); a call that errs leaves the store exactly as it was (export,
//! deadline marks, reminder settings, delivery failures, attachment records and files compared
//! before and after). The table of commands must equal the list declared in `build.rs`, so a
//! command added without a row here fails the test, and each row's valid call must reach its
//! command.
//!
//! Limits: the mock runtime has no webview and no capability (ACL) check (that is
//! `tests/app.rs`); bodies arrive as parsed JSON, so text the IPC protocol cannot parse as
//! JSON (invalid UTF-8, nesting beyond serde_json's limit of 128) is refused before any
//! command and is not sent here. No reminder scheduler runs, start at login writes to a
//! temporary home directory, and no document is stored while `open_attachment` is fuzzed, so
//! no viewer is ever started. Random search, not proof: 24 cases per command (1056 calls), a new seed each run.
//!
//! Here, the one test over every table; a module per table, per kind of raw body and for
//! the store's state.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

#[path = "../common/mod.rs"]
mod common;
#[path = "../../../crates/licensure-store/tests/common/hostile.rs"]
mod hostile;

mod answers;
mod attachment;
mod commands;
mod csv_preview;
mod data_pack;
mod headers;
mod spoil;
mod store_state;

use std::sync::atomic::{AtomicU64, Ordering};

use answers::{check_answer, error_codes};
use attachment::{document_call, document_request, DocumentBody, DocumentCall};
use commands::{declared_commands, valid_args, COMMANDS, DOCUMENT_COMMANDS};
use common::{call, mock_app};
use csv_preview::{csv_call, csv_request, CsvBody, CsvCall, CSV_FIXTURES};
use data_pack::{pack_body, pack_envelope};
use headers::percent_encoded;
use licensure_store::document::parse_import;
use proptest::prelude::*;
use serde_json::Value;
use spoil::{spoil, spoiled};
use store_state::{put_back, save, snapshot};
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;
use tauri::test::mock_builder;

/// Cases per command.
const CASES: u32 = 24;
/// A call that takes longer than this has hung.
static RAN: AtomicU64 = AtomicU64::new(0);
static REFUSED: AtomicU64 = AtomicU64::new(0);

fn runner() -> proptest::test_runner::TestRunner {
    proptest::test_runner::TestRunner::new(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    })
}

#[test]
fn every_command_survives_hostile_arguments_and_a_refusal_changes_nothing() {
    let home = tempfile::tempdir().expect("temp home");
    // Start at login writes ~/.config/autostart: keep it inside the temporary home. This is
    // the only test in this binary, so no other thread reads the environment.
    std::env::set_var("HOME", home.path());
    let data = tempfile::tempdir().expect("temp data dir");
    let dir = data.path();
    let saves = tempfile::tempdir().expect("temp folder for saved files");
    let (builder, store) =
        licensure_app::headless(mock_builder(), dir, saves.path()).expect("store");
    let (_app, webview) = mock_app(builder);
    let (doc, _) = parse_import(include_str!(
        "../../../crates/licensure-store/src/sample/clinician.json"
    ))
    .expect("sample");
    store.replace_all(&doc).expect("sample stored");
    let baseline = save(&store, dir);

    // Coverage: every declared command has a row, and no row names an undeclared command.
    let declared = declared_commands();
    let tested: Vec<&str> = COMMANDS
        .iter()
        .map(|(name, _)| *name)
        .chain(DOCUMENT_COMMANDS.iter().copied())
        .collect();
    let missing: Vec<&String> = declared
        .iter()
        .filter(|d| !tested.contains(&d.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "commands declared in build.rs without a row in COMMANDS (no fuzz coverage): {missing:?}"
    );
    let extra: Vec<&&str> = tested
        .iter()
        .filter(|t| !declared.iter().any(|d| d == *t))
        .collect();
    assert!(extra.is_empty(), "rows for undeclared commands: {extra:?}");

    let codes = error_codes();
    assert!(
        codes.iter().any(|c| c == "invalid"),
        "codes read: {codes:?}"
    );

    // The valid calls reach their command: the answer is a result or the app's own error,
    // never Tauri's "not found" or an argument refusal.
    let valid_calls = COMMANDS
        .iter()
        .map(|(name, args)| {
            (
                *name,
                InvokeBody::Json(Value::Object(valid_args(args))),
                HeaderMap::new(),
            )
        })
        .chain(std::iter::once({
            let (body, headers) = document_request(&DocumentCall {
                body: DocumentBody::Raw(b"%PDF-1.4\n%%EOF\n".to_vec()),
                credential_id: Some(b"c1".to_vec()),
                cme_activity_id: None,
                name: Some(b"license.pdf".to_vec()),
            });
            ("add_attachment", body, headers)
        }))
        .chain(std::iter::once((
            "install_data_pack",
            InvokeBody::Raw(pack_envelope(
                ["licensure-data-pack/1", "k", "", ""],
                usize::MAX,
            )),
            HeaderMap::new(),
        )))
        .chain(std::iter::once({
            let (body, headers) = csv_request(&CsvCall {
                body: CsvBody::Raw(CSV_FIXTURES[0].to_vec()),
                options: Some(percent_encoded(r#"{"delimiter":"semicolon"}"#)),
            });
            ("preview_csv", body, headers)
        }))
        .chain(std::iter::once({
            let (body, headers) = csv_request(&CsvCall {
                body: CsvBody::Raw(
                    b"Title,Date,Credits,Credit type\nGrand rounds,2026-02-01,1,Cat 1\n".to_vec(),
                ),
                options: None,
            });
            ("preview_cme_csv", body, headers)
        }));
    let mut reached = 0;
    for (name, body, headers) in valid_calls {
        let answer = call(&webview, name, body, headers)
            .unwrap_or_else(|| panic!("{name}: no answer to valid arguments"));
        if let Err(e) = &answer {
            assert!(
                e.get("code").is_some(),
                "{name}: valid arguments did not reach the command: {e}"
            );
        }
        reached += 1;
        if snapshot(&store, dir) != baseline.snapshot {
            put_back(
                &store,
                &baseline.doc,
                &baseline.marks,
                &baseline.settings,
                &baseline.attachments,
            );
            assert_eq!(
                snapshot(&store, dir),
                baseline.snapshot,
                "{name}: not put back"
            );
        }
    }
    assert_eq!(reached, tested.len());

    // One hostile call: it answers acceptably, and a refusal changes nothing.
    let one = |name: &str, body: InvokeBody, headers: HeaderMap| -> Result<(), TestCaseError> {
        RAN.fetch_add(1, Ordering::Relaxed);
        let before = save(&store, dir);
        let answer = call(&webview, name, body, headers);
        let refused = check_answer(name, answer, &codes)?;
        let after = snapshot(&store, dir);
        if refused {
            REFUSED.fetch_add(1, Ordering::Relaxed);
            prop_assert!(
                after == before.snapshot,
                "{}: a refused call changed the store",
                name
            );
        } else if after != before.snapshot {
            put_back(
                &store,
                &before.doc,
                &before.marks,
                &before.settings,
                &before.attachments,
            );
            prop_assert!(
                snapshot(&store, dir) == before.snapshot,
                "{}: not put back",
                name
            );
        }
        Ok(())
    };

    let mut per_command = Vec::new();
    for (name, args) in COMMANDS {
        let start = RAN.load(Ordering::Relaxed);
        runner()
            .run(&spoil(), |how| {
                one(
                    name,
                    InvokeBody::Json(spoiled(args, &how)),
                    HeaderMap::new(),
                )
            })
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        per_command.push((*name, RAN.load(Ordering::Relaxed) - start));
    }
    for name in DOCUMENT_COMMANDS {
        let start = RAN.load(Ordering::Relaxed);
        let ran = match *name {
            "add_attachment" => runner()
                .run(&document_call(), |c| {
                    let (body, headers) = document_request(&c);
                    one(name, body, headers)
                })
                .map_err(|e| e.to_string()),
            "preview_csv" | "preview_cme_csv" => runner()
                .run(&csv_call(), |c| {
                    let (body, headers) = csv_request(&c);
                    one(name, body, headers)
                })
                .map_err(|e| e.to_string()),
            "install_data_pack" => runner()
                .run(&pack_body(), |body| one(name, body, HeaderMap::new()))
                .map_err(|e| e.to_string()),
            other => panic!("{other}: no strategy for this document command"),
        };
        ran.unwrap_or_else(|e| panic!("{name}: {e}"));
        per_command.push((*name, RAN.load(Ordering::Relaxed) - start));
    }

    let ran = RAN.load(Ordering::Relaxed);
    let refused = REFUSED.load(Ordering::Relaxed);
    println!(
        "IPC fuzzing: {ran} calls to {} commands ({CASES} cases each), {refused} refused, \
         every refusal leaving the store unchanged",
        per_command.len()
    );
    assert_eq!(per_command.len(), declared.len());
    assert!(per_command.iter().all(|(_, n)| *n >= u64::from(CASES)));
    assert!(refused > 0);
}
