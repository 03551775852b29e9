//! The clinician's checked answers: validation, and the overlay on the reference data that
//! turns a "verify" into a decisive verdict, gives way to a newer official fact (with a
//! notice when they disagree), and flags an answer over 365 days old.

use chrono::{Days, NaiveDate};
use licensure_core::checked::{
    answer_notices, overlay, validate_checked_answer, AnswerSource, AnswerStatus, CheckedAnswer,
    CheckedFact, CheckedValue,
};
use licensure_core::reference::{
    Confidence, CsrRequirement, Dataset, Fact, MalpracticeRequirement, MalpracticeRule,
};
use licensure_core::verdict::{OfferOutcome, OfferVerdict};
use licensure_core::Jurisdiction::{self, TX};

use crate::reference::{bundled, date};
use crate::scenarios::{judge, license, nationwide_policy, plain_offer, today};

fn rule(rule: MalpracticeRule, claim: Option<u64>, total: Option<u64>) -> MalpracticeRequirement {
    MalpracticeRequirement {
        rule,
        min_per_claim_usd: claim,
        min_aggregate_usd: total,
        fund: None,
        alternatives: String::new(),
        applies_to_telehealth: None,
    }
}

fn no_minimum() -> MalpracticeRequirement {
    rule(MalpracticeRule::None, None, None)
}

/// TX's malpractice fact replaced by `fact`.
fn data_with_malpractice(fact: Fact<MalpracticeRequirement>) -> Dataset {
    let mut data = bundled();
    let tx = data
        .jurisdictions
        .iter_mut()
        .find(|f| f.jurisdiction == TX)
        .expect("TX in the bundled data");
    tx.malpractice = fact;
    data
}

fn official(value: Option<MalpracticeRequirement>, as_of: &str) -> Fact<MalpracticeRequirement> {
    let confidence = if value.is_some() {
        Confidence::Verified
    } else {
        Confidence::Unknown
    };
    Fact {
        value,
        sources: ["https://tmb.state.tx.us/rules".to_string()].into(),
        as_of: date(as_of),
        confidence,
        note: "test fact".into(),
    }
}

fn answer(value: CheckedValue, checked_on: NaiveDate) -> CheckedAnswer {
    CheckedAnswer {
        id: "a1".into(),
        jurisdiction: Some(TX),
        answer: value,
        source: AnswerSource::PhoneCall {
            person: "Dana Reyes".into(),
        },
        checked_on,
        note: "asked the licensing desk".into(),
    }
}

fn tx_verdict(data: &Dataset) -> OfferVerdict {
    judge(&plain_offer(TX), &[license(TX), nationwide_policy()], data)
}

/// The confidence the malpractice reasons of TX cite.
fn malpractice_confidence(verdict: &OfferVerdict) -> Option<Confidence> {
    verdict.states[0]
        .reasons
        .iter()
        .flat_map(|r| r.citations.iter())
        .find(|c| c.fact.starts_with("malpractice minimum"))
        .map(|c| c.confidence)
}

struct Case {
    name: &'static str,
    official: Fact<MalpracticeRequirement>,
    answer: MalpracticeRequirement,
    checked_on: &'static str,
    outcome: OfferOutcome,
    status: AnswerStatus,
    cited: Confidence,
}

#[test]
fn answers_fill_unknown_facts_and_give_way_to_newer_official_ones() {
    let cases = vec![
        Case {
            name: "unknown official fact: the answer turns verify into a decisive verdict",
            official: official(None, "2026-06-01"),
            answer: no_minimum(),
            checked_on: "2026-11-30",
            outcome: OfferOutcome::AcceptableNow,
            status: AnswerStatus::InUse,
            cited: Confidence::CheckedByYou,
        },
        Case {
            name: "older official known fact, newer answer: the answer is used",
            official: official(
                Some(rule(
                    MalpracticeRule::Mandate,
                    Some(2_000_000),
                    Some(6_000_000),
                )),
                "2026-01-15",
            ),
            answer: no_minimum(),
            checked_on: "2026-11-30",
            outcome: OfferOutcome::AcceptableNow,
            status: AnswerStatus::InUse,
            cited: Confidence::CheckedByYou,
        },
        Case {
            name: "official fact of the same day is not newer: the answer is used",
            official: official(
                Some(rule(
                    MalpracticeRule::Mandate,
                    Some(2_000_000),
                    Some(6_000_000),
                )),
                "2026-11-30",
            ),
            answer: no_minimum(),
            checked_on: "2026-11-30",
            outcome: OfferOutcome::AcceptableNow,
            status: AnswerStatus::InUse,
            cited: Confidence::CheckedByYou,
        },
        Case {
            name: "newer official fact that disagrees wins, with a notice",
            official: official(
                Some(rule(
                    MalpracticeRule::Mandate,
                    Some(2_000_000),
                    Some(6_000_000),
                )),
                "2026-12-01",
            ),
            answer: no_minimum(),
            checked_on: "2026-11-30",
            // The $1M/$3M policy falls short of the official minimum: raise the limits.
            outcome: OfferOutcome::AcceptableAfterSteps,
            status: AnswerStatus::Superseded {
                official_as_of: date("2026-12-01"),
                disagrees: true,
            },
            cited: Confidence::Verified,
        },
        Case {
            name: "newer official fact that agrees wins, without a disagreement",
            official: official(Some(no_minimum()), "2026-12-01"),
            answer: no_minimum(),
            checked_on: "2026-11-30",
            outcome: OfferOutcome::AcceptableNow,
            status: AnswerStatus::Superseded {
                official_as_of: date("2026-12-01"),
                disagrees: false,
            },
            cited: Confidence::Verified,
        },
        Case {
            name: "a newer official fact that is unknown does not override the answer",
            official: official(None, "2026-12-05"),
            answer: no_minimum(),
            checked_on: "2026-11-30",
            outcome: OfferOutcome::AcceptableNow,
            status: AnswerStatus::InUse,
            cited: Confidence::CheckedByYou,
        },
    ];
    for case in cases {
        let data = data_with_malpractice(case.official);
        let answers = [answer(
            CheckedValue::Malpractice(case.answer),
            date(case.checked_on),
        )];
        let laid = overlay(&data, &answers, today());
        let verdict = tx_verdict(&laid.dataset);
        assert_eq!(verdict.outcome, case.outcome, "{}", case.name);
        assert_eq!(laid.notices.len(), 1, "{}", case.name);
        assert_eq!(laid.notices[0].status, case.status, "{}", case.name);
        let disagrees = laid.notices[0].message.contains("disagrees");
        assert_eq!(
            disagrees,
            matches!(
                case.status,
                AnswerStatus::Superseded {
                    disagrees: true,
                    ..
                }
            ),
            "{}: {}",
            case.name,
            laid.notices[0].message
        );
        assert_eq!(
            malpractice_confidence(&verdict),
            Some(case.cited),
            "{}",
            case.name
        );
    }
}

#[test]
fn without_the_answer_the_unknown_fact_says_verify() {
    let data = data_with_malpractice(official(None, "2026-06-01"));
    assert_eq!(tx_verdict(&data).outcome, OfferOutcome::Verify);
    let laid = overlay(&data, &[], today());
    assert!(matches!(laid.dataset, std::borrow::Cow::Borrowed(_)));
}

#[test]
fn the_answer_is_cited_as_the_clinicians_own_with_its_date_and_source() {
    let data = data_with_malpractice(official(None, "2026-06-01"));
    let answers = [answer(
        CheckedValue::Malpractice(no_minimum()),
        date("2026-12-07"),
    )];
    let laid = overlay(&data, &answers, today());
    let verdict = tx_verdict(&laid.dataset);
    let citation = verdict.states[0]
        .reasons
        .iter()
        .flat_map(|r| r.citations.iter())
        .find(|c| c.confidence == Confidence::CheckedByYou)
        .expect("a citation of the answer");
    assert_eq!(citation.as_of, date("2026-12-07"));
    assert_eq!(
        citation.sources.as_ref(),
        ["phone call with the board (Dana Reyes)".to_string()]
    );
}

#[test]
fn an_answer_is_flagged_only_when_older_than_365_days() {
    let data = data_with_malpractice(official(None, "2026-06-01"));
    for (age, stale) in [
        (0, false),
        (364, false),
        (365, false),
        (366, true),
        (800, true),
    ] {
        let checked = today()
            .checked_sub_days(Days::new(age))
            .expect("a date in range");
        let answers = [answer(CheckedValue::Malpractice(no_minimum()), checked)];
        let notices = answer_notices(&data, &answers, today());
        assert_eq!(notices[0].age_days, age as i64, "age {age}");
        assert_eq!(notices[0].stale, stale, "age {age}");
        assert_eq!(
            notices[0].message.contains("check it again"),
            stale,
            "age {age}"
        );
        // Flagged, still used.
        assert_eq!(notices[0].status, AnswerStatus::InUse, "age {age}");
        let laid = overlay(&data, &answers, today());
        assert_eq!(
            tx_verdict(&laid.dataset).outcome,
            OfferOutcome::AcceptableNow
        );
    }
}

#[test]
fn an_answer_for_a_jurisdiction_without_an_entry_is_not_used() {
    let mut data = bundled();
    data.jurisdictions.retain(|f| f.jurisdiction != TX);
    let answers = [answer(CheckedValue::Malpractice(no_minimum()), today())];
    let laid = overlay(&data, &answers, today());
    assert_eq!(laid.notices[0].status, AnswerStatus::NoEntry);
    assert!(matches!(laid.dataset, std::borrow::Cow::Borrowed(_)));
}

fn csr(required: bool, agency: &str, years: Option<u8>) -> CheckedValue {
    CheckedValue::Csr(CsrRequirement {
        required,
        agency: agency.into(),
        fee_usd: Some(90),
        cycle_years: years,
        renews_with_license: false,
        expiry: String::new(),
        typical_days: None,
        required_for_telehealth_prescribers: None,
    })
}

#[test]
fn answers_are_validated_field_by_field() {
    let base = || CheckedAnswer {
        jurisdiction: Some(Jurisdiction::IA),
        ..answer(csr(true, "Iowa Board of Pharmacy", Some(2)), today())
    };
    let web = |url: &str| AnswerSource::Address { url: url.into() };
    type Expected = Vec<(&'static str, &'static str)>;
    let cases: Vec<(&str, CheckedAnswer, Expected)> = vec![
        ("a good phone answer", base(), vec![]),
        (
            "a good address",
            CheckedAnswer {
                source: web("https://pharmacy.iowa.gov/csr"),
                ..base()
            },
            vec![],
        ),
        (
            "no address",
            CheckedAnswer {
                source: web("  "),
                ..base()
            },
            vec![("source_required", "source/url")],
        ),
        (
            "not https",
            CheckedAnswer {
                source: web("http://pharmacy.iowa.gov/csr"),
                ..base()
            },
            vec![("source_not_https", "source/url")],
        ),
        (
            "no host",
            CheckedAnswer {
                source: web("https:///csr"),
                ..base()
            },
            vec![("source_not_https", "source/url")],
        ),
        (
            "no name for the call",
            CheckedAnswer {
                source: AnswerSource::PhoneCall { person: " ".into() },
                ..base()
            },
            vec![("source_person_required", "source/person")],
        ),
        (
            "checked tomorrow",
            CheckedAnswer {
                checked_on: today().succ_opt().expect("tomorrow"),
                ..base()
            },
            vec![("checked_in_future", "checked_on")],
        ),
        (
            "required without an agency",
            CheckedAnswer {
                answer: csr(true, " ", Some(2)),
                ..base()
            },
            vec![("csr_agency_required", "answer/value/agency")],
        ),
        (
            "zero years",
            CheckedAnswer {
                answer: csr(true, "Iowa Board of Pharmacy", Some(0)),
                ..base()
            },
            vec![("csr_years_zero", "answer/value/cycle_years")],
        ),
        (
            "not required needs no agency",
            CheckedAnswer {
                answer: csr(false, "", None),
                ..base()
            },
            vec![],
        ),
        (
            "aggregate below the per-claim limit",
            CheckedAnswer {
                answer: CheckedValue::Malpractice(rule(
                    MalpracticeRule::Mandate,
                    Some(1_000_000),
                    Some(500_000),
                )),
                ..base()
            },
            vec![("aggregate_below_claim", "answer/value/min_aggregate_usd")],
        ),
        (
            "a note too long",
            CheckedAnswer {
                note: "x".repeat(2001),
                ..base()
            },
            vec![("note_too_long", "note")],
        ),
    ];
    for (name, candidate, expected) in cases {
        let found: Vec<(String, String)> = validate_checked_answer(&candidate, &[], today())
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
fn a_second_answer_to_the_same_question_is_refused_but_an_edit_is_not() {
    let first = answer(CheckedValue::Malpractice(no_minimum()), today());
    let second = CheckedAnswer {
        id: "a2".into(),
        ..first.clone()
    };
    let other_state = CheckedAnswer {
        id: "a3".into(),
        jurisdiction: Some(Jurisdiction::IA),
        ..first.clone()
    };
    let codes = |a: &CheckedAnswer| -> Vec<String> {
        validate_checked_answer(a, std::slice::from_ref(&first), today())
            .into_iter()
            .map(|i| i.code)
            .collect()
    };
    assert_eq!(codes(&second), ["question_already_answered"]);
    assert!(codes(&first).is_empty(), "editing the same answer");
    assert!(codes(&other_state).is_empty(), "another jurisdiction");
}

#[test]
fn each_fact_names_the_verify_reasons_it_settles() {
    let cases = [
        (
            "malpractice_requirement_unknown",
            Some(CheckedFact::Malpractice),
        ),
        ("state_minimum_unknown", Some(CheckedFact::Malpractice)),
        ("csr_requirement_unknown", Some(CheckedFact::Csr)),
        (
            "state_prescribing_law_unknown",
            Some(CheckedFact::TelehealthPrescribing),
        ),
        ("full_license_facts_unknown", Some(CheckedFact::FullLicense)),
        ("license_expiry_unknown", None),
    ];
    for (code, fact) in cases {
        assert_eq!(CheckedFact::for_reason(code), fact, "{code}");
    }
}
