//! A damaged database: the CLI explains (exit 5, how to restore), leaves the damaged files
//! byte-for-byte untouched, and `licensure restore` moves them to the quarantine and brings
//! back the newest backup; a backup whose checksum fails is refused. Also a full disk
//! (RLIMIT_FSIZE, EFBIG): the command reports the failed write and ends, and the earlier
//! content survives.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use licensure_system_tests::{binary, licensure, sample_document, stderr, stdout};

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.insert(path.clone(), std::fs::read(&path).expect("read"));
        }
    }
    files
}

fn garble(path: &Path) {
    let mut bytes = std::fs::read(path).expect("read");
    for b in bytes.iter_mut().step_by(97) {
        *b ^= 0xA5;
    }
    std::fs::write(path, bytes).expect("write");
}

/// Cuts the file to its first KB (sled preallocates its log, so cutting only the zero-filled
/// tail would lose nothing).
fn truncate(path: &Path) {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|f| f.set_len(1000))
        .expect("truncate");
}

/// A store with the sample imported and one more change (two backups), plus its export.
fn stocked() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = sample_document();
    let out = licensure(dir.path(), &["import", sample.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let export = stdout(&licensure(dir.path(), &["export"]));
    (dir, export)
}

#[test]
fn damaged_databases_are_reported_left_alone_and_restored_on_request() {
    type Damage = fn(&Path);
    let cases: Vec<(&str, Damage)> = vec![
        ("log truncated", |db| truncate(&db.join("db"))),
        ("log garbled", |db| garble(&db.join("db"))),
        ("settings garbled", |db| garble(&db.join("conf"))),
        ("settings emptied", |db| {
            std::fs::write(db.join("conf"), b"").expect("w")
        }),
        ("database deleted", |db| {
            std::fs::remove_dir_all(db).expect("rm")
        }),
    ];
    for (name, damage) in cases {
        let (dir, export) = stocked();
        let db = dir.path().join("db");
        damage(&db);
        let damaged = snapshot(&db);

        let list = licensure(dir.path(), &["list"]);
        assert_eq!(
            list.status.code(),
            Some(5),
            "case {name}: {}",
            stderr(&list)
        );
        assert!(
            stderr(&list).contains("damaged")
                && stderr(&list).contains("licensure restore --latest"),
            "case {name}: the message does not explain: {}",
            stderr(&list)
        );
        assert_eq!(
            snapshot(&db),
            damaged,
            "case {name}: the damaged files were changed"
        );

        let restore = licensure(dir.path(), &["restore", "--latest"]);
        assert!(
            restore.status.success(),
            "case {name}: {}",
            stderr(&restore)
        );
        assert_eq!(
            stdout(&licensure(dir.path(), &["export"])),
            export,
            "case {name}: the restored content differs from the last backup"
        );
        // The damaged files are kept, byte for byte, in the quarantine.
        let quarantine: Vec<PathBuf> = std::fs::read_dir(dir.path().join("quarantine"))
            .map(|d| d.flatten().map(|e| e.path().join("db")).collect())
            .unwrap_or_default();
        if !damaged.is_empty() {
            assert_eq!(quarantine.len(), 1, "case {name}: one quarantine folder");
            let kept: BTreeMap<PathBuf, Vec<u8>> = snapshot(&quarantine[0])
                .into_iter()
                .map(|(p, b)| (db.join(p.strip_prefix(&quarantine[0]).expect("below")), b))
                .collect();
            assert_eq!(
                kept, damaged,
                "case {name}: quarantine does not hold the damaged files"
            );
        }
    }
}

#[test]
fn a_stray_unfinished_snapshot_is_a_normal_crash_leftover() {
    let (dir, export) = stocked();
    std::fs::write(
        dir.path().join("db/snap.00000000000012AB.generating"),
        b"partial",
    )
    .expect("write");
    let out = licensure(dir.path(), &["export"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), export);
}

#[test]
fn a_backup_that_fails_its_checksum_is_refused() {
    let (dir, export) = stocked();
    let backups = dir.path().join("backups");
    let newest = std::fs::read_dir(&backups)
        .expect("backups")
        .flatten()
        .map(|e| e.path())
        .max()
        .expect("a backup");
    let mut text = std::fs::read_to_string(&newest).expect("read");
    text = text.replacen("Maya", "Mara", 1);
    std::fs::write(&newest, text).expect("write");
    let before = snapshot(&dir.path().join("db"));

    let cases: Vec<(&str, Vec<String>)> = vec![
        (
            "named file",
            vec!["restore".into(), newest.display().to_string()],
        ),
        ("latest", vec!["restore".into(), "--latest".into()]),
    ];
    for (name, args) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = licensure(dir.path(), &args);
        assert_eq!(out.status.code(), Some(3), "case {name}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("checksum"),
            "case {name}: {}",
            stderr(&out)
        );
        assert_eq!(
            snapshot(&dir.path().join("db")),
            before,
            "case {name}: files moved"
        );
        assert_eq!(
            stdout(&licensure(dir.path(), &["export"])),
            export,
            "case {name}"
        );
    }
}

#[test]
fn a_full_disk_fails_the_write_cleanly_and_keeps_what_was_saved() {
    let (dir, export) = stocked();
    let mut doc: serde_json::Value = serde_json::from_str(&export).expect("json");
    doc["credentials"][0]["notes"] = serde_json::Value::String("x".repeat(4 << 20));
    let big = dir.path().join("big.json");
    std::fs::write(&big, doc.to_string()).expect("write");
    // SIGXFSZ ignored (inherited across exec): writes past the limit fail with EFBIG, the
    // errno a full quota or file-size limit gives, instead of killing the process.
    let err_path = dir.path().join("import.stderr");
    let err_file = std::fs::File::create(&err_path).expect("stderr file");
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 2048; exec \"$0\" --data-dir \"$1\" import \"$2\"")
        .arg(binary("licensure"))
        .arg(dir.path())
        .arg(&big)
        .stdout(std::process::Stdio::null())
        .stderr(err_file)
        .spawn()
        .expect("sh");
    // sled 0.34 does not report this failure and waits for ever; the store gives each write
    // WRITE_WITHIN and then reports it. The command must end on its own, with an error.
    let allowed = licensure_store::WRITE_WITHIN + std::time::Duration::from_secs(40);
    let deadline = std::time::Instant::now() + allowed;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            child.kill().expect("kill");
            child.wait().expect("wait");
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let said = std::fs::read_to_string(&err_path).expect("stderr");
    println!("full disk (EFBIG): the import ended with {status:?}: {said}");
    let status = status.unwrap_or_else(|| {
        panic!("the import hung past {allowed:?} on a full disk instead of reporting it")
    });
    assert!(
        !status.success(),
        "the import succeeded past the file-size limit"
    );
    assert!(
        said.contains("disk may be full") || said.contains("File too large"),
        "the error does not say what happened: {said}"
    );
    let after = licensure(dir.path(), &["export"]);
    assert!(after.status.success(), "{}", stderr(&after));
    assert_eq!(
        stdout(&after),
        export,
        "what was saved before the failed write changed"
    );
}

/// The app shows a damaged database as such and restores the newest backup only when the
/// user asks, in the real webview.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_offers_the_restore_and_reopens_the_restored_data() {
    use licensure_system_tests::webview::App;
    use std::time::Duration;

    let (dir, _) = stocked();
    truncate(&dir.path().join("db").join("db"));
    let before = snapshot(dir.path());

    let app = App::launch(dir.path()).await;
    let alert = app.wait_for("[data-error-code='damaged']").await;
    assert!(alert.text().await.expect("text").contains("damaged"));
    assert_eq!(
        snapshot(dir.path()),
        before,
        "opening the app changed nothing on disk"
    );
    app.screenshot("recovery").await;

    app.wait_for("[data-testid='restore-backup']")
        .await
        .click()
        .await
        .expect("click restore");
    let restored = app
        .wait_for("[data-testid='restored']")
        .await
        .text()
        .await
        .expect("text");
    assert!(restored.contains("8 credential(s)"), "{restored}");
    assert!(
        dir.path().join("quarantine").is_dir(),
        "the damaged files were moved aside, not deleted"
    );

    app.client
        .find(fantoccini::Locator::XPath(
            "//button[contains(., 'Open the restored data')]",
        ))
        .await
        .expect("open button")
        .click()
        .await
        .expect("click open");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let name = licensure_system_tests::page::text(&app, "[data-testid='clinician-name']").await;
    assert_eq!(name, "Maya Rivera");
    app.close().await;
}
