//! Files the clinician saves where they choose: the calendar of deadlines, an export of
//! every record (which is also a backup: `licensure restore FILE` and `licensure import FILE`
//! read it), and the credentialing packet (made in [`crate::packet_commands`]).
//!
//! The native save dialog (rfd) is opened from here, not from the webview: the window has no
//! dialog or file-system permission, only these commands, and a file is written only at the
//! path the clinician picked in the dialog — atomically and readable by them alone (0600),
//! since such files can hold credential numbers. Cancelling the dialog writes nothing.
//!
//! Limits: the IPC tests cannot answer a native dialog; they run with [`SaveChooser::Directory`]
//! (every file saved under its proposed name in one directory). The real dialog is exercised by
//! the end-to-end tests.

use std::path::{Path, PathBuf};

use chrono::Local;
use licensure_core::deadline::deadlines_with_cme;
use licensure_core::ics::{render_calendar, IcsOptions};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::AppState;

/// Where a file the clinician saves goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveChooser {
    /// Ask with the desktop's native save dialog (the app).
    Dialog,
    /// Save under the proposed name in this directory without asking (the IPC tests).
    Directory(PathBuf),
}

/// A file written where the clinician chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavedFile {
    /// The full path, as the clinician picked it (with its extension added when they left
    /// it out).
    pub path: String,
    pub bytes: u64,
}

/// What a save dialog proposes.
pub(crate) struct SaveRequest {
    pub title: &'static str,
    pub file_name: String,
    pub filter: &'static str,
    pub extension: &'static str,
}

/// Every deadline as an iCalendar file, with the stored lead times as alarms, saved where the
/// clinician chooses. `None`: they cancelled; nothing was written.
#[tauri::command]
pub async fn save_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    chooser: State<'_, SaveChooser>,
    include_numbers: bool,
) -> Result<Option<SavedFile>, IpcError> {
    let text = calendar_text(&state, include_numbers)?;
    let request = SaveRequest {
        title: "Save the deadlines as a calendar file",
        file_name: "licensure-deadlines.ics".to_string(),
        filter: "Calendar (iCalendar)",
        extension: "ics",
    };
    save(&app, &chooser, request, text.as_bytes()).await
}

/// Every record (profile, credentials, offers) as one JSON document — an export that is also
/// a backup — saved where the clinician chooses. `None`: they cancelled.
#[tauri::command]
pub async fn export_records<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    chooser: State<'_, SaveChooser>,
) -> Result<Option<SavedFile>, IpcError> {
    let text = state.store()?.export()?.to_json();
    let request = SaveRequest {
        title: "Export every record (a backup Licensure can restore)",
        file_name: format!("licensure-records-{}.json", Local::now().format("%Y-%m-%d")),
        filter: "Licensure records (JSON)",
        extension: "json",
    };
    save(&app, &chooser, request, text.as_bytes()).await
}

fn calendar_text(state: &AppState, include_numbers: bool) -> Result<String, IpcError> {
    let records = state.records()?;
    let store = state.store()?;
    let now = Local::now();
    let all = deadlines_with_cme(
        records.profile.as_ref(),
        &records.credentials,
        &records.offers,
        &records.cme_activities,
        state.dataset()?,
        now.date_naive(),
    );
    Ok(render_calendar(
        &all,
        &records.credentials,
        &store.reminder_settings()?,
        &IcsOptions { include_numbers },
        now.to_utc(),
    ))
}

/// Asks where (off the async runtime: the answer is awaited), then writes.
pub(crate) async fn save<R: Runtime>(
    app: &AppHandle<R>,
    chooser: &SaveChooser,
    request: SaveRequest,
    bytes: &[u8],
) -> Result<Option<SavedFile>, IpcError> {
    let picked = match chooser {
        SaveChooser::Directory(dir) => Some(dir.join(&request.file_name)),
        SaveChooser::Dialog => {
            let app = app.clone();
            tauri::async_runtime::spawn_blocking(move || ask(&app, &request))
                .await
                .map_err(|e| IpcError::io(format!("the save dialog failed: {e}")))??
        }
    };
    let Some(picked) = picked else {
        return Ok(None);
    };
    licensure_store::save_file(&picked, bytes)?;
    Ok(Some(SavedFile {
        path: picked.display().to_string(),
        bytes: bytes.len() as u64,
    }))
}

/// The native save dialog, over the main window, in the clinician's documents folder; the
/// extension is added when they typed a name without it. The dialog is built on the main
/// (GTK) thread, as the toolkit requires, and its answer awaited on a thread of its own.
fn ask<R: Runtime>(app: &AppHandle<R>, request: &SaveRequest) -> Result<Option<PathBuf>, IpcError> {
    let (answer, answered) = std::sync::mpsc::channel();
    let handle = app.clone();
    let title = request.title;
    let file_name = request.file_name.clone();
    let (filter, extension) = (request.filter, request.extension);
    app.run_on_main_thread(move || {
        let mut dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(file_name)
            .add_filter(filter, &[extension])
            .set_can_create_directories(true);
        if let Some(window) = handle.get_webview_window("main") {
            dialog = dialog.set_parent(&window);
        }
        if let Some(dir) = handle
            .path()
            .document_dir()
            .ok()
            .filter(|d| d.is_dir())
            .or_else(|| handle.path().home_dir().ok())
        {
            dialog = dialog.set_directory(dir);
        }
        let pending = dialog.save_file();
        std::thread::spawn(move || {
            let picked = tauri::async_runtime::block_on(pending);
            let _ = answer.send(picked.map(|file| file.path().to_path_buf()));
        });
    })
    .map_err(|e| IpcError::io(format!("the save dialog could not be shown: {e}")))?;
    let picked = answered
        .recv()
        .map_err(|_| IpcError::io("the save dialog closed without an answer"))?;
    Ok(picked.map(|path| with_extension(&path, extension)))
}

/// `path` ending in `.extension` (any case); added when missing.
fn with_extension(path: &Path, extension: &str) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(extension));
    if has {
        path.to_path_buf()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".");
        name.push(extension);
        PathBuf::from(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_extension_is_added_and_a_present_one_kept() {
        let cases = [
            ("/home/a/deadlines", "/home/a/deadlines.ics"),
            ("/home/a/deadlines.ics", "/home/a/deadlines.ics"),
            ("/home/a/Deadlines.ICS", "/home/a/Deadlines.ICS"),
            ("/home/a/deadlines.2027", "/home/a/deadlines.2027.ics"),
            ("/home/a/my.records", "/home/a/my.records.ics"),
        ];
        for (typed, saved) in cases {
            assert_eq!(
                with_extension(Path::new(typed), "ics"),
                PathBuf::from(saved),
                "{typed}"
            );
        }
    }
}
