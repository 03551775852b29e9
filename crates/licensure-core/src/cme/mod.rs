//! CME progress per license: the current CME window of each state license (from its expiry
//! and the state's cycle), the activities in it, and what the state's rule still needs — total
//! hours, Category 1 hours, each required topic — by the window's end; and the federal MATE
//! Act training per DEA registration.
//!
//! Windows: a license expiring on day E with a CME cycle of N years has the window
//! (E − N years, E]: the first day is the day after E − N years, the last day is E, and both
//! are inclusive. One activity counts for every license whose window it falls in.
//!
//! Limits: pure, "today" is passed in. Whether a requirement applies is judged only from
//! the records (DEA registrations and state controlled-substance registrations); narrower
//! groups (direct patient care, primary care …) are shown as "verify". A rule whose fact is
//! unknown or conflicting answers "verify" with its citation.

mod behind;
mod progress;
mod words;

pub use behind::{cme_behind, furthest_behind};
pub use progress::{cme_report, cme_window, license_cme};
pub use words::shortfall_words;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{CmeHours, CmeTopic};
use crate::reference::{Applicability, Citation, Recurrence};
use crate::Jurisdiction;

/// The days whose activities count for one cycle; both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeWindow {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl CmeWindow {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// Where a requirement (or a license's CME as a whole) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CmeStatus {
    /// Done for this window.
    Met,
    /// Not yet done: see what is missing and by when.
    Missing,
    /// Cannot be judged: the rule is unknown, or whether it applies cannot be told from the
    /// records. Check with the board.
    Verify,
    /// Does not apply to this clinician (no DEA registration or state registration), or the
    /// state has no such requirement.
    NotRequired,
}

/// Hours required against hours done in the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct HoursProgress {
    pub required: CmeHours,
    pub done: CmeHours,
    /// What is still needed (zero when met).
    pub missing: CmeHours,
}

impl HoursProgress {
    pub fn new(required: CmeHours, done: CmeHours) -> HoursProgress {
        HoursProgress {
            required,
            done,
            missing: required.saturating_sub(done),
        }
    }

    pub fn met(&self) -> bool {
        self.missing.is_zero()
    }
}

/// Progress on one of the state's required topics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TopicProgress {
    /// The requirement in plain words, from the reference data.
    pub description: String,
    /// The topics that count toward it.
    pub topics: Vec<CmeTopic>,
    pub recurrence: Recurrence,
    pub applies_to: Applicability,
    /// Hours needed, when the rule gives them.
    #[serde(default)]
    pub required: Option<CmeHours>,
    /// Hours of the counting activities (several activities together).
    pub done: CmeHours,
    pub status: CmeStatus,
    /// The activities that count toward it.
    pub activity_ids: Vec<String>,
    /// The day it must be done by, when it is missing.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Why it applies, does not, or must be verified, in plain words.
    pub reason: String,
}

/// One state license's CME for its current window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct LicenseCme {
    pub credential_id: String,
    pub jurisdiction: Jurisdiction,
    /// Number-free ("State license · TX").
    pub title: String,
    /// None when the license has no expiry or the cycle is unknown.
    #[serde(default)]
    pub window: Option<CmeWindow>,
    /// When the CME must be complete: the window's end, which is the license's expiry.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Met only when every requirement that applies is met; Verify when any cannot be judged
    /// and nothing is missing; Missing when anything is missing.
    pub status: CmeStatus,
    /// Total hours; None when the state sets no hour requirement or it is unknown.
    #[serde(default)]
    pub total: Option<HoursProgress>,
    /// Category 1 hours; None when the state sets no Category 1 minimum.
    #[serde(default)]
    pub category1: Option<HoursProgress>,
    pub topics: Vec<TopicProgress>,
    /// Every activity in the window.
    pub activity_ids: Vec<String>,
    /// What is still needed, in words ("12 Category 1 hours and 2 hours of pain management
    /// still needed"); empty when nothing is missing.
    pub shortfall: String,
    /// The reference fact the progress was judged against.
    #[serde(default)]
    pub citation: Option<Citation>,
    /// Doubts about the rule (the fact's note), and why the status is "verify".
    #[serde(default)]
    pub note: String,
}

/// The MATE Act's one-time training, judged for one DEA registration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct MateActProgress {
    pub credential_id: String,
    pub jurisdiction: Jurisdiction,
    pub status: CmeStatus,
    pub required: CmeHours,
    /// Hours of every activity ever logged with the MATE Act topic.
    pub done: CmeHours,
    pub activity_ids: Vec<String>,
    /// The registration's next renewal (its expiry), when the training is missing.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub citation: Option<Citation>,
}

/// Every license's CME progress and the MATE Act training per DEA registration.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeReport {
    pub licenses: Vec<LicenseCme>,
    pub mate_act: Vec<MateActProgress>,
}
