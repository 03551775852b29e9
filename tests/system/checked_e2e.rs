//! A checked answer in the real app: an offer for Rhode Island patients is "verify" because
//! the state's malpractice minimum is not in the reference data; "I checked this" on that
//! reason records the board's answer, and the verdict changes at once, citing "your answer".
//! The Reference page lists the answer.

use chrono::{Days, Local};
use serde_json::{json, Value};

use licensure_system_tests::page::{attr, axe, click, set_css, text, wait_count};
use licensure_system_tests::webview::App;
use licensure_system_tests::{licensure, sample_document, stderr};

const OFFER: &str =
    "[data-testid='offer-row'] [aria-label='Details of Harbor Telehealth · Physician']";
const RI_ROW: &str = "[data-testid='state-verdict-row'][data-jurisdiction='RI']";
const RI_MALPRACTICE: &str = "[data-testid='state-verdict-row'][data-jurisdiction='RI'] \
     [data-testid='grid-cell'][data-requirement='malpractice']";
const UNKNOWN_MINIMUM: &str =
    "[data-testid='grid-reasons'] [data-reason-code='state_minimum_unknown']";

/// The sample clinician, licensed in RI with a $250,000 / $750,000 nationwide policy, and an
/// offer for RI patients starting in a month (dates from today: the app judges as of today).
fn document() -> Value {
    let text = std::fs::read_to_string(sample_document()).expect("sample document");
    let sample: Value = serde_json::from_str(&text).expect("sample is JSON");
    let today = Local::now().date_naive();
    let day = |days: u64| today.checked_add_days(Days::new(days)).unwrap().to_string();
    let mut license = sample["credentials"][0].clone();
    license["id"] = json!("ri-license");
    license["detail"]["jurisdiction"] = json!("RI");
    license["detail"]["expires"] = json!(day(1000));
    let mut policy = sample["credentials"]
        .as_array()
        .expect("credentials")
        .iter()
        .find(|c| c["detail"]["kind"] == "malpractice_policy")
        .expect("a policy")
        .clone();
    policy["detail"]["coverage"] = json!({ "scope": "nationwide" });
    policy["detail"]["basis"] = json!("occurrence");
    policy["detail"]["per_claim_limit"] = json!(250_000);
    policy["detail"]["aggregate_limit"] = json!(750_000);
    policy["detail"]["period_start"] = json!(today.to_string());
    policy["detail"]["period_end"] = json!(day(1000));
    let mut offer = sample["offers"][0].clone();
    offer["id"] = json!("ri-offer");
    offer["employer"] = json!("Harbor Telehealth");
    offer["role"] = json!("Physician");
    offer["patient_jurisdictions"] = json!(["RI"]);
    offer["controlled_substances"] = json!([]);
    offer["start"] = json!(day(30));
    offer["end"] = json!(day(180));
    let mut doc = sample.clone();
    doc["credentials"] = json!([license, policy]);
    doc["offers"] = json!([offer]);
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_recorded_from_a_verify_reason_changes_the_verdict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let file = dir.path().join("doc.json");
    std::fs::write(&file, document().to_string()).expect("write");
    let out = licensure(&data, &["import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));

    let app = App::launch(&data).await;
    click(&app, "[data-testid='nav-offers']").await;
    wait_count(&app, "[data-testid='offer-row']", 1).await;
    click(&app, OFFER).await;
    app.wait_for(RI_ROW).await;
    assert_eq!(attr(&app, RI_ROW, "data-outcome").await, "verify");
    click(&app, RI_MALPRACTICE).await;
    app.wait_for(UNKNOWN_MINIMUM).await;

    click(
        &app,
        &format!("{UNKNOWN_MINIMUM} [data-testid='i-checked-this']"),
    )
    .await;
    app.wait_for("[data-testid='checked-answer-form']").await;
    let mut problems: Vec<String> = axe(&app)
        .await
        .into_iter()
        .map(|v| format!("form: {v}"))
        .collect();
    set_css(&app, "[data-testid='answer-rule']", "mandate").await;
    set_css(&app, "[data-testid='answer-per-claim']", "200000").await;
    set_css(&app, "[data-testid='answer-aggregate']", "600000").await;
    set_css(&app, "[data-testid='answer-person']", "Dana Reyes").await;
    set_css(&app, "[data-testid='answer-note']", "licensing desk").await;
    click(&app, "[data-testid='answer-save']").await;

    // Judged again at once: RI is no longer "verify", and the reason cites the answer.
    wait_count(
        &app,
        "[data-testid='state-verdict-row'][data-jurisdiction='RI'][data-outcome='verify']",
        0,
    )
    .await;
    app.wait_for(RI_ROW).await;
    let after = attr(&app, RI_ROW, "data-outcome").await;
    assert_ne!(after, "verify", "{:#?}", app.texts(RI_ROW).await);
    click(&app, RI_MALPRACTICE).await;
    app.wait_for("[data-testid='grid-reasons']").await;
    wait_count(&app, UNKNOWN_MINIMUM, 0).await;
    let today = Local::now().date_naive().to_string();
    // Citations sit in a closed <details>: read their text content.
    let cited = app
        .client
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0])).map((e) => e.textContent);",
            vec![json!(
                "[data-testid='grid-reasons'] [data-testid='citation']"
            )],
        )
        .await
        .expect("citations");
    let expected = format!("your answer, {today}, phone call with the board (Dana Reyes)");
    assert!(
        cited.as_array().is_some_and(|all| all
            .iter()
            .any(|c| c.as_str().is_some_and(|c| c.contains(&expected)))),
        "the answer is cited: {cited:#?}"
    );
    app.screenshot("checked-answer-offer").await;

    // The Reference page lists it.
    click(&app, "[data-testid='nav-reference']").await;
    wait_count(&app, "[data-testid='checked-answer']", 1).await;
    let listed = text(&app, "[data-testid='checked-answer']").await;
    assert!(
        listed.contains("malpractice minimum in RI") && listed.contains("Dana Reyes"),
        "{listed}"
    );
    app.screenshot("checked-answer-reference").await;
    problems.extend(
        axe(&app)
            .await
            .into_iter()
            .map(|v| format!("reference: {v}")),
    );
    assert!(problems.is_empty(), "accessibility: {problems:#?}");
    app.close().await;
}
