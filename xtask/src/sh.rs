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

/// The configuration of the suite's session bus, shared with the tests' private buses.
const SESSION_BUS_CONFIG: &str = include_str!("../../tests/support/session-bus.conf");

/// `args` in a virtual display (`xvfb-run`) on a session bus that activates no service, with
/// WebKit's DMA-BUF renderer off (it renders blank there): how the suite runs the app.
pub fn in_virtual_display(args: &[&str]) -> Result<Command, String> {
    let mut all = vec!["xvfb-run", "-a", "-s", "-screen 0 1200x820x24"];
    all.extend_from_slice(args);
    let mut c = on_session_bus(&all)?;
    c.env("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    Ok(c)
}

/// `dbus-run-session -- <args>` on a bus that activates no service: the distribution's
/// configuration would start any service asked for by name (a dunst when a notification is
/// sent with none running), outside the display and the suite, where it dies.
pub fn on_session_bus(args: &[&str]) -> Result<Command, String> {
    let dir = std::env::temp_dir().join(format!("licensure-bus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let socket_dir = dir
        .to_str()
        .ok_or_else(|| format!("{} is not UTF-8", dir.display()))?;
    let config = dir.join("session.conf");
    std::fs::write(
        &config,
        SESSION_BUS_CONFIG.replace("SOCKET_DIR", socket_dir),
    )
    .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    let mut c = cmd(
        "dbus-run-session",
        &[&format!("--config-file={}", config.display()), "--"],
    );
    c.args(args);
    Ok(c)
}
