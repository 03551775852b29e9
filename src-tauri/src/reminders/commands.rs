//! The reminder commands: deadline marks (snooze, done), reminder settings, delivery
//! failures and start at login.
//!
//! Limits: thin: the store keeps the state, the core renders the calendar; each change wakes
//! the scheduler so that it takes effect at once.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use licensure_core::reminder::{DeadlineMark, ReminderSettings};
use licensure_store::DeliveryFailure;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_autostart::ManagerExt;

use super::Scheduler;
use crate::ipc::IpcError;
use crate::state::AppState;

/// Lead times beyond this many days are refused.
pub const MAX_LEAD_DAYS: u32 = 730;

fn invalid(message: impl Into<String>) -> IpcError {
    IpcError::invalid(message, Vec::new())
}

/// Every deadline mark, by deadline id.
#[tauri::command]
pub fn deadline_marks(
    state: State<'_, AppState>,
) -> Result<BTreeMap<String, DeadlineMark>, IpcError> {
    Ok(state.store()?.deadline_marks()?)
}

/// No reminders for the deadline before `until` (a date after today).
#[tauri::command]
pub fn snooze_deadline(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    deadline_id: String,
    until: NaiveDate,
) -> Result<(), IpcError> {
    if until <= crate::commands::today() {
        return Err(invalid("Snooze until a date after today."));
    }
    state
        .store()?
        .set_deadline_mark(&deadline_id, Some(&DeadlineMark::Snoozed { until }))?;
    scheduler.run_now();
    Ok(())
}

/// The deadline is handled (renewed): no more reminders for it.
#[tauri::command]
pub fn mark_deadline_done(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    deadline_id: String,
) -> Result<(), IpcError> {
    state
        .store()?
        .set_deadline_mark(&deadline_id, Some(&DeadlineMark::Done))?;
    scheduler.run_now();
    Ok(())
}

/// Removes a snooze or done mark (undo).
#[tauri::command]
pub fn clear_deadline_mark(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    deadline_id: String,
) -> Result<(), IpcError> {
    state.store()?.set_deadline_mark(&deadline_id, None)?;
    scheduler.run_now();
    Ok(())
}

/// The reminder lead times.
#[tauri::command]
pub fn reminder_settings(state: State<'_, AppState>) -> Result<ReminderSettings, IpcError> {
    Ok(state.store()?.reminder_settings()?)
}

/// Saves the reminder lead times (each at most [`MAX_LEAD_DAYS`]) and returns them.
#[tauri::command]
pub fn save_reminder_settings(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    settings: ReminderSettings,
) -> Result<ReminderSettings, IpcError> {
    let too_long = settings
        .lead_days
        .iter()
        .chain(settings.per_kind.values().flatten())
        .any(|d| *d > MAX_LEAD_DAYS);
    if too_long {
        return Err(invalid(format!(
            "Lead times can be at most {MAX_LEAD_DAYS} days."
        )));
    }
    let store = state.store()?;
    store.save_reminder_settings(&settings)?;
    scheduler.run_now();
    Ok(store.reminder_settings()?)
}

/// The reminders that could not be shown.
#[tauri::command]
pub fn reminder_failures(state: State<'_, AppState>) -> Result<Vec<DeliveryFailure>, IpcError> {
    Ok(state.store()?.delivery_failures()?)
}

/// Forgets the recorded failures (the banner is dismissed).
#[tauri::command]
pub fn dismiss_reminder_failures(state: State<'_, AppState>) -> Result<(), IpcError> {
    Ok(state.store()?.clear_delivery_failures()?)
}

/// Whether the app starts at login (minimised to the tray).
#[tauri::command]
pub fn autostart<R: Runtime>(app: AppHandle<R>) -> Result<bool, IpcError> {
    app.autolaunch()
        .is_enabled()
        .map_err(|e| IpcError::io(e.to_string()))
}

/// Turns start at login on or off; returns the new setting.
#[tauri::command]
pub fn set_autostart<R: Runtime>(app: AppHandle<R>, enabled: bool) -> Result<bool, IpcError> {
    let launcher = app.autolaunch();
    let done = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    done.map_err(|e| IpcError::io(e.to_string()))?;
    launcher
        .is_enabled()
        .map_err(|e| IpcError::io(e.to_string()))
}
