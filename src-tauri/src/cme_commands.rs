//! The IPC commands of the CME page: the page's view, save (log or edit), delete and restore
//! (undo) an activity.
//!
//! Every change wakes the reminder scheduler, so that reminders and the tray, whose renewal
//! deadlines say what CME is still missing, reflect it at once; the Deadlines page reads the
//! deadlines again whenever it is shown.
//!
//! Limits: no rules here. Validation is licensure-core's, run by the store on every save; a
//! rejected save stores nothing and returns `invalid` with the issues at their fields.

use licensure_core::model::CmeActivity;
use tauri::State;

use crate::commands::today;
use crate::ipc::IpcError;
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
        state.dataset()?,
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
