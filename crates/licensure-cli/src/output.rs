//! Writing results: JSON for scripts, plain text for people, files written atomically.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::exit::Exit;

/// Prints `value` as pretty JSON on standard output.
pub fn json<T: Serialize>(value: &T) -> Result<(), Exit> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Exit::failure(format!("cannot encode output: {e}")))?;
    println!("{text}");
    Ok(())
}

/// Writes `text` to `path` atomically: a temporary file beside it, synced, then renamed
/// over the target, then the directory synced.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), Exit> {
    let fail = |e: std::io::Error| Exit::failure(format!("cannot write {}: {e}", path.display()));
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Exit::refused(format!("{} is not a file name", path.display())))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let mut file = std::fs::File::create(&tmp).map_err(fail)?;
    file.write_all(text.as_bytes()).map_err(fail)?;
    file.sync_all().map_err(fail)?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
