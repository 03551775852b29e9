//! A checked answer in the real app: an offer for Rhode Island patients is "verify" because
//! the state's malpractice minimum is not in the reference data; "I checked this" on that
//! reason records the board's answer, and the verdict changes at once, citing "your answer".
//! The Reference page lists the answer. The same for a telehealth route whose terms on
//! controlled substances are not established (the form opens on the route the reason names,
//! refuses an answer that names no profession, and saves one that does) and for DEA's
//! telemedicine flexibilities, which end before the offer starts (a new end read in the
//! Federal Register, no state).

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

/// A day `days` from today, as the documents write it (the app judges as of today).
fn day(days: u64) -> String {
    let today = Local::now().date_naive();
    today.checked_add_days(Days::new(days)).unwrap().to_string()
}

fn sample() -> Value {
    let text = std::fs::read_to_string(sample_document()).expect("sample document");
    serde_json::from_str(&text).expect("sample is JSON")
}

/// The sample clinician, licensed in RI with a $250,000 / $750,000 nationwide policy, and an
/// offer for RI patients starting in a month.
fn document() -> Value {
    let sample = sample();
    let today = Local::now().date_naive();
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

/// The data directory with `doc` imported.
fn imported(dir: &tempfile::TempDir, doc: &Value) -> std::path::PathBuf {
    let data = dir.path().join("data");
    let file = dir.path().join("doc.json");
    std::fs::write(&file, doc.to_string()).expect("write");
    let out = licensure(&data, &["import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    data
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_recorded_from_a_verify_reason_changes_the_verdict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = imported(&dir, &document());

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

    // The fact table answers any state: Michigan's IMLC standing, whose sources conflict.
    set_css(&app, "[data-testid='reference-select']", "MI").await;
    let imlc = "tr.fact-answer[data-fact='compact:imlc']";
    click(&app, &format!("{imlc} [data-testid='i-checked-this']")).await;
    set_css(
        &app,
        &format!("{imlc} [data-testid='answer-status']"),
        "member",
    )
    .await;
    set_css(
        &app,
        &format!("{imlc} [data-testid='answer-person']"),
        "Lee Park",
    )
    .await;
    click(&app, &format!("{imlc} [data-testid='answer-save']")).await;
    app.wait_for(&format!("{imlc} [data-testid='fact-answered']"))
        .await;
    wait_count(&app, "[data-testid='checked-answer']", 2).await;
    let listed = app.texts("[data-testid='checked-answer']").await.join("\n");
    assert!(listed.contains("standing of MI in the IMLC"), "{listed}");
    problems.extend(
        axe(&app)
            .await
            .into_iter()
            .map(|v| format!("reference: {v}")),
    );
    assert!(problems.is_empty(), "accessibility: {problems:#?}");
    app.close().await;
}

const MN_AUTHORITY: &str = "[data-testid='state-verdict-row'][data-jurisdiction='MN'] \
     [data-testid='grid-cell'][data-requirement='authority']";
const MN_FEDERAL: &str = "[data-testid='state-verdict-row'][data-jurisdiction='MN'] \
     [data-testid='grid-cell'][data-requirement='federal_rule']";
const FLEXIBILITIES_END: &str = "[data-testid='grid-reasons'] \
     [data-reason-code='telemedicine_flexibilities_end_before_offer']";
const FLEXIBILITIES_COVER: &str = "[data-testid='grid-reasons'] \
     [data-reason-code='telemedicine_flexibilities_cover_offer']";
const ROUTE_UNKNOWN: &str =
    "[data-testid='grid-reasons'] [data-reason-code='route_controlled_substances_unknown']";
const ROUTE_EXCLUDES: &str =
    "[data-testid='grid-reasons'] [data-reason-code='route_excludes_controlled_substances']";

/// The sample clinician, licensed in TX, holding Minnesota's interstate telehealth
/// registration (whose rule on controlled substances the reference data does not establish),
/// and an offer for MN patients that prescribes schedule II.
fn route_document() -> Value {
    let sample = sample();
    let mut license = sample["credentials"][0].clone();
    license["detail"]["expires"] = json!(day(1000));
    let registration = json!({ "id": "mn-registration", "notes": "", "detail": {
        "kind": "telehealth_registration", "jurisdiction": "MN", "number": "MN-TR-1",
        "issued": null, "expires": day(700), "limits": "" } });
    let mut offer = sample["offers"][0].clone();
    offer["id"] = json!("mn-offer");
    offer["employer"] = json!("Lakeside Telehealth");
    offer["role"] = json!("Physician");
    offer["patient_jurisdictions"] = json!(["MN"]);
    offer["controlled_substances"] = json!(["2"]);
    offer["start"] = json!(day(30));
    offer["end"] = json!(day(180));
    let mut doc = sample.clone();
    doc["credentials"] = json!([license, registration]);
    doc["offers"] = json!([offer]);
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_on_a_route_and_on_the_federal_rule_are_refused_or_saved_and_settle_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = imported(&dir, &route_document());
    let app = App::launch(&data).await;
    click(&app, "[data-testid='nav-offers']").await;
    wait_count(&app, "[data-testid='offer-row']", 1).await;
    click(
        &app,
        "[data-testid='offer-row'] [aria-label='Details of Lakeside Telehealth · Physician']",
    )
    .await;
    click(&app, MN_AUTHORITY).await;
    app.wait_for(ROUTE_UNKNOWN).await;
    click(
        &app,
        &format!("{ROUTE_UNKNOWN} [data-testid='i-checked-this']"),
    )
    .await;
    app.wait_for("[data-testid='checked-answer-form']").await;
    let heading = text(&app, "[data-testid='checked-answer-form'] h4").await;
    assert!(
        heading.contains("Telehealth route terms in MN"),
        "{heading}"
    );

    // No profession chosen: refused at its field.
    set_css(&app, "[data-testid='answer-controlled']", "no").await;
    set_css(&app, "[data-testid='answer-person']", "Lee Park").await;
    click(&app, "[data-testid='answer-save']").await;
    app.wait_for("#err-professions[data-testid='field-error']")
        .await;
    // (Had it been stored, the next save would be refused as a second answer to the same
    // question, and the form would stay open.)
    click(&app, "[data-testid='answer-profession-md']").await;
    click(&app, "[data-testid='answer-save']").await;
    wait_count(&app, "[data-testid='checked-answer-form']", 0).await;
    click(&app, MN_AUTHORITY).await;
    app.wait_for(ROUTE_EXCLUDES).await;
    wait_count(&app, ROUTE_UNKNOWN, 0).await;
    app.screenshot("checked-route-offer").await;

    // The federal rule: DEA's flexibilities end before this offer starts. A last day that
    // cannot be read is refused at its field; an extension read in the Federal Register
    // covers the offer.
    click(&app, MN_FEDERAL).await;
    app.wait_for(FLEXIBILITIES_END).await;
    click(
        &app,
        &format!("{FLEXIBILITIES_END} [data-testid='i-checked-this']"),
    )
    .await;
    app.wait_for("[data-testid='checked-answer-form']").await;
    let heading = text(&app, "[data-testid='checked-answer-form'] h4").await;
    assert!(
        !heading.contains("MN"),
        "a federal rule names no state: {heading}"
    );
    set_css(&app, "[data-testid='answer-until']", "sometime next year").await;
    set_css(
        &app,
        "[data-testid='answer-url']",
        "https://www.federalregister.gov/d/2026-28001",
    )
    .await;
    click(&app, "[data-testid='answer-save']").await;
    app.wait_for("#err-until[data-testid='field-error']").await;
    set_css(&app, "[data-testid='answer-until']", &day(800)).await;
    click(&app, "[data-testid='answer-save']").await;
    wait_count(&app, "[data-testid='checked-answer-form']", 0).await;
    click(&app, MN_FEDERAL).await;
    app.wait_for(FLEXIBILITIES_COVER).await;
    wait_count(&app, FLEXIBILITIES_END, 0).await;

    click(&app, "[data-testid='nav-reference']").await;
    wait_count(&app, "[data-testid='checked-answer']", 2).await;
    let listed = app.texts("[data-testid='checked-answer']").await.join("\n");
    assert!(
        listed.contains("terms of the") && listed.contains("(MN)") && listed.contains("Lee Park"),
        "{listed}"
    );
    assert!(
        listed.contains("end of DEA's telemedicine flexibilities")
            && listed.contains("federalregister.gov"),
        "{listed}"
    );
    app.close().await;
}
