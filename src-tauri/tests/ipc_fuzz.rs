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

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;
#[path = "../../crates/licensure-store/tests/common/hostile.rs"]
mod hostile;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use common::{call, mock_app, ANSWER_WITHIN};
use hostile::{hostile_string, json_value};
use licensure_core::csv_import::{
    CmeCsvField, CmeCsvOptions, CsvDelimiter, CsvEncoding, CsvField, CsvOptions, MAX_CSV_BYTES,
};
use licensure_core::reminder::{DeadlineMark, ReminderSettings};
use licensure_store::attachments::{attachments_dir, MAX_BYTES};
use licensure_store::document::parse_import;
use licensure_store::{Attachment, Store};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use tauri::http::{HeaderMap, HeaderValue};
use tauri::ipc::InvokeBody;
use tauri::test::mock_builder;

/// Cases per command.
const CASES: u32 = 24;
/// A call that takes longer than this has hung.
static RAN: AtomicU64 = AtomicU64::new(0);
static REFUSED: AtomicU64 = AtomicU64::new(0);

/// What an argument holds, for its valid value.
#[derive(Debug, Clone, Copy)]
enum Arg {
    Jurisdiction,
    DeadlineId,
    FutureDate,
    Bool,
    ReminderSettings,
    Profile,
    Credential,
    NewCredentials,
    CredentialId,
    /// A list of credential ids (the packet's choice).
    CredentialIds,
    Offer,
    OfferId,
    /// An attachment id no document has: the viewer is never started.
    AttachmentId,
    /// A checked answer in the fact's own terms.
    CheckedAnswer,
    /// A checked answer's id.
    AnswerId,
    /// A CME activity (new: no id).
    CmeActivity,
    CmeActivityId,
    /// Transcript rows to add (no ids).
    CmeActivities,
}

/// Every command with its arguments (the keys the UI sends: camelCase).
const COMMANDS: &[(&str, &[(&str, Arg)])] = &[
    ("overview", &[]),
    ("restore_latest_backup", &[]),
    ("reference_index", &[]),
    ("reference", &[("jurisdiction", Arg::Jurisdiction)]),
    ("deadlines", &[]),
    ("imlc", &[]),
    ("offers", &[]),
    ("offer_detail", &[("id", Arg::OfferId)]),
    ("path", &[("jurisdiction", Arg::Jurisdiction)]),
    ("deadline_marks", &[]),
    (
        "snooze_deadline",
        &[("deadlineId", Arg::DeadlineId), ("until", Arg::FutureDate)],
    ),
    ("mark_deadline_done", &[("deadlineId", Arg::DeadlineId)]),
    ("clear_deadline_mark", &[("deadlineId", Arg::DeadlineId)]),
    ("reminder_settings", &[]),
    (
        "save_reminder_settings",
        &[("settings", Arg::ReminderSettings)],
    ),
    ("reminder_failures", &[]),
    ("dismiss_reminder_failures", &[]),
    ("save_calendar", &[("includeNumbers", Arg::Bool)]),
    ("export_records", &[]),
    ("packet_choices", &[("offerId", Arg::OfferId)]),
    (
        "save_packet",
        &[
            ("offerId", Arg::OfferId),
            ("credentialIds", Arg::CredentialIds),
        ],
    ),
    ("autostart", &[]),
    ("set_autostart", &[("enabled", Arg::Bool)]),
    ("save_profile", &[("profile", Arg::Profile)]),
    ("save_credential", &[("credential", Arg::Credential)]),
    (
        "renew_credential",
        &[("id", Arg::CredentialId), ("until", Arg::FutureDate)],
    ),
    ("delete_credential", &[("id", Arg::CredentialId)]),
    ("restore_credential", &[("credential", Arg::Credential)]),
    ("validate_credential", &[("credential", Arg::Credential)]),
    ("save_offer", &[("offer", Arg::Offer)]),
    ("delete_offer", &[("id", Arg::OfferId)]),
    ("load_sample", &[]),
    ("authority_map", &[]),
    ("import_csv", &[("credentials", Arg::NewCredentials)]),
    ("list_attachments", &[("credentialId", Arg::CredentialId)]),
    ("orphaned_attachments", &[]),
    ("remove_attachment", &[("id", Arg::AttachmentId)]),
    ("open_attachment", &[("id", Arg::AttachmentId)]),
    ("about", &[]),
    ("data_status", &[]),
    ("revert_data_pack", &[]),
    ("checked_answers", &[]),
    ("save_checked_answer", &[("answer", Arg::CheckedAnswer)]),
    ("delete_checked_answer", &[("id", Arg::AnswerId)]),
    ("cme_overview", &[]),
    ("save_cme_activity", &[("activity", Arg::CmeActivity)]),
    ("delete_cme_activity", &[("id", Arg::CmeActivityId)]),
    ("restore_cme_activity", &[("activity", Arg::CmeActivity)]),
    ("import_cme_csv", &[("activities", Arg::CmeActivities)]),
];

/// Commands that take a raw body and headers instead of JSON arguments.
const DOCUMENT_COMMANDS: &[&str] = &[
    "add_attachment",
    "preview_csv",
    "preview_cme_csv",
    "install_data_pack",
];

/// Excel-like CSV files, as the clinician would choose them.
const CSV_FIXTURES: [&[u8]; 3] = [
    include_bytes!("../../tests/fixtures/csv/excel-semicolon-windows1252.csv"),
    include_bytes!("../../tests/fixtures/csv/excel-unicode-text-utf16le.txt"),
    include_bytes!("../../tests/fixtures/csv/excel-csv-utf8-bom.csv"),
];

fn sample() -> Value {
    serde_json::from_str(include_str!(
        "../../crates/licensure-store/src/sample/clinician.json"
    ))
    .expect("sample")
}

fn valid(arg: Arg) -> Value {
    let sample = sample();
    match arg {
        Arg::Jurisdiction => json!("TX"),
        Arg::DeadlineId => json!("credential/c1/expires"),
        Arg::FutureDate => json!("2099-01-01"),
        Arg::Bool => json!(false),
        Arg::ReminderSettings => serde_json::to_value(ReminderSettings::default()).unwrap(),
        Arg::Profile => sample["profile"].clone(),
        Arg::Credential => sample["credentials"][0].clone(),
        Arg::CredentialId => sample["credentials"][0]["id"].clone(),
        Arg::CredentialIds => json!([
            sample["credentials"][0]["id"],
            sample["credentials"][1]["id"]
        ]),
        Arg::NewCredentials => json!([{
            "id": "",
            "detail": {
                "kind": "state_license", "jurisdiction": "CA", "license_type": "MD",
                "number": "A123456", "status": "active", "restriction_notes": "",
                "issued": "2021-03-01", "expires": "2027-04-30", "route": "direct"
            },
            "notes": ""
        }]),
        Arg::Offer => sample["offers"][0].clone(),
        Arg::OfferId => sample["offers"][0]["id"].clone(),
        Arg::AttachmentId => json!("no-such-attachment"),
        Arg::CheckedAnswer => json!({
            "id": "", "jurisdiction": "RI", "checked_on": "2026-01-05", "note": "",
            "answer": { "fact": "malpractice", "value": {
                "rule": "mandate", "min_per_claim_usd": 200000, "min_aggregate_usd": 600000 } },
            "source": { "kind": "phone_call", "person": "Dana Reyes" }
        }),
        Arg::AnswerId => json!("a-none"),
        Arg::CmeActivity => json!({
            "id": "", "title": "Safe opioid prescribing", "provider": "State medical society",
            "completed": "2026-01-15", "hours": 2.5, "category": "ama_pra_category_1",
            "topics": ["pain_management", "controlled_substance_prescribing"], "note": ""
        }),
        Arg::CmeActivityId => json!("no-such-activity"),
        Arg::CmeActivities => json!([{
            "id": "", "title": "Grand rounds", "provider": "", "completed": "2026-02-01",
            "hours": 1, "category": "ama_pra_category_2", "topics": [], "note": ""
        }]),
    }
}

fn valid_args(args: &[(&str, Arg)]) -> Map<String, Value> {
    args.iter()
        .map(|(k, a)| ((*k).to_string(), valid(*a)))
        .collect()
}

/// Every JSON pointer inside `v`.
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| {
            pointers(
                c,
                format!("{here}/{}", k.replace('~', "~0").replace('/', "~1")),
                out,
            )
        }),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| pointers(c, format!("{here}/{i}"), out)),
        _ => {}
    }
}

/// How a valid call is spoiled.
#[derive(Debug, Clone)]
enum Spoil {
    /// Every key holds a hostile value.
    AllHostile(Vec<Value>),
    /// One value somewhere inside the arguments is replaced.
    OneValue(usize, Value),
    /// One key is left out.
    MissingKey(usize),
    /// Keys the command does not take are added.
    ExtraKeys(Vec<(String, Value)>),
    /// The body is not the object of arguments.
    Body(Value),
    /// One value is replaced by arrays nested this deep around a hostile value.
    Nested(usize, usize, Value),
}

fn spoil() -> impl Strategy<Value = Spoil> {
    prop_oneof![
        prop::collection::vec(json_value(), 2).prop_map(Spoil::AllHostile),
        (any::<usize>(), json_value()).prop_map(|(i, v)| Spoil::OneValue(i, v)),
        any::<usize>().prop_map(Spoil::MissingKey),
        prop::collection::vec((hostile_string(), json_value()), 1..4).prop_map(Spoil::ExtraKeys),
        json_value().prop_map(Spoil::Body),
        (any::<usize>(), 1..100usize, json_value()).prop_map(|(i, d, v)| Spoil::Nested(i, d, v)),
    ]
}

fn spoiled(args: &[(&str, Arg)], how: &Spoil) -> Value {
    let mut body = Value::Object(valid_args(args));
    let mut all = Vec::new();
    pointers(&body, String::new(), &mut all);
    let inner = &all[1..]; // not the body itself
    match how {
        Spoil::AllHostile(values) => {
            for ((key, _), v) in args.iter().zip(values.iter().cycle()) {
                body[*key] = v.clone();
            }
        }
        Spoil::OneValue(i, v) if !inner.is_empty() => {
            *body.pointer_mut(&inner[i % inner.len()]).unwrap() = v.clone();
        }
        Spoil::Nested(i, depth, v) if !inner.is_empty() => {
            let nested = (0..*depth).fold(v.clone(), |acc, _| json!([acc]));
            *body.pointer_mut(&inner[i % inner.len()]).unwrap() = nested;
        }
        Spoil::MissingKey(i) if !args.is_empty() => {
            body.as_object_mut().unwrap().remove(args[i % args.len()].0);
        }
        Spoil::ExtraKeys(extra) => {
            for (k, v) in extra {
                body.as_object_mut().unwrap().insert(k.clone(), v.clone());
            }
        }
        Spoil::Body(v) => body = v.clone(),
        _ => body = json!([]),
    }
    body
}

/// Everything a command can change, as text.
fn snapshot(store: &Store, data_dir: &Path) -> String {
    let mut files: Vec<(String, u64)> = std::fs::read_dir(attachments_dir(data_dir))
        .map(|d| {
            d.flatten()
                .map(|e| {
                    let size = e.metadata().map_or(0, |m| m.len());
                    (e.file_name().to_string_lossy().into_owned(), size)
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    format!(
        "{}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        store.export().expect("export").to_json(),
        store.deadline_marks().expect("marks"),
        store.reminder_settings().expect("settings"),
        store.delivery_failures().expect("failures"),
        store.attachments().expect("attachments"),
        files,
    ) + &format!(
        "\n{:?}",
        std::fs::read(data_dir.join("reference-data.pack")).ok()
    )
}

/// Puts the store back as it was before a call that succeeded and changed something.
fn put_back(
    store: &Store,
    doc: &str,
    marks: &BTreeMap<String, DeadlineMark>,
    settings: &ReminderSettings,
    attachments: &[Attachment],
) {
    store
        .replace_all(&parse_import(doc).expect("before").0)
        .expect("records put back");
    let now = store.deadline_marks().expect("marks");
    if &now != marks {
        for id in now.keys() {
            store.set_deadline_mark(id, None).expect("mark cleared");
        }
        for (id, mark) in marks {
            store
                .set_deadline_mark(id, Some(mark))
                .expect("mark put back");
        }
    }
    if &store.reminder_settings().expect("settings") != settings {
        store
            .save_reminder_settings(settings)
            .expect("settings put back");
    }
    store.clear_delivery_failures().expect("failures cleared");
    for a in store.attachments().expect("attachments") {
        if !attachments.contains(&a) {
            store.remove_attachment(&a.id).expect("attachment removed");
        }
    }
}

/// The error codes the UI knows, read from the generated bindings.
fn error_codes() -> Vec<String> {
    let bindings = licensure_app::typescript_bindings();
    let line = bindings
        .lines()
        .find(|l| l.starts_with("export type ErrorCode ="))
        .expect("ErrorCode in the bindings");
    line.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The commands declared in build.rs (the list capabilities grant).
fn declared_commands() -> Vec<String> {
    let build = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/build.rs"))
        .expect("build.rs");
    let start = build.find(".commands(&[").expect("commands in build.rs") + ".commands(&[".len();
    let end = start + build[start..].find("])").expect("end of the list");
    build[start..end]
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The answer to a call whose body may be hostile is an acceptable one.
fn check_answer(
    command: &str,
    answer: Option<Result<Value, Value>>,
    codes: &[String],
) -> Result<bool, TestCaseError> {
    let Some(answer) = answer else {
        return Err(TestCaseError::fail(format!(
            "{command}: no answer (a panic, or longer than {ANSWER_WITHIN:?})"
        )));
    };
    match answer {
        Ok(_) => Ok(false),
        Err(Value::Object(e)) => {
            let code = e.get("code").and_then(Value::as_str).unwrap_or_default();
            let message = e.get("message").and_then(Value::as_str).unwrap_or_default();
            prop_assert!(
                codes.iter().any(|c| c == code),
                "{}: unknown error code {:?}",
                command,
                code
            );
            prop_assert!(
                !message.trim().is_empty(),
                "{}: an error without a message",
                command
            );
            Ok(true)
        }
        // Tauri refuses arguments that do not decode into the command's types before the
        // command runs: "invalid args `x` for command `y`: ...".
        Err(Value::String(s)) => {
            prop_assert!(
                s.contains(&format!("command `{command}`")) && s.contains("invalid args"),
                "{}: a refusal that is not an argument refusal: {}",
                command,
                &s[..s.len().min(300)]
            );
            Ok(true)
        }
        Err(other) => Err(TestCaseError::fail(format!(
            "{command}: an error of another shape: {other}"
        ))),
    }
}

/// A call to `add_attachment`: its raw body and its headers (None: left out).
#[derive(Debug, Clone)]
struct DocumentCall {
    body: DocumentBody,
    credential_id: Option<Vec<u8>>,
    /// A CME activity's certificate instead of a credential's document.
    cme_activity_id: Option<Vec<u8>>,
    name: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
enum DocumentBody {
    Raw(Vec<u8>),
    /// A PDF one byte over the size limit (built when sent, not kept in the case).
    TooBig,
    Json(Value),
}

/// `text` percent-encoded the way the UI sends a header (`encodeURIComponent`).
fn percent_encoded(text: &str) -> Vec<u8> {
    text.bytes()
        .flat_map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
                vec![b]
            } else {
                format!("%{b:02X}").into_bytes()
            }
        })
        .collect()
}

fn header_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"c1".to_vec()),
        Just(b"license.pdf".to_vec()),
        Just(b"..%2F..%2Fetc%2Fpasswd".to_vec()),
        Just(b"a%00b.pdf".to_vec()),
        Just(b"caf%E9.pdf".to_vec()),
        Just(b"%".to_vec()),
        hostile_string().prop_map(|s| percent_encoded(&s)),
        // Raw bytes, as a client other than the UI could send (dropped when not a valid
        // header value, as the HTTP layer would).
        prop::collection::vec(any::<u8>(), 0..64),
    ]
}

fn document_call() -> impl Strategy<Value = DocumentCall> {
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(DocumentBody::Raw),
        prop::collection::vec(any::<u8>(), 0..256)
            .prop_map(|tail| { DocumentBody::Raw([b"%PDF-1.4\n".as_slice(), &tail].concat()) }),
        Just(DocumentBody::Raw(Vec::new())),
        Just(DocumentBody::Raw(b"text with a NUL \0 inside".to_vec())),
        Just(DocumentBody::Raw(vec![0xff; 1 << 20])),
        Just(DocumentBody::TooBig),
        json_value().prop_map(DocumentBody::Json),
    ];
    (
        body,
        prop::option::of(header_value()),
        prop::option::of(header_value()),
        prop::option::of(header_value()),
    )
        .prop_map(
            |(body, credential_id, cme_activity_id, name)| DocumentCall {
                body,
                credential_id,
                cme_activity_id,
                name,
            },
        )
}

fn document_request(call: &DocumentCall) -> (InvokeBody, HeaderMap) {
    let body = match &call.body {
        DocumentBody::Raw(b) => InvokeBody::Raw(b.clone()),
        DocumentBody::TooBig => {
            let mut pdf = b"%PDF-1.4\n".to_vec();
            pdf.resize(usize::try_from(MAX_BYTES).unwrap() + 1, b' ');
            InvokeBody::Raw(pdf)
        }
        DocumentBody::Json(v) => InvokeBody::Json(v.clone()),
    };
    let mut headers = HeaderMap::new();
    for (key, value) in [
        ("x-credential-id", &call.credential_id),
        ("x-cme-activity-id", &call.cme_activity_id),
        ("x-file-name", &call.name),
    ] {
        if let Some(v) = value.as_ref().and_then(|v| HeaderValue::from_bytes(v).ok()) {
            headers.insert(key, v);
        }
    }
    (body, headers)
}

/// A pack envelope with these fields (format, key id, payload, signature), cut to `keep`
/// bytes.
fn pack_envelope(fields: [&str; 4], keep: usize) -> Vec<u8> {
    let [format, key_id, payload, signature] = fields;
    let mut bytes = serde_json::to_vec(&serde_json::json!({
        "format": format, "key_id": key_id, "payload": payload, "signature": signature,
    }))
    .unwrap();
    bytes.truncate(keep);
    bytes
}

/// A body for `install_data_pack`.
fn pack_body() -> impl Strategy<Value = InvokeBody> {
    let field = || {
        prop_oneof![
            Just("licensure-data-pack/1".to_string()),
            Just("AAAA".to_string()),
            Just("ed25519:0000000000000000".to_string()),
            hostile_string(),
        ]
    };
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(InvokeBody::Raw),
        (field(), field(), field(), field(), any::<usize>()).prop_map(|(a, b, c, d, keep)| {
            InvokeBody::Raw(pack_envelope([&a, &b, &c, &d], keep % 400 + 1))
        }),
        (field(), field(), field(), field()).prop_map(|(a, b, c, d)| {
            InvokeBody::Raw(pack_envelope([&a, &b, &c, &d], usize::MAX))
        }),
        json_value().prop_map(InvokeBody::Json),
    ]
}

/// A call to `preview_csv`: its raw body and its options header (None: left out).
#[derive(Debug, Clone)]
struct CsvCall {
    body: CsvBody,
    options: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
enum CsvBody {
    Raw(Vec<u8>),
    /// One byte over the import's limit (built when sent, not kept in the case).
    TooBig,
    Json(Value),
}

/// Options as the UI sends them (valid, percent-encoded JSON) or not.
fn csv_options_header() -> impl Strategy<Value = Vec<u8>> {
    let encoding = prop::option::of(prop::sample::select(CsvEncoding::ALL.to_vec()));
    let delimiter = prop::option::of(prop::sample::select(CsvDelimiter::ALL.to_vec()));
    let mapping = prop::option::of(prop::collection::vec(
        prop::sample::select(CsvField::ALL.to_vec()),
        0..12,
    ));
    let cme_mapping = prop::option::of(prop::collection::vec(
        prop::sample::select(CmeCsvField::ALL.to_vec()),
        0..12,
    ));
    prop_oneof![
        (encoding.clone(), delimiter.clone(), mapping).prop_map(
            |(encoding, delimiter, mapping)| {
                let options = CsvOptions {
                    encoding,
                    delimiter,
                    mapping,
                };
                percent_encoded(&serde_json::to_string(&options).unwrap())
            }
        ),
        // A transcript's options (for preview_cme_csv; refused by preview_csv when mapped).
        (encoding, delimiter, cme_mapping).prop_map(|(encoding, delimiter, mapping)| {
            let options = CmeCsvOptions {
                encoding,
                delimiter,
                mapping,
            };
            percent_encoded(&serde_json::to_string(&options).unwrap())
        }),
        json_value().prop_map(|v| percent_encoded(&v.to_string())),
        header_value(),
    ]
}

fn csv_call() -> impl Strategy<Value = CsvCall> {
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(CsvBody::Raw),
        prop::sample::select(CSV_FIXTURES.to_vec()).prop_map(|f| CsvBody::Raw(f.to_vec())),
        Just(CsvBody::Raw(Vec::new())),
        Just(CsvBody::Raw(vec![0xff; 1 << 20])),
        Just(CsvBody::TooBig),
        json_value().prop_map(CsvBody::Json),
    ];
    (body, prop::option::of(csv_options_header()))
        .prop_map(|(body, options)| CsvCall { body, options })
}

fn csv_request(call: &CsvCall) -> (InvokeBody, HeaderMap) {
    let body = match &call.body {
        CsvBody::Raw(b) => InvokeBody::Raw(b.clone()),
        CsvBody::TooBig => InvokeBody::Raw(vec![b'a'; MAX_CSV_BYTES + 1]),
        CsvBody::Json(v) => InvokeBody::Json(v.clone()),
    };
    let mut headers = HeaderMap::new();
    if let Some(v) = call
        .options
        .as_ref()
        .and_then(|v| HeaderValue::from_bytes(v).ok())
    {
        headers.insert("x-csv-options", v);
    }
    (body, headers)
}

/// What `put_back` restores.
struct Saved {
    doc: String,
    marks: BTreeMap<String, DeadlineMark>,
    settings: ReminderSettings,
    attachments: Vec<Attachment>,
    snapshot: String,
}

fn save(store: &Store, data_dir: &Path) -> Saved {
    Saved {
        doc: store.export().expect("export").to_json(),
        marks: store.deadline_marks().expect("marks"),
        settings: store.reminder_settings().expect("settings"),
        attachments: store.attachments().expect("attachments"),
        snapshot: snapshot(store, data_dir),
    }
}

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
        "../../crates/licensure-store/src/sample/clinician.json"
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
