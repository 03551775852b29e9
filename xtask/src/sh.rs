//! Running commands: echo them, run them in the workspace, fail with a clear message.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A command, printed before it runs.
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root());
    c
}

/// Runs `c`, failing with its command line when it does not succeed.
pub fn run(c: &mut Command) -> Result<(), String> {
    let line = describe(c);
    eprintln!("\n$ {line}");
    let status = c
        .status()
        .map_err(|e| format!("cannot start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// Runs `c` quietly and returns its trimmed standard output when it succeeds.
pub fn read(c: &mut Command) -> Option<String> {
    let out = c.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn describe(c: &Command) -> String {
    let mut parts = vec![c.get_program().to_string_lossy().into_owned()];
    parts.extend(c.get_args().map(|a| a.to_string_lossy().into_owned()));
    let dir = c
        .get_current_dir()
        .map(|d| d.strip_prefix(root()).unwrap_or(d).display().to_string())
        .unwrap_or_default();
    if dir.is_empty() {
        parts.join(" ")
    } else {
        format!("(cd {dir} && {})", parts.join(" "))
    }
}
