//! The verdict table harness: a case, where its reasons sit, and the runner that judges
//! every case table and checks the invariants every verdict keeps.

use super::credentials::{profile, NUMBERS};
use super::fixture::{dataset, today};
use chrono::NaiveDate;
use licensure_core::model::{Credential, Offer, Profession};
use licensure_core::reason::Outcome;
use licensure_core::reference::Dataset;
use licensure_core::verdict::OfferOutcome::AcceptableNow;
use licensure_core::verdict::{
    evaluate_offer, outline_offers, OfferOutcome, OfferOutline, OfferVerdict,
};
use licensure_core::Jurisdiction;

use super::{authority, controlled_substances, malpractice, unknown_data};

/// Where an expected reason sits: the offer as a whole or one state.
#[derive(Debug, Clone, Copy)]
pub(super) enum At {
    Offer,
    State(Jurisdiction),
}

pub(super) struct Case {
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

pub(super) fn case(name: &'static str, credentials: Vec<Credential>, offer: Offer) -> Case {
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
    pub(super) fn profession(mut self, p: Profession) -> Self {
        self.profession = p;
        self
    }
    pub(super) fn data(mut self, data: Dataset) -> Self {
        self.data = data;
        self
    }
    pub(super) fn today(mut self, today: NaiveDate) -> Self {
        self.today = today;
        self
    }
    pub(super) fn outcome(mut self, outcome: &'static [OfferOutcome]) -> Self {
        self.outcome = outcome;
        self
    }
    pub(super) fn has(mut self, at: At, code: &'static str, outcome: Outcome) -> Self {
        self.present.push((at, code, outcome));
        self
    }
    pub(super) fn lacks(mut self, codes: &'static [&'static str]) -> Self {
        self.absent = codes;
        self
    }
}

/// Every case table, in order.
fn cases() -> Vec<Case> {
    [
        authority::cases(),
        controlled_substances::cases(),
        malpractice::cases(),
        unknown_data::cases(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub(super) fn reasons_at(verdict: &OfferVerdict, at: At) -> Vec<&licensure_core::reason::Reason> {
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

pub(super) fn all_codes(verdict: &OfferVerdict) -> Vec<(String, Outcome)> {
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
pub(super) fn serde_json_text(verdict: &OfferVerdict) -> String {
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
