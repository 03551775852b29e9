//! Automatic backups: after every change the store writes its whole content as an export
//! document (the neutral JSON format of [`crate::document`]) to `<data>/backups/`.
//!
//! Each backup is written atomically (temporary file → fsync → rename → fsync of the
//! directory) and named `licensure-backup-<sequence>-<sha256>.json`: the name carries the
//! checksum of the content, verified before any restore. The newest [`BACKUPS_KEPT`] are
//! kept. An empty store is never backed up (there is nothing to lose, and an empty backup
//! must never become "the latest"). Limits: no clock (backups are ordered by sequence
//! number, not by time); a failed backup never undoes or hides a saved change.

use std::fs;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::document::{parse_import, ExportDocument, ImportReport};
use crate::files::{io, write_atomically};
use crate::{Store, StoreError};

/// How many backups are kept; older ones are deleted after a new one is written.
pub const BACKUPS_KEPT: usize = 10;
/// The backups' directory, below the data directory.
pub const BACKUP_DIR: &str = "backups";

const PREFIX: &str = "licensure-backup-";
const SUFFIX: &str = ".json";
const TEMP_PREFIX: &str = ".tmp-licensure-backup-";

/// One backup file, as found on disk (its content not yet verified).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Backup {
    /// The file name, e.g. `licensure-backup-00000000000000000042-<sha256>.json`.
    pub file_name: String,
    /// Position in the sequence of backups; higher is newer.
    pub sequence: u64,
    /// The SHA-256 of the content, lowercase hex, as recorded in the name.
    pub sha256: String,
}

/// Why a backup (or a document offered for restore) cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The content does not match the checksum in the file name: it was damaged after it was
    /// written.
    #[error("the backup {file} is damaged: its checksum does not match (expected {expected}, found {found})")]
    ChecksumMismatch {
        file: String,
        expected: String,
        found: String,
    },
    /// The content is not a valid Licensure document.
    #[error("{file} cannot be restored: {report}")]
    Invalid { file: String, report: ImportReport },
    /// The operating system refused to read it.
    #[error("could not read {file}: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// The SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The backups directory of the data directory `data_dir`.
pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUP_DIR)
}

/// Reads a backup's name; None for anything that is not a finished backup.
fn parse_name(file_name: &str) -> Option<Backup> {
    let middle = file_name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (sequence, sha256) = middle.split_once('-')?;
    let valid_hash = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !valid_hash || sequence.is_empty() || !sequence.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Backup {
        file_name: file_name.to_string(),
        sequence: sequence.parse().ok()?,
        sha256: sha256.to_string(),
    })
}

/// Every backup in `data_dir`, newest first. A missing backups directory means none.
pub fn list_backups(data_dir: &Path) -> Result<Vec<Backup>, StoreError> {
    let dir = backups_dir(data_dir);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io("read", &dir)(e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io("read", &dir))?;
        if let Some(backup) = entry.file_name().to_str().and_then(parse_name) {
            found.push(backup);
        }
    }
    found.sort_by_key(|b| std::cmp::Reverse(b.sequence));
    Ok(found)
}

/// Reads and checks a document offered for restore: a backup's content must match the
/// checksum in its name, and every document must pass the import checks.
pub fn read_document(path: &Path) -> Result<ExportDocument, BackupError> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let bytes = fs::read(path).map_err(|source| BackupError::Read {
        file: file.clone(),
        source,
    })?;
    if let Some(backup) = parse_name(&file) {
        let found = sha256_hex(&bytes);
        if found != backup.sha256 {
            return Err(BackupError::ChecksumMismatch {
                file,
                expected: backup.sha256,
                found,
            });
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    parse_import(&text)
        .map(|(doc, _warnings)| doc)
        .map_err(|report| BackupError::Invalid { file, report })
}

/// Deletes leftover temporary files (from a write interrupted by a crash) and every backup
/// beyond the newest [`BACKUPS_KEPT`].
fn prune(data_dir: &Path) -> Result<(), StoreError> {
    let dir = backups_dir(data_dir);
    for entry in fs::read_dir(&dir).map_err(io("read", &dir))?.flatten() {
        if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            let path = entry.path();
            fs::remove_file(&path).map_err(io("remove", &path))?;
        }
    }
    for old in list_backups(data_dir)?.iter().skip(BACKUPS_KEPT) {
        let path = dir.join(&old.file_name);
        fs::remove_file(&path).map_err(io("remove", &path))?;
    }
    Ok(())
}

/// Copies `from` (a directory) to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// The commit count and settings file of a copy of the database, opened in `probe`.
fn probe_generation(db: &Path, probe: &Path) -> Result<(u64, Vec<u8>), StoreError> {
    let _ = fs::remove_dir_all(probe);
    copy_dir(db, probe).map_err(io("copy", db))?;
    let damaged = |e: sled::Error| StoreError::damaged(db, e);
    let generation = {
        let copy = sled::Config::new()
            .path(probe)
            .mode(sled::Mode::LowSpace)
            .open()
            .map_err(damaged)?;
        let tree = copy.open_tree("records").map_err(damaged)?;
        let value = tree.get(b"meta/generation").map_err(damaged)?;
        value.map_or(0, |b| crate::records::read_u64(&b))
    };
    let conf = fs::read(probe.join("conf")).unwrap_or_default();
    Ok((generation, conf))
}

/// Before the database is opened (which lets sled rewrite files it cannot read), a copy of
/// it is opened instead and compared with the newest backup: a database that holds an older
/// state than its newest backup, is missing, or whose settings file sled had to rewrite,
/// was cut short or garbled. It is then reported as damaged and left untouched.
pub(crate) fn check_before_open(data_dir: &Path) -> Result<(), StoreError> {
    let Some(newest) = list_backups(data_dir)?.into_iter().next() else {
        return Ok(());
    };
    let db = data_dir.join("db");
    if !db.exists() {
        return Err(StoreError::damaged(
            &db,
            format!(
                "the database files are missing, but there are backups (the newest is {})",
                newest.file_name
            ),
        ));
    }
    let probe = data_dir.join(".probe-db");
    let result = probe_generation(&db, &probe);
    let _ = fs::remove_dir_all(&probe);
    let (generation, probed_conf) = result?;
    let conf = fs::read(db.join("conf")).unwrap_or_default();
    if probed_conf != conf {
        return Err(StoreError::damaged(
            &db,
            "its settings file (conf) cannot be read",
        ));
    }
    if generation < newest.sequence {
        return Err(StoreError::damaged(
            &db,
            format!(
                "it holds an older state (change {generation}) than its newest backup (change {}): \
                 its files were cut short or garbled",
                newest.sequence
            ),
        ));
    }
    Ok(())
}

impl Store {
    /// Writes a backup of the store's current content, unless the store is empty or the
    /// newest backup already has exactly this content. Returns the new file, if one was
    /// written.
    pub fn write_backup(&self) -> Result<Option<PathBuf>, StoreError> {
        let doc = self.export()?;
        if doc.profile.is_none()
            && doc.credentials.is_empty()
            && doc.offers.is_empty()
            && doc.cme_activities.is_empty()
        {
            return Ok(None);
        }
        let text = doc.to_json();
        let sha256 = sha256_hex(text.as_bytes());
        let existing = list_backups(&self.dir)?;
        if existing.first().is_some_and(|b| b.sha256 == sha256) {
            return Ok(None);
        }
        let dir = backups_dir(&self.dir);
        fs::create_dir_all(&dir).map_err(io("create", &dir))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&dir, fs::Permissions::from_mode(0o700))
                .map_err(io("set permissions on", &dir))?;
        }
        let sequence = self.generation()?;
        let name = format!("{PREFIX}{sequence:020}-{sha256}{SUFFIX}");
        // A half-written temporary file is never mistaken for a backup (see `parse_name`).
        let path = write_atomically(
            &dir,
            &format!("{TEMP_PREFIX}{name}"),
            &name,
            text.as_bytes(),
        )?;
        prune(&self.dir)?;
        Ok(Some(path))
    }

    /// The hook run after every successful commit: a backup of the new content. The change
    /// itself is already durable, so a failed backup (disk full, read-only directory) does
    /// not turn a saved change into an error; the next change tries again.
    pub(crate) fn backup_after_change(&self) {
        let _ = self.write_backup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_are_read_strictly() {
        let hash = "a".repeat(64);
        let cases: Vec<(&str, String, Option<u64>)> = vec![
            (
                "finished backup",
                format!("licensure-backup-00000000000000000007-{hash}.json"),
                Some(7),
            ),
            (
                "temporary file",
                format!(".tmp-licensure-backup-00000000000000000007-{hash}.json"),
                None,
            ),
            (
                "short hash",
                "licensure-backup-1-abc.json".to_string(),
                None,
            ),
            (
                "uppercase hash",
                format!("licensure-backup-1-{}.json", "A".repeat(64)),
                None,
            ),
            (
                "no sequence",
                format!("licensure-backup--{hash}.json"),
                None,
            ),
            (
                "sequence overflow",
                format!("licensure-backup-99999999999999999999999-{hash}.json"),
                None,
            ),
            ("other file", "notes.txt".to_string(), None),
        ];
        for (name, file, expected) in cases {
            assert_eq!(
                parse_name(&file).map(|b| b.sequence),
                expected,
                "case {name}"
            );
        }
    }

    #[test]
    fn sha256_matches_the_published_test_vectors() {
        let cases = vec![
            (
                "empty",
                "",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ),
            (
                "abc",
                "abc",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            ),
        ];
        for (name, input, expected) in cases {
            assert_eq!(sha256_hex(input.as_bytes()), expected, "case {name}");
        }
    }
}
