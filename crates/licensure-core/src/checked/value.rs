//! What a checked answer says, in the fact's own terms: the shape the reference data uses,
//! or, for a fact that is one of several in a jurisdiction (a compact's standing, a telehealth
//! route), the part of it the clinician can ask the board about, named by its subject.
//!
//! Limits: data only. Validation is `super::validate_checked_answer`, use is `super::overlay`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::CheckedFact;
use crate::model::{Compact, Profession, Schedule};
use crate::reference::{
    CompactStatus, CsrRequirement, Dataset, FullLicenseFacts, MalpracticeRequirement,
    TelehealthPrescribing,
};
use crate::Jurisdiction;

/// A jurisdiction's standing in one compact, as the commission or the board gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CompactAnswer {
    pub compact: Compact,
    pub status: CompactStatus,
    /// The day the jurisdiction began (or begins) issuing, when the clinician was told.
    #[serde(default)]
    pub implemented: Option<NaiveDate>,
}

/// The terms of one telehealth route of a jurisdiction (a registration, a special license or
/// an exception), as far as they decide whether it serves the clinician: whom it covers and
/// what may be prescribed under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct RouteAnswer {
    /// The route's id in the reference data ("ks_telemedicine_waiver").
    pub route: String,
    /// The professions the route covers.
    pub professions: Vec<Profession>,
    /// Controlled substances may be prescribed under it; None when the board could not say.
    #[serde(default)]
    pub controlled_substances_allowed: Option<bool>,
    /// Schedules that may not be prescribed under it, where controlled substances may.
    #[serde(default)]
    pub excluded_schedules: Vec<Schedule>,
}

/// The last day of DEA's telemedicine flexibilities, as the clinician read it in the Federal
/// Register (an extension DEA published after this program's data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TelemedicineAnswer {
    /// Last day in force; None when DEA set no end.
    #[serde(default)]
    pub effective_until: Option<NaiveDate>,
}

/// The answer in the fact's own terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "fact", content = "value", rename_all = "snake_case")]
pub enum CheckedValue {
    Malpractice(MalpracticeRequirement),
    Csr(CsrRequirement),
    TelehealthPrescribing(TelehealthPrescribing),
    FullLicense(FullLicenseFacts),
    CompactMembership(CompactAnswer),
    TelehealthRoute(RouteAnswer),
    TelemedicineRule(TelemedicineAnswer),
}

impl CheckedValue {
    /// Which fact this value answers.
    pub fn fact(&self) -> CheckedFact {
        match self {
            CheckedValue::Malpractice(_) => CheckedFact::Malpractice,
            CheckedValue::Csr(_) => CheckedFact::Csr,
            CheckedValue::TelehealthPrescribing(_) => CheckedFact::TelehealthPrescribing,
            CheckedValue::FullLicense(_) => CheckedFact::FullLicense,
            CheckedValue::CompactMembership(_) => CheckedFact::CompactMembership,
            CheckedValue::TelehealthRoute(_) => CheckedFact::TelehealthRoute,
            CheckedValue::TelemedicineRule(_) => CheckedFact::TelemedicineRule,
        }
    }

    /// Which of the jurisdiction's facts of this kind it answers, where there are several:
    /// the compact ("imlc") or the route's id. The same subject a "verify" reason names.
    pub fn subject(&self) -> Option<String> {
        match self {
            CheckedValue::CompactMembership(a) => Some(a.compact.id().to_string()),
            CheckedValue::TelehealthRoute(a) => Some(a.route.clone()),
            _ => None,
        }
    }

    /// The question in words, naming a route by its name when `data` has it. `jurisdiction`
    /// is None for a federal fact.
    pub fn question(&self, jurisdiction: Option<Jurisdiction>, data: Option<&Dataset>) -> String {
        let Some(jurisdiction) = jurisdiction else {
            return self.fact().federal_question().to_string();
        };
        match self {
            CheckedValue::CompactMembership(a) => {
                format!(
                    "standing of {jurisdiction} in the {}",
                    a.compact.short_name()
                )
            }
            CheckedValue::TelehealthRoute(a) => {
                let name = data
                    .and_then(|d| d.jurisdiction(jurisdiction))
                    .and_then(|f| {
                        f.telehealth_routes
                            .iter()
                            .filter_map(|r| r.value.as_ref())
                            .find(|r| r.id == a.route)
                    })
                    .map_or_else(|| a.route.clone(), |r| r.name.clone());
                format!("terms of the {name} ({jurisdiction})")
            }
            _ => self.fact().question(jurisdiction),
        }
    }
}
