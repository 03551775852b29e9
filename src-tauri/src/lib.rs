//! The Licensure desktop app: a thin Tauri shell.
//!
//! Commands parse their arguments, call licensure-store or licensure-core, and map the result
//! to wire types; there is no business logic here. State is managed with `manage()`; the
//! store is opened and the bundled reference dataset loaded once at start-up, and a failure
//! (another process holds the store, the database is damaged) is kept and reported to the UI
//! instead of crashing. "Today" is read from the local clock here and passed to the core.

mod about_commands;
mod attachment_commands;
mod checked_commands;
mod cme_commands;
mod commands;
mod data_commands;
mod edit_commands;
mod ipc;
mod map_commands;
pub mod offer_watch;
mod packet_commands;
mod recovery_commands;
mod reminders;
mod save_commands;
mod state;
mod tray;
mod views;

pub use ipc::bindings::typescript_bindings;

use std::path::Path;

use tauri::{Manager, Runtime};

/// Starts the app hidden, in the tray (used by start at login).
pub const MINIMIZED_ARG: &str = "--minimized";

/// Builds and runs the app. Returns when the last window closes.
pub fn run() {
    let builder = tauri::Builder::default()
        // Must be the first plugin: a second launch hands over to the running app and exits.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .setup(|app| {
            app.manage(state::AppState::open());
            app.manage(save_commands::SaveChooser::Dialog);
            app.manage(offer_watch::OfferWatch::desktop());
            if std::env::args().any(|a| a == MINIMIZED_ARG) {
                if let Some(window) = app.get_webview_window("main") {
                    let _ = window.hide();
                }
            }
            if let Err(e) = tray::create(app.handle()) {
                eprintln!("Licensure: no tray icon: {e}");
            }
            app.manage(reminders::start(app.handle().clone()));
            Ok(())
        });
    let result = with_commands(builder).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Licensure could not start: {e}");
        std::process::exit(1);
    }
}

/// Registers every IPC command, and the start-at-login plugin that two of them use, on any
/// runtime. The one list of commands: the desktop app ([`run`]) and the IPC tests on Tauri's
/// mock runtime ([`headless`]) both build their handler here.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![MINIMIZED_ARG]),
        ))
        .invoke_handler(tauri::generate_handler![
            commands::overview,
            recovery_commands::restore_latest_backup,
            commands::reference_index,
            commands::reference,
            commands::deadlines,
            commands::imlc,
            commands::offers,
            commands::offer_detail,
            commands::path,
            reminders::commands::deadline_marks,
            reminders::commands::snooze_deadline,
            reminders::commands::mark_deadline_done,
            reminders::commands::clear_deadline_mark,
            reminders::commands::reminder_settings,
            reminders::commands::save_reminder_settings,
            reminders::commands::reminder_failures,
            reminders::commands::dismiss_reminder_failures,
            save_commands::save_calendar,
            save_commands::export_records,
            packet_commands::packet_choices,
            packet_commands::save_packet,
            reminders::commands::autostart,
            reminders::commands::set_autostart,
            edit_commands::save_profile,
            edit_commands::save_credential,
            edit_commands::renew_credential,
            edit_commands::delete_credential,
            edit_commands::restore_credential,
            edit_commands::validate_credential,
            edit_commands::save_offer,
            edit_commands::delete_offer,
            edit_commands::load_sample,
            map_commands::authority_map,
            edit_commands::preview_csv,
            edit_commands::import_csv,
            attachment_commands::list_attachments,
            attachment_commands::orphaned_attachments,
            attachment_commands::add_attachment,
            attachment_commands::remove_attachment,
            attachment_commands::open_attachment,
            about_commands::about,
            data_commands::data_status,
            data_commands::install_data_pack,
            data_commands::revert_data_pack,
            checked_commands::checked_answers,
            checked_commands::save_checked_answer,
            checked_commands::delete_checked_answer,
            cme_commands::cme_overview,
            cme_commands::save_cme_activity,
            cme_commands::delete_cme_activity,
            cme_commands::restore_cme_activity,
            cme_commands::preview_cme_csv,
            cme_commands::import_cme_csv,
        ])
}

/// The commands with their state on `data_dir`, without the desktop integration (single
/// instance, tray, reminder scheduler and its notifications): what the IPC tests drive on
/// Tauri's mock runtime. Files the clinician would save through a dialog are saved in
/// `saves` under their proposed names. Returns the builder and a handle on the same store.
pub fn headless<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: &Path,
    saves: &Path,
) -> Result<(tauri::Builder<R>, licensure_store::Store), licensure_store::StoreError> {
    let store = licensure_store::Store::open(data_dir)?;
    let builder = with_commands(builder)
        .manage(state::AppState::with_store(store.clone()))
        .manage(reminders::Scheduler::detached())
        .manage(save_commands::SaveChooser::Directory(saves.to_path_buf()));
    Ok((builder, store))
}
