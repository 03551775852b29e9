//! The fastest path to practising in a jurisdiction: the routes in order of speed, each with
//! what is still missing, fees and typical time from the reference data.
//!
//! PLACEHOLDER SIGNATURE — being implemented; see the module's final docs.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Credential, Profile};
use crate::reason::Reason;
use crate::reference::Dataset;
use crate::Jurisdiction;

/// A kind of route to authority in a jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    AlreadyAuthorized,
    CompactLicense,
    CompactPrivilege,
    TelehealthRegistration,
    TelehealthException,
    FullLicense,
}

/// One route, with what it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Route {
    pub kind: RouteKind,
    pub name: String,
    /// Why the route is (not) open, what is missing; outcome Met = usable now.
    pub reasons: Vec<Reason>,
    /// Steps the clinician still has to take, in order.
    pub steps: Vec<String>,
    pub fee_usd: Option<u32>,
    pub typical_days: Option<u32>,
}

/// All routes to one jurisdiction, fastest usable first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PathToState {
    pub jurisdiction: Jurisdiction,
    pub routes: Vec<Route>,
}

/// Routes to authority in `jurisdiction` as of `today`, fastest first.
pub fn path_to(
    jurisdiction: Jurisdiction,
    _profile: &Profile,
    _credentials: &[Credential],
    _data: &Dataset,
    _today: NaiveDate,
) -> PathToState {
    PathToState {
        jurisdiction,
        routes: Vec::new(),
    }
}
