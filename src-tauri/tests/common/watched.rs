//! An app on the mock runtime over a real store holding one document, with the offer watch
//! recording its setbacks instead of showing them: what the offer watch and checked-answer
//! tests drive.

use std::sync::mpsc::{self, Receiver};

use chrono::{Days, Local};

use licensure_app::offer_watch::OfferWatch;
use licensure_core::verdict::Setback;
use licensure_store::document::parse_import;
use serde_json::{json, Value};
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;
use tauri::test::{mock_builder, MockRuntime};
use tauri::{Manager, WebviewWindow};

use super::{call, mock_app};

pub struct Harness {
    pub webview: WebviewWindow<MockRuntime>,
    /// The setbacks the watch would have shown, in order.
    pub shown: Receiver<Setback>,
    _app: tauri::App<MockRuntime>,
    _dir: tempfile::TempDir,
}

impl Harness {
    /// A store in a temporary directory holding `document` (an export document).
    pub fn new(document: &str) -> Harness {
        let dir = tempfile::tempdir().expect("temp data dir");
        let (builder, store) =
            licensure_app::headless(mock_builder(), dir.path(), dir.path()).expect("store");
        let (doc, _) = parse_import(document).expect("the test document imports");
        store.replace_all(&doc).expect("stored");
        let (tx, shown) = mpsc::channel();
        let tx = std::sync::Mutex::new(tx);
        let builder = builder.manage(OfferWatch::new(move |setback| {
            tx.lock()
                .map_err(|_| "poisoned".to_string())?
                .send(setback.clone())
                .map_err(|e| e.to_string())
        }));
        let (app, webview) = mock_app(builder);
        assert!(
            app.try_state::<OfferWatch>().is_some(),
            "the watch is managed"
        );
        Harness {
            webview,
            shown,
            _app: app,
            _dir: dir,
        }
    }

    /// The command's answer, or its refusal.
    pub fn answer(&self, command: &str, args: Value) -> Result<Value, Value> {
        call(
            &self.webview,
            command,
            InvokeBody::Json(args),
            HeaderMap::new(),
        )
        .unwrap_or_else(|| panic!("{command} did not answer"))
    }

    /// The command's answer; a refusal fails the test.
    pub fn invoke(&self, command: &str, args: Value) -> Value {
        self.answer(command, args)
            .unwrap_or_else(|e| panic!("{command} was refused: {e}"))
    }
}

/// The sample physician with only a license in `state` (ids "xx-license", "xx-offer" for
/// state XX) and a nationwide policy, both valid for years, and a video offer from
/// `employer` for patients in `state` starting in a month, without controlled substances;
/// dates from today, as the app judges. `policy` adjusts the policy's detail.
pub fn one_state_document(
    state: &str,
    employer: &str,
    policy_detail: impl FnOnce(&mut Value),
) -> String {
    let sample: Value = serde_json::from_str(include_str!(
        "../../../crates/licensure-store/src/sample/clinician.json"
    ))
    .expect("sample");
    let today = Local::now().date_naive();
    let day = |days: u64| {
        today
            .checked_add_days(Days::new(days))
            .expect("a date in range")
            .to_string()
    };
    let prefix = state.to_lowercase();
    let mut license = sample["credentials"][0].clone();
    license["id"] = json!(format!("{prefix}-license"));
    license["detail"]["jurisdiction"] = json!(state);
    license["detail"]["expires"] = json!(day(1000));
    let mut policy = sample["credentials"]
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|c| c["detail"]["kind"] == "malpractice_policy")
        })
        .expect("a policy in the sample")
        .clone();
    policy["detail"]["coverage"] = json!({ "scope": "nationwide" });
    policy["detail"]["period_start"] = json!(today.to_string());
    policy["detail"]["period_end"] = json!(day(1000));
    policy_detail(&mut policy["detail"]);
    let mut offer = sample["offers"][0].clone();
    offer["id"] = json!(format!("{prefix}-offer"));
    offer["employer"] = json!(employer);
    offer["patient_jurisdictions"] = json!([state]);
    offer["controlled_substances"] = json!([]);
    offer["start"] = json!(day(30));
    offer["end"] = json!(day(180));
    let mut doc = sample.clone();
    doc["credentials"] = json!([license, policy]);
    doc["offers"] = json!([offer]);
    doc.to_string()
}
