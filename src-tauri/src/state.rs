//! The app's managed state: the store and the bundled reference dataset, or why either could
//! not be opened.
//!
//! Both are opened at start-up; a failure is kept and reported to the UI on every command
//! that needs the missing piece, never a crash. A store another process held at start-up
//! (a `licensure remind` run by cron, an import) is tried again on the next command that
//! needs it, so the app does not stay "in use" after the other process ends.
//!
//! Limits: a damaged database is not opened again until the user restores a backup.

use licensure_core::model::{CmeActivity, Credential, Offer, Profile};
use licensure_core::reference::Dataset;
use std::sync::RwLock;

use licensure_store::quarantine::{quarantine_and_restore, RestoreReport, RestoreSource};
use licensure_store::{paths, Store};

use crate::ipc::{ErrorCode, IpcError};

/// Held by Tauri (`manage`) for the app's lifetime.
#[derive(Debug)]
pub struct AppState {
    /// Replaced once, when the user restores a damaged database from a backup.
    store: RwLock<Result<Store, IpcError>>,
    dataset: Result<Dataset, IpcError>,
}

/// Everything the clinician has recorded, read in one go.
#[derive(Debug)]
pub struct Records {
    pub profile: Option<Profile>,
    pub credentials: Vec<Credential>,
    pub offers: Vec<Offer>,
    pub cme_activities: Vec<CmeActivity>,
}

impl Records {
    /// The profile, or a `not_found` error saying what to do first.
    pub fn require_profile(&self) -> Result<&Profile, IpcError> {
        self.profile.as_ref().ok_or_else(IpcError::no_profile)
    }
}

impl AppState {
    /// Opens the store in the default data directory (`LICENSURE_DATA_DIR` overrides it) and
    /// loads the reference dataset compiled into the binary.
    pub fn open() -> Self {
        let store = match paths::default_data_dir() {
            None => Err(IpcError::io(
                "no home directory to keep the data in; set LICENSURE_DATA_DIR",
            )),
            Some(dir) => Store::open(&dir).map_err(IpcError::from),
        };
        let dataset = Dataset::bundled().map_err(IpcError::from);
        AppState {
            store: RwLock::new(store),
            dataset,
        }
    }

    /// A store opened elsewhere (the IPC tests' temporary one) and the bundled dataset.
    pub fn with_store(store: Store) -> Self {
        AppState {
            store: RwLock::new(Ok(store)),
            dataset: Dataset::bundled().map_err(IpcError::from),
        }
    }

    /// The store (a cheap handle on the shared database), or the error that kept it from
    /// opening.
    pub fn store(&self) -> Result<Store, IpcError> {
        let current = match self.store.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        match current {
            Err(e) if e.code == ErrorCode::InUse => self.open_again(),
            other => other,
        }
    }

    /// Opens the store again when another process held it; the new answer is kept.
    fn open_again(&self) -> Result<Store, IpcError> {
        let mut guard = match self.store.write() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let in_use = matches!(&*guard, Err(e) if e.code == ErrorCode::InUse);
        if in_use {
            if let Some(dir) = paths::default_data_dir() {
                *guard = Store::open(&dir).map_err(IpcError::from);
            }
        }
        guard.clone()
    }

    /// On the user's explicit choice, when the database could not be opened because it is
    /// damaged: moves it to quarantine, fills a fresh one from the newest verified backup and
    /// opens it. `timestamp` names the quarantine folder.
    pub fn restore_latest_backup(&self, timestamp: &str) -> Result<RestoreReport, IpcError> {
        let mut guard = match self.store.write() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        match &*guard {
            Err(e) if e.code == ErrorCode::Damaged => {}
            _ => {
                return Err(IpcError::invalid(
                    "the database is not damaged: there is nothing to restore",
                    Vec::new(),
                ))
            }
        }
        let dir = paths::default_data_dir().ok_or_else(|| IpcError::io("no data directory"))?;
        let report = quarantine_and_restore(&dir, timestamp, &RestoreSource::LatestBackup)
            .map_err(|e| IpcError::io(format!("nothing was restored or moved: {e}")))?;
        *guard = Store::open(&dir).map_err(IpcError::from);
        guard.as_ref().map_err(Clone::clone)?;
        Ok(report)
    }

    /// Where the data is: the open store's directory, or the one it would be opened in.
    pub fn data_dir(&self) -> Option<std::path::PathBuf> {
        let guard = match self.store.read() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        match &*guard {
            Ok(store) => Some(store.dir().to_path_buf()),
            Err(_) => paths::default_data_dir(),
        }
    }

    /// The reference dataset, or the error that kept it from loading.
    pub fn dataset(&self) -> Result<&Dataset, IpcError> {
        self.dataset.as_ref().map_err(Clone::clone)
    }

    /// The profile, credentials and offers.
    pub fn records(&self) -> Result<Records, IpcError> {
        let store = self.store()?;
        Ok(Records {
            profile: store.profile()?,
            credentials: store.credentials()?,
            offers: store.offers()?,
            cme_activities: store.cme_activities()?,
        })
    }
}
