//! Importing a spreadsheet in the real app: Excel's semicolon-separated Windows-1252 CSV
//! (tests/fixtures/csv/) with a "Type" column of MD/DO is read as written: encoding and
//! delimiter shown as detected, every mapped field of every row in the preview with the
//! accents intact and numbers masked, axe-core clean; choosing UTF-8 instead reads the file
//! again with a warning; the confirmed rows are stored as read.

use licensure_system_tests::page::{
    axe, choose_file, click, listing_after_close, set, text, wait_count,
};
use licensure_system_tests::webview::App;
use licensure_system_tests::workspace;

/// The current value of a form control.
async fn value(app: &App, css: &str) -> String {
    app.wait_for(css).await;
    let v = app
        .client
        .execute(
            "return document.querySelector(arguments[0]).value;",
            vec![css.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("cannot read {css}: {e}"));
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn e2e_csv_an_excel_semicolon_windows_1252_file_is_read_as_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = workspace().join("tests/fixtures/csv/excel-semicolon-windows1252.csv");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='nav-import']").await;
    choose_file(&app, "#csv-file", &csv).await;
    wait_count(&app, "[data-testid='csv-row'][data-ok='true']", 3).await;

    assert_eq!(value(&app, "#csv-encoding").await, "windows1252");
    assert_eq!(value(&app, "#csv-delimiter").await, "semicolon");
    assert_eq!(
        text(&app, "[data-testid='csv-encoding-note']").await,
        "detected"
    );
    assert_eq!(
        text(&app, "[data-testid='csv-delimiter-note']").await,
        "detected"
    );
    assert_eq!(
        value(&app, "#csv-map-0").await,
        "license_type",
        "the Type column"
    );
    let rows = app.texts("[data-testid='csv-row']").await;
    for (row, parts) in rows.iter().zip([
        [
            "TX",
            "MD",
            "•••34",
            "2015-07-01",
            "2027-07-31",
            "Supervised by José Peña",
        ],
        [
            "NY",
            "DO",
            "•••012",
            "2015-07-01",
            "2027-01-31",
            "Muñoz & Peña, LLC",
        ],
        [
            "CA",
            "MD",
            "••••456",
            "2021-03-01",
            "2027-04-30",
            "Board: Médico",
        ],
    ]) {
        for part in parts {
            assert!(row.contains(part), "no {part:?} in {row:?}");
        }
    }
    for number in ["Q1234", "N55012", "A123456"] {
        assert!(
            rows.iter().all(|r| !r.contains(number)),
            "{number} shown: {rows:#?}"
        );
    }
    let violations = axe(&app).await;
    assert!(violations.is_empty(), "{violations:#?}");
    app.screenshot("import-excel").await;

    // Read as UTF-8, the accents are not UTF-8: a warning, on the file and on each row.
    set(&app, "csv-encoding", "utf8").await;
    app.wait_for("[data-testid='csv-warning']").await;
    assert!(
        text(&app, "[data-testid='csv-encoding-note']")
            .await
            .starts_with("detected: Windows-1252"),
        "the detection is still shown"
    );
    let rows = app.texts("[data-testid='csv-row']").await;
    assert!(
        rows.iter()
            .all(|r| r.contains('\u{fffd}') && r.contains("could not be read as UTF-8")),
        "{rows:#?}"
    );
    // Back to the detected encoding: no warning.
    set(&app, "csv-encoding", "windows1252").await;
    wait_count(&app, "[data-testid='csv-warning']", 0).await;

    click(&app, "[data-testid='csv-confirm']").await;
    assert_eq!(
        text(&app, "[data-testid='csv-done']").await,
        "Imported 3 credential(s)."
    );
    app.close().await;
    let listing = listing_after_close(dir.path()).await;
    let stored = listing["credentials"].as_array().expect("credentials");
    assert_eq!(stored.len(), 3, "{listing}");
    let mut read: Vec<(String, String, String)> = stored
        .iter()
        .map(|c| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
            (
                s(&c["detail"]["jurisdiction"]),
                s(&c["detail"]["license_type"]),
                s(&c["notes"]),
            )
        })
        .collect();
    read.sort();
    assert_eq!(
        read,
        [
            ("CA", "MD", "Board: Médico"),
            ("NY", "DO", "Renewal handled by Muñoz & Peña, LLC"),
            ("TX", "MD", "Supervised by José Peña"),
        ]
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );
}
