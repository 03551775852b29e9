//! The Licensure desktop app: a thin Tauri shell.
//!
//! Commands parse their arguments, call licensure-store or licensure-core, and map the result
//! to wire types; there is no business logic here. State is managed with `manage()`; the
//! store is opened and the bundled reference dataset loaded once at start-up, and a failure
//! (another process holds the store, the database is damaged) is kept and reported to the UI
//! instead of crashing. "Today" is read from the local clock here and passed to the core.

mod commands;
mod ipc;
mod state;
mod views;

pub use ipc::bindings::typescript_bindings;

use tauri::Manager;

/// Builds and runs the app. Returns when the last window closes.
pub fn run() {
    let result = tauri::Builder::default()
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
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::overview,
            commands::reference_index,
            commands::reference,
            commands::deadlines,
            commands::imlc,
            commands::offers,
            commands::path,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Licensure could not start: {e}");
        std::process::exit(1);
    }
}
