//! Compact options per profession: which compact, whether a privilege is held, what is
//! missing and which states it reaches.

use licensure_core::compact::{compact_options, compacts_for};
use licensure_core::model::{Answer, Compact, Credential, LicenseStatus, Profession, Profile};
use licensure_core::reason::Outcome;
use licensure_core::reference::Dataset;
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

struct Case {
    name: &'static str,
    profile: Profile,
    credentials: Vec<Credential>,
    data: Dataset,
    compact: Compact,
    outcome: Outcome,
    codes: &'static [&'static str],
    /// None: not checked.
    reaches: Option<Vec<Jurisdiction>>,
    fee_usd: Option<u32>,
}

fn rn_license(j: Jurisdiction, license_type: &str, status: LicenseStatus) -> Credential {
    license(
        &format!("lic-{}", j.code().to_lowercase()),
        j,
        license_type,
        status,
        Some(day(2027, 3, 31)),
    )
}

fn nurse() -> Case {
    Case {
        name: "",
        profile: clinician(Profession::Rn, Some(TX)),
        credentials: vec![rn_license(TX, "RN", LicenseStatus::Active)],
        data: Data::standard().build(),
        compact: Compact::Nlc,
        outcome: Outcome::Missing,
        codes: &["privilege_not_held"],
        reaches: Some(vec![AZ, CO, FL, TX, UT, WI]),
        fee_usd: None,
    }
}

fn multistate(home: Jurisdiction, expires: Option<chrono::NaiveDate>) -> Credential {
    privilege("nlc", Compact::Nlc, home, &[], expires)
}

#[test]
fn compacts_follow_the_profession() {
    let cases = [
        (Profession::Md, vec![Compact::Imlc]),
        (Profession::Do, vec![Compact::Imlc]),
        (Profession::Rn, vec![Compact::Nlc]),
        (Profession::Lpn, vec![Compact::Nlc]),
        (Profession::NpAprn, vec![Compact::AprnCompact]),
        (Profession::Pa, vec![Compact::PaCompact]),
        (Profession::Psychologist, vec![Compact::Psypact]),
        (Profession::Counselor, vec![Compact::Counseling]),
        (Profession::SocialWorker, vec![Compact::SocialWork]),
    ];
    for (profession, want) in cases {
        assert_eq!(compacts_for(profession), want.as_slice(), "{profession:?}");
        let options = compact_options(
            &clinician(profession, Some(TX)),
            &[],
            &Data::standard().build(),
            today(),
        );
        let got: Vec<Compact> = options.iter().map(|o| o.compact).collect();
        assert_eq!(got, want, "{profession:?}: options");
    }
}

#[test]
fn compact_option_cases() {
    let cases = vec![
        Case {
            name: "RN in an NLC home state without a multistate license can get one",
            ..nurse()
        },
        Case {
            name: "RN holding a multistate license reaches every implemented member",
            credentials: vec![
                rn_license(TX, "RN", LicenseStatus::Active),
                multistate(TX, Some(day(2027, 3, 31))),
            ],
            outcome: Outcome::Met,
            codes: &["privilege_held"],
            ..nurse()
        },
        Case {
            name: "LVN license type fits an LPN",
            profile: clinician(Profession::Lpn, Some(TX)),
            credentials: vec![rn_license(TX, "L.V.N.", LicenseStatus::Active)],
            ..nurse()
        },
        Case {
            name: "an NLC home state that enacted but is not implemented cannot issue",
            profile: clinician(Profession::Rn, Some(MA)),
            credentials: vec![rn_license(MA, "RN", LicenseStatus::Active)],
            outcome: Outcome::Blocked,
            codes: &["home_state_not_issuing", "privilege_not_held"],
            ..nurse()
        },
        Case {
            name: "an RN living in a non-member state has no multistate route",
            profile: clinician(Profession::Rn, Some(CA)),
            credentials: vec![rn_license(CA, "RN", LicenseStatus::Active)],
            outcome: Outcome::Blocked,
            codes: &["home_state_not_member", "privilege_not_held"],
            ..nurse()
        },
        Case {
            name: "a multistate license from a former home state must be replaced",
            credentials: vec![
                rn_license(TX, "RN", LicenseStatus::Active),
                multistate(FL, Some(day(2027, 3, 31))),
            ],
            codes: &["home_state_changed"],
            ..nurse()
        },
        Case {
            name: "an expired multistate license must be renewed",
            credentials: vec![
                rn_license(TX, "RN", LicenseStatus::Active),
                multistate(TX, Some(day(2026, 5, 31))),
            ],
            codes: &["privilege_expired"],
            ..nurse()
        },
        Case {
            name: "a multistate license without expiry is checked",
            credentials: vec![
                rn_license(TX, "RN", LicenseStatus::Active),
                multistate(TX, None),
            ],
            outcome: Outcome::Verify,
            codes: &["privilege_expiry_unknown"],
            ..nurse()
        },
        Case {
            name: "a held multistate license over an expired home license is not usable",
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "RN",
                    LicenseStatus::Active,
                    Some(day(2026, 4, 30)),
                ),
                multistate(TX, Some(day(2027, 3, 31))),
            ],
            codes: &["home_license_not_active", "privilege_held"],
            ..nurse()
        },
        Case {
            name: "a restricted home license blocks the multistate license",
            credentials: vec![rn_license(TX, "RN", LicenseStatus::Probation)],
            outcome: Outcome::Blocked,
            codes: &["home_license_not_unrestricted", "privilege_not_held"],
            ..nurse()
        },
        Case {
            name: "no home license yet: get one first",
            credentials: vec![],
            codes: &["home_license_missing", "privilege_not_held"],
            ..nurse()
        },
        Case {
            name: "unknown residence: the home state is a question",
            profile: clinician(Profession::Rn, None),
            outcome: Outcome::Missing,
            codes: &["privilege_not_held", "residence_unknown"],
            ..nurse()
        },
        Case {
            name: "a criminal-history yes goes to the commission's review",
            profile: Profile {
                history: licensure_core::model::History {
                    criminal: Answer::Yes,
                    ..physician().history
                },
                ..clinician(Profession::Rn, Some(TX))
            },
            codes: &["history_review", "privilege_not_held"],
            ..nurse()
        },
        Case {
            name: "an NLC whose operation is unknown is checked",
            data: Data::standard()
                .operational(Compact::Nlc, unknown())
                .build(),
            codes: &["compact_operational_unknown", "privilege_not_held"],
            ..nurse()
        },
        Case {
            name: "psychologist in a PSYPACT state can apply for APIT",
            profile: clinician(Profession::Psychologist, Some(AZ)),
            credentials: vec![rn_license(AZ, "Psychologist", LicenseStatus::Active)],
            compact: Compact::Psypact,
            reaches: Some(vec![AZ, CO, FL, TX]),
            ..nurse()
        },
        Case {
            name: "psychologist holding APIT is covered",
            profile: clinician(Profession::Psychologist, Some(AZ)),
            credentials: vec![
                rn_license(AZ, "Licensed Psychologist", LicenseStatus::Active),
                privilege("apit", Compact::Psypact, AZ, &[], Some(day(2026, 12, 31))),
            ],
            compact: Compact::Psypact,
            outcome: Outcome::Met,
            codes: &["privilege_held"],
            reaches: Some(vec![AZ, CO, FL, TX]),
            ..nurse()
        },
        Case {
            name: "counselor in a live Counseling Compact state can buy privileges",
            profile: clinician(Profession::Counselor, Some(AZ)),
            credentials: vec![rn_license(AZ, "LPC", LicenseStatus::Active)],
            compact: Compact::Counseling,
            reaches: Some(vec![AZ, MN]),
            ..nurse()
        },
        Case {
            name: "counselor whose home state enacted but is not live cannot use it yet",
            profile: clinician(Profession::Counselor, Some(TX)),
            credentials: vec![rn_license(TX, "LPC", LicenseStatus::Active)],
            compact: Compact::Counseling,
            outcome: Outcome::Blocked,
            codes: &["home_state_not_issuing", "privilege_not_held"],
            reaches: Some(vec![AZ, MN]),
            ..nurse()
        },
        Case {
            name: "the PA Compact is shown but not yet usable",
            profile: clinician(Profession::Pa, Some(UT)),
            credentials: vec![rn_license(UT, "PA-C", LicenseStatus::Active)],
            compact: Compact::PaCompact,
            outcome: Outcome::Blocked,
            codes: &[
                "compact_not_operational",
                "privilege_not_held",
                "qualifying_license_missing",
            ],
            reaches: Some(vec![]),
            ..nurse()
        },
        Case {
            name: "the APRN Compact is shown but not yet usable",
            profile: clinician(Profession::NpAprn, Some(DE)),
            credentials: vec![rn_license(DE, "APRN", LicenseStatus::Active)],
            compact: Compact::AprnCompact,
            outcome: Outcome::Blocked,
            codes: &[
                "compact_not_operational",
                "home_state_not_issuing",
                "privilege_not_held",
            ],
            reaches: Some(vec![]),
            ..nurse()
        },
        Case {
            name: "the Social Work compact follows its data: not issuing",
            profile: clinician(Profession::SocialWorker, Some(KS)),
            credentials: vec![rn_license(KS, "LCSW", LicenseStatus::Active)],
            compact: Compact::SocialWork,
            outcome: Outcome::Blocked,
            codes: &[
                "compact_not_operational",
                "home_state_not_issuing",
                "privilege_not_held",
            ],
            reaches: Some(vec![]),
            ..nurse()
        },
        Case {
            name: "the Social Work compact once its data says it issues",
            profile: clinician(Profession::SocialWorker, Some(KS)),
            credentials: vec![rn_license(KS, "LCSW", LicenseStatus::Active)],
            data: Data::standard()
                .operational(Compact::SocialWork, fact(true))
                .members(
                    Compact::SocialWork,
                    licensure_core::reference::CompactStatus::Member,
                    &[KS, UT],
                )
                .build(),
            compact: Compact::SocialWork,
            reaches: Some(vec![KS, UT]),
            ..nurse()
        },
        Case {
            name: "an eligible physician is offered the IMLC with the letter fee",
            profile: physician(),
            credentials: vec![md(TX), abms()],
            compact: Compact::Imlc,
            codes: &["imlc_eligible"],
            reaches: Some(vec![AZ, CO, FL, HI, IL, MN, TX, UT, VT, WI]),
            fee_usd: Some(700),
            ..nurse()
        },
        Case {
            name: "a physician with a valid letter only selects states",
            profile: physician(),
            credentials: vec![
                md(TX),
                abms(),
                loq(
                    "loq",
                    licensure_core::model::LoqStatus::Issued,
                    None,
                    Some(day(2026, 3, 1)),
                    None,
                ),
            ],
            compact: Compact::Imlc,
            codes: &["loq_valid"],
            reaches: None,
            ..nurse()
        },
        Case {
            name: "a disciplined physician is blocked from the IMLC",
            profile: Profile {
                history: licensure_core::model::History {
                    discipline: Answer::Yes,
                    ..physician().history
                },
                ..physician()
            },
            credentials: vec![md(TX), abms()],
            compact: Compact::Imlc,
            outcome: Outcome::Blocked,
            codes: &["discipline"],
            reaches: None,
            fee_usd: Some(700),
            ..nurse()
        },
    ];
    for case in cases {
        let options = compact_options(&case.profile, &case.credentials, &case.data, today());
        let Some(option) = options.iter().find(|o| o.compact == case.compact) else {
            panic!("{}: no option for {:?}", case.name, case.compact);
        };
        assert_eq!(option.outcome, case.outcome, "{}: outcome", case.name);
        assert_eq!(
            codes(&option.reasons),
            expected(case.codes),
            "{}: codes",
            case.name
        );
        if let Some(reaches) = &case.reaches {
            assert_eq!(&option.reaches, reaches, "{}: reaches", case.name);
        }
        assert_eq!(option.fee_usd, case.fee_usd, "{}: fee", case.name);
        if option.outcome == Outcome::Met {
            assert!(
                !option.covered_now.is_empty(),
                "{}: covered states",
                case.name
            );
        }
        if option.outcome == Outcome::Missing {
            assert!(!option.steps.is_empty(), "{}: steps to take", case.name);
        }
    }
}
