//! The IPC commands that change records: save, delete and restore (undo) credentials, the
//! profile and offers; live validation of a credential form; the sample clinician.
//!
//! Edits of credentials and the profile run under the offer watch (`crate::offer_watch`):
//! an offer they make worse raises a notification.
//!
//! Limits: no rules here. Validation is licensure-core's, run by the store on every save; a
//! rejected save stores nothing and returns `invalid` with the issues at their fields. Each
//! command is async so that the durable write (flush) never blocks the UI thread.

use chrono::NaiveDate;
use licensure_core::csv_import::{self, CsvOptions, CsvPreview};
use licensure_core::deadline::renewed;
use licensure_core::model::{Credential, Offer, Profile};
use licensure_core::validation::{validate_credential_against, Issue};
use tauri::ipc::Request;
use tauri::{AppHandle, Runtime, State};

use crate::ipc::{raw, IpcError};
use crate::offer_watch;
use crate::state::AppState;

/// Stand-in id for a credential not yet saved, so that "an id is required" is not reported
/// while the clinician is still filling in the form.
const UNSAVED_ID: &str = "unsaved";

/// Validates and saves the profile; returns it as stored.
#[tauri::command]
pub async fn save_profile<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    profile: Profile,
) -> Result<Profile, IpcError> {
    watched(&app, || {
        state.store()?.save_profile(&profile).map_err(Into::into)
    })?;
    Ok(profile)
}

/// Validates and saves a credential (new when its id is empty); returns it with its id.
#[tauri::command]
pub async fn save_credential<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    credential: Credential,
) -> Result<Credential, IpcError> {
    watched(&app, || Ok(state.store()?.save_credential(credential)?))
}

/// Records a renewal where it falls due: the credential's new expiry (a policy's new end, a
/// CAQH attestation's date), validated and saved like any edit; returns it as stored.
#[tauri::command]
pub async fn renew_credential<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    until: NaiveDate,
) -> Result<Credential, IpcError> {
    watched(&app, || {
        let store = state.store()?;
        let credential = store.credential(&id)?;
        let renewed = renewed(&credential, until)
            .map_err(|e| IpcError::invalid(e.to_string(), Vec::new()))?;
        Ok(store.save_credential(renewed)?)
    })
}

/// Deletes a credential and returns it, so that the UI can offer to undo.
#[tauri::command]
pub async fn delete_credential<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<Credential, IpcError> {
    watched(&app, || Ok(state.store()?.delete_credential(&id)?))
}

/// Undoes a delete: saves the record returned by `delete_credential` again, with its id.
#[tauri::command]
pub async fn restore_credential<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    credential: Credential,
) -> Result<Credential, IpcError> {
    if credential.id.trim().is_empty() {
        return Err(IpcError::invalid(
            "only a deleted credential (with its id) can be restored",
            Vec::new(),
        ));
    }
    watched(&app, || Ok(state.store()?.save_credential(credential)?))
}

/// The issues a credential form raises now, against the stored credentials, without saving.
#[tauri::command]
pub async fn validate_credential(
    state: State<'_, AppState>,
    mut credential: Credential,
) -> Result<Vec<Issue>, IpcError> {
    let store = state.store()?;
    if credential.id.trim().is_empty() {
        credential.id = UNSAVED_ID.to_string();
    }
    let family = store.profile()?.map(|p| p.family_name);
    let existing = store.credentials()?;
    Ok(validate_credential_against(
        &credential,
        &existing,
        family.as_deref(),
    ))
}

/// Validates and saves an offer (new when its id is empty); returns it with its id.
#[tauri::command]
pub async fn save_offer(state: State<'_, AppState>, offer: Offer) -> Result<Offer, IpcError> {
    Ok(state.store()?.save_offer(offer)?)
}

/// Deletes an offer and returns it.
#[tauri::command]
pub async fn delete_offer(state: State<'_, AppState>, id: String) -> Result<Offer, IpcError> {
    Ok(state.store()?.delete_offer(&id)?)
}

/// Fills an empty store with the sample clinician. Refused when anything is recorded, so that
/// it can never overwrite the clinician's own records.
#[tauri::command]
pub async fn load_sample(state: State<'_, AppState>) -> Result<(), IpcError> {
    let store = state.store()?;
    let empty =
        store.profile()?.is_none() && store.credentials()?.is_empty() && store.offers()?.is_empty();
    if !empty {
        return Err(IpcError::invalid(
            "the sample is only loaded into an empty store; your records were left as they are",
            Vec::new(),
        ));
    }
    let sample = licensure_store::sample::clinician()
        .ok_or_else(|| IpcError::io("the built-in sample cannot be read"))?;
    Ok(store.replace_all(&sample)?)
}

/// The header carrying what the clinician chose instead of the detection (`CsvOptions` as
/// JSON, percent-encoded); without it everything is detected.
pub const CSV_OPTIONS_HEADER: &str = "x-csv-options";

/// What a CSV file would import. Its bytes are the raw request body (at most
/// `MAX_CSV_BYTES`: a larger file is a preview problem); the encoding, delimiter and mapping
/// chosen, if any, are in the `x-csv-options` header. Stores nothing.
#[tauri::command]
pub async fn preview_csv(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<CsvPreview, IpcError> {
    let bytes = raw::body(&request, "the file")?;
    let options: CsvOptions = match raw::header(&request, CSV_OPTIONS_HEADER) {
        None => CsvOptions::default(),
        Some(json) => serde_json::from_str(&json).map_err(|e| {
            IpcError::invalid(
                format!("the {CSV_OPTIONS_HEADER} header cannot be read: {e}"),
                Vec::new(),
            )
        })?,
    };
    let store = state.store()?;
    let family = store.profile()?.map(|p| p.family_name);
    let existing = store.credentials()?;
    Ok(csv_import::preview_csv(
        bytes,
        &options,
        &existing,
        family.as_deref(),
    ))
}

/// Adds the confirmed rows of a CSV preview in one transaction: all or nothing.
#[tauri::command]
pub async fn import_csv<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    credentials: Vec<Credential>,
) -> Result<Vec<Credential>, IpcError> {
    watched(&app, || Ok(state.store()?.add_credentials(credentials)?))
}

/// Runs `edit` under the offer watch: offers it made worse raise a notification.
fn watched<R: Runtime, T>(
    app: &AppHandle<R>,
    edit: impl FnOnce() -> Result<T, IpcError>,
) -> Result<T, IpcError> {
    let before = offer_watch::before(app);
    let done = edit()?;
    offer_watch::after(app, before);
    Ok(done)
}
