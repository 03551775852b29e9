//! A real notification daemon (dunst) whose history the tests read back with `dunstctl`.
//!
//! Needs an X display (xvfb-run). On a [`PrivateBus`] nothing else can add to (or read) its
//! history; on the suite's bus (dbus-run-session) it serves the app that the WebDriver
//! launches with the suite's environment.

use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use crate::bus::PrivateBus;
use crate::{binary, output_within, stderr};

const DUNSTRC: &str = "[global]
    history_length = 200
    sticky_history = yes
    notification_limit = 0
    idle_threshold = 0
";

/// How long one `dunstctl` or `licensure` call may take.
const CALL_LIMIT: Duration = Duration::from_secs(60);

/// A running dunst with its config in a temp dir; killed and reaped when dropped (with its
/// private bus, if it has one).
#[derive(Debug)]
pub struct Dunst {
    daemon: Child,
    address: String,
    // Dropped after the daemon is stopped (see Drop).
    bus: Option<PrivateBus>,
    _dir: tempfile::TempDir,
}

/// (app name, summary, body) of one notification.
pub type Notification = (String, String, String);

impl Dunst {
    /// A dunst on a private bus of its own.
    pub fn on_private_bus() -> Dunst {
        Dunst::on(PrivateBus::start())
    }

    /// A dunst on `bus`, which it keeps running until it is dropped.
    pub fn on(bus: PrivateBus) -> Dunst {
        let address = bus.address.clone();
        Dunst::start(address, Some(bus))
    }

    /// A dunst on the suite's session bus (dbus-run-session).
    pub fn on_session_bus() -> Dunst {
        let address = std::env::var("DBUS_SESSION_BUS_ADDRESS").expect(
            "the notification tests need a D-Bus session bus: run them under dbus-run-session",
        );
        Dunst::start(address, None)
    }

    fn start(address: String, bus: Option<PrivateBus>) -> Dunst {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "dunst needs an X display: run the tests under xvfb-run (cargo xtask test does)"
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let rc = dir.path().join("dunstrc");
        std::fs::write(&rc, DUNSTRC).expect("dunstrc");
        let daemon = std::process::Command::new("dunst")
            .arg("-config")
            .arg(&rc)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dunst runs (Debian package dunst)");
        let mut dunst = Dunst {
            daemon,
            address,
            bus,
            _dir: dir,
        };
        let started = Instant::now();
        while !dunst.ctl(&["is-paused"]).status.success() {
            if let Some(status) = dunst.daemon.try_wait().expect("poll dunst") {
                panic!("dunst exited before it took the notification service: {status}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "dunst did not take the notification service within 15 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        dunst
    }

    /// The session bus address this dunst serves.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Runs `dunstctl ARGS` against this dunst.
    pub fn ctl(&self, args: &[&str]) -> Output {
        let mut c = std::process::Command::new("dunstctl");
        c.args(args).env("DBUS_SESSION_BUS_ADDRESS", &self.address);
        output_within(&mut c, CALL_LIMIT)
    }

    /// Every notification shown so far, oldest first.
    pub fn history(&self) -> Vec<Notification> {
        // Shown notifications reach the history once closed.
        assert!(self.ctl(&["close-all"]).status.success());
        std::thread::sleep(Duration::from_millis(300));
        let out = self.ctl(&["history"]);
        assert!(out.status.success(), "dunstctl history: {}", stderr(&out));
        let json: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("dunstctl history is JSON");
        let field = |n: &serde_json::Value, name: &str| {
            n[name]["data"].as_str().unwrap_or_default().to_string()
        };
        let mut list: Vec<(i64, Notification)> = json["data"][0]
            .as_array()
            .expect("history list")
            .iter()
            .map(|n| {
                (
                    n["id"]["data"].as_i64().unwrap_or_default(),
                    (field(n, "appname"), field(n, "summary"), field(n, "body")),
                )
            })
            .collect();
        list.sort_by_key(|(id, _)| *id);
        list.into_iter().map(|(_, n)| n).collect()
    }

    /// Polls the history until `wanted` holds for it, up to `limit`; fails the test naming
    /// `what` did not happen.
    pub fn wait_for_history(
        &self,
        limit: Duration,
        what: &str,
        wanted: impl Fn(&[Notification]) -> bool,
    ) -> Vec<Notification> {
        let started = Instant::now();
        loop {
            let shown = self.history();
            if wanted(&shown) {
                return shown;
            }
            assert!(
                started.elapsed() < limit,
                "{what}: not seen within {} s; shown: {shown:#?}",
                limit.as_secs()
            );
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    /// Runs `licensure --data-dir DIR ARGS` with this dunst's bus.
    pub fn licensure(&self, data_dir: &Path, args: &[&str]) -> Output {
        let mut c = std::process::Command::new(binary("licensure"));
        c.arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address);
        output_within(&mut c, CALL_LIMIT)
    }
}

impl Drop for Dunst {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
        // The private bus, if any, stops after the daemon on it.
        drop(self.bus.take());
    }
}
