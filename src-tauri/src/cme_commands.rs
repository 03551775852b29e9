//! The IPC commands of the CME page: the page's view, save (log or edit), delete and restore
//! (undo) an activity, and the import of a transcript (CSV) through the credential import's
//! mapping preview.
//!
//! Every change wakes the reminder scheduler, so that reminders and the tray, whose renewal
//! deadlines say what CME is still missing, reflect it at once; the Deadlines page reads the
//! deadlines again whenever it is shown.
//!
//! Limits: no rules here. Validation is licensure-core's, run by the store on every save; a
//! rejected save stores nothing and returns `invalid` with the issues at their fields.

use licensure_core::csv_import::{
    preview_cme_csv as preview_cme_csv_rows, CmeCsvOptions, CmeCsvPreview,
};
use licensure_core::model::CmeActivity;
use licensure_core::validation::validate_cme_activity;
use tauri::ipc::Request;
use tauri::State;

use crate::commands::today;
use crate::edit_commands::CSV_OPTIONS_HEADER;
use crate::ipc::{raw, IpcError};
use crate::reminders::Scheduler;
use crate::state::AppState;
use crate::views::cme::CmeOverview;

/// Every activity with the licenses it counts for, and each license's progress.
#[tauri::command]
pub async fn cme_overview(state: State<'_, AppState>) -> Result<CmeOverview, IpcError> {
    let store = state.store()?;
    let credentials = store.credentials()?;
    let activities = store.cme_activities()?;
    Ok(CmeOverview::of(
        &credentials,
        activities,
        &*state.dataset()?,
        today(),
    ))
}

/// Validates and saves an activity (new when its id is empty); returns it with its id.
#[tauri::command]
pub async fn save_cme_activity(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    activity: CmeActivity,
) -> Result<CmeActivity, IpcError> {
    let saved = state.store()?.save_cme_activity(activity, today())?;
    scheduler.run_now();
    Ok(saved)
}

/// Deletes an activity and returns it, so that the UI can offer to undo.
#[tauri::command]
pub async fn delete_cme_activity(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    id: String,
) -> Result<CmeActivity, IpcError> {
    let deleted = state.store()?.delete_cme_activity(&id)?;
    scheduler.run_now();
    Ok(deleted)
}

/// Undoes a delete: saves the record returned by `delete_cme_activity` again, with its id.
#[tauri::command]
pub async fn restore_cme_activity(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    activity: CmeActivity,
) -> Result<CmeActivity, IpcError> {
    if activity.id.trim().is_empty() {
        return Err(IpcError::invalid(
            "only a deleted activity (with its id) can be restored",
            Vec::new(),
        ));
    }
    let restored = state.store()?.save_cme_activity(activity, today())?;
    scheduler.run_now();
    Ok(restored)
}

/// What a CME transcript (CSV) would import. Its bytes are the raw request body (at most
/// `MAX_CSV_BYTES`); the encoding, delimiter and mapping chosen, if any, are in the
/// `x-csv-options` header. Each row is checked by the rules of a form save. Stores nothing.
#[tauri::command]
pub async fn preview_cme_csv(request: Request<'_>) -> Result<CmeCsvPreview, IpcError> {
    let bytes = raw::body(&request, "the file")?;
    let options: CmeCsvOptions = match raw::header(&request, CSV_OPTIONS_HEADER) {
        None => CmeCsvOptions::default(),
        Some(json) => serde_json::from_str(&json).map_err(|e| {
            IpcError::invalid(
                format!("the {CSV_OPTIONS_HEADER} header cannot be read: {e}"),
                Vec::new(),
            )
        })?,
    };
    Ok(preview_cme_csv_rows(
        bytes,
        &options,
        today(),
        validate_cme_activity,
    ))
}

/// Adds the confirmed rows of a transcript preview in one transaction: all or nothing.
#[tauri::command]
pub async fn import_cme_csv(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    activities: Vec<CmeActivity>,
) -> Result<Vec<CmeActivity>, IpcError> {
    let added = state.store()?.add_cme_activities(activities, today())?;
    scheduler.run_now();
    Ok(added)
}
