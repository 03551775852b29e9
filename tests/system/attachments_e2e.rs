//! Documents in the real app: a PDF chosen in a credential's file input is listed, still
//! there after a restart, stored byte for byte with mode 0600 in the data directory, and
//! removed after a confirmation; a program or random bytes are refused at the input with
//! nothing stored; axe-core finds no serious problem with the documents section open.

use std::path::Path;

use licensure_system_tests::page::{
    axe, choose_file, click, count, fill_md_license, text, wait_count,
};
use licensure_system_tests::webview::App;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const ROW: &str = "[data-testid='document-row']";

/// The files in the data directory's `attachments/` folder.
fn stored(data: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(data.join("attachments"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

/// Opens the Credentials page and the only credential's edit form with its documents.
async fn open_documents(app: &App) {
    click(app, "[data-testid='nav-credentials']").await;
    click(app, "[data-testid='credential-edit']").await;
    app.wait_for("[data-testid='documents']").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_attached_to_a_credential_is_kept_privately_across_a_restart_and_removed() {
    let data = tempfile::tempdir().expect("temp dir");
    let picked = tempfile::tempdir().expect("temp dir");
    let pdf = picked.path().join("Texas license.pdf");
    std::fs::write(&pdf, PDF).expect("pdf");

    let app = App::launch(data.path()).await;
    fill_md_license(&app, "TX", "Q1234", "2099-01-31").await;
    click(&app, "[data-testid='cred-save']").await;
    app.wait_for("[data-testid='credential-edit-row']").await;

    open_documents(&app).await;
    choose_file(&app, "#document-file", &pdf).await;
    wait_count(&app, ROW, 1).await;
    let row = text(&app, ROW).await;
    assert!(
        row.contains("Texas license.pdf") && row.contains("PDF"),
        "{row}"
    );
    let id = app
        .wait_for(ROW)
        .await
        .attr("data-attachment-id")
        .await
        .ok()
        .flatten()
        .expect("the row names its attachment");
    let mut problems: Vec<String> = axe(&app)
        .await
        .into_iter()
        .map(|v| format!("documents section: {v}"))
        .collect();
    app.client
        .execute(
            "document.querySelector(\"[data-testid='documents']\").scrollIntoView();",
            vec![],
        )
        .await
        .expect("scrolled");
    app.screenshot("credential-documents").await;
    app.close().await;

    let file = data.path().join("attachments").join(&id);
    assert_eq!(
        std::fs::read(&file).expect("stored file"),
        PDF,
        "byte-identical"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }

    let app = App::launch(data.path()).await;
    open_documents(&app).await;
    wait_count(&app, ROW, 1).await;
    assert!(text(&app, ROW).await.contains("Texas license.pdf"));

    // Refused: a program, and random bytes named like a PDF. Shown at the input; nothing stored.
    let cases: [(&str, &[u8], &str); 2] = [
        (
            "setup.exe",
            b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff",
            "not a PDF, PNG, JPEG or text file",
        ),
        (
            "scan.pdf",
            &[0x13, 0x37, 0xc0, 0xde, 0x00, 0xff, 0x42, 0x17],
            "its content is not a PDF",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = picked.path().join(name);
        std::fs::write(&path, bytes).expect("file");
        choose_file(&app, "#document-file", &path).await;
        let shown = text(&app, "[data-testid='document-error']").await;
        assert!(
            shown.contains(message) && shown.contains(name),
            "{name}: {shown}"
        );
        assert_eq!(
            app.wait_for("#document-file")
                .await
                .attr("aria-invalid")
                .await
                .ok()
                .flatten()
                .as_deref(),
            Some("true"),
            "{name}"
        );
        assert_eq!(count(&app, ROW).await, 1, "{name}: nothing listed");
        assert_eq!(
            stored(data.path()),
            vec![file.clone()],
            "{name}: nothing stored"
        );
    }
    for v in axe(&app).await {
        problems.push(format!("with a refused file: {v}"));
    }

    click(&app, "[data-testid='document-remove']").await;
    click(&app, "[data-testid='document-remove-confirm']").await;
    wait_count(&app, ROW, 0).await;
    app.wait_for("[data-testid='documents']").await;
    assert!(
        text(&app, "[data-testid='documents']")
            .await
            .contains("No documents attached."),
        "the list says it is empty"
    );
    app.close().await;
    assert!(stored(data.path()).is_empty(), "the file is gone");
    assert!(problems.is_empty(), "{problems:#?}");
}
