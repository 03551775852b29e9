//! An app on the mock runtime over a real store holding one document, with the offer watch
//! recording its setbacks instead of showing them: what the offer watch and checked-answer
//! tests drive.

use std::sync::mpsc::{self, Receiver};

use licensure_app::offer_watch::OfferWatch;
use licensure_core::verdict::Setback;
use licensure_store::document::parse_import;
use serde_json::Value;
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
