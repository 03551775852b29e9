//! Recovery from a damaged database, on the user's explicit choice.

use licensure_store::quarantine::RestoreReport;
use tauri::State;

use crate::ipc::IpcError;
use crate::state::AppState;

/// Moves the damaged database to quarantine and restores the newest verified backup.
#[tauri::command]
pub fn restore_latest_backup(state: State<'_, AppState>) -> Result<RestoreReport, IpcError> {
    let timestamp = chrono::Local::now().format("%Y%m%dT%H%M%S").to_string();
    state.restore_latest_backup(&timestamp)
}
