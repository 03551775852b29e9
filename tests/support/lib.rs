//! Support for the system tests: locating the built binaries, temporary data directories,
//! running the CLI. The tests themselves live in `system/`.
//!
//! The binaries are built by `cargo xtask test` before the tests run (an integration test
//! cannot ask Cargo to build another package's binaries).

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

pub mod bus;
pub mod dialog;
pub mod dunst;
pub mod ical;
pub mod packs;
pub mod page;
pub mod pdf;
pub mod process;
pub mod webview;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Identifying numbers in the sample clinician (NPI, DEA, license and policy numbers): none
/// may appear in a log, a notification or any CLI output but an export.
pub const SAMPLE_NUMBERS: [&str; 8] = [
    "Q1234",
    "301234",
    "ME150001",
    "BR1234563",
    "BR2345672",
    "LSM-88120",
    "88120",
    "1234567893",
];

/// How long one CLI command may take before the test fails.
const CLI_LIMIT: Duration = Duration::from_secs(120);

/// The workspace root.
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Cargo's target directory (`CARGO_TARGET_DIR`, or `target/` in the workspace).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target"))
}

/// A built binary of the workspace (debug profile unless LICENSURE_PROFILE says otherwise).
pub fn binary(name: &str) -> PathBuf {
    let target = target_dir();
    let profile = std::env::var("LICENSURE_PROFILE").unwrap_or_else(|_| "debug".into());
    let path = target.join(profile).join(name);
    assert!(path.exists(), "{} is not built: run `cargo xtask test` (or `cargo build -p licensure-cli -p licensure-app`) first", path.display());
    path
}

/// The sample clinician document shipped with the store.
pub fn sample_document() -> PathBuf {
    workspace().join("crates/licensure-store/src/sample/clinician.json")
}

/// Runs `licensure` with `args` against `data_dir` and returns its output; fails the test
/// when it takes longer than two minutes.
pub fn licensure(data_dir: &Path, args: &[&str]) -> Output {
    let mut c = Command::new(binary("licensure"));
    c.arg("--data-dir").arg(data_dir).args(args);
    output_within(&mut c, CLI_LIMIT)
}

/// Runs `command` (stdin empty, stdout and stderr captured) and returns its output. Fails the
/// test, after killing it, when it has not exited within `limit`, or when its output stays
/// open 10 s after it exited (a process it started still holds the pipe).
pub fn output_within(command: &mut Command, limit: Duration) -> Output {
    let what = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let read_all = |pipe: Option<Box<dyn Read + Send>>| {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            let _ = tx.send(bytes);
        });
        rx
    };
    let stdout = read_all(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = read_all(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll a child process") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not exit within {} s: killed", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let collect = |rx: mpsc::Receiver<Vec<u8>>, name: &str| {
        rx.recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| {
                panic!("{what} exited ({status}) but its {name} stayed open for 10 s")
            })
    };
    Output {
        status,
        stdout: collect(stdout, "stdout"),
        stderr: collect(stderr, "stderr"),
    }
}

/// The local date `days` days from today, YYYY-MM-DD (via `date`, which knows the local
/// time zone).
pub fn local_date_in(days: i64) -> String {
    let out = output_within(
        Command::new("date").args(["-d", &format!("12:00 today {days:+} days"), "+%F"]),
        Duration::from_secs(10),
    );
    assert!(out.status.success(), "date: {}", stderr(&out));
    stdout(&out).trim().to_string()
}

/// Stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
