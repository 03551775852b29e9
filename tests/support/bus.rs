//! A D-Bus session bus of a test's own: what runs on it (the app's single-instance name, a
//! notification daemon) cannot meet other tests' processes.
//!
//! The bus activates nothing. A session bus started with the distribution's configuration
//! starts any service asked for by name (accessibility bus, desktop portals and their FUSE
//! mount, dconf, even a dunst when a notification is sent) as daemons of its own, re-parented
//! to init: they outlive the bus, and a dunst started that way draws on the shared display.
//! Here every process on the bus is one the test started itself; a call to any other service
//! fails at once with `ServiceUnknown`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long dbus-daemon may take to print its address.
const START_LIMIT: Duration = Duration::from_secs(20);

const CONFIG: &str = include_str!("session-bus.conf");

/// A running private session bus, stopped (killed and reaped) when dropped.
#[derive(Debug)]
pub struct PrivateBus {
    daemon: Child,
    /// The value for DBUS_SESSION_BUS_ADDRESS.
    pub address: String,
    _dir: tempfile::TempDir,
}

impl PrivateBus {
    /// Starts a bus; fails the test when dbus-daemon does not print its address in time.
    pub fn start() -> PrivateBus {
        let dir = tempfile::tempdir().expect("temp dir for the bus");
        let config = dir.path().join("session.conf");
        let socket_dir = dir.path().to_str().expect("utf-8 temp dir");
        std::fs::write(&config, CONFIG.replace("SOCKET_DIR", socket_dir)).expect("bus config");
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (cargo xtask test installs dbus)");
        let stdout = daemon.stdout.take().expect("bus stdout");
        // Read on a thread of its own so that the wait is bounded; the thread then drains
        // the pipe and ends when the daemon does.
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let _ = tx.send(lines.next());
            lines.for_each(drop);
        });
        let address = match rx.recv_timeout(START_LIMIT) {
            Ok(Some(Ok(line))) if !line.trim().is_empty() => line.trim().to_string(),
            other => {
                let _ = daemon.kill();
                let status = daemon.wait();
                panic!(
                    "dbus-daemon printed no address within {} s ({other:?}, exit {status:?})",
                    START_LIMIT.as_secs()
                );
            }
        };
        PrivateBus {
            daemon,
            address,
            _dir: dir,
        }
    }

    /// A command whose session bus is this one.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new(program);
        c.env("DBUS_SESSION_BUS_ADDRESS", &self.address);
        c
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}
