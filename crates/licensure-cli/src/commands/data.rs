//! `licensure data install FILE | status | revert`: which reference data the rules use —
//! the data built into the program or a signed pack installed in the data directory.
//!
//! Installing and reverting hold the process lock (as every write does), so they wait for
//! no one: with the app open they exit 4. A refused pack changes nothing and exits with the
//! code of its reason (see `exit.rs`).

use std::path::Path;

use licensure_pack::PackError;
use licensure_store::reference_data::{self, DataSource, DataStatus, InstallError};

use super::Context;
use crate::exit::Exit;
use crate::output;

/// `licensure data install FILE`.
pub fn install(ctx: &Context, file: &Path) -> Result<(), Exit> {
    let bytes = std::fs::read(file)
        .map_err(|e| Exit::refused(format!("cannot read {}: {e}", file.display())))?;
    let _lock = ctx.store()?;
    let in_use = ctx.reference_data()?.status.version;
    let installed =
        reference_data::install(&ctx.data_dir, &bytes, ctx.today, in_use).map_err(|e| match e {
            InstallError::Pack(refused) => pack_refused(refused),
            InstallError::Store(store) => Exit::from(store),
        })?;
    show(ctx, &installed.status)
}

/// `licensure data status`.
pub fn status(ctx: &Context) -> Result<(), Exit> {
    show(ctx, &ctx.reference_data()?.status)
}

/// `licensure data revert`.
pub fn revert(ctx: &Context) -> Result<(), Exit> {
    let _lock = ctx.store()?;
    let bundled = reference_data::revert(&ctx.data_dir)?;
    show(ctx, &bundled.status)
}

fn pack_refused(e: PackError) -> Exit {
    let code = match e {
        PackError::BadSignature(_) => Exit::PACK_SIGNATURE,
        PackError::Damaged(_) => Exit::PACK_DAMAGED,
        PackError::NotNewer { .. } => Exit::PACK_NOT_NEWER,
        PackError::FailsChecks(_) => Exit::PACK_FAILS_CHECKS,
        PackError::FromTheFuture { .. } => Exit::PACK_FROM_THE_FUTURE,
    };
    Exit {
        code,
        message: e.to_string(),
    }
}

fn show(ctx: &Context, status: &DataStatus) -> Result<(), Exit> {
    if ctx.json {
        return output::json(status);
    }
    let mut lines = vec![match (&status.source, &status.key_id) {
        (DataSource::Installed, Some(key)) => format!(
            "Reference data: installed pack, version {}, as of {}, signed by {key}",
            status.version, status.as_of
        ),
        _ => format!(
            "Reference data: bundled with this program, version {}, as of {}",
            status.version, status.as_of
        ),
    }];
    lines.extend(status.problem.clone());
    output::lines(&lines)
}
