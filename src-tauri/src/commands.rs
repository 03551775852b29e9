//! The IPC commands. Each one: arguments in, a store or core call, a wire type out.

use licensure_core::model::{Credential, Offer, Profile};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::AppState;

/// Everything the dashboard shows on first load.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Overview {
    pub profile: Option<Profile>,
    pub credentials: Vec<Credential>,
    pub offers: Vec<Offer>,
}

/// The profile, credentials and offers.
#[tauri::command]
pub fn overview(state: State<'_, AppState>) -> Result<Overview, IpcError> {
    let store = state.store()?;
    Ok(Overview {
        profile: store.profile()?,
        credentials: store.credentials()?,
        offers: store.offers()?,
    })
}
