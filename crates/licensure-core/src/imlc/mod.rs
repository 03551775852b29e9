//! IMLC eligibility: whether an MD/DO can obtain a Letter of Qualification, through which
//! State of Principal License (SPL), what fails, and which answers are still missing.
//!
//! Limits: the criteria are those of the compact (section 4 of the model act, e.g. W. Va. Code
//! §30-1C-4, https://code.wvlegislature.gov/30-1C-4) and the commission's eligibility page; the
//! SPL board decides and may see what the records here do not. An unknown answer or an
//! unknown reference fact gives "verify", never "eligible". Federal tax residence serves as
//! the SPL basis only when no jurisdiction qualifies by residence, practice share or
//! employer (§30-1C-4(a)(4): "if no state qualifies under (1), (2) or (3)"); a jurisdiction
//! "qualifies" when it can be principal and holds the physician's full, unrestricted license.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::compact::{issues_licenses, membership};
use crate::model::{Compact, Credential, CredentialDetail, LoqStatus, Profile};
use crate::reason::{worst, Outcome, Reason};
use crate::reference::{Citation, Dataset};
use crate::Jurisdiction;

mod criteria;
mod principal;
mod reach;

use criteria::{board_certification, education, exams, history, licenses_on_record};
use principal::principal_state;
pub use reach::{imlc_map, ImlcMap, ImlcReach, ImlcTerms};

/// The answer to "can I use the IMLC?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImlcOutcome {
    /// Every requirement is met on the records (warnings may remain).
    Eligible,
    /// At least one requirement is definitely not met.
    NotEligible,
    /// Nothing fails, but something is unknown: answer the questions or check the data.
    Verify,
    /// The IMLC covers MD and DO physicians only.
    NotApplicable,
}

/// Why a jurisdiction can serve as State of Principal License.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum PrincipalBasis {
    PrimaryResidence,
    /// At least the minimum share of the physician's practice happens there.
    PracticeShare,
    EmployerLocation,
    /// Only when no jurisdiction qualifies on the three other bases.
    FederalTaxResidence,
}

/// A jurisdiction that can serve as State of Principal License.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PrincipalCandidate {
    pub jurisdiction: Jurisdiction,
    pub bases: Vec<PrincipalBasis>,
    /// The full, unrestricted license held there.
    pub license_credential_id: String,
    pub citations: Vec<Citation>,
}

/// An input still unknown, as a question to put to the clinician.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Question {
    /// Stable, snake_case ("discipline").
    pub code: String,
    pub question: String,
    /// The profile field that answers it ("history.discipline").
    pub profile_field: String,
}

impl Question {
    pub(super) fn new(code: &str, question: &str, profile_field: &str) -> Self {
        Question {
            code: code.to_string(),
            question: question.to_string(),
            profile_field: profile_field.to_string(),
        }
    }
}

/// Where the clinician's Letter of Qualification stands today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LoqStanding {
    /// No Letter of Qualification on record.
    None,
    Applied {
        credential_id: String,
        principal_state: Jurisdiction,
        applied: Option<NaiveDate>,
    },
    /// Issued and not past its last valid day, or of unknown expiry (`expires` None).
    Issued {
        credential_id: String,
        principal_state: Jurisdiction,
        /// Last day the letter is valid.
        expires: Option<NaiveDate>,
        /// Days from today to the last valid day (0 on that day).
        days_left: Option<u32>,
    },
    Expired {
        credential_id: String,
        principal_state: Jurisdiction,
        expired: NaiveDate,
    },
}

impl LoqStanding {
    /// Issued with a known expiry that has not passed: states can be selected without a new
    /// application.
    pub fn is_valid(&self) -> bool {
        matches!(
            self,
            LoqStanding::Issued {
                days_left: Some(_),
                ..
            }
        )
    }
}

/// Everything the IMLC rules say about this clinician today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcEligibility {
    pub outcome: ImlcOutcome,
    /// Jurisdictions that can serve as State of Principal License, and why.
    pub principal_candidates: Vec<PrincipalCandidate>,
    /// Every requirement that failed, is unknown or carries a warning (met ones are omitted).
    pub reasons: Vec<Reason>,
    /// Inputs still unknown.
    pub questions: Vec<Question>,
    /// Members that issue compact licenses today (principal-capable or not).
    pub reachable_states: Vec<Jurisdiction>,
    pub loq: LoqStanding,
}

/// IMLC eligibility of the clinician as of `today`.
pub fn imlc_eligibility(
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> ImlcEligibility {
    let loq = loq_standing(credentials, data, today);
    if !profile.profession.is_physician() {
        return ImlcEligibility {
            outcome: ImlcOutcome::NotApplicable,
            principal_candidates: Vec::new(),
            reasons: vec![Reason::new(
                "imlc_not_applicable",
                Outcome::Blocked,
                format!(
                    "The IMLC covers MD and DO physicians only; it does not apply to a {}.",
                    profile.profession.label().to_lowercase()
                ),
            )],
            questions: Vec::new(),
            reachable_states: Vec::new(),
            loq,
        };
    }
    let mut check = Check::default();
    let principal_candidates = principal_state(profile, credentials, data, today, &mut check);
    licenses_on_record(profile, credentials, &mut check);
    board_certification(credentials, data, today, &mut check);
    exams(profile, data, &mut check);
    education(profile, &mut check);
    history(profile, &mut check);
    let outcome = match worst(&check.reasons) {
        _ if check.no_answer_helps => ImlcOutcome::NotEligible,
        Outcome::Met | Outcome::Warning => ImlcOutcome::Eligible,
        Outcome::Verify => ImlcOutcome::Verify,
        Outcome::Missing | Outcome::Blocked => ImlcOutcome::NotEligible,
    };
    if check.no_answer_helps {
        check.questions.clear();
    }
    ImlcEligibility {
        outcome,
        principal_candidates,
        reasons: check.reasons,
        questions: check.questions,
        reachable_states: reachable_states(data, today),
        loq,
    }
}

/// Members issuing compact licenses on `today`.
pub fn reachable_states(data: &Dataset, today: NaiveDate) -> Vec<Jurisdiction> {
    Jurisdiction::ALL
        .iter()
        .copied()
        .filter(|&j| {
            membership(data, Compact::Imlc, j, today)
                .status
                .is_some_and(issues_licenses)
        })
        .collect()
}

/// Failed requirements and open questions, collected as the rules run.
#[derive(Default)]
pub(super) struct Check {
    pub(super) reasons: Vec<Reason>,
    pub(super) questions: Vec<Question>,
    /// A requirement fails that no answer to a question can mend (no license anywhere that
    /// could make a State of Principal License): the outcome is "not eligible" and no
    /// question is asked.
    pub(super) no_answer_helps: bool,
}

impl Check {
    pub(super) fn unknown(&mut self, reason: Reason, question: Question) {
        self.reasons.push(reason);
        self.questions.push(question);
    }
}

/// The most useful Letter of Qualification on record: a valid one with the latest expiry,
/// then one of unknown expiry, then the latest expired, then an application.
pub fn loq_standing(credentials: &[Credential], data: &Dataset, today: NaiveDate) -> LoqStanding {
    let validity = data.imlc.loq_validity_days.known().copied();
    let mut best: Option<((u8, Option<NaiveDate>), LoqStanding)> = None;
    for credential in credentials {
        let CredentialDetail::ImlcLoq(loq) = &credential.detail else {
            continue;
        };
        let id = credential.id.clone();
        let principal_state = loq.principal_state;
        let (rank, standing) = match loq.status {
            LoqStatus::Applied => (
                (1, loq.applied),
                LoqStanding::Applied {
                    credential_id: id,
                    principal_state,
                    applied: loq.applied,
                },
            ),
            LoqStatus::Issued => {
                let expires = loq.expires.or_else(|| {
                    let days = validity?.checked_sub(1)?;
                    loq.issued?.checked_add_days(Days::new(u64::from(days)))
                });
                match expires {
                    Some(last) if last < today => (
                        (2, Some(last)),
                        LoqStanding::Expired {
                            credential_id: id,
                            principal_state,
                            expired: last,
                        },
                    ),
                    Some(last) => (
                        (4, Some(last)),
                        LoqStanding::Issued {
                            credential_id: id,
                            principal_state,
                            expires: Some(last),
                            days_left: Some(
                                u32::try_from((last - today).num_days()).unwrap_or(u32::MAX),
                            ),
                        },
                    ),
                    None => (
                        (3, None),
                        LoqStanding::Issued {
                            credential_id: id,
                            principal_state,
                            expires: None,
                            days_left: None,
                        },
                    ),
                }
            }
        };
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, standing));
        }
    }
    best.map_or(LoqStanding::None, |(_, s)| s)
}
