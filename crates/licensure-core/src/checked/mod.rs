//! The clinician's checked answers: when the rules say "verify" because a reference fact is
//! unknown, the clinician who asked the board records the answer here, in the fact's own
//! terms, with where it came from and the date.
//!
//! Limits: the model and its validation only. How an answer takes the place of a fact for one
//! evaluation is `overlay`; storing answers is the store's job.

mod overlay;
mod value;

pub use overlay::*;
pub use value::*;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Compact;
use crate::reference::CompactStatus;
use crate::validation::Issue;
use crate::Jurisdiction;

/// An answer older than this many days is flagged: ask again.
pub const ANSWER_FRESH_DAYS: i64 = 365;

/// Which reference fact of a jurisdiction an answer is about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum CheckedFact {
    /// The malpractice coverage rule and its minimum.
    Malpractice,
    /// The state controlled-substance registration: required, agency, fee, years.
    Csr,
    /// The state's law on prescribing controlled substances by telehealth.
    TelehealthPrescribing,
    /// A full license's fee and typical time.
    FullLicense,
    /// The jurisdiction's standing in one compact (IMLC, NLC, …).
    CompactMembership,
    /// The terms of one telehealth route: whom it covers, what may be prescribed under it.
    TelehealthRoute,
    /// The last day of DEA's telemedicine flexibilities (federal: no jurisdiction).
    TelemedicineRule,
}

impl CheckedFact {
    pub const ALL: [CheckedFact; 7] = [
        CheckedFact::Malpractice,
        CheckedFact::Csr,
        CheckedFact::TelehealthPrescribing,
        CheckedFact::FullLicense,
        CheckedFact::CompactMembership,
        CheckedFact::TelehealthRoute,
        CheckedFact::TelemedicineRule,
    ];

    /// A federal fact: its answer names no jurisdiction.
    pub fn is_federal(self) -> bool {
        self == CheckedFact::TelemedicineRule
    }

    /// The question of a federal fact in words.
    pub fn federal_question(self) -> &'static str {
        "end of DEA's telemedicine flexibilities"
    }

    /// The question in words, for one jurisdiction ("malpractice minimum in IA").
    pub fn question(self, jurisdiction: Jurisdiction) -> String {
        match self {
            CheckedFact::Malpractice => format!("malpractice minimum in {jurisdiction}"),
            CheckedFact::Csr => format!("controlled-substance registration in {jurisdiction}"),
            CheckedFact::TelehealthPrescribing => {
                format!("telehealth prescribing law of {jurisdiction}")
            }
            CheckedFact::FullLicense => format!("full license fee and time in {jurisdiction}"),
            CheckedFact::CompactMembership => format!("standing of {jurisdiction} in a compact"),
            CheckedFact::TelehealthRoute => {
                format!("terms of a telehealth route of {jurisdiction}")
            }
            CheckedFact::TelemedicineRule => self.federal_question().to_string(),
        }
    }

    /// The fact whose answer settles the reason with this code, if any.
    pub fn for_reason(code: &str) -> Option<CheckedFact> {
        CheckedFact::ALL
            .into_iter()
            .find(|f| f.settles().contains(&code))
    }

    /// The codes of the "verify" reasons this fact's answer settles (the UI offers "I checked
    /// this" on them). A compact's or a route's reason names its subject (`Reason::subject`).
    /// The home state's and the IMLC state of principal license's standing are not among them:
    /// those reasons are about another jurisdiction than the one judged, so they are answered
    /// by that jurisdiction (the CLI, `licensure answers add`).
    pub fn settles(self) -> &'static [&'static str] {
        match self {
            CheckedFact::Malpractice => {
                &["malpractice_requirement_unknown", "state_minimum_unknown"]
            }
            CheckedFact::Csr => &["csr_requirement_unknown"],
            CheckedFact::TelehealthPrescribing => &[
                "state_prescribing_law_unknown",
                "state_in_person_rule_unknown",
            ],
            CheckedFact::FullLicense => &["full_license_facts_unknown"],
            CheckedFact::CompactMembership => &[
                "compact_status_unknown",
                "compact_state_unknown",
                "imlc_status_unknown",
            ],
            CheckedFact::TelehealthRoute => &[
                "telehealth_registration_terms_unknown",
                "route_controlled_substances_unknown",
                "telehealth_route_unconfirmed",
            ],
            CheckedFact::TelemedicineRule => &[
                "telemedicine_rule_unknown",
                "telemedicine_flexibilities_end_before_offer",
                "telemedicine_flexibilities_end_during_offer",
            ],
        }
    }
}

/// Where an answer came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerSource {
    /// An official page (https).
    Address { url: String },
    /// A phone call with the board, and whom the clinician spoke to.
    PhoneCall { person: String },
}

impl AnswerSource {
    /// As a citation shows it: the address, or "phone call with the board (NAME)".
    pub fn describe(&self) -> String {
        match self {
            AnswerSource::Address { url } => url.clone(),
            AnswerSource::PhoneCall { person } => {
                format!("phone call with the board ({})", person.trim())
            }
        }
    }
}

/// One answer the clinician checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CheckedAnswer {
    /// Assigned by the store ("a3"); empty for a new answer.
    #[serde(default)]
    pub id: String,
    /// None for a federal fact (the DEA telemedicine rule).
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
    pub answer: CheckedValue,
    pub source: AnswerSource,
    /// The day the clinician checked.
    pub checked_on: NaiveDate,
    #[serde(default)]
    pub note: String,
}

impl CheckedAnswer {
    pub fn fact(&self) -> CheckedFact {
        self.answer.fact()
    }

    /// The question it answers in words ("standing of MI in the IMLC").
    pub fn question(&self) -> String {
        self.answer.question(self.jurisdiction, None)
    }

    /// The same question as another answer: same jurisdiction, fact and subject.
    pub fn same_question(&self, other: &CheckedAnswer) -> bool {
        self.jurisdiction == other.jurisdiction
            && self.fact() == other.fact()
            && self.answer.subject() == other.answer.subject()
    }

    /// Days since it was checked, as of `today`.
    pub fn age_days(&self, today: NaiveDate) -> i64 {
        (today - self.checked_on).num_days()
    }

    /// Older than [`ANSWER_FRESH_DAYS`]: flagged (still used, see `overlay`).
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        self.age_days(today) > ANSWER_FRESH_DAYS
    }
}

/// Longest note kept.
const NOTE_MAX: usize = 2000;

/// Problems with one answer, each naming its field ("source/url"). `others`: the answers
/// already stored; a second answer to the same question is an error (edit the first).
pub fn validate_checked_answer(
    answer: &CheckedAnswer,
    others: &[CheckedAnswer],
    today: NaiveDate,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    match (answer.fact().is_federal(), answer.jurisdiction) {
        (true, Some(_)) => issues.push(Issue::error(
            "jurisdiction_for_federal_fact",
            "jurisdiction",
            "A federal rule is the same in every state: give no state.",
        )),
        (false, None) => issues.push(Issue::error(
            "jurisdiction_required",
            "jurisdiction",
            "Give the state the answer is about.",
        )),
        _ => {}
    }
    match &answer.source {
        AnswerSource::Address { url } => {
            let host = url.trim().strip_prefix("https://").unwrap_or("");
            let host = host.split(['/', '?', '#']).next().unwrap_or("");
            if url.trim().is_empty() {
                issues.push(Issue::error(
                    "source_required",
                    "source/url",
                    "Give the address where you read the answer.",
                ));
            } else if host.is_empty() || !host.contains('.') || url.contains(char::is_whitespace) {
                issues.push(Issue::error(
                    "source_not_https",
                    "source/url",
                    "The address must be a https:// address of an official page.",
                ));
            }
        }
        AnswerSource::PhoneCall { person } => {
            if person.trim().is_empty() {
                issues.push(Issue::error(
                    "source_person_required",
                    "source/person",
                    "Give the name of the person you spoke to at the board.",
                ));
            }
        }
    }
    if answer.checked_on > today {
        issues.push(Issue::error(
            "checked_in_future",
            "checked_on",
            "The date you checked cannot be in the future.",
        ));
    }
    if answer.note.chars().count() > NOTE_MAX {
        issues.push(Issue::error(
            "note_too_long",
            "note",
            format!("The note is longer than {NOTE_MAX} characters."),
        ));
    }
    value_issues(&answer.answer, &mut issues);
    let same = others
        .iter()
        .any(|o| o.id != answer.id && o.same_question(answer));
    if same {
        issues.push(Issue::error(
            "question_already_answered",
            "answer/fact",
            format!(
                "You already recorded an answer on the {}: edit that one.",
                answer.question()
            ),
        ));
    }
    issues
}

fn value_issues(value: &CheckedValue, issues: &mut Vec<Issue>) {
    match value {
        CheckedValue::Csr(csr) if csr.required && csr.agency.trim().is_empty() => {
            issues.push(Issue::error(
                "csr_agency_required",
                "answer/value/agency",
                "Name the agency that issues the registration.",
            ));
        }
        CheckedValue::Csr(csr) if csr.cycle_years == Some(0) => {
            issues.push(Issue::error(
                "csr_years_zero",
                "answer/value/cycle_years",
                "A registration lasts at least one year.",
            ));
        }
        CheckedValue::Malpractice(m) => {
            if let (Some(claim), Some(total)) = (m.min_per_claim_usd, m.min_aggregate_usd) {
                if total < claim {
                    issues.push(Issue::error(
                        "aggregate_below_claim",
                        "answer/value/min_aggregate_usd",
                        "The annual aggregate cannot be below the per-claim limit.",
                    ));
                }
            }
        }
        CheckedValue::CompactMembership(a) => {
            let issuing = matches!(
                a.status,
                CompactStatus::Member
                    | CompactStatus::MemberNotPrincipal
                    | CompactStatus::EnactedNotImplemented
            );
            if a.implemented.is_some() && !issuing {
                issues.push(Issue::error(
                    "implemented_without_membership",
                    "answer/value/implemented",
                    "A jurisdiction that is not a member has no day it begins issuing.",
                ));
            }
            if a.status == CompactStatus::MemberNotPrincipal && a.compact != Compact::Imlc {
                issues.push(Issue::error(
                    "not_principal_outside_imlc",
                    "answer/value/status",
                    "Only the IMLC has members that cannot be the state of principal license.",
                ));
            }
        }
        CheckedValue::TelehealthRoute(a) => {
            if a.route.trim().is_empty() {
                issues.push(Issue::error(
                    "route_required",
                    "answer/value/route",
                    "Name the telehealth route the answer is about.",
                ));
            }
            if a.professions.is_empty() {
                issues.push(Issue::error(
                    "route_professions_required",
                    "answer/value/professions",
                    "Choose the professions the route covers.",
                ));
            }
            if !a.excluded_schedules.is_empty() && a.controlled_substances_allowed != Some(true) {
                issues.push(Issue::error(
                    "schedules_without_prescribing",
                    "answer/value/excluded_schedules",
                    "Schedules are excluded only where controlled substances may be prescribed.",
                ));
            }
        }
        _ => {}
    }
}
