//! The About view: the app's version and build date, the reference data in use, where the
//! data directory is, and the open-source licenses of what the app is built from (listed by
//! `build.rs` when the app is built, see `build/licenses.rs`).
//!
//! Limits: names, versions and license expressions only, no links (the app opens none).

use chrono::NaiveDate;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::AppState;

/// The dependency list written by the build script: `ecosystem<TAB>name<TAB>version<TAB>license`.
const LICENSES: &str = include_str!(concat!(env!("OUT_DIR"), "/licenses.tsv"));

/// Where a dependency comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Ecosystem {
    /// A Rust crate compiled into the app.
    Rust,
    /// An npm package in the built interface.
    Npm,
}

/// One dependency and the license it declares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DependencyLicense {
    pub ecosystem: Ecosystem,
    pub name: String,
    pub version: String,
    /// An SPDX expression ("MIT OR Apache-2.0"), as the package declares it.
    pub license: String,
}

/// Where the reference data in use comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceOrigin {
    /// The dataset compiled into this version of the app (`data/` in its source).
    Bundled,
    /// A signed reference-data pack installed in the data directory.
    Installed,
}

/// What the About view shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct About {
    pub version: String,
    /// The day the app was built (YYYY-MM-DD, UTC).
    pub build_date: String,
    pub reference_origin: ReferenceOrigin,
    /// The date the reference data was last reviewed; `None` when it failed to load.
    pub reference_as_of: Option<NaiveDate>,
    /// The data directory; `None` when there is no home directory to keep it in.
    pub data_dir: Option<String>,
    pub licenses: Vec<DependencyLicense>,
}

/// The dependencies listed at build time.
pub fn dependency_licenses() -> Vec<DependencyLicense> {
    LICENSES
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let ecosystem = match fields.next()? {
                "rust" => Ecosystem::Rust,
                "npm" => Ecosystem::Npm,
                _ => return None,
            };
            Some(DependencyLicense {
                ecosystem,
                name: fields.next()?.to_string(),
                version: fields.next()?.to_string(),
                license: fields.next()?.to_string(),
            })
        })
        .collect()
}

/// The About view.
#[tauri::command]
pub fn about(state: State<'_, AppState>) -> Result<About, IpcError> {
    Ok(About {
        version: env!("CARGO_PKG_VERSION").to_string(),
        build_date: env!("LICENSURE_BUILD_DATE").to_string(),
        reference_origin: match state.data_status().map(|s| s.source) {
            Ok(licensure_store::reference_data::DataSource::Installed) => {
                ReferenceOrigin::Installed
            }
            _ => ReferenceOrigin::Bundled,
        },
        reference_as_of: state.dataset().ok().map(|d| d.as_of),
        data_dir: state.data_dir().map(|d| d.display().to_string()),
        licenses: dependency_licenses(),
    })
}
