//! The verdict's wire types: the answer for an offer and for each patient state, the steps
//! before the start, the renewals during the offer and the grid's cells.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::path::Route;
use crate::reason::{Outcome, Reason};
use crate::Jurisdiction;

use super::period::EvaluatedPeriod;

/// The answer to "can I accept this offer?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum OfferOutcome {
    /// Every requirement is met in every patient jurisdiction (warnings may remain).
    AcceptableNow,
    /// Acceptable once the listed steps are done.
    AcceptableAfterSteps,
    /// A requirement cannot be met: no route exists.
    NotAcceptable,
    /// Reference data is unknown or conflicting, or an answer is missing: check before
    /// accepting.
    Verify,
}

/// One thing the clinician can do to meet a missing requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Step {
    pub jurisdiction: Jurisdiction,
    /// The code of the reason this step resolves.
    #[ts(as = "String")]
    #[schemars(with = "String")]
    pub resolves: Cow<'static, str>,
    /// What to do, in plain words, without credential numbers.
    pub description: String,
    /// The sub-steps of a route, in order (from the fastest path).
    #[serde(default)]
    pub details: Vec<String>,
    /// Typical days to complete, when known.
    pub estimated_days: Option<u32>,
    /// Fee in whole US dollars, when known.
    pub fee_usd: Option<u32>,
    /// The offer says the employer reimburses license and registration fees.
    pub fee_reimbursed: bool,
}

/// A credential valid when the offer starts that expires during it: renewed in the normal
/// course, it is a date to keep, not a gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct RenewalDue {
    pub jurisdiction: Jurisdiction,
    /// The credential that renews, by id.
    #[ts(as = "String")]
    #[schemars(with = "String")]
    pub credential_id: Arc<str>,
    /// What renews, in words ("the Texas license"), without its number.
    pub what: String,
    /// Its last valid day: renew by then.
    pub due: NaiveDate,
    /// The first day the renewal can be filed, when the reference data gives the window.
    pub opens: Option<NaiveDate>,
    /// The renewal fee in whole US dollars, when known.
    pub fee_usd: Option<u32>,
}

/// What a state's verdict is made of, one column of the offer's grid each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// A license, privilege, registration or exception, and whether the offer's kind of visit
    /// may start a patient relationship there.
    Authority,
    /// Prescribing: the profession, DEA and state registrations, state law.
    ControlledSubstances,
    /// The federal rules on prescribing by telemedicine over the offer's dates.
    FederalRule,
    Malpractice,
}

/// One requirement in one state: its deciding outcome and its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct RequirementVerdict {
    pub requirement: Requirement,
    pub outcome: Outcome,
    /// Its reasons are the state's reasons `first` to `first + count - 1`.
    pub first: u32,
    pub count: u32,
}

/// The verdict for one patient jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct StateVerdict {
    pub jurisdiction: Jurisdiction,
    /// The worst reason by the module's precedence (blocked > verify > missing > warning >
    /// met).
    pub outcome: Outcome,
    /// Every requirement checked: authority, then controlled substances, then malpractice.
    pub reasons: Vec<Reason>,
    /// What to do before the offer can be accepted, in order (a state CSR comes before the
    /// DEA registration that needs it).
    pub steps: Vec<Step>,
    /// Credentials valid at the start that expire during the offer, soonest first.
    pub renewals: Vec<RenewalDue>,
    /// Each requirement judged here, in the grid's order.
    pub requirements: Vec<RequirementVerdict>,
    /// The fastest route to authority, when authority is not met now.
    // Shared with the pass's path to the state.
    pub fastest_path: Option<Arc<Route>>,
}

/// The verdict on one offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct OfferVerdict {
    pub offer_id: String,
    pub outcome: OfferOutcome,
    /// The days judged; None when the offer has no period left (ended, or dates inverted).
    pub period: Option<EvaluatedPeriod>,
    /// Reasons about the offer as a whole (period, horizon, missing answers).
    pub reasons: Vec<Reason>,
    /// One verdict per distinct patient jurisdiction, in the offer's order.
    pub states: Vec<StateVerdict>,
    /// The steps' fees and waits, over every state.
    #[serde(flatten)]
    #[ts(flatten)]
    pub totals: OfferTotals,
}

/// What an offer's steps add up to, over every patient state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct OfferTotals {
    /// Sum of the known fees of all steps.
    pub total_known_fees_usd: u32,
    /// Steps whose fee is not known (not counted in the total).
    pub steps_with_unknown_fee: u32,
    /// The offer says the employer reimburses license and registration fees.
    pub fees_reimbursed: bool,
    /// The longest time until the offer is acceptable, in days: steps within a state are
    /// taken one after another (a DEA registration needs the state license first), states in
    /// parallel. Counts known durations only; None when no step has one.
    pub max_estimated_days: Option<u32>,
    /// Steps whose duration is not known (not counted in the maximum).
    pub steps_with_unknown_days: u32,
    /// Jurisdictions with at least one step to take.
    pub states_needing_steps: Vec<Jurisdiction>,
}

impl OfferVerdict {
    /// The credentials the verdict relied on in its patient states, by id, each once, in the
    /// order the states and their reasons first name them (renewals due during the offer
    /// included).
    pub fn relied_on(&self) -> Vec<Arc<str>> {
        let mut ids: Vec<Arc<str>> = Vec::new();
        let named = self.states.iter().flat_map(|state| {
            let reasons = state
                .reasons
                .iter()
                .filter_map(|r| r.credential_id.as_ref());
            reasons.chain(state.renewals.iter().map(|r| &r.credential_id))
        });
        for id in named {
            if !ids.contains(id) {
                ids.push(Arc::clone(id));
            }
        }
        ids
    }
}
