//! The IPC command behind the dashboard map: each jurisdiction's standing as of today.
//!
//! Limits: no rules here; the colouring is licensure-core's `authority_map`.

use licensure_core::authority_map::{authority_map as map_of, JurisdictionAuthority};
use tauri::State;

use crate::ipc::IpcError;
use crate::state::AppState;

/// All 56 jurisdictions with their standing, as of the local calendar date.
#[tauri::command]
pub async fn authority_map(
    state: State<'_, AppState>,
) -> Result<Vec<JurisdictionAuthority>, IpcError> {
    let records = state.records()?;
    let today = crate::commands::today();
    Ok(map_of(
        records.profile.as_ref(),
        &records.credentials,
        &*crate::checked_commands::judged_dataset(&state, today)?,
        today,
    ))
}
