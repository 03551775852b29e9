//! Where the data lives by default. The app and the CLI share this, so they open the same
//! database unless told otherwise.

use std::path::PathBuf;

/// The application identifier (also the Tauri identifier).
pub const APP_ID: &str = "app.licensure.desktop";

/// The environment variable that overrides the data directory for the app and the CLI.
pub const DATA_DIR_ENV: &str = "LICENSURE_DATA_DIR";

/// `$LICENSURE_DATA_DIR` if set and non-empty, else the platform's local data directory
/// (`$XDG_DATA_HOME/app.licensure.desktop`, `~/Library/Application Support/…`,
/// `%LOCALAPPDATA%\…`). On Windows the local one, not the roaming `%APPDATA%`: a roaming
/// profile copies it to a server at every sign-out, and the records stay on this computer.
/// None only when the platform has no home directory.
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_local_dir().map(|d| d.join(APP_ID)),
    }
}
