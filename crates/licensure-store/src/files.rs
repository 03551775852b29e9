//! File-system hygiene: a private data directory (0700), private files (0600), atomic
//! writes (temporary file, fsync, rename, fsync of the directory) and the process lock that
//! keeps a second Licensure process out.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::StoreError;

/// Maps an IO error to [`StoreError::Io`] naming the action and the path.
pub(crate) fn io<'a>(
    action: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> StoreError + 'a {
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

/// Writes `bytes` to `dir/name` atomically, readable by the user only (0600): first to
/// `dir/temp_name`, fsync, rename over `name`, fsync of `dir`. A failed write leaves no
/// temporary file behind (best effort); a crash can, so callers name temporary files so that
/// they are never mistaken for finished ones, and tidy them up.
pub(crate) fn write_atomically(
    dir: &Path,
    temp_name: &str,
    name: &str,
    bytes: &[u8],
) -> Result<PathBuf, StoreError> {
    let temp = dir.join(temp_name);
    let target = dir.join(name);
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temp).map_err(io("create", &temp))?;
        file.write_all(bytes).map_err(io("write", &temp))?;
        file.sync_all().map_err(io("flush", &temp))?;
        drop(file);
        fs::rename(&temp, &target).map_err(io("rename", &temp))?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map(|()| target)
}

/// Writes `bytes` to a file the clinician chose (an export, a calendar) atomically and
/// readable by the user only (0600), since such files can hold credential numbers: a
/// temporary file beside it, fsync, rename over `path`, fsync of its directory. A file already
/// there is replaced only once the new content is complete.
pub fn save_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| StoreError::Io {
            action: "write",
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        })?
        .to_string_lossy()
        .into_owned();
    let temp = format!(".{name}.tmp-{}", std::process::id());
    write_atomically(dir, &temp, &name, bytes).map(|_| ())
}

/// Flushes a directory's entries (a rename or removal in it) to disk.
#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io("flush", dir))
}

/// Windows has no flush of a directory: the standard library cannot open one as a file
/// (that needs `FILE_FLAG_BACKUP_SEMANTICS`), so the Unix way would fail every write. The
/// rename itself is a metadata change NTFS journals. Not compiled or run on Windows yet.
#[cfg(not(unix))]
pub(crate) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
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

/// The file [`check_room`] writes and removes in the data directory.
pub(crate) const ROOM_CHECK_FILE: &str = ".room-check";

/// Extra room asked for beyond twice the change, for the storage engine's own records.
const ROOM_MARGIN_BYTES: usize = 256 * 1024;

/// Proves that the disk under `dir` takes `bytes` more (twice, plus a margin) by writing a
/// file of that size and removing it. The storage engine does not report a full disk (it
/// waits for ever, or acknowledges a write it then loses); this check turns a full disk, a
/// quota or a file-size limit into a clear error before anything is written.
pub(crate) fn check_room(dir: &Path, bytes: usize) -> Result<(), StoreError> {
    let path = dir.join(ROOM_CHECK_FILE);
    let wanted = bytes.saturating_mul(2).saturating_add(ROOM_MARGIN_BYTES);
    let result = write_zeros(&path, wanted);
    let _ = fs::remove_file(&path);
    result.map_err(|source| StoreError::Io {
        action: "make room for the change (nothing was saved) in",
        path: dir.to_path_buf(),
        source,
    })
}

fn write_zeros(path: &Path, mut left: usize) -> std::io::Result<()> {
    let mut file = File::create(path)?;
    let block = [0u8; 64 * 1024];
    while left > 0 {
        let n = left.min(block.len());
        file.write_all(&block[..n])?;
        left -= n;
    }
    Ok(())
}
