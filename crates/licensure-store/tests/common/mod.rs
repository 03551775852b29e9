//! What the store's integration tests share: hostile input for the property tests, a store
//! holding the sample clinician, and a one-credential document.

#![allow(dead_code)] // each test binary uses a part

pub mod hostile;

use licensure_store::document::parse_import;
use licensure_store::Store;

/// One board certification (no renewal window, no linked credentials) expiring 2027-03-31.
pub const ONE_BOARD_CERTIFICATION: &str = r#"{
  "format": "licensure-export", "version": 1, "profile": null, "offers": [],
  "credentials": [{ "id": "c1", "notes": "", "detail": {
    "kind": "board_certification", "board": "American Board of Internal Medicine",
    "specialty": "Internal Medicine", "body": "abms", "expires": "2027-03-31",
    "time_unlimited": false } }]
}"#;

/// A store in a temporary directory holding the sample clinician.
pub fn sample_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open");
    let (doc, _) = parse_import(include_str!("../../src/sample/clinician.json")).expect("sample");
    store.replace_all(&doc).expect("sample stored");
    (dir, store)
}
