//! For tests only (feature `testing`): packs signed with a key made for the test, trusted
//! through `LICENSURE_DATA_TEST_KEY` (read by debug builds only), and the bundled data
//! changed as a test needs.
//!
//! Limits: the key's 32 bytes come from the standard library's per-process random hash
//! keys, not from a cryptographic generator: good for a test, never for a release key
//! (`cargo xtask data-key` reads the system's generator).

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher as _;

use licensure_core::reference::{DataFiles, Dataset, DATASET_FILE};

use crate::SecretKey;

/// A signing key made for one test.
#[derive(Debug)]
pub struct TestSigner(SecretKey);

impl Default for TestSigner {
    fn default() -> Self {
        Self::new()
    }
}

impl TestSigner {
    pub fn new() -> Self {
        let mut bytes = [0u8; 32];
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            chunk.copy_from_slice(&RandomState::new().hash_one(i).to_le_bytes());
        }
        TestSigner(SecretKey(bytes))
    }

    /// The public key, as `LICENSURE_DATA_TEST_KEY` takes it.
    pub fn public_hex(&self) -> String {
        self.0.public().to_hex()
    }

    pub fn key_id(&self) -> String {
        self.0.public().id
    }

    /// The bundled data as version `version` dated `as_of`, changed by `edit`, sealed.
    pub fn pack(&self, version: u32, as_of: &str, edit: impl FnOnce(&mut DataFiles)) -> Vec<u8> {
        let mut files = DataFiles::bundled();
        files.0.insert(
            DATASET_FILE.into(),
            format!("{{\"version\": {version}, \"as_of\": \"{as_of}\"}}\n"),
        );
        edit(&mut files);
        crate::seal(&files, &self.0)
    }

    pub fn secret(&self) -> &SecretKey {
        &self.0
    }
}

/// The version and as-of date of the data built into this build.
pub fn bundled() -> (u32, String) {
    match Dataset::bundled_versioned() {
        Ok(v) => (v.version, v.dataset.as_of.to_string()),
        Err(e) => panic!("the bundled data: {e}"),
    }
}

/// Moves the end of the federal telemedicine flexibilities (`effective_until` 2026-12-31
/// in `federal.json`) to `until`.
pub fn move_flexibilities_end(files: &mut DataFiles, until: &str) {
    const END: &str = "\"effective_until\": \"2026-12-31\"";
    let Some(federal) = files.0.get_mut("federal.json") else {
        panic!("no federal.json");
    };
    assert_eq!(
        federal.matches(END).count(),
        1,
        "the flexibilities' end date is where this helper expects it"
    );
    *federal = federal.replace(END, &format!("\"effective_until\": \"{until}\""));
}
