//! The deadline engine: one table of cases per rule, plus urgency bands, linked risks,
//! citations and the absence of numbers. Also the fixtures the reminder and calendar
//! tests share.

use chrono::NaiveDate;
use licensure_core::deadline::{deadlines, Deadline, DeadlineKind, Urgency};
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
use licensure_core::Jurisdiction::{self, CA, TX};

pub fn d(text: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) => date,
        Err(e) => panic!("bad test date {text}: {e}"),
    }
}

fn fact<T>(value: T, source: &str) -> Fact<T> {
    Fact {
        value: Some(value),
        sources: [source.to_string()].into(),
        as_of: d("2026-06-01"),
        confidence: Confidence::Verified,
        note: String::new(),
    }
}

/// The same fact with its value withheld by its confidence (unknown or conflicting).
fn doubtful<T>(mut fact: Fact<T>, confidence: Confidence) -> Fact<T> {
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

fn texas() -> JurisdictionFacts {
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

pub fn credential(id: &str, detail: CredentialDetail) -> Credential {
    Credential {
        id: id.to_string(),
        detail,
        notes: String::new(),
    }
}

pub fn license(id: &str, j: Jurisdiction, kind: &str, expires: &str) -> Credential {
    license_with(id, j, kind, LicenseStatus::Active, Some(d(expires)))
}

fn license_with(
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

fn csr(id: &str, j: Jurisdiction, expires: &str) -> Credential {
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

fn nlc(id: &str, home: Jurisdiction, expires: &str) -> Credential {
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

fn telehealth(id: &str, j: Jurisdiction, expires: &str) -> Credential {
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

fn profile(profession: Profession) -> Profile {
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

fn unchanged(_: &mut Dataset) {}

struct Case {
    name: &'static str,
    profile: Option<Profession>,
    credentials: Vec<Credential>,
    offers: Vec<Offer>,
    data: fn(&mut Dataset),
    today: &'static str,
    /// (id, days_left, urgency), in the order expected.
    expected: Vec<(&'static str, i64, Urgency)>,
}

fn case(
    name: &'static str,
    credentials: Vec<Credential>,
    today: &'static str,
    expected: Vec<(&'static str, i64, Urgency)>,
) -> Case {
    Case {
        name,
        profile: None,
        credentials,
        offers: Vec::new(),
        data: unchanged,
        today,
        expected,
    }
}

#[test]
fn deadline_rules_per_kind() {
    use Urgency::*;
    let cases = vec![
        case("nothing recorded", vec![], "2027-01-01", vec![]),
        case(
            "MD license: expiry and the state's 90-day renewal window, already open",
            vec![license("lic", TX, "MD", "2027-03-31")],
            "2027-01-01",
            vec![
                ("lic:renewal_window_opens:2026-12-31", -1, Passed),
                ("lic:expiry:2027-03-31", 89, Within90Days),
            ],
        ),
        case(
            "license type written D.O. counts as medical",
            vec![license("lic", TX, "d.o.", "2027-03-31")],
            "2026-10-01",
            vec![
                ("lic:renewal_window_opens:2026-12-31", 91, Later),
                ("lic:expiry:2027-03-31", 181, Later),
            ],
        ),
        Case {
            data: |data| {
                data.jurisdictions[0].medical_renewal = doubtful(
                    data.jurisdictions[0].medical_renewal.clone(),
                    Confidence::Conflicting,
                )
            },
            ..case(
                "state renewal window conflicting: expiry only",
                vec![license("lic", TX, "MD", "2027-03-31")],
                "2027-01-01",
                vec![("lic:expiry:2027-03-31", 89, Within90Days)],
            )
        },
        case(
            "no reference facts for the state: expiry only",
            vec![license("lic", CA, "MD", "2027-03-31")],
            "2027-01-01",
            vec![("lic:expiry:2027-03-31", 89, Within90Days)],
        ),
        case(
            "APRN license gets no medical renewal window",
            vec![license("lic", TX, "APRN", "2027-03-31")],
            "2027-01-01",
            vec![("lic:expiry:2027-03-31", 89, Within90Days)],
        ),
        Case {
            profile: Some(Profession::Do),
            ..case(
                "blank license type, physician profile: medical",
                vec![license("lic", TX, "", "2027-03-31")],
                "2027-01-01",
                vec![
                    ("lic:renewal_window_opens:2026-12-31", -1, Passed),
                    ("lic:expiry:2027-03-31", 89, Within90Days),
                ],
            )
        },
        Case {
            profile: Some(Profession::Pa),
            ..case(
                "blank license type, PA profile: not medical",
                vec![license("lic", TX, "", "2027-03-31")],
                "2027-01-01",
                vec![("lic:expiry:2027-03-31", 89, Within90Days)],
            )
        },
        case(
            "blank license type, no profile: not medical",
            vec![license("lic", TX, "", "2027-03-31")],
            "2027-01-01",
            vec![("lic:expiry:2027-03-31", 89, Within90Days)],
        ),
        case(
            "revoked license: no deadlines",
            vec![license_with(
                "lic",
                TX,
                "MD",
                LicenseStatus::Revoked,
                Some(d("2027-03-31")),
            )],
            "2027-01-01",
            vec![],
        ),
        case(
            "license without an expiry: no deadlines",
            vec![license_with("lic", TX, "MD", LicenseStatus::Pending, None)],
            "2027-01-01",
            vec![],
        ),
        case(
            "lapsed license stays with negative days; its window is dropped",
            vec![license("lic", TX, "MD", "2026-12-01")],
            "2027-01-01",
            vec![("lic:expiry:2026-12-01", -31, Passed)],
        ),
        case(
            "expires today: not yet passed",
            vec![license("lic", CA, "MD", "2027-01-01")],
            "2027-01-01",
            vec![("lic:expiry:2027-01-01", 0, Within14Days)],
        ),
        case(
            "lapsed exactly 365 days: kept",
            vec![license("lic", CA, "MD", "2026-01-01")],
            "2027-01-01",
            vec![("lic:expiry:2026-01-01", -365, Passed)],
        ),
        case(
            "lapsed 366 days: dropped",
            vec![license("lic", CA, "MD", "2025-12-31")],
            "2027-01-01",
            vec![],
        ),
        case(
            "leap day expiry: window 90 days before 2028-02-29 opens 2027-12-01",
            vec![license("lic", TX, "MD", "2028-02-29")],
            "2028-02-28",
            vec![
                ("lic:renewal_window_opens:2027-12-01", -89, Passed),
                ("lic:expiry:2028-02-29", 1, Within14Days),
            ],
        ),
        case(
            "DEA: 60-day window before a month end",
            vec![dea("dea", TX, "2027-03-31")],
            "2027-01-01",
            vec![
                ("dea:renewal_window_opens:2027-01-30", 29, Within30Days),
                ("dea:expiry:2027-03-31", 89, Within90Days),
            ],
        ),
        case(
            "DEA: 60 days before 2028-03-31 crosses the leap day",
            vec![dea("dea", TX, "2028-03-31")],
            "2028-01-01",
            vec![
                ("dea:renewal_window_opens:2028-01-31", 30, Within30Days),
                ("dea:expiry:2028-03-31", 90, Within90Days),
            ],
        ),
        Case {
            data: |data| {
                data.federal.dea_renewal_window_days = doubtful(
                    data.federal.dea_renewal_window_days.clone(),
                    Confidence::Unknown,
                )
            },
            ..case(
                "DEA window unknown: expiry only",
                vec![dea("dea", TX, "2027-03-31")],
                "2027-01-01",
                vec![("dea:expiry:2027-03-31", 89, Within90Days)],
            )
        },
        case(
            "lapsed DEA: no window",
            vec![dea("dea", TX, "2026-12-31")],
            "2027-01-01",
            vec![("dea:expiry:2026-12-31", -1, Passed)],
        ),
        case(
            "CSR, compact privilege and telehealth registration: printed expiry",
            vec![
                csr("csr", TX, "2027-02-15"),
                nlc("nlc", TX, "2027-01-15"),
                telehealth("tr", CA, "2027-01-16"),
            ],
            "2027-01-01",
            vec![
                ("nlc:expiry:2027-01-15", 14, Within14Days),
                ("tr:expiry:2027-01-16", 15, Within30Days),
                ("csr:expiry:2027-02-15", 45, Within90Days),
            ],
        ),
        case(
            "LOQ issued 2027-03-01 + 365 days lands on the leap day",
            vec![loq("loq", LoqStatus::Issued, Some("2027-03-01"), None)],
            "2028-01-01",
            vec![("loq:loq_expires:2028-02-29", 59, Within90Days)],
        ),
        case(
            "LOQ: the commission's expiry wins over the derived one",
            vec![loq(
                "loq",
                LoqStatus::Issued,
                Some("2027-03-01"),
                Some("2028-01-15"),
            )],
            "2028-01-01",
            vec![("loq:loq_expires:2028-01-15", 14, Within14Days)],
        ),
        Case {
            data: |data| {
                data.imlc.loq_validity_days =
                    doubtful(data.imlc.loq_validity_days.clone(), Confidence::Unknown)
            },
            ..case(
                "LOQ validity unknown: a verify deadline at the issue date, no guess",
                vec![loq("loq", LoqStatus::Issued, Some("2027-03-01"), None)],
                "2027-06-01",
                vec![("loq:loq_expires:2027-03-01", -92, Verify)],
            )
        },
        Case {
            data: |data| {
                data.imlc.loq_validity_days =
                    doubtful(data.imlc.loq_validity_days.clone(), Confidence::Conflicting)
            },
            ..case(
                "LOQ validity conflicting: verify, the recorded value is not used",
                vec![loq("loq", LoqStatus::Issued, Some("2027-03-01"), None)],
                "2027-06-01",
                vec![("loq:loq_expires:2027-03-01", -92, Verify)],
            )
        },
        case(
            "LOQ applied, not issued: nothing yet",
            vec![loq("loq", LoqStatus::Applied, None, None)],
            "2027-06-01",
            vec![],
        ),
        case(
            "LOQ issued without any date: nothing to pin",
            vec![loq("loq", LoqStatus::Issued, None, None)],
            "2027-06-01",
            vec![],
        ),
        case(
            "CAQH: 120 days after the last attestation",
            vec![caqh("caqh", "2026-11-01")],
            "2027-01-01",
            vec![("caqh:caqh_reattest:2027-03-01", 59, Within90Days)],
        ),
        case(
            "CAQH attested on a month end: 120 days to 2028-02-28",
            vec![caqh("caqh", "2027-10-31")],
            "2028-02-28",
            vec![("caqh:caqh_reattest:2028-02-28", 0, Within14Days)],
        ),
        case(
            "CAQH overdue",
            vec![caqh("caqh", "2026-08-01")],
            "2027-01-01",
            vec![("caqh:caqh_reattest:2026-11-29", -33, Passed)],
        ),
        case(
            "board certification: dated one listed, time-unlimited one not",
            vec![
                board("bc1", "Internal Medicine", Some("2027-12-31"), false),
                board("bc2", "Geriatrics", None, true),
                board("bc3", "Cardiology", Some("2027-12-31"), true),
            ],
            "2027-01-01",
            vec![("bc1:board_cert_expires:2027-12-31", 364, Later)],
        ),
        case(
            "claims-made policy without tail: period end and tail decision",
            vec![malpractice(
                "mp",
                PolicyBasis::ClaimsMade,
                Tail::None,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![
                ("mp:malpractice_ends:2027-01-31", 30, Within30Days),
                ("mp:tail_decision:2027-01-31", 30, Within30Days),
            ],
        ),
        case(
            "claims-made policy with tail bought: period end only",
            vec![malpractice(
                "mp",
                PolicyBasis::ClaimsMade,
                Tail::Purchased,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![("mp:malpractice_ends:2027-01-31", 30, Within30Days)],
        ),
        case(
            "claims-made policy with employer tail: period end only",
            vec![malpractice(
                "mp",
                PolicyBasis::ClaimsMade,
                Tail::Employer,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![("mp:malpractice_ends:2027-01-31", 30, Within30Days)],
        ),
        case(
            "occurrence policy: period end only",
            vec![malpractice(
                "mp",
                PolicyBasis::Occurrence,
                Tail::None,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![("mp:malpractice_ends:2027-01-31", 30, Within30Days)],
        ),
        Case {
            offers: vec![offer("o1", true, None)],
            ..case(
                "open-ended offer prescribing controlled substances: the rule's end",
                vec![],
                "2026-10-01",
                vec![(
                    "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
                    91,
                    Later,
                )],
            )
        },
        Case {
            offers: vec![offer("o1", true, Some("2027-06-30"))],
            ..case(
                "offer running past the rule's end",
                vec![],
                "2026-12-01",
                vec![(
                    "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
                    30,
                    Within30Days,
                )],
            )
        },
        Case {
            offers: vec![offer("o1", true, Some("2026-12-31"))],
            ..case(
                "offer ending on the rule's last day: not affected",
                vec![],
                "2026-12-01",
                vec![],
            )
        },
        Case {
            offers: vec![offer("o1", false, None)],
            ..case(
                "offer without controlled substances: not affected",
                vec![],
                "2026-12-01",
                vec![],
            )
        },
        Case {
            offers: vec![offer("o1", true, None)],
            data: |data| data.federal.telemedicine_rules.clear(),
            ..case(
                "no dated rule in the data: nothing to date",
                vec![],
                "2026-12-01",
                vec![],
            )
        },
        case(
            "several credentials come out sorted by due date",
            vec![
                caqh("caqh", "2026-11-01"),
                dea("dea", CA, "2027-02-01"),
                license("lic", CA, "MD", "2027-01-10"),
            ],
            "2027-01-01",
            vec![
                ("dea:renewal_window_opens:2026-12-03", -29, Passed),
                ("lic:expiry:2027-01-10", 9, Within14Days),
                ("dea:expiry:2027-02-01", 31, Within90Days),
                ("caqh:caqh_reattest:2027-03-01", 59, Within90Days),
            ],
        ),
    ];
    for case in cases {
        let mut data = dataset();
        (case.data)(&mut data);
        let profile = case.profile.map(profile);
        let got = deadlines(
            profile.as_ref(),
            &case.credentials,
            &case.offers,
            &data,
            d(case.today),
        );
        let got: Vec<(&str, i64, Urgency)> = got
            .iter()
            .map(|x| (x.id.as_str(), x.days_left, x.urgency))
            .collect();
        assert_eq!(got, case.expected, "case: {}", case.name);
    }
}

#[test]
fn urgency_bands() {
    let cases = [
        (i64::MIN, Urgency::Passed),
        (-1, Urgency::Passed),
        (0, Urgency::Within14Days),
        (14, Urgency::Within14Days),
        (15, Urgency::Within30Days),
        (30, Urgency::Within30Days),
        (31, Urgency::Within90Days),
        (90, Urgency::Within90Days),
        (91, Urgency::Later),
        (i64::MAX, Urgency::Later),
    ];
    for (days, expected) in cases {
        assert_eq!(Urgency::from_days_left(days), expected, "days left: {days}");
    }
}

fn one(credentials: &[Credential], offers: &[Offer], id: &str, today: &str) -> Deadline {
    let all = deadlines(None, credentials, offers, &dataset(), d(today));
    match all.into_iter().find(|x| x.id == id) {
        Some(found) => found,
        None => panic!("no deadline {id}"),
    }
}

#[test]
fn linked_risks_name_kind_and_state() {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea-tx", TX, "2028-01-01"),
        dea("dea-ca", CA, "2028-01-01"),
        csr("csr-tx", TX, "2028-01-01"),
        nlc("nlc", TX, "2028-01-01"),
        loq("loq", LoqStatus::Issued, Some("2026-06-01"), None),
        license("lic-ca", CA, "MD", "2028-01-01"),
    ];
    let cases: Vec<(&str, &str, Vec<&str>)> = vec![
        (
            "TX license: TX DEA, CSR, NLC home state, LOQ principal state",
            "lic:expiry:2027-03-31",
            vec![
                "DEA registration · TX",
                "State controlled-substance registration · TX",
                "Compact privilege · TX",
                "IMLC Letter of Qualification · TX",
            ],
        ),
        (
            "CA license: CA DEA only",
            "lic-ca:expiry:2028-01-01",
            vec!["DEA registration · CA"],
        ),
        (
            "TX CSR: TX DEA",
            "csr-tx:expiry:2028-01-01",
            vec!["DEA registration · TX"],
        ),
        ("DEA: none", "dea-tx:expiry:2028-01-01", vec![]),
        (
            "renewal window carries no risks",
            "lic:renewal_window_opens:2026-12-31",
            vec![],
        ),
    ];
    for (name, id, expected) in cases {
        let got = one(&credentials, &[], id, "2027-01-01");
        assert_eq!(got.linked_risks, expected, "case: {name}");
    }
}

#[test]
fn citations_and_caveats_come_from_the_facts_that_set_the_date() {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea", TX, "2027-03-31"),
        loq("loq", LoqStatus::Issued, Some("2026-03-01"), None),
        caqh("caqh", "2026-11-01"),
    ];
    let offers = vec![offer("o1", true, None)];
    let cases: Vec<(&str, &str, Vec<&str>, bool)> = vec![
        (
            "printed expiry: no citation",
            "lic:expiry:2027-03-31",
            vec![],
            false,
        ),
        (
            "state window cites the renewal fact",
            "lic:renewal_window_opens:2026-12-31",
            vec![TX_RENEWAL_SOURCE],
            false,
        ),
        (
            "DEA window cites the DEA fact",
            "dea:renewal_window_opens:2027-01-30",
            vec![DEA_WINDOW_SOURCE],
            false,
        ),
        (
            "derived LOQ expiry cites the validity fact",
            "loq:loq_expires:2027-03-01",
            vec![LOQ_SOURCE],
            false,
        ),
        (
            "federal rule cites the rule",
            "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
            vec![RULE_SOURCE],
            false,
        ),
    ];
    for (name, id, sources, caveat) in cases {
        let got = one(&credentials, &offers, id, "2026-10-01");
        let got_sources: Vec<&str> = got
            .citations
            .iter()
            .flat_map(|c| c.sources.iter().map(String::as_str))
            .collect();
        assert_eq!(got_sources, sources, "case: {name}");
        assert_eq!(got.caveat.is_some(), caveat, "case: {name}");
    }
}

#[test]
fn doubtful_reference_data_is_said_not_guessed() {
    let mut data = dataset();
    data.imlc.loq_validity_days =
        doubtful(data.imlc.loq_validity_days.clone(), Confidence::Unknown);
    data.federal.telemedicine_rules[0] = doubtful(
        data.federal.telemedicine_rules[0].clone(),
        Confidence::Conflicting,
    );
    let credentials = vec![loq("loq", LoqStatus::Issued, Some("2026-09-01"), None)];
    let all = deadlines(
        None,
        &credentials,
        &[offer("o1", true, None)],
        &data,
        d("2026-10-01"),
    );
    let summary: Vec<(&str, Urgency, bool, &str)> = all
        .iter()
        .map(|x| {
            (
                x.id.as_str(),
                x.urgency,
                x.caveat.is_some(),
                x.title.as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "loq:loq_expires:2026-09-01",
                Urgency::Verify,
                true,
                "IMLC Letter of Qualification · TX: expiry date unknown"
            ),
            (
                "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
                Urgency::Later,
                true,
                "Federal rule · DEA telemedicine flexibilities ends"
            ),
        ],
        "an unknown validity gives verify; a conflicting rule date is listed with a caveat"
    );
}

#[test]
fn titles_kinds_and_risks_carry_no_numbers() {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea", TX, "2027-03-31"),
        csr("csr", TX, "2027-03-31"),
        nlc("nlc", TX, "2027-03-31"),
        telehealth("tr", CA, "2027-03-31"),
        malpractice("mp", PolicyBasis::ClaimsMade, Tail::None, "2027-03-31"),
        caqh("caqh", "2026-11-01"),
    ];
    let all = deadlines(
        Some(&profile(Profession::Md)),
        &credentials,
        &[],
        &dataset(),
        d("2027-01-01"),
    );
    let json = match serde_json::to_string(&all) {
        Ok(json) => json,
        Err(e) => panic!("deadlines serialize: {e}"),
    };
    let numbers = [
        "Q77123",
        "AB1234563",
        "CSR-55501",
        "NLC-31337",
        "TR-4242",
        "PL-900417",
        "16000042",
        "1234567893",
    ];
    for number in numbers {
        assert!(!json.contains(number), "number {number} leaked into {json}");
    }
    let titles: Vec<(&str, DeadlineKind)> =
        all.iter().map(|x| (x.title.as_str(), x.kind)).collect();
    assert_eq!(
        titles,
        vec![
            (
                "State license · TX renewal opens",
                DeadlineKind::RenewalWindowOpens
            ),
            (
                "DEA registration · TX renewal opens",
                DeadlineKind::RenewalWindowOpens
            ),
            ("CAQH attestation due", DeadlineKind::CaqhReattest),
            (
                "State controlled-substance registration · TX expires",
                DeadlineKind::Expiry
            ),
            ("DEA registration · TX expires", DeadlineKind::Expiry),
            ("State license · TX expires", DeadlineKind::Expiry),
            ("Compact privilege · TX expires", DeadlineKind::Expiry),
            ("Telehealth registration · CA expires", DeadlineKind::Expiry),
            (
                "Malpractice policy · Lone Star Mutual ends",
                DeadlineKind::MalpracticeEnds
            ),
            (
                "Malpractice policy · Lone Star Mutual: tail or prior-acts decision due",
                DeadlineKind::TailDecision
            ),
        ],
        "titles in due-date order"
    );
}

#[test]
fn deadline_serializes_with_snake_case_names() {
    let got = one(
        &[dea("dea", TX, "2027-03-31")],
        &[],
        "dea:expiry:2027-03-31",
        "2027-03-20",
    );
    let json = match serde_json::to_value(&got) {
        Ok(json) => json,
        Err(e) => panic!("serialize: {e}"),
    };
    assert_eq!(json["kind"], "expiry");
    assert_eq!(json["urgency"], "within_14_days");
    assert_eq!(json["days_left"], 11);
    assert_eq!(json["due"], "2027-03-31");
    let back: Deadline = match serde_json::from_value(json) {
        Ok(back) => back,
        Err(e) => panic!("deserialize: {e}"),
    };
    assert_eq!(back, got);
}
