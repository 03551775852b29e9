//! A small synthetic reference dataset and clinician for the IMLC, compact and path tests.
//!
//! Memberships follow the shape of the real data (principal-capable members, HI/VT that
//! cannot be principal, states enacted but not issuing) without claiming to be current.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use licensure_core::model::{
    Answer, BoardCertification, CertifyingBody, Compact, CompactPrivilege, Credential,
    CredentialDetail, Education, ExamAttempts, ExamComponent, History, ImlcLoq, LicenseRoute,
    LicenseStatus, LoqStatus, MedicalSchool, PracticeShare, Profession, Profile, StateLicense,
    TelehealthRegistration,
};
use licensure_core::reference::{
    CompactFacts, CompactMembership, CompactStatus, Confidence, Dataset, Fact, FederalFacts,
    FullLicenseFacts, ImlcRules, JurisdictionFacts, RouteScope, TelehealthRoute,
    TelehealthRouteKind,
};
use licensure_core::Jurisdiction::{self, *};

/// The day every rule is evaluated on unless a case says otherwise.
pub fn today() -> NaiveDate {
    day(2026, 6, 1)
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("not a date: {y}-{m}-{d}"),
    }
}

pub fn fact<T>(value: T) -> Fact<T> {
    Fact {
        value: Some(value),
        sources: ["https://imlcc.com/participating-states/".to_string()].into(),
        as_of: day(2026, 1, 15),
        confidence: Confidence::Verified,
        note: String::new(),
    }
}

/// A fact whose sources disagree: the value is there but must not be used.
pub fn conflicting<T>(value: T) -> Fact<T> {
    Fact {
        confidence: Confidence::Conflicting,
        ..fact(value)
    }
}

pub fn unknown<T>() -> Fact<T> {
    Fact {
        value: None,
        sources: ["https://imlcc.com/participating-states/".to_string()].into(),
        as_of: day(2026, 1, 15),
        confidence: Confidence::Unknown,
        note: String::new(),
    }
}

/// Builds a [`Dataset`]: every jurisdiction known, a not-member of every compact unless set.
pub struct Data {
    pub dataset: Dataset,
}

impl Data {
    /// The standard small world the tests share.
    pub fn standard() -> Data {
        let mut data = Data::empty()
            .members(
                Compact::Imlc,
                CompactStatus::Member,
                &[TX, CO, FL, WI, MN, AZ, IL, UT],
            )
            .members(Compact::Imlc, CompactStatus::MemberNotPrincipal, &[HI, VT])
            .members(
                Compact::Imlc,
                CompactStatus::EnactedNotImplemented,
                &[AR, NM, RI],
            )
            .members(
                Compact::Nlc,
                CompactStatus::Member,
                &[TX, FL, AZ, CO, WI, UT],
            )
            .members(Compact::Nlc, CompactStatus::EnactedNotImplemented, &[MA])
            .members(Compact::Psypact, CompactStatus::Member, &[TX, AZ, CO, FL])
            .members(Compact::Counseling, CompactStatus::Member, &[AZ, MN])
            .members(
                Compact::Counseling,
                CompactStatus::EnactedNotImplemented,
                &[TX, CO, FL],
            )
            .members(
                Compact::PaCompact,
                CompactStatus::EnactedNotImplemented,
                &[UT, WI, CO],
            )
            .members(
                Compact::AprnCompact,
                CompactStatus::EnactedNotImplemented,
                &[DE, UT],
            )
            .members(
                Compact::SocialWork,
                CompactStatus::EnactedNotImplemented,
                &[KS, UT, CO],
            );
        data.jurisdiction(FL)
            .telehealth_routes
            .push(fact(registration(
                "fl_telehealth_registration",
                &[
                    Profession::Md,
                    Profession::Do,
                    Profession::Rn,
                    Profession::Psychologist,
                    Profession::Counselor,
                ],
                Some(0),
                Some(21),
            )));
        data.jurisdiction(MN)
            .telehealth_routes
            .push(fact(registration(
                "mn_interstate_telehealth",
                &[Profession::Md, Profession::Do],
                Some(175),
                Some(30),
            )));
        data.jurisdiction(MN)
            .telehealth_routes
            .push(fact(TelehealthRoute {
                kind: TelehealthRouteKind::Exception,
                scope: RouteScope::ExistingPatients,
                ..registration(
                    "mn_irregular_exception",
                    &[Profession::Md, Profession::Do],
                    None,
                    None,
                )
            }));
        data
    }

    /// Every jurisdiction present, every compact membership NotMember, compacts operational
    /// as the research has them (IMLC, NLC, PSYPACT, Counseling yes; PA, APRN, social work no).
    pub fn empty() -> Data {
        let jurisdictions = Jurisdiction::ALL
            .iter()
            .map(|&j| JurisdictionFacts {
                jurisdiction: j,
                medical_board_url: String::new(),
                compacts: ALL_COMPACTS
                    .iter()
                    .map(|&c| (c, fact(membership(CompactStatus::NotMember))))
                    .collect::<BTreeMap<_, _>>(),
                telehealth_answer: unknown(),
                telehealth_routes: Vec::new(),
                telehealth_prescribing: unknown(),
                csr: unknown(),
                malpractice: unknown(),
                medical_renewal: unknown(),
                full_license: fact(FullLicenseFacts {
                    fee_usd: Some(500),
                    typical_days: Some(90),
                    time_drivers: Vec::new(),
                    imlc_fee_usd: None,
                }),
                cme: None,
            })
            .collect();
        let compacts = ALL_COMPACTS
            .iter()
            .map(|&c| CompactFacts {
                compact: c,
                name: format!("{c:?} compact"),
                professions: Vec::new(),
                operational: fact(!matches!(
                    c,
                    Compact::PaCompact | Compact::AprnCompact | Compact::SocialWork
                )),
                commission_url: String::new(),
                typical_days: (c == Compact::Imlc).then(|| fact(30)),
                commission_fee_usd: None,
            })
            .collect();
        Data {
            dataset: Dataset {
                as_of: day(2026, 1, 15),
                federal: FederalFacts {
                    dea_per_state: unknown(),
                    dea_cycle_years: unknown(),
                    dea_renewal_window_days: unknown(),
                    dea_fee_usd: unknown(),
                    telemedicine_rules: Vec::new(),
                    mate_act: None,
                },
                imlc: ImlcRules {
                    loq_fee_usd: fact(700),
                    loq_validity_days: fact(365),
                    max_exam_attempts: fact(3),
                    min_practice_share_percent: fact(25),
                    board_certification_required: fact(true),
                },
                compacts,
                jurisdictions,
            },
        }
    }

    pub fn members(
        mut self,
        compact: Compact,
        status: CompactStatus,
        states: &[Jurisdiction],
    ) -> Data {
        for &j in states {
            self.jurisdiction(j)
                .compacts
                .insert(compact, fact(membership(status)));
        }
        self
    }

    pub fn membership_fact(
        mut self,
        compact: Compact,
        j: Jurisdiction,
        f: Fact<CompactMembership>,
    ) -> Data {
        self.jurisdiction(j).compacts.insert(compact, f);
        self
    }

    pub fn imlc(mut self, edit: impl FnOnce(&mut ImlcRules)) -> Data {
        edit(&mut self.dataset.imlc);
        self
    }

    pub fn operational(mut self, compact: Compact, f: Fact<bool>) -> Data {
        for c in self
            .dataset
            .compacts
            .iter_mut()
            .filter(|c| c.compact == compact)
        {
            c.operational = f.clone();
        }
        self
    }

    pub fn telehealth(mut self, j: Jurisdiction, route: Fact<TelehealthRoute>) -> Data {
        self.jurisdiction(j).telehealth_routes.push(route);
        self
    }

    pub fn without(mut self, j: Jurisdiction) -> Data {
        self.dataset.jurisdictions.retain(|f| f.jurisdiction != j);
        self
    }

    pub fn build(self) -> Dataset {
        self.dataset
    }

    fn jurisdiction(&mut self, j: Jurisdiction) -> &mut JurisdictionFacts {
        match self
            .dataset
            .jurisdictions
            .iter_mut()
            .find(|f| f.jurisdiction == j)
        {
            Some(facts) => facts,
            None => panic!("{j} was removed from the fixture"),
        }
    }
}

pub const ALL_COMPACTS: &[Compact] = &[
    Compact::Imlc,
    Compact::Nlc,
    Compact::Psypact,
    Compact::Counseling,
    Compact::PaCompact,
    Compact::AprnCompact,
    Compact::SocialWork,
];

pub fn membership(status: CompactStatus) -> CompactMembership {
    CompactMembership {
        status,
        enacted: None,
        implemented: None,
    }
}

pub fn registration(
    id: &str,
    professions: &[Profession],
    fee_usd: Option<u32>,
    typical_days: Option<u32>,
) -> TelehealthRoute {
    TelehealthRoute {
        id: id.into(),
        name: id.replace('_', " "),
        kind: TelehealthRouteKind::Registration,
        scope: RouteScope::AnyPatient,
        professions: professions.to_vec(),
        modalities: Vec::new(),
        controlled_substances_allowed: Some(false),
        excluded_schedules: Vec::new(),
        no_office: true,
        no_in_person: true,
        requires_malpractice_cover: false,
        fee_usd,
        renewal_years: None,
        typical_days,
        closed_on: None,
        limits: String::new(),
    }
}

/// An MD living, employed, taxed and practising in Texas, with a clean history, accredited
/// education, every exam passed at the first attempt.
pub fn physician() -> Profile {
    Profile {
        given_name: "Ana".into(),
        family_name: "Reyes".into(),
        profession: Profession::Md,
        npi: None,
        residence: Some(TX),
        employer_jurisdiction: Some(TX),
        tax_jurisdiction: Some(TX),
        practice_shares: vec![PracticeShare {
            jurisdiction: TX,
            percent: 100,
        }],
        education: Education {
            school: MedicalSchool::Accredited,
            gme_completed: Answer::Yes,
        },
        exam_attempts: exams(&[
            (ExamComponent::UsmleStep1, 1),
            (ExamComponent::UsmleStep2Ck, 1),
            (ExamComponent::UsmleStep3, 1),
        ]),
        history: History {
            discipline: Answer::No,
            criminal: Answer::No,
            controlled_substance_action: Answer::No,
            open_investigation: Answer::No,
        },
    }
}

/// Another profession living and practising in `home`, history answered "no".
pub fn clinician(profession: Profession, home: Option<Jurisdiction>) -> Profile {
    Profile {
        profession,
        residence: home,
        employer_jurisdiction: home,
        tax_jurisdiction: home,
        practice_shares: Vec::new(),
        education: Education::default(),
        exam_attempts: Vec::new(),
        ..physician()
    }
}

pub fn exams(list: &[(ExamComponent, u8)]) -> Vec<ExamAttempts> {
    list.iter()
        .map(|&(component, attempts)| ExamAttempts {
            component,
            attempts,
        })
        .collect()
}

pub fn credential(id: &str, detail: CredentialDetail) -> Credential {
    Credential {
        id: id.into(),
        detail,
        notes: String::new(),
    }
}

pub fn license(
    id: &str,
    j: Jurisdiction,
    license_type: &str,
    status: LicenseStatus,
    expires: Option<NaiveDate>,
) -> Credential {
    credential(
        id,
        CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: license_type.into(),
            number: "SECRET-123".into(),
            status,
            restriction_notes: String::new(),
            issued: None,
            expires,
            route: LicenseRoute::Direct,
        }),
    )
}

/// An active MD license in `j` valid into 2027.
pub fn md(j: Jurisdiction) -> Credential {
    license(
        &format!("lic-{}", j.code().to_lowercase()),
        j,
        "MD",
        LicenseStatus::Active,
        Some(day(2027, 8, 31)),
    )
}

pub fn certification(
    body: CertifyingBody,
    expires: Option<NaiveDate>,
    time_unlimited: bool,
) -> Credential {
    credential(
        "cert",
        CredentialDetail::BoardCertification(BoardCertification {
            board: "American Board of Internal Medicine".into(),
            specialty: "Internal medicine".into(),
            body,
            expires,
            time_unlimited,
        }),
    )
}

/// A current ABMS certification.
pub fn abms() -> Credential {
    certification(CertifyingBody::Abms, Some(day(2030, 12, 31)), false)
}

pub fn privilege(
    id: &str,
    compact: Compact,
    home_state: Jurisdiction,
    states: &[Jurisdiction],
    expires: Option<NaiveDate>,
) -> Credential {
    credential(
        id,
        CredentialDetail::CompactPrivilege(CompactPrivilege {
            compact,
            home_state,
            privilege_states: states.to_vec(),
            number: "SECRET-456".into(),
            issued: None,
            expires,
        }),
    )
}

pub fn telehealth_registration(j: Jurisdiction, expires: Option<NaiveDate>) -> Credential {
    credential(
        &format!("reg-{}", j.code().to_lowercase()),
        CredentialDetail::TelehealthRegistration(TelehealthRegistration {
            jurisdiction: j,
            number: "SECRET-789".into(),
            issued: None,
            expires,
            limits: String::new(),
        }),
    )
}

pub fn loq(
    id: &str,
    status: LoqStatus,
    applied: Option<NaiveDate>,
    issued: Option<NaiveDate>,
    expires: Option<NaiveDate>,
) -> Credential {
    credential(
        id,
        CredentialDetail::ImlcLoq(ImlcLoq {
            principal_state: TX,
            status,
            applied,
            issued,
            expires,
        }),
    )
}

/// Sorted, de-duplicated reason codes.
pub fn codes(reasons: &[licensure_core::reason::Reason]) -> Vec<String> {
    let mut codes: Vec<String> = reasons.iter().map(|r| r.code.to_string()).collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Sorted expected codes.
pub fn expected(codes: &[&str]) -> Vec<String> {
    let mut codes: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
    codes.sort();
    codes.dedup();
    codes
}
