//! The offer verdict: per patient state, authority, controlled substances and malpractice
//! over the offer's whole period, and the offer outcome with its steps, fees and days.
//!
//! The reference data here is a small synthetic dataset built in code (`dataset()`), so each
//! case controls exactly the facts it is about.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use licensure_core::model::{
    Answer, Compact, CompactPrivilege, Coverage, Credential, CredentialDetail, DeaRegistration,
    EmployerMalpractice, LicenseRoute, LicenseStatus, MalpracticePolicy, Modality, Offer,
    PolicyBasis, Profession, Profile, Schedule, StateCsr, StateLicense, Tail,
    TelehealthRegistration,
};
use licensure_core::reason::Outcome;
use licensure_core::reference::{
    CompactFacts, CompactMembership, CompactStatus, CompensationFund, Confidence, CsrRequirement,
    Dataset, DatedRule, Fact, FederalFacts, FullLicenseFacts, ImlcRules, InPersonExam,
    JurisdictionFacts, MalpracticeRequirement, MalpracticeRule, RouteScope, TelehealthAnswer,
    TelehealthPrescribing, TelehealthRoute, TelehealthRouteKind,
};
use licensure_core::verdict::{
    evaluate_offer, evaluate_offers, outline_offers, setbacks, worsened, OfferOutcome,
    OfferOutline, OfferVerdict, MAX_QUOTED_CHARS, TELEMEDICINE_FLEXIBILITIES,
};
use licensure_core::Jurisdiction::{self, AL, CO, FL, GU, MA, MN, OR, TX, VA, WI};

// ---------------------------------------------------------------------------------------
// Fixture: dates, facts, a synthetic dataset, credentials and offers.
// ---------------------------------------------------------------------------------------

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(date) => date,
        None => panic!("bad test date {y}-{m}-{day}"),
    }
}

/// Today in most cases: the flexibilities are in force, the offer starts a month later.
fn today() -> NaiveDate {
    d(2026, 6, 1)
}

fn fact<T>(value: T) -> Fact<T> {
    Fact {
        value: Some(value),
        sources: ["https://board.example.gov/rule".to_string()].into(),
        as_of: d(2026, 5, 1),
        confidence: Confidence::Verified,
        note: String::new(),
    }
}

fn unknown<T>() -> Fact<T> {
    Fact {
        value: None,
        sources: ["https://board.example.gov/searched".to_string()].into(),
        as_of: d(2026, 5, 1),
        confidence: Confidence::Unknown,
        note: String::new(),
    }
}

fn member(status: CompactStatus) -> Fact<CompactMembership> {
    fact(CompactMembership {
        status,
        enacted: None,
        implemented: None,
    })
}

fn csr_rule(required: bool) -> Fact<CsrRequirement> {
    fact(CsrRequirement {
        required,
        agency: if required {
            "the Board of Medical Examiners".to_string()
        } else {
            String::new()
        },
        fee_usd: None,
        cycle_years: None,
        renews_with_license: false,
        expiry: String::new(),
        typical_days: None,
        required_for_telehealth_prescribers: None,
    })
}

fn no_minimum() -> Fact<MalpracticeRequirement> {
    fact(MalpracticeRequirement {
        rule: MalpracticeRule::None,
        min_per_claim_usd: None,
        min_aggregate_usd: None,
        fund: None,
        alternatives: String::new(),
        applies_to_telehealth: None,
    })
}

fn minimum(per_claim: u64, aggregate: u64, fund: Option<&str>) -> Fact<MalpracticeRequirement> {
    fact(MalpracticeRequirement {
        rule: MalpracticeRule::Mandate,
        min_per_claim_usd: Some(per_claim),
        min_aggregate_usd: Some(aggregate),
        fund: fund.map(|name| CompensationFund {
            name: name.to_string(),
            mandatory: true,
            layer_per_claim_usd: None,
            layer_aggregate_usd: None,
            how_to_join: String::new(),
        }),
        alternatives: String::new(),
        applies_to_telehealth: None,
    })
}

fn telehealth_route(
    id: &str,
    kind: TelehealthRouteKind,
    professions: &[Profession],
    modalities: &[Modality],
    controlled_substances_allowed: bool,
    existing_patients_only: bool,
    limits: &str,
) -> Fact<TelehealthRoute> {
    fact(TelehealthRoute {
        id: id.to_string(),
        name: format!("{id} route"),
        kind,
        scope: if existing_patients_only {
            RouteScope::ExistingPatients
        } else {
            RouteScope::AnyPatient
        },
        professions: professions.to_vec(),
        modalities: modalities.to_vec(),
        controlled_substances_allowed: Some(controlled_substances_allowed),
        excluded_schedules: Vec::new(),
        no_office: true,
        no_in_person: true,
        requires_malpractice_cover: false,
        fee_usd: Some(0),
        renewal_years: None,
        typical_days: Some(14),
        closed_on: None,
        limits: limits.to_string(),
    })
}

const PHYSICIANS: &[Profession] = &[Profession::Md, Profession::Do];

fn jurisdiction(
    j: Jurisdiction,
    compacts: &[(Compact, CompactStatus)],
    routes: Vec<Fact<TelehealthRoute>>,
    csr: Fact<CsrRequirement>,
    malpractice: Fact<MalpracticeRequirement>,
) -> JurisdictionFacts {
    JurisdictionFacts {
        jurisdiction: j,
        medical_board_url: "https://board.example.gov".to_string(),
        compacts: compacts
            .iter()
            .map(|(c, status)| (*c, member(*status)))
            .collect::<BTreeMap<_, _>>(),
        telehealth_answer: fact(if routes.is_empty() {
            TelehealthAnswer::NoRoute
        } else {
            TelehealthAnswer::Routes
        }),
        telehealth_routes: routes,
        telehealth_prescribing: fact(TelehealthPrescribing {
            in_person_exam: InPersonExam::NotRequired,
            barred_schedules: Vec::new(),
            limits: String::new(),
            relationship_by_video: Some(true),
            relationship_by_audio_only: None,
            relationship_asynchronous: None,
        }),
        csr,
        malpractice,
        medical_renewal: unknown(),
        full_license: fact(FullLicenseFacts {
            fee_usd: Some(500),
            typical_days: Some(90),
            time_drivers: Vec::new(),
            imlc_fee_usd: None,
        }),
        cme: None,
    }
}

/// The synthetic dataset. GU is deliberately absent (reference data missing).
///
/// TX: no CSR, no malpractice minimum, IMLC and NLC member. AL: CSR required. FL: CSR
/// unknown, a telehealth registration that allows no controlled substances. MN: a video-only
/// registration and an exception with written limits. OR: an existing-patients exception.
/// CO: $1M/$3M minimum. WI: minimum plus a compensation fund, malpractice fact unknown in
/// MA. VA: NLC member. MA: NLC enacted, not implemented; malpractice rule unknown.
fn dataset() -> Dataset {
    use CompactStatus::*;
    use Profession::*;
    use TelehealthRouteKind::*;
    let compacts = |nlc: CompactStatus| [(Compact::Imlc, Member), (Compact::Nlc, nlc)];
    Dataset {
        as_of: d(2026, 5, 1),
        federal: FederalFacts {
            dea_per_state: fact(true),
            dea_cycle_years: fact(3),
            dea_renewal_window_days: fact(60),
            dea_fee_usd: fact(888),
            telemedicine_rules: vec![
                fact(DatedRule {
                    id: TELEMEDICINE_FLEXIBILITIES.to_string(),
                    name: "DEA telemedicine flexibilities".to_string(),
                    effective_from: d(2026, 1, 1),
                    effective_until: Some(d(2026, 12, 31)),
                    summary: "Schedule II-V by audio-video telemedicine without an in-person \
                              exam; audio-only for OUD buprenorphine."
                        .to_string(),
                }),
                fact(DatedRule {
                    id: "dea_buprenorphine_telemedicine".to_string(),
                    name: "Buprenorphine telemedicine rule".to_string(),
                    effective_from: d(2025, 12, 31),
                    effective_until: None,
                    summary: "Buprenorphine for OUD by telemedicine, six-month initial supply."
                        .to_string(),
                }),
            ],
            mate_act: None,
        },
        imlc: ImlcRules {
            loq_fee_usd: fact(700),
            loq_validity_days: fact(365),
            max_exam_attempts: fact(3),
            min_practice_share_percent: fact(25),
            board_certification_required: fact(true),
        },
        compacts: vec![
            CompactFacts {
                compact: Compact::Imlc,
                name: "Interstate Medical Licensure Compact".to_string(),
                professions: vec![Md, Do],
                operational: fact(true),
                commission_url: "https://imlcc.com".to_string(),
                typical_days: Some(fact(60)),
                commission_fee_usd: Some(fact(700)),
            },
            CompactFacts {
                compact: Compact::Nlc,
                name: "Nurse Licensure Compact".to_string(),
                professions: vec![Rn, Lpn],
                operational: fact(true),
                commission_url: "https://www.nursecompact.com".to_string(),
                typical_days: None,
                commission_fee_usd: None,
            },
            CompactFacts {
                compact: Compact::AprnCompact,
                name: "APRN Compact".to_string(),
                professions: vec![NpAprn],
                operational: fact(false),
                commission_url: "https://aprncompact.com".to_string(),
                typical_days: None,
                commission_fee_usd: None,
            },
        ],
        jurisdictions: vec![
            jurisdiction(TX, &compacts(Member), vec![], csr_rule(false), no_minimum()),
            jurisdiction(AL, &compacts(Member), vec![], csr_rule(true), no_minimum()),
            jurisdiction(
                FL,
                &compacts(Member),
                vec![telehealth_route(
                    "fl_telehealth_registration",
                    Registration,
                    &[Md, Do, NpAprn, Pa, Psychologist],
                    &[],
                    false,
                    false,
                    "",
                )],
                unknown(),
                no_minimum(),
            ),
            jurisdiction(
                MN,
                &compacts(NotMember),
                vec![
                    telehealth_route(
                        "mn_interstate_telehealth_registration",
                        Registration,
                        PHYSICIANS,
                        &[Modality::Video],
                        true,
                        false,
                        "",
                    ),
                    telehealth_route(
                        "mn_infrequent_exception",
                        Exception,
                        PHYSICIANS,
                        &[],
                        true,
                        false,
                        "Only for telemedicine provided infrequently or irregularly.",
                    ),
                ],
                csr_rule(false),
                no_minimum(),
            ),
            jurisdiction(
                OR,
                &compacts(NotMember),
                vec![telehealth_route(
                    "or_follow_up_exception",
                    Exception,
                    PHYSICIANS,
                    &[],
                    true,
                    true,
                    "",
                )],
                csr_rule(false),
                no_minimum(),
            ),
            jurisdiction(
                CO,
                &compacts(Member),
                vec![],
                csr_rule(false),
                minimum(1_000_000, 3_000_000, None),
            ),
            jurisdiction(
                WI,
                &compacts(Member),
                vec![],
                csr_rule(false),
                minimum(
                    1_000_000,
                    3_000_000,
                    Some("Injured Patients and Families Compensation Fund"),
                ),
            ),
            jurisdiction(
                VA,
                &[(Compact::Nlc, Member)],
                vec![],
                csr_rule(false),
                no_minimum(),
            ),
            jurisdiction(
                MA,
                &[(Compact::Nlc, EnactedNotImplemented)],
                vec![],
                csr_rule(true),
                unknown(),
            ),
        ],
    }
}

fn profile(profession: Profession) -> Profile {
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
const NUMBERS: &[&str] = &[
    "LIC-4455667",
    "FQ1234563",
    "CSR-998877",
    "POL-55501",
    "NLC-777333",
    "TR-31337",
];

fn credential(id: &str, detail: CredentialDetail) -> Credential {
    Credential {
        id: id.to_string(),
        detail,
        notes: String::new(),
    }
}

fn license(
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

fn md_license(j: Jurisdiction, expires: NaiveDate) -> Credential {
    license(&format!("lic-{j}"), j, "MD", LicenseStatus::Active, expires)
}

fn dea(j: Jurisdiction, schedules: &[Schedule], expires: NaiveDate) -> Credential {
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

fn state_csr(j: Jurisdiction, schedules: &[Schedule], expires: NaiveDate) -> Credential {
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

struct PolicyTerms {
    coverage: Coverage,
    telehealth: Answer,
    end: NaiveDate,
    basis: PolicyBasis,
    tail: Tail,
    limits: Option<(u64, u64)>,
}

fn policy_terms() -> PolicyTerms {
    PolicyTerms {
        coverage: Coverage::Nationwide,
        telehealth: Answer::Yes,
        end: d(2027, 12, 31),
        basis: PolicyBasis::Occurrence,
        tail: Tail::None,
        limits: Some((1_000_000, 3_000_000)),
    }
}

fn policy(terms: PolicyTerms) -> Credential {
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
fn with_funds(mut policy: Credential, states: &[Jurisdiction]) -> Credential {
    if let CredentialDetail::MalpracticePolicy(p) = &mut policy.detail {
        p.compensation_funds = states.to_vec();
    }
    policy
}

fn nlc_privilege(expires: NaiveDate) -> Credential {
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

fn telehealth_registration(j: Jurisdiction, expires: NaiveDate) -> Credential {
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
fn tx_physician() -> Vec<Credential> {
    vec![
        md_license(TX, d(2028, 2, 28)),
        dea(TX, Schedule::ALL, d(2028, 5, 31)),
        policy(policy_terms()),
    ]
}

fn with(mut base: Vec<Credential>, extra: Vec<Credential>) -> Vec<Credential> {
    base.extend(extra);
    base
}

/// Drops the credentials with these ids.
fn without(base: Vec<Credential>, ids: &[&str]) -> Vec<Credential> {
    base.into_iter()
        .filter(|c| !ids.contains(&c.id.as_str()))
        .collect()
}

/// A video-only offer, no controlled substances, own malpractice, July to December 2026.
fn offer(states: &[Jurisdiction]) -> Offer {
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

fn cs_offer(states: &[Jurisdiction], schedules: &[Schedule]) -> Offer {
    Offer {
        controlled_substances: schedules.to_vec(),
        ..offer(states)
    }
}

fn dated(o: Offer, start: NaiveDate, end: Option<NaiveDate>) -> Offer {
    Offer { start, end, ..o }
}

// ---------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------

/// Where an expected reason sits: the offer as a whole or one state.
#[derive(Debug, Clone, Copy)]
enum At {
    Offer,
    State(Jurisdiction),
}

struct Case {
    name: &'static str,
    profession: Profession,
    credentials: Vec<Credential>,
    offer: Offer,
    data: Dataset,
    today: NaiveDate,
    /// Any of these outcomes passes (one, unless the fastest path may decide).
    outcome: &'static [OfferOutcome],
    /// Reasons that must be present, with their outcome.
    present: Vec<(At, &'static str, Outcome)>,
    /// Codes that must appear nowhere.
    absent: &'static [&'static str],
}

fn case(name: &'static str, credentials: Vec<Credential>, offer: Offer) -> Case {
    Case {
        name,
        profession: Profession::Md,
        credentials,
        offer,
        data: dataset(),
        today: today(),
        outcome: &[OfferOutcome::AcceptableNow],
        present: Vec::new(),
        absent: &[],
    }
}

impl Case {
    fn profession(mut self, p: Profession) -> Self {
        self.profession = p;
        self
    }
    fn data(mut self, data: Dataset) -> Self {
        self.data = data;
        self
    }
    fn today(mut self, today: NaiveDate) -> Self {
        self.today = today;
        self
    }
    fn outcome(mut self, outcome: &'static [OfferOutcome]) -> Self {
        self.outcome = outcome;
        self
    }
    fn has(mut self, at: At, code: &'static str, outcome: Outcome) -> Self {
        self.present.push((at, code, outcome));
        self
    }
    fn lacks(mut self, codes: &'static [&'static str]) -> Self {
        self.absent = codes;
        self
    }
}

use At::State;
use OfferOutcome::{AcceptableAfterSteps, AcceptableNow, NotAcceptable, Verify};

fn data_with(change: impl FnOnce(&mut Dataset)) -> Dataset {
    let mut data = dataset();
    change(&mut data);
    data
}

fn facts_of(data: &mut Dataset, j: Jurisdiction) -> &mut JurisdictionFacts {
    match data.jurisdictions.iter_mut().find(|f| f.jurisdiction == j) {
        Some(f) => f,
        None => panic!("fixture lacks {j}"),
    }
}

fn cases() -> Vec<Case> {
    use Outcome::{Blocked, Met, Missing, Warning};
    let verify = Outcome::Verify;
    let s2 = Schedule::S2;
    let s2n = Schedule::S2N;
    let s4 = Schedule::S4;
    vec![
        // --- authority: licenses -------------------------------------------------------
        case(
            "licensed physician, no controlled substances",
            tx_physician(),
            offer(&[TX]),
        )
        .has(State(TX), "license_covers_offer", Met)
        .has(State(TX), "malpractice_covers_offer", Met)
        .has(State(TX), "no_state_malpractice_minimum", Met)
        .has(At::Offer, "evaluated_period", Met)
        .lacks(&[
            "dea_registration_missing",
            "telemedicine_flexibilities_cover_offer",
        ]),
        case(
            "license expires one day before the offer ends",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2026, 12, 30))],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "license_expires_during_offer", Met)
        .lacks(&["license_covers_offer"]),
        case(
            "license expires on the offer's last day",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2026, 12, 31))],
            ),
            offer(&[TX]),
        )
        .has(State(TX), "license_covers_offer", Met)
        .lacks(&["license_expires_during_offer"]),
        case(
            "license expires before the offer starts",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2026, 6, 30))],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "license_expired", Missing),
        case(
            "restricted license",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Restricted,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[Verify])
        .has(State(TX), "license_restricted", verify),
        case(
            "license on probation",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Probation,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[Verify])
        .has(State(TX), "license_restricted", verify),
        case(
            "pending license",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Pending,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "license_pending", Missing),
        case(
            "unrecognised license type",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "Special permit",
                    LicenseStatus::Active,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[Verify])
        .has(State(TX), "license_type_unrecognized", verify),
        case(
            "nurse practitioner holding only an RN license",
            vec![
                license("lic-TX", TX, "RN", LicenseStatus::Active, d(2028, 1, 31)),
                policy(policy_terms()),
            ],
            offer(&[TX]),
        )
        .profession(Profession::NpAprn)
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(TX), "license_for_other_profession", Missing)
        .lacks(&["license_covers_offer"]),
        case(
            "no credential at all in the state",
            tx_physician(),
            offer(&[AL]),
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .lacks(&["license_covers_offer"]),
        // --- authority: compact privileges -----------------------------------------------
        case(
            "RN with an NLC multistate license, patient in a member state",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::Rn)
        .has(State(VA), "compact_privilege_covers", Met),
        case(
            "RN with an NLC privilege expiring one day before the offer ends",
            vec![nlc_privilege(d(2026, 12, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::Rn)
        .outcome(&[AcceptableNow])
        .has(State(VA), "privilege_expires_during_offer", Met),
        case(
            "RN with an NLC privilege, state enacted but not implemented",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[MA]),
        )
        .profession(Profession::Rn)
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(MA), "compact_not_implemented_in_state", Missing)
        .lacks(&["compact_privilege_covers"]),
        case(
            "NP holding an NLC privilege: the compact does not cover APRN practice",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::NpAprn)
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(VA), "privilege_other_profession", Missing),
        case(
            "RN with an NLC privilege, state standing unknown",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::Rn)
        .data(data_with(|data| {
            facts_of(data, VA).compacts.insert(Compact::Nlc, unknown());
        }))
        .outcome(&[Verify])
        .has(State(VA), "compact_status_unknown", verify),
        // --- authority: telehealth registrations and exceptions -------------------------
        case(
            "telehealth registration that fits the offer",
            with(
                tx_physician(),
                vec![telehealth_registration(FL, d(2027, 12, 31))],
            ),
            offer(&[FL]),
        )
        .has(State(FL), "telehealth_registration_covers", Met),
        case(
            "telehealth registration that allows no controlled substances",
            with(
                tx_physician(),
                vec![
                    telehealth_registration(FL, d(2027, 12, 31)),
                    dea(FL, Schedule::ALL, d(2028, 1, 31)),
                ],
            ),
            cs_offer(&[FL], &[s4]),
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(FL), "route_excludes_controlled_substances", Missing)
        .lacks(&["telehealth_registration_covers"]),
        case(
            "video-only registration and an offer with audio-only visits",
            with(
                tx_physician(),
                vec![telehealth_registration(MN, d(2027, 12, 31))],
            ),
            Offer {
                modalities: vec![Modality::Video, Modality::AudioOnly],
                ..offer(&[MN])
            },
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(MN), "route_excludes_modality", Missing)
        .lacks(&["telehealth_registration_covers"]),
        case(
            "video-only registration and a video offer",
            with(
                tx_physician(),
                vec![telehealth_registration(MN, d(2027, 12, 31))],
            ),
            offer(&[MN]),
        )
        .has(State(MN), "telehealth_registration_covers", Met),
        case(
            "exception with written limits is only a maybe",
            tx_physician(),
            offer(&[MN]),
        )
        .outcome(&[Verify])
        .has(State(MN), "telehealth_exception_applies", Warning)
        .has(State(MN), "telehealth_route_limits", verify),
        case(
            "existing-patients-only exception does not fit new-patient work",
            tx_physician(),
            offer(&[OR]),
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(OR), "route_existing_patients_only", Missing)
        .lacks(&["telehealth_exception_applies"]),
        // --- controlled substances ------------------------------------------------------
        case(
            "Texas: DEA covers the schedules, no state CSR, flexibilities cover the offer",
            tx_physician(),
            cs_offer(&[TX], &[s2, s4]),
        )
        .has(State(TX), "dea_registration_covers", Met)
        .has(State(TX), "csr_not_required", Met)
        .has(State(TX), "telemedicine_flexibilities_cover_offer", Met),
        case(
            "DEA registration lacks schedule 2N",
            with(
                without(tx_physician(), &["dea-TX"]),
                vec![dea(TX, &[s2, s4], d(2028, 1, 31))],
            ),
            cs_offer(&[TX], &[s2n]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "dea_schedules_missing", Missing),
        case(
            "DEA registration with 2N does not cover 2",
            with(
                without(tx_physician(), &["dea-TX"]),
                vec![dea(TX, &[s2n], d(2028, 1, 31))],
            ),
            cs_offer(&[TX], &[s2]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "dea_schedules_missing", Missing),
        case(
            "DEA registration expires one day before the offer ends",
            with(
                without(tx_physician(), &["dea-TX"]),
                vec![dea(TX, Schedule::ALL, d(2026, 12, 30))],
            ),
            cs_offer(&[TX], &[s4]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "dea_expires_during_offer", Met),
        case(
            "no DEA registration for the patient state",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    state_csr(AL, Schedule::ALL, d(2027, 12, 31)),
                ],
            ),
            cs_offer(&[AL], &[s4]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(AL), "dea_registration_missing", Missing)
        .has(State(AL), "csr_covers", Met),
        case(
            "CSR-required state with the CSR",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    dea(AL, Schedule::ALL, d(2028, 1, 31)),
                    state_csr(AL, Schedule::ALL, d(2027, 12, 31)),
                ],
            ),
            cs_offer(&[AL], &[s2, s4]),
        )
        .has(State(AL), "csr_covers", Met),
        case(
            "CSR-required state without the CSR",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    dea(AL, Schedule::ALL, d(2028, 1, 31)),
                ],
            ),
            cs_offer(&[AL], &[s4]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(AL), "csr_missing", Missing),
        case(
            "CSR lacks a schedule the offer needs",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    dea(AL, Schedule::ALL, d(2028, 1, 31)),
                    state_csr(AL, &[s4], d(2027, 12, 31)),
                ],
            ),
            cs_offer(&[AL], &[s2, s4]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(AL), "csr_schedules_missing", Missing),
        case(
            "CSR requirement unknown",
            with(
                tx_physician(),
                vec![
                    md_license(FL, d(2028, 1, 31)),
                    dea(FL, Schedule::ALL, d(2028, 1, 31)),
                ],
            ),
            cs_offer(&[FL], &[s4]),
        )
        .outcome(&[Verify])
        .has(State(FL), "csr_requirement_unknown", verify),
        case(
            "offer straddles the end of the flexibilities",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2026, 10, 1), Some(d(2027, 3, 31))),
        )
        .outcome(&[Verify])
        .has(
            State(TX),
            "telemedicine_flexibilities_end_during_offer",
            verify,
        )
        .lacks(&["telemedicine_flexibilities_cover_offer"]),
        case(
            "offer starts after the flexibilities end",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2027, 2, 1), Some(d(2027, 6, 30))),
        )
        .outcome(&[Verify])
        .has(
            State(TX),
            "telemedicine_flexibilities_end_before_offer",
            verify,
        ),
        case(
            "offer ends on the flexibilities' last day",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2026, 7, 1), Some(d(2026, 12, 31))),
        )
        .has(State(TX), "telemedicine_flexibilities_cover_offer", Met),
        case(
            "flexibilities extended in the data: evaluated as data, not a constant",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2027, 2, 1), Some(d(2027, 6, 30))),
        )
        .data(data_with(|data| {
            for rule in data
                .federal
                .telemedicine_rules
                .iter_mut()
                .filter_map(|f| f.value.as_mut())
            {
                if rule.id == TELEMEDICINE_FLEXIBILITIES {
                    rule.effective_until = Some(d(2027, 12, 31));
                }
            }
        }))
        .has(State(TX), "telemedicine_flexibilities_cover_offer", Met),
        case(
            "flexibilities fact unknown",
            tx_physician(),
            cs_offer(&[TX], &[s4]),
        )
        .data(data_with(|data| {
            for f in &mut data.federal.telemedicine_rules {
                f.confidence = Confidence::Conflicting;
            }
        }))
        .outcome(&[Verify])
        .has(State(TX), "telemedicine_rule_unknown", verify),
        case(
            "audio-only visits alongside video, with controlled substances",
            tx_physician(),
            Offer {
                modalities: vec![Modality::Video, Modality::AudioOnly],
                ..cs_offer(&[TX], &[s4])
            },
        )
        .has(State(TX), "non_video_prescribing_limited", Warning),
        case(
            "audio-only offer with controlled substances",
            tx_physician(),
            Offer {
                modalities: vec![Modality::AudioOnly],
                ..cs_offer(&[TX], &[s4])
            },
        )
        .outcome(&[Verify])
        .has(State(TX), "no_video_for_controlled_substances", verify),
        case(
            "psychologist offered a prescribing role: no route exists",
            vec![
                license(
                    "lic-TX",
                    TX,
                    "Psychologist",
                    LicenseStatus::Active,
                    d(2028, 1, 31),
                ),
                policy(policy_terms()),
            ],
            cs_offer(&[TX], &[s4]),
        )
        .profession(Profession::Psychologist)
        .outcome(&[NotAcceptable])
        .has(State(TX), "license_covers_offer", Met)
        .has(
            State(TX),
            "profession_cannot_prescribe_controlled_substances",
            Blocked,
        ),
        case(
            "nurse practitioner prescribing: scope warning",
            vec![
                license("lic-TX", TX, "APRN", LicenseStatus::Active, d(2028, 1, 31)),
                dea(TX, Schedule::ALL, d(2028, 1, 31)),
                policy(policy_terms()),
            ],
            cs_offer(&[TX], &[s4]),
        )
        .profession(Profession::NpAprn)
        .has(State(TX), "prescriptive_authority_scope", Warning),
        // --- malpractice ----------------------------------------------------------------
        case(
            "patient state outside the policy's coverage",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        coverage: Coverage::Listed(vec![TX]),
                        ..policy_terms()
                    }),
                ],
            ),
            offer(&[TX, AL]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "malpractice_covers_offer", Met)
        .has(State(AL), "malpractice_state_not_covered", Missing),
        case(
            "employer coverage stands in for a policy that misses the state",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        coverage: Coverage::Listed(vec![TX]),
                        ..policy_terms()
                    }),
                ],
            ),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: vec![TX, AL],
                    telehealth_covered: Answer::Yes,
                    tail: Tail::Employer,
                }),
                ..offer(&[TX, AL])
            },
        )
        .has(State(AL), "employer_malpractice_covers", Met)
        .lacks(&["malpractice_state_not_covered"]),
        case(
            "employer coverage that excludes a state, no own policy",
            without(tx_physician(), &["policy"]),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: vec![AL],
                    telehealth_covered: Answer::Yes,
                    tail: Tail::Employer,
                }),
                ..offer(&[TX])
            },
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "employer_coverage_excludes_state", Missing),
        case(
            "employer coverage with telehealth unknown is a warning",
            without(tx_physician(), &["policy"]),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: vec![TX],
                    telehealth_covered: Answer::Unknown,
                    tail: Tail::Employer,
                }),
                ..offer(&[TX])
            },
        )
        .has(State(TX), "telehealth_coverage_unknown", Warning),
        case(
            "own policy with telehealth unknown is a warning, never a silent pass",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    telehealth: Answer::Unknown,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .has(State(TX), "telehealth_coverage_unknown", Warning),
        case(
            "policy that excludes telehealth",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    telehealth: Answer::No,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "policy_excludes_telehealth", Missing),
        case(
            "no malpractice coverage at all",
            without(tx_physician(), &["policy"]),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "no_malpractice_coverage", Missing),
        case(
            "claims-made policy ends during the offer without a tail",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    end: d(2026, 9, 30),
                    basis: PolicyBasis::ClaimsMade,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "malpractice_ends_during_offer", Met)
        .has(State(TX), "claims_made_without_tail", Warning),
        case(
            "claims-made policy ending during the offer, tail not recorded",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    end: d(2026, 9, 30),
                    basis: PolicyBasis::ClaimsMade,
                    tail: Tail::Unknown,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "claims_made_tail_not_recorded", Warning)
        .lacks(&["claims_made_without_tail"]),
        case(
            "occurrence policy ending during the offer needs no tail warning",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    end: d(2026, 9, 30),
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "malpractice_ends_during_offer", Met)
        .lacks(&["claims_made_without_tail"]),
        case(
            "limits below the state's minimum",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(CO, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        limits: Some((500_000, 1_500_000)),
                        ..policy_terms()
                    }),
                ],
            ),
            offer(&[CO]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(CO), "below_state_minimum", Missing),
        case(
            "limits at the state's minimum",
            with(tx_physician(), vec![md_license(CO, d(2028, 1, 31))]),
            offer(&[CO]),
        )
        .has(State(CO), "meets_state_minimum", Met),
        case(
            "limits not recorded in a state with a minimum",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(CO, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        limits: None,
                        ..policy_terms()
                    }),
                ],
            ),
            offer(&[CO]),
        )
        .outcome(&[Verify])
        .has(State(CO), "coverage_limits_unknown", verify),
        case(
            "state with a mandatory compensation fund the policy has not joined",
            with(tx_physician(), vec![md_license(WI, d(2028, 1, 31))]),
            offer(&[WI]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(WI), "meets_state_minimum", Met)
        .has(State(WI), "patient_compensation_fund", Missing),
        case(
            "state with a mandatory compensation fund the policy takes part in",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(WI, d(2028, 1, 31)),
                    with_funds(policy(policy_terms()), &[WI]),
                ],
            ),
            offer(&[WI]),
        )
        .outcome(&[AcceptableNow])
        .has(State(WI), "compensation_fund_joined", Met)
        .lacks(&["patient_compensation_fund"]),
        case(
            "employer coverage in a state with a mandatory fund: confirm it includes the fund",
            with(
                without(tx_physician(), &["policy"]),
                vec![md_license(WI, d(2028, 1, 31))],
            ),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: Vec::new(),
                    telehealth_covered: Answer::Yes,
                    tail: Tail::Employer,
                }),
                ..offer(&[WI])
            },
        )
        .outcome(&[Verify])
        .has(State(WI), "coverage_limits_unknown", Outcome::Verify)
        .has(State(WI), "patient_compensation_fund", Warning),
        case(
            "malpractice rule unknown",
            with(
                tx_physician(),
                vec![license(
                    "lic-MA",
                    MA,
                    "MD",
                    LicenseStatus::Active,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[MA]),
        )
        .outcome(&[Verify])
        .has(State(MA), "malpractice_requirement_unknown", verify),
        // --- unknown data, periods and the offer itself ----------------------------------
        case(
            "jurisdiction missing from the reference data",
            with(tx_physician(), vec![md_license(GU, d(2028, 1, 31))]),
            offer(&[GU]),
        )
        .outcome(&[Verify])
        .has(State(GU), "license_covers_offer", Met)
        .has(State(GU), "jurisdiction_data_missing", verify),
        case(
            "open-ended offer judged for one year",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2027, 3, 31))],
            ),
            dated(offer(&[TX]), d(2026, 7, 1), None),
        )
        .outcome(&[AcceptableNow])
        .has(At::Offer, "open_ended_offer_horizon", Warning)
        .has(State(TX), "license_expires_during_offer", Met),
        case(
            "open-ended offer, credentials outlast the horizon",
            tx_physician(),
            dated(offer(&[TX]), d(2026, 7, 1), None),
        )
        .has(At::Offer, "open_ended_offer_horizon", Warning)
        .has(State(TX), "license_covers_offer", Met),
        case(
            "offer already started: judged from today",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Active,
                    d(2027, 1, 31),
                )],
            ),
            dated(offer(&[TX]), d(2026, 1, 1), Some(d(2026, 12, 31))),
        )
        .today(d(2026, 6, 1))
        .has(State(TX), "license_covers_offer", Met),
        case(
            "offer already ended",
            tx_physician(),
            dated(offer(&[TX]), d(2026, 1, 1), Some(d(2026, 5, 31))),
        )
        .outcome(&[NotAcceptable])
        .has(At::Offer, "offer_already_ended", Blocked),
        case(
            "offer ends before it starts",
            tx_physician(),
            dated(offer(&[TX]), d(2026, 9, 1), Some(d(2026, 8, 1))),
        )
        .outcome(&[Verify])
        .has(At::Offer, "offer_dates_inverted", verify),
        case("offer names no patient state", tx_physician(), offer(&[]))
            .outcome(&[Verify])
            .has(At::Offer, "offer_without_patient_jurisdictions", verify),
        case(
            "controlled substances with no modality recorded",
            tx_physician(),
            Offer {
                modalities: Vec::new(),
                ..cs_offer(&[TX], &[s4])
            },
        )
        .outcome(&[Verify])
        .has(State(TX), "offer_modalities_unknown", verify),
    ]
}

fn reasons_at(verdict: &OfferVerdict, at: At) -> Vec<&licensure_core::reason::Reason> {
    match at {
        At::Offer => verdict.reasons.iter().collect(),
        At::State(j) => verdict
            .states
            .iter()
            .filter(|s| s.jurisdiction == j)
            .flat_map(|s| s.reasons.iter())
            .collect(),
    }
}

fn all_codes(verdict: &OfferVerdict) -> Vec<(String, Outcome)> {
    verdict
        .reasons
        .iter()
        .chain(verdict.states.iter().flat_map(|s| s.reasons.iter()))
        .map(|r| (r.code.to_string(), r.outcome))
        .collect()
}

#[test]
fn offer_verdicts_follow_the_rules() {
    for case in cases() {
        let name = case.name;
        let verdict = evaluate_offer(
            &case.offer,
            &profile(case.profession),
            &case.credentials,
            &case.data,
            case.today,
        );
        let outline = outline_offers(
            std::slice::from_ref(&case.offer),
            &profile(case.profession),
            &case.credentials,
            &case.data,
            case.today,
        );
        assert_eq!(
            outline,
            [OfferOutline::from(verdict.clone())],
            "{name}: the outline differs from the full verdict"
        );
        let codes = all_codes(&verdict);
        assert!(
            case.outcome.contains(&verdict.outcome),
            "{name}: outcome {:?}, expected one of {:?}; reasons {codes:?}",
            verdict.outcome,
            case.outcome
        );
        for (at, code, outcome) in &case.present {
            let found = reasons_at(&verdict, *at)
                .iter()
                .any(|r| r.code == *code && r.outcome == *outcome);
            assert!(
                found,
                "{name}: no {code} ({outcome:?}) at {at:?}; reasons {codes:?}"
            );
        }
        for code in case.absent {
            assert!(
                !codes.iter().any(|(c, _)| c == code),
                "{name}: unexpected {code}; reasons {codes:?}"
            );
        }
        // Invariants every verdict keeps.
        let text = serde_json_text(&verdict);
        for number in NUMBERS.iter().chain(["1234567893", "12345"].iter()) {
            assert!(
                !text.contains(number),
                "{name}: a message shows a credential number"
            );
        }
        for state in &verdict.states {
            for reason in &state.reasons {
                assert!(
                    !reason.code.is_empty() && !reason.message.is_empty(),
                    "{name}: empty reason"
                );
            }
            if state.outcome == Outcome::Missing {
                assert!(
                    !state.steps.is_empty(),
                    "{name}: {}: missing without steps",
                    state.jurisdiction
                );
            }
            if !state.steps.is_empty() {
                assert!(
                    state.reasons.iter().any(|r| r.outcome == Outcome::Missing),
                    "{name}: {}: steps with nothing missing",
                    state.jurisdiction
                );
            }
        }
        if verdict.outcome == AcceptableNow {
            assert!(
                verdict.totals.states_needing_steps.is_empty(),
                "{name}: acceptable now with steps"
            );
        }
    }
}

/// Every user-visible text of a verdict: messages and step descriptions.
fn serde_json_text(verdict: &OfferVerdict) -> String {
    let mut text = Vec::new();
    for r in verdict
        .reasons
        .iter()
        .chain(verdict.states.iter().flat_map(|s| s.reasons.iter()))
    {
        text.push(r.message.clone());
    }
    for s in verdict.states.iter().flat_map(|s| s.steps.iter()) {
        text.push(s.description.clone());
        text.extend(s.details.iter().cloned());
    }
    text.join("\n")
}

/// A Texas physician also licensed and registered in Alabama (and `extra`), judged for a
/// Texas and Alabama offer with controlled substances.
fn texas_and_alabama(extra: Vec<Credential>) -> (Vec<Credential>, OfferVerdict) {
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

#[test]
fn reasons_name_the_credential_and_cite_the_facts() {
    let (_, verdict) = texas_and_alabama(Vec::new());
    let cases: &[(&str, Jurisdiction, &str, Option<&str>, bool)] = &[
        ("license", TX, "license_covers_offer", Some("lic-TX"), false),
        ("DEA", AL, "dea_registration_covers", Some("dea-AL"), true),
        ("CSR", AL, "csr_covers", Some("csr-AL"), true),
        ("Texas CSR rule", TX, "csr_not_required", None, true),
        (
            "flexibilities",
            TX,
            "telemedicine_flexibilities_cover_offer",
            None,
            true,
        ),
        (
            "policy",
            AL,
            "malpractice_covers_offer",
            Some("policy"),
            false,
        ),
        (
            "state minimum, judged on the policy's limits",
            AL,
            "no_state_malpractice_minimum",
            Some("policy"),
            true,
        ),
    ];
    for (name, j, code, credential_id, cited) in cases {
        let reasons = reasons_at(&verdict, At::State(*j));
        let Some(reason) = reasons.iter().find(|r| r.code == *code) else {
            panic!("{name}: no {code} in {j}");
        };
        assert_eq!(
            reason.credential_id.as_deref(),
            *credential_id,
            "{name}: credential"
        );
        assert_eq!(!reason.citations.is_empty(), *cited, "{name}: citations");
        for citation in &reason.citations {
            assert!(
                citation.sources.iter().all(|s| s.starts_with("https://")),
                "{name}: citation without an address"
            );
        }
    }
}

#[test]
fn flexibilities_end_is_explained_with_the_date_and_what_remains() {
    let verdict = evaluate_offer(
        &dated(
            cs_offer(&[TX], &[Schedule::S4]),
            d(2026, 10, 1),
            Some(d(2027, 3, 31)),
        ),
        &profile(Profession::Md),
        &tx_physician(),
        &dataset(),
        today(),
    );
    let reasons = reasons_at(&verdict, At::State(TX));
    let Some(reason) = reasons
        .iter()
        .find(|r| r.code == "telemedicine_flexibilities_end_during_offer")
    else {
        panic!("no flexibilities reason: {reasons:?}");
    };
    let cases = [
        ("last day in force", "2026-12-31"),
        ("first day without", "2027-01-01"),
        ("what it means", "not examined in person is not covered"),
        (
            "the way out",
            "unless DEA extends the flexibilities or a special registration rule applies",
        ),
        ("a rule still in force", "Buprenorphine telemedicine rule"),
    ];
    for (name, needle) in cases {
        assert!(
            reason.message.contains(needle),
            "{name}: {}",
            reason.message
        );
    }
    assert_eq!(
        reason.citations.len(),
        2,
        "cites the flexibilities and the other rule"
    );
}

#[test]
fn summary_adds_fees_and_days_and_orders_steps() {
    // AL needs a CSR and a DEA registration (fee 888), and the license renews mid-offer;
    // TX needs nothing.
    let credentials = with(tx_physician(), vec![md_license(AL, d(2026, 11, 30))]);
    let offer = Offer {
        fees_reimbursed: true,
        ..cs_offer(&[TX, AL], &[Schedule::S4])
    };
    let verdict = evaluate_offer(
        &offer,
        &profile(Profession::Md),
        &credentials,
        &dataset(),
        today(),
    );
    assert_eq!(verdict.outcome, AcceptableAfterSteps, "outcome");
    assert_eq!(
        verdict.totals.states_needing_steps,
        vec![AL],
        "states needing steps"
    );
    assert_eq!(
        verdict.totals.total_known_fees_usd, 888,
        "known fees: the DEA fee"
    );
    assert_eq!(
        verdict.totals.steps_with_unknown_fee, 1,
        "the CSR fee is unknown"
    );
    assert!(verdict.totals.fees_reimbursed, "fees reimbursed");
    let Some(al) = verdict.states.iter().find(|s| s.jurisdiction == AL) else {
        panic!("no AL verdict");
    };
    let order: Vec<&str> = al.steps.iter().map(|s| s.resolves.as_ref()).collect();
    assert_eq!(
        order,
        vec!["csr_missing", "dea_registration_missing"],
        "steps in order; the license renews during the offer"
    );
    let renewals: Vec<(&str, NaiveDate)> = al
        .renewals
        .iter()
        .map(|r| (r.credential_id.as_ref(), r.due))
        .collect();
    assert_eq!(
        renewals,
        vec![("lic-AL", d(2026, 11, 30))],
        "the renewal due"
    );
    assert!(
        al.steps.iter().all(|s| s.fee_reimbursed),
        "each step carries the reimbursement"
    );
    assert_eq!(
        verdict.totals.max_estimated_days, None,
        "no step has a known duration"
    );
    assert_eq!(
        verdict.totals.steps_with_unknown_days, 2,
        "every step's duration unknown"
    );
}

#[test]
fn the_period_runs_from_the_later_of_start_and_today() {
    let cases = [
        (
            "future offer",
            d(2026, 7, 1),
            Some(d(2026, 12, 31)),
            d(2026, 6, 1),
            d(2026, 7, 1),
            d(2026, 12, 31),
            false,
        ),
        (
            "started offer",
            d(2026, 1, 1),
            Some(d(2026, 12, 31)),
            d(2026, 6, 1),
            d(2026, 6, 1),
            d(2026, 12, 31),
            false,
        ),
        (
            "ends today",
            d(2026, 1, 1),
            Some(d(2026, 6, 1)),
            d(2026, 6, 1),
            d(2026, 6, 1),
            d(2026, 6, 1),
            false,
        ),
        (
            "open-ended, future",
            d(2026, 7, 1),
            None,
            d(2026, 6, 1),
            d(2026, 7, 1),
            d(2027, 6, 30),
            true,
        ),
        (
            "open-ended, started",
            d(2025, 1, 1),
            None,
            d(2026, 6, 1),
            d(2026, 6, 1),
            d(2027, 5, 31),
            true,
        ),
    ];
    for (name, start, end, today, want_start, want_end, open_ended) in cases {
        let verdict = evaluate_offer(
            &dated(offer(&[TX]), start, end),
            &profile(Profession::Md),
            &tx_physician(),
            &dataset(),
            today,
        );
        let Some(period) = verdict.period else {
            panic!("{name}: no period");
        };
        assert_eq!(
            (period.start, period.end, period.open_ended),
            (want_start, want_end, open_ended),
            "{name}"
        );
    }
}

#[test]
fn offers_are_judged_one_by_one_in_order() {
    let offers = vec![
        Offer {
            id: "now".to_string(),
            ..offer(&[TX])
        },
        Offer {
            id: "ended".to_string(),
            ..dated(offer(&[TX]), d(2026, 1, 1), Some(d(2026, 2, 1)))
        },
    ];
    let verdicts = evaluate_offers(
        &offers,
        &profile(Profession::Md),
        &tx_physician(),
        &dataset(),
        today(),
    );
    let got: Vec<(&str, OfferOutcome)> = verdicts
        .iter()
        .map(|v| (v.offer_id.as_str(), v.outcome))
        .collect();
    assert_eq!(got, vec![("now", AcceptableNow), ("ended", NotAcceptable)]);
}

#[test]
fn duplicate_patient_states_are_judged_once_and_the_verdict_round_trips() {
    let verdict = evaluate_offer(
        &offer(&[TX, TX, AL, TX]),
        &profile(Profession::Md),
        &tx_physician(),
        &dataset(),
        today(),
    );
    let states: Vec<Jurisdiction> = verdict.states.iter().map(|s| s.jurisdiction).collect();
    assert_eq!(states, vec![TX, AL], "distinct, first-seen order");
    let json = match serde_json::to_string(&verdict) {
        Ok(json) => json,
        Err(e) => panic!("verdict does not serialise: {e}"),
    };
    let back: OfferVerdict = match serde_json::from_str(&json) {
        Ok(v) => v,
        Err(e) => panic!("verdict does not parse back: {e}"),
    };
    assert_eq!(back, verdict, "round trip");
    assert!(
        json.contains("\"acceptable_after_steps\"")
            || json.contains("\"verify\"")
            || json.contains("\"not_acceptable\""),
        "snake_case outcome: {json}"
    );
}

#[test]
fn bundled_dataset_flags_an_offer_running_past_the_flexibilities() {
    let data = match Dataset::bundled() {
        Ok(data) => data,
        Err(e) => panic!("bundled dataset does not load: {e}"),
    };
    let verdict = evaluate_offer(
        &dated(
            cs_offer(&[TX], &[Schedule::S4]),
            d(2026, 12, 1),
            Some(d(2027, 3, 31)),
        ),
        &profile(Profession::Md),
        &tx_physician(),
        &data,
        d(2026, 11, 26),
    );
    let codes = all_codes(&verdict);
    assert!(
        codes.contains(&(
            "telemedicine_flexibilities_end_during_offer".to_string(),
            Outcome::Verify
        )),
        "reasons {codes:?}"
    );
    assert_ne!(
        verdict.outcome, AcceptableNow,
        "never acceptable past the flexibilities"
    );
}

/// A policy with its own id, for the cases that hold several.
fn policy_named(id: &str, terms: PolicyTerms) -> Credential {
    Credential {
        id: id.to_string(),
        ..policy(terms)
    }
}

#[test]
fn of_several_ways_to_be_covered_the_best_is_reported_in_full() {
    let covering = || policy_terms();
    let ended = || PolicyTerms {
        end: d(2026, 6, 1),
        ..policy_terms()
    };
    let ends_during = || PolicyTerms {
        end: d(2026, 10, 1),
        ..policy_terms()
    };
    let telehealth_unknown = || PolicyTerms {
        telehealth: Answer::Unknown,
        ..policy_terms()
    };
    let elsewhere = || PolicyTerms {
        coverage: Coverage::Listed(vec![AL]),
        ..policy_terms()
    };
    let no_telehealth = || PolicyTerms {
        telehealth: Answer::No,
        ..policy_terms()
    };
    let employer = EmployerMalpractice {
        jurisdictions: vec![TX],
        telehealth_covered: Answer::Yes,
        tail: Tail::Employer,
    };
    // (name, policies, employer coverage, the credential the deciding reason names (None:
    // the employer's), the malpractice codes expected in TX, codes that must be absent)
    type Row = (
        &'static str,
        Vec<Credential>,
        Option<EmployerMalpractice>,
        Option<&'static str>,
        &'static [&'static str],
        &'static [&'static str],
    );
    let rows: Vec<Row> = vec![
        (
            "an ended policy before a covering one: the covering one",
            vec![policy_named("a", ended()), policy_named("b", covering())],
            None,
            Some("b"),
            &["malpractice_covers_offer"],
            &["malpractice_expired"],
        ),
        (
            "two covering policies: the first recorded",
            vec![policy_named("a", covering()), policy_named("b", covering())],
            None,
            Some("a"),
            &["malpractice_covers_offer"],
            &[],
        ),
        (
            "a policy renewed in the normal course beats one whose telehealth cover is unknown",
            vec![
                policy_named("a", ends_during()),
                policy_named("b", telehealth_unknown()),
            ],
            None,
            Some("a"),
            &["malpractice_ends_during_offer"],
            &["telehealth_coverage_unknown"],
        ),
        (
            "a policy that renews during the offer beats one that has ended",
            vec![policy_named("a", ends_during()), policy_named("b", ended())],
            None,
            Some("a"),
            &["malpractice_ends_during_offer"],
            &["malpractice_expired"],
        ),
        (
            "a policy for another state is not explained when one serves",
            vec![policy_named("a", elsewhere()), policy_named("b", ended())],
            None,
            Some("b"),
            &["malpractice_expired"],
            &["malpractice_state_not_covered"],
        ),
        (
            "the employer's coverage comes first on a tie",
            vec![policy_named("a", covering())],
            Some(employer.clone()),
            None,
            &["employer_malpractice_covers"],
            &["malpractice_covers_offer"],
        ),
        (
            "an own covering policy beats employer coverage that misses the state",
            vec![policy_named("a", covering())],
            Some(EmployerMalpractice {
                jurisdictions: vec![AL],
                ..employer.clone()
            }),
            Some("a"),
            &["malpractice_covers_offer"],
            &["employer_coverage_excludes_state"],
        ),
        (
            "nothing serves: every policy says why",
            vec![
                policy_named("a", elsewhere()),
                policy_named("b", no_telehealth()),
            ],
            None,
            Some("a"),
            &[
                "malpractice_state_not_covered",
                "policy_excludes_telehealth",
            ],
            &["malpractice_covers_offer"],
        ),
    ];
    let malpractice_codes = [
        "malpractice_covers_offer",
        "malpractice_expired",
        "malpractice_ends_during_offer",
        "malpractice_state_not_covered",
        "policy_excludes_telehealth",
        "employer_malpractice_covers",
    ];
    for (name, policies, employer, names, expected, absent) in rows {
        let credentials = with(without(tx_physician(), &["policy"]), policies);
        let offer = Offer {
            employer_malpractice: employer,
            ..offer(&[TX])
        };
        let verdict = evaluate_offer(
            &offer,
            &profile(Profession::Md),
            &credentials,
            &dataset(),
            today(),
        );
        let reasons = reasons_at(&verdict, State(TX));
        let codes: Vec<&str> = reasons.iter().map(|r| r.code.as_ref()).collect();
        for code in expected {
            assert!(codes.contains(code), "{name}: no {code} in {codes:?}");
        }
        for code in absent {
            assert!(
                !codes.contains(code),
                "{name}: unexpected {code} in {codes:?}"
            );
        }
        let deciding = reasons
            .iter()
            .find(|r| malpractice_codes.contains(&r.code.as_ref()))
            .unwrap_or_else(|| panic!("{name}: no malpractice reason in {codes:?}"));
        assert_eq!(deciding.credential_id.as_deref(), names, "{name}");
        for r in &reasons {
            assert!(!r.message.is_empty(), "{name}: {} has no message", r.code);
        }
        let minimum = reasons
            .iter()
            .find(|r| r.code == "no_state_malpractice_minimum");
        if let Some(minimum) = minimum {
            assert!(
                !minimum.citations.is_empty(),
                "{name}: minimum without its source"
            );
        }
        let state = &verdict.states[0];
        if state.outcome == Outcome::Missing {
            assert!(
                state.steps.iter().all(|s| !s.description.is_empty()),
                "{name}: a step without words"
            );
        }
    }
}

#[test]
fn an_edit_that_makes_an_acceptable_offer_worse_is_a_setback() {
    let tx_offer = || Offer {
        id: "tx".to_string(),
        ..offer(&[TX])
    };
    let cs = || Offer {
        id: "cs".to_string(),
        employer: "Lakeside Psychiatry".to_string(),
        ..cs_offer(&[TX], &[Schedule::S4])
    };
    // Expires before the offer starts on 2026-07-01: a gap, not a renewal during the offer.
    let expiring = || {
        with(
            without(tx_physician(), &["lic-TX"]),
            vec![md_license(TX, d(2026, 6, 30))],
        )
    };
    // (name, offers, (profession, credentials) before, after, expected setbacks as
    // (offer id, outcome after, states, title contains))
    type Side = (Profession, Vec<Credential>);
    type Row = (
        &'static str,
        Vec<Offer>,
        Side,
        Side,
        Vec<(&'static str, OfferOutcome, Vec<Jurisdiction>, &'static str)>,
    );
    let md = Profession::Md;
    let rows: Vec<Row> = vec![
        (
            "nothing changed",
            vec![tx_offer()],
            (md, tx_physician()),
            (md, tx_physician()),
            vec![],
        ),
        (
            "the license that gave authority is deleted",
            vec![tx_offer()],
            (md, tx_physician()),
            (md, without(tx_physician(), &["lic-TX"])),
            vec![("tx", AcceptableAfterSteps, vec![TX], "needs steps")],
        ),
        (
            "the license is changed to lapse before the offer starts",
            vec![tx_offer()],
            (md, tx_physician()),
            (md, expiring()),
            vec![("tx", AcceptableAfterSteps, vec![TX], "needs steps")],
        ),
        (
            "renewing the license is an improvement, not a setback",
            vec![tx_offer()],
            (md, expiring()),
            (md, tx_physician()),
            vec![],
        ),
        (
            "a profession that cannot prescribe blocks a controlled-substance offer",
            vec![tx_offer(), cs()],
            (md, tx_physician()),
            (Profession::Psychologist, tx_physician()),
            vec![
                ("tx", AcceptableAfterSteps, vec![TX], "needs steps"),
                ("cs", NotAcceptable, vec![TX], "can no longer be accepted"),
            ],
        ),
        (
            "an offer that needed steps and now needs more is not worse in outcome",
            vec![tx_offer()],
            (md, without(tx_physician(), &["lic-TX"])),
            (md, without(tx_physician(), &["lic-TX", "policy"])),
            vec![],
        ),
    ];
    for (name, offers, (p_before, c_before), (p_after, c_after), expected) in rows {
        let data = dataset();
        let before = outline_offers(&offers, &profile(p_before), &c_before, &data, today());
        let after = evaluate_offers(&offers, &profile(p_after), &c_after, &data, today());
        let got = setbacks(&offers, &before, &after);
        assert_eq!(got.len(), expected.len(), "{name}: {got:?}");
        // The watch writes out in full only the offers whose outline got worse: the same.
        let outlined = outline_offers(&offers, &profile(p_after), &c_after, &data, today());
        let worse: Vec<&str> = worsened(&offers, &before, &outlined)
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        let found: Vec<&str> = got.iter().map(|s| s.offer_id.as_str()).collect();
        assert_eq!(worse, found, "{name}: the outlines find the same setbacks");
        for (setback, (id, outcome, states, title)) in got.iter().zip(&expected) {
            assert_eq!(setback.offer_id, *id, "{name}");
            assert_eq!(setback.after, *outcome, "{name}");
            assert_eq!(&setback.states, states, "{name}");
            assert!(
                setback.title().contains(title),
                "{name}: {}",
                setback.title()
            );
            let body = setback.body();
            assert!(body.contains("Texas"), "{name}: {body}");
            assert!(
                setback.reason.as_deref().is_some_and(|r| !r.is_empty()),
                "{name}"
            );
            for number in NUMBERS.iter().chain(["1234567893"].iter()) {
                assert!(
                    !body.contains(number),
                    "{name}: the body shows a number: {body}"
                );
                assert!(
                    !setback.title().contains(number),
                    "{name}: the title shows a number"
                );
            }
        }
    }
}

#[test]
fn a_setback_matches_offers_by_id_and_quotes_reasons_briefly() {
    let data = dataset();
    let offers = vec![Offer {
        id: "new".to_string(),
        ..offer(&[TX])
    }];
    let after = evaluate_offers(&offers, &profile(Profession::Md), &[], &data, today());
    assert!(
        setbacks(&offers, &[], &after).is_empty(),
        "an offer added by the edit is not a setback"
    );
    let before = outline_offers(
        &offers,
        &profile(Profession::Md),
        &tx_physician(),
        &data,
        today(),
    );
    assert!(
        setbacks(&[], &before, &after).is_empty(),
        "an offer deleted by the edit is not a setback"
    );
    let mut long = after.clone();
    let state = &mut long[0].states[0];
    let deciding = state
        .reasons
        .iter_mut()
        .max_by_key(|r| r.outcome as u8)
        .expect("a reason");
    deciding.message = "é".repeat(MAX_QUOTED_CHARS * 2);
    deciding.outcome = Outcome::Blocked;
    state.outcome = Outcome::Blocked;
    long[0].outcome = OfferOutcome::NotAcceptable;
    let got = setbacks(&offers, &before, &long);
    let reason = got[0].reason.as_deref().expect("a reason");
    assert_eq!(
        reason.chars().count(),
        MAX_QUOTED_CHARS + 1,
        "cut, with an ellipsis"
    );
    assert!(reason.ends_with('…'));
}

/// Offers judged together share one pass (credential ids, citations and texts written once);
/// nothing of one offer, state or credential may leak into another's verdict. Three
/// claims-made policies without tail (different carriers, ends and states; two with the same
/// empty id), two licenses in one state, offers over different dates, states and schedules:
/// each verdict is the one the offer gets when judged alone.
#[test]
fn offers_judged_together_get_the_verdicts_they_get_alone() {
    let claims_made = |id: &str, carrier: &str, end: NaiveDate, states: &[Jurisdiction]| {
        let mut c = policy(PolicyTerms {
            coverage: Coverage::Listed(states.to_vec()),
            end,
            basis: PolicyBasis::ClaimsMade,
            tail: Tail::None,
            ..policy_terms()
        });
        if let CredentialDetail::MalpracticePolicy(p) = &mut c.detail {
            p.carrier = carrier.to_string();
        }
        c.id = id.to_string();
        c
    };
    let credentials = with(
        without(tx_physician(), &["policy"]),
        vec![
            claims_made("", "Prudent Mutual", d(2026, 9, 30), &[TX, AL]),
            claims_made("", "Granite Casualty", d(2026, 10, 31), &[TX, FL, CO]),
            claims_made("policy-harbor", "Harbor Re", d(2026, 11, 30), &[MA, AL]),
            license(
                "lic-TX-old",
                TX,
                "MD",
                LicenseStatus::Expired,
                d(2025, 1, 31),
            ),
            md_license(FL, d(2026, 8, 31)),
            dea(FL, &[Schedule::S2], d(2026, 11, 30)),
        ],
    );
    let offers = vec![
        Offer {
            id: "a".to_string(),
            ..cs_offer(&[TX, FL, AL, MA], &[Schedule::S2, Schedule::S4])
        },
        Offer {
            id: "b".to_string(),
            ..dated(offer(&[CO, TX, MA]), d(2026, 8, 1), Some(d(2027, 3, 31)))
        },
        Offer {
            id: "c".to_string(),
            ..dated(cs_offer(&[FL, GU], &[Schedule::S2]), d(2026, 10, 1), None)
        },
    ];
    let (person, data) = (profile(Profession::Md), dataset());
    let together = evaluate_offers(&offers, &person, &credentials, &data, today());
    assert_eq!(together.len(), offers.len());
    for (offer, verdict) in offers.iter().zip(&together) {
        let alone = evaluate_offer(offer, &person, &credentials, &data, today());
        assert_eq!(verdict, &alone, "offer {}", offer.id);
    }
    // Each policy's own words reached the verdicts.
    let text: String = together.iter().map(serde_json_text).collect();
    for carrier in ["Prudent Mutual", "Granite Casualty", "Harbor Re"] {
        assert!(text.contains(carrier), "{carrier} missing from {text}");
    }
}

#[test]
fn the_credentials_relied_on_are_those_the_states_name_each_once() {
    // Texas and Alabama with controlled substances: each state's license, DEA registration
    // and (Alabama) CSR, and the one malpractice policy both states rely on; not the
    // Colorado license, which no patient state needs.
    let (credentials, verdict) = texas_and_alabama(vec![md_license(CO, d(2028, 1, 31))]);
    let mut relied: Vec<String> = verdict
        .relied_on()
        .iter()
        .map(|id| id.to_string())
        .collect();
    let policy_id = credentials[2].id.clone();
    let mut expected = vec![
        "lic-TX".to_string(),
        "dea-TX".to_string(),
        policy_id,
        "lic-AL".to_string(),
        "dea-AL".to_string(),
        "csr-AL".to_string(),
    ];
    assert_eq!(relied.len(), expected.len(), "each once: {relied:?}");
    relied.sort();
    expected.sort();
    assert_eq!(relied, expected);
    // Texas first: the states in the offer's order.
    assert_eq!(&*verdict.relied_on()[0], "lic-TX");
}
