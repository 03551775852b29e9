//! One reference fact with its provenance.

use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How far a fact can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read on an official source (board, statute, Federal Register, compact commission).
    Verified,
    /// From a reputable secondary source only.
    Secondary,
    /// Sources disagree: treated as unknown by the rules.
    Conflicting,
    /// Not established: the value is null.
    Unknown,
    /// The clinician's own answer, checked with the board or on an official page (see
    /// `crate::checked`). Never in the bundled data; put in place for one evaluation only.
    CheckedByYou,
}

/// A value with where it came from and when it was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Fact<T> {
    /// None when unknown.
    pub value: Option<T>,
    /// Source addresses (https URLs); at least one, even for an unknown fact (where it was
    /// looked for). Shared: every citation of the fact points at the same list.
    #[ts(as = "Vec<String>")]
    #[schemars(with = "Vec<String>")]
    pub sources: Arc<[String]>,
    /// The date the sources were read.
    pub as_of: NaiveDate,
    pub confidence: Confidence,
    /// Doubts, conflicts and context, in plain words.
    #[serde(default)]
    pub note: String,
}

impl<T> Fact<T> {
    /// The value, only when it is established (verified, secondary, or checked by the
    /// clinician). Conflicting and unknown facts give None, so rules fall back to "verify".
    pub fn known(&self) -> Option<&T> {
        match self.confidence {
            Confidence::Verified | Confidence::Secondary | Confidence::CheckedByYou => {
                self.value.as_ref()
            }
            Confidence::Conflicting | Confidence::Unknown => None,
        }
    }

    /// A reference to this fact that a verdict reason can carry.
    pub fn cite(&self, what: impl Into<Arc<str>>) -> Citation {
        Citation {
            fact: what.into(),
            sources: self.sources.clone(),
            as_of: self.as_of,
            confidence: self.confidence,
        }
    }
}

/// Which fact a rule relied on, for display next to a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Citation {
    /// What the fact is about ("IMLC status of TX").
    // Shared, like the sources: a verdict cites a few dozen facts thousands of times.
    #[ts(as = "String")]
    #[schemars(with = "String")]
    pub fact: Arc<str>,
    #[ts(as = "Vec<String>")]
    #[schemars(with = "Vec<String>")]
    pub sources: Arc<[String]>,
    pub as_of: NaiveDate,
    pub confidence: Confidence,
}
