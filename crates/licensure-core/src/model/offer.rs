//! Telehealth job offers the clinician is weighing.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Answer, Schedule, Tail};
use crate::Jurisdiction;

/// How visits happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Video,
    AudioOnly,
    /// Store-and-forward / asynchronous.
    Asynchronous,
}

/// Malpractice coverage the employer provides for the offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct EmployerMalpractice {
    /// Empty means every patient jurisdiction of the offer is claimed to be covered; the
    /// clinician should still check the certificate.
    #[serde(default)]
    pub jurisdictions: Vec<Jurisdiction>,
    pub telehealth_covered: Answer,
    #[serde(default)]
    pub tail: Tail,
}

/// A telehealth job offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Offer {
    /// Assigned by the store.
    pub id: String,
    pub employer: String,
    pub role: String,
    pub patient_jurisdictions: Vec<Jurisdiction>,
    pub start: NaiveDate,
    /// None for an open-ended engagement.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    pub modalities: Vec<Modality>,
    /// Schedules the role needs prescribed; empty means no controlled substances.
    #[serde(default)]
    pub controlled_substances: Vec<Schedule>,
    /// The role also includes seeing patients in person in a patient jurisdiction (a
    /// telehealth registration that forbids in-person care then does not serve).
    #[serde(default)]
    pub in_person_visits: bool,
    /// None when the clinician brings their own malpractice coverage.
    #[serde(default)]
    pub employer_malpractice: Option<EmployerMalpractice>,
    /// The employer reimburses license and registration fees.
    #[serde(default)]
    pub fees_reimbursed: bool,
    /// Free text ("$180/h", "$260k/yr").
    #[serde(default)]
    pub pay: String,
    #[serde(default)]
    pub notes: String,
}
