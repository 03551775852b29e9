//! Reasons: the explanation every rule gives for its answer.
//!
//! A reason has a stable code the UI and tests branch on, an outcome, a plain-language
//! message without credential numbers, the credential it relied on (by id) and the
//! reference facts behind it.

use std::borrow::Cow;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::reference::Citation;

/// What a single requirement came to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The requirement is met.
    Met,
    /// Met, with something the clinician should look at (coverage unknown, data old …).
    Warning,
    /// Cannot be decided from what is known: reference data unknown or conflicting, or an
    /// answer missing. Never counts as met.
    Verify,
    /// Not met, but the clinician can fix it (apply, renew, buy).
    Missing,
    /// Not met and no route exists.
    Blocked,
}

/// One requirement checked, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Reason {
    /// Stable, snake_case ("license_expires_during_offer"). Borrowed when the rules make it:
    /// codes are constants, and a verdict carries thousands of reasons.
    #[ts(as = "String")]
    #[schemars(with = "String")]
    pub code: Cow<'static, str>,
    pub outcome: Outcome,
    /// Plain language; never contains a license, DEA, NPI or policy number.
    pub message: String,
    /// The credential the rule relied on, by id.
    // Shared: the verdicts of one pass name the same few hundred credentials thousands of
    // times.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    #[schemars(with = "Option<String>")]
    pub credential_id: Option<Arc<str>>,
    /// The reference facts behind it.
    #[serde(default)]
    pub citations: Vec<Citation>,
    /// Which of the jurisdiction's facts of a kind a "verify" reason rests on, where the code
    /// does not say: the compact ("imlc") or the telehealth route's id. A checked answer on
    /// that fact names the same subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub subject: Option<String>,
}

impl Reason {
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        outcome: Outcome,
        message: impl Into<String>,
    ) -> Self {
        Reason {
            code: code.into(),
            outcome,
            message: message.into(),
            credential_id: None,
            citations: Vec::new(),
            subject: None,
        }
    }

    /// Attach the credential the rule relied on.
    pub fn with_credential(self, id: &str) -> Self {
        self.with_shared_credential(Arc::from(id))
    }

    /// Attach the credential the rule relied on, by an id shared with other reasons.
    pub fn with_shared_credential(mut self, id: Arc<str>) -> Self {
        self.credential_id = Some(id);
        self
    }

    /// Name the fact of its kind the reason rests on (see `subject`).
    pub fn about(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// Attach a reference fact.
    pub fn citing(mut self, citation: Citation) -> Self {
        self.citations.push(citation);
        self
    }
}

/// The worst outcome among reasons (Met when there are none).
pub fn worst(reasons: &[Reason]) -> Outcome {
    reasons
        .iter()
        .map(|r| r.outcome)
        .max()
        .unwrap_or(Outcome::Met)
}
