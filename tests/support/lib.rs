//! Support for the system tests: locating the built binaries, temporary data directories,
//! running the CLI. The tests themselves live in `system/`.
//!
//! The binaries are built by `cargo xtask test` before the tests run (an integration test
//! cannot ask Cargo to build another package's binaries).

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

pub mod page;
pub mod webview;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The workspace root.
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A built binary of the workspace (debug profile unless LICENSURE_PROFILE says otherwise).
pub fn binary(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target"));
    let profile = std::env::var("LICENSURE_PROFILE").unwrap_or_else(|_| "debug".into());
    let path = target.join(profile).join(name);
    assert!(path.exists(), "{} is not built: run `cargo xtask test` (or `cargo build -p licensure-cli -p licensure-app`) first", path.display());
    path
}

/// The sample clinician document shipped with the store.
pub fn sample_document() -> PathBuf {
    workspace().join("crates/licensure-store/src/sample/clinician.json")
}

/// Runs `licensure` with `args` against `data_dir`, optional stdin, and returns its output.
pub fn licensure(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(binary("licensure"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run licensure: {e}"))
}

/// Stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A D-Bus session bus of a test's own, stopped when dropped: what runs on it (the app's
/// single-instance name, a notification daemon) cannot meet other tests' processes.
#[derive(Debug)]
pub struct PrivateBus {
    daemon: std::process::Child,
    /// The value for DBUS_SESSION_BUS_ADDRESS.
    pub address: String,
}

impl PrivateBus {
    pub fn start() -> PrivateBus {
        use std::io::BufRead;
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (cargo xtask test installs dbus)");
        let mut line = String::new();
        std::io::BufReader::new(daemon.stdout.take().expect("bus stdout"))
            .read_line(&mut line)
            .expect("bus address");
        PrivateBus {
            daemon,
            address: line.trim().to_string(),
        }
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}
