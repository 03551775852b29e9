//! Setbacks: offers that an edit made worse. Comparing the verdicts before and after a change
//! of credentials or profile, an offer that was acceptable (now, or after steps) and is now
//! further from "yes" is a setback the clinician should hear about at once, as a
//! notification.
//!
//! Limits: offers are matched by id; an offer added or deleted by the edit is not a setback.
//! Outcomes are ranked acceptable now < acceptable after steps < verify < not acceptable; an
//! offer that was already "verify" or "not acceptable" is not reported again when it changes.
//! The texts quote the verdict's own messages, which never contain credential numbers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{precedence, OfferOutcome, OfferOutline, OfferVerdict};
use crate::model::Offer;
use crate::Jurisdiction;

/// The longest reason quoted in a notification, in characters.
pub const MAX_QUOTED_CHARS: usize = 240;

/// An offer an edit made worse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Setback {
    pub offer_id: String,
    pub employer: String,
    pub before: OfferOutcome,
    pub after: OfferOutcome,
    /// The patient states whose verdict got worse, in the offer's order.
    pub states: Vec<Jurisdiction>,
    /// The deciding reason in the first of those states (or of the offer as a whole).
    pub reason: Option<String>,
}

fn rank(outcome: OfferOutcome) -> u8 {
    match outcome {
        OfferOutcome::AcceptableNow => 0,
        OfferOutcome::AcceptableAfterSteps => 1,
        OfferOutcome::Verify => 2,
        OfferOutcome::NotAcceptable => 3,
    }
}

/// The offers whose outline was acceptable (now or after steps) in `before` and is worse in
/// `after`, in the order of `offers`: the only ones worth writing out in full for
/// [`setbacks`].
pub fn worsened<'a>(
    offers: &'a [Offer],
    before: &[OfferOutline],
    after: &[OfferOutline],
) -> Vec<&'a Offer> {
    offers
        .iter()
        .filter(|offer| {
            let new = after.iter().find(|v| v.offer_id == offer.id);
            matches!((outline_of(before, offer), new), (Some(old), Some(new)) if got_worse(old, new.outcome))
        })
        .collect()
}

/// The offers that were acceptable (now or after steps) in `before` and are worse in
/// `after`, in the order of `offers`, each with the reason `after` gives.
pub fn setbacks(offers: &[Offer], before: &[OfferOutline], after: &[OfferVerdict]) -> Vec<Setback> {
    offers
        .iter()
        .filter_map(|offer| {
            let old = outline_of(before, offer)?;
            let new = after.iter().find(|v| v.offer_id == offer.id)?;
            got_worse(old, new.outcome).then(|| setback(offer, old, new))
        })
        .collect()
}

fn outline_of<'a>(outlines: &'a [OfferOutline], offer: &Offer) -> Option<&'a OfferOutline> {
    outlines.iter().find(|v| v.offer_id == offer.id)
}

/// Whether an offer that was acceptable (now or after steps) is now further from "yes".
fn got_worse(old: &OfferOutline, new: OfferOutcome) -> bool {
    let acceptable = matches!(
        old.outcome,
        OfferOutcome::AcceptableNow | OfferOutcome::AcceptableAfterSteps
    );
    acceptable && rank(new) > rank(old.outcome)
}

fn setback(offer: &Offer, old: &OfferOutline, new: &OfferVerdict) -> Setback {
    let worse: Vec<&super::StateVerdict> = new
        .states
        .iter()
        .filter(|state| {
            let was = old
                .states
                .iter()
                .find(|s| s.jurisdiction == state.jurisdiction)
                .map_or(0, |s| precedence(s.outcome));
            precedence(state.outcome) > was
        })
        .collect();
    let reasons = match worse.first() {
        Some(state) => state.reasons.as_slice(),
        None => new.reasons.as_slice(),
    };
    let reason = reasons
        .iter()
        .max_by_key(|r| precedence(r.outcome))
        .map(|r| quote(&r.message));
    Setback {
        offer_id: offer.id.clone(),
        employer: offer.employer.clone(),
        before: old.outcome,
        after: new.outcome,
        states: worse.iter().map(|s| s.jurisdiction).collect(),
        reason,
    }
}

/// `text` cut to [`MAX_QUOTED_CHARS`] characters, with "…" when cut.
fn quote(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

impl Setback {
    /// The notification's title: the offer and what became of it.
    pub fn title(&self) -> String {
        let employer = if self.employer.trim().is_empty() {
            "an employer"
        } else {
            self.employer.trim()
        };
        let became = match self.after {
            OfferOutcome::AcceptableNow => "is still acceptable",
            OfferOutcome::AcceptableAfterSteps => "now needs steps before you accept",
            OfferOutcome::Verify => "now needs checking before you accept",
            OfferOutcome::NotAcceptable => "can no longer be accepted",
        };
        format!("Offer from {employer} {became}")
    }

    /// The notification's body: where, why, and where to look.
    pub fn body(&self) -> String {
        let names: Vec<&str> = self.states.iter().map(|j| j.name()).collect();
        let place = if names.is_empty() {
            String::new()
        } else {
            format!("{}: ", super::list_words(&names))
        };
        let why = self
            .reason
            .as_deref()
            .unwrap_or("a requirement is no longer met.");
        format!("After your last change. {place}{why} Open Licensure's Offers page for the steps.")
    }
}
