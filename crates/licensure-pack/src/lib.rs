//! Signed reference-data packs: the whole dataset (every file of `data/`, same names and
//! shape), sealed with a detached Ed25519 signature, so that a newer dataset can replace the
//! one compiled into the binary without a new build.
//!
//! The format (`licensure-data-pack/1`) is one JSON envelope:
//! `{"format", "key_id", "payload", "signature"}` where `payload` is the base64 of the exact
//! bytes signed — a JSON manifest `{"files": {"dataset.json": "…", "jurisdictions/AL.json":
//! "…", …}}` — and `signature` the base64 of the 64-byte Ed25519 signature over them. The
//! version and the as-of date are those of the pack's own `dataset.json`.
//!
//! [`open`] refuses, each with its own [`PackError`] variant: a damaged envelope or payload,
//! an unknown key or a bad signature, a pack dated after today, one not newer than the
//! dataset in use, one whose data fails [`Dataset::check`](licensure_core::reference::Dataset::check).
//!
//! Limits: pure (no IO, no clock: "today", the keys and the version in use are parameters).
//! Storing a pack and choosing the trusted keys is licensure-store's job.

mod keys;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

use std::collections::BTreeMap;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer as _, SigningKey};
use licensure_core::reference::{DataFiles, Dataset, DATASET_FILE};
use serde::{Deserialize, Serialize};

pub use keys::{release_key, SecretKey, TrustedKey};

/// The envelope's `format`.
pub const FORMAT: &str = "licensure-data-pack/1";

/// The signed envelope, as stored and as exchanged.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    key_id: String,
    payload: String,
    signature: String,
}

/// What the signature covers: every file of the dataset.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    files: BTreeMap<String, String>,
}

/// A pack that passed every check.
#[derive(Debug, Clone)]
pub struct Pack {
    pub version: u32,
    pub as_of: NaiveDate,
    pub key_id: String,
    pub dataset: Dataset,
}

/// Why a pack was refused. Each variant is its own exit code in the CLI and its own error
/// code over IPC.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("the pack is damaged and was not installed: {0}")]
    Damaged(String),
    #[error("the pack's signature is not valid: {0}; it was not installed")]
    BadSignature(String),
    #[error(
        "the pack is dated {as_of}, after today ({today}); a pack from the future is not installed \
         (check the computer's date)"
    )]
    FromTheFuture { as_of: NaiveDate, today: NaiveDate },
    #[error(
        "the pack holds reference data version {version}, not newer than the version in use \
         ({in_use}); it was not installed"
    )]
    NotNewer { version: u32, in_use: u32 },
    #[error("the pack's reference data fails {} check(s) and was not installed: {}", .0.len(), .0.join("; "))]
    FailsChecks(Vec<String>),
}

/// Checks a pack's bytes and builds its dataset: the signature against `keys`, the files
/// parsed as the bundled ones are, dated no later than `today`, newer than `in_use` (the
/// version of the dataset in use), and passing every structural check.
pub fn open(
    bytes: &[u8],
    keys: &[TrustedKey],
    today: NaiveDate,
    in_use: u32,
) -> Result<Pack, PackError> {
    let envelope: Envelope = serde_json::from_slice(bytes)
        .map_err(|e| PackError::Damaged(format!("not a reference-data pack ({e})")))?;
    if envelope.format != FORMAT {
        return Err(PackError::Damaged(format!(
            "unknown format {:?} (this build reads {FORMAT})",
            envelope.format
        )));
    }
    let payload = decode("payload", &envelope.payload)?;
    let signature = decode("signature", &envelope.signature)?;
    let signature = Signature::from_slice(&signature)
        .map_err(|_| PackError::Damaged("the signature is not 64 bytes".into()))?;
    let key = keys
        .iter()
        .find(|k| k.id == envelope.key_id)
        .ok_or_else(|| {
            PackError::BadSignature(format!("signed by an unknown key ({})", envelope.key_id))
        })?;
    key.key
        .verify_strict(&payload, &signature)
        .map_err(|_| PackError::BadSignature(format!("it does not match key {}", key.id)))?;
    let manifest: Manifest = serde_json::from_slice(&payload)
        .map_err(|e| PackError::Damaged(format!("the signed content does not read ({e})")))?;
    let read = DataFiles(manifest.files)
        .parse()
        .map_err(|e| PackError::Damaged(e.to_string()))?;
    if read.dataset.as_of > today {
        return Err(PackError::FromTheFuture {
            as_of: read.dataset.as_of,
            today,
        });
    }
    if read.version <= in_use {
        return Err(PackError::NotNewer {
            version: read.version,
            in_use,
        });
    }
    let problems = read.dataset.check();
    if !problems.is_empty() {
        return Err(PackError::FailsChecks(
            problems.iter().take(10).map(ToString::to_string).collect(),
        ));
    }
    Ok(Pack {
        version: read.version,
        as_of: read.dataset.as_of,
        key_id: key.id.clone(),
        dataset: read.dataset,
    })
}

fn decode(what: &str, text: &str) -> Result<Vec<u8>, PackError> {
    BASE64
        .decode(text)
        .map_err(|e| PackError::Damaged(format!("the {what} is not base64 ({e})")))
}

/// Seals `files` into a pack signed with `secret`: the bytes of a pack file.
pub fn seal(files: &DataFiles, secret: &SecretKey) -> Vec<u8> {
    let manifest = Manifest {
        files: files.0.clone(),
    };
    // A map of strings always serialises.
    let payload = serde_json::to_vec(&manifest).unwrap_or_default();
    let signing = SigningKey::from_bytes(&secret.0);
    let signature = signing.sign(&payload);
    let envelope = Envelope {
        format: FORMAT.into(),
        key_id: TrustedKey::from(signing.verifying_key()).id,
        payload: BASE64.encode(&payload),
        signature: BASE64.encode(signature.to_bytes()),
    };
    let mut bytes = serde_json::to_vec_pretty(&envelope).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Sets the version in `files`' `dataset.json` (the pack's version), keeping its other fields.
pub fn set_version(files: &mut DataFiles, version: u32) -> Result<(), String> {
    let header = files
        .0
        .get(DATASET_FILE)
        .ok_or_else(|| format!("{DATASET_FILE} is missing"))?;
    let mut value: serde_json::Value =
        serde_json::from_str(header).map_err(|e| format!("{DATASET_FILE}: {e}"))?;
    let object = value
        .as_object_mut()
        .ok_or_else(|| format!("{DATASET_FILE} is not an object"))?;
    object.insert("version".into(), version.into());
    let text = serde_json::to_string(&value).map_err(|e| e.to_string())?;
    files.0.insert(DATASET_FILE.into(), format!("{text}\n"));
    Ok(())
}

#[cfg(test)]
mod tests;
