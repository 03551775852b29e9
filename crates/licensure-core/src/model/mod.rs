//! The records a clinician keeps: profile, credentials and telehealth offers.
//!
//! These types are also the wire format of the export document and of IPC (one source of
//! truth, see ARCHITECTURE.md). They carry no behaviour beyond small, obvious accessors;
//! rules live in their own modules.

mod by_state;
mod cme;
mod credential;
mod offer;
mod profile;

pub use by_state::ByState;
pub use cme::*;
pub use credential::*;
pub use offer::*;
pub use profile::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A yes / no / not-yet-known answer. Unknown is never treated as yes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unknown,
}
