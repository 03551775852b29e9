//! A signed reference-data pack installed from the Reference page of the real app: a pack
//! signed with an unknown key is refused on the page with nothing changed; a valid pack that
//! moves the end of the federal telemedicine flexibilities is installed, the page shows it,
//! the controlled-substance offer's verdict changes and exactly one notification naming it
//! reaches a real dunst; going back to the bundled data is a button, and the CLI then sees
//! the bundled data. axe-core finds no serious problem on the page with the refusal shown.
//!
//! Limits: the pack is signed with a key made for the test binary, trusted by the debug app
//! through `LICENSURE_DATA_TEST_KEY` (set for this process, inherited by tauri-driver and the
//! app; release builds ignore it).

use std::sync::OnceLock;
use std::time::Duration;

use licensure_system_tests::dunst::{Dunst, Notification};
use licensure_system_tests::packs::{self, TestSigner, TEST_KEY_ENV};
use licensure_system_tests::page::{attr, axe, choose_file, click, text, wait_attr};
use licensure_system_tests::webview::App;
use licensure_system_tests::{licensure, sample_document, stderr, stdout};

const TITLE: &str = "New reference data changed an offer's verdict";

/// One key for the process: tauri-driver and the app inherit the environment.
fn signer() -> &'static TestSigner {
    static SIGNER: OnceLock<TestSigner> = OnceLock::new();
    SIGNER.get_or_init(|| {
        let signer = TestSigner::new();
        std::env::set_var(TEST_KEY_ENV, signer.public_hex());
        signer
    })
}

fn ours(shown: &[Notification]) -> Vec<Notification> {
    shown
        .iter()
        .filter(|(_, s, _)| s == TITLE)
        .cloned()
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pack_installed_from_the_reference_page_changes_a_verdict_with_one_notification() {
    let _one = crate::notifications::ONE_DUNST.lock().await;
    let dunst = Dunst::on_session_bus();
    let signer = signer();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let sample = sample_document();
    let import = licensure(&data, &["import", sample.to_str().expect("utf-8")]);
    assert!(import.status.success(), "{}", stderr(&import));
    let (version, as_of) = packs::bundled();
    let good = dir.path().join("update.pack");
    std::fs::write(
        &good,
        signer.pack(version + 1, &as_of, |files| {
            packs::move_flexibilities_end(files, "2027-12-31")
        }),
    )
    .expect("pack");
    let forged = dir.path().join("forged.pack");
    std::fs::write(&forged, TestSigner::new().pack(version + 1, &as_of, |_| {})).expect("pack");

    let app = App::launch(&data).await;
    click(&app, "[data-testid='nav-reference']").await;
    wait_attr(
        &app,
        "[data-testid='data-status']",
        "data-source",
        "bundled",
    )
    .await;

    choose_file(&app, "#data-pack-file", &forged).await;
    let error = text(&app, "[data-testid='data-pack-error']").await;
    assert!(error.contains("signature is not valid"), "{error}");
    assert_eq!(
        attr(&app, "[data-testid='data-status']", "data-source").await,
        "bundled"
    );
    assert!(!data.join("reference-data.pack").exists());
    let violations = axe(&app).await;
    assert!(violations.is_empty(), "{violations:#?}");

    choose_file(&app, "#data-pack-file", &good).await;
    wait_attr(
        &app,
        "[data-testid='data-status']",
        "data-source",
        "installed",
    )
    .await;
    let status = text(&app, "[data-testid='data-status']").await;
    assert!(
        status.contains(&format!("version {}", version + 1)) && status.contains(&signer.key_id()),
        "{status}"
    );
    let shown = dunst.wait_for_history(Duration::from_secs(30), "the verdict notice", |n| {
        !ours(n).is_empty()
    });
    let notice = ours(&shown);
    assert_eq!(notice.len(), 1, "{notice:#?}");
    assert!(
        notice[0]
            .2
            .contains("Bluebird Health: to be checked → acceptable after steps."),
        "{notice:#?}"
    );
    // Still one, a while later; the reminders delivered at start were not shown again by
    // the scheduler's run on the new data.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let all = dunst.history();
    assert_eq!(ours(&all).len(), 1);
    let mut summaries: Vec<&str> = all.iter().map(|(_, s, _)| s.as_str()).collect();
    let shown = summaries.len();
    summaries.sort_unstable();
    summaries.dedup();
    assert_eq!(
        summaries.len(),
        shown,
        "a notification was shown twice: {all:#?}"
    );

    click(&app, "[data-testid='nav-reference']").await;
    click(&app, "[data-testid='data-pack-revert']").await;
    wait_attr(
        &app,
        "[data-testid='data-status']",
        "data-source",
        "bundled",
    )
    .await;
    app.close().await;
    let cli = licensure(&data, &["data", "status"]);
    assert!(
        stdout(&cli).contains("bundled with this program"),
        "{}",
        stdout(&cli)
    );
}
