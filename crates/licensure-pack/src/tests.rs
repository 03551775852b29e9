use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
}

fn random_key() -> SecretKey {
    SecretKey(crate::testing::TestSigner::new().secret().0)
}

/// The bundled files with `dataset.json` replaced.
fn files(version: u32, as_of: &str) -> DataFiles {
    let mut files = DataFiles::bundled();
    files.0.insert(
        DATASET_FILE.into(),
        format!("{{\"version\": {version}, \"as_of\": \"{as_of}\"}}"),
    );
    files
}

#[derive(Debug, PartialEq)]
enum Expect {
    Installs,
    Damaged,
    BadSignature,
    FromTheFuture,
    NotNewer,
    FailsChecks,
}

#[test]
fn packs_are_opened_or_refused_for_one_reason() {
    let key = random_key();
    let other = random_key();
    let trusted = [key.public()];
    let bundled_as_of = Dataset::bundled()
        .map(|d| d.as_of)
        .unwrap_or_default()
        .to_string();
    let good = seal(&files(5, &bundled_as_of), &key);
    let mut tampered: serde_json::Value = serde_json::from_slice(&good).unwrap_or_default();
    let payload = seal(&files(6, &bundled_as_of), &key);
    let other_payload: serde_json::Value = serde_json::from_slice(&payload).unwrap_or_default();
    tampered["payload"] = other_payload["payload"].clone();
    let tampered = serde_json::to_vec(&tampered).unwrap_or_default();
    let mut unknown_format: serde_json::Value = serde_json::from_slice(&good).unwrap_or_default();
    unknown_format["format"] = "licensure-data-pack/9".into();
    let unknown_format = serde_json::to_vec(&unknown_format).unwrap_or_default();
    let mut missing_file = files(5, &bundled_as_of);
    missing_file.0.remove("jurisdictions/TX.json");

    let cases: Vec<(&str, Vec<u8>, u32, Expect)> = vec![
        ("valid, newer", good.clone(), 4, Expect::Installs),
        ("valid, same version", good.clone(), 5, Expect::NotNewer),
        ("valid, older", good.clone(), 9, Expect::NotNewer),
        (
            "signed by another key",
            seal(&files(5, &bundled_as_of), &other),
            1,
            Expect::BadSignature,
        ),
        ("payload swapped", tampered, 1, Expect::BadSignature),
        (
            "truncated",
            good[..good.len() / 2].to_vec(),
            1,
            Expect::Damaged,
        ),
        ("empty", Vec::new(), 1, Expect::Damaged),
        ("random bytes", vec![0xff; 300], 1, Expect::Damaged),
        ("unknown format", unknown_format, 1, Expect::Damaged),
        (
            "a file missing",
            seal(&missing_file, &key),
            1,
            Expect::Damaged,
        ),
        (
            "dated tomorrow",
            seal(&files(5, "2026-12-08"), &key),
            1,
            Expect::FromTheFuture,
        ),
        (
            "dated today",
            seal(&files(5, "2026-12-07"), &key),
            1,
            Expect::Installs,
        ),
        // Facts reviewed after the dataset's own date fail the checks.
        (
            "fails its checks",
            seal(&files(5, "2020-01-01"), &key),
            1,
            Expect::FailsChecks,
        ),
    ];
    for (name, bytes, in_use, expect) in cases {
        let got = match open(&bytes, &trusted, today(), in_use) {
            Ok(pack) => {
                assert_eq!(pack.version, 5, "{name}");
                assert_eq!(pack.key_id, key.public().id, "{name}");
                Expect::Installs
            }
            Err(PackError::Damaged(_)) => Expect::Damaged,
            Err(PackError::BadSignature(_)) => Expect::BadSignature,
            Err(PackError::FromTheFuture { .. }) => Expect::FromTheFuture,
            Err(PackError::NotNewer { .. }) => Expect::NotNewer,
            Err(PackError::FailsChecks(p)) => {
                assert!(!p.is_empty(), "{name}");
                Expect::FailsChecks
            }
        };
        assert_eq!(got, expect, "{name}");
    }
}

#[test]
fn the_committed_release_key_is_a_key_and_its_id_is_stable() {
    let key = TrustedKey::from_hex(include_str!("../release-key.pub"));
    assert_eq!(key.as_ref().ok(), Some(&release_key()));
    assert!(release_key().id.starts_with("ed25519:") && release_key().id.len() == 24);
    assert!(TrustedKey::from_hex("00zz").is_err());
}

#[test]
fn set_version_changes_only_the_version() {
    let mut files = DataFiles::bundled();
    assert_eq!(set_version(&mut files, 42), Ok(()));
    let read = files.parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.version, 42);
    assert_eq!(Dataset::bundled().ok(), Some(read.dataset));
}
