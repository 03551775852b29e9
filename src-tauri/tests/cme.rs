//! The CME commands through the app's real IPC layer on Tauri's mock runtime, with a real
//! store: an activity refused with its issues at their fields (nothing stored), then saved,
//! counted for the license whose window holds it (its progress and the dashboard's
//! "furthest behind"), deleted and restored with its id; a transcript previewed and its good
//! rows imported; a certificate attached to an activity (not to a credential), and left as
//! orphaned when the activity is deleted.
//!
//! Dates are relative to the local "today" the commands read.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use chrono::{Days, Local, NaiveDate};
use common::{call, mock_app};
use serde_json::{json, Value};
use tauri::http::{HeaderMap, HeaderValue};
use tauri::ipc::InvokeBody;
use tauri::test::{mock_builder, MockRuntime};
use tauri::WebviewWindow;

fn answer(
    webview: &WebviewWindow<MockRuntime>,
    command: &str,
    body: InvokeBody,
    headers: HeaderMap,
) -> Result<Value, Value> {
    call(webview, command, body, headers).unwrap_or_else(|| panic!("{command} did not answer"))
}

fn invoke(webview: &WebviewWindow<MockRuntime>, command: &str, args: Value) -> Value {
    answer(webview, command, InvokeBody::Json(args), HeaderMap::new())
        .unwrap_or_else(|e| panic!("{command} was refused: {e}"))
}

fn refused(webview: &WebviewWindow<MockRuntime>, command: &str, args: Value) -> Value {
    match answer(webview, command, InvokeBody::Json(args), HeaderMap::new()) {
        Ok(v) => panic!("{command} was accepted: {v}"),
        Err(e) => e,
    }
}

fn days(today: NaiveDate, n: i64) -> String {
    if n >= 0 {
        today.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        today.checked_sub_days(Days::new(n.unsigned_abs()))
    }
    .expect("a date")
    .to_string()
}

fn activity(completed: &str, hours: f64) -> Value {
    json!({
        "id": "", "title": "Ethics grand rounds", "provider": "County society",
        "completed": completed, "hours": hours, "category": "ama_pra_category_1",
        "topics": ["ethics"], "note": ""
    })
}

/// The TX license's progress in the CME view.
fn texas(view: &Value) -> &Value {
    view["report"]["licenses"]
        .as_array()
        .expect("licenses")
        .iter()
        .find(|l| l["jurisdiction"] == "TX")
        .expect("the TX license")
}

#[test]
fn cme_activities_are_logged_counted_deleted_restored_imported_and_certified() {
    let data = tempfile::tempdir().expect("temp data dir");
    let saves = tempfile::tempdir().expect("temp saves");
    let (builder, _store) =
        licensure_app::headless(mock_builder(), data.path(), saves.path()).expect("store");
    let (_app, webview) = mock_app(builder);
    let today = Local::now().date_naive();

    let license = invoke(
        &webview,
        "save_credential",
        json!({ "credential": {
            "id": "", "notes": "",
            "detail": { "kind": "state_license", "jurisdiction": "TX", "license_type": "MD",
                "number": "Q1234", "status": "active", "restriction_notes": "",
                "issued": null, "expires": days(today, 300), "route": "direct" }
        }}),
    );
    let license_id = license["id"].as_str().expect("an id").to_string();

    let view = invoke(&webview, "cme_overview", json!({}));
    assert_eq!(view["today"], today.to_string());
    assert_eq!(texas(&view)["status"], "missing");
    assert_eq!(texas(&view)["total"]["done"], 0);
    assert_eq!(view["furthest_behind"], license_id.as_str());
    assert!(view["topics"].as_array().is_some_and(|t| t.len() > 10));
    assert!(view["categories"].as_array().is_some_and(|c| c.len() == 5));

    // Refused at its fields; nothing stored.
    let mut bad = activity(&days(today, 1), 0.0);
    bad["title"] = json!(" ");
    let e = refused(&webview, "save_cme_activity", json!({ "activity": bad }));
    assert_eq!(e["code"], "invalid", "{e}");
    let mut fields: Vec<&str> = e["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .filter_map(|i| i["field"].as_str())
        .collect();
    fields.sort_unstable();
    assert_eq!(fields, ["completed", "hours", "title"], "{e}");
    let view = invoke(&webview, "cme_overview", json!({}));
    assert_eq!(view["activities"], json!([]));

    // Saved and counted for the license.
    let saved = invoke(
        &webview,
        "save_cme_activity",
        json!({ "activity": activity(&days(today, -10), 2.5) }),
    );
    let id = saved["id"].as_str().expect("an id").to_string();
    assert!(!id.is_empty());
    let view = invoke(&webview, "cme_overview", json!({}));
    assert_eq!(texas(&view)["total"]["done"], 2.5);
    assert_eq!(view["activities"][0]["activity"]["id"], id.as_str());
    assert_eq!(
        view["activities"][0]["counts_for"],
        json!([texas(&view)["title"].clone()])
    );
    assert!(texas(&view)["activity_ids"]
        .as_array()
        .is_some_and(|a| a.contains(&json!(id))));

    // Delete, then undo with the same record.
    let deleted = invoke(&webview, "delete_cme_activity", json!({ "id": id }));
    assert_eq!(deleted, saved);
    let view = invoke(&webview, "cme_overview", json!({}));
    assert_eq!(texas(&view)["total"]["done"], 0);
    let e = refused(&webview, "delete_cme_activity", json!({ "id": id }));
    assert_eq!(e["code"], "not_found");
    let mut no_id = deleted.clone();
    no_id["id"] = json!("");
    let e = refused(
        &webview,
        "restore_cme_activity",
        json!({ "activity": no_id }),
    );
    assert_eq!(e["code"], "invalid");
    let restored = invoke(
        &webview,
        "restore_cme_activity",
        json!({ "activity": deleted }),
    );
    assert_eq!(restored, saved);

    // A transcript: previewed, the good rows imported.
    let transcript = format!(
        "Course,Date completed,Credits,Credit type,Topics\n\
         Pain management update,{},3,Category 1,pain management\n\
         Future course,{},1,Category 1,\n",
        days(today, -20),
        days(today, 5)
    );
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-csv-options",
        HeaderValue::from_static("%7B%22delimiter%22%3A%22comma%22%7D"),
    );
    let preview = answer(
        &webview,
        "preview_cme_csv",
        InvokeBody::Raw(transcript.into_bytes()),
        headers,
    )
    .expect("a preview");
    assert_eq!(preview["delimiter"], "comma");
    let rows = preview["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 2);
    assert!(rows[0]["activity"].is_object(), "{}", rows[0]);
    assert!(rows[1]["activity"].is_null(), "{}", rows[1]);
    assert_eq!(
        rows[1]["issues"][0]["code"], "date_in_future",
        "{}",
        rows[1]
    );
    let good: Vec<Value> = rows
        .iter()
        .filter(|r| r["activity"].is_object())
        .map(|r| r["activity"].clone())
        .collect();
    let mut future = good[0].clone();
    future["completed"] = json!(days(today, 5));
    let e = refused(
        &webview,
        "import_cme_csv",
        json!({ "activities": [good[0].clone(), future] }),
    );
    assert_eq!(e["code"], "invalid", "all or nothing");
    assert_eq!(e["issues"][0]["field"], "1/completed", "{e}");
    let added = invoke(&webview, "import_cme_csv", json!({ "activities": good }));
    assert_eq!(added.as_array().map(Vec::len), Some(1));
    let view = invoke(&webview, "cme_overview", json!({}));
    assert_eq!(view["activities"].as_array().map(Vec::len), Some(2));
    assert_eq!(texas(&view)["total"]["done"], 5.5);

    // A certificate, attached to the activity and not to a credential of the same id.
    let attach = |owner_header: &str, owner: &str| {
        let mut headers = HeaderMap::new();
        headers.insert(
            owner_header
                .to_string()
                .parse::<tauri::http::HeaderName>()
                .unwrap(),
            HeaderValue::from_str(owner).unwrap(),
        );
        headers.insert("x-file-name", HeaderValue::from_static("certificate.pdf"));
        answer(
            &webview,
            "add_attachment",
            InvokeBody::Raw(b"%PDF-1.4\n%%EOF\n".to_vec()),
            headers,
        )
    };
    let certificate = attach("x-cme-activity-id", &id).expect("attached");
    assert_eq!(certificate["owner"], "cme_activity");
    assert_eq!(certificate["owner_id"], id.as_str());
    let e = attach("x-cme-activity-id", "no-such-activity").expect_err("refused");
    assert_eq!(e["code"], "not_found");
    let e = attach("x-credential-id", &id).expect_err("not a credential");
    assert_eq!(e["code"], "not_found");
    let listed = invoke(
        &webview,
        "list_attachments",
        json!({ "credentialId": id, "owner": "cme_activity" }),
    );
    assert_eq!(listed, json!([certificate.clone()]));
    let as_credential = invoke(&webview, "list_attachments", json!({ "credentialId": id }));
    assert_eq!(as_credential, json!([]));
    assert_eq!(
        invoke(&webview, "orphaned_attachments", json!({})),
        json!([])
    );
    invoke(&webview, "delete_cme_activity", json!({ "id": id }));
    assert_eq!(
        invoke(&webview, "orphaned_attachments", json!({})),
        json!([certificate])
    );
}
