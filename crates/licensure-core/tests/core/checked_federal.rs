//! A checked answer on the federal telemedicine rule: the clinician who reads an extension of
//! DEA's telemedicine flexibilities in the Federal Register records its new end, with no
//! state; the rules judge controlled-substance offers with it until a newer official fact
//! (an installed pack, a new build) carries the rule, which then wins.

use licensure_core::checked::{
    overlay, validate_checked_answer, AnswerSource, AnswerStatus, CheckedAnswer, CheckedValue,
    TelemedicineAnswer,
};
use licensure_core::model::{Offer, Schedule};
use licensure_core::reference::{Confidence, Dataset};
use licensure_core::verdict::evaluate_offer;
use licensure_core::Jurisdiction::TX;

use crate::reference::{bundled, date};
use crate::scenarios::{license, nationwide_policy, physician, plain_offer, today};

fn extension(until: Option<&str>, checked_on: &str) -> CheckedAnswer {
    CheckedAnswer {
        id: "a1".into(),
        jurisdiction: None,
        answer: CheckedValue::TelemedicineRule(TelemedicineAnswer {
            effective_until: until.map(date),
        }),
        source: AnswerSource::Address {
            url: "https://www.federalregister.gov/d/2026-99999".into(),
        },
        checked_on: date(checked_on),
        note: String::new(),
    }
}

/// The codes of the federal-rule reasons of a TX offer prescribing schedule II in 2027.
fn federal_codes(data: &Dataset) -> Vec<String> {
    let offer = Offer {
        controlled_substances: vec![Schedule::S2],
        ..plain_offer(TX)
    };
    let verdict = evaluate_offer(
        &offer,
        &physician(),
        &[license(TX), nationwide_policy()],
        data,
        today(),
    );
    verdict.states[0]
        .reasons
        .iter()
        .filter(|r| r.code.starts_with("telemedicine_"))
        .map(|r| r.code.to_string())
        .collect()
}

#[test]
fn a_recorded_extension_changes_the_federal_verdict() {
    let data = bundled();
    // The bundled rule ends 2026-12-31, before the offer (2027-01-04 to 2027-12-31).
    assert_eq!(
        federal_codes(&data),
        ["telemedicine_flexibilities_end_before_offer"]
    );
    let cases = [
        (Some("2027-12-31"), "telemedicine_flexibilities_cover_offer"),
        (
            Some("2027-06-30"),
            "telemedicine_flexibilities_end_during_offer",
        ),
        (None, "telemedicine_flexibilities_cover_offer"),
        (
            Some("2026-12-31"),
            "telemedicine_flexibilities_end_before_offer",
        ),
    ];
    for (until, code) in cases {
        let answers = [extension(until, "2026-12-07")];
        let laid = overlay(&data, &answers, today());
        assert_eq!(laid.notices[0].status, AnswerStatus::InUse, "{until:?}");
        assert_eq!(federal_codes(&laid.dataset), [code], "{until:?}");
        let rule = laid.dataset.federal.flexibilities().expect("the rule");
        assert_eq!(rule.confidence, Confidence::CheckedByYou, "{until:?}");
        // The official name names the fourth extension; the answer's end is not that one's.
        let name = rule.value.as_ref().map(|r| r.name.as_str());
        assert_eq!(
            name,
            Some("DEA telemedicine flexibilities for controlled medications"),
            "{until:?}"
        );
    }
}

#[test]
fn a_newer_official_rule_wins_and_says_whether_it_disagrees() {
    let mut data = bundled();
    let fact = data.federal.flexibilities_mut().expect("the rule");
    fact.as_of = date("2026-12-20");
    if let Some(rule) = fact.value.as_mut() {
        rule.effective_until = Some(date("2027-12-31"));
    }
    let cases = [
        (Some("2027-12-31"), "2026-12-10", Some(false)),
        (Some("2028-06-30"), "2026-12-10", Some(true)),
        // Checked after the official fact: the answer stays in use.
        (Some("2028-06-30"), "2026-12-21", None),
    ];
    for (until, checked_on, disagrees) in cases {
        let laid = overlay(&data, &[extension(until, checked_on)], date("2026-12-22"));
        let expected = match disagrees {
            Some(disagrees) => AnswerStatus::Superseded {
                official_as_of: date("2026-12-20"),
                disagrees,
            },
            None => AnswerStatus::InUse,
        };
        assert_eq!(laid.notices[0].status, expected, "{until:?} {checked_on}");
    }
    data.federal.telemedicine_rules.clear();
    let laid = overlay(
        &data,
        &[extension(Some("2027-12-31"), "2026-12-07")],
        today(),
    );
    assert_eq!(laid.notices[0].status, AnswerStatus::NoEntry);
    assert!(
        laid.notices[0]
            .message
            .contains("DEA's telemedicine flexibilities"),
        "{}",
        laid.notices[0].message
    );
}

#[test]
fn a_federal_answer_names_no_state_and_a_state_answer_needs_one() {
    let with_state = CheckedAnswer {
        jurisdiction: Some(TX),
        ..extension(Some("2027-12-31"), "2026-12-07")
    };
    let state_fact_without = CheckedAnswer {
        jurisdiction: None,
        answer: CheckedValue::Malpractice(licensure_core::reference::MalpracticeRequirement {
            rule: licensure_core::reference::MalpracticeRule::None,
            min_per_claim_usd: None,
            min_aggregate_usd: None,
            fund: None,
            alternatives: String::new(),
            applies_to_telehealth: None,
        }),
        ..extension(None, "2026-12-07")
    };
    let cases = [
        (extension(Some("2027-12-31"), "2026-12-07"), vec![]),
        (with_state, vec!["jurisdiction_for_federal_fact"]),
        (state_fact_without, vec!["jurisdiction_required"]),
    ];
    for (answer, expected) in cases {
        let codes: Vec<String> = validate_checked_answer(&answer, &[], today())
            .into_iter()
            .map(|i| i.code)
            .collect();
        assert_eq!(codes, expected, "{:?}", answer.answer);
    }
    // One answer on the federal rule.
    let first = extension(Some("2027-12-31"), "2026-12-07");
    let second = CheckedAnswer {
        id: "a2".into(),
        ..extension(None, "2026-12-07")
    };
    let codes: Vec<String> = validate_checked_answer(&second, &[first], today())
        .into_iter()
        .map(|i| i.code)
        .collect();
    assert_eq!(codes, ["question_already_answered"]);
}
