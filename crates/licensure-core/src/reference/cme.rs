//! A jurisdiction's continuing medical education rule for physicians (MD; DO differences in
//! `do_note`), and the federal one-time training of the MATE Act.
//!
//! Limits: shapes only. The hours and topics are the reference data's; counting activities
//! against them is `crate::cme`'s job.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{CmeHours, CmeTopic};

/// How often a required topic must be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recurrence {
    /// Once in a career: any activity ever completed counts.
    OneTime,
    /// In every CME cycle: only activities in the current window count.
    EveryCycle,
    /// Once every so many years, counted back from the window's end.
    EveryYears { years: u8 },
    /// At the first renewal after the license was issued only: any activity ever completed
    /// counts, and a license issued before its current window (renewed before) owes nothing.
    FirstRenewal,
}

/// Whom a required topic applies to. Kept small on purpose: the rules can judge the first
/// three from the clinician's credentials; anything narrower is `Described` and shown as
/// "verify whether it applies".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Applicability {
    /// Every physician renewing the license.
    AllLicensees,
    /// Holders of a DEA registration in the jurisdiction, or of its state controlled-substance
    /// registration: the controlled-substance prescribers.
    ControlledSubstancePrescribers,
    /// Holders of a DEA registration in the jurisdiction.
    DeaRegistrants,
    /// Holders of the jurisdiction's own controlled-substance registration.
    StateCsrHolders,
    /// A narrower group the records cannot tell (direct patient care, primary care,
    /// pediatrics …), in plain words.
    Described { who: String },
}

/// One topic a jurisdiction requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TopicRequirement {
    /// The topics that count: an activity covering any one of them counts.
    pub topics: Vec<CmeTopic>,
    /// Hours needed; None when the requirement is a course or attestation whose hours were
    /// not read (the rules then answer "verify" for it once something is logged).
    #[serde(default)]
    pub hours: Option<CmeHours>,
    pub recurrence: Recurrence,
    pub applies_to: Applicability,
    /// The requirement in plain words, as the source puts it.
    pub description: String,
}

/// The CME rule of one jurisdiction for physicians.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeRule {
    /// Hours per CME cycle; None when there is no general hour requirement (the topics may
    /// still be required).
    #[serde(default)]
    pub hours: Option<CmeHours>,
    /// Years of the CME cycle when it differs from the license's renewal cycle.
    #[serde(default)]
    pub cycle_years: Option<u8>,
    /// The least number of Category 1 hours among them; None when no minimum is set.
    #[serde(default)]
    pub category1_hours: Option<CmeHours>,
    #[serde(default)]
    pub required_topics: Vec<TopicRequirement>,
    /// How the rule differs for DOs, when the sources say.
    #[serde(default)]
    pub do_note: String,
}

/// The federal one-time training on substance use disorders for DEA registrants (the MATE
/// Act, section 1263 of the Consolidated Appropriations Act, 2023).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct MateActTraining {
    /// Attested on every DEA application, initial or renewal, from this date.
    pub effective_from: NaiveDate,
    pub hours: CmeHours,
    /// Training completed before this date counts (the DEA's guidance date).
    #[serde(default)]
    pub counts_from_any_date: bool,
    pub summary: String,
}
