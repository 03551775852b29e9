//! The IPC commands for documents attached to credentials and to CME activities (their
//! certificates): list (per owner, and the orphaned ones), add, remove, and open with the
//! system's viewer.
//!
//! A document arrives as the raw binary body of the `add_attachment` request (no JSON array of
//! numbers), with its owner's id in the `x-credential-id` header (or, for a CME activity's
//! certificate, the `x-cme-activity-id` header) and the percent-encoded original file name in
//! the `x-file-name` header. The name is only shown; the store decides the type from the
//! content and names the file itself.
//!
//! Limits: no rules here (sizes, types and names are licensure-store's `attachments`). The
//! webview gets no file-system, shell or opener permission: `open_attachment` hands a checked
//! copy of the document to the desktop's default application (`xdg-open`, `open`,
//! `explorer`) from Rust, and reports only whether it could be started.

use licensure_store::{Attachment, AttachmentOwner};
use tauri::ipc::Request;
use tauri::State;

use crate::ipc::{raw, IpcError};
use crate::state::AppState;

/// The header carrying the credential id.
pub const CREDENTIAL_HEADER: &str = "x-credential-id";
/// The header carrying the CME activity id, for a certificate.
pub const CME_ACTIVITY_HEADER: &str = "x-cme-activity-id";
/// The header carrying the original file name, percent-encoded UTF-8.
pub const NAME_HEADER: &str = "x-file-name";

/// The documents attached to one credential (or, when `owner` says so, one CME activity),
/// oldest first. `credential_id` is the owner's id.
#[tauri::command]
pub async fn list_attachments(
    state: State<'_, AppState>,
    credential_id: String,
    owner: Option<AttachmentOwner>,
) -> Result<Vec<Attachment>, IpcError> {
    Ok(state
        .store()?
        .attachments_owned_by(owner.unwrap_or_default(), &credential_id)?)
}

/// The documents whose credential was deleted, oldest first.
#[tauri::command]
pub async fn orphaned_attachments(state: State<'_, AppState>) -> Result<Vec<Attachment>, IpcError> {
    Ok(state.store()?.orphaned_attachments()?)
}

/// Attaches the request's body to the credential or CME activity named in its headers;
/// returns the record. A refused document (`invalid`, `not_found`) stores nothing.
#[tauri::command]
pub async fn add_attachment(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<Attachment, IpcError> {
    let bytes = raw::body(&request, "the document")?;
    let header = |name: &str| {
        raw::header(&request, name)
            .ok_or_else(|| IpcError::invalid(format!("the {name} header is missing"), Vec::new()))
    };
    let (owner, owner_id) = match raw::header(&request, CME_ACTIVITY_HEADER) {
        Some(id) => (AttachmentOwner::CmeActivity, id),
        None => (AttachmentOwner::Credential, header(CREDENTIAL_HEADER)?),
    };
    let name = header(NAME_HEADER)?;
    let today = crate::commands::today();
    Ok(state
        .store()?
        .attach_to(owner, &owner_id, &name, bytes, today)?)
}

/// Removes a document (its file and its record); returns the removed record.
#[tauri::command]
pub async fn remove_attachment(
    state: State<'_, AppState>,
    id: String,
) -> Result<Attachment, IpcError> {
    Ok(state.store()?.remove_attachment(&id)?)
}

/// Opens a checked copy of a document with the desktop's default application for its type.
/// A damaged document is refused (`attachment_damaged`).
#[tauri::command]
pub async fn open_attachment(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    let copy = state.store()?.copy_for_viewing(&id)?;
    let mut command = viewer();
    command
        .arg(&copy)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = command.spawn().map_err(|e| {
        IpcError::io(format!(
            "no application could be started to open the document: {e}"
        ))
    })?;
    // Reaped in the background: some openers return at once, others when the viewer closes.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// The desktop's "open with the default application" command.
fn viewer() -> std::process::Command {
    #[cfg(target_os = "macos")]
    return std::process::Command::new("open");
    #[cfg(target_os = "windows")]
    return std::process::Command::new("explorer");
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    std::process::Command::new("xdg-open")
}
