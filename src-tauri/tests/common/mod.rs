//! What the app's IPC tests share: one call through Tauri's real IPC layer on the mock
//! runtime, answered within [`ANSWER_WITHIN`] or reported as no answer.

#![allow(dead_code)] // each test binary uses a part

pub mod watched;

use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;
use tauri::http::HeaderMap;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, INVOKE_KEY};
use tauri::test::{mock_context, noop_assets, MockRuntime};
use tauri::webview::InvokeRequest;
use tauri::{App, Builder, WebviewWindow, WebviewWindowBuilder};

/// How long a command may take to answer before the call counts as hung.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(60);

pub fn request(command: &str, body: InvokeBody, headers: HeaderMap) -> InvokeRequest {
    InvokeRequest {
        cmd: command.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body,
        headers,
        invoke_key: INVOKE_KEY.to_string(),
    }
}

/// Sends one call; None when it did not answer (a panic drops the answer, a hang times out).
pub fn call(
    webview: &WebviewWindow<tauri::test::MockRuntime>,
    command: &str,
    body: InvokeBody,
    headers: HeaderMap,
) -> Option<Result<Value, Value>> {
    let (tx, rx) = mpsc::channel();
    let webview = webview.clone();
    let request = request(command, body, headers);
    std::thread::spawn(move || {
        let answer = get_ipc_response(&webview, request)
            .map(|b| b.deserialize::<Value>().expect("an answer is JSON"));
        let _ = tx.send(answer);
    });
    rx.recv_timeout(ANSWER_WITHIN).ok()
}

/// Builds `builder` on the mock runtime and opens its main window.
pub fn mock_app(builder: Builder<MockRuntime>) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = builder
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a mock window");
    (app, webview)
}
