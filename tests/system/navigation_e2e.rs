//! Getting from an answer to the facts behind it: a state chosen on the dashboard's map (by a
//! click, or by Enter on the focused state) and a state the IMLC reaches, chosen on the
//! Eligibility page, open that state's facts and routes on the Reference page.

use licensure_system_tests::page::{attr, click, count};
use licensure_system_tests::webview::App;

/// Waits until the Reference page shows `code`.
async fn reference_shows(app: &App, code: &str) {
    let mut last = String::new();
    for _ in 0..100 {
        last = app
            .client
            .execute(
                "const s = document.querySelector(\"[data-testid='reference-select']\"); return s ? s.value : '';",
                vec![],
            )
            .await
            .expect("read the select")
            .as_str()
            .unwrap_or_default()
            .to_string();
        if last == code {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the Reference page shows {last:?}, expected {code}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_state_on_the_map_or_in_the_imlc_reach_opens_its_facts_and_routes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='load-sample']").await;
    app.wait_for("[data-testid='clinician-name']").await;

    // A click on Texas.
    let texas = "[data-testid='map-state'][data-jurisdiction='TX']";
    assert_eq!(attr(&app, texas, "role").await, "button");
    click(&app, texas).await;
    reference_shows(&app, "TX").await;
    app.wait_for("[data-testid='fact-row']").await;

    // Enter on the focused Puerto Rico tile.
    click(&app, "[data-testid='nav-dashboard']").await;
    let tile = "[data-testid='map-state'][data-jurisdiction='PR']";
    app.wait_for(tile)
        .await
        .send_keys("\u{E007}")
        .await
        .expect("Enter");
    reference_shows(&app, "PR").await;

    // The first state the IMLC reaches, from the Eligibility page.
    click(&app, "[data-testid='nav-eligibility']").await;
    app.wait_for("[data-testid='imlc-reach-row']").await;
    assert!(count(&app, "[data-testid='imlc-reach-row']").await >= 30);
    app.screenshot("eligibility-reach").await;
    let first = attr(&app, "[data-testid='imlc-reach-row']", "data-jurisdiction").await;
    click(&app, "[data-testid='imlc-reach-row'] button").await;
    reference_shows(&app, &first).await;

    // The nav still opens the Reference page on its first jurisdiction.
    click(&app, "[data-testid='nav-dashboard']").await;
    click(&app, "[data-testid='nav-reference']").await;
    reference_shows(&app, "AK").await;
    app.close().await;
}
