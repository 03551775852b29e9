//! Verdict fixture: the clinician's credentials and the offers judged.

use super::fixture::{d, dataset, today};
use crate::compact_fixture::credential;
use chrono::NaiveDate;
use licensure_core::model::{
    Answer, Compact, CompactPrivilege, Coverage, Credential, CredentialDetail, DeaRegistration,
    LicenseRoute, LicenseStatus, MalpracticePolicy, Modality, Offer, PolicyBasis, Profession,
    Profile, Schedule, StateCsr, StateLicense, Tail, TelehealthRegistration,
};
use licensure_core::verdict::{evaluate_offer, OfferVerdict};
use licensure_core::Jurisdiction::{self, AL, TX};

pub(super) fn profile(profession: Profession) -> Profile {
    Profile {
        given_name: "Ada".to_string(),
        family_name: "Quill".to_string(),
        profession,
        npi: Some("1234567893".to_string()),
        residence: Some(TX),
        employer_jurisdiction: None,
        tax_jurisdiction: None,
        practice_shares: Vec::new(),
        education: Default::default(),
        exam_attempts: Vec::new(),
        history: Default::default(),
    }
}

/// Credential numbers in the fixture; no message may contain them.
pub(super) const NUMBERS: &[&str] = &[
    "LIC-4455667",
    "FQ1234563",
    "CSR-998877",
    "POL-55501",
    "NLC-777333",
    "TR-31337",
];

pub(super) fn license(
    id: &str,
    j: Jurisdiction,
    kind: &str,
    status: LicenseStatus,
    expires: NaiveDate,
) -> Credential {
    credential(
        id,
        CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: kind.to_string(),
            number: NUMBERS[0].to_string(),
            status,
            restriction_notes: "No prescribing of schedule 2 (order 12345)".to_string(),
            issued: Some(d(2020, 1, 1)),
            expires: Some(expires),
            route: LicenseRoute::Direct,
        }),
    )
}

pub(super) fn md_license(j: Jurisdiction, expires: NaiveDate) -> Credential {
    license(&format!("lic-{j}"), j, "MD", LicenseStatus::Active, expires)
}

pub(super) fn dea(j: Jurisdiction, schedules: &[Schedule], expires: NaiveDate) -> Credential {
    credential(
        &format!("dea-{j}"),
        CredentialDetail::DeaRegistration(DeaRegistration {
            number: NUMBERS[1].to_string(),
            jurisdiction: j,
            schedules: schedules.to_vec(),
            expires: Some(expires),
        }),
    )
}

pub(super) fn state_csr(j: Jurisdiction, schedules: &[Schedule], expires: NaiveDate) -> Credential {
    credential(
        &format!("csr-{j}"),
        CredentialDetail::StateCsr(StateCsr {
            jurisdiction: j,
            number: NUMBERS[2].to_string(),
            schedules: schedules.to_vec(),
            issued: Some(d(2025, 1, 1)),
            expires: Some(expires),
        }),
    )
}

pub(super) struct PolicyTerms {
    pub(super) coverage: Coverage,
    pub(super) telehealth: Answer,
    pub(super) end: NaiveDate,
    pub(super) basis: PolicyBasis,
    pub(super) tail: Tail,
    pub(super) limits: Option<(u64, u64)>,
}

pub(super) fn policy_terms() -> PolicyTerms {
    PolicyTerms {
        coverage: Coverage::Nationwide,
        telehealth: Answer::Yes,
        end: d(2027, 12, 31),
        basis: PolicyBasis::Occurrence,
        tail: Tail::None,
        limits: Some((1_000_000, 3_000_000)),
    }
}

pub(super) fn policy(terms: PolicyTerms) -> Credential {
    credential(
        "policy",
        CredentialDetail::MalpracticePolicy(MalpracticePolicy {
            carrier: "Prudent Mutual".to_string(),
            policy_number: NUMBERS[3].to_string(),
            basis: terms.basis,
            retroactive_date: None,
            per_claim_limit: terms.limits.map(|l| l.0),
            aggregate_limit: terms.limits.map(|l| l.1),
            coverage: terms.coverage,
            telehealth_covered: terms.telehealth,
            period_start: d(2026, 1, 1),
            period_end: terms.end,
            tail: terms.tail,
            employer_provided: false,
            compensation_funds: Vec::new(),
        }),
    )
}

/// `policy` recording that it takes part in these states' compensation funds.
pub(super) fn with_funds(mut policy: Credential, states: &[Jurisdiction]) -> Credential {
    if let CredentialDetail::MalpracticePolicy(p) = &mut policy.detail {
        p.compensation_funds = states.to_vec();
    }
    policy
}

pub(super) fn nlc_privilege(expires: NaiveDate) -> Credential {
    credential(
        "nlc",
        CredentialDetail::CompactPrivilege(CompactPrivilege {
            compact: Compact::Nlc,
            home_state: TX,
            privilege_states: Vec::new(),
            number: NUMBERS[4].to_string(),
            issued: Some(d(2024, 1, 1)),
            expires: Some(expires),
        }),
    )
}

pub(super) fn telehealth_registration(j: Jurisdiction, expires: NaiveDate) -> Credential {
    credential(
        &format!("reg-{j}"),
        CredentialDetail::TelehealthRegistration(TelehealthRegistration {
            jurisdiction: j,
            number: NUMBERS[5].to_string(),
            issued: Some(d(2025, 1, 1)),
            expires: Some(expires),
            limits: String::new(),
        }),
    )
}

/// A physician fully credentialed in Texas through 2028, with a nationwide policy.
pub(super) fn tx_physician() -> Vec<Credential> {
    vec![
        md_license(TX, d(2028, 2, 28)),
        dea(TX, Schedule::ALL, d(2028, 5, 31)),
        policy(policy_terms()),
    ]
}

pub(super) fn with(mut base: Vec<Credential>, extra: Vec<Credential>) -> Vec<Credential> {
    base.extend(extra);
    base
}

/// Drops the credentials with these ids.
pub(super) fn without(base: Vec<Credential>, ids: &[&str]) -> Vec<Credential> {
    base.into_iter()
        .filter(|c| !ids.contains(&c.id.as_str()))
        .collect()
}

/// A video-only offer, no controlled substances, own malpractice, July to December 2026.
pub(super) fn offer(states: &[Jurisdiction]) -> Offer {
    Offer {
        id: "offer-1".to_string(),
        employer: "Northwind Telehealth".to_string(),
        role: "Telehealth physician".to_string(),
        patient_jurisdictions: states.to_vec(),
        start: d(2026, 7, 1),
        end: Some(d(2026, 12, 31)),
        modalities: vec![Modality::Video],
        controlled_substances: Vec::new(),
        in_person_visits: false,
        employer_malpractice: None,
        fees_reimbursed: false,
        pay: String::new(),
        notes: String::new(),
    }
}

pub(super) fn cs_offer(states: &[Jurisdiction], schedules: &[Schedule]) -> Offer {
    Offer {
        controlled_substances: schedules.to_vec(),
        ..offer(states)
    }
}

pub(super) fn dated(o: Offer, start: NaiveDate, end: Option<NaiveDate>) -> Offer {
    Offer { start, end, ..o }
}

/// A Texas physician also licensed and registered in Alabama (and `extra`), judged for a
/// Texas and Alabama offer with controlled substances.
pub(super) fn texas_and_alabama(extra: Vec<Credential>) -> (Vec<Credential>, OfferVerdict) {
    let alabama = vec![
        md_license(AL, d(2028, 1, 31)),
        dea(AL, Schedule::ALL, d(2028, 1, 31)),
        state_csr(AL, Schedule::ALL, d(2027, 12, 31)),
    ];
    let credentials = with(with(tx_physician(), alabama), extra);
    let verdict = evaluate_offer(
        &cs_offer(&[TX, AL], &[Schedule::S4]),
        &profile(Profession::Md),
        &credentials,
        &dataset(),
        today(),
    );
    (credentials, verdict)
}
