//! Errors as they cross IPC: a small code the UI branches on and a message for people.

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
    /// The database is from a newer Licensure.
    TooNew,
    /// The input breaks a rule; nothing was stored.
    Invalid,
    /// No such record.
    NotFound,
    /// The operating system refused (permissions, disk full).
    Io,
}

/// An error returned by a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    pub fn io(message: impl Into<String>) -> Self {
        IpcError {
            code: ErrorCode::Io,
            message: message.into(),
        }
    }
}

impl From<StoreError> for IpcError {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::InUse(_) => ErrorCode::InUse,
            StoreError::Damaged { .. } => ErrorCode::Damaged,
            StoreError::TooNew { .. } => ErrorCode::TooNew,
            StoreError::Invalid(_) => ErrorCode::Invalid,
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::Io { .. } => ErrorCode::Io,
        };
        IpcError {
            code,
            message: e.to_string(),
        }
    }
}
