//! The path to a state: which routes exist, what each still needs, and their order.

use licensure_core::license_standing::license_type_fits;
use licensure_core::model::{Compact, Credential, LicenseStatus, Profession, Profile};
use licensure_core::path::{path_to, RouteKind};
use licensure_core::reason::Outcome;
use licensure_core::reference::{Dataset, TelehealthRoute, TelehealthRouteKind};
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

use Outcome::*;
use RouteKind::*;

struct Case {
    name: &'static str,
    to: Jurisdiction,
    profile: Profile,
    credentials: Vec<Credential>,
    data: Dataset,
    /// Every route in order: kind, outcome and one code it must carry.
    routes: Vec<(RouteKind, Outcome, &'static str)>,
}

fn doctor(to: Jurisdiction) -> Case {
    Case {
        name: "",
        to,
        profile: physician(),
        credentials: vec![md(TX), abms()],
        data: Data::standard().build(),
        routes: Vec::new(),
    }
}

fn rn(to: Jurisdiction, credentials: Vec<Credential>) -> Case {
    Case {
        profile: clinician(Profession::Rn, Some(TX)),
        credentials,
        ..doctor(to)
    }
}

fn rn_tx() -> Credential {
    license(
        "lic-tx",
        TX,
        "RN",
        LicenseStatus::Active,
        Some(day(2027, 3, 31)),
    )
}

#[test]
fn path_cases() {
    let cases = vec![
        Case {
            name: "an active unrestricted license is the only route needed",
            routes: vec![(AlreadyAuthorized, Met, "license_active")],
            ..doctor(TX)
        },
        Case {
            name: "IMLC first, then the telehealth registration, then a full license",
            routes: vec![
                (CompactLicense, Missing, "imlc_license_available"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "a current telehealth registration authorises now and comes first",
            credentials: vec![
                md(TX),
                abms(),
                telehealth_registration(FL, Some(day(2027, 1, 31))),
            ],
            routes: vec![
                (AlreadyAuthorized, Met, "telehealth_registration_active"),
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "an expired registration is a renewal step, listed with the other routes",
            credentials: vec![
                md(TX),
                abms(),
                telehealth_registration(FL, Some(day(2026, 5, 31))),
            ],
            routes: vec![
                (
                    AlreadyAuthorized,
                    Missing,
                    "telehealth_registration_expired",
                ),
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "a registration is faster than a full license; a follow-up exception is no route for new patients",
            routes: vec![
                (CompactLicense, Missing, "imlc_license_available"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (TelehealthException, Blocked, "route_scope_limited"),
            ],
            ..doctor(MN)
        },
        Case {
            name: "pending IMLC state: the compact route is closed and sorts last",
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "imlc_not_yet_issuing"),
            ],
            ..doctor(AR)
        },
        Case {
            name: "Hawaii cannot be principal but can be reached through the IMLC",
            routes: vec![
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(HI)
        },
        Case {
            name: "non-member state: full license only",
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "imlc_not_member"),
            ],
            ..doctor(CA)
        },
        Case {
            name: "an IMLC-ineligible physician still sees the full license first",
            credentials: vec![md(TX)],
            routes: vec![
                (CompactLicense, Missing, "board_certification_missing"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "a disciplined physician: the IMLC is closed",
            profile: Profile {
                history: licensure_core::model::History {
                    discipline: licensure_core::model::Answer::Yes,
                    ..physician().history
                },
                ..physician()
            },
            routes: vec![
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "discipline"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "an expired license in the state: renewal comes first",
            credentials: vec![
                md(TX),
                abms(),
                license(
                    "lic-co",
                    CO,
                    "MD",
                    LicenseStatus::Expired,
                    Some(day(2026, 1, 31)),
                ),
            ],
            routes: vec![
                (AlreadyAuthorized, Missing, "license_not_active"),
                (CompactLicense, Missing, "imlc_license_available"),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..doctor(CO)
        },
        Case {
            name: "a restricted license is checked, and puts the IMLC to verify too",
            credentials: vec![
                md(TX),
                abms(),
                license(
                    "lic-co",
                    CO,
                    "MD",
                    LicenseStatus::Restricted,
                    Some(day(2027, 1, 31)),
                ),
            ],
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (AlreadyAuthorized, Verify, "license_restricted"),
                (CompactLicense, Verify, "license_restriction_on_record"),
            ],
            ..doctor(CO)
        },
        Case {
            name: "no license anywhere: each route needs work first, the IMLC is closed until a \
                   principal-capable license is held",
            profile: clinician(Profession::Md, Some(CA)),
            credentials: vec![],
            routes: vec![
                (TelehealthRegistration, Missing, "license_elsewhere_needed"),
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "spl_no_principal_license"),
            ],
            ..doctor(FL)
        },
        Case {
            name: "jurisdiction missing from the data: verify",
            data: Data::standard().without(GU).build(),
            routes: vec![
                (CompactLicense, Verify, "imlc_status_unknown"),
                (FullLicense, Verify, "jurisdiction_facts_missing"),
            ],
            ..doctor(GU)
        },
        Case {
            name: "an unconfirmed telehealth route gives verify",
            data: Data::standard()
                .telehealth(
                    CA,
                    unknown_route(registration(
                        "ca_unconfirmed",
                        &[Profession::Md],
                        None,
                        None,
                    )),
                )
                .build(),
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (
                    TelehealthRegistration,
                    Verify,
                    "telehealth_route_unconfirmed",
                ),
                (CompactLicense, Blocked, "imlc_not_member"),
            ],
            ..doctor(CA)
        },
        Case {
            name: "two registrations: the faster one first",
            data: Data::standard()
                .telehealth(
                    CA,
                    fact(registration(
                        "ca_slow",
                        &[Profession::Md],
                        Some(50),
                        Some(40),
                    )),
                )
                .telehealth(
                    CA,
                    fact(registration(
                        "ca_fast",
                        &[Profession::Md],
                        Some(90),
                        Some(10),
                    )),
                )
                .build(),
            routes: vec![
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (CompactLicense, Blocked, "imlc_not_member"),
            ],
            ..doctor(CA)
        },
        Case {
            name: "RN with a multistate license is authorised in another member state",
            routes: vec![
                (AlreadyAuthorized, Met, "privilege_active"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..rn(
                FL,
                vec![
                    rn_tx(),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2027, 3, 31))),
                ],
            )
        },
        Case {
            name: "RN without a multistate license: the compact route comes first",
            routes: vec![
                (CompactPrivilege, Missing, "privilege_not_held"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..rn(FL, vec![rn_tx()])
        },
        Case {
            name: "a multistate license does not reach a state that is not implemented",
            routes: vec![
                (FullLicense, Missing, "full_license_application"),
                (CompactPrivilege, Blocked, "compact_not_yet_in_state"),
            ],
            ..rn(
                MA,
                vec![
                    rn_tx(),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2027, 3, 31))),
                ],
            )
        },
        Case {
            name: "an expired multistate license must be renewed",
            routes: vec![
                (AlreadyAuthorized, Missing, "privilege_expired"),
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
            ],
            ..rn(
                FL,
                vec![
                    rn_tx(),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2026, 5, 1))),
                ],
            )
        },
        Case {
            name: "a privilege over an expired home license is checked",
            routes: vec![
                (
                    TelehealthRegistration,
                    Missing,
                    "telehealth_registration_available",
                ),
                (FullLicense, Missing, "full_license_application"),
                (
                    AlreadyAuthorized,
                    Verify,
                    "privilege_home_license_unconfirmed",
                ),
            ],
            ..rn(
                FL,
                vec![
                    license(
                        "lic-tx",
                        TX,
                        "RN",
                        LicenseStatus::Expired,
                        Some(day(2026, 1, 1)),
                    ),
                    privilege("nlc", Compact::Nlc, TX, &[], Some(day(2027, 3, 31))),
                ],
            )
        },
        Case {
            name: "a physician-only registration is closed to a psychologist",
            profile: clinician(Profession::Psychologist, Some(AZ)),
            credentials: vec![license(
                "lic-az",
                AZ,
                "Psychologist",
                LicenseStatus::Active,
                Some(day(2027, 3, 31)),
            )],
            routes: vec![
                (FullLicense, Missing, "full_license_facts_unknown"),
                (CompactPrivilege, Blocked, "compact_not_in_state"),
                (TelehealthRegistration, Blocked, "route_not_for_profession"),
                (TelehealthException, Blocked, "route_not_for_profession"),
            ],
            ..doctor(MN)
        },
        Case {
            name: "counselor privilege bought for one state covers that state",
            profile: clinician(Profession::Counselor, Some(AZ)),
            credentials: vec![
                license(
                    "lic-az",
                    AZ,
                    "LPC",
                    LicenseStatus::Active,
                    Some(day(2027, 3, 31)),
                ),
                privilege(
                    "cc-mn",
                    Compact::Counseling,
                    AZ,
                    &[MN],
                    Some(day(2027, 3, 31)),
                ),
            ],
            routes: vec![
                (AlreadyAuthorized, Met, "privilege_active"),
                (FullLicense, Missing, "full_license_application"),
                (TelehealthRegistration, Blocked, "route_not_for_profession"),
                (TelehealthException, Blocked, "route_not_for_profession"),
            ],
            ..doctor(MN)
        },
    ];
    for case in cases {
        let path = path_to(
            case.to,
            &case.profile,
            &case.credentials,
            &case.data,
            today(),
        );
        assert_eq!(path.jurisdiction, case.to, "{}", case.name);
        let got: Vec<(RouteKind, Outcome)> =
            path.routes.iter().map(|r| (r.kind, r.outcome)).collect();
        let want: Vec<(RouteKind, Outcome)> = case.routes.iter().map(|&(k, o, _)| (k, o)).collect();
        assert_eq!(got, want, "{}: routes {:#?}", case.name, path.routes);
        for (route, (_, _, code)) in path.routes.iter().zip(&case.routes) {
            assert!(
                route.reasons.iter().any(|r| r.code == *code),
                "{}: {} lacks {code}: {:?}",
                case.name,
                route.name,
                route.reasons
            );
            assert!(
                route.reasons.iter().all(|r| !r.message.contains("SECRET")),
                "{}: a message leaks a credential number",
                case.name
            );
            if route.outcome == Missing {
                assert!(
                    !route.steps.is_empty(),
                    "{}: {} has no steps",
                    case.name,
                    route.name
                );
            }
        }
    }
}

fn unknown_route(route: TelehealthRoute) -> licensure_core::reference::Fact<TelehealthRoute> {
    licensure_core::reference::Fact {
        value: Some(route),
        ..unknown()
    }
}

#[test]
fn fees_and_days_come_from_the_reference_data() {
    let data = Data::standard().build();
    let fl = path_to(FL, &physician(), &[md(TX), abms()], &data, today());
    let facts: Vec<(RouteKind, Option<u32>, Option<u32>)> = fl
        .routes
        .iter()
        .map(|r| (r.kind, r.fee_usd, r.typical_days))
        .collect();
    assert_eq!(
        facts,
        vec![
            (CompactLicense, Some(700), Some(30)),
            (TelehealthRegistration, Some(0), Some(21)),
            (FullLicense, Some(500), Some(90)),
        ]
    );
    assert!(
        fl.routes.iter().all(|r| !r.citations.is_empty()),
        "every route cites its facts"
    );

    let two = Data::standard()
        .telehealth(
            CA,
            fact(registration(
                "ca_slow",
                &[Profession::Md],
                Some(50),
                Some(40),
            )),
        )
        .telehealth(
            CA,
            fact(registration(
                "ca_fast",
                &[Profession::Md],
                Some(90),
                Some(10),
            )),
        )
        .build();
    let ca = path_to(CA, &physician(), &[md(TX), abms()], &two, today());
    let names: Vec<&str> = ca.routes.iter().take(2).map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["ca fast", "ca slow"],
        "the faster registration first"
    );

    let with_letter = [
        md(TX),
        abms(),
        loq(
            "loq",
            licensure_core::model::LoqStatus::Issued,
            None,
            Some(day(2026, 3, 1)),
            None,
        ),
    ];
    let fl = path_to(FL, &physician(), &with_letter, &data, today());
    let imlc = fl.routes.iter().find(|r| r.kind == CompactLicense);
    assert_eq!(
        imlc.map(|r| r.fee_usd),
        Some(None),
        "a valid letter needs no new letter fee"
    );
    assert_eq!(
        imlc.map(|r| r.steps.len()),
        Some(1),
        "only selecting the state remains"
    );
}

#[test]
fn license_type_names() {
    let cases = [
        (Profession::Md, "MD", true),
        (Profession::Md, "m.d.", true),
        (Profession::Md, "Physician & Surgeon", true),
        (Profession::Do, "D.O.", true),
        (Profession::Md, "PA-C", false),
        (Profession::Pa, "PA-C", true),
        (Profession::Pa, "Physician Assistant", true),
        (Profession::Rn, "RN", true),
        (Profession::Rn, "LPN", false),
        (Profession::Lpn, "LVN", true),
        (Profession::NpAprn, "APRN", true),
        (Profession::NpAprn, "RN", false),
        (Profession::Counselor, "LPC", true),
        (Profession::SocialWorker, "LCSW", true),
        (Profession::Psychologist, "Psychologist", true),
        (Profession::Md, "", false),
        (Profession::Md, "  physician   and  SURGEON ", true),
        (Profession::Md, "Physician&Surgeon", true),
        (Profession::Md, "Physician &Surgeon", true),
        (Profession::Md, "M. D.", false),
        (Profession::Md, ". MD .", true),
        (Profession::Md, "MD&", false),
        (Profession::Md, "Physician", true),
        (Profession::Md, "Physician Surgeon", false),
        (Profession::Md, "MDX", false),
        (Profession::Md, "M", false),
        (Profession::Do, "Osteopathic Physician & Surgeon", true),
        (Profession::Md, "Ｍ.Ｄ.", false),
    ];
    for (profession, name, fits) in cases {
        assert_eq!(
            license_type_fits(profession, name),
            fits,
            "{profession:?} / {name:?}"
        );
    }
}

#[test]
fn exception_is_never_met() {
    let data = Data::standard()
        .telehealth(
            CA,
            fact(TelehealthRoute {
                kind: TelehealthRouteKind::Exception,
                ..registration("ca_consult", &[Profession::Md], None, Some(0))
            }),
        )
        .build();
    let path = path_to(CA, &physician(), &[md(TX), abms()], &data, today());
    let exception = path.routes.iter().find(|r| r.kind == TelehealthException);
    assert_eq!(exception.map(|r| r.outcome), Some(Verify));
}
