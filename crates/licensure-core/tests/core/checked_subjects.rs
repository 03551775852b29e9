//! Checked answers on facts a jurisdiction has several of: its standing in each compact and
//! the terms of each telehealth route. The "verify" reason names the fact (its subject), the
//! answer on that subject turns it into a decisive reason, and a newer official fact wins
//! only when it settles what the answer does.

use licensure_core::checked::{
    overlay, validate_checked_answer, AnswerSource, AnswerStatus, CheckedAnswer, CheckedFact,
    CheckedValue, CompactAnswer, RouteAnswer,
};
use licensure_core::model::{Compact, Credential, Offer, Profession, Profile, Schedule};
use licensure_core::path::path_to;
use licensure_core::reason::Reason;
use licensure_core::reference::{CompactStatus, Confidence, Dataset, Fact, TelehealthRoute};
use licensure_core::verdict::evaluate_offer;
use licensure_core::Jurisdiction::{self, AK, AZ, GA, KS, MI, MN, TX};

use crate::compact_fixture::{clinician, privilege, telehealth_registration};
use crate::reference::{bundled, date};
use crate::scenarios::{license, nationwide_policy, physician, plain_offer, today};

fn answer(jurisdiction: Jurisdiction, value: CheckedValue, checked_on: &str) -> CheckedAnswer {
    CheckedAnswer {
        id: "a1".into(),
        jurisdiction: Some(jurisdiction),
        answer: value,
        source: AnswerSource::PhoneCall {
            person: "Lee Park".into(),
        },
        checked_on: date(checked_on),
        note: String::new(),
    }
}

fn standing(compact: Compact, status: CompactStatus, implemented: Option<&str>) -> CheckedValue {
    CheckedValue::CompactMembership(CompactAnswer {
        compact,
        status,
        implemented: implemented.map(date),
    })
}

fn terms(
    route: &str,
    professions: &[Profession],
    cs: Option<bool>,
    excluded: &[Schedule],
) -> CheckedValue {
    CheckedValue::TelehealthRoute(RouteAnswer {
        route: route.into(),
        professions: professions.to_vec(),
        controlled_substances_allowed: cs,
        excluded_schedules: excluded.to_vec(),
    })
}

const KS_WAIVER: &str = "ks_telemedicine_waiver";
const MN_REGISTRATION: &str = "mn_interstate_telehealth_registration";

/// Where a case's reasons come from: an offer's state, or the path to a state.
enum Judged {
    Offer {
        profile: Box<Profile>,
        credentials: Vec<Credential>,
        offer: Box<Offer>,
    },
    Path {
        profile: Box<Profile>,
        credentials: Vec<Credential>,
    },
}

impl Judged {
    fn reasons(&self, j: Jurisdiction, data: &Dataset) -> Vec<Reason> {
        match self {
            Judged::Offer {
                profile,
                credentials,
                offer,
            } => evaluate_offer(offer, profile, credentials, data, today())
                .states
                .into_iter()
                .filter(|s| s.jurisdiction == j)
                .flat_map(|s| s.reasons)
                .collect(),
            Judged::Path {
                profile,
                credentials,
            } => path_to(j, profile, credentials, data, today())
                .routes
                .iter()
                .flat_map(|r| r.reasons.clone())
                .collect(),
        }
    }
}

fn registration_offer(j: Jurisdiction, controlled: &[Schedule]) -> Judged {
    Judged::Offer {
        profile: Box::new(physician()),
        credentials: vec![
            license(TX),
            telehealth_registration(j, Some(date("2028-06-30"))),
            nationwide_policy(),
        ],
        offer: Box::new(Offer {
            controlled_substances: controlled.to_vec(),
            ..plain_offer(j)
        }),
    }
}

fn physician_path() -> Judged {
    Judged::Path {
        profile: Box::new(physician()),
        credentials: vec![license(TX)],
    }
}

fn psypact_offer() -> Judged {
    Judged::Offer {
        profile: Box::new(clinician(Profession::Psychologist, Some(AZ))),
        credentials: vec![privilege(
            "apit",
            Compact::Psypact,
            AZ,
            &[],
            Some(date("2028-06-30")),
        )],
        offer: Box::new(plain_offer(AK)),
    }
}

struct Case {
    name: &'static str,
    jurisdiction: Jurisdiction,
    judged: Judged,
    /// The "verify" reason before the answer, and the subject it names.
    before: (&'static str, &'static str),
    answer: CheckedValue,
    /// A reason the answer brings, or None when the verify just goes.
    after: Option<&'static str>,
}

#[test]
fn an_answer_on_the_subject_a_reason_names_settles_it() {
    use Profession::{Do, Md};
    let cases = vec![
        Case {
            name: "KS waiver (sources conflict): the board says it covers MDs",
            jurisdiction: KS,
            judged: registration_offer(KS, &[]),
            before: ("telehealth_registration_terms_unknown", KS_WAIVER),
            answer: terms(KS_WAIVER, &[Md, Do], Some(false), &[]),
            after: Some("telehealth_registration_covers"),
        },
        Case {
            name: "KS waiver: the board says it is for DOs only",
            jurisdiction: KS,
            judged: registration_offer(KS, &[]),
            before: ("telehealth_registration_terms_unknown", KS_WAIVER),
            answer: terms(KS_WAIVER, &[Do], None, &[]),
            after: Some("registration_other_profession"),
        },
        Case {
            name: "MN registration, controlled substances not established: not allowed",
            jurisdiction: MN,
            judged: registration_offer(MN, &[Schedule::S2]),
            before: ("route_controlled_substances_unknown", MN_REGISTRATION),
            answer: terms(MN_REGISTRATION, &[Md, Do], Some(false), &[]),
            after: Some("route_excludes_controlled_substances"),
        },
        Case {
            name: "MN registration: allowed except schedule II",
            jurisdiction: MN,
            judged: registration_offer(MN, &[Schedule::S2]),
            before: ("route_controlled_substances_unknown", MN_REGISTRATION),
            answer: terms(MN_REGISTRATION, &[Md, Do], Some(true), &[Schedule::S2]),
            after: Some("route_excludes_schedules"),
        },
        Case {
            name: "MN registration: allowed, nothing excluded",
            jurisdiction: MN,
            judged: registration_offer(MN, &[Schedule::S2]),
            before: ("route_controlled_substances_unknown", MN_REGISTRATION),
            answer: terms(MN_REGISTRATION, &[Md, Do], Some(true), &[]),
            after: None,
        },
        Case {
            name: "MI's IMLC standing (sources conflict): a member",
            jurisdiction: MI,
            judged: physician_path(),
            before: ("imlc_status_unknown", "imlc"),
            answer: standing(Compact::Imlc, CompactStatus::Member, None),
            after: None,
        },
        Case {
            name: "MI's IMLC standing: not a member",
            jurisdiction: MI,
            judged: physician_path(),
            before: ("imlc_status_unknown", "imlc"),
            answer: standing(Compact::Imlc, CompactStatus::NotMember, None),
            after: Some("imlc_not_member"),
        },
        Case {
            name: "MI's IMLC standing: a member from a day after today",
            jurisdiction: MI,
            judged: physician_path(),
            before: ("imlc_status_unknown", "imlc"),
            answer: standing(Compact::Imlc, CompactStatus::Member, Some("2027-03-01")),
            after: Some("imlc_not_yet_issuing"),
        },
        Case {
            name: "the path to KS: the waiver's terms are not established, the board says MDs",
            jurisdiction: KS,
            judged: physician_path(),
            before: ("telehealth_route_unconfirmed", KS_WAIVER),
            answer: terms(KS_WAIVER, &[Md, Do], None, &[]),
            after: None,
        },
        Case {
            name: "the path to GA for a counselor: GA's Counseling Compact standing conflicts",
            jurisdiction: GA,
            judged: Judged::Path {
                profile: Box::new(clinician(Profession::Counselor, Some(AZ))),
                credentials: Vec::new(),
            },
            before: ("compact_state_unknown", "counseling"),
            answer: standing(Compact::Counseling, CompactStatus::NotMember, None),
            after: Some("compact_not_in_state"),
        },
        Case {
            name: "AK's PSYPACT standing (sources conflict): not a member",
            jurisdiction: AK,
            judged: psypact_offer(),
            before: ("compact_status_unknown", "psypact"),
            answer: standing(Compact::Psypact, CompactStatus::NotMember, None),
            after: Some("state_not_in_compact"),
        },
        Case {
            name: "AK's PSYPACT standing: a member",
            jurisdiction: AK,
            judged: psypact_offer(),
            before: ("compact_status_unknown", "psypact"),
            answer: standing(Compact::Psypact, CompactStatus::Member, None),
            after: None,
        },
    ];
    let data = bundled();
    for case in cases {
        let (code, subject) = case.before;
        let before = case.judged.reasons(case.jurisdiction, &data);
        let found = before.iter().find(|r| r.code == code);
        assert_eq!(
            found.and_then(|r| r.subject.as_deref()),
            Some(subject),
            "{}: before the answer, {code} naming {subject}",
            case.name
        );
        assert_eq!(
            CheckedFact::for_reason(code),
            Some(case.answer.fact()),
            "{}",
            case.name
        );
        assert_eq!(
            case.answer.subject().as_deref(),
            Some(subject),
            "{}",
            case.name
        );

        let answers = [answer(case.jurisdiction, case.answer, "2026-12-01")];
        let laid = overlay(&data, &answers, today());
        assert_eq!(laid.notices[0].status, AnswerStatus::InUse, "{}", case.name);
        let after = case.judged.reasons(case.jurisdiction, &laid.dataset);
        // Settled for its subject (another route of the state may still be unconfirmed).
        assert!(
            after
                .iter()
                .all(|r| r.code != code || r.subject.as_deref() != Some(subject)),
            "{}: {code} on {subject} is still there",
            case.name
        );
        if let Some(expected) = case.after {
            let reason = after.iter().find(|r| r.code == expected);
            let reason = reason.unwrap_or_else(|| panic!("{}: no {expected}", case.name));
            if !reason.citations.is_empty() {
                assert!(
                    reason
                        .citations
                        .iter()
                        .any(|c| c.confidence == Confidence::CheckedByYou),
                    "{}: {expected} cites the answer",
                    case.name
                );
            }
        }
    }
}

/// MN's registration as a known official fact dated `as_of`, with its controlled-substance
/// term set to `cs`.
fn mn_with(as_of: &str, cs: Option<bool>) -> Dataset {
    let mut data = bundled();
    let mn = data
        .jurisdictions
        .iter_mut()
        .find(|f| f.jurisdiction == MN)
        .expect("MN in the bundled data");
    let fact: &mut Fact<TelehealthRoute> = mn
        .telehealth_routes
        .iter_mut()
        .find(|f| f.value.as_ref().is_some_and(|r| r.id == MN_REGISTRATION))
        .expect("MN's registration");
    fact.as_of = date(as_of);
    fact.confidence = Confidence::Verified;
    if let Some(route) = fact.value.as_mut() {
        route.controlled_substances_allowed = cs;
        route.excluded_schedules.clear();
    }
    data
}

#[test]
fn a_newer_official_route_wins_only_when_it_settles_what_the_answer_does() {
    use Profession::{Do, Md};
    let allowed = terms(MN_REGISTRATION, &[Md, Do], Some(true), &[]);
    let cases: Vec<(&str, Dataset, CheckedValue, AnswerStatus)> = vec![
        (
            "official older than the answer",
            mn_with("2026-01-15", Some(false)),
            allowed.clone(),
            AnswerStatus::InUse,
        ),
        (
            "newer official that still leaves controlled substances open",
            mn_with("2026-12-05", None),
            allowed.clone(),
            AnswerStatus::InUse,
        ),
        (
            "newer official that agrees",
            mn_with("2026-12-05", Some(true)),
            allowed.clone(),
            AnswerStatus::Superseded {
                official_as_of: date("2026-12-05"),
                disagrees: false,
            },
        ),
        (
            "newer official that disagrees",
            mn_with("2026-12-05", Some(false)),
            allowed.clone(),
            AnswerStatus::Superseded {
                official_as_of: date("2026-12-05"),
                disagrees: true,
            },
        ),
        (
            "newer official, an answer that left controlled substances open",
            mn_with("2026-12-05", None),
            terms(MN_REGISTRATION, &[Do, Md], None, &[]),
            AnswerStatus::Superseded {
                official_as_of: date("2026-12-05"),
                disagrees: false,
            },
        ),
        (
            "newer official covering other professions",
            mn_with("2026-12-05", Some(true)),
            terms(MN_REGISTRATION, &[Md], Some(true), &[]),
            AnswerStatus::Superseded {
                official_as_of: date("2026-12-05"),
                disagrees: true,
            },
        ),
        (
            "a route the data does not have",
            bundled(),
            terms("mn_no_such_route", &[Md], Some(true), &[]),
            AnswerStatus::NoEntry,
        ),
    ];
    for (name, data, value, status) in cases {
        let answers = [answer(MN, value, "2026-12-01")];
        let laid = overlay(&data, &answers, today());
        assert_eq!(laid.notices[0].status, status, "{name}");
        if status == AnswerStatus::NoEntry {
            assert!(
                laid.notices[0].message.contains("mn_no_such_route"),
                "{name}: {}",
                laid.notices[0].message
            );
        }
    }
}

#[test]
fn a_newer_official_compact_standing_wins_and_says_whether_it_disagrees() {
    let mut data = bundled();
    let mi = data
        .jurisdictions
        .iter_mut()
        .find(|f| f.jurisdiction == MI)
        .expect("MI in the bundled data");
    let fact = mi.compacts.get_mut(&Compact::Imlc).expect("MI's IMLC fact");
    fact.confidence = Confidence::Verified;
    fact.as_of = date("2026-12-05");
    let member = standing(Compact::Imlc, CompactStatus::Member, None);
    let not_member = standing(Compact::Imlc, CompactStatus::NotMember, None);
    for (value, disagrees) in [(member, false), (not_member, true)] {
        let laid = overlay(&data, &[answer(MI, value, "2026-12-01")], today());
        assert_eq!(
            laid.notices[0].status,
            AnswerStatus::Superseded {
                official_as_of: date("2026-12-05"),
                disagrees
            }
        );
        assert!(laid.notices[0]
            .message
            .contains("standing of MI in the IMLC"));
    }
}

#[test]
fn compact_and_route_answers_are_validated_field_by_field() {
    use Profession::Md;
    let base = |value: CheckedValue| answer(MI, value, "2026-12-01");
    type Expected = Vec<(&'static str, &'static str)>;
    let cases: Vec<(&str, CheckedValue, Expected)> = vec![
        (
            "a member",
            standing(Compact::Imlc, CompactStatus::Member, Some("2017-04-01")),
            vec![],
        ),
        (
            "not a member with a day it begins issuing",
            standing(Compact::Imlc, CompactStatus::NotMember, Some("2027-01-01")),
            vec![("implemented_without_membership", "answer/value/implemented")],
        ),
        (
            "enacted, begins issuing on a day",
            standing(
                Compact::Nlc,
                CompactStatus::EnactedNotImplemented,
                Some("2027-01-01"),
            ),
            vec![],
        ),
        (
            "cannot be principal outside the IMLC",
            standing(Compact::Nlc, CompactStatus::MemberNotPrincipal, None),
            vec![("not_principal_outside_imlc", "answer/value/status")],
        ),
        (
            "route terms",
            terms(MN_REGISTRATION, &[Md], Some(true), &[Schedule::S2]),
            vec![],
        ),
        (
            "no route named",
            terms(" ", &[Md], None, &[]),
            vec![("route_required", "answer/value/route")],
        ),
        (
            "no profession",
            terms(MN_REGISTRATION, &[], None, &[]),
            vec![("route_professions_required", "answer/value/professions")],
        ),
        (
            "schedules excluded where nothing may be prescribed",
            terms(MN_REGISTRATION, &[Md], Some(false), &[Schedule::S2]),
            vec![(
                "schedules_without_prescribing",
                "answer/value/excluded_schedules",
            )],
        ),
    ];
    for (name, value, expected) in cases {
        let found: Vec<(String, String)> = validate_checked_answer(&base(value), &[], today())
            .into_iter()
            .map(|i| (i.code, i.field))
            .collect();
        let expected: Vec<(String, String)> = expected
            .into_iter()
            .map(|(c, f)| (c.to_string(), f.to_string()))
            .collect();
        assert_eq!(found, expected, "{name}");
    }
}

#[test]
fn one_answer_per_compact_and_per_route() {
    use Profession::Md;
    let imlc = answer(
        MI,
        standing(Compact::Imlc, CompactStatus::Member, None),
        "2026-12-01",
    );
    let route = answer(MI, terms("mi_route", &[Md], None, &[]), "2026-12-01");
    let stored = [imlc.clone(), route.clone()];
    let codes = |a: CheckedAnswer| -> Vec<String> {
        validate_checked_answer(
            &CheckedAnswer {
                id: "a9".into(),
                ..a
            },
            &stored,
            today(),
        )
        .into_iter()
        .map(|i| i.code)
        .collect()
    };
    let refused = ["question_already_answered".to_string()];
    assert_eq!(codes(imlc.clone()), refused, "the same compact");
    assert_eq!(codes(route.clone()), refused, "the same route");
    let nlc = answer(
        MI,
        standing(Compact::Nlc, CompactStatus::Member, None),
        "2026-12-01",
    );
    assert!(codes(nlc).is_empty(), "another compact");
    let other = answer(MI, terms("mi_other_route", &[Md], None, &[]), "2026-12-01");
    assert!(codes(other).is_empty(), "another route");
}

#[test]
fn reasons_on_other_facts_offer_no_answer() {
    for code in [
        // The compact as a whole, not a jurisdiction's standing.
        "compact_operational_unknown",
        // About another state than the one judged (the home state, the IMLC state of
        // principal license): answered by that state.
        "home_state_membership_unknown",
        "spl_membership_unknown",
        // The clinician's own policy: edited on the policy, not asked of a board.
        "telehealth_coverage_unknown",
    ] {
        assert_eq!(CheckedFact::for_reason(code), None, "{code}");
    }
}
