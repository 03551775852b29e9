//! `licensure packet`: the credentialing packet written by the CLI from a real database with
//! attached documents, read back by independent readers (pdfinfo, pdftotext, qpdf).

use std::path::{Path, PathBuf};

use licensure_store::Store;
use licensure_system_tests::pdf::{self, assert_sound};
use licensure_system_tests::{licensure, sample_document, stderr, stdout, workspace};

pub(crate) const TODAY: &str = "2026-12-07";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(workspace().join("tests/fixtures/documents").join(name)).expect("fixture")
}

/// The sample clinician with documents attached: the Texas license's verification (a PDF
/// of two pages), the board certificate (a PNG with transparency), the malpractice claims
/// history (text), the CAQH attestation (a JPEG) and a DEA certificate whose file is then
/// changed on disk, as damage would.
pub(crate) fn clinician_with_documents() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = sample_document();
    let out = licensure(dir.path(), &["import", sample.to_str().expect("utf-8")]);
    assert!(out.status.success(), "import: {}", stderr(&out));
    let store = Store::open(dir.path()).expect("open the store");
    let added = TODAY.parse().expect("date");
    let attach = |credential: &str, name: &str, bytes: &[u8]| {
        store
            .add_attachment(credential, name, bytes, added)
            .unwrap_or_else(|e| panic!("attach {name}: {e}"))
    };
    attach(
        "c1",
        "TX license verification.pdf",
        &fixture("texas-license-verification.pdf"),
    );
    let dea = attach(
        "c4",
        "dea-certificate.pdf",
        &fixture("texas-license-verification.pdf"),
    );
    attach(
        "c6",
        "claims-history.txt",
        b"Claims history from Lone Star Mutual\nNo claims reported 2019-2026.\n",
    );
    attach(
        "c7",
        "board-certificate.png",
        &fixture("board-certificate.png"),
    );
    attach(
        "c8",
        "caqh-attestation.jpg",
        &fixture("caqh-attestation.jpg"),
    );
    drop(store);
    let file = dir.path().join("attachments").join(&dea.id);
    let mut bytes = std::fs::read(&file).expect("stored document");
    let last = bytes.len() - 20;
    bytes[last] ^= 0x55;
    std::fs::write(&file, bytes).expect("damage the stored document");
    dir
}

fn packet(data: &Path, args: &[&str]) -> (std::process::Output, PathBuf) {
    let out_file = data.join("packet.pdf");
    let mut all = vec!["--today", TODAY, "packet"];
    all.extend_from_slice(args);
    all.extend(["--out", out_file.to_str().expect("utf-8")]);
    (licensure(data, &all), out_file)
}

#[test]
fn an_offers_packet_holds_what_its_verdict_relied_on_with_documents_bookmarks_and_the_damaged_one_named(
) {
    let dir = clinician_with_documents();
    let (out, file) = packet(dir.path(), &["--offer", "o2", "--json"]);
    assert!(out.status.success(), "packet: {}", stderr(&out));
    let written: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    // Bluebird Health (o2) is Texas and California with controlled substances: the verdict
    // relies on the Texas license and the Texas DEA registration (nothing is held for
    // California); malpractice, the board certification and CAQH are added. Not the New York
    // or Florida licenses, nor the New York DEA registration.
    assert_eq!(
        written["credentials"],
        serde_json::json!(["c1", "c4", "c6", "c7", "c8"])
    );
    assert_eq!(written["documents"], 4);
    assert_eq!(written["left_out"][0]["name"], "dea-certificate.pdf");

    assert_sound(&file);
    // Cover, summary, the verification's two pages, the claims history, the certificate,
    // the attestation.
    assert_eq!(pdf::pages(&file), 7);
    assert_eq!(
        pdf::outline(&file),
        vec![
            ("State license · TX".to_string(), 3),
            // Its only document was left out: it opens the summary.
            ("DEA registration · TX".to_string(), 2),
            ("Malpractice policy · Lone Star Mutual".to_string(), 5),
            ("Board certification · Internal Medicine".to_string(), 6),
            ("CAQH attestation".to_string(), 7),
        ]
    );

    let cover = pdf::page_text(&file, 1);
    for expected in [
        "Credentialing packet",
        "Maya Rivera",
        "NPI: 1234567893",
        "Bluebird Health",
        "Texas (TX), California (CA)",
        "Prepared: 2026-12-07",
        "Reference data as of:",
        "1 document(s) left out",
    ] {
        assert!(
            cover.contains(expected),
            "{expected:?} not on the cover:\n{cover}"
        );
    }
    let summary = pdf::page_text(&file, 2);
    for expected in [
        "Summary of credentials",
        "Q1234",
        "BR1234563",
        "LSM-88120",
        "2027-02-28",
        "within 90 days",
        "within 90 days, during offer",
        "Documents left out",
        "dea-certificate.pdf",
        "damaged",
    ] {
        assert!(
            summary.contains(expected),
            "{expected:?} not in the summary:\n{summary}"
        );
    }
    assert!(pdf::page_text(&file, 3).contains("License verification, page one of two"));
    assert!(pdf::page_text(&file, 4).contains("Disciplinary history: none, page two of two"));
    assert!(pdf::page_text(&file, 5).contains("No claims reported 2019-2026."));
    assert!(pdf::page_text(&file, 6).contains("board-certificate.png"));
    // The PNG decoded, its transparency a soft mask; the JPEG embedded as it is.
    let png = [("image", 240, 160, "image"), ("smask", 240, 160, "image")];
    let jpeg = [("image", 96, 64, "jpeg")];
    for (page, expected) in [(6, &png[..]), (7, &jpeg[..])] {
        let found = pdf::images(&file, page);
        let found: Vec<(&str, u32, u32, &str)> = found
            .iter()
            .map(|(kind, w, h, enc)| (kind.as_str(), *w, *h, enc.as_str()))
            .collect();
        assert_eq!(found, expected, "images on page {page}");
    }

    // The damaged copy of the verification is not in: its text appears once, and nothing of
    // the credentials that were not chosen is.
    let all = pdf::text(&file);
    assert_eq!(all.matches("page one of two").count(), 1);
    for absent in ["ME150001", "BR2345672", "New York", "State license · FL"] {
        assert!(!all.contains(absent), "{absent:?} is in the packet");
    }
}

#[test]
fn only_the_chosen_credentials_go_in_and_plain_output_names_no_number() {
    let dir = clinician_with_documents();
    let (out, file) = packet(dir.path(), &["--only", "c2,c3"]);
    assert!(out.status.success(), "packet: {}", stderr(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains("2 credential(s) (c2, c3)"), "{said}");
    for number in licensure_system_tests::SAMPLE_NUMBERS {
        assert!(!said.contains(number), "{number} printed:\n{said}");
    }
    assert_sound(&file);
    assert_eq!(pdf::pages(&file), 2);
    let titles: Vec<String> = pdf::outline(&file).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles, ["State license · NY", "State license · FL"]);
    let all = pdf::text(&file);
    assert!(
        all.contains("ME150001"),
        "the NY license's number is in its line"
    );
    for absent in ["Q1234", "BR1234563", "Lone Star", "License verification"] {
        assert!(!all.contains(absent), "{absent:?} is in the packet");
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file)
        .expect("packet")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn bad_requests_are_refused_with_their_exit_code_and_write_nothing() {
    let dir = clinician_with_documents();
    let missing_dir = dir.path().join("no-such-folder/packet.pdf");
    let cases: [(&str, Vec<&str>, i32, &str); 4] = [
        (
            "unknown credential",
            vec!["--only", "c1,nope"],
            3,
            "\"nope\"",
        ),
        ("unknown offer", vec!["--offer", "o9"], 3, "\"o9\""),
        (
            "nothing chosen",
            vec!["--only", ","],
            3,
            "no credential chosen",
        ),
        (
            "unwritable output",
            vec!["--out", missing_dir.to_str().expect("utf-8")],
            7,
            "no-such-folder",
        ),
    ];
    for (case, args, code, names) in cases {
        let out_file = dir.path().join("packet.pdf");
        let mut all = vec!["--today", TODAY, "packet"];
        all.extend(&args);
        if !args.contains(&"--out") {
            all.extend(["--out", out_file.to_str().expect("utf-8")]);
        }
        let out = licensure(dir.path(), &all);
        assert_eq!(out.status.code(), Some(code), "{case}: {}", stderr(&out));
        assert!(stderr(&out).contains(names), "{case}: {}", stderr(&out));
        assert!(
            !out_file.exists() && !missing_dir.exists(),
            "{case}: a file was written"
        );
    }
}
