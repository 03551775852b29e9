//! Offers in the real app: an offer added through the form for a state without a license is
//! not acceptable as it stands; a license for that state added through the Credentials form
//! changes the verdict at once (the missing-license reason is gone). Offers compared.

use licensure_system_tests::page::{attr, click, count, fill_md_license, set, wait_count};
use licensure_system_tests::webview::App;

const OFFER: &str =
    "[data-testid='offer-row'] [aria-label='Details of Mesa Telepsychiatry · Psychiatrist']";
const NM_ROW: &str = "[data-testid='state-verdict-row'][data-jurisdiction='NM']";
/// New Mexico's authority cell in the offer's grid; its reasons open below the grid.
const NM_AUTHORITY: &str = "[data-testid='state-verdict-row'][data-jurisdiction='NM'] \
     [data-testid='grid-cell'][data-requirement='authority']";
const REASONS: &str = "[data-testid='grid-reasons']";
const NO_AUTHORITY: &str =
    "[data-testid='grid-reasons'] [data-reason-code='no_authority_in_state'], \
     [data-testid='grid-reasons'] [data-reason-code='route_to_state_unknown']";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_license_added_for_the_offers_state_changes_its_verdict_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='load-sample']").await;
    app.wait_for("[data-testid='clinician-name']").await;

    // The sample clinician holds no New Mexico authority; the employer covers malpractice.
    click(&app, "[data-testid='nav-offers']").await;
    wait_count(&app, "[data-testid='offer-row']", 2).await;
    click(&app, "[data-testid='offer-add']").await;
    set(&app, "offer-employer", "Mesa Telepsychiatry").await;
    set(&app, "offer-role", "Psychiatrist").await;
    set(&app, "offer-patient_jurisdictions-find", "new mex").await;
    click(&app, "#offer-patient_jurisdictions-NM").await;
    set(&app, "offer-start", "2027-01-04").await;
    set(&app, "offer-end", "2027-01-29").await;
    set(&app, "offer-malpractice", "employer").await;
    set(&app, "offer-malpractice-telehealth", "yes").await;
    set(&app, "offer-malpractice-tail", "employer").await;
    set(&app, "offer-pay", "$240/h").await;
    click(&app, "[data-testid='offer-save']").await;
    app.wait_for("[data-testid='offer-notice']").await;
    wait_count(&app, "[data-testid='offer-row']", 3).await;

    let row = "[data-testid='offer-row'] [data-testid='offer-verdict']";
    let mut outcomes = Vec::new();
    for e in app
        .client
        .find_all(fantoccini::Locator::Css(row))
        .await
        .expect("verdicts")
    {
        outcomes.push(
            e.attr("data-outcome")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
        );
    }
    let rows = app.texts("[data-testid='offer-row']").await;
    let mine = rows
        .iter()
        .position(|r| r.contains("Mesa Telepsychiatry"))
        .unwrap_or_else(|| panic!("the new offer is listed: {rows:#?}"));
    assert_ne!(
        outcomes[mine], "acceptable_now",
        "no New Mexico license yet: {rows:#?}"
    );
    app.screenshot("offers").await;

    // Compare all three.
    for e in app
        .client
        .find_all(fantoccini::Locator::Css("[data-testid='offer-choose']"))
        .await
        .expect("checkboxes")
    {
        e.click().await.expect("ticked");
    }
    click(&app, "[data-testid='offer-compare-open']").await;
    wait_count(&app, "[data-testid='compare-offer']", 3).await;
    let verdicts = app
        .texts("[data-testid='compare-row'][data-row='verdict']")
        .await;
    assert_eq!(verdicts.len(), 1, "{verdicts:#?}");
    app.screenshot("offer-compare").await;
    click(&app, "[data-testid='offer-compare'] button").await;

    click(&app, OFFER).await;
    app.wait_for(NM_ROW).await;
    let before = attr(&app, NM_ROW, "data-outcome").await;
    assert_ne!(before, "met", "New Mexico is not met without a license");
    click(&app, NM_AUTHORITY).await;
    app.wait_for(REASONS).await;
    assert_eq!(
        count(&app, NO_AUTHORITY).await,
        1,
        "New Mexico's authority cell says no authority is held: {:#?}",
        app.texts(REASONS).await
    );
    app.screenshot("offer-detail").await;

    // Add the missing license through the Credentials form.
    fill_md_license(&app, "NM", "MD2027-01", "2099-01-31").await;
    set(&app, "cred-issued", "2026-10-01").await;
    click(&app, "[data-testid='cred-save']").await;
    app.wait_for("[data-testid='credential-notice']").await;

    // Back on Offers: judged again, the missing-license reason is gone.
    click(&app, "[data-testid='nav-offers']").await;
    click(&app, OFFER).await;
    app.wait_for(NM_ROW).await;
    click(&app, NM_AUTHORITY).await;
    app.wait_for(REASONS).await;
    wait_count(&app, NO_AUTHORITY, 0).await;
    let after = attr(&app, NM_ROW, "data-outcome").await;
    assert_ne!(
        after,
        before,
        "the New Mexico verdict changed: {:#?}",
        app.texts(NM_ROW).await
    );
    assert!(
        count(&app, &format!("{REASONS} [data-reason-code^='license_']")).await > 0,
        "New Mexico's authority now speaks of the license: {:#?}",
        app.texts(REASONS).await
    );
    app.close().await;
}
