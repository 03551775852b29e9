//! Validation of identifiers and records before they are stored.
//!
//! Errors block a save; warnings are shown but do not. Each issue names the field it is
//! about (a path relative to the record, "detail/expires") so that forms and the import
//! report can point at it. Messages never contain the identifier being checked.

mod cme;
mod dea;
mod npi;
mod record;

pub use cme::{validate_cme_activities, validate_cme_activity, MOST_ACTIVITY_HOURS};
pub use dea::{check_dea, DeaProblem};
pub use npi::{check_npi, NpiProblem};
pub use record::{
    validate_credential, validate_credential_against, validate_offer, validate_profile,
    validate_store,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether an issue blocks the save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Issue {
    pub severity: Severity,
    /// A stable code the UI can branch on ("npi_check_digit").
    pub code: String,
    /// Path of the field within the record, '/'-separated ("detail/expires").
    pub field: String,
    pub message: String,
}

impl Issue {
    pub fn error(code: &str, field: &str, message: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Error,
            code: code.to_string(),
            field: field.to_string(),
            message: message.into(),
        }
    }

    pub fn warning(code: &str, field: &str, message: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Warning,
            code: code.to_string(),
            field: field.to_string(),
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// True when any issue blocks the save.
pub fn has_errors(issues: &[Issue]) -> bool {
    issues.iter().any(Issue::is_error)
}
