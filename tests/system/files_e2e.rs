//! Files the clinician saves from the app, where they choose in the native save dialog (typed
//! into it with the keyboard): the calendar of deadlines, read back by an independent
//! iCalendar parser, and the export of every record, read back by the CLI in another data
//! directory. A cancelled dialog writes nothing and says so. Also the Credentials list's
//! search, kind filter, order and expiry highlight on the sample clinician.

use std::path::Path;

use licensure_system_tests::dialog;
use licensure_system_tests::ical::parse_calendar;
use licensure_system_tests::page::{
    attr, click, count, fill_md_license, set_css, text, wait_count,
};
use licensure_system_tests::webview::App;
use licensure_system_tests::{licensure, local_date_in, stdout, SAMPLE_NUMBERS};

const CALENDAR_DIALOG: &str = "Save the deadlines as a calendar file";
const EXPORT_DIALOG: &str = "Export every record";

async fn answer(title: &'static str, path: Option<&Path>) {
    let path = path.map(Path::to_path_buf);
    tokio::task::spawn_blocking(move || match path {
        Some(p) => dialog::save_as(title, &p),
        None => dialog::cancel(title),
    })
    .await
    .expect("the dialog was answered");
}

/// Waits until the element's text contains `want`; returns the text.
async fn wait_text(app: &App, css: &str, want: &str) -> String {
    let mut last = String::new();
    for _ in 0..300 {
        last = text(app, css).await;
        if last.contains(want) {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{css} says {last:?}, expected it to contain {want:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calendar_and_export_are_saved_where_the_clinician_chooses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let chosen = tempfile::tempdir().expect("a folder the clinician picks");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='load-sample']").await;
    app.wait_for("[data-testid='clinician-name']").await;

    // The calendar, named without its extension: saved with it, where typed.
    click(&app, "[data-testid='nav-deadlines']").await;
    click(&app, "[data-testid='save-calendar']").await;
    answer(CALENDAR_DIALOG, Some(&chosen.path().join("my deadlines"))).await;
    let calendar = chosen.path().join("my deadlines.ics");
    let message = wait_text(
        &app,
        "[data-testid='reminder-message']",
        "Calendar saved to",
    )
    .await;
    assert_eq!(message, format!("Calendar saved to {}", calendar.display()));
    let events = parse_calendar(&calendar);
    assert!(events.len() >= 5, "the sample's deadlines: {events:?}");
    let ics = std::fs::read_to_string(&calendar).expect("saved");
    for number in SAMPLE_NUMBERS {
        assert!(!ics.contains(number), "no numbers unless asked: {number}");
    }

    // Cancelled: nothing written, and the page says so.
    click(&app, "[data-testid='save-calendar']").await;
    answer(CALENDAR_DIALOG, None).await;
    wait_text(&app, "[data-testid='reminder-message']", "Not saved").await;
    assert_eq!(std::fs::read_dir(chosen.path()).expect("listed").count(), 1);

    // Every record, exported from the Credentials page, restores into another data directory.
    click(&app, "[data-testid='nav-credentials']").await;
    click(&app, "[data-testid='export-records']").await;
    let export = chosen.path().join("records.json");
    answer(EXPORT_DIALOG, Some(&export)).await;
    let notice = wait_text(&app, "[data-testid='credential-notice']", "exported to").await;
    assert!(notice.ends_with(&export.display().to_string()), "{notice}");
    let other = tempfile::tempdir().expect("another data dir");
    let out = licensure(other.path(), &["import", export.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = count(&app, "[data-testid='credential-edit-row']").await;
    let listing: serde_json::Value =
        serde_json::from_str(&stdout(&licensure(other.path(), &["list", "--json"]))).expect("json");
    assert_eq!(
        listing["credentials"].as_array().map(Vec::len),
        Some(rows),
        "the export holds every credential the page lists"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_are_searched_filtered_sorted_and_expiring_ones_flagged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='load-sample']").await;
    app.wait_for("[data-testid='clinician-name']").await;
    // A license that lapses in 30 days is flagged in words, not by colour alone.
    fill_md_license(&app, "NM", "NM-555", &local_date_in(30)).await;
    click(&app, "[data-testid='cred-save']").await;
    app.wait_for("[data-testid='credential-notice']").await;
    set_css(&app, "[data-testid='credential-search']", "NM").await;
    wait_count(&app, "[data-testid='credential-edit-row']", 1).await;
    assert_eq!(
        attr(&app, "[data-testid='credential-edit-row']", "class").await,
        "expiring"
    );
    assert_eq!(
        text(&app, "[data-testid='expiry-flag']").await,
        "— expires in 30 days"
    );
    set_css(&app, "[data-testid='credential-search']", "").await;
    let all = count(&app, "[data-testid='credential-edit-row']").await;
    assert!(all >= 6, "the sample's credentials: {all}");

    set_css(
        &app,
        "[data-testid='credential-kind-filter']",
        "state_license",
    )
    .await;
    let licenses = count(&app, "[data-testid='credential-edit-row']").await;
    assert!(licenses >= 2 && licenses < all, "{licenses} of {all}");
    for row in app.texts("[data-testid='credential-edit-row']").await {
        assert!(row.starts_with("State license"), "{row}");
    }

    set_css(
        &app,
        "[data-testid='credential-search']",
        "zz-no-such-place",
    )
    .await;
    wait_count(&app, "[data-testid='credential-edit-row']", 0).await;
    let shown = text(&app, "[data-testid='credential-count']").await;
    assert_eq!(shown, format!("0 of {all} credentials shown"));
    set_css(&app, "[data-testid='credential-search']", "").await;
    set_css(&app, "[data-testid='credential-kind-filter']", "").await;
    wait_count(&app, "[data-testid='credential-edit-row']", all).await;

    // Soonest first: the dates in the Expires column never go backwards.
    set_css(&app, "[data-testid='credential-order']", "expiry").await;
    let dates: Vec<String> = app
        .texts("[data-testid='credential-edit-row'] td:nth-child(4)")
        .await
        .into_iter()
        .filter_map(|t| {
            t.get(..10)
                .filter(|d| d.as_bytes()[4] == b'-')
                .map(str::to_string)
        })
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    app.close().await;
}
