//! An offer's outcome and totals from its states' verdicts, and the outline of a verdict:
//! what the offers list and the comparison show (outcomes, steps, fees, waits) without the
//! explanations, which are written only for the offer that is opened.
//!
//! Limits: an outline is judged quietly (see [`super::StateContext::quietly`]): outcomes,
//! steps with their fees and days are those of the full verdict, which the tests check
//! scenario by scenario; renewals due during the offer are only in the full verdict.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Offer;
use crate::reason::{Outcome, Reason};
use crate::Jurisdiction;

use super::period::EvaluatedPeriod;
use super::{precedence, OfferOutcome, OfferTotals, OfferVerdict, StateVerdict};

/// The offer's verdict from its own reasons and its states' verdicts: the worst outcome
/// decides, the steps' fees and days are totalled.
pub(super) fn summarize(
    offer: &Offer,
    period: Option<EvaluatedPeriod>,
    reasons: Vec<Reason>,
    states: Vec<StateVerdict>,
) -> OfferVerdict {
    let worst = reasons
        .iter()
        .map(|r| r.outcome)
        .chain(states.iter().map(|s| s.outcome))
        .max_by_key(|o| precedence(*o))
        .unwrap_or(Outcome::Met);
    let outcome = match worst {
        Outcome::Met | Outcome::Warning => OfferOutcome::AcceptableNow,
        Outcome::Missing => OfferOutcome::AcceptableAfterSteps,
        Outcome::Verify => OfferOutcome::Verify,
        Outcome::Blocked => OfferOutcome::NotAcceptable,
    };
    let steps = || states.iter().flat_map(|s| s.steps.iter());
    let total_known_fees_usd = steps()
        .filter_map(|s| s.fee_usd)
        .fold(0u32, u32::saturating_add);
    let max_estimated_days = states
        .iter()
        .filter_map(|s| {
            s.steps
                .iter()
                .filter_map(|step| step.estimated_days)
                .reduce(u32::saturating_add)
        })
        .max();
    OfferVerdict {
        offer_id: offer.id.clone(),
        outcome,
        period,
        reasons,
        totals: OfferTotals {
            total_known_fees_usd,
            steps_with_unknown_fee: count(steps().filter(|s| s.fee_usd.is_none())),
            fees_reimbursed: offer.fees_reimbursed,
            max_estimated_days,
            steps_with_unknown_days: count(steps().filter(|s| s.estimated_days.is_none())),
            states_needing_steps: states
                .iter()
                .filter(|s| !s.steps.is_empty())
                .map(|s| s.jurisdiction)
                .collect(),
        },
        states,
    }
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

/// An offer's verdict without its explanations: the outcome, each state's outcome and
/// number of steps, and the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct OfferOutline {
    pub offer_id: String,
    pub outcome: OfferOutcome,
    pub period: Option<EvaluatedPeriod>,
    /// One per distinct patient jurisdiction, in the offer's order.
    pub states: Vec<StateOutline>,
    #[serde(flatten)]
    #[ts(flatten)]
    pub totals: OfferTotals,
}

/// One patient jurisdiction of an [`OfferOutline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct StateOutline {
    pub jurisdiction: Jurisdiction,
    pub outcome: Outcome,
    /// How many steps are needed there before the start.
    pub step_count: u32,
}

impl From<OfferVerdict> for OfferOutline {
    fn from(v: OfferVerdict) -> Self {
        OfferOutline {
            offer_id: v.offer_id,
            outcome: v.outcome,
            period: v.period,
            states: v
                .states
                .iter()
                .map(|s| StateOutline {
                    jurisdiction: s.jurisdiction,
                    outcome: s.outcome,
                    step_count: count(s.steps.iter()),
                })
                .collect(),
            totals: v.totals,
        }
    }
}
