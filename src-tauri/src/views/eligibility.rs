//! The Eligibility page: IMLC eligibility and the compact options of the clinician's
//! profession.
//!
//! Limits: both answers are the core's (`imlc`, `compact`); for a non-physician the IMLC
//! answer is "not applicable" and the compact options carry the page.

use chrono::NaiveDate;
use licensure_core::compact::{compact_options, CompactOption};
use licensure_core::imlc::{imlc_eligibility, imlc_map, ImlcEligibility, ImlcMap};
use licensure_core::reference::Dataset;
use serde::Serialize;
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::Records;

/// Where the clinician stands in the compacts, as of `today`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Eligibility {
    pub today: NaiveDate,
    pub imlc: ImlcEligibility,
    /// Where the IMLC reaches today, at what cost, and why the other states are out of
    /// reach.
    pub imlc_map: ImlcMap,
    /// The compacts that cover the clinician's profession, and where they stand in each.
    pub compact_options: Vec<CompactOption>,
}

impl Eligibility {
    /// Needs the profile: eligibility depends on profession, residence and history.
    pub fn of(records: &Records, data: &Dataset, today: NaiveDate) -> Result<Self, IpcError> {
        let profile = records.require_profile()?;
        Ok(Eligibility {
            today,
            imlc: imlc_eligibility(profile, &records.credentials, data, today),
            imlc_map: imlc_map(data, today),
            compact_options: compact_options(profile, &records.credentials, data, today),
        })
    }
}
