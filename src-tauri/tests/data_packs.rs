//! Signed reference-data packs through the app's real IPC layer (Tauri's mock runtime, a
//! real store in a temporary directory): each refusal has its own code and changes nothing;
//! a valid pack is installed, changes the verdict of a controlled-substance offer, raises one
//! notice naming it, recomputes the deadlines at once, and is reverted; a damaged installed
//! pack at start is reported and the bundled data used.
//!
//! Limits: the notices are recorded by the watch's `notice` function instead of a desktop
//! notification (the real dunst path is `tests/system/data_packs_e2e.rs`). Packs are
//! signed with a key made for this test binary, trusted through `LICENSURE_DATA_TEST_KEY`.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::sync::OnceLock;
use std::time::Duration;

use common::{call, mock_app};
use licensure_app::offer_watch::OfferWatch;
use licensure_pack::testing::{bundled, move_flexibilities_end, TestSigner};
use licensure_store::document::parse_import;
use licensure_store::reference_data::TEST_KEY_ENV;
use serde_json::{json, Value};
use tauri::http::HeaderMap;
use tauri::ipc::InvokeBody;
use tauri::test::{mock_builder, MockRuntime};
use tauri::WebviewWindow;

/// One key for the test binary: the environment is the process's.
fn signer() -> &'static TestSigner {
    static SIGNER: OnceLock<TestSigner> = OnceLock::new();
    SIGNER.get_or_init(|| {
        let signer = TestSigner::new();
        std::env::set_var(TEST_KEY_ENV, signer.public_hex());
        signer
    })
}

struct Harness {
    webview: WebviewWindow<MockRuntime>,
    notices: Receiver<(String, String)>,
    dir: tempfile::TempDir,
    _app: tauri::App<MockRuntime>,
}

fn harness() -> Harness {
    signer();
    let dir = tempfile::tempdir().expect("temp data dir");
    let (builder, store) =
        licensure_app::headless(mock_builder(), dir.path(), dir.path()).expect("store");
    let (doc, _) = parse_import(include_str!(
        "../../crates/licensure-store/src/sample/clinician.json"
    ))
    .expect("sample");
    store.replace_all(&doc).expect("stored");
    let (tx, notices) = mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    let builder = builder.manage(OfferWatch::new(|_| Ok(())).with_notice(move |title, body| {
        tx.lock()
            .map_err(|_| "poisoned".to_string())?
            .send((title.to_string(), body.to_string()))
            .map_err(|e| e.to_string())
    }));
    let (app, webview) = mock_app(builder);
    Harness {
        webview,
        notices,
        dir,
        _app: app,
    }
}

impl Harness {
    fn invoke(&self, command: &str, body: InvokeBody) -> Result<Value, Value> {
        call(&self.webview, command, body, HeaderMap::new())
            .unwrap_or_else(|| panic!("{command} did not answer"))
    }

    fn status(&self) -> Value {
        self.invoke("data_status", InvokeBody::Json(json!({})))
            .expect("data_status")
    }

    fn install(&self, pack: &[u8]) -> Result<Value, Value> {
        self.invoke("install_data_pack", InvokeBody::Raw(pack.to_vec()))
    }

    fn outcomes(&self) -> Vec<(String, String)> {
        let offers = self
            .invoke("offers", InvokeBody::Json(json!({})))
            .expect("offers");
        offers["offers"]
            .as_array()
            .expect("a list of offers")
            .iter()
            .map(|o| {
                (
                    o["verdict"]["offer_id"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    o["verdict"]["outcome"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                )
            })
            .collect()
    }

    /// Whether the deadlines name the end of the federal telemedicine flexibilities.
    fn flexibilities_deadline(&self) -> bool {
        self.invoke("deadlines", InvokeBody::Json(json!({})))
            .expect("deadlines")
            .to_string()
            .contains("DEA telemedicine flexibilities")
    }

    fn no_notice(&self, after: &str) {
        if let Ok(n) = self.notices.recv_timeout(Duration::from_secs(2)) {
            panic!("{after}: unexpected notice {n:?}");
        }
    }

    fn notice(&self) -> (String, String) {
        self.notices
            .recv_timeout(Duration::from_secs(10))
            .expect("a notice within 10 s")
    }
}

fn pack_file(dir: &Path) -> Option<Vec<u8>> {
    std::fs::read(dir.join("reference-data.pack")).ok()
}

#[test]
fn refused_packs_have_their_own_code_and_change_nothing() {
    let h = harness();
    let (version, as_of) = bundled();
    let installed = signer().pack(version + 2, &as_of, |_| {});
    h.install(&installed).expect("a newer pack installs");
    h.notice_free_drain();
    let status = h.status();
    let file = pack_file(h.dir.path());
    let outcomes = h.outcomes();
    let good = signer().pack(version + 3, &as_of, |_| {});

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "signed by another key",
            TestSigner::new().pack(version + 3, &as_of, |_| {}),
            "pack_signature",
        ),
        (
            "truncated",
            good[..good.len() - 100].to_vec(),
            "pack_damaged",
        ),
        ("empty", Vec::new(), "pack_damaged"),
        (
            "older",
            signer().pack(version + 1, &as_of, |_| {}),
            "pack_not_newer",
        ),
        (
            "fails its checks",
            signer().pack(version + 3, "2020-01-01", |_| {}),
            "pack_fails_checks",
        ),
        (
            "from the future",
            signer().pack(version + 3, "2999-01-01", |_| {}),
            "pack_from_the_future",
        ),
    ];
    for (name, bytes, code) in cases {
        let err = h.install(&bytes).expect_err(name);
        assert_eq!(err["code"], code, "{name}: {err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap_or("")
                .contains("not installed"),
            "{name}: {err}"
        );
        assert_eq!(h.status(), status, "{name}: status changed");
        assert_eq!(
            pack_file(h.dir.path()),
            file,
            "{name}: the stored pack changed"
        );
        assert_eq!(h.outcomes(), outcomes, "{name}: verdicts changed");
    }
    let err = h
        .invoke(
            "install_data_pack",
            InvokeBody::Json(json!({"bytes": [1, 2]})),
        )
        .expect_err("JSON instead of bytes");
    assert_eq!(err["code"], "invalid");
    h.no_notice("refusals");
}

#[test]
fn a_pack_moving_the_flexibilities_changes_a_verdict_with_one_notice_and_reverts() {
    let h = harness();
    let (version, as_of) = bundled();
    let before = h.status();
    assert_eq!(before["source"], "bundled");
    assert_eq!(before["key_id"], Value::Null);
    let outcomes = h.outcomes();
    assert!(
        outcomes.contains(&("o2".into(), "verify".into())),
        "{outcomes:?}"
    );
    // The flexibilities end during the controlled-substance offer: a deadline.
    assert!(h.flexibilities_deadline());

    let pack = signer().pack(version + 1, &as_of, |files| {
        move_flexibilities_end(files, "2027-12-31")
    });
    let status = h.install(&pack).expect("installed");
    assert_eq!(status["source"], "installed");
    assert_eq!(status["version"], version + 1);
    assert_eq!(status["as_of"], as_of.as_str());
    assert_eq!(status["key_id"], signer().key_id().as_str());
    assert_eq!(h.status(), status);
    assert_eq!(pack_file(h.dir.path()), Some(pack.clone()));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(h.dir.path().join("reference-data.pack"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    let after = h.outcomes();
    assert!(
        after.contains(&("o2".into(), "acceptable_after_steps".into())),
        "{after:?}"
    );
    // Recomputed at once: the flexibilities now outlast the offer.
    assert!(!h.flexibilities_deadline());
    let (title, body) = h.notice();
    assert_eq!(title, "New reference data changed an offer's verdict");
    assert!(
        body.starts_with("Bluebird Health: to be checked → acceptable after steps."),
        "{body}"
    );
    h.no_notice("one notice per install");

    let reverted = h
        .invoke("revert_data_pack", InvokeBody::Json(json!({})))
        .expect("reverted");
    assert_eq!(reverted, before);
    assert_eq!(pack_file(h.dir.path()), None);
    assert_eq!(h.outcomes(), outcomes);
    assert!(h.flexibilities_deadline());
    let (_, body) = h.notice();
    assert!(
        body.starts_with("Bluebird Health: acceptable after steps → to be checked."),
        "{body}"
    );
    h.no_notice("one notice per revert");
}

impl Harness {
    /// Takes the notices a set-up install raised, if any.
    fn notice_free_drain(&self) {
        while self
            .notices
            .recv_timeout(Duration::from_millis(500))
            .is_ok()
        {}
    }
}

#[test]
fn a_damaged_installed_pack_at_start_is_reported_and_the_bundled_data_used() {
    signer();
    let dir = tempfile::tempdir().expect("temp data dir");
    let (version, as_of) = bundled();
    let pack = signer().pack(version + 1, &as_of, |_| {});
    std::fs::write(
        dir.path().join("reference-data.pack"),
        &pack[..pack.len() - 2],
    )
    .expect("a pack cut short");
    let (builder, store) =
        licensure_app::headless(mock_builder(), dir.path(), dir.path()).expect("store");
    let (doc, _) = parse_import(include_str!(
        "../../crates/licensure-store/src/sample/clinician.json"
    ))
    .expect("sample");
    store.replace_all(&doc).expect("stored");
    let (_app, webview) = mock_app(builder);
    let ask = |command: &str| {
        call(
            &webview,
            command,
            InvokeBody::Json(json!({})),
            HeaderMap::new(),
        )
        .unwrap_or_else(|| panic!("{command} did not answer"))
        .unwrap_or_else(|e| panic!("{command}: {e}"))
    };
    let status = ask("data_status");
    assert_eq!(status["source"], "bundled");
    assert_eq!(status["version"], version);
    assert!(
        status["problem"].as_str().unwrap_or("").contains("damaged"),
        "{status}"
    );
    assert_eq!(ask("offers")["offers"].as_array().map(Vec::len), Some(2));
    assert_eq!(ask("about")["reference_origin"], "bundled");
}
