//! The typed record store on sled.
//!
//! Layout: one tree, keys prefixed by record type — `meta/schema_version` (u32 big-endian),
//! `profile`, `credential/<id>`, `offer/<id>`, `cme/<id>` (CME activities),
//! `delivered/<reminder key>`,
//! `attachment/<id>` (see [`crate::attachments`]) — values are the
//! records' JSON. One tree keeps every multi-record change a single sled transaction.
//!
//! Every write (transaction and flush) runs on a thread of its own and is given
//! [`WRITE_WITHIN`]: sled 0.34 does not report some I/O failures (a full disk or file-size
//! limit, EFBIG/ENOSPC in its log flusher) and waits for ever instead. A write that does not
//! finish in time is reported as an I/O error (`TimedOut`), and the store refuses every later
//! write at once, so the app and the CLI say what happened instead of hanging. Reads go on.
//! Before that, each write proves the disk has room for it (`files::check_room`): sled can
//! also acknowledge a write on a full disk and then lose it.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use licensure_core::model::{Credential, Offer, Profile};
use licensure_core::validation::{
    has_errors, validate_credential_against, validate_offer, validate_profile,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use crate::document::ExportDocument;
use crate::files::{check_room, private_dir, private_files, process_lock};
use crate::StoreError;

/// How long one durable write may take before the disk is reported as not accepting writes.
pub const WRITE_WITHIN: Duration = Duration::from_secs(20);

/// The schema version this build writes. Older databases are migrated on open.
pub const SCHEMA_VERSION: u32 = 1;

const SCHEMA_KEY: &[u8] = b"meta/schema_version";
/// How many commits the database has seen (u64 big-endian); backups are numbered by it.
const GENERATION_KEY: &[u8] = b"meta/generation";
const PROFILE_KEY: &[u8] = b"profile";
const CREDENTIAL_PREFIX: &str = "credential/";
const OFFER_PREFIX: &str = "offer/";
pub(crate) const CME_PREFIX: &str = "cme/";
const DELIVERED_PREFIX: &str = "delivered/";

/// The clinician's records on disk. Clones share the database; dropping the last one releases
/// the database and the lock.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) dir: PathBuf,
    pub(crate) db: sled::Db,
    pub(crate) tree: sled::Tree,
    /// Set when a write did not finish within [`WRITE_WITHIN`]: later writes are refused.
    stalled: Arc<AtomicBool>,
    _lock: std::sync::Arc<File>,
}

/// How long an open waits for this same process to let go of the database files.
///
/// The storage engine locks its files too, and releases that lock only when its background
/// threads have finished with a closed database, a moment after the last handle is
/// dropped. A caller of [`open_sled`] holds the process lock, so no other Licensure process
/// can hold the files: the engine's lock can only be this process still closing them.
pub const RELEASE_WITHIN: Duration = Duration::from_secs(3);

/// Opens the storage engine's database at `db_path`, waiting up to [`RELEASE_WITHIN`] while
/// this process is still releasing it (see there). The caller must hold the process lock.
fn open_sled(db_path: &Path) -> Result<sled::Db, StoreError> {
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        let opened = sled::Config::new()
            .path(db_path)
            .cache_capacity(16 * 1024 * 1024)
            .mode(sled::Mode::LowSpace)
            .open();
        match opened {
            Ok(db) => return Ok(db),
            Err(sled::Error::Io(source))
                if still_locked(&source) && started.elapsed() < RELEASE_WITHIN =>
            {
                drop(source);
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            Err(sled::Error::Io(source)) => {
                let action = if still_locked(&source) {
                    "open the database (its files are still held, although no other Licensure process runs) in"
                } else {
                    "open the database in"
                };
                return Err(StoreError::Io {
                    action,
                    path: db_path.to_path_buf(),
                    source,
                });
            }
            Err(other) => return Err(StoreError::damaged(db_path, other)),
        }
    }
}

/// The storage engine reports its own file lock as taken (sled 0.34 words it so; it has no
/// error kind of its own for it).
fn still_locked(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::WouldBlock
        || error.to_string().starts_with("could not acquire lock")
}

impl Store {
    /// Opens (or creates) the database in `dir`.
    ///
    /// Fails at once with [`StoreError::InUse`] when another process holds it (a store this
    /// process has just closed is waited for, see [`RELEASE_WITHIN`]), with
    /// [`StoreError::Damaged`] when the files cannot be read (they are left untouched), and
    /// with [`StoreError::TooNew`] for a database from a newer Licensure.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        private_dir(dir)?;
        let lock = process_lock(dir)?;
        Store::open_locked(dir, lock, true)
    }

    /// [`Store::open`] for a caller that already holds the process lock. `guard`: first
    /// check a copy of the files against the newest backup (off only for restore, which
    /// replaces the content anyway).
    pub(crate) fn open_locked(dir: &Path, lock: File, guard: bool) -> Result<Store, StoreError> {
        if guard {
            crate::backup::check_before_open(dir)?;
        }
        let db_path = dir.join("db");
        let db = open_sled(&db_path)?;
        let tree = db
            .open_tree("records")
            .map_err(|e| StoreError::damaged(&db_path, e))?;
        let store = Store {
            dir: dir.to_path_buf(),
            db,
            tree,
            stalled: Arc::new(AtomicBool::new(false)),
            _lock: std::sync::Arc::new(lock),
        };
        store.migrate()?;
        crate::attachments::tidy(dir);
        // Left by a process killed while checking for room.
        let _ = std::fs::remove_file(dir.join(crate::files::ROOM_CHECK_FILE));
        private_files(dir)?;
        Ok(store)
    }

    /// The directory the store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn db_path(&self) -> PathBuf {
        self.dir.join("db")
    }

    pub(crate) fn damaged(&self, detail: impl std::fmt::Display) -> StoreError {
        StoreError::damaged(&self.db_path(), detail)
    }

    /// The schema version recorded in the database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        match self.tree.get(SCHEMA_KEY).map_err(|e| self.damaged(e))? {
            None => Ok(0),
            Some(bytes) => {
                let arr: [u8; 4] = bytes
                    .as_ref()
                    .try_into()
                    .map_err(|_| self.damaged("schema version is not 4 bytes"))?;
                Ok(u32::from_be_bytes(arr))
            }
        }
    }

    /// Brings an older database up to [`SCHEMA_VERSION`], one step at a time, each step a
    /// transaction. Version 0 is an empty, new database.
    fn migrate(&self) -> Result<(), StoreError> {
        let mut version = self.schema_version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: self.db_path(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        while version < SCHEMA_VERSION {
            let next = version + 1;
            // Each arm migrates from `version` to `next`. 0 → 1: a new database gets its
            // version stamp. Later schema changes add arms here, never edit old ones.
            let steps: Vec<(Vec<u8>, Option<Vec<u8>>)> = match version {
                0 => Vec::new(),
                _ => {
                    return Err(self.damaged(format!("no migration from schema version {version}")))
                }
            };
            self.commit(steps, Some(next))?;
            version = next;
        }
        Ok(())
    }

    /// Applies puts (Some) and removes (None) in one transaction, optionally stamping a schema
    /// version, then flushes. Only after the flush does it return Ok.
    pub(crate) fn commit(
        &self,
        changes: Vec<(Vec<u8>, Option<Vec<u8>>)>,
        version: Option<u32>,
    ) -> Result<(), StoreError> {
        self.commit_from(changes, version, 0)
    }

    /// [`Store::commit`], numbering the commit at least `floor` (restore continues the
    /// numbering of the backups it restores from).
    pub(crate) fn commit_from(
        &self,
        changes: Vec<(Vec<u8>, Option<Vec<u8>>)>,
        version: Option<u32>,
        floor: u64,
    ) -> Result<(), StoreError> {
        if self.stalled.load(Ordering::SeqCst) {
            return Err(self.stall("an earlier write did not finish"));
        }
        let size = changes
            .iter()
            .map(|(k, v)| k.len() + v.as_ref().map_or(0, Vec::len))
            .sum();
        check_room(&self.dir, size)?;
        let (done, answer) = mpsc::channel();
        let (db, tree, path) = (self.db.clone(), self.tree.clone(), self.db_path());
        std::thread::spawn(move || {
            let _ = done.send(write_durably(&db, &tree, &path, &changes, version, floor));
        });
        match answer.recv_timeout(WRITE_WITHIN) {
            Ok(written) => written?,
            Err(_) => {
                self.stalled.store(true, Ordering::SeqCst);
                // The stuck write holds the database: never run its closing flush, which
                // would wait for ever too (the process ends without it).
                std::mem::forget(self.db.clone());
                return Err(self.stall(&format!(
                    "the write did not finish within {} s",
                    WRITE_WITHIN.as_secs()
                )));
            }
        }
        private_files(&self.dir)?;
        self.backup_after_change();
        Ok(())
    }

    /// The error for a write the disk did not accept in time.
    fn stall(&self, what: &str) -> StoreError {
        StoreError::Io {
            action: "write to the database in",
            path: self.db_path(),
            source: std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!(
                    "{what}: the disk may be full or failing. The change may not have been \
                     saved; free some space, then close Licensure and open it again to check"
                ),
            ),
        }
    }

    /// How many commits the database has seen.
    pub(crate) fn generation(&self) -> Result<u64, StoreError> {
        Ok(self
            .tree
            .get(GENERATION_KEY)
            .map_err(|e| self.damaged(e))?
            .map_or(0, |b| read_u64(&b)))
    }

    pub(crate) fn get<T: DeserializeOwned>(&self, key: &[u8]) -> Result<Option<T>, StoreError> {
        match self.tree.get(key).map_err(|e| self.damaged(e))? {
            None => Ok(None),
            Some(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
                self.damaged(format!(
                    "record {} cannot be read: {e}",
                    String::from_utf8_lossy(key)
                ))
            }),
        }
    }

    pub(crate) fn scan<T: DeserializeOwned>(&self, prefix: &str) -> Result<Vec<T>, StoreError> {
        self.tree
            .scan_prefix(prefix.as_bytes())
            .map(|item| {
                let (key, bytes) = item.map_err(|e| self.damaged(e))?;
                serde_json::from_slice(&bytes).map_err(|e| {
                    self.damaged(format!(
                        "record {} cannot be read: {e}",
                        String::from_utf8_lossy(&key)
                    ))
                })
            })
            .collect()
    }

    pub(crate) fn encode<T: Serialize>(&self, value: &T) -> Result<Vec<u8>, StoreError> {
        serde_json::to_vec(value)
            .map_err(|e| self.damaged(format!("a record cannot be encoded: {e}")))
    }

    /// A fresh id: sled's monotonic counter, skipping any id an import already used.
    pub(crate) fn new_id(&self, id_prefix: &str, key_prefix: &str) -> Result<String, StoreError> {
        loop {
            let n = self.db.generate_id().map_err(|e| self.damaged(e))?;
            let id = format!("{id_prefix}{n}");
            let taken = self
                .tree
                .contains_key(format!("{key_prefix}{id}").as_bytes())
                .map_err(|e| self.damaged(e))?;
            if !taken {
                return Ok(id);
            }
        }
    }

    /// The profile, if one was saved.
    pub fn profile(&self) -> Result<Option<Profile>, StoreError> {
        self.get(PROFILE_KEY)
    }

    /// Every credential, in id order.
    pub fn credentials(&self) -> Result<Vec<Credential>, StoreError> {
        self.scan(CREDENTIAL_PREFIX)
    }

    /// Every offer, in id order.
    pub fn offers(&self) -> Result<Vec<Offer>, StoreError> {
        self.scan(OFFER_PREFIX)
    }

    /// One credential.
    pub fn credential(&self, id: &str) -> Result<Credential, StoreError> {
        self.get(format!("{CREDENTIAL_PREFIX}{id}").as_bytes())?
            .ok_or_else(|| StoreError::NotFound {
                kind: "credential",
                id: id.to_string(),
            })
    }

    /// Validates and saves the profile. Durable when it returns Ok.
    pub fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let issues = validate_profile(profile);
        if has_errors(&issues) {
            return Err(StoreError::Invalid(issues));
        }
        self.commit(
            vec![(PROFILE_KEY.to_vec(), Some(self.encode(profile)?))],
            None,
        )
    }

    /// Validates and saves a credential, assigning an id when it has none (empty). Returns the
    /// stored record. Durable when it returns Ok; nothing is stored when it returns Err.
    pub fn save_credential(&self, mut credential: Credential) -> Result<Credential, StoreError> {
        if credential.id.trim().is_empty() {
            credential.id = self.new_id("c", CREDENTIAL_PREFIX)?;
        }
        let family = self.profile()?.map(|p| p.family_name);
        let existing = self.credentials()?;
        let issues = validate_credential_against(&credential, &existing, family.as_deref());
        if has_errors(&issues) {
            return Err(StoreError::Invalid(issues));
        }
        let key = format!("{CREDENTIAL_PREFIX}{}", credential.id).into_bytes();
        self.commit(vec![(key, Some(self.encode(&credential)?))], None)?;
        Ok(credential)
    }

    /// Deletes a credential and returns it (for undo).
    pub fn delete_credential(&self, id: &str) -> Result<Credential, StoreError> {
        let existing = self.credential(id)?;
        self.commit(
            vec![(format!("{CREDENTIAL_PREFIX}{id}").into_bytes(), None)],
            None,
        )?;
        Ok(existing)
    }

    /// Validates and saves an offer, assigning an id when it has none.
    pub fn save_offer(&self, mut offer: Offer) -> Result<Offer, StoreError> {
        if offer.id.trim().is_empty() {
            offer.id = self.new_id("o", OFFER_PREFIX)?;
        }
        let issues = validate_offer(&offer);
        if has_errors(&issues) {
            return Err(StoreError::Invalid(issues));
        }
        let key = format!("{OFFER_PREFIX}{}", offer.id).into_bytes();
        self.commit(vec![(key, Some(self.encode(&offer)?))], None)?;
        Ok(offer)
    }

    /// Deletes an offer and returns it (for undo).
    pub fn delete_offer(&self, id: &str) -> Result<Offer, StoreError> {
        let key = format!("{OFFER_PREFIX}{id}");
        let existing: Offer = self
            .get(key.as_bytes())?
            .ok_or_else(|| StoreError::NotFound {
                kind: "offer",
                id: id.to_string(),
            })?;
        self.commit(vec![(key.into_bytes(), None)], None)?;
        Ok(existing)
    }

    /// Whether a reminder (by its stable key) was already delivered.
    pub fn is_delivered(&self, reminder_key: &str) -> Result<bool, StoreError> {
        self.tree
            .contains_key(format!("{DELIVERED_PREFIX}{reminder_key}").as_bytes())
            .map_err(|e| self.damaged(e))
    }

    /// Records reminders as delivered, with a note (when, or why superseded), atomically.
    pub fn mark_delivered(&self, entries: &[(String, String)]) -> Result<(), StoreError> {
        let changes = entries
            .iter()
            .map(|(key, note)| {
                (
                    format!("{DELIVERED_PREFIX}{key}").into_bytes(),
                    Some(note.clone().into_bytes()),
                )
            })
            .collect();
        self.commit(changes, None)
    }

    /// Every delivered reminder key with its note.
    pub fn delivered(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.tree
            .scan_prefix(DELIVERED_PREFIX.as_bytes())
            .map(|item| {
                let (k, v) = item.map_err(|e| self.damaged(e))?;
                let key = String::from_utf8_lossy(&k[DELIVERED_PREFIX.len()..]).into_owned();
                Ok((key, String::from_utf8_lossy(&v).into_owned()))
            })
            .collect()
    }

    /// The whole store as an export document.
    pub fn export(&self) -> Result<ExportDocument, StoreError> {
        Ok(
            ExportDocument::new(self.profile()?, self.credentials()?, self.offers()?)
                .with_cme(self.cme_activities()?),
        )
    }

    /// Replaces every profile, credential, offer and CME activity with the document's, in one transaction.
    /// The document must come from [`crate::document::parse_import`] (already validated).
    /// Delivered-reminder marks are kept.
    pub fn replace_all(&self, doc: &ExportDocument) -> Result<(), StoreError> {
        self.replace_all_from(doc, 0)
    }

    /// [`Store::replace_all`] numbered at least `floor`.
    pub(crate) fn replace_all_from(
        &self,
        doc: &ExportDocument,
        floor: u64,
    ) -> Result<(), StoreError> {
        let mut changes: Vec<(Vec<u8>, Option<Vec<u8>>)> = Vec::new();
        for prefix in [CREDENTIAL_PREFIX, OFFER_PREFIX, CME_PREFIX] {
            for item in self.tree.scan_prefix(prefix.as_bytes()).keys() {
                changes.push((item.map_err(|e| self.damaged(e))?.to_vec(), None));
            }
        }
        changes.push((PROFILE_KEY.to_vec(), None));
        if let Some(p) = &doc.profile {
            changes.push((PROFILE_KEY.to_vec(), Some(self.encode(p)?)));
        }
        for c in &doc.credentials {
            changes.push((
                format!("{CREDENTIAL_PREFIX}{}", c.id).into_bytes(),
                Some(self.encode(c)?),
            ));
        }
        for o in &doc.offers {
            changes.push((
                format!("{OFFER_PREFIX}{}", o.id).into_bytes(),
                Some(self.encode(o)?),
            ));
        }
        for a in &doc.cme_activities {
            changes.push((
                format!("{CME_PREFIX}{}", a.id).into_bytes(),
                Some(self.encode(a)?),
            ));
        }
        self.commit_from(changes, None, floor)
    }
}

/// A big-endian u64; anything not 8 bytes long reads as 0.
/// One transaction, then the flush; Ok only once both are done.
fn write_durably(
    db: &sled::Db,
    tree: &sled::Tree,
    path: &Path,
    changes: &[(Vec<u8>, Option<Vec<u8>>)],
    version: Option<u32>,
    floor: u64,
) -> Result<(), StoreError> {
    let result: Result<(), TransactionError<()>> = tree.transaction(|tx| {
        for (key, value) in changes {
            match value {
                Some(v) => tx.insert(key.as_slice(), v.as_slice())?,
                None => tx.remove(key.as_slice())?,
            };
        }
        if let Some(v) = version {
            tx.insert(SCHEMA_KEY, &v.to_be_bytes())?;
        }
        let generation = tx.get(GENERATION_KEY)?.map_or(0, |b| read_u64(&b));
        let next = generation.saturating_add(1).max(floor);
        tx.insert(GENERATION_KEY, &next.to_be_bytes())?;
        Ok::<(), ConflictableTransactionError<()>>(())
    });
    result.map_err(|e| match e {
        TransactionError::Storage(sled::Error::Io(source)) => StoreError::Io {
            action: "write to the database in",
            path: path.to_path_buf(),
            source,
        },
        other => StoreError::damaged(path, format!("{other:?}")),
    })?;
    db.flush().map_err(|e| match e {
        sled::Error::Io(source) => StoreError::Io {
            action: "flush the database in",
            path: path.to_path_buf(),
            source,
        },
        other => StoreError::damaged(path, other),
    })?;
    Ok(())
}

pub(crate) fn read_u64(bytes: &[u8]) -> u64 {
    bytes.try_into().map_or(0, u64::from_be_bytes)
}
