//! Every field of every credential kind and of the offer form, typed into the real app, with
//! invalid values refused at their own fields first (a date that is not on the calendar, dates
//! out of order, a DEA number with a wrong check digit or shape, a required field left empty,
//! a number with broken thousands separators, limits out of order) and then the values that
//! must save: dates typed in ISO or US order, with dashes or slashes, or as eight digits;
//! multi-selects, checkboxes and schedule boxes. What was saved is read back with the CLI once
//! the app has closed and must equal what was typed, field by field.

use serde_json::Value;

use licensure_system_tests::page::{
    attr, click, count, listing_after_close, set, wait_attr, wait_count,
};
use licensure_system_tests::webview::App;
use licensure_system_tests::{licensure, stdout};

const CRED_FORM: &str = "[data-testid='credential-form']";
const CRED_SAVE: &str = "[data-testid='cred-save']";
const CRED_ROW: &str = "[data-testid='credential-edit-row']";
const OFFER_FORM: &str = "[data-testid='offer-form']";
const OFFER_SAVE: &str = "[data-testid='offer-save']";
const OFFER_ROW: &str = "[data-testid='offer-row']";
const FIELD_ERRORS: &str = "[data-testid='field-error']";

/// How one control of the credential form is filled.
#[derive(Debug, Clone, Copy)]
enum Fill {
    /// A text input, a date, a number, a select or the notes, by the text typed or chosen.
    Text(&'static str),
    /// A multi-select (`<select multiple>`), by the values of the options chosen.
    Many(&'static [&'static str]),
    /// A checkbox, ticked or not.
    Tick(bool),
    /// The schedule checkboxes ticked (the others left clear).
    Schedules(&'static [&'static str]),
}

use Fill::{Many, Schedules, Text, Tick};

/// One credential added through the form.
struct Case {
    kind: &'static str,
    /// Every control of the kind (`cred-<key>`), in the order a clinician fills them.
    fields: &'static [(&'static str, Fill)],
    /// One at a time: the control set to an invalid value, the value, the field that must
    /// refuse it. The control is then given its value from `fields` again.
    refusals: &'static [(&'static str, Fill, &'static str)],
    /// The credential as `licensure list --json` must show it, without its id.
    stored: &'static str,
}

const CASES: &[Case] = &[
    Case {
        kind: "state_license",
        fields: &[
            ("jurisdiction", Text("OH")),
            ("license_type", Text("DO")),
            ("number", Text("35.123456")),
            ("status", Text("probation")),
            ("issued", Text("03/15/2025")),
            ("expires", Text("01312027")),
            ("route", Text("endorsement")),
            (
                "restriction_notes",
                Text("Chart review by a monitor until 2026"),
            ),
            (
                "notes",
                Text("Probation ends with the monitor's last report"),
            ),
        ],
        refusals: &[
            ("jurisdiction", Text(""), "jurisdiction"),
            ("license_type", Text(""), "license_type"),
            ("number", Text("   "), "number"),
            ("issued", Text("02/30/2025"), "issued"),
            ("expires", Text("2024-12-31"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "state_license", "jurisdiction": "OH", "license_type": "DO",
            "number": "35.123456", "status": "probation",
            "restriction_notes": "Chart review by a monitor until 2026",
            "issued": "2025-03-15", "expires": "2027-01-31", "route": "endorsement"},
            "notes": "Probation ends with the monitor's last report"}"#,
    },
    Case {
        kind: "compact_privilege",
        fields: &[
            ("compact", Text("psypact")),
            ("home_state", Text("CO")),
            ("privilege_states", Many(&["AZ", "TX", "VA"])),
            ("number", Text("PSY-4471")),
            ("issued", Text("2026-01-05")),
            ("expires", Text("1/31/2027")),
            (
                "notes",
                Text("Authority to practise interjurisdictional telepsychology"),
            ),
        ],
        refusals: &[
            ("home_state", Text(""), "home_state"),
            ("expires", Text("02/30/2027"), "expires"),
            ("expires", Text("2025-12-31"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "compact_privilege", "compact": "psypact",
            "home_state": "CO", "privilege_states": ["AZ", "TX", "VA"], "number": "PSY-4471",
            "issued": "2026-01-05", "expires": "2027-01-31"},
            "notes": "Authority to practise interjurisdictional telepsychology"}"#,
    },
    Case {
        kind: "telehealth_registration",
        fields: &[
            ("jurisdiction", Text("FL")),
            ("number", Text("TPMD1234")),
            ("issued", Text("20260301")),
            ("expires", Text("07/31/2027")),
            ("limits", Text("No in-person care in Florida")),
            ("notes", Text("Renewed with the Florida board")),
        ],
        refusals: &[
            ("jurisdiction", Text(""), "jurisdiction"),
            ("issued", Text("13/01/2026"), "issued"),
            ("expires", Text("2026-02-28"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "telehealth_registration", "jurisdiction": "FL",
            "number": "TPMD1234", "issued": "2026-03-01", "expires": "2027-07-31",
            "limits": "No in-person care in Florida"},
            "notes": "Renewed with the Florida board"}"#,
    },
    Case {
        kind: "dea_registration",
        fields: &[
            ("number", Text("br1234563")),
            ("jurisdiction", Text("TX")),
            ("schedules", Schedules(&["2", "2N", "3", "3N"])),
            ("expires", Text("05-31-2027")),
            ("notes", Text("Texas practice address")),
        ],
        refusals: &[
            ("number", Text("BR1234564"), "number"),
            ("number", Text("BR123456"), "number"),
            ("number", Text(""), "number"),
            ("jurisdiction", Text(""), "jurisdiction"),
            ("expires", Text("2027-02-29"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "dea_registration", "number": "BR1234563",
            "jurisdiction": "TX", "schedules": ["2", "2N", "3", "3N"], "expires": "2027-05-31"},
            "notes": "Texas practice address"}"#,
    },
    Case {
        kind: "state_csr",
        fields: &[
            ("jurisdiction", Text("OK")),
            ("number", Text("CSR-778")),
            ("schedules", Schedules(&["2", "4", "5"])),
            ("issued", Text("9/1/2025")),
            ("expires", Text("2026/08/31")),
            ("notes", Text("Oklahoma OBNDD registration")),
        ],
        refusals: &[
            ("jurisdiction", Text(""), "jurisdiction"),
            ("issued", Text("9/31/2025"), "issued"),
            ("expires", Text("2025-08-31"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "state_csr", "jurisdiction": "OK", "number": "CSR-778",
            "schedules": ["2", "4", "5"], "issued": "2025-09-01", "expires": "2026-08-31"},
            "notes": "Oklahoma OBNDD registration"}"#,
    },
    Case {
        kind: "malpractice_policy",
        fields: &[
            ("carrier", Text("Medical Protective")),
            ("policy_number", Text("MP-55012")),
            ("basis", Text("claims_made")),
            ("retroactive_date", Text("07012024")),
            ("per_claim_limit", Text("$1,000,000")),
            ("aggregate_limit", Text("3 000 000")),
            ("coverage-scope", Text("listed")),
            ("coverage", Many(&["FL", "KS", "NM", "PA", "TX"])),
            ("telehealth_covered", Text("yes")),
            ("period_start", Text("7/1/2026")),
            ("period_end", Text("20270701")),
            ("tail", Text("purchased")),
            ("employer_provided", Tick(true)),
            ("compensation_funds", Many(&["KS", "PA"])),
            ("notes", Text("Certificate of insurance on file")),
        ],
        refusals: &[
            ("carrier", Text(""), "carrier"),
            ("retroactive_date", Text("06/31/2024"), "retroactive_date"),
            ("per_claim_limit", Text("1,000,00"), "per_claim_limit"),
            ("aggregate_limit", Text("500,000"), "aggregate_limit"),
            ("period_start", Text(""), "period_start"),
            ("period_end", Text("2026-06-30"), "period_end"),
            // Listed coverage with no state listed would cover nowhere.
            ("coverage", Many(&[]), "coverage"),
            // Wisconsin's fund, for a policy that does not cover Wisconsin.
            (
                "compensation_funds",
                Many(&["KS", "WI"]),
                "compensation_funds",
            ),
        ],
        stored: r#"{"detail": {"kind": "malpractice_policy", "carrier": "Medical Protective",
            "policy_number": "MP-55012", "basis": "claims_made",
            "retroactive_date": "2024-07-01", "per_claim_limit": 1000000,
            "aggregate_limit": 3000000,
            "coverage": {"scope": "listed", "jurisdictions": ["FL", "KS", "NM", "PA", "TX"]},
            "telehealth_covered": "yes", "period_start": "2026-07-01",
            "period_end": "2027-07-01", "tail": "purchased", "employer_provided": true,
            "compensation_funds": ["KS", "PA"]},
            "notes": "Certificate of insurance on file"}"#,
    },
    Case {
        kind: "board_certification",
        fields: &[
            ("board", Text("American Board of Psychiatry and Neurology")),
            ("specialty", Text("Psychiatry")),
            ("body", Text("abms")),
            ("expires", Text("12/31/2030")),
            ("time_unlimited", Tick(false)),
            ("notes", Text("Continuing certification")),
        ],
        refusals: &[
            ("board", Text(""), "board"),
            ("specialty", Text(""), "specialty"),
            ("time_unlimited", Tick(true), "expires"),
            ("expires", Text("2030-12-32"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "board_certification",
            "board": "American Board of Psychiatry and Neurology", "specialty": "Psychiatry",
            "body": "abms", "expires": "2030-12-31", "time_unlimited": false},
            "notes": "Continuing certification"}"#,
    },
    // The same kind again, time-unlimited: the checkbox saved ticked, the expiry left empty.
    Case {
        kind: "board_certification",
        fields: &[
            (
                "board",
                Text("American Osteopathic Board of Family Physicians"),
            ),
            ("specialty", Text("Family medicine")),
            ("body", Text("aoa")),
            ("time_unlimited", Tick(true)),
            ("expires", Text("")),
            ("notes", Text("Lifetime certificate")),
        ],
        refusals: &[("expires", Text("2031-01-01"), "expires")],
        stored: r#"{"detail": {"kind": "board_certification",
            "board": "American Osteopathic Board of Family Physicians",
            "specialty": "Family medicine", "body": "aoa", "expires": null,
            "time_unlimited": true},
            "notes": "Lifetime certificate"}"#,
    },
    Case {
        kind: "imlc_loq",
        fields: &[
            ("principal_state", Text("WI")),
            ("status", Text("issued")),
            ("applied", Text("01/10/2026")),
            ("issued", Text("20260220")),
            ("expires", Text("2027-02-20")),
            ("notes", Text("Letter from the Wisconsin board")),
        ],
        refusals: &[
            ("principal_state", Text(""), "principal_state"),
            ("applied", Text("1/32/2026"), "applied"),
            ("issued", Text("2026-01-01"), "issued"),
            ("expires", Text("2026-02-19"), "expires"),
        ],
        stored: r#"{"detail": {"kind": "imlc_loq", "principal_state": "WI",
            "status": "issued", "applied": "2026-01-10", "issued": "2026-02-20",
            "expires": "2027-02-20"},
            "notes": "Letter from the Wisconsin board"}"#,
    },
    Case {
        kind: "caqh_attestation",
        fields: &[
            ("provider_id", Text("16012345")),
            ("last_attested", Text("10/15/2026")),
            ("notes", Text("Attest every 120 days")),
        ],
        refusals: &[
            ("last_attested", Text(""), "last_attested"),
            ("last_attested", Text("2026-10"), "last_attested"),
        ],
        stored: r#"{"detail": {"kind": "caqh_attestation", "provider_id": "16012345",
            "last_attested": "2026-10-15"},
            "notes": "Attest every 120 days"}"#,
    },
];

/// The six schedule checkboxes of a DEA registration or a state CSR.
const ALL_SCHEDULES: [&str; 6] = ["2", "2N", "3", "3N", "4", "5"];

/// Ticks or clears the checkbox matching `css` by clicking it, as a clinician would.
async fn tick(app: &App, css: &str, on: bool) {
    let element = app.wait_for(css).await;
    let ticked = element.is_selected().await.expect("checked state");
    if ticked != on {
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }
    assert_eq!(
        element.is_selected().await.expect("checked state"),
        on,
        "{css} ticked"
    );
}

/// Chooses exactly the options `values` of the multi-select `id`, as Ctrl-clicking would.
async fn choose(app: &App, id: &str, values: &[&str]) {
    let css = format!("[id='{id}']");
    app.wait_for(&css).await;
    app.client
        .execute(
            "const e = document.querySelector(arguments[0]);
             for (const o of e.options) o.selected = arguments[1].includes(o.value);
             e.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.as_str().into(), serde_json::json!(values)],
        )
        .await
        .unwrap_or_else(|e| panic!("cannot choose in {css}: {e}"));
}

/// Fills the credential form's control `key` (`cred-<key>`).
async fn fill(app: &App, key: &str, value: Fill) {
    let id = format!("cred-{key}");
    match value {
        Text(text) => set(app, &id, text).await,
        Many(values) => choose(app, &id, values).await,
        Tick(on) => tick(app, &format!("[id='{id}']"), on).await,
        Schedules(chosen) => {
            for s in ALL_SCHEDULES {
                let css = format!("input[name='{id}'][value='{s}']");
                tick(app, &css, chosen.contains(&s)).await;
            }
        }
    }
}

/// Clicks Save on a form that must save: the form closes and the list shows `rows` rows.
/// Fails with the problems shown at the fields when it stays open.
async fn saved(app: &App, save: &str, form: &str, row: &str, rows: usize, what: &str) {
    click(app, save).await;
    for _ in 0..100 {
        if count(app, form).await == 0 {
            wait_count(app, row, rows).await;
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{what} was not saved: {:#?}", app.texts(FIELD_ERRORS).await);
}

/// The record as the CLI shows it, compared without its id and with lists in one order
/// (the form keeps choices in the order of its options, the comparison does not depend on it).
fn normalized(record: &Value) -> Value {
    fn sort_lists(v: &mut Value) {
        match v {
            Value::Array(items) => {
                items.iter_mut().for_each(sort_lists);
                items.sort_by_key(Value::to_string);
            }
            Value::Object(map) => map.values_mut().for_each(sort_lists),
            _ => {}
        }
    }
    let mut v = record.clone();
    if let Some(map) = v.as_object_mut() {
        map.remove("id");
    }
    sort_lists(&mut v);
    v
}

/// Proves that every field of every credential kind is saved from the Credentials form
/// exactly as typed — the dates, whichever accepted form they were typed in, as YYYY-MM-DD; a
/// DEA number typed in lower case in capitals; multi-selects, checkboxes and schedules as
/// chosen; the notes — and that each invalid value of `CASES` is refused at its own field
/// (`aria-invalid`, its message linked by `aria-describedby`) with the form left open, the
/// field clearing once its valid value is back. The CLI then finds exactly the credentials of
/// `CASES`, each equal to what was typed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_credential_field_saves_what_is_typed_and_refuses_the_rest_at_the_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    click(&app, "[data-testid='nav-credentials']").await;

    for (saved_before, case) in CASES.iter().enumerate() {
        click(&app, "[data-testid='credential-add']").await;
        set(&app, "cred-kind", case.kind).await;
        for &(key, value) in case.fields {
            fill(&app, key, value).await;
        }
        for &(key, bad, at) in case.refusals {
            fill(&app, key, bad).await;
            click(&app, CRED_SAVE).await;
            let field = format!("[id='cred-{at}']");
            wait_attr(&app, &field, "aria-invalid", "true").await;
            let described = attr(&app, &field, "aria-describedby").await;
            assert!(
                described.contains(&format!("cred-{at}-msg")),
                "{}: the problem with {key} = {bad:?} is shown at {at}: {described:?}",
                case.kind
            );
            assert_eq!(
                count(&app, CRED_FORM).await,
                1,
                "{}: {key} = {bad:?} saved",
                case.kind
            );
            let good = case
                .fields
                .iter()
                .find(|(k, _)| *k == key)
                .map(|&(_, v)| v)
                .unwrap_or_else(|| panic!("{}: no valid value for {key}", case.kind));
            fill(&app, key, good).await;
            // The live check clears the field once its value is valid again.
            wait_attr(&app, &field, "aria-invalid", "").await;
        }
        if case.kind == "malpractice_policy" {
            app.screenshot("every-field-policy").await;
        }
        saved(
            &app,
            CRED_SAVE,
            CRED_FORM,
            CRED_ROW,
            saved_before + 1,
            case.kind,
        )
        .await;
    }
    app.close().await;

    let listing = listing_after_close(dir.path()).await;
    let stored = listing["credentials"].as_array().expect("credentials");
    assert_eq!(
        stored.len(),
        CASES.len(),
        "nothing refused was saved: {listing:#}"
    );
    for case in CASES {
        let want = normalized(&serde_json::from_str(case.stored).expect("expected JSON"));
        let same_kind: Vec<Value> = stored
            .iter()
            .filter(|c| c["detail"]["kind"] == case.kind)
            .map(normalized)
            .collect();
        assert!(
            same_kind.contains(&want),
            "{} stored as typed:\nwant {want:#}\ngot {same_kind:#?}",
            case.kind
        );
    }
}

/// Ticks the jurisdiction `code` in the picker `id`, found by typing its code in the picker's
/// search box as a clinician would; the search is cleared again afterwards.
async fn pick(app: &App, id: &str, code: &str) {
    set(app, &format!("{id}-find"), &code.to_lowercase()).await;
    tick(app, &format!("[id='{id}-{code}']"), true).await;
    set(app, &format!("{id}-find"), "").await;
}

const OFFER_STORED: &str = r#"{"employer": "Cascade Virtual Care", "role": "Telepsychiatrist",
    "patient_jurisdictions": ["ID", "OR", "WA"], "start": "2027-03-01", "end": "2027-12-31",
    "modalities": ["asynchronous", "audio_only"], "controlled_substances": ["2", "4"],
    "in_person_visits": true,
    "employer_malpractice": {"jurisdictions": ["OR", "WA"], "telehealth_covered": "yes",
        "tail": "employer"},
    "fees_reimbursed": true, "pay": "$265k/yr", "notes": "Four clinical days a week"}"#;

/// Proves that every field of the offer form is saved as typed — employer, role, patient
/// jurisdictions picked with the search box, start and end typed in US order and as eight
/// digits, modalities and schedules ticked (video cleared), in-person visits, the employer's
/// malpractice with its jurisdictions, telehealth answer and tail, fees reimbursed, pay and
/// notes — and that invalid values are refused at their fields with nothing saved: an empty
/// employer, no patient jurisdiction, no modality and dates that are not dates before anything
/// is sent; then an end before the start, refused by the core at `end`. The export the CLI
/// prints after the app has closed holds exactly that offer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_offer_field_saves_what_is_typed_and_refuses_the_rest_at_the_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::launch(dir.path()).await;
    // Offers are judged against the profile: the Offers page needs one first.
    click(&app, "[data-testid='nav-profile']").await;
    set(&app, "profile-given_name", "Lena").await;
    set(&app, "profile-family_name", "Okafor").await;
    set(&app, "profile-profession", "md").await;
    click(&app, "[data-testid='profile-save']").await;
    let mut status = Vec::new();
    for _ in 0..100 {
        status = app.texts("[data-testid='profile-status']").await;
        if status.iter().any(|t| t.contains("saved")) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(status.iter().any(|t| t.contains("saved")), "{status:?}");
    click(&app, "[data-testid='nav-offers']").await;
    click(&app, "[data-testid='offer-add']").await;

    // Refused before anything is sent: each problem at its own field.
    set(&app, "offer-employer", "   ").await;
    set(&app, "offer-role", "Telepsychiatrist").await;
    set(&app, "offer-start", "02/30/2027").await;
    set(&app, "offer-end", "2027-13-01").await;
    tick(&app, "#offer-modality-video", false).await;
    click(&app, OFFER_SAVE).await;
    for field in [
        "#offer-employer",
        "#offer-patient_jurisdictions-WA",
        "#offer-start",
        "#offer-end",
        "#offer-modality-video",
    ] {
        wait_attr(&app, field, "aria-invalid", "true").await;
    }
    assert_eq!(count(&app, OFFER_FORM).await, 1, "nothing saved");

    // Every field valid but the end, typed before the start: the core refuses it at `end`.
    set(&app, "offer-employer", "Cascade Virtual Care").await;
    for code in ["WA", "OR", "ID"] {
        pick(&app, "offer-patient_jurisdictions", code).await;
    }
    set(&app, "offer-start", "03/01/2027").await;
    set(&app, "offer-end", "2027-02-01").await;
    tick(&app, "#offer-modality-audio_only", true).await;
    tick(&app, "#offer-modality-asynchronous", true).await;
    for s in ALL_SCHEDULES {
        let css = format!("[id='offer-schedule-{s}']");
        tick(&app, &css, s == "2" || s == "4").await;
    }
    tick(&app, "#offer-in_person_visits", true).await;
    set(&app, "offer-malpractice", "employer").await;
    for code in ["WA", "OR"] {
        pick(&app, "offer-malpractice-jurisdictions", code).await;
    }
    set(&app, "offer-malpractice-telehealth", "yes").await;
    set(&app, "offer-malpractice-tail", "employer").await;
    tick(&app, "#offer-fees_reimbursed", true).await;
    set(&app, "offer-pay", "$265k/yr").await;
    set(&app, "offer-notes", "Four clinical days a week").await;
    click(&app, OFFER_SAVE).await;
    wait_attr(&app, "#offer-end", "aria-invalid", "true").await;
    assert_eq!(
        attr(&app, "#offer-end", "aria-describedby").await,
        "offer-end-hint offer-end-msg"
    );
    for field in [
        "#offer-employer",
        "#offer-patient_jurisdictions-WA",
        "#offer-start",
        "#offer-modality-audio_only",
    ] {
        wait_attr(&app, field, "aria-invalid", "").await;
    }
    assert_eq!(count(&app, OFFER_FORM).await, 1, "nothing saved");
    app.screenshot("every-field-offer").await;

    set(&app, "offer-end", "20271231").await;
    saved(&app, OFFER_SAVE, OFFER_FORM, OFFER_ROW, 1, "the offer").await;
    app.close().await;

    let listing = listing_after_close(dir.path()).await;
    assert_eq!(listing["credentials"], serde_json::json!([]), "{listing}");
    let out = licensure(dir.path(), &["export"]);
    assert!(out.status.success(), "export: {out:?}");
    let document: Value = serde_json::from_str(&stdout(&out)).expect("export JSON");
    let offers = document["offers"].as_array().expect("offers");
    assert_eq!(
        offers.len(),
        1,
        "only the valid offer was saved: {document:#}"
    );
    let want = normalized(&serde_json::from_str(OFFER_STORED).expect("expected JSON"));
    assert_eq!(normalized(&offers[0]), want, "the offer stored as typed");
}
