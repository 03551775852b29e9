//! Scenario fixture: the physician, license, nationwide policy and plain offer judged
//! against the bundled data; shared with the checked-answer tests.

use crate::compact_fixture::credential;
use crate::reference::date;
use chrono::NaiveDate;
use licensure_core::jurisdiction::JurisdictionKind;
use licensure_core::model::{
    Answer, Coverage, Credential, CredentialDetail, DeaRegistration, Education, ExamAttempts,
    ExamComponent, History, LicenseRoute, LicenseStatus, MalpracticePolicy, MedicalSchool,
    Modality, Offer, PolicyBasis, Profession, Profile, Schedule, StateLicense, Tail,
};
use licensure_core::reason::Outcome;
use licensure_core::reference::Dataset;
use licensure_core::verdict::{
    evaluate_offer, outline_offers, OfferOutline, OfferVerdict, StateVerdict,
};
use licensure_core::Jurisdiction;

pub(crate) fn today() -> NaiveDate {
    date("2026-12-07")
}

pub(crate) fn physician() -> Profile {
    Profile {
        given_name: "Ana".into(),
        family_name: "Ruiz".into(),
        profession: Profession::Md,
        npi: None,
        residence: None,
        employer_jurisdiction: None,
        tax_jurisdiction: None,
        practice_shares: Vec::new(),
        education: Education {
            school: MedicalSchool::Accredited,
            gme_completed: Answer::Yes,
        },
        exam_attempts: vec![ExamAttempts {
            component: ExamComponent::UsmleStep3,
            attempts: 1,
        }],
        history: History {
            discipline: Answer::No,
            criminal: Answer::No,
            controlled_substance_action: Answer::No,
            open_investigation: Answer::No,
        },
    }
}

/// An active MD license in `j`, valid for years.
pub(crate) fn license(j: Jurisdiction) -> Credential {
    credential(
        &format!("lic-{j}"),
        CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: "MD".into(),
            number: "A12345".into(),
            status: LicenseStatus::Active,
            restriction_notes: String::new(),
            issued: Some(date("2020-01-01")),
            expires: Some(date("2029-12-31")),
            route: LicenseRoute::Direct,
        }),
    )
}

/// A nationwide $1M/$3M occurrence policy covering telehealth, through 2028.
pub(crate) fn nationwide_policy() -> Credential {
    credential(
        "policy",
        CredentialDetail::MalpracticePolicy(MalpracticePolicy {
            carrier: "Prudent Mutual".into(),
            policy_number: "PM-1".into(),
            basis: PolicyBasis::Occurrence,
            retroactive_date: None,
            per_claim_limit: Some(1_000_000),
            aggregate_limit: Some(3_000_000),
            coverage: Coverage::Nationwide,
            telehealth_covered: Answer::Yes,
            period_start: date("2026-01-01"),
            period_end: date("2028-12-31"),
            tail: Tail::None,
            employer_provided: false,
            compensation_funds: Vec::new(),
        }),
    )
}

pub(super) fn dea(j: Jurisdiction) -> Credential {
    credential(
        &format!("dea-{j}"),
        CredentialDetail::DeaRegistration(DeaRegistration {
            number: "BR1234563".into(),
            jurisdiction: j,
            schedules: Schedule::ALL.to_vec(),
            expires: Some(date("2029-06-30")),
        }),
    )
}

/// A plain video offer for patients in `j`, no controlled substances, all of 2027.
pub(crate) fn plain_offer(j: Jurisdiction) -> Offer {
    Offer {
        id: format!("plain-{j}"),
        employer: "Northwind Telehealth".into(),
        role: "Telehealth physician".into(),
        patient_jurisdictions: vec![j],
        start: date("2027-01-04"),
        end: Some(date("2027-12-31")),
        modalities: vec![Modality::Video],
        controlled_substances: Vec::new(),
        in_person_visits: false,
        employer_malpractice: None,
        fees_reimbursed: false,
        pay: String::new(),
        notes: String::new(),
    }
}

pub(super) fn states_and_dc() -> impl Iterator<Item = Jurisdiction> {
    Jurisdiction::ALL
        .iter()
        .copied()
        .filter(|j| j.kind() != JurisdictionKind::Territory)
}

/// The offer's verdict, after checking that its outline (judged without explanations, as
/// the offers list is) says the same.
pub(crate) fn judge(offer: &Offer, credentials: &[Credential], data: &Dataset) -> OfferVerdict {
    let verdict = evaluate_offer(offer, &physician(), credentials, data, today());
    let outline = outline_offers(
        std::slice::from_ref(offer),
        &physician(),
        credentials,
        data,
        today(),
    );
    assert_eq!(
        outline,
        [OfferOutline::from(verdict.clone())],
        "the outline differs from the full verdict"
    );
    verdict
}

pub(super) fn state(verdict: &OfferVerdict, j: Jurisdiction) -> &StateVerdict {
    match verdict.states.iter().find(|s| s.jurisdiction == j) {
        Some(s) => s,
        None => panic!("no verdict for {j}"),
    }
}

/// The reasons that keep a state from "met", as (code, outcome).
pub(super) fn open_reasons(s: &StateVerdict) -> Vec<(String, Outcome)> {
    s.reasons
        .iter()
        .filter(|r| !matches!(r.outcome, Outcome::Met))
        .map(|r| (r.code.to_string(), r.outcome))
        .collect()
}

pub(super) fn prescribing_offer(
    j: Jurisdiction,
    schedules: &[Schedule],
    modalities: &[Modality],
) -> Offer {
    Offer {
        controlled_substances: schedules.to_vec(),
        modalities: modalities.to_vec(),
        ..plain_offer(j)
    }
}
