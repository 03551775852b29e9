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

/// Writes `text` to `path` atomically and readable by its owner only (exports and calendars
/// can hold credential numbers), as the app saves the files a clinician chooses.
/// A file that cannot be written exits with [`Exit::OUTPUT`].
pub fn write_atomically(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), Exit> {
    if path.file_name().is_none() {
        return Err(Exit::refused(format!(
            "{} is not a file name",
            path.display()
        )));
    }
    licensure_store::save_file(path, bytes.as_ref()).map_err(|e| Exit::output(e.to_string()))
}
