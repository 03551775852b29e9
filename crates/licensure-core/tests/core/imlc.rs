//! IMLC eligibility: every criterion and its edges, the State of Principal License bases,
//! reachable states and the Letter of Qualification.

use licensure_core::imlc::{imlc_eligibility, ImlcOutcome, LoqStanding, PrincipalBasis};
use licensure_core::model::{
    Answer, CertifyingBody, Compact, Credential, ExamComponent, LicenseStatus, LoqStatus,
    MedicalSchool, PracticeShare, Profession, Profile,
};
use licensure_core::reference::{CompactMembership, CompactStatus, Dataset};
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

use ExamComponent::*;
use PrincipalBasis::*;

struct Case {
    name: &'static str,
    profile: Profile,
    credentials: Vec<Credential>,
    data: Dataset,
    outcome: ImlcOutcome,
    codes: &'static [&'static str],
    candidates: Vec<(Jurisdiction, Vec<PrincipalBasis>)>,
    questions: &'static [&'static str],
}

/// The eligible Texas physician; cases change one thing.
fn base() -> Case {
    Case {
        name: "",
        profile: physician(),
        credentials: vec![md(TX), abms()],
        data: Data::standard().build(),
        outcome: ImlcOutcome::Eligible,
        codes: &[],
        candidates: vec![(TX, vec![PrimaryResidence, PracticeShare, EmployerLocation])],
        questions: &[],
    }
}

fn md_with(edit: impl FnOnce(&mut Profile)) -> Profile {
    let mut p = physician();
    edit(&mut p);
    p
}

/// Lives, works, practises and pays tax in `j`.
fn everything_in(j: Jurisdiction) -> Profile {
    md_with(|p| {
        p.residence = Some(j);
        p.employer_jurisdiction = Some(j);
        p.tax_jurisdiction = Some(j);
        p.practice_shares = vec![PracticeShare {
            jurisdiction: j,
            percent: 100,
        }];
    })
}

fn not_eligible(name: &'static str, codes: &'static [&'static str]) -> Case {
    Case {
        name,
        outcome: ImlcOutcome::NotEligible,
        codes,
        ..base()
    }
}

#[test]
fn eligibility_cases() {
    let cases = vec![
        Case {
            name: "clean Texas physician is eligible through TX on three bases",
            ..base()
        },
        Case {
            name: "an exam passed in exactly three attempts still qualifies",
            profile: md_with(|p| {
                p.exam_attempts = exams(&[(UsmleStep1, 3), (UsmleStep2Ck, 1), (UsmleStep3, 2)])
            }),
            ..base()
        },
        Case {
            profile: md_with(|p| {
                p.exam_attempts = exams(&[(UsmleStep1, 1), (UsmleStep2Ck, 4), (UsmleStep3, 1)])
            }),
            ..not_eligible(
                "four attempts at one component fails",
                &["exam_attempts_exceeded"],
            )
        },
        Case {
            name: "a DO with COMLEX levels in at most three attempts qualifies",
            profile: md_with(|p| {
                p.profession = Profession::Do;
                p.exam_attempts =
                    exams(&[(ComlexLevel1, 2), (ComlexLevel2Ce, 3), (ComlexLevel3, 1)]);
            }),
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "D.O.",
                    LicenseStatus::Active,
                    Some(day(2027, 1, 1)),
                ),
                certification(CertifyingBody::Aoa, Some(day(2029, 1, 1)), false),
            ],
            ..base()
        },
        Case {
            name: "a missing exam level is a question, never a pass",
            profile: md_with(|p| p.exam_attempts = exams(&[(UsmleStep1, 1), (UsmleStep2Ck, 1)])),
            outcome: ImlcOutcome::Verify,
            codes: &["exam_attempts_unknown"],
            questions: &["exam_attempts"],
            ..base()
        },
        Case {
            name: "mixed USMLE and COMLEX levels cover all three levels",
            profile: md_with(|p| {
                p.exam_attempts = exams(&[(UsmleStep1, 1), (ComlexLevel2Ce, 1), (ComlexLevel3, 1)])
            }),
            ..base()
        },
        Case {
            name: "an unknown attempt limit in the data gives verify",
            data: Data::standard()
                .imlc(|r| r.max_exam_attempts = unknown())
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &["exam_rule_unknown"],
            ..base()
        },
        Case {
            profile: everything_in(HI),
            credentials: vec![md(HI), abms()],
            candidates: vec![],
            ..not_eligible(
                "a Hawaii license cannot make you eligible: HI cannot be principal",
                &["spl_no_principal_license", "spl_not_principal_capable"],
            )
        },
        Case {
            profile: everything_in(VT),
            credentials: vec![md(VT), abms()],
            candidates: vec![],
            ..not_eligible(
                "a Vermont license cannot make you eligible either",
                &["spl_no_principal_license", "spl_not_principal_capable"],
            )
        },
        Case {
            name: "HI resident with only a HI license, employer unknown: no answer can help, so \
                   not eligible and nothing asked",
            profile: md_with(|p| {
                p.residence = Some(HI);
                p.employer_jurisdiction = None;
                p.tax_jurisdiction = Some(HI);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: HI,
                    percent: 100,
                }];
            }),
            credentials: vec![md(HI), abms()],
            outcome: ImlcOutcome::NotEligible,
            codes: &["spl_no_principal_license", "spl_not_principal_capable"],
            candidates: vec![],
            questions: &[],
            ..base()
        },
        Case {
            name: "tax residence serves as last resort when no other basis qualifies",
            profile: md_with(|p| {
                p.residence = Some(VT);
                p.employer_jurisdiction = Some(VT);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: VT,
                    percent: 100,
                }];
            }),
            credentials: vec![md(VT), md(TX), abms()],
            codes: &["spl_by_tax_residence"],
            candidates: vec![(TX, vec![FederalTaxResidence])],
            ..base()
        },
        Case {
            name: "tax residence is not used when residence qualifies",
            profile: md_with(|p| {
                p.residence = Some(FL);
                p.employer_jurisdiction = Some(FL);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: FL,
                    percent: 100,
                }];
            }),
            credentials: vec![md(FL), md(TX), abms()],
            candidates: vec![(FL, vec![PrimaryResidence, PracticeShare, EmployerLocation])],
            ..base()
        },
        Case {
            name: "employer location qualifies when residence is a non-member",
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CO);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: CA,
                    percent: 100,
                }];
            }),
            credentials: vec![md(CA), md(CO), md(TX), abms()],
            candidates: vec![(CO, vec![EmployerLocation])],
            ..base()
        },
        Case {
            name: "exactly 25% of practice qualifies",
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CA);
                p.tax_jurisdiction = Some(CA);
                p.practice_shares = vec![
                    PracticeShare {
                        jurisdiction: CA,
                        percent: 75,
                    },
                    PracticeShare {
                        jurisdiction: CO,
                        percent: 25,
                    },
                ];
            }),
            credentials: vec![md(CA), md(CO), abms()],
            candidates: vec![(CO, vec![PracticeShare])],
            ..base()
        },
        Case {
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CA);
                p.tax_jurisdiction = Some(CA);
                p.practice_shares = vec![
                    PracticeShare {
                        jurisdiction: CA,
                        percent: 76,
                    },
                    PracticeShare {
                        jurisdiction: CO,
                        percent: 24,
                    },
                ];
            }),
            credentials: vec![md(CA), md(CO), abms()],
            candidates: vec![],
            ..not_eligible("24% of practice does not qualify", &["spl_not_member"])
        },
        Case {
            name: "an unknown practice-share rule leaves the practice basis undecided",
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CA);
                p.tax_jurisdiction = Some(CA);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: CO,
                    percent: 60,
                }];
            }),
            credentials: vec![md(CA), md(CO), abms()],
            data: Data::standard()
                .imlc(|r| r.min_practice_share_percent = unknown())
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &[
                "practice_share_rule_unknown",
                "spl_not_member",
                "spl_undetermined",
            ],
            candidates: vec![],
            ..base()
        },
        Case {
            profile: everything_in(AR),
            credentials: vec![md(AR), abms()],
            candidates: vec![],
            ..not_eligible(
                "a state that enacted but does not issue cannot be principal",
                &["spl_no_principal_license", "spl_not_implemented"],
            )
        },
        Case {
            data: Data::standard()
                .membership_fact(
                    Compact::Imlc,
                    TX,
                    fact(CompactMembership {
                        status: CompactStatus::Member,
                        enacted: Some(day(2025, 5, 1)),
                        implemented: Some(day(2026, 9, 1)),
                    }),
                )
                .build(),
            candidates: vec![],
            ..not_eligible(
                "a member whose implementation date is ahead does not issue yet",
                &["spl_no_principal_license", "spl_not_implemented"],
            )
        },
        Case {
            name: "conflicting membership data gives verify, never eligible",
            data: Data::standard()
                .membership_fact(
                    Compact::Imlc,
                    TX,
                    conflicting(membership(CompactStatus::Member)),
                )
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &["spl_membership_unknown", "spl_undetermined"],
            candidates: vec![],
            ..base()
        },
        Case {
            name: "no license in the residence state, but one where the employer is",
            profile: md_with(|p| p.employer_jurisdiction = Some(WI)),
            credentials: vec![md(WI), abms()],
            candidates: vec![(WI, vec![EmployerLocation])],
            ..base()
        },
        Case {
            credentials: vec![md(FL), abms()],
            candidates: vec![],
            ..not_eligible(
                "no license where you live, work or practise",
                &["spl_license_missing"],
            )
        },
        Case {
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "MD",
                    LicenseStatus::Restricted,
                    Some(day(2027, 1, 1)),
                ),
                abms(),
            ],
            candidates: vec![],
            ..not_eligible(
                "a restricted principal license is not full and unrestricted",
                &[
                    "spl_no_principal_license",
                    "license_not_full_unrestricted",
                    "license_restriction_on_record",
                ],
            )
        },
        Case {
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "MD",
                    LicenseStatus::Probation,
                    Some(day(2027, 1, 1)),
                ),
                abms(),
            ],
            candidates: vec![],
            ..not_eligible(
                "probation is not full and unrestricted and is discipline",
                &[
                    "spl_no_principal_license",
                    "license_not_full_unrestricted",
                    "discipline_on_record",
                ],
            )
        },
        Case {
            credentials: vec![md(TX), md(FL), abms()]
                .into_iter()
                .chain([license(
                    "lic-co",
                    CO,
                    "MD",
                    LicenseStatus::Probation,
                    Some(day(2027, 1, 1)),
                )])
                .collect(),
            ..not_eligible(
                "probation on any other license blocks despite a clean SPL",
                &["discipline_on_record"],
            )
        },
        Case {
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "MD",
                    LicenseStatus::Active,
                    Some(day(2026, 5, 31)),
                ),
                abms(),
            ],
            candidates: vec![],
            ..not_eligible(
                "a principal license that expired yesterday does not count",
                &["spl_no_principal_license", "spl_license_not_active"],
            )
        },
        Case {
            name: "a principal license expiring today still counts",
            credentials: vec![
                license("lic-tx", TX, "MD", LicenseStatus::Active, Some(today())),
                abms(),
            ],
            ..base()
        },
        Case {
            name: "a license of an unrecognised type is checked, not trusted",
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "Dentistry",
                    LicenseStatus::Active,
                    Some(day(2027, 1, 1)),
                ),
                abms(),
            ],
            outcome: ImlcOutcome::Verify,
            codes: &["spl_license_type_unrecognized", "spl_undetermined"],
            candidates: vec![],
            ..base()
        },
        Case {
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Abms, Some(day(2026, 5, 31)), false),
            ],
            ..not_eligible(
                "expired board certification",
                &["board_certification_expired"],
            )
        },
        Case {
            name: "board certification expiring today is current",
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Abms, Some(today()), false),
            ],
            ..base()
        },
        Case {
            name: "a time-unlimited certificate counts",
            credentials: vec![md(TX), certification(CertifyingBody::Abms, None, true)],
            ..base()
        },
        Case {
            name: "a time-unlimited certificate counts whatever date is recorded",
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Aoa, Some(day(2001, 1, 1)), true),
            ],
            ..base()
        },
        Case {
            name: "a certificate with no expiry that is not time-unlimited is checked",
            credentials: vec![md(TX), certification(CertifyingBody::Abms, None, false)],
            outcome: ImlcOutcome::Verify,
            codes: &["board_certification_expiry_unknown"],
            ..base()
        },
        Case {
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Other, Some(day(2030, 1, 1)), false),
            ],
            ..not_eligible(
                "certification outside ABMS and AOA does not count",
                &["board_certification_not_recognized"],
            )
        },
        Case {
            credentials: vec![md(TX)],
            ..not_eligible("no board certification", &["board_certification_missing"])
        },
        Case {
            name: "no certification is fine where the data says it is not required",
            credentials: vec![md(TX)],
            data: Data::standard()
                .imlc(|r| r.board_certification_required = fact(false))
                .build(),
            ..base()
        },
        Case {
            name: "an unknown certification rule gives verify",
            data: Data::standard()
                .imlc(|r| r.board_certification_required = unknown())
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &["board_certification_rule_unknown"],
            ..base()
        },
        Case {
            name: "an IMED-listed international school qualifies",
            profile: md_with(|p| p.education.school = MedicalSchool::ImedListed),
            ..base()
        },
        Case {
            profile: md_with(|p| p.education.school = MedicalSchool::NotListed),
            ..not_eligible(
                "an unlisted school fails",
                &["medical_school_not_recognized"],
            )
        },
        Case {
            name: "unknown school is a question",
            profile: md_with(|p| p.education.school = MedicalSchool::Unknown),
            outcome: ImlcOutcome::Verify,
            codes: &["medical_school_unknown"],
            questions: &["medical_school"],
            ..base()
        },
        Case {
            profile: md_with(|p| p.education.gme_completed = Answer::No),
            ..not_eligible(
                "graduate medical education not completed",
                &["gme_not_completed"],
            )
        },
        Case {
            name: "unknown GME is a question",
            profile: md_with(|p| p.education.gme_completed = Answer::Unknown),
            outcome: ImlcOutcome::Verify,
            codes: &["gme_unknown"],
            questions: &["gme"],
            ..base()
        },
        Case {
            profile: md_with(|p| p.history.discipline = Answer::Yes),
            ..not_eligible("disciplinary history", &["discipline"])
        },
        Case {
            profile: md_with(|p| p.history.criminal = Answer::Yes),
            ..not_eligible("criminal history", &["criminal_history"])
        },
        Case {
            profile: md_with(|p| p.history.controlled_substance_action = Answer::Yes),
            ..not_eligible(
                "controlled-substance action",
                &["controlled_substance_action"],
            )
        },
        Case {
            profile: md_with(|p| p.history.open_investigation = Answer::Yes),
            ..not_eligible("open investigation", &["open_investigation"])
        },
        Case {
            name: "an unanswered history question gives verify, never eligible",
            profile: md_with(|p| p.history.discipline = Answer::Unknown),
            outcome: ImlcOutcome::Verify,
            codes: &["discipline_unknown"],
            questions: &["discipline"],
            ..base()
        },
        Case {
            name: "every history question unanswered: four questions",
            profile: md_with(|p| p.history = Default::default()),
            outcome: ImlcOutcome::Verify,
            codes: &[
                "controlled_substance_action_unknown",
                "criminal_history_unknown",
                "discipline_unknown",
                "open_investigation_unknown",
            ],
            questions: &[
                "controlled_substance_action",
                "criminal_history",
                "discipline",
                "open_investigation",
            ],
            ..base()
        },
        Case {
            profile: md_with(|p| {
                p.history.discipline = Answer::Yes;
                p.history.criminal = Answer::Unknown;
            }),
            codes: &["discipline", "criminal_history_unknown"],
            questions: &["criminal_history"],
            ..not_eligible("a definite failure outweighs an open question", &[])
        },
        Case {
            name: "nothing known about where you live, work or pay tax",
            profile: md_with(|p| {
                p.residence = None;
                p.employer_jurisdiction = None;
                p.tax_jurisdiction = None;
                p.practice_shares = Vec::new();
            }),
            outcome: ImlcOutcome::Verify,
            codes: &["spl_undetermined"],
            candidates: vec![],
            questions: &[
                "employer_location",
                "practice_shares",
                "residence",
                "tax_residence",
            ],
            ..base()
        },
        Case {
            name: "tax residence with other bases still unknown: verify",
            profile: md_with(|p| {
                p.residence = Some(HI);
                p.employer_jurisdiction = None;
                p.practice_shares = Vec::new();
            }),
            credentials: vec![md(HI), md(TX), abms()],
            outcome: ImlcOutcome::Verify,
            codes: &["spl_basis_unresolved", "spl_by_tax_residence"],
            candidates: vec![(TX, vec![FederalTaxResidence])],
            questions: &["employer_location", "practice_shares"],
            ..base()
        },
        Case {
            name: "a nurse practitioner gets not applicable",
            profile: clinician(Profession::NpAprn, Some(TX)),
            credentials: vec![license(
                "lic-tx",
                TX,
                "APRN",
                LicenseStatus::Active,
                Some(day(2027, 1, 1)),
            )],
            outcome: ImlcOutcome::NotApplicable,
            codes: &["imlc_not_applicable"],
            candidates: vec![],
            ..base()
        },
        Case {
            name: "a physician assistant gets not applicable",
            profile: clinician(Profession::Pa, Some(TX)),
            outcome: ImlcOutcome::NotApplicable,
            codes: &["imlc_not_applicable"],
            candidates: vec![],
            ..base()
        },
    ];
    for case in cases {
        let result = imlc_eligibility(&case.profile, &case.credentials, &case.data, today());
        assert_eq!(result.outcome, case.outcome, "{}: outcome", case.name);
        assert_eq!(
            codes(&result.reasons),
            expected(case.codes),
            "{}: codes",
            case.name
        );
        let candidates: Vec<_> = result
            .principal_candidates
            .iter()
            .map(|c| (c.jurisdiction, c.bases.clone()))
            .collect();
        assert_eq!(candidates, case.candidates, "{}: candidates", case.name);
        let mut questions: Vec<&str> = result.questions.iter().map(|q| q.code.as_str()).collect();
        questions.sort();
        assert_eq!(questions, case.questions, "{}: questions", case.name);
        for reason in &result.reasons {
            assert!(
                !reason.message.contains("SECRET"),
                "{}: a message leaks a credential number: {}",
                case.name,
                reason.message
            );
        }
    }
}

#[test]
fn reachable_states_are_members_issuing_today() {
    let cases = vec![
        (
            "principal-capable and non-principal members are reachable; pending ones are not",
            Data::standard().build(),
            vec![AZ, CO, FL, HI, IL, MN, TX, UT, VT, WI],
        ),
        (
            "a member with an unknown status is not counted as reachable",
            Data::standard()
                .membership_fact(Compact::Imlc, UT, unknown())
                .build(),
            vec![AZ, CO, FL, HI, IL, MN, TX, VT, WI],
        ),
    ];
    for (name, data, want) in cases {
        let result = imlc_eligibility(&physician(), &[md(TX), abms()], &data, today());
        assert_eq!(result.reachable_states, want, "{name}");
    }
}

#[test]
fn letter_of_qualification_standing() {
    let issued = |issued: Option<chrono::NaiveDate>, expires| {
        loq("loq", LoqStatus::Issued, None, issued, expires)
    };
    let cases = vec![
        ("no letter on record", vec![], LoqStanding::None),
        (
            "applied",
            vec![loq(
                "loq",
                LoqStatus::Applied,
                Some(day(2026, 5, 2)),
                None,
                None,
            )],
            LoqStanding::Applied {
                credential_id: "loq".into(),
                principal_state: TX,
                applied: Some(day(2026, 5, 2)),
            },
        ),
        (
            "issued: 365 days of validity from the issue date",
            vec![issued(Some(day(2026, 1, 10)), None)],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(day(2027, 1, 9)),
                days_left: Some(222),
            },
        ),
        (
            "issued 364 days ago: today is the last valid day",
            vec![issued(Some(day(2025, 6, 2)), None)],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(today()),
                days_left: Some(0),
            },
        ),
        (
            "issued 365 days ago: expired yesterday",
            vec![issued(Some(day(2025, 6, 1)), None)],
            LoqStanding::Expired {
                credential_id: "loq".into(),
                principal_state: TX,
                expired: day(2026, 5, 31),
            },
        ),
        (
            "an explicit expiry from the commission wins over the derived one",
            vec![issued(Some(day(2025, 1, 1)), Some(day(2026, 7, 1)))],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(day(2026, 7, 1)),
                days_left: Some(30),
            },
        ),
        (
            "issued with no dates: expiry unknown",
            vec![issued(None, None)],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: None,
                days_left: None,
            },
        ),
        (
            "an issued letter outranks a newer application",
            vec![
                loq(
                    "applied",
                    LoqStatus::Applied,
                    Some(day(2026, 5, 30)),
                    None,
                    None,
                ),
                issued(Some(day(2026, 1, 10)), None),
            ],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(day(2027, 1, 9)),
                days_left: Some(222),
            },
        ),
    ];
    for (name, mut credentials, want) in cases {
        credentials.extend([md(TX), abms()]);
        let result = imlc_eligibility(
            &physician(),
            &credentials,
            &Data::standard().build(),
            today(),
        );
        assert_eq!(result.loq, want, "{name}");
        assert_eq!(
            result.outcome,
            ImlcOutcome::Eligible,
            "{name}: the letter does not change eligibility"
        );
    }
}
