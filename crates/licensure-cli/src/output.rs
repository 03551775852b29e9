//! Writing results: JSON for scripts, plain text for people, files written atomically.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::exit::Exit;

/// Prints `value` as pretty JSON on standard output.
pub fn json<T: Serialize>(value: &T) -> Result<(), Exit> {
    let json = serde_json::to_string_pretty(value)
        .map_err(|e| Exit::failure(format!("cannot encode output: {e}")))?;
    text(&format!("{json}\n"))
}

/// Writes `text` to standard output as it is. When the reader has gone away (a closed pipe,
/// as with `| head`) the rest is dropped quietly; any other failure is an error.
pub fn text(text: &str) -> Result<(), Exit> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Exit::failure(format!(
            "cannot write to standard output: {e}"
        ))),
    }
}

/// Writes each line, newline-terminated, to standard output (see [`text`]).
pub fn lines(lines: &[String]) -> Result<(), Exit> {
    let mut all = String::new();
    for line in lines {
        all.push_str(line);
        all.push('\n');
    }
    text(&all)
}

/// A message for the person at the terminal, on standard error. A closed standard error
/// is ignored: the exit code still tells the outcome.
pub fn note(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// Writes `text` to `path` atomically: a temporary file beside it, synced, then renamed
/// over the target, then the directory synced. The file is readable by its owner only
/// (exports and calendars can hold credential numbers).
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
    let mut file = private_file(&tmp).map_err(fail)?;
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

/// Creates (or truncates) a file that only its owner can read and write.
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}
