//! The reference data in use: the dataset compiled into the build, or a signed pack installed
//! in the data directory (`<data>/reference-data.pack`, 0600, written atomically) once it
//! passed every check of licensure-pack. Shared by the app and the CLI.
//!
//! At every start the installed pack is read and checked again; one that is damaged, no
//! longer trusted, dated after today or not newer than the bundled data (a newer build) is
//! reported in [`DataStatus::problem`] and the bundled data is used: loading never fails
//! because of the pack. Limits: the caller holds the process lock while installing or
//! reverting (the store's), and tells the running app nothing: it reloads itself.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use licensure_core::reference::{Dataset, DatasetError, VersionedDataset};
use licensure_pack::{PackError, TrustedKey};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::files::{io, private_dir, sync_dir, write_atomically};
use crate::StoreError;

/// The installed pack's file name in the data directory.
pub const PACK_FILE: &str = "reference-data.pack";

/// Debug and test builds only: a public key (64 hex digits) trusted besides the release key,
/// so that tests can sign packs with a key they generate. Release builds ignore it.
pub const TEST_KEY_ENV: &str = "LICENSURE_DATA_TEST_KEY";

/// Where the data in use comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum DataSource {
    /// Compiled into this build.
    Bundled,
    /// A signed pack installed in the data directory.
    Installed,
}

/// Which reference data is in use, as shown by `licensure data status` and the Reference page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct DataStatus {
    pub source: DataSource,
    pub version: u32,
    pub as_of: NaiveDate,
    /// The id of the key that signed the installed pack; none for the bundled data.
    pub key_id: Option<String>,
    /// Why an installed pack is not in use (damaged, not trusted, superseded by this build).
    pub problem: Option<String>,
}

/// The dataset in use with its status.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    pub dataset: Arc<Dataset>,
    pub status: DataStatus,
}

/// A pack refused, or a pack accepted that could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The keys trusted to sign packs: the release key, and in debug builds the key named by
/// [`TEST_KEY_ENV`].
pub fn trusted_keys() -> Vec<TrustedKey> {
    #[allow(unused_mut)]
    let mut keys = vec![licensure_pack::release_key()];
    #[cfg(debug_assertions)]
    if let Some(key) = std::env::var(TEST_KEY_ENV)
        .ok()
        .and_then(|hex| TrustedKey::from_hex(&hex).ok())
    {
        keys.push(key);
    }
    keys
}

/// The bundled data, with `problem` noted.
pub fn bundled(problem: Option<String>) -> Result<ReferenceData, DatasetError> {
    let VersionedDataset { version, dataset } = Dataset::bundled_versioned()?;
    Ok(ReferenceData {
        status: DataStatus {
            source: DataSource::Bundled,
            version,
            as_of: dataset.as_of,
            key_id: None,
            problem,
        },
        dataset: Arc::new(dataset),
    })
}

/// The data in use in `dir` on `today`: the installed pack checked again, or the bundled
/// data (with the reason when a pack is there but cannot be used). Fails only when the
/// bundled data itself does not parse (a defect of the build).
pub fn load(dir: &Path, today: NaiveDate) -> Result<ReferenceData, DatasetError> {
    let path = dir.join(PACK_FILE);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == ErrorKind::NotFound => return bundled(None),
        Err(e) => {
            return bundled(Some(format!(
                "the installed reference-data pack cannot be read ({e}); the bundled data is used"
            )))
        }
    };
    let bundled_version = Dataset::bundled_versioned()?.version;
    match licensure_pack::open(&bytes, &trusted_keys(), today, bundled_version) {
        Ok(pack) => Ok(installed(pack)),
        Err(e) => bundled(Some(format!(
            "the installed reference-data pack is not used, the bundled data is: {e}"
        ))),
    }
}

fn installed(pack: licensure_pack::Pack) -> ReferenceData {
    ReferenceData {
        status: DataStatus {
            source: DataSource::Installed,
            version: pack.version,
            as_of: pack.as_of,
            key_id: Some(pack.key_id),
            problem: None,
        },
        dataset: Arc::new(pack.dataset),
    }
}

/// Checks `bytes` as a pack newer than `in_use` (the version in use) and stores it in `dir`
/// atomically (0600). A refused pack changes nothing.
pub fn install(
    dir: &Path,
    bytes: &[u8],
    today: NaiveDate,
    in_use: u32,
) -> Result<ReferenceData, InstallError> {
    let pack = licensure_pack::open(bytes, &trusted_keys(), today, in_use)?;
    private_dir(dir)?;
    let temp = format!(".{PACK_FILE}.tmp-{}", std::process::id());
    write_atomically(dir, &temp, PACK_FILE, bytes)?;
    Ok(installed(pack))
}

/// Removes the installed pack (if any): the bundled data is used from now on.
pub fn revert(dir: &Path) -> Result<ReferenceData, StoreError> {
    let path = dir.join(PACK_FILE);
    match fs::remove_file(&path) {
        Ok(()) => sync_dir(dir)?,
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(io("remove", &path)(e)),
    }
    bundled(None).map_err(|e| StoreError::Io {
        action: "read the bundled reference data for",
        path: dir.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })
}
