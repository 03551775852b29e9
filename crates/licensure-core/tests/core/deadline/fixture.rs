//! Deadline fixture: dates, facts, a small dataset, credentials and offers; shared with the
//! reminder and calendar tests.

use crate::compact_fixture::credential;
use chrono::NaiveDate;
use licensure_core::deadline::{deadlines, Deadline};
use licensure_core::model::{
    Answer, BoardCertification, CaqhAttestation, CertifyingBody, Compact, CompactPrivilege,
    Coverage, Credential, CredentialDetail, DeaRegistration, Education, History, ImlcLoq,
    LicenseRoute, LicenseStatus, LoqStatus, MalpracticePolicy, Offer, PolicyBasis, Profession,
    Profile, Schedule, StateCsr, StateLicense, Tail, TelehealthRegistration,
};
use licensure_core::reference::{
    Confidence, CsrRequirement, Dataset, DatedRule, ExpiryRule, Fact, FederalFacts,
    FullLicenseFacts, ImlcRules, JurisdictionFacts, MalpracticeRequirement, MalpracticeRule,
    RenewalCycle, TelehealthAnswer,
};
use licensure_core::Jurisdiction::{self, TX};

pub fn d(text: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) => date,
        Err(e) => panic!("bad test date {text}: {e}"),
    }
}

pub(super) fn fact<T>(value: T, source: &str) -> Fact<T> {
    Fact {
        value: Some(value),
        sources: [source.to_string()].into(),
        as_of: d("2026-06-01"),
        confidence: Confidence::Verified,
        note: String::new(),
    }
}

/// The same fact with its value withheld by its confidence (unknown or conflicting).
pub(super) fn doubtful<T>(mut fact: Fact<T>, confidence: Confidence) -> Fact<T> {
    fact.confidence = confidence;
    if confidence == Confidence::Unknown {
        fact.value = None;
    }
    fact
}

pub const DEA_WINDOW_SOURCE: &str =
    "https://www.ecfr.gov/current/title-21/chapter-II/part-1301/section-1301.13";
pub const LOQ_SOURCE: &str = "https://imlcc.org/what-is-the-process/";
pub const RULE_SOURCE: &str =
    "https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm";
pub const TX_RENEWAL_SOURCE: &str =
    "https://www.tmb.state.tx.us/apply-renew/physician/physician-renewal";

pub(super) fn texas() -> JurisdictionFacts {
    JurisdictionFacts {
        jurisdiction: TX,
        medical_board_url: "https://www.tmb.state.tx.us/".to_string(),
        compacts: Default::default(),
        telehealth_answer: fact(TelehealthAnswer::NoRoute, "https://www.tmb.state.tx.us/"),
        telehealth_routes: Vec::new(),
        telehealth_prescribing: Fact {
            value: None,
            sources: vec!["https://www.tmb.state.tx.us/".to_string()].into(),
            as_of: d("2026-10-07"),
            confidence: Confidence::Unknown,
            note: "Not needed here.".to_string(),
        },
        csr: fact(
            CsrRequirement {
                required: false,
                agency: String::new(),
                fee_usd: None,
                cycle_years: None,
                renews_with_license: false,
                expiry: String::new(),
                typical_days: None,
                required_for_telehealth_prescribers: None,
            },
            "https://www.tmb.state.tx.us/",
        ),
        malpractice: fact(
            MalpracticeRequirement {
                rule: MalpracticeRule::None,
                min_per_claim_usd: None,
                min_aggregate_usd: None,
                fund: None,
                alternatives: String::new(),
                applies_to_telehealth: None,
            },
            "https://www.tmb.state.tx.us/",
        ),
        medical_renewal: fact(
            RenewalCycle {
                cycle_years: 2,
                expiry_rule: ExpiryRule::BirthMonth,
                window_days: Some(90),
                fee_usd: None,
            },
            TX_RENEWAL_SOURCE,
        ),
        full_license: fact(
            FullLicenseFacts {
                fee_usd: None,
                typical_days: None,
                time_drivers: Vec::new(),
                imlc_fee_usd: None,
            },
            "https://www.tmb.state.tx.us/",
        ),
        cme: None,
    }
}

/// A small dataset: DEA window 60 days, LOQ valid 365 days, TX medical renewal opening 90
/// days before expiry, the DEA telemedicine flexibilities until 2026-12-31.
pub fn dataset() -> Dataset {
    Dataset {
        as_of: d("2026-06-01"),
        federal: FederalFacts {
            dea_per_state: fact(true, DEA_WINDOW_SOURCE),
            dea_cycle_years: fact(3, DEA_WINDOW_SOURCE),
            dea_renewal_window_days: fact(60, DEA_WINDOW_SOURCE),
            dea_fee_usd: fact(888, DEA_WINDOW_SOURCE),
            telemedicine_rules: vec![fact(
                DatedRule {
                    id: "dea_telemedicine_flexibilities".to_string(),
                    name: "DEA telemedicine flexibilities".to_string(),
                    effective_from: d("2020-03-16"),
                    effective_until: Some(d("2026-12-31")),
                    summary: "Controlled substances by telemedicine without an in-person visit."
                        .to_string(),
                },
                RULE_SOURCE,
            )],
            mate_act: None,
        },
        imlc: ImlcRules {
            loq_fee_usd: fact(700, LOQ_SOURCE),
            loq_validity_days: fact(365, LOQ_SOURCE),
            max_exam_attempts: fact(3, LOQ_SOURCE),
            min_practice_share_percent: fact(25, LOQ_SOURCE),
            board_certification_required: fact(true, LOQ_SOURCE),
        },
        compacts: Vec::new(),
        jurisdictions: vec![texas()],
    }
}

pub fn license(id: &str, j: Jurisdiction, kind: &str, expires: &str) -> Credential {
    license_with(id, j, kind, LicenseStatus::Active, Some(d(expires)))
}

pub(super) fn license_with(
    id: &str,
    j: Jurisdiction,
    kind: &str,
    status: LicenseStatus,
    expires: Option<NaiveDate>,
) -> Credential {
    credential(
        id,
        CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: kind.to_string(),
            number: "Q77123".to_string(),
            status,
            restriction_notes: String::new(),
            issued: None,
            expires,
            route: LicenseRoute::Direct,
        }),
    )
}

pub fn dea(id: &str, j: Jurisdiction, expires: &str) -> Credential {
    credential(
        id,
        CredentialDetail::DeaRegistration(DeaRegistration {
            number: "AB1234563".to_string(),
            jurisdiction: j,
            schedules: Schedule::ALL.to_vec(),
            expires: Some(d(expires)),
        }),
    )
}

pub(super) fn csr(id: &str, j: Jurisdiction, expires: &str) -> Credential {
    credential(
        id,
        CredentialDetail::StateCsr(StateCsr {
            jurisdiction: j,
            number: "CSR-55501".to_string(),
            schedules: Vec::new(),
            issued: None,
            expires: Some(d(expires)),
        }),
    )
}

pub fn malpractice(id: &str, basis: PolicyBasis, tail: Tail, end: &str) -> Credential {
    credential(
        id,
        CredentialDetail::MalpracticePolicy(MalpracticePolicy {
            carrier: "Lone Star Mutual".to_string(),
            policy_number: "PL-900417".to_string(),
            basis,
            retroactive_date: None,
            per_claim_limit: Some(1_000_000),
            aggregate_limit: Some(3_000_000),
            coverage: Coverage::Nationwide,
            telehealth_covered: Answer::Yes,
            period_start: d("2026-01-01"),
            period_end: d(end),
            tail,
            employer_provided: false,
            compensation_funds: Vec::new(),
        }),
    )
}

pub fn board(id: &str, specialty: &str, expires: Option<&str>, unlimited: bool) -> Credential {
    credential(
        id,
        CredentialDetail::BoardCertification(BoardCertification {
            board: "American Board of Internal Medicine".to_string(),
            specialty: specialty.to_string(),
            body: CertifyingBody::Abms,
            expires: expires.map(d),
            time_unlimited: unlimited,
        }),
    )
}

pub fn loq(id: &str, status: LoqStatus, issued: Option<&str>, expires: Option<&str>) -> Credential {
    credential(
        id,
        CredentialDetail::ImlcLoq(ImlcLoq {
            principal_state: TX,
            status,
            applied: None,
            issued: issued.map(d),
            expires: expires.map(d),
        }),
    )
}

pub fn caqh(id: &str, last: &str) -> Credential {
    credential(
        id,
        CredentialDetail::CaqhAttestation(CaqhAttestation {
            provider_id: "16000042".to_string(),
            last_attested: d(last),
        }),
    )
}

pub(super) fn nlc(id: &str, home: Jurisdiction, expires: &str) -> Credential {
    credential(
        id,
        CredentialDetail::CompactPrivilege(CompactPrivilege {
            compact: Compact::Nlc,
            home_state: home,
            privilege_states: Vec::new(),
            number: "NLC-31337".to_string(),
            issued: None,
            expires: Some(d(expires)),
        }),
    )
}

pub(super) fn telehealth(id: &str, j: Jurisdiction, expires: &str) -> Credential {
    credential(
        id,
        CredentialDetail::TelehealthRegistration(TelehealthRegistration {
            jurisdiction: j,
            number: "TR-4242".to_string(),
            issued: None,
            expires: Some(d(expires)),
            limits: String::new(),
        }),
    )
}

pub fn offer(id: &str, controlled: bool, end: Option<&str>) -> Offer {
    Offer {
        id: id.to_string(),
        employer: "Prairie Telehealth".to_string(),
        role: "Psychiatrist".to_string(),
        patient_jurisdictions: vec![TX],
        start: d("2026-09-01"),
        end: end.map(d),
        modalities: Vec::new(),
        controlled_substances: if controlled {
            vec![Schedule::S2]
        } else {
            Vec::new()
        },
        in_person_visits: false,
        employer_malpractice: None,
        fees_reimbursed: false,
        pay: String::new(),
        notes: String::new(),
    }
}

pub(super) fn profile(profession: Profession) -> Profile {
    Profile {
        given_name: "Ada".to_string(),
        family_name: "Lane".to_string(),
        profession,
        npi: Some("1234567893".to_string()),
        residence: Some(TX),
        employer_jurisdiction: None,
        tax_jurisdiction: None,
        practice_shares: Vec::new(),
        education: Education::default(),
        exam_attempts: Vec::new(),
        history: History::default(),
    }
}

pub(super) fn one(credentials: &[Credential], offers: &[Offer], id: &str, today: &str) -> Deadline {
    let all = deadlines(None, credentials, offers, &dataset(), d(today));
    match all.into_iter().find(|x| x.id == id) {
        Some(found) => found,
        None => panic!("no deadline {id}"),
    }
}
