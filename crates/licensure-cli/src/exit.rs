//! Errors as the shell sees them: a message on stderr and a documented exit code.

use licensure_store::StoreError;

/// A failed command: what to print and which code to exit with.
#[derive(Debug)]
pub struct Exit {
    pub code: u8,
    pub message: String,
}

impl Exit {
    pub const FAILURE: u8 = 1;
    /// A malformed argument found after parsing (clap exits 2 for the ones it finds).
    pub const USAGE: u8 = 2;
    pub const REFUSED: u8 = 3;
    pub const IN_USE: u8 = 4;
    pub const DAMAGED: u8 = 5;
    /// The reference data compiled into this build cannot be read or fails its structural
    /// checks: a defect of the build, not of the clinician's records.
    pub const REFERENCE_DATA: u8 = 6;
    /// The file asked for (an export, a calendar, a packet) cannot be written there: a
    /// missing or read-only folder. Nothing was written.
    pub const OUTPUT: u8 = 7;
    /// A reference-data pack refused: signed by an unknown key, or its signature does not
    /// match. Nothing was installed (as for the four below).
    pub const PACK_SIGNATURE: u8 = 8;
    /// A reference-data pack refused: damaged, truncated or not a pack.
    pub const PACK_DAMAGED: u8 = 9;
    /// A reference-data pack refused: not newer than the reference data in use.
    pub const PACK_NOT_NEWER: u8 = 10;
    /// A reference-data pack refused: its data fails the structural checks.
    pub const PACK_FAILS_CHECKS: u8 = 11;
    /// A reference-data pack refused: dated after today.
    pub const PACK_FROM_THE_FUTURE: u8 = 12;

    pub fn failure(message: impl Into<String>) -> Self {
        Exit {
            code: Self::FAILURE,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Exit {
            code: Self::USAGE,
            message: message.into(),
        }
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Exit {
            code: Self::REFUSED,
            message: message.into(),
        }
    }

    pub fn output(message: impl Into<String>) -> Self {
        Exit {
            code: Self::OUTPUT,
            message: message.into(),
        }
    }

    pub fn reference_data(message: impl Into<String>) -> Self {
        Exit {
            code: Self::REFERENCE_DATA,
            message: message.into(),
        }
    }
}

impl From<StoreError> for Exit {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::InUse(_) => Exit::IN_USE,
            StoreError::Damaged { .. } | StoreError::TooNew { .. } => Exit::DAMAGED,
            StoreError::Invalid(_) | StoreError::NotFound { .. } => Exit::REFUSED,
            // Not the database: restoring a backup would not bring the document back.
            StoreError::Io { .. } | StoreError::AttachmentDamaged { .. } => Exit::FAILURE,
        };
        let message = match &e {
            StoreError::Damaged { .. } => format!(
                "{e}\nTo recover: `licensure restore --latest` moves the damaged files to \
                 <data>/quarantine/ (nothing is deleted) and restores the newest automatic backup"
            ),
            _ => e.to_string(),
        };
        Exit { code, message }
    }
}
