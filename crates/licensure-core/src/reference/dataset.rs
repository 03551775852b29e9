//! The shape of the reference dataset and small lookups on it.
//!
//! Limits: lookups return facts as stored; whether a value is established is the caller's
//! question (`Fact::known`). Loading lives in `bundled`, structural checks in `check`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    CmeRule, CsrRequirement, Fact, FullLicenseFacts, MalpracticeRequirement, MateActTraining,
    RenewalCycle, TelehealthAnswer, TelehealthPrescribing, TelehealthRoute,
};
use crate::model::{Compact, Profession};
use crate::Jurisdiction;

/// A jurisdiction's standing in one compact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CompactStatus {
    /// Member and issuing licenses / privileges now.
    Member,
    /// IMLC only: member that issues compact licenses but cannot be the State of Principal
    /// License (HI, VT).
    MemberNotPrincipal,
    /// Legislation enacted, not yet issuing (or the compact itself is not operational).
    EnactedNotImplemented,
    NotMember,
}

/// Membership of a jurisdiction in a compact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CompactMembership {
    pub status: CompactStatus,
    /// Date the legislation was enacted, when known.
    #[serde(default)]
    pub enacted: Option<NaiveDate>,
    /// Date the jurisdiction began issuing, or is expected to.
    #[serde(default)]
    pub implemented: Option<NaiveDate>,
}

/// Facts about one compact as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CompactFacts {
    pub compact: Compact,
    pub name: String,
    /// Professions the compact covers.
    pub professions: Vec<Profession>,
    /// Whether the compact grants privileges anywhere yet.
    pub operational: Fact<bool>,
    /// The commission's own site.
    pub commission_url: String,
    /// Typical time from application to being able to practise, in days.
    #[serde(default)]
    pub typical_days: Option<Fact<u32>>,
    /// Fee the commission charges (IMLC LOQ $700), in whole dollars.
    #[serde(default)]
    pub commission_fee_usd: Option<Fact<u32>>,
}

/// IMLC-specific eligibility facts, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcRules {
    /// Fee for the Letter of Qualification.
    pub loq_fee_usd: Fact<u32>,
    /// Days a Letter of Qualification stays valid (365).
    pub loq_validity_days: Fact<u32>,
    /// Most attempts allowed for any exam component (3).
    pub max_exam_attempts: Fact<u8>,
    /// Least share of practice in the SPL state for the practice criterion (25).
    pub min_practice_share_percent: Fact<u8>,
    /// Board certification required (ABMS or AOA; time-unlimited counts).
    pub board_certification_required: Fact<bool>,
}

/// Everything known about one jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct JurisdictionFacts {
    pub jurisdiction: Jurisdiction,
    /// The medical board's site.
    #[serde(default)]
    pub medical_board_url: String,
    /// Membership per compact; every compact appears.
    pub compacts: BTreeMap<Compact, Fact<CompactMembership>>,
    /// Whether any route short of a full license or a compact exists.
    pub telehealth_answer: Fact<TelehealthAnswer>,
    /// Telehealth registrations, special licenses and exceptions, closed ones included.
    #[serde(default)]
    pub telehealth_routes: Vec<Fact<TelehealthRoute>>,
    /// State law on prescribing controlled substances by telehealth.
    pub telehealth_prescribing: Fact<TelehealthPrescribing>,
    pub csr: Fact<CsrRequirement>,
    pub malpractice: Fact<MalpracticeRequirement>,
    pub medical_renewal: Fact<RenewalCycle>,
    pub full_license: Fact<FullLicenseFacts>,
    /// Continuing medical education for physicians. Every bundled file has it (checked);
    /// optional on the wire so that datasets written before it still parse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub cme: Option<Fact<CmeRule>>,
}

/// A federal rule that holds between two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct DatedRule {
    /// A stable id ("dea_telemedicine_flexibilities").
    pub id: String,
    pub name: String,
    pub effective_from: NaiveDate,
    /// Last day in force; None when open-ended.
    #[serde(default)]
    pub effective_until: Option<NaiveDate>,
    pub summary: String,
}

impl DatedRule {
    /// In force on `day`.
    pub fn in_force(&self, day: NaiveDate) -> bool {
        day >= self.effective_from && self.effective_until.is_none_or(|end| day <= end)
    }
}

/// Federal facts: DEA registration and telemedicine prescribing rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct FederalFacts {
    /// A separate DEA registration is needed in each state where controlled substances are
    /// prescribed.
    pub dea_per_state: Fact<bool>,
    pub dea_cycle_years: Fact<u8>,
    /// Days before expiry that DEA renewal opens (60).
    pub dea_renewal_window_days: Fact<u16>,
    pub dea_fee_usd: Fact<u32>,
    /// Telemedicine prescribing rules with their dates.
    pub telemedicine_rules: Vec<Fact<DatedRule>>,
    /// The MATE Act's one-time 8-hour training for DEA registrants. The bundled data has it
    /// (checked); optional on the wire so that older datasets still parse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub mate_act: Option<Fact<MateActTraining>>,
}

/// The id of DEA's telemedicine flexibilities among the federal rules.
pub const TELEMEDICINE_FLEXIBILITIES: &str = "dea_telemedicine_flexibilities";

impl FederalFacts {
    /// DEA's telemedicine flexibilities, whatever their confidence.
    pub fn flexibilities(&self) -> Option<&Fact<DatedRule>> {
        self.telemedicine_rules.iter().find(|f| is_flexibilities(f))
    }

    /// The same, to replace (a checked answer laid over the data).
    pub fn flexibilities_mut(&mut self) -> Option<&mut Fact<DatedRule>> {
        self.telemedicine_rules
            .iter_mut()
            .find(|f| is_flexibilities(f))
    }
}

fn is_flexibilities(fact: &Fact<DatedRule>) -> bool {
    fact.value
        .as_ref()
        .is_some_and(|r| r.id == TELEMEDICINE_FLEXIBILITIES)
}

/// The whole reference dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Dataset {
    /// The date the dataset as a whole was last reviewed.
    pub as_of: NaiveDate,
    pub federal: FederalFacts,
    pub imlc: ImlcRules,
    pub compacts: Vec<CompactFacts>,
    pub jurisdictions: Vec<JurisdictionFacts>,
}

/// The bundled dataset could not be read.
#[derive(Debug, thiserror::Error)]
#[error("reference data {file}: {source}")]
pub struct DatasetError {
    pub file: &'static str,
    #[source]
    pub source: serde_json::Error,
}

impl Dataset {
    /// Parses a dataset from its single-document JSON form.
    pub fn from_json(json: &str) -> Result<Dataset, DatasetError> {
        serde_json::from_str(json).map_err(|source| DatasetError {
            file: "<input>",
            source,
        })
    }

    /// Facts about one jurisdiction.
    pub fn jurisdiction(&self, j: Jurisdiction) -> Option<&JurisdictionFacts> {
        self.jurisdictions.iter().find(|f| f.jurisdiction == j)
    }

    /// Facts about one compact.
    pub fn compact(&self, c: Compact) -> Option<&CompactFacts> {
        self.compacts.iter().find(|f| f.compact == c)
    }

    /// A jurisdiction's standing in a compact, with its provenance.
    pub fn compact_status(&self, j: Jurisdiction, c: Compact) -> Option<&Fact<CompactMembership>> {
        self.jurisdiction(j).and_then(|f| f.compacts.get(&c))
    }

    /// A federal telemedicine rule by its stable id ("dea_telemedicine_flexibilities").
    pub fn telemedicine_rule(&self, id: &str) -> Option<&Fact<DatedRule>> {
        self.federal
            .telemedicine_rules
            .iter()
            .find(|f| f.value.as_ref().is_some_and(|r| r.id == id))
    }

    /// The highest per-claim and aggregate minimums any jurisdiction's established
    /// malpractice rule sets (mandate or financial responsibility), when any does.
    pub fn highest_malpractice_minimum(&self) -> (Option<u64>, Option<u64>) {
        let rules = || {
            self.jurisdictions
                .iter()
                .filter_map(|j| j.malpractice.known())
                .filter(|m| m.required())
        };
        (
            rules().filter_map(|m| m.min_per_claim_usd).max(),
            rules().filter_map(|m| m.min_aggregate_usd).max(),
        )
    }

    /// Days between the dataset's review date and `today` (negative if reviewed "later").
    pub fn age_days(&self, today: NaiveDate) -> i64 {
        (today - self.as_of).num_days()
    }
}
