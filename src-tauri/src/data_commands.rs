//! The IPC commands for the reference data in use: its status, installing a signed pack
//! (the file the clinician picked, sent as the raw body of `install_data_pack`, as attached
//! documents are), and going back to the bundled data.
//!
//! After an install or a revert the offers are judged before and after (the offer watch:
//! one notification naming the offers whose verdict changed) and the reminder scheduler
//! runs at once on the new data (deadlines; reminders already delivered are not repeated).
//!
//! Limits: no rules here (the pack's checks are licensure-pack's, storing it
//! licensure-store's `reference_data`). A refused pack changes nothing.

use licensure_store::reference_data::{self, DataStatus, ReferenceData};
use tauri::ipc::Request;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::ipc::{raw, IpcError};
use crate::offer_watch;
use crate::reminders::Scheduler;
use crate::state::AppState;

/// Which reference data is in use: bundled or installed, version, as-of date, key id, and
/// why an installed pack is not used.
#[tauri::command]
pub fn data_status(state: State<'_, AppState>) -> Result<DataStatus, IpcError> {
    state.data_status()
}

/// Checks the request's body as a signed pack newer than the data in use and installs it.
/// Each refusal has its own code (`pack_signature`, `pack_damaged`, `pack_not_newer`,
/// `pack_fails_checks`, `pack_from_the_future`).
#[tauri::command]
pub async fn install_data_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<DataStatus, IpcError> {
    let bytes = raw::body(&request, "the reference-data pack")?;
    let dir = data_dir(&state)?;
    let in_use = state.data_status()?.version;
    let before = offer_watch::before(&app);
    let installed = reference_data::install(&dir, bytes, crate::commands::today(), in_use)?;
    Ok(put_in_use(&app, &state, installed, before))
}

/// Removes the installed pack: the bundled data is used again.
#[tauri::command]
pub fn revert_data_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<DataStatus, IpcError> {
    let dir = data_dir(&state)?;
    let before = offer_watch::before(&app);
    let bundled = reference_data::revert(&dir)?;
    Ok(put_in_use(&app, &state, bundled, before))
}

fn data_dir(state: &AppState) -> Result<std::path::PathBuf, IpcError> {
    state
        .data_dir()
        .ok_or_else(|| IpcError::io("no data directory to keep the reference data in"))
}

fn put_in_use<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    data: ReferenceData,
    before: Option<offer_watch::Before>,
) -> DataStatus {
    let status = data.status.clone();
    state.replace_data(data);
    offer_watch::after_data_change(app, before);
    if let Some(scheduler) = app.try_state::<Scheduler>() {
        scheduler.run_now();
    }
    status
}
