//! Reference-data packs for the tests, signed with a key generated for the test (trusted
//! through `LICENSURE_DATA_TEST_KEY`, which only debug builds read) or with another one.

use std::io::Read as _;

use licensure_core::reference::{DataFiles, DATASET_FILE};
use licensure_pack::SecretKey;
pub use licensure_store::reference_data::TEST_KEY_ENV;

/// A signing key made from 32 random bytes.
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
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .expect("read /dev/urandom");
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
        licensure_pack::seal(&files, &self.0)
    }
}

/// The version and as-of date of the data built into this build.
pub fn bundled() -> (u32, String) {
    let v = licensure_core::reference::Dataset::bundled_versioned().expect("bundled data");
    (v.version, v.dataset.as_of.to_string())
}

/// Moves the end of the federal telemedicine flexibilities (`effective_until` 2026-12-31
/// in `federal.json`) to `until`.
pub fn move_flexibilities_end(files: &mut DataFiles, until: &str) {
    let federal = files.0.get_mut("federal.json").expect("federal.json");
    assert_eq!(
        federal
            .matches("\"effective_until\": \"2026-12-31\"")
            .count(),
        1,
        "the flexibilities' end date is where this helper expects it"
    );
    *federal = federal.replace(
        "\"effective_until\": \"2026-12-31\"",
        &format!("\"effective_until\": \"{until}\""),
    );
}
