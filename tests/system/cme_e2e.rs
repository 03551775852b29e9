//! CME in the real app: a Texas license added through the credential form, then a CME
//! activity logged through the CME form with every field filled — each field first given a
//! value that is refused at that field (by the form, or by licensure-core when saving), then
//! the value that saves — and its certificate attached once saved. The license's progress on
//! the CME page changes (total and Category 1 hours), the activity's row says which license
//! it counts for, the license's renewal deadline on the Deadlines page says less CME is
//! missing, and the dashboard names the license as the one furthest behind. What was saved
//! is read back with the CLI once the app has closed. A transcript (a semicolon CSV) is
//! imported through the mapping preview: the good row added, the one completed after today
//! refused at its line.
//!
//! The form with its errors and the page with the progress pass axe-core (no serious or
//! critical violation).
//!
//! Dates are relative to the local "today" the app reads, so the test holds on any day.

use chrono::{Days, Local, NaiveDate};
use licensure_system_tests::page::{
    attr, axe, choose_file, click, fill_md_license, once_released, set, text, wait_attr, wait_count,
};
use licensure_system_tests::webview::App;
use licensure_system_tests::{licensure, stdout, workspace};

const LICENSE_CARD: &str = "[data-testid='cme-license']";

/// The bar of `requirement` ("total", "category1", "topic-0" …) of the license.
fn bar(requirement: &str) -> String {
    format!("{LICENSE_CARD} [data-testid='cme-bar'][data-requirement='{requirement}']")
}

/// The text of the license's expiry (renewal) deadline on the Deadlines page.
async fn renewal_text(app: &App, credential_id: &str, expires: NaiveDate) -> String {
    click(app, "[data-testid='nav-deadlines']").await;
    text(
        app,
        &format!(
            "[data-testid='deadline-item'][data-deadline-id='{credential_id}:expiry:{expires}']"
        ),
    )
    .await
}

/// Waits until the text of `css` contains `says`, or fails with the last text seen (a
/// field keeps its previous message until the next answer arrives).
async fn wait_text_containing(app: &App, css: &str, says: &str) -> String {
    let mut last = String::new();
    for _ in 0..100 {
        last = app.texts(css).await.concat();
        if last.contains(says) {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{css} says {last:?}, expected {says:?}");
}

fn us(d: NaiveDate) -> String {
    d.format("%m/%d/%Y").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_activity_logged_in_the_form_changes_a_licenses_progress_and_its_renewal_deadline() {
    let today = Local::now().date_naive();
    let expires = today.checked_add_days(Days::new(300)).expect("a date");
    let completed = today.checked_sub_days(Days::new(30)).expect("a date");
    let tomorrow = today.checked_add_days(Days::new(1)).expect("a date");
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;

    fill_md_license(&app, "TX", "Q1234", &expires.to_string()).await;
    click(&app, "[data-testid='cred-save']").await;
    let credential_id = attr(
        &app,
        "[data-testid='credential-edit-row']",
        "data-credential-id",
    )
    .await;
    assert!(!credential_id.is_empty());

    let deadline_before = renewal_text(&app, &credential_id, expires).await;
    assert!(
        deadline_before.contains("still needed"),
        "the renewal deadline says what CME is missing: {deadline_before}"
    );

    click(&app, "[data-testid='nav-cme']").await;
    wait_attr(&app, LICENSE_CARD, "data-credential-id", &credential_id).await;
    wait_attr(&app, LICENSE_CARD, "data-status", "missing").await;
    for requirement in ["total", "category1"] {
        wait_attr(&app, &bar(requirement), "data-done", "0").await;
        wait_attr(&app, &bar(requirement), "data-status", "missing").await;
    }
    let total_before = text(&app, &bar("total")).await;
    assert!(total_before.contains("0 of 48 hours"), "{total_before}");
    app.screenshot("cme-before").await;

    click(&app, "[data-testid='cme-add']").await;
    let long_provider = "P".repeat(301);
    let future = us(tomorrow);
    // Every field with its value that saves, in the order a clinician fills them.
    let fields: [(&str, String); 5] = [
        (
            "cme-title",
            "Ethics and safe opioid prescribing".to_string(),
        ),
        ("cme-provider", "Texas Medical Association".to_string()),
        ("cme-completed", us(completed)),
        ("cme-hours", "2,5".to_string()),
        ("cme-note", "Online, certificate kept".to_string()),
    ];
    for (id, value) in &fields {
        set(&app, id, value).await;
    }
    set(&app, "cme-category", "ama_pra_category_1").await;
    for topic in ["ethics", "pain_management"] {
        click(&app, &format!("input[name='cme-topics'][value='{topic}']")).await;
    }
    // One at a time: the control, a refused value, the words its field must show.
    let refusals: [(&str, &str, &str); 7] = [
        ("cme-title", "   ", "Title is required"),
        ("cme-completed", "02/30/2026", "not a date on the calendar"),
        ("cme-completed", &future, "after today"),
        ("cme-hours", "0", "more than 0 hours"),
        ("cme-hours", "0.125", "hundredth"),
        ("cme-hours", "250", "more than one activity carries"),
        ("cme-provider", &long_provider, "at most 300 characters"),
    ];
    for (id, bad, says) in refusals {
        set(&app, id, bad).await;
        click(&app, "[data-testid='cme-save']").await;
        wait_text_containing(&app, &format!("#{id}-msg"), says).await;
        wait_attr(&app, &format!("#{id}"), "aria-invalid", "true").await;
        assert_eq!(
            app.texts("[data-testid='cme-row']").await.len(),
            0,
            "{id} = {bad:?}: nothing is saved"
        );
        let good = &fields.iter().find(|(f, _)| *f == id).expect("a field").1;
        set(&app, id, good).await;
    }
    app.screenshot("cme-form-refused").await;
    let mut problems: Vec<String> = axe(&app)
        .await
        .into_iter()
        .map(|v| format!("CME form with an error: {v}"))
        .collect();
    click(&app, "[data-testid='cme-save']").await;
    let notice = text(&app, "[data-testid='cme-notice']").await;
    assert!(
        notice.contains("Ethics and safe opioid prescribing"),
        "{notice}"
    );

    let rows = app.texts("[data-testid='cme-row']").await;
    assert_eq!(rows.len(), 1, "{rows:#?}");
    for shown in [
        completed.to_string().as_str(),
        "Ethics and safe opioid prescribing",
        "Texas Medical Association",
        "2.5",
        "AMA PRA Category 1",
        "State license · TX",
    ] {
        assert!(rows[0].contains(shown), "{shown} in {}", rows[0]);
    }
    for requirement in ["total", "category1"] {
        wait_attr(&app, &bar(requirement), "data-done", "2.5").await;
    }
    let total_after = text(&app, &bar("total")).await;
    assert!(total_after.contains("2.5 of 48 hours"), "{total_after}");
    app.screenshot("cme-after").await;
    problems.extend(
        axe(&app)
            .await
            .into_iter()
            .map(|v| format!("CME page: {v}")),
    );
    assert!(problems.is_empty(), "{problems:#?}");

    // The certificate, attached to the saved activity like any document.
    click(&app, "[data-testid='cme-edit']").await;
    choose_file(
        &app,
        "#document-file",
        &workspace().join("tests/fixtures/documents/texas-license-verification.pdf"),
    )
    .await;
    wait_count(&app, "[data-testid='document-row']", 1).await;
    let certificate = text(&app, "[data-testid='document-row']").await;
    assert!(
        certificate.contains("texas-license-verification.pdf"),
        "{certificate}"
    );
    click(&app, "[data-testid='nav-cme']").await;

    let deadline_after = renewal_text(&app, &credential_id, expires).await;
    assert_ne!(
        deadline_after, deadline_before,
        "the renewal deadline reflects the activity at once"
    );
    assert!(
        deadline_after.contains("still needed"),
        "2.5 of 48 hours: still short: {deadline_after}"
    );

    // The dashboard names the license furthest behind (the only one, with 45.5 hours to go).
    click(&app, "[data-testid='nav-dashboard']").await;
    wait_attr(
        &app,
        "[data-testid='cme-behind']",
        "data-credential-id",
        &credential_id,
    )
    .await;
    app.close().await;

    let out = once_released(|| licensure(dir.path(), &["export"])).await;
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let activities = doc["cme_activities"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(activities.len(), 1, "{doc}");
    let a = &activities[0];
    assert_eq!(a["title"], "Ethics and safe opioid prescribing");
    assert_eq!(a["provider"], "Texas Medical Association");
    assert_eq!(a["completed"], completed.to_string());
    assert_eq!(a["hours"], 2.5);
    assert_eq!(a["category"], "ama_pra_category_1");
    assert_eq!(
        a["topics"],
        serde_json::json!(["pain_management", "ethics"])
    );
    assert_eq!(a["note"], "Online, certificate kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transcript_is_imported_through_the_mapping_preview_with_only_its_good_rows() {
    let today = Local::now().date_naive();
    let done = today.checked_sub_days(Days::new(40)).expect("a date");
    let later = today.checked_add_days(Days::new(3)).expect("a date");
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("transcript.csv");
    std::fs::write(
        &csv,
        format!(
            "Course;Sponsor;Date completed;Credits;Credit type;Topics\n\
             Opioid prescribing update;TMA;{};3;AMA PRA Category 1 Credit;pain management\n\
             Not yet held;TMA;{};2;Category 1;\n",
            us(done),
            us(later)
        ),
    )
    .expect("csv");
    let data = dir.path().join("data");
    let app = App::launch(&data).await;
    click(&app, "[data-testid='nav-cme']").await;
    click(&app, "[data-testid='cme-import']").await;
    choose_file(&app, "#cme-csv-file", &csv).await;
    wait_count(&app, "[data-testid='csv-row']", 2).await;
    assert_eq!(attr(&app, "#csv-delimiter", "value").await, "semicolon");
    wait_attr(
        &app,
        "[data-testid='csv-row'][data-line='2']",
        "data-ok",
        "true",
    )
    .await;
    wait_attr(
        &app,
        "[data-testid='csv-row'][data-line='3']",
        "data-ok",
        "false",
    )
    .await;
    let refused = text(&app, "[data-testid='csv-row'][data-line='3']").await;
    assert!(refused.contains("after today"), "{refused}");
    click(&app, "[data-testid='csv-confirm']").await;
    let notice = text(&app, "[data-testid='cme-notice']").await;
    assert_eq!(notice, "Imported 1 activity.");
    let rows = app.texts("[data-testid='cme-row']").await;
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert!(rows[0].contains("Opioid prescribing update"), "{rows:#?}");
    app.close().await;
}
