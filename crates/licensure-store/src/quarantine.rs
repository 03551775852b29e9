//! Recovery from a damaged database, on the user's explicit choice: the database directory
//! is moved aside (never overwritten, never deleted) to `<data>/quarantine/<timestamp>/db`,
//! then a fresh database is filled from a checked document — the newest backup whose
//! checksum verifies, or a file the user names (a backup or an export).
//!
//! Limits: no clock — the caller passes the timestamp used to name the quarantine folder.
//! [`crate::Store::open`] never calls this: a damaged database is reported, not repaired.

use std::fs;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::backup::{backups_dir, list_backups, read_document, BackupError};
use crate::document::ExportDocument;
use crate::files::{private_dir, process_lock};
use crate::{Store, StoreError};

/// The quarantine directory, below the data directory.
pub const QUARANTINE_DIR: &str = "quarantine";

/// What to restore from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreSource {
    /// The newest automatic backup whose checksum verifies and whose content is valid.
    LatestBackup,
    /// A file the user chose: a backup (its checksum is verified) or an export document.
    File(PathBuf),
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct RestoreReport {
    /// Where the previous database was moved; None when there was none.
    pub quarantined_to: Option<String>,
    /// The file the content came from.
    pub restored_from: String,
    /// Newer backups passed over because they failed their checks, newest first, each with
    /// the reason.
    pub skipped: Vec<String>,
    pub profile: bool,
    pub credentials: usize,
    pub offers: usize,
}

/// Why a restore did not happen. Nothing was moved or written.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("there is no usable backup in {dir}{}", skipped_note(.skipped))]
    NoBackup { dir: PathBuf, skipped: Vec<String> },
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn skipped_note(skipped: &[String]) -> String {
    if skipped.is_empty() {
        String::new()
    } else {
        format!(" ({} damaged: {})", skipped.len(), skipped.join("; "))
    }
}

/// Keeps only characters safe in a folder name on every platform.
fn folder_name(timestamp: &str) -> String {
    let name: String = timestamp
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if name.is_empty() {
        "unnamed".to_string()
    } else {
        name
    }
}

/// The document to restore, checked before anything on disk is touched.
fn chosen_document(
    data_dir: &Path,
    source: &RestoreSource,
) -> Result<(ExportDocument, String, Vec<String>), RestoreError> {
    match source {
        RestoreSource::File(path) => Ok((read_document(path)?, path.display().to_string(), vec![])),
        RestoreSource::LatestBackup => {
            let dir = backups_dir(data_dir);
            let mut skipped = Vec::new();
            for backup in list_backups(data_dir)? {
                let path = dir.join(&backup.file_name);
                match read_document(&path) {
                    Ok(doc) => return Ok((doc, path.display().to_string(), skipped)),
                    Err(e) => skipped.push(e.to_string()),
                }
            }
            Err(RestoreError::NoBackup { dir, skipped })
        }
    }
}

/// Moves `<data_dir>/db` to `<data_dir>/quarantine/<timestamp>[-n]/db`. Returns the new
/// place, or None when there was no database.
fn quarantine(data_dir: &Path, timestamp: &str) -> Result<Option<PathBuf>, StoreError> {
    let db = data_dir.join("db");
    if fs::symlink_metadata(&db).is_err() {
        return Ok(None);
    }
    let base = data_dir.join(QUARANTINE_DIR);
    private_dir(&base)?;
    let name = folder_name(timestamp);
    let mut folder = base.join(&name);
    let mut n = 1u32;
    while folder.exists() {
        n = n.saturating_add(1);
        folder = base.join(format!("{name}-{n}"));
    }
    private_dir(&folder)?;
    let target = folder.join("db");
    fs::rename(&db, &target).map_err(|source| StoreError::Io {
        action: "move the damaged database out of",
        path: db.clone(),
        source,
    })?;
    Ok(Some(target))
}

/// Moves the current database (damaged or not) aside to the quarantine and fills a fresh
/// one from `source`. The document is checked first: when it fails, nothing is moved. Holds
/// the process lock throughout, so it fails with [`StoreError::InUse`] while the app runs.
pub fn quarantine_and_restore(
    data_dir: &Path,
    timestamp: &str,
    source: &RestoreSource,
) -> Result<RestoreReport, RestoreError> {
    let (doc, restored_from, skipped) = chosen_document(data_dir, source)?;
    private_dir(data_dir)?;
    let lock = process_lock(data_dir)?;
    let quarantined_to = quarantine(data_dir, timestamp)?;
    let newest = list_backups(data_dir)?.first().map_or(0, |b| b.sequence);
    let store = Store::open_locked(data_dir, lock, false)?;
    store.replace_all_from(&doc, newest.saturating_add(1))?;
    Ok(RestoreReport {
        quarantined_to: quarantined_to.map(|p| p.display().to_string()),
        restored_from,
        skipped,
        profile: doc.profile.is_some(),
        credentials: doc.credentials.len(),
        offers: doc.offers.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarantine_folder_names_are_safe() {
        let cases = vec![
            ("plain", "20250301T101500Z", "20250301T101500Z"),
            ("separators", "2025-03-01 10:15:00", "2025-03-01-10-15-00"),
            ("path escape", "../../etc", "------etc"),
            ("empty", "", "unnamed"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(folder_name(input), expected, "case {name}");
        }
    }
}
