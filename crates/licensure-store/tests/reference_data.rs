//! The reference data in use on a real data directory: a pack installed atomically (no
//! temporary file left, mode 0600) and loaded again, a refused pack leaving no file, a
//! revert that is idempotent, and a damaged installed pack falling back to the bundled data.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

use chrono::NaiveDate;
use licensure_pack::testing::{bundled, TestSigner};
use licensure_pack::PackError;
use licensure_store::reference_data::{self, DataSource, InstallError, PACK_FILE, TEST_KEY_ENV};

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut all: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    all.sort();
    all
}

#[test]
fn install_load_refuse_and_revert() {
    let signer = TestSigner::new();
    std::env::set_var(TEST_KEY_ENV, signer.public_hex());
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (version, as_of) = bundled();

    let refused = reference_data::install(dir.path(), b"{", today, version);
    assert!(matches!(
        refused,
        Err(InstallError::Pack(PackError::Damaged(_)))
    ));
    assert!(names(dir.path()).is_empty(), "a refused pack left a file");

    let pack = signer.pack(version + 1, &as_of, |_| {});
    let installed = reference_data::install(dir.path(), &pack, today, version).unwrap();
    assert_eq!(installed.status.source, DataSource::Installed);
    assert_eq!(names(dir.path()), vec![PACK_FILE.to_string()]);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.path().join(PACK_FILE))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let loaded = reference_data::load(dir.path(), today).unwrap();
    assert_eq!(loaded.status, installed.status);

    // A day before the pack's date, the stored pack is from the future: not used.
    let earlier = NaiveDate::parse_from_str(&as_of, "%Y-%m-%d")
        .unwrap()
        .pred_opt()
        .unwrap();
    let loaded = reference_data::load(dir.path(), earlier).unwrap();
    assert_eq!(loaded.status.source, DataSource::Bundled);
    assert!(loaded.status.problem.unwrap().contains("after today"));

    std::fs::write(dir.path().join(PACK_FILE), &pack[..pack.len() / 2]).unwrap();
    let loaded = reference_data::load(dir.path(), today).unwrap();
    assert_eq!(loaded.status.source, DataSource::Bundled);
    assert!(loaded.status.problem.unwrap().contains("damaged"));

    for _ in 0..2 {
        let reverted = reference_data::revert(dir.path()).unwrap();
        assert_eq!(reverted.status.source, DataSource::Bundled);
        assert_eq!(reverted.status.problem, None);
        assert!(names(dir.path()).is_empty());
    }
}
