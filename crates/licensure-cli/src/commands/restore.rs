//! `licensure restore [--latest | FILE]`: on the user's explicit choice, move the current
//! (typically damaged) database aside to `<data>/quarantine/<time>/` and fill a fresh one
//! from the newest automatic backup or from a named backup or export file.
//!
//! Nothing is deleted: the old files stay in the quarantine folder. The chosen document is
//! checked (checksum, import rules) before anything is moved.

use std::path::Path;

use licensure_store::quarantine::{quarantine_and_restore, RestoreError, RestoreSource};
use licensure_store::StoreError;

use super::Context;
use crate::exit::Exit;
use crate::output;

pub fn run(ctx: &Context, file: Option<&Path>) -> Result<(), Exit> {
    let source = match file {
        Some(path) => RestoreSource::File(path.to_path_buf()),
        None => RestoreSource::LatestBackup,
    };
    let timestamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let report =
        quarantine_and_restore(&ctx.data_dir, &timestamp, &source).map_err(|e| match e {
            RestoreError::Store(StoreError::InUse(dir)) => Exit::from(StoreError::InUse(dir)),
            RestoreError::Store(other) => Exit::failure(other.to_string()),
            refused => Exit::refused(format!("nothing was restored or moved: {refused}")),
        })?;
    if ctx.json {
        return output::json(&report);
    }
    for skipped in &report.skipped {
        output::note(&format!("skipped a damaged backup: {skipped}"));
    }
    if let Some(place) = &report.quarantined_to {
        output::note(&format!("the previous database was moved to {place}"));
    }
    output::note(&format!(
        "restored {} credential(s) and {} offer(s){} from {}",
        report.credentials,
        report.offers,
        if report.profile {
            " and the profile"
        } else {
            ""
        },
        report.restored_from
    ));
    Ok(())
}
