//! `licensure data install | status | revert`: signed reference-data packs through the CLI,
//! on a real data directory. Packs are signed with a key made for the test and trusted
//! through `LICENSURE_DATA_TEST_KEY` (read by debug builds only).

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use licensure_system_tests::packs::{self, TestSigner, TEST_KEY_ENV};
use licensure_system_tests::{binary, output_within, sample_document, stderr, stdout};

const TODAY: &str = "2026-12-07";

fn data(dir: &Path, signer: &TestSigner, args: &[&str]) -> Output {
    let mut c = Command::new(binary("licensure"));
    c.env(TEST_KEY_ENV, signer.public_hex())
        .arg("--data-dir")
        .arg(dir)
        .args(["--today", TODAY])
        .args(args);
    output_within(&mut c, Duration::from_secs(120))
}

fn status(dir: &Path, signer: &TestSigner) -> serde_json::Value {
    let out = data(dir, signer, &["data", "status", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("status is JSON")
}

fn install(dir: &Path, signer: &TestSigner, bytes: &[u8]) -> Output {
    let file = dir.join("update.pack");
    std::fs::write(&file, bytes).expect("write pack");
    let out = data(
        dir,
        signer,
        &["data", "install", file.to_str().expect("utf-8")],
    );
    std::fs::remove_file(&file).expect("remove pack");
    out
}

/// Every file of the data directory with its content, but the database's own.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    all.sort();
    all
}

#[test]
fn refused_packs_change_nothing_and_exit_with_their_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let signer = TestSigner::new();
    let (bundled_version, as_of) = packs::bundled();
    let newer = bundled_version + 1;
    let stranger = TestSigner::new();
    let good = signer.pack(newer, &as_of, |_| {});
    let older = signer.pack(newer + 1, &as_of, |_| {});
    assert!(install(dir.path(), &signer, &older).status.success());
    let installed = status(dir.path(), &signer);
    let before = files(dir.path());

    let cases: Vec<(&str, Vec<u8>, i32)> = vec![
        (
            "signed by another key",
            stranger.pack(newer + 5, &as_of, |_| {}),
            8,
        ),
        ("truncated", good[..good.len() - 200].to_vec(), 9),
        ("not a pack", b"%PDF-1.7\n".to_vec(), 9),
        ("older than the one in use", good.clone(), 10),
        (
            "same version as the one in use",
            signer.pack(newer + 1, &as_of, |_| {}),
            10,
        ),
        (
            "fails its checks",
            signer.pack(newer + 5, "2020-01-01", |_| {}),
            11,
        ),
        (
            "from the future",
            signer.pack(newer + 5, "2026-12-08", |_| {}),
            12,
        ),
    ];
    for (name, bytes, code) in cases {
        let out = install(dir.path(), &signer, &bytes);
        assert_eq!(out.status.code(), Some(code), "{name}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("not installed"),
            "{name}: {}",
            stderr(&out)
        );
        assert_eq!(
            status(dir.path(), &signer),
            installed,
            "{name}: status changed"
        );
        assert_eq!(files(dir.path()), before, "{name}: a file changed");
    }
}

#[test]
fn a_valid_pack_installs_is_used_by_every_command_and_reverts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let signer = TestSigner::new();
    let (bundled_version, as_of) = packs::bundled();
    let sample = sample_document();
    assert!(data(
        dir.path(),
        &signer,
        &["import", sample.to_str().expect("utf-8")]
    )
    .status
    .success());
    let bundled = status(dir.path(), &signer);
    assert_eq!(bundled["source"], "bundled");
    assert_eq!(bundled["version"], bundled_version);
    assert_eq!(bundled["key_id"], serde_json::Value::Null);
    let offers_before = stdout(&data(dir.path(), &signer, &["offers", "--json"]));

    let pack = signer.pack(bundled_version + 1, &as_of, |files| {
        packs::move_flexibilities_end(files, "2027-12-31")
    });
    let out = install(dir.path(), &signer, &pack);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&signer.key_id()), "{}", stdout(&out));
    let installed = status(dir.path(), &signer);
    assert_eq!(installed["source"], "installed");
    assert_eq!(installed["version"], bundled_version + 1);
    assert_eq!(installed["as_of"], as_of.as_str());
    assert_eq!(installed["key_id"], signer.key_id().as_str());
    let stored = dir.path().join("reference-data.pack");
    assert_eq!(std::fs::read(&stored).expect("stored pack"), pack);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&stored)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // The controlled-substance offer is judged on the installed data.
    let offers_after = stdout(&data(dir.path(), &signer, &["offers", "--json"]));
    assert_ne!(
        offers_before, offers_after,
        "the offers' verdicts did not change"
    );
    assert!(
        offers_after.contains("2027-12-31"),
        "the new end date is not cited"
    );

    let out = data(dir.path(), &signer, &["data", "revert"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(status(dir.path(), &signer), bundled);
    assert!(!stored.exists());
    assert_eq!(
        stdout(&data(dir.path(), &signer, &["offers", "--json"])),
        offers_before
    );
}

#[test]
fn a_damaged_installed_pack_is_reported_and_the_bundled_data_used() {
    let dir = tempfile::tempdir().expect("temp dir");
    let signer = TestSigner::new();
    let (bundled_version, as_of) = packs::bundled();
    let pack = signer.pack(bundled_version + 1, &as_of, |_| {});
    assert!(install(dir.path(), &signer, &pack).status.success());
    let stored = dir.path().join("reference-data.pack");
    std::fs::write(&stored, &pack[..pack.len() / 3]).expect("damage the pack");

    let out = data(dir.path(), &signer, &["data", "status", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let status: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(status["source"], "bundled");
    assert!(
        status["problem"].as_str().unwrap_or("").contains("damaged"),
        "{status}"
    );
    assert!(stderr(&out).contains("warning: the installed reference-data pack is not used"));
    let sample = sample_document();
    assert!(data(
        dir.path(),
        &signer,
        &["import", sample.to_str().expect("utf-8")]
    )
    .status
    .success());
    let offers = data(dir.path(), &signer, &["offers"]);
    assert!(offers.status.success(), "{}", stderr(&offers));

    // Without the test key (as in a release build), the test's pack is not trusted.
    assert!(install(dir.path(), &signer, &pack).status.success());
    let mut c = Command::new(binary("licensure"));
    c.env_remove(TEST_KEY_ENV)
        .arg("--data-dir")
        .arg(dir.path())
        .args(["data", "status", "--json"]);
    let out = output_within(&mut c, Duration::from_secs(120));
    let status: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(status["source"], "bundled", "{}", stderr(&out));
    assert!(status["problem"]
        .as_str()
        .unwrap_or("")
        .contains("unknown key"));
}

#[test]
fn installing_or_reverting_while_another_process_holds_the_data_exits_4_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let signer = TestSigner::new();
    let (bundled_version, as_of) = packs::bundled();
    let held = licensure_store::Store::open(dir.path()).expect("the lock");
    let before = files(dir.path());
    let out = install(
        dir.path(),
        &signer,
        &signer.pack(bundled_version + 1, &as_of, |_| {}),
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let out = data(dir.path(), &signer, &["data", "revert"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_eq!(files(dir.path()), before);
    drop(held);
}
