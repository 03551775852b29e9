//! The fastest path to practising in a jurisdiction: authority already held, then compact
//! licenses and privileges, telehealth registrations and exceptions, and a full license,
//! each with what is missing, fees and typical time from the reference data.
//!
//! Limits: a route says whether authority exists or can be obtained for the profession; it
//! does not judge a particular offer (modalities, controlled substances, malpractice): the
//! offer verdict does. Unknown reference data gives "verify"; an exception is never "met",
//! because its conditions depend on the visit. License types are matched on the names
//! boards commonly use; an unrecognised type gives "verify".

use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::imlc::{imlc_eligibility, ImlcEligibility};
use crate::model::{Credential, Profile};
use crate::reason::{worst, Outcome, Reason};
use crate::reference::{Citation, Dataset};
use crate::Jurisdiction;

mod compact;
mod full_license;
mod held;
mod telehealth;

use compact::{compact_routes, privilege_routes};
use full_license::full_license_route;
use held::{license_route, registration_routes};
use telehealth::telehealth_routes;

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
    /// Met (or Warning): usable now. Missing: attainable with the steps. Verify: unknown.
    /// Blocked: not available to this clinician.
    pub outcome: Outcome,
    /// Why the route is (not) open, what is missing.
    pub reasons: Vec<Reason>,
    /// Steps the clinician still has to take, in order.
    pub steps: Vec<String>,
    pub fee_usd: Option<u32>,
    pub typical_days: Option<u32>,
    /// The reference facts behind the fee and time.
    pub citations: Vec<Citation>,
}

impl Route {
    fn new(kind: RouteKind, name: impl Into<String>, reasons: Vec<Reason>) -> Self {
        Route {
            kind,
            name: name.into(),
            outcome: worst(&reasons),
            reasons,
            steps: Vec::new(),
            fee_usd: None,
            typical_days: None,
            citations: Vec::new(),
        }
    }

    fn steps(mut self, steps: Vec<String>) -> Self {
        self.steps = steps;
        self
    }

    fn costs(mut self, fee_usd: Option<u32>, typical_days: Option<u32>) -> Self {
        self.fee_usd = fee_usd;
        self.typical_days = typical_days;
        self
    }

    fn citing(mut self, citation: Option<Citation>) -> Self {
        self.citations.extend(citation);
        self
    }

    /// Usable now, attainable, unknown, closed.
    fn rank(&self) -> (u8, u8, u32) {
        let group = match self.outcome {
            Outcome::Met | Outcome::Warning => 0,
            Outcome::Missing => 1,
            Outcome::Verify => 2,
            Outcome::Blocked => 3,
        };
        let kind = match self.kind {
            RouteKind::AlreadyAuthorized => 0,
            RouteKind::CompactLicense | RouteKind::CompactPrivilege => 1,
            RouteKind::TelehealthRegistration | RouteKind::TelehealthException => 2,
            RouteKind::FullLicense => 3,
        };
        (group, kind, self.typical_days.unwrap_or(u32::MAX))
    }
}

/// All routes to one jurisdiction, fastest usable first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PathToState {
    pub jurisdiction: Jurisdiction,
    // Shared: an offer verdict points at the fastest route of its state without copying it.
    pub routes: Vec<Arc<Route>>,
}

/// Routes to authority in `jurisdiction` as of `today`: usable ones first, then attainable,
/// then unknown, then closed; within a group authority held, compacts, telehealth routes and
/// a full license, then by typical days.
pub fn path_to(
    jurisdiction: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> PathToState {
    let imlc = imlc_eligibility(profile, credentials, data, today);
    path_to_given(jurisdiction, profile, credentials, data, today, &imlc)
}

/// [`path_to`] with the clinician's IMLC eligibility already worked out (it is the same for
/// every jurisdiction, so callers judging many states compute it once).
pub fn path_to_given(
    jurisdiction: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    imlc: &ImlcEligibility,
) -> PathToState {
    let j = jurisdiction;
    let mut routes = Vec::new();
    let license = license_route(j, profile.profession, credentials, today);
    let licensed = license.as_ref().is_some_and(|r| r.outcome == Outcome::Met);
    routes.extend(license);
    if !licensed {
        routes.extend(privilege_routes(j, profile, credentials, data, today));
        routes.extend(registration_routes(j, credentials, today));
        routes.extend(compact_routes(j, profile, credentials, data, today, imlc));
        routes.extend(telehealth_routes(j, profile, credentials, data, today));
        routes.push(full_license_route(j, profile.profession, data));
    }
    routes.sort_by_key(Route::rank);
    PathToState {
        jurisdiction,
        routes: routes.into_iter().map(Arc::new).collect(),
    }
}
