//! Documents attached to credentials, against a real sled database in a temporary directory:
//! stored byte for byte with private permissions, refused whole (no file, no record) when
//! they break a limit, harmless whatever their name, read back only when intact, kept (and
//! shown as orphaned) when their credential is deleted, and not confused by a crash's
//! leftovers.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use licensure_store::attachments::{attachments_dir, MAX_BYTES, MAX_NAME_CHARS};
use licensure_store::document::parse_import;
use licensure_store::{AttachmentOwner, MediaType, Store, StoreError};

const DOCUMENT: &str = common::ONE_BOARD_CERTIFICATION;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0";

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn store_with_credential(dir: &Path) -> Store {
    let store = Store::open(dir).expect("open");
    let (doc, _) = parse_import(DOCUMENT).expect("valid document");
    store.replace_all(&doc).expect("import");
    store
}

/// Every file below the attachments directory (temporary ones included).
fn files_in(dir: &Path) -> Vec<PathBuf> {
    match fs::read_dir(attachments_dir(dir)) {
        Ok(entries) => entries.flatten().map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn an_attached_document_is_stored_byte_for_byte_privately_and_survives_a_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], MediaType); 5] = [
        ("Texas license.pdf", PDF, MediaType::Pdf),
        ("board certificate.PNG", PNG, MediaType::Png),
        ("dea.jpg", JPEG, MediaType::Jpeg),
        ("dea scan.jpeg", JPEG, MediaType::Jpeg),
        (
            "notes.txt",
            "CME: 20 h, 2026 — ok\r\n\tdone\n".as_bytes(),
            MediaType::Text,
        ),
    ];
    let mut ids = Vec::new();
    {
        let store = store_with_credential(tmp.path());
        for (name, bytes, media_type) in cases {
            let a = store
                .add_attachment("c1", name, bytes, day())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(a.media_type, media_type, "{name}");
            assert_eq!(a.name, name);
            assert_eq!(a.size, bytes.len() as u64);
            assert_eq!(a.owner_id, "c1");
            assert_eq!(a.owner, AttachmentOwner::Credential);
            ids.push(a.id);
        }
    }
    let store = Store::open(tmp.path()).expect("reopen");
    let listed = store.attachments_of("c1").unwrap();
    assert_eq!(
        listed.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
        ids,
        "listed in the order they were attached"
    );
    for ((name, bytes, _), id) in cases.iter().zip(&ids) {
        let path = attachments_dir(tmp.path()).join(id);
        assert_eq!(fs::read(&path).unwrap(), *bytes, "{name} on disk");
        let (record, read) = store.read_attachment(id).unwrap();
        assert_eq!(read, *bytes, "{name} read back");
        assert_eq!(record.name, *name);
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600, "{name} is private");
    }
    #[cfg(unix)]
    assert_eq!(mode(&attachments_dir(tmp.path())), 0o700);
    assert!(store.attachments_of("c2").unwrap().is_empty());
}

#[test]
fn a_refused_attachment_stores_nothing() {
    let too_large = {
        let mut v = PDF.to_vec();
        v.resize(usize::try_from(MAX_BYTES).unwrap() + 1, b' ');
        v
    };
    let exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff";
    let cases: Vec<(&str, &str, &str, &[u8], &str)> = vec![
        // (case, credential, name, bytes, expected code or kind)
        ("unknown credential", "c9", "license.pdf", PDF, "not_found"),
        ("empty file", "c1", "license.pdf", b"", "attachment_empty"),
        (
            "too large",
            "c1",
            "license.pdf",
            &too_large,
            "attachment_too_large",
        ),
        ("executable", "c1", "setup.exe", exe, "attachment_type"),
        ("no extension", "c1", "license", PDF, "attachment_type"),
        (
            "exe named pdf",
            "c1",
            "license.pdf",
            exe,
            "attachment_content",
        ),
        ("pdf named png", "c1", "scan.png", PDF, "attachment_content"),
        (
            "random bytes named jpg",
            "c1",
            "x.jpg",
            b"\x01\x02\x03\x04",
            "attachment_content",
        ),
        (
            "binary named txt",
            "c1",
            "notes.txt",
            b"ab\0cd",
            "attachment_content",
        ),
        (
            "not utf-8 named txt",
            "c1",
            "notes.txt",
            b"caf\xe9",
            "attachment_content",
        ),
        (
            "right-to-left override hides .exe",
            "c1",
            "invoice\u{202e}fdp.exe",
            exe,
            "attachment_type",
        ),
        ("only folders", "c1", "../..", PDF, "attachment_type"),
        (
            "nothing left of the name",
            "c1",
            "\u{202e}\0",
            PDF,
            "attachment_type",
        ),
    ];
    let tmp = tempfile::tempdir().unwrap();
    let store = store_with_credential(tmp.path());
    for (case, credential, name, bytes, expected) in cases {
        let err = store
            .add_attachment(credential, name, bytes, day())
            .expect_err(case);
        let code = match &err {
            StoreError::Invalid(issues) => {
                assert_eq!(issues.len(), 1, "{case}");
                assert_eq!(issues[0].field, "file", "{case}");
                issues[0].code.clone()
            }
            StoreError::NotFound { .. } => "not_found".to_string(),
            other => panic!("{case}: unexpected {other:?}"),
        };
        assert_eq!(code, expected, "{case}: {err}");
        assert!(!err.to_string().is_empty());
        assert!(store.attachments().unwrap().is_empty(), "{case}: no record");
        assert!(files_in(tmp.path()).is_empty(), "{case}: no file");
    }
}

#[test]
fn hostile_names_are_only_ever_shown_never_used_as_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store_with_credential(tmp.path());
    // (case, name, shown; None: refused, as nothing but an extension is left)
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        (
            "traversal",
            "../../../../etc/passwd.pdf".into(),
            Some("passwd.pdf"),
        ),
        ("absolute", "/etc/cron.d/evil.pdf".into(), Some("evil.pdf")),
        ("NUL byte", "lic\0ense.pdf".into(), Some("license.pdf")),
        (
            "right-to-left override",
            "a\u{202e}fdp.pdf".into(),
            Some("afdp.pdf"),
        ),
        ("newline", "two\nlines.pdf".into(), Some("twolines.pdf")),
        (
            "absurdly long",
            format!("{}.pdf", "n".repeat(100_000)),
            Some(""),
        ),
        (
            "only a long traversal",
            format!("{}.pdf", "../".repeat(2000)),
            None,
        ),
    ];
    for (case, name, shown) in cases {
        let result = store.add_attachment("c1", &name, PDF, day());
        let Some(shown) = shown else {
            assert!(result.is_err(), "{case}");
            continue;
        };
        let a = result.unwrap_or_else(|e| panic!("{case}: {e}"));
        if !shown.is_empty() {
            assert_eq!(a.name, shown, "{case}");
        }
        assert!(a.name.chars().count() <= MAX_NAME_CHARS, "{case}");
        assert!(a.name.ends_with(".pdf"), "{case}");
        assert_eq!(
            fs::read(attachments_dir(tmp.path()).join(&a.id)).unwrap(),
            PDF,
            "{case}: stored under its id"
        );
    }
    assert!(!tmp.path().join("etc").exists());
    let outside: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !["db", "backups", "attachments", "licensure.lock"].contains(&n.as_str()))
        .collect();
    assert!(outside.is_empty(), "nothing written elsewhere: {outside:?}");
    let mut on_disk: Vec<String> = files_in(tmp.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut ids: Vec<String> = store
        .attachments()
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    ids.sort();
    assert_eq!(on_disk, ids, "every file is named by its id");
}

/// Something done to a stored file behind the store's back.
type Damage = fn(&Path);

#[test]
fn a_damaged_or_missing_file_gives_a_clear_error_and_can_still_be_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store_with_credential(tmp.path());
    let cases: Vec<(&str, Damage, &str)> = vec![
        (
            "changed content",
            |p| fs::write(p, PDF.to_ascii_uppercase()).unwrap(),
            "content has changed",
        ),
        (
            "cut short",
            |p| fs::write(p, &PDF[..10]).unwrap(),
            "bytes long",
        ),
        ("deleted", |p| fs::remove_file(p).unwrap(), "missing"),
    ];
    for (case, damage, detail) in cases {
        let a = store
            .add_attachment("c1", "license.pdf", PDF, day())
            .unwrap();
        damage(&attachments_dir(tmp.path()).join(&a.id));
        let err = store.read_attachment(&a.id).expect_err(case);
        assert!(
            matches!(err, StoreError::AttachmentDamaged { .. }),
            "{case}: {err:?}"
        );
        let message = err.to_string();
        assert!(
            message.contains(detail) && message.contains("license.pdf"),
            "{case}: {message}"
        );
        assert!(
            store.copy_for_viewing(&a.id).is_err(),
            "{case}: no copy of a damaged file"
        );
        store.remove_attachment(&a.id).unwrap();
        assert!(store.attachments().unwrap().is_empty(), "{case}");
        assert!(files_in(tmp.path()).is_empty(), "{case}");
    }
}

#[test]
fn removing_an_attachment_deletes_its_file_and_record_durably() {
    let tmp = tempfile::tempdir().unwrap();
    let (keep, gone) = {
        let store = store_with_credential(tmp.path());
        let keep = store.add_attachment("c1", "a.pdf", PDF, day()).unwrap();
        let gone = store.add_attachment("c1", "b.png", PNG, day()).unwrap();
        let removed = store.remove_attachment(&gone.id).unwrap();
        assert_eq!(removed, gone);
        assert!(matches!(
            store.remove_attachment(&gone.id),
            Err(StoreError::NotFound { .. })
        ));
        (keep, gone)
    };
    let store = Store::open(tmp.path()).unwrap();
    assert_eq!(store.attachments().unwrap(), vec![keep.clone()]);
    assert!(!attachments_dir(tmp.path()).join(&gone.id).exists());
    assert!(attachments_dir(tmp.path()).join(&keep.id).exists());
}

#[test]
fn a_deleted_credentials_documents_are_kept_orphaned_until_removed_and_return_on_undo() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store_with_credential(tmp.path());
    let a = store.add_attachment("c1", "cert.pdf", PDF, day()).unwrap();
    assert!(store.orphaned_attachments().unwrap().is_empty());

    let deleted = store.delete_credential("c1").unwrap();
    assert_eq!(store.orphaned_attachments().unwrap(), vec![a.clone()]);
    assert_eq!(
        store.read_attachment(&a.id).unwrap().1,
        PDF,
        "still readable"
    );

    // Undo: the credential comes back with its id, and with it its documents.
    store.save_credential(deleted).unwrap();
    assert!(store.orphaned_attachments().unwrap().is_empty());
    assert_eq!(store.attachments_of("c1").unwrap(), vec![a.clone()]);

    store.delete_credential("c1").unwrap();
    store.remove_attachment(&a.id).unwrap();
    assert!(store.orphaned_attachments().unwrap().is_empty());
    assert!(files_in(tmp.path()).is_empty());
}

#[test]
fn a_crashs_leftovers_are_not_listed_and_temporary_files_are_tidied_on_open() {
    let tmp = tempfile::tempdir().unwrap();
    let kept = {
        let store = store_with_credential(tmp.path());
        store.add_attachment("c1", "kept.pdf", PDF, day()).unwrap()
    };
    let dir = attachments_dir(tmp.path());
    // A write cut short before its rename, and a file whose record was never committed.
    fs::write(dir.join(".tmp-a999"), &PDF[..7]).unwrap();
    fs::write(dir.join("a998"), PDF).unwrap();
    let store = Store::open(tmp.path()).unwrap();
    assert_eq!(store.attachments().unwrap(), vec![kept.clone()]);
    assert!(!dir.join(".tmp-a999").exists(), "temporary file removed");
    assert!(
        dir.join("a998").exists(),
        "an unrecorded file is never deleted"
    );
    // A new attachment never takes over the unrecorded file's content.
    let next = store.add_attachment("c1", "next.png", PNG, day()).unwrap();
    assert_eq!(store.read_attachment(&next.id).unwrap().1, PNG);
}

#[test]
fn a_copy_for_viewing_is_checked_private_and_tidied_on_the_next_open() {
    let tmp = tempfile::tempdir().unwrap();
    let copy = {
        let store = store_with_credential(tmp.path());
        let a = store
            .add_attachment("c1", "../Texas\u{202e} license.pdf", PDF, day())
            .unwrap();
        let copy = store.copy_for_viewing(&a.id).unwrap();
        assert!(
            copy.starts_with(tmp.path().join("opened")),
            "{}",
            copy.display()
        );
        assert_eq!(copy.file_name().unwrap(), "Texas license.pdf");
        assert_eq!(fs::read(&copy).unwrap(), PDF);
        #[cfg(unix)]
        assert_eq!(mode(&copy), 0o600);
        copy
    };
    let _store = Store::open(tmp.path()).unwrap();
    assert!(
        !copy.exists(),
        "copies are deleted when the store opens again"
    );
}

#[test]
fn attachments_are_not_in_the_export_and_survive_an_import() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store_with_credential(tmp.path());
    let a = store.add_attachment("c1", "cert.pdf", PDF, day()).unwrap();
    let text = store.export().unwrap().to_json();
    assert!(
        !text.contains(&a.sha256) && !text.contains("cert.pdf"),
        "{text}"
    );
    // Replacing the records from a document keeps the documents (orphaned if their
    // credential is gone).
    let (empty, _) = parse_import(
        r#"{"format":"licensure-export","version":1,"profile":null,"credentials":[],"offers":[]}"#,
    )
    .unwrap();
    store.replace_all(&empty).unwrap();
    assert_eq!(store.orphaned_attachments().unwrap(), vec![a]);
}
