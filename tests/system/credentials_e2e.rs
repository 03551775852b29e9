//! Editing records in the real app: a license added and edited through the form, seen on
//! the map, still there after a restart; a bad NPI refused at its field with nothing stored;
//! a CSV import with a bad row; axe-core on every page with no serious or critical violation.

use std::time::Duration;

use fantoccini::Locator;
use licensure_system_tests::page::{
    attr, axe, choose_file, click, fill_md_license, listing_after_close, set, text, wait_attr,
};
use licensure_system_tests::webview::App;

const TEXAS: &str = "[data-testid='map-state'][data-jurisdiction='TX']";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_license_added_and_edited_in_the_form_shows_on_the_map_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    wait_attr(&app, TEXAS, "data-standing", "none").await;

    fill_md_license(&app, "TX", "Q1234", "2099-01-31").await;
    app.screenshot("credential-form").await;
    click(&app, "[data-testid='cred-save']").await;
    let rows = app.texts("[data-testid='credential-edit-row']").await;
    let rows = if rows.is_empty() {
        app.wait_for("[data-testid='credential-edit-row']").await;
        app.texts("[data-testid='credential-edit-row']").await
    } else {
        rows
    };
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert!(
        rows[0].contains("TX") && rows[0].contains("2099-01-31"),
        "{rows:#?}"
    );
    assert!(!rows[0].contains("Q1234"), "no number in the list");
    app.screenshot("credentials").await;

    click(&app, "[data-testid='nav-dashboard']").await;
    wait_attr(&app, TEXAS, "data-standing", "licensed").await;
    wait_attr(
        &app,
        TEXAS,
        "aria-label",
        "Texas: licensed, expires 2099-01-31. Open its facts and routes",
    )
    .await;

    click(&app, "[data-testid='nav-credentials']").await;
    click(&app, "[data-testid='credential-edit']").await;
    set(&app, "cred-expires", "2098-12-31").await;
    click(&app, "[data-testid='cred-save']").await;
    app.wait_for("[data-testid='credential-notice']").await;
    click(&app, "[data-testid='nav-dashboard']").await;
    wait_attr(
        &app,
        TEXAS,
        "aria-label",
        "Texas: licensed, expires 2098-12-31. Open its facts and routes",
    )
    .await;
    app.screenshot("map").await;

    // Delete and undo.
    click(&app, "[data-testid='nav-credentials']").await;
    click(&app, "[data-testid='credential-delete']").await;
    app.wait_for("[data-testid='undo-toast']").await;
    click(&app, "[data-testid='undo']").await;
    app.wait_for("[data-testid='credential-edit-row']").await;
    app.close().await;

    let app = App::launch(dir.path()).await;
    wait_attr(
        &app,
        TEXAS,
        "aria-label",
        "Texas: licensed, expires 2098-12-31. Open its facts and routes",
    )
    .await;
    let rows = app.texts("[data-testid='credential-row']").await;
    assert_eq!(rows.len(), 1, "still there after a restart: {rows:#?}");
    app.close().await;

    let listing = listing_after_close(dir.path()).await;
    assert_eq!(
        listing["credentials"].as_array().map(Vec::len),
        Some(1),
        "{listing}"
    );
    assert_eq!(listing["credentials"][0]["detail"]["expires"], "2098-12-31");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_npi_is_shown_at_the_field_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='nav-profile']").await;
    set(&app, "profile-given_name", "Maya").await;
    set(&app, "profile-family_name", "Rivera").await;
    set(&app, "profile-npi", "1234567890").await;
    click(&app, "[data-testid='profile-save']").await;
    let message = app
        .wait_for("#profile-npi-msg")
        .await
        .text()
        .await
        .expect("text");
    assert!(!message.is_empty(), "the NPI problem is shown at the field");
    assert!(
        !message.contains("1234567890"),
        "no number in the message: {message}"
    );
    wait_attr(&app, "#profile-npi", "aria-invalid", "true").await;
    assert_eq!(
        attr(&app, "#profile-npi", "aria-describedby").await,
        "profile-npi-msg"
    );
    app.screenshot("profile").await;
    app.close().await;

    let listing = listing_after_close(dir.path()).await;
    assert!(listing["profile"].is_null(), "nothing saved: {listing}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_csv_with_a_bad_row_imports_only_the_good_rows_on_confirmation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("licenses.csv");
    std::fs::write(
        &csv,
        "Kind,State,License type,Number,Status,Expires,Schedules\r\n\
         State license,TX,MD,Q1234,Active,2099-02-28,\r\n\
         DEA,TX,,BR1234564,,2099-05-31,2 3\r\n\
         Telehealth registration,FL,,TP1,,2099-07-31,\r\n",
    )
    .expect("csv");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='nav-import']").await;
    choose_file(&app, "#csv-file", &csv).await;
    app.wait_for("[data-testid='csv-row']").await;
    let oks: Vec<String> = {
        let mut v = Vec::new();
        for e in app
            .client
            .find_all(Locator::Css("[data-testid='csv-row']"))
            .await
            .expect("rows")
        {
            v.push(e.attr("data-ok").await.ok().flatten().unwrap_or_default());
        }
        v
    };
    assert_eq!(oks, ["true", "false", "true"], "the DEA row is refused");
    let rows = app.texts("[data-testid='csv-row']").await;
    assert!(
        !rows[1].contains("BR1234564"),
        "no number in the problem: {rows:#?}"
    );
    app.screenshot("import").await;
    click(&app, "[data-testid='csv-confirm']").await;
    assert_eq!(
        text(&app, "[data-testid='csv-done']").await,
        "Imported 2 credential(s)."
    );
    app.close().await;
    let listing = listing_after_close(dir.path()).await;
    assert_eq!(
        listing["credentials"].as_array().map(Vec::len),
        Some(2),
        "{listing}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_passes_axe_with_the_sample_clinician() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    let mut problems = Vec::new();
    for v in axe(&app).await {
        problems.push(format!("empty dashboard: {v}"));
    }
    click(&app, "[data-testid='load-sample']").await;
    app.wait_for("[data-testid='clinician-name']").await;
    app.wait_for("[data-testid='authority-map']").await;
    app.screenshot("dashboard-map").await;
    let pages = [
        ("dashboard", "[data-testid='authority-map']"),
        ("credentials", "[data-testid='credential-edit-row']"),
        ("profile", "[data-testid='profile-form']"),
        ("import", "[data-testid='csv-import']"),
        ("deadlines", "main section"),
        ("offers", "main section"),
        ("eligibility", "main section"),
        ("reference", "main section"),
    ];
    for (page, ready) in pages {
        click(&app, &format!("[data-testid='nav-{page}']")).await;
        app.wait_for(ready).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        for v in axe(&app).await {
            problems.push(format!("{page}: {v}"));
        }
    }
    click(&app, "[data-testid='nav-credentials']").await;
    click(&app, "[data-testid='credential-add']").await;
    set(&app, "cred-kind", "dea_registration").await;
    set(&app, "cred-number", "BR1234564").await;
    set(&app, "cred-jurisdiction", "TX").await;
    app.wait_for("#cred-number-msg").await;
    for v in axe(&app).await {
        problems.push(format!("credential form with an error: {v}"));
    }
    app.close().await;
    assert!(problems.is_empty(), "{problems:#?}");
}
