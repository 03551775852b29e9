//! Checked answers laid over the reference data for one evaluation, and what the clinician is
//! told about each answer.
//!
//! Rules, per answer (one jurisdiction, one fact):
//! - the dataset has no entry for the jurisdiction, or no telehealth route of the answer's
//!   id there: the answer is not used (`NoEntry`);
//! - the dataset carries a known official fact dated after the day the answer was checked:
//!   the official fact wins (`Superseded`), and the notice says whether it disagrees;
//!   For a route, the official fact counts as known only when it settles everything the
//!   answer does: a newer route that still leaves open whether controlled substances may be
//!   prescribed does not replace an answer that says;
//! - otherwise (the official fact is unknown or conflicting, or known but not newer) the
//!   answer takes the fact's place, with the confidence "checked by you", the answer's date
//!   and its source, so every citation shows it as the clinician's answer.
//!
//! An answer older than [`super::ANSWER_FRESH_DAYS`] is still used but flagged (`stale`): a
//! stale answer is still the best the clinician knows, and dropping it would bring back the
//! same "verify" without telling why; the flag asks them to check again.
//!
//! Limits: pure. The dataset is copied only when at least one answer is used.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CheckedAnswer, CheckedFact, CheckedValue, CompactAnswer, RouteAnswer};
use crate::reference::{
    CompactMembership, Confidence, CsrRequirement, Dataset, Fact, FullLicenseFacts,
    JurisdictionFacts, MalpracticeRequirement, TelehealthPrescribing, TelehealthRoute,
};
use crate::Jurisdiction;

/// Whether an answer is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum AnswerStatus {
    /// The rules use the answer.
    InUse,
    /// A known official fact dated `official_as_of`, after the answer, is used instead.
    Superseded {
        official_as_of: NaiveDate,
        /// The official fact says something else than the answer.
        disagrees: bool,
    },
    /// The reference data has no entry for the jurisdiction (or no route of the answer's id).
    NoEntry,
}

/// What the clinician is told about one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct AnswerNotice {
    pub answer_id: String,
    /// None for a federal fact.
    pub jurisdiction: Option<Jurisdiction>,
    pub fact: CheckedFact,
    pub status: AnswerStatus,
    /// Days since it was checked.
    pub age_days: i64,
    /// Older than 365 days: check it again.
    pub stale: bool,
    /// In plain words, for the list and the CLI.
    pub message: String,
}

/// The dataset one evaluation uses, and a notice per answer.
#[derive(Debug, Clone)]
pub struct Overlaid<'a> {
    pub dataset: Cow<'a, Dataset>,
    pub notices: Vec<AnswerNotice>,
}

/// Lays `answers` over `data` as of `today` (see the module's rules).
pub fn overlay<'a>(data: &'a Dataset, answers: &[CheckedAnswer], today: NaiveDate) -> Overlaid<'a> {
    let mut dataset = Cow::Borrowed(data);
    let mut notices = Vec::with_capacity(answers.len());
    for answer in answers {
        let status = match lookup(data, answer) {
            None => AnswerStatus::NoEntry,
            Some(Some((as_of, agrees))) if as_of > answer.checked_on => AnswerStatus::Superseded {
                official_as_of: as_of,
                disagrees: !agrees,
            },
            Some(_) => AnswerStatus::InUse,
        };
        if status == AnswerStatus::InUse {
            let owned = dataset.to_mut();
            match answer.jurisdiction {
                None => fill_federal(owned, answer),
                Some(j) => {
                    if let Some(facts) =
                        owned.jurisdictions.iter_mut().find(|f| f.jurisdiction == j)
                    {
                        fill(facts, answer);
                    }
                }
            }
        }
        notices.push(notice(answer, status, today, data));
    }
    Overlaid { dataset, notices }
}

/// The notices alone (the list of answers shows them).
pub fn answer_notices(
    data: &Dataset,
    answers: &[CheckedAnswer],
    today: NaiveDate,
) -> Vec<AnswerNotice> {
    overlay(data, answers, today).notices
}

/// The answer's fact in `data`: None when the data has no such fact; otherwise the known
/// official fact's date and whether it agrees, when it is known.
fn lookup(data: &Dataset, answer: &CheckedAnswer) -> Option<Option<(NaiveDate, bool)>> {
    match (answer.jurisdiction, &answer.answer) {
        (None, CheckedValue::TelemedicineRule(a)) => {
            let fact = data.federal.flexibilities()?;
            Some(known(fact, |o| o.effective_until == a.effective_until))
        }
        (Some(j), value) => {
            let facts = data.jurisdiction(j)?;
            has_subject(facts, value).then(|| official(facts, answer))
        }
        // Refused by validation: a federal fact with a state, or a state fact without one.
        (None, _) => None,
    }
}

/// A known fact's date and whether it agrees.
fn known<T>(fact: &Fact<T>, agrees: impl Fn(&T) -> bool) -> Option<(NaiveDate, bool)> {
    fact.known().map(|v| (fact.as_of, agrees(v)))
}

/// The dataset has the fact the answer is about (every jurisdiction has each single fact; a
/// route must exist by its id).
fn has_subject(facts: &JurisdictionFacts, value: &CheckedValue) -> bool {
    match value {
        CheckedValue::TelehealthRoute(a) => route(facts, &a.route).is_some(),
        _ => true,
    }
}

/// The route of this id, whatever its confidence.
fn route<'f>(facts: &'f JurisdictionFacts, id: &str) -> Option<&'f Fact<TelehealthRoute>> {
    facts
        .telehealth_routes
        .iter()
        .find(|f| f.value.as_ref().is_some_and(|r| r.id == id))
}

/// The official fact's date and whether it agrees with the answer, when it is known.
fn official(facts: &JurisdictionFacts, answer: &CheckedAnswer) -> Option<(NaiveDate, bool)> {
    match &answer.answer {
        CheckedValue::Malpractice(a) => known(&facts.malpractice, |o| same_malpractice(o, a)),
        CheckedValue::Csr(a) => known(&facts.csr, |o| same_csr(o, a)),
        CheckedValue::TelehealthPrescribing(a) => {
            known(&facts.telehealth_prescribing, |o| same_prescribing(o, a))
        }
        CheckedValue::FullLicense(a) => known(&facts.full_license, |o| same_license(o, a)),
        CheckedValue::CompactMembership(a) => facts
            .compacts
            .get(&a.compact)
            .and_then(|f| known(f, |o| same_membership(o, a))),
        CheckedValue::TelehealthRoute(a) => route(facts, &a.route)
            .filter(|f| {
                f.known().is_some_and(|o| {
                    o.controlled_substances_allowed.is_some()
                        || a.controlled_substances_allowed.is_none()
                })
            })
            .and_then(|f| known(f, |o| same_route(o, a))),
        CheckedValue::TelemedicineRule(_) => None,
    }
}

// Agreement compares what the answer's form asks for; wording (agency names, how to join a
// fund, limits in words) differs between a board's page and a phone call, and is not compared.

fn same_malpractice(o: &MalpracticeRequirement, a: &MalpracticeRequirement) -> bool {
    o.rule == a.rule
        && o.min_per_claim_usd == a.min_per_claim_usd
        && o.min_aggregate_usd == a.min_aggregate_usd
}

fn same_csr(o: &CsrRequirement, a: &CsrRequirement) -> bool {
    o.required == a.required
        && (!a.required || (o.fee_usd == a.fee_usd && o.cycle_years == a.cycle_years))
}

fn same_prescribing(o: &TelehealthPrescribing, a: &TelehealthPrescribing) -> bool {
    o.in_person_exam == a.in_person_exam && o.barred_schedules == a.barred_schedules
}

fn same_license(o: &FullLicenseFacts, a: &FullLicenseFacts) -> bool {
    o.fee_usd == a.fee_usd && o.typical_days == a.typical_days
}

fn same_membership(o: &CompactMembership, a: &CompactAnswer) -> bool {
    o.status == a.status
        && (o.implemented.is_none() || a.implemented.is_none() || o.implemented == a.implemented)
}

fn same_route(o: &TelehealthRoute, a: &RouteAnswer) -> bool {
    same_set(&o.professions, &a.professions)
        && o.controlled_substances_allowed == a.controlled_substances_allowed
        && (a.controlled_substances_allowed != Some(true)
            || same_set(&o.excluded_schedules, &a.excluded_schedules))
}

/// The same members, in any order.
fn same_set<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

/// The fact the rules read in the answer's place.
fn as_fact<T: Clone>(answer: &CheckedAnswer, value: &T) -> Fact<T> {
    Fact {
        value: Some(value.clone()),
        sources: Arc::from(vec![answer.source.describe()]),
        as_of: answer.checked_on,
        confidence: Confidence::CheckedByYou,
        note: answer.note.clone(),
    }
}

fn fill(facts: &mut JurisdictionFacts, answer: &CheckedAnswer) {
    match &answer.answer {
        CheckedValue::Malpractice(v) => facts.malpractice = as_fact(answer, v),
        CheckedValue::Csr(v) => facts.csr = as_fact(answer, v),
        CheckedValue::TelehealthPrescribing(v) => {
            facts.telehealth_prescribing = as_fact(answer, v);
        }
        CheckedValue::FullLicense(v) => facts.full_license = as_fact(answer, v),
        CheckedValue::CompactMembership(a) => {
            let enacted = facts
                .compacts
                .get(&a.compact)
                .and_then(|f| f.value.as_ref())
                .and_then(|m| m.enacted);
            let membership = CompactMembership {
                status: a.status,
                enacted,
                implemented: a.implemented,
            };
            facts
                .compacts
                .insert(a.compact, as_fact(answer, &membership));
        }
        CheckedValue::TelemedicineRule(_) => {}
        CheckedValue::TelehealthRoute(a) => {
            let Some(fact) = facts
                .telehealth_routes
                .iter_mut()
                .find(|f| f.value.as_ref().is_some_and(|r| r.id == a.route))
            else {
                return;
            };
            let Some(mut terms) = fact.value.clone() else {
                return;
            };
            terms.professions = a.professions.clone();
            terms.controlled_substances_allowed = a.controlled_substances_allowed;
            terms.excluded_schedules = a.excluded_schedules.clone();
            *fact = as_fact(answer, &terms);
        }
    }
}

/// The federal fact the answer takes the place of.
fn fill_federal(data: &mut Dataset, answer: &CheckedAnswer) {
    let CheckedValue::TelemedicineRule(a) = &answer.answer else {
        return;
    };
    let Some(fact) = data.federal.flexibilities_mut() else {
        return;
    };
    if let Some(mut rule) = fact.value.clone() {
        rule.effective_until = a.effective_until;
        // The official name may name the extension the answer replaces ("(fourth temporary
        // extension)"): the answer's end is not that extension's.
        if rule.name.ends_with(')') {
            if let Some(at) = rule.name.rfind(" (") {
                rule.name.truncate(at);
            }
        }
        *fact = as_fact(answer, &rule);
    }
}

fn notice(
    answer: &CheckedAnswer,
    status: AnswerStatus,
    today: NaiveDate,
    data: &Dataset,
) -> AnswerNotice {
    let question = answer.answer.question(answer.jurisdiction, Some(data));
    let age_days = answer.age_days(today);
    let stale = answer.is_stale(today);
    let mut message = match status {
        AnswerStatus::InUse => format!("Your answer on the {question} is used."),
        AnswerStatus::Superseded {
            official_as_of,
            disagrees: true,
        } => format!(
            "The reference data now has the {question}, checked {official_as_of}, after your \
             answer, and it disagrees with your answer: the reference data is used. Check \
             with the board which is right."
        ),
        AnswerStatus::Superseded {
            official_as_of,
            disagrees: false,
        } => format!(
            "The reference data now has the {question}, checked {official_as_of}, and it \
             agrees with your answer."
        ),
        AnswerStatus::NoEntry => match (answer.jurisdiction, answer.answer.subject()) {
            (None, _) => format!(
                "The reference data has no rule for the {question}: your answer is not used."
            ),
            (Some(j), Some(subject)) if answer.fact() == CheckedFact::TelehealthRoute => format!(
                "The reference data has no telehealth route \"{subject}\" in {j}: your answer \
                 on the {question} is not used."
            ),
            (Some(j), _) => format!(
                "The reference data has no entry for {j}: your answer on the {question} is not \
                 used."
            ),
        },
    };
    if stale {
        message.push_str(&format!(
            " You checked it {age_days} days ago, more than a year: check it again."
        ));
    }
    AnswerNotice {
        answer_id: answer.id.clone(),
        jurisdiction: answer.jurisdiction,
        fact: answer.fact(),
        status,
        age_days,
        stale,
        message,
    }
}
