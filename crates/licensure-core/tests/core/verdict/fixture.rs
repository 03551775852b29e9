//! Verdict fixture: dates, facts and the small synthetic dataset each case edits.

use chrono::NaiveDate;
use licensure_core::model::{Compact, Modality, Profession};
use licensure_core::reference::{
    CompactFacts, CompactMembership, CompactStatus, CompensationFund, Confidence, CsrRequirement,
    Dataset, DatedRule, Fact, FederalFacts, FullLicenseFacts, ImlcRules, InPersonExam,
    JurisdictionFacts, MalpracticeRequirement, MalpracticeRule, RouteScope, TelehealthAnswer,
    TelehealthPrescribing, TelehealthRoute, TelehealthRouteKind,
};
use licensure_core::verdict::TELEMEDICINE_FLEXIBILITIES;
use licensure_core::Jurisdiction::{self, AL, CO, FL, MA, MN, OR, TX, VA, WI};
use std::collections::BTreeMap;

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(date) => date,
        None => panic!("bad test date {y}-{m}-{day}"),
    }
}

/// Today in most cases: the flexibilities are in force, the offer starts a month later.
pub(super) fn today() -> NaiveDate {
    d(2026, 6, 1)
}

pub(super) fn fact<T>(value: T) -> Fact<T> {
    Fact {
        value: Some(value),
        sources: ["https://board.example.gov/rule".to_string()].into(),
        as_of: d(2026, 5, 1),
        confidence: Confidence::Verified,
        note: String::new(),
    }
}

pub(super) fn unknown<T>() -> Fact<T> {
    Fact {
        value: None,
        sources: ["https://board.example.gov/searched".to_string()].into(),
        as_of: d(2026, 5, 1),
        confidence: Confidence::Unknown,
        note: String::new(),
    }
}

pub(super) fn member(status: CompactStatus) -> Fact<CompactMembership> {
    fact(CompactMembership {
        status,
        enacted: None,
        implemented: None,
    })
}

pub(super) fn csr_rule(required: bool) -> Fact<CsrRequirement> {
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

pub(super) fn no_minimum() -> Fact<MalpracticeRequirement> {
    fact(MalpracticeRequirement {
        rule: MalpracticeRule::None,
        min_per_claim_usd: None,
        min_aggregate_usd: None,
        fund: None,
        alternatives: String::new(),
        applies_to_telehealth: None,
    })
}

pub(super) fn minimum(
    per_claim: u64,
    aggregate: u64,
    fund: Option<&str>,
) -> Fact<MalpracticeRequirement> {
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

pub(super) fn telehealth_route(
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

pub(super) const PHYSICIANS: &[Profession] = &[Profession::Md, Profession::Do];

pub(super) fn jurisdiction(
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
pub(super) fn dataset() -> Dataset {
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

pub(super) fn data_with(change: impl FnOnce(&mut Dataset)) -> Dataset {
    let mut data = dataset();
    change(&mut data);
    data
}

pub(super) fn facts_of(data: &mut Dataset, j: Jurisdiction) -> &mut JurisdictionFacts {
    match data.jurisdictions.iter_mut().find(|f| f.jurisdiction == j) {
        Some(f) => f,
        None => panic!("fixture lacks {j}"),
    }
}
