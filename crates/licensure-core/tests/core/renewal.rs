//! Recording a renewal where it falls due: which deadlines are renewed and which only
//! acknowledged, the date proposed one cycle later from the reference data, and the
//! credential with the renewal recorded.

use licensure_core::deadline::{action_for, deadlines, renewed, DeadlineAction, RenewError};
use licensure_core::model::{Credential, CredentialDetail};
use licensure_core::reference::Dataset;

use crate::reference::{bundled, date};

fn sample() -> (
    licensure_core::model::Profile,
    Vec<Credential>,
    Vec<licensure_core::model::Offer>,
) {
    let doc: serde_json::Value = serde_json::from_str(include_str!(
        "../../../licensure-store/src/sample/clinician.json"
    ))
    .expect("sample");
    (
        serde_json::from_value(doc["profile"].clone()).expect("profile"),
        serde_json::from_value(doc["credentials"].clone()).expect("credentials"),
        serde_json::from_value(doc["offers"].clone()).expect("offers"),
    )
}

fn action(data: &Dataset, id: &str) -> DeadlineAction {
    let (profile, credentials, offers) = sample();
    let today = date("2026-11-26");
    let all = deadlines(Some(&profile), &credentials, &offers, data, today);
    let Some(d) = all.iter().find(|d| d.id == id) else {
        panic!(
            "no deadline {id} in {:?}",
            all.iter().map(|d| &d.id).collect::<Vec<_>>()
        );
    };
    let credential = d
        .credential_id
        .as_deref()
        .and_then(|c| credentials.iter().find(|x| x.id == c));
    action_for(d, credential, Some(&profile), data, today)
}

#[test]
fn each_deadline_is_renewed_with_a_proposal_or_only_acknowledged() {
    let data = bundled();
    // (deadline of the sample clinician, expected action)
    let renew = |d: &str| DeadlineAction::Renew {
        proposed: Some(date(d)),
    };
    let cases: Vec<(&str, DeadlineAction)> = vec![
        // Texas renews every two years (the reference data): one cycle later.
        ("c1:expiry:2027-02-28", renew("2029-02-28")),
        // DEA: three years (21 U.S.C. 822, the reference data).
        ("c4:expiry:2027-03-31", renew("2030-03-31")),
        // A one-year policy: one more year, whole months across the leap day.
        ("c6:malpractice_ends:2027-07-01", renew("2028-07-01")),
        // A board certification's cycle is not in the data: asked, not proposed.
        (
            "c7:board_cert_expires:2029-12-31",
            DeadlineAction::Renew { proposed: None },
        ),
        // CAQH: attested today.
        ("c8:caqh_reattest:2027-01-13", renew("2026-11-26")),
        // Not renewed: a window opening, a tail decision, a federal rule's end.
        (
            "c1:renewal_window_opens:2026-11-30",
            DeadlineAction::Acknowledge,
        ),
        ("c6:tail_decision:2027-07-01", DeadlineAction::Acknowledge),
        (
            "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
            DeadlineAction::Acknowledge,
        ),
    ];
    for (id, expected) in cases {
        assert_eq!(action(&data, id), expected, "{id}");
    }
}

fn credential(id: &str) -> Credential {
    let (_, credentials, _) = sample();
    credentials
        .into_iter()
        .find(|c| c.id == id)
        .expect("sample credential")
}

#[test]
fn a_renewal_records_the_new_date_and_nothing_else() {
    // License: the expiry moves, number and status stay.
    let license = renewed(&credential("c1"), date("2029-02-28")).expect("renewed");
    let CredentialDetail::StateLicense(l) = &license.detail else {
        panic!("a license")
    };
    assert_eq!(l.expires, Some(date("2029-02-28")));
    let CredentialDetail::StateLicense(before) = &credential("c1").detail else {
        panic!()
    };
    assert_eq!(
        (l.number.as_str(), l.status),
        (before.number.as_str(), before.status)
    );

    // Policy: the new period runs from the old end to the new one.
    let policy = renewed(&credential("c6"), date("2028-07-01")).expect("renewed");
    let CredentialDetail::MalpracticePolicy(p) = &policy.detail else {
        panic!("a policy")
    };
    assert_eq!(
        (p.period_start, p.period_end),
        (date("2027-07-01"), date("2028-07-01"))
    );

    // CAQH: the attestation's date.
    let caqh = renewed(&credential("c8"), date("2026-11-26")).expect("renewed");
    let CredentialDetail::CaqhAttestation(c) = &caqh.detail else {
        panic!("CAQH")
    };
    assert_eq!(c.last_attested, date("2026-11-26"));
}

#[test]
fn a_renewal_to_a_date_not_after_the_current_one_is_refused() {
    // (credential, new date, the current date it must pass)
    let cases: Vec<(&str, &str, &str)> = vec![
        ("c1", "2027-02-28", "2027-02-28"),
        ("c1", "2026-01-01", "2027-02-28"),
        ("c4", "2027-03-30", "2027-03-31"),
        ("c6", "2027-07-01", "2027-07-01"),
    ];
    for (id, new, current) in cases {
        let got = renewed(&credential(id), date(new));
        assert_eq!(
            got,
            Err(RenewError::NotLater {
                new: date(new),
                current: date(current)
            }),
            "{id} to {new}"
        );
    }
}
