//! File-system hygiene: a private data directory (0700), private files (0600) and the
//! process lock that keeps a second Licensure process out.

use std::fs::{self, File, OpenOptions};
use std::path::Path;

use crate::StoreError;

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Creates `dir` (and parents) if needed and makes it private to the user.
pub(crate) fn private_dir(dir: &Path) -> Result<(), StoreError> {
    fs::create_dir_all(dir).map_err(io("create the data directory", dir))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(io("set permissions on", dir))?;
    }
    Ok(())
}

/// Makes every file below `dir` readable by the user only (0600) and directories 0700.
pub(crate) fn private_files(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let entries = fs::read_dir(dir).map_err(io("read", dir))?;
        for entry in entries {
            let entry = entry.map_err(io("read", dir))?;
            let path = entry.path();
            let meta = entry.metadata().map_err(io("inspect", &path))?;
            let wanted = if meta.is_dir() { 0o700 } else { 0o600 };
            if meta.permissions().mode() & 0o777 != wanted {
                fs::set_permissions(&path, fs::Permissions::from_mode(wanted))
                    .map_err(io("set permissions on", &path))?;
            }
            if meta.is_dir() {
                private_files(&path)?;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Takes the exclusive process lock on `<dir>/licensure.lock`, failing at once with
/// [`StoreError::InUse`] when another process holds it. The lock lives as long as the file.
pub(crate) fn process_lock(dir: &Path) -> Result<File, StoreError> {
    let path = dir.join("licensure.lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io("open", &path))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::InUse(dir.to_path_buf())),
        Err(fs::TryLockError::Error(source)) => Err(StoreError::Io {
            action: "lock",
            path,
            source,
        }),
    }
}
