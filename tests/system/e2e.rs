//! End to end in the real webview: the app binary, driven over WebDriver, reading a real
//! database that the CLI filled.

use licensure_system_tests::page::{click, text};
use licensure_system_tests::webview::App;
use licensure_system_tests::{licensure, sample_document, stderr};

/// A data directory holding the sample clinician, imported by the CLI.
fn with_sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = licensure(
        dir.path(),
        &["import", sample_document().to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_shows_the_clinician_the_cli_imported() {
    let dir = with_sample();

    let app = App::launch(dir.path()).await;
    let name = text(&app, "[data-testid='clinician-name']").await;
    assert_eq!(name, "Maya Rivera");
    let rows = app.texts("[data-testid='credential-row']").await;
    assert_eq!(rows.len(), 8, "every credential is rendered: {rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.contains("State license") && r.contains("TX") && r.contains("2027-02-28")),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .all(|r| !r.contains("BR1234563") && !r.contains("Q1234")),
        "no numbers in the list: {rows:#?}"
    );
    app.screenshot("dashboard").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_explains_an_empty_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    let start = app
        .wait_for("[data-testid='first-run']")
        .await
        .text()
        .await
        .expect("text");
    for step in [
        "Enter your profile",
        "Add a license",
        "Import a spreadsheet",
    ] {
        assert!(start.contains(step), "{step:?} in {start}");
    }
    assert!(
        !start.contains("licensure import"),
        "no command-line text: {start}"
    );
    assert!(app.texts("[data-testid='credential-row']").await.is_empty());
    app.screenshot("first-run").await;
    app.close().await;
}

/// Another process holds the data when the app starts (a `licensure remind` from cron, an
/// import): the app says so, and once that process is done "Try again" opens the data.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_opens_the_data_once_another_process_has_let_go() {
    let dir = with_sample();
    // The store's own lock, held by another process (flock(1) takes the same kind of lock)
    // until its standard input closes.
    let mut holder = std::process::Command::new("flock")
        .arg(dir.path().join("licensure.lock"))
        .args(["cat"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("flock");
    let held = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        licensure(dir.path(), &["list"]).status.code() == Some(4)
    });
    assert!(held, "the lock holder never held the store");
    let app = App::launch(dir.path()).await;
    let code = app
        .wait_for("[role='alert']")
        .await
        .attr("data-error-code")
        .await
        .expect("attribute");
    assert_eq!(code.as_deref(), Some("in_use"));
    drop(holder.stdin.take());
    let status = holder.wait().expect("flock ends");
    assert!(status.success(), "the lock holder failed: {status}");
    click(&app, "[data-testid='retry']").await;
    let name = text(&app, "[data-testid='clinician-name']").await;
    assert_eq!(
        name, "Maya Rivera",
        "the data opened after the other process let go"
    );
    app.close().await;
}
