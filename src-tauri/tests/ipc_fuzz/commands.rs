//! The table of commands: every command the app declares, with its arguments and a valid
//! value for each, checked against the list in `build.rs`.

use licensure_core::reminder::ReminderSettings;
use serde_json::{json, Map, Value};

/// What an argument holds, for its valid value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg {
    Jurisdiction,
    DeadlineId,
    FutureDate,
    Bool,
    ReminderSettings,
    Profile,
    Credential,
    NewCredentials,
    CredentialId,
    /// A list of credential ids (the packet's choice).
    CredentialIds,
    Offer,
    OfferId,
    /// An attachment id no document has: the viewer is never started.
    AttachmentId,
    /// A checked answer in the fact's own terms.
    CheckedAnswer,
    /// A checked answer's id.
    AnswerId,
    /// A CME activity (new: no id).
    CmeActivity,
    CmeActivityId,
    /// Transcript rows to add (no ids).
    CmeActivities,
}

/// Every command with its arguments (the keys the UI sends: camelCase).
pub(crate) const COMMANDS: &[(&str, &[(&str, Arg)])] = &[
    ("overview", &[]),
    ("restore_latest_backup", &[]),
    ("reference_index", &[]),
    ("reference", &[("jurisdiction", Arg::Jurisdiction)]),
    ("deadlines", &[]),
    ("imlc", &[]),
    ("offers", &[]),
    ("offer_detail", &[("id", Arg::OfferId)]),
    ("path", &[("jurisdiction", Arg::Jurisdiction)]),
    ("deadline_marks", &[]),
    (
        "snooze_deadline",
        &[("deadlineId", Arg::DeadlineId), ("until", Arg::FutureDate)],
    ),
    ("mark_deadline_done", &[("deadlineId", Arg::DeadlineId)]),
    ("clear_deadline_mark", &[("deadlineId", Arg::DeadlineId)]),
    ("reminder_settings", &[]),
    (
        "save_reminder_settings",
        &[("settings", Arg::ReminderSettings)],
    ),
    ("reminder_failures", &[]),
    ("dismiss_reminder_failures", &[]),
    ("save_calendar", &[("includeNumbers", Arg::Bool)]),
    ("export_records", &[]),
    ("packet_choices", &[("offerId", Arg::OfferId)]),
    (
        "save_packet",
        &[
            ("offerId", Arg::OfferId),
            ("credentialIds", Arg::CredentialIds),
        ],
    ),
    ("autostart", &[]),
    ("set_autostart", &[("enabled", Arg::Bool)]),
    ("save_profile", &[("profile", Arg::Profile)]),
    ("save_credential", &[("credential", Arg::Credential)]),
    (
        "renew_credential",
        &[("id", Arg::CredentialId), ("until", Arg::FutureDate)],
    ),
    ("delete_credential", &[("id", Arg::CredentialId)]),
    ("restore_credential", &[("credential", Arg::Credential)]),
    ("validate_credential", &[("credential", Arg::Credential)]),
    ("save_offer", &[("offer", Arg::Offer)]),
    ("delete_offer", &[("id", Arg::OfferId)]),
    ("load_sample", &[]),
    ("authority_map", &[]),
    ("import_csv", &[("credentials", Arg::NewCredentials)]),
    ("list_attachments", &[("credentialId", Arg::CredentialId)]),
    ("orphaned_attachments", &[]),
    ("remove_attachment", &[("id", Arg::AttachmentId)]),
    ("open_attachment", &[("id", Arg::AttachmentId)]),
    ("about", &[]),
    ("data_status", &[]),
    ("revert_data_pack", &[]),
    ("checked_answers", &[]),
    ("save_checked_answer", &[("answer", Arg::CheckedAnswer)]),
    ("delete_checked_answer", &[("id", Arg::AnswerId)]),
    ("cme_overview", &[]),
    ("save_cme_activity", &[("activity", Arg::CmeActivity)]),
    ("delete_cme_activity", &[("id", Arg::CmeActivityId)]),
    ("restore_cme_activity", &[("activity", Arg::CmeActivity)]),
    ("import_cme_csv", &[("activities", Arg::CmeActivities)]),
];

/// Commands that take a raw body and headers instead of JSON arguments.
pub(crate) const DOCUMENT_COMMANDS: &[&str] = &[
    "add_attachment",
    "preview_csv",
    "preview_cme_csv",
    "install_data_pack",
];

pub(crate) fn sample() -> Value {
    serde_json::from_str(include_str!(
        "../../../crates/licensure-store/src/sample/clinician.json"
    ))
    .expect("sample")
}

pub(crate) fn valid(arg: Arg) -> Value {
    let sample = sample();
    match arg {
        Arg::Jurisdiction => json!("TX"),
        Arg::DeadlineId => json!("credential/c1/expires"),
        Arg::FutureDate => json!("2099-01-01"),
        Arg::Bool => json!(false),
        Arg::ReminderSettings => serde_json::to_value(ReminderSettings::default()).unwrap(),
        Arg::Profile => sample["profile"].clone(),
        Arg::Credential => sample["credentials"][0].clone(),
        Arg::CredentialId => sample["credentials"][0]["id"].clone(),
        Arg::CredentialIds => json!([
            sample["credentials"][0]["id"],
            sample["credentials"][1]["id"]
        ]),
        Arg::NewCredentials => json!([{
            "id": "",
            "detail": {
                "kind": "state_license", "jurisdiction": "CA", "license_type": "MD",
                "number": "A123456", "status": "active", "restriction_notes": "",
                "issued": "2021-03-01", "expires": "2027-04-30", "route": "direct"
            },
            "notes": ""
        }]),
        Arg::Offer => sample["offers"][0].clone(),
        Arg::OfferId => sample["offers"][0]["id"].clone(),
        Arg::AttachmentId => json!("no-such-attachment"),
        Arg::CheckedAnswer => json!({
            "id": "", "jurisdiction": "RI", "checked_on": "2026-01-05", "note": "",
            "answer": { "fact": "malpractice", "value": {
                "rule": "mandate", "min_per_claim_usd": 200000, "min_aggregate_usd": 600000 } },
            "source": { "kind": "phone_call", "person": "Dana Reyes" }
        }),
        Arg::AnswerId => json!("a-none"),
        Arg::CmeActivity => json!({
            "id": "", "title": "Safe opioid prescribing", "provider": "State medical society",
            "completed": "2026-01-15", "hours": 2.5, "category": "ama_pra_category_1",
            "topics": ["pain_management", "controlled_substance_prescribing"], "note": ""
        }),
        Arg::CmeActivityId => json!("no-such-activity"),
        Arg::CmeActivities => json!([{
            "id": "", "title": "Grand rounds", "provider": "", "completed": "2026-02-01",
            "hours": 1, "category": "ama_pra_category_2", "topics": [], "note": ""
        }]),
    }
}

pub(crate) fn valid_args(args: &[(&str, Arg)]) -> Map<String, Value> {
    args.iter()
        .map(|(k, a)| ((*k).to_string(), valid(*a)))
        .collect()
}

/// The commands declared in build.rs (the list capabilities grant).
pub(crate) fn declared_commands() -> Vec<String> {
    let build = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/build.rs"))
        .expect("build.rs");
    let start = build.find(".commands(&[").expect("commands in build.rs") + ".commands(&[".len();
    let end = start + build[start..].find("])").expect("end of the list");
    build[start..end]
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}
