//! Errors as they cross IPC: a small code the UI branches on and a message for people.

use licensure_core::jurisdiction::UnknownJurisdiction;
use licensure_core::reference::DatasetError;
use licensure_core::validation::Issue;
use licensure_pack::PackError;
use licensure_store::reference_data::InstallError;
use licensure_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// What kind of failure; the UI branches on this, never on the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Another Licensure process holds the database.
    InUse,
    /// The database cannot be read; nothing was changed.
    Damaged,
    /// An attached document's file is missing or changed; the database is fine.
    AttachmentDamaged,
    /// The database is from a newer Licensure.
    TooNew,
    /// The input breaks a rule; nothing was stored.
    Invalid,
    /// No such record (or no profile yet).
    NotFound,
    /// The operating system refused (permissions, disk full).
    Io,
    /// The reference dataset built into the app cannot be read.
    ReferenceData,
    /// A reference-data pack refused: unknown key or a signature that does not match.
    PackSignature,
    /// A reference-data pack refused: damaged, truncated or not a pack.
    PackDamaged,
    /// A reference-data pack refused: not newer than the data in use.
    PackNotNewer,
    /// A reference-data pack refused: its data fails the checks.
    PackFailsChecks,
    /// A reference-data pack refused: dated after today.
    PackFromTheFuture,
}

/// An error returned by a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// For `invalid` saves: each problem at its field, so a form can show it there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<Issue>>")]
    pub issues: Vec<Issue>,
}

impl IpcError {
    pub fn io(message: impl Into<String>) -> Self {
        IpcError {
            code: ErrorCode::Io,
            message: message.into(),
            issues: Vec::new(),
        }
    }

    /// Something asked for is not recorded.
    pub fn not_found(message: impl Into<String>) -> Self {
        IpcError {
            code: ErrorCode::NotFound,
            message: message.into(),
            issues: Vec::new(),
        }
    }

    /// A page needs the clinician's profile and none is recorded yet.
    pub fn no_profile() -> Self {
        IpcError::not_found(
            "No profile is recorded yet. Offers and eligibility are judged against your \
             profession and where you live and practise: enter your profile on the Profile \
             page first.",
        )
    }
}

impl From<StoreError> for IpcError {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::InUse(_) => ErrorCode::InUse,
            StoreError::Damaged { .. } => ErrorCode::Damaged,
            StoreError::AttachmentDamaged { .. } => ErrorCode::AttachmentDamaged,
            StoreError::TooNew { .. } => ErrorCode::TooNew,
            StoreError::Invalid(_) => ErrorCode::Invalid,
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::Io { .. } => ErrorCode::Io,
        };
        let issues = match &e {
            StoreError::Invalid(issues) => issues.clone(),
            _ => Vec::new(),
        };
        IpcError {
            code,
            message: e.to_string(),
            issues,
        }
    }
}

impl From<DatasetError> for IpcError {
    fn from(e: DatasetError) -> Self {
        IpcError {
            code: ErrorCode::ReferenceData,
            message: e.to_string(),
            issues: Vec::new(),
        }
    }
}

impl From<InstallError> for IpcError {
    fn from(e: InstallError) -> Self {
        let pack = match e {
            InstallError::Store(store) => return IpcError::from(store),
            InstallError::Pack(pack) => pack,
        };
        let code = match &pack {
            PackError::BadSignature(_) => ErrorCode::PackSignature,
            PackError::Damaged(_) => ErrorCode::PackDamaged,
            PackError::NotNewer { .. } => ErrorCode::PackNotNewer,
            PackError::FailsChecks(_) => ErrorCode::PackFailsChecks,
            PackError::FromTheFuture { .. } => ErrorCode::PackFromTheFuture,
        };
        IpcError {
            code,
            message: pack.to_string(),
            issues: Vec::new(),
        }
    }
}

impl From<UnknownJurisdiction> for IpcError {
    fn from(e: UnknownJurisdiction) -> Self {
        IpcError {
            code: ErrorCode::Invalid,
            message: e.to_string(),
            issues: Vec::new(),
        }
    }
}

impl IpcError {
    /// An `invalid` error: a message for people and, when known, the problems at their fields.
    pub fn invalid(message: impl Into<String>, issues: Vec<Issue>) -> Self {
        IpcError {
            code: ErrorCode::Invalid,
            message: message.into(),
            issues,
        }
    }
}
