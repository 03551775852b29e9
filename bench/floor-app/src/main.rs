//! The floor of the stack: one Tauri window showing a static page and nothing else. Its
//! start-up time, memory and size are what the app is compared against in docs/bench/.
//! Limits: no commands, no plugins, no data.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("licensure-floor-app: {e}");
        std::process::exit(1);
    }
}
