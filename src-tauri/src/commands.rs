//! The IPC commands. Each one: arguments in, a store or core call, a wire type out.
//!
//! Limits: no rules here. "Today" is the local calendar date, read from the clock here and
//! passed to the core, which never reads a clock itself.

use chrono::NaiveDate;
use licensure_core::model::{Credential, Offer, Profile};
use licensure_core::path::{path_to, PathToState};
use licensure_core::Jurisdiction;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::checked_commands::judged_dataset;
use crate::ipc::IpcError;
use crate::state::AppState;
use crate::views::deadlines::DeadlineTimeline;
use crate::views::eligibility::Eligibility;
use crate::views::offers::{JudgedOffers, OpenedOffer};
use crate::views::reference::{JurisdictionReference, ReferenceIndex};

/// Everything the dashboard shows on first load.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Overview {
    pub profile: Option<Profile>,
    pub credentials: Vec<Credential>,
    pub offers: Vec<Offer>,
}

/// Today's date in the clinician's local time zone: the one place the shell reads the date.
pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A jurisdiction code from the UI ("TX"), or an `invalid` error naming the text.
fn parse_jurisdiction(code: &str) -> Result<Jurisdiction, IpcError> {
    Ok(code.parse::<Jurisdiction>()?)
}

/// The profile, credentials and offers.
#[tauri::command]
pub fn overview(state: State<'_, AppState>) -> Result<Overview, IpcError> {
    let records = state.records()?;
    Ok(Overview {
        profile: records.profile,
        credentials: records.credentials,
        offers: records.offers,
    })
}

/// The reference dataset's age and the jurisdictions it covers.
#[tauri::command]
pub fn reference_index(state: State<'_, AppState>) -> Result<ReferenceIndex, IpcError> {
    Ok(ReferenceIndex::of(&*state.dataset()?, today()))
}

/// Every reference fact about one jurisdiction.
#[tauri::command]
pub fn reference(
    state: State<'_, AppState>,
    jurisdiction: String,
) -> Result<JurisdictionReference, IpcError> {
    let j = parse_jurisdiction(&jurisdiction)?;
    Ok(JurisdictionReference::of(&*state.dataset()?, j))
}

/// Every deadline as of today.
#[tauri::command]
pub fn deadlines(state: State<'_, AppState>) -> Result<DeadlineTimeline, IpcError> {
    let records = state.records()?;
    let data = judged_dataset(&state, today())?;
    Ok(DeadlineTimeline::of(&records, &data, today()))
}

/// IMLC eligibility and the compact options of the clinician's profession.
#[tauri::command]
pub fn imlc(state: State<'_, AppState>) -> Result<Eligibility, IpcError> {
    let records = state.records()?;
    Eligibility::of(&records, &*judged_dataset(&state, today())?, today())
}

/// Every offer with its verdict.
#[tauri::command]
pub fn offers(state: State<'_, AppState>) -> Result<JudgedOffers, IpcError> {
    let records = state.records()?;
    JudgedOffers::of(&records, &*judged_dataset(&state, today())?, today())
}

/// One offer with its verdict written out in full (the list has only outlines).
#[tauri::command]
pub fn offer_detail(state: State<'_, AppState>, id: String) -> Result<OpenedOffer, IpcError> {
    let records = state.records()?;
    OpenedOffer::of(&records, &*judged_dataset(&state, today())?, today(), &id)
}

/// The routes to authority in one jurisdiction, fastest first.
#[tauri::command]
pub fn path(state: State<'_, AppState>, jurisdiction: String) -> Result<PathToState, IpcError> {
    let j = parse_jurisdiction(&jurisdiction)?;
    let records = state.records()?;
    let profile = records.require_profile()?;
    Ok(path_to(
        j,
        profile,
        &records.credentials,
        &*judged_dataset(&state, today())?,
        today(),
    ))
}
