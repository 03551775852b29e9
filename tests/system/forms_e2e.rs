//! The forms a clinician fills on a first evening, typed into in the real app: a profile with
//! a practice share and exam attempts, a malpractice policy with limits written with and
//! without thousands separators, dates typed in ISO or US order or without separators, and a
//! license renewed from its deadline. Each field gets a
//! value that must save and one that must be refused at the field; what was saved is read
//! back with the CLI once the app has closed.

use licensure_system_tests::page::{
    attr, click, fill_md_license, listing_after_close, set, set_css, wait_attr,
};
use licensure_system_tests::webview::App;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_policy_and_renewal_forms_save_what_is_typed_and_refuse_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    app.wait_for("[data-testid='first-run']").await;

    // Profile: a practice share and exam attempts, typed as numbers.
    click(&app, "[data-testid='start-profile']").await;
    set(&app, "profile-given_name", "Ana").await;
    set(&app, "profile-family_name", "Ruiz").await;
    set(&app, "profile-profession", "md").await;
    click(&app, "[data-testid='share-add']").await;
    set(&app, "share-0-j", "OH").await;
    set(&app, "share-0-p", "140").await;
    click(&app, "[data-testid='exam-add']").await;
    set(&app, "exam-0-c", "usmle_step1").await;
    set(&app, "exam-0-a", "two").await;
    click(&app, "[data-testid='profile-save']").await;
    wait_attr(&app, "#share-0-p", "aria-invalid", "true").await;
    wait_attr(&app, "#exam-0-a", "aria-invalid", "true").await;
    set(&app, "share-0-p", "100").await;
    set(&app, "exam-0-a", "2").await;
    click(&app, "[data-testid='profile-save']").await;
    let status = app.wait_for("[data-testid='profile-status']").await;
    for _ in 0..100 {
        if status.text().await.unwrap_or_default().contains("saved") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(attr(&app, "#share-0-p", "aria-invalid").await, "");

    // The dashboard shows the profile at once.
    click(&app, "[data-testid='nav-dashboard']").await;
    app.wait_for("[data-testid='clinician-name']").await;

    // A license that expires soon, then a policy with limits typed two ways.
    // Its expiry typed as a card prints it, without separators; first a day that does not
    // exist, refused at the field.
    fill_md_license(&app, "TX", "Q1234", "02302027").await;
    click(&app, "[data-testid='cred-save']").await;
    wait_attr(&app, "#cred-expires", "aria-invalid", "true").await;
    set(&app, "cred-expires", "02282027").await;
    click(&app, "[data-testid='cred-save']").await;
    app.wait_for("[data-testid='credential-edit-row']").await;

    click(&app, "[data-testid='credential-add']").await;
    set(&app, "cred-kind", "malpractice_policy").await;
    set(&app, "cred-carrier", "The Doctors Company").await;
    set(&app, "cred-per_claim_limit", "1.5M").await;
    set(&app, "cred-aggregate_limit", "3000000").await;
    set(&app, "cred-period_start", "7/1/2026").await;
    set(&app, "cred-period_end", "2027-07-01").await;
    click(&app, "[data-testid='cred-save']").await;
    wait_attr(&app, "#cred-per_claim_limit", "aria-invalid", "true").await;
    set(&app, "cred-per_claim_limit", "1,000,000").await;
    click(&app, "[data-testid='cred-save']").await;
    for _ in 0..100 {
        if app.texts("[data-testid='credential-edit-row']").await.len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // Renew the license from its deadline: the new date is proposed one cycle later.
    click(&app, "[data-testid='nav-deadlines']").await;
    let renew = "[data-testid='deadline-item'][data-deadline-id$=':expiry:2027-02-28'] [data-testid='renew']";
    click(&app, renew).await;
    let input = "[data-testid='renewal-form'] input";
    let proposed = attr(&app, input, "value").await;
    app.screenshot("deadline-renewal").await;
    assert!(
        proposed.is_empty() || proposed.as_str() > "2027-02-28",
        "a later date, or none: {proposed}"
    );
    // Typed in US order: read as 2029-02-28.
    set_css(&app, input, "02/28/2029").await;
    click(&app, "[data-testid='renewal-form'] button[type='submit']").await;
    // Two years out: among the later deadlines, shown on request.
    click(&app, "[data-testid='show-later']").await;
    app.wait_for("[data-testid='deadline-item'][data-deadline-id$=':expiry:2029-02-28']")
        .await;
    app.close().await;

    let listing = listing_after_close(dir.path()).await;
    let profile = &listing["profile"];
    assert_eq!(profile["practice_shares"][0]["percent"], 100, "{profile}");
    assert_eq!(profile["exam_attempts"][0]["attempts"], 2, "{profile}");
    let credentials = listing["credentials"].as_array().expect("credentials");
    let policy = credentials
        .iter()
        .find(|c| c["detail"]["kind"] == "malpractice_policy")
        .expect("the policy");
    assert_eq!(policy["detail"]["per_claim_limit"], 1_000_000, "{policy}");
    assert_eq!(policy["detail"]["aggregate_limit"], 3_000_000, "{policy}");
    assert_eq!(policy["detail"]["tail"], "unknown", "{policy}");
    let license = credentials
        .iter()
        .find(|c| c["detail"]["kind"] == "state_license")
        .expect("the license");
    assert_eq!(license["detail"]["expires"], "2029-02-28", "{license}");
}
