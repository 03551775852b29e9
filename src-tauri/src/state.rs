//! The app's managed state: the store, or why it could not be opened.

use licensure_store::{paths, Store};

use crate::ipc::IpcError;

/// Held by Tauri (`manage`) for the app's lifetime.
#[derive(Debug)]
pub struct AppState {
    store: Result<Store, IpcError>,
}

impl AppState {
    /// Opens the store in the default data directory (`LICENSURE_DATA_DIR` overrides it).
    pub fn open() -> Self {
        let store = match paths::default_data_dir() {
            None => Err(IpcError::io(
                "no home directory to keep the data in; set LICENSURE_DATA_DIR",
            )),
            Some(dir) => Store::open(&dir).map_err(IpcError::from),
        };
        AppState { store }
    }

    /// The store, or the error that kept it from opening.
    pub fn store(&self) -> Result<&Store, IpcError> {
        self.store.as_ref().map_err(Clone::clone)
    }
}
