//! The app as a process among others: one instance at a time, the CLI told when the app holds
//! the data, no network connections, no credential numbers in any output but exports.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use licensure_system_tests::webview::one_app_at_a_time;
use licensure_system_tests::{binary, licensure, sample_document, stderr, stdout, PrivateBus};

/// Numbers in the sample clinician that must never leak (NPI, DEA, license and policy numbers).
const SAMPLE_NUMBERS: &[&str] = &[
    "1234567893",
    "BR1234563",
    "BR2345672",
    "Q1234",
    "301234",
    "ME150001",
    "LSM-88120",
];

fn sample_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = licensure(
        dir.path(),
        &["import", sample_document().to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

fn start_app(data_dir: &Path, bus: &PrivateBus, wrapper: &[&str]) -> Child {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "needs an X display: run under xvfb-run (cargo xtask test does)"
    );
    let app = binary("licensure-app");
    let mut command = match wrapper.split_first() {
        Some((program, args)) => {
            let mut c = Command::new(program);
            c.args(args).arg(&app);
            c
        }
        None => Command::new(&app),
    };
    // The app's output goes to a file, not a pipe: WebKit's helper processes inherit it and
    // could keep a pipe open after the app is gone. Its own process group lets `stop` end
    // the app, a wrapper such as strace and every WebKit process together.
    let path = log_path(data_dir);
    let path = if path.exists() {
        data_dir.join("second-app-stderr.log")
    } else {
        path
    };
    let log = std::fs::File::create(path).expect("app log file");
    command
        .env("LICENSURE_DATA_DIR", data_dir)
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        // No accessibility bus on the private bus: GTK would wait for its activation.
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::null())
        .stderr(log)
        .process_group(0)
        .spawn()
        .expect("the app starts")
}

/// Where the first app started on `data_dir` writes its stderr (inside the data directory,
/// removed with it). A second launch writes to its own file.
fn log_path(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("app-stderr.log")
}

/// Waits until the app holds the database: the CLI then reports it in use (exit 4). Fails
/// with the app's own output when the app exits or never opens the data.
fn wait_until_app_holds(data_dir: &Path, app: &mut Child) -> std::process::Output {
    let started = Instant::now();
    loop {
        let out = licensure(data_dir, &["list"]);
        if out.status.code() == Some(4) {
            return out;
        }
        let exited = app.try_wait().expect("poll the app");
        if exited.is_some() || started.elapsed() > Duration::from_secs(90) {
            let _ = app.kill();
            let err = std::fs::read_to_string(log_path(data_dir)).unwrap_or_default();
            panic!("the app never held the database (exit: {exited:?}); its stderr:\n{err}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Stops the app with its whole process group (a wrapper such as strace, the WebKit
/// processes) and returns what it wrote to stderr.
fn stop(mut child: Child, data_dir: &Path) -> String {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .status();
    let _ = child.kill();
    let _ = child.wait();
    std::fs::read_to_string(log_path(data_dir)).unwrap_or_default()
}

#[test]
fn the_app_makes_no_network_connection() {
    let _one = one_app_at_a_time();
    let dir = sample_store();
    let trace = dir.path().join("connect.trace");
    let trace_arg = trace.to_str().expect("utf-8").to_string();
    let bus = PrivateBus::start();
    let mut app = start_app(
        dir.path(),
        &bus,
        &[
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=connect",
            "-o",
            &trace_arg,
        ],
    );
    let held = wait_until_app_holds(dir.path(), &mut app);
    assert_eq!(
        held.status.code(),
        Some(4),
        "the app started and opened its data"
    );
    // Let the webview load the UI and the first data.
    std::thread::sleep(Duration::from_secs(5));
    let err = stop(app, dir.path());
    for number in SAMPLE_NUMBERS {
        assert!(
            !err.contains(number),
            "the app's log shows a credential number: {err}"
        );
    }
    let text = std::fs::read_to_string(&trace)
        .expect("strace wrote its trace (cargo xtask test installs strace)");
    let connects: Vec<&str> = text.lines().filter(|l| l.contains("connect(")).collect();
    assert!(
        !connects.is_empty(),
        "the trace saw the app's connect calls (D-Bus, X11):\n{text}"
    );
    let inet: Vec<&&str> = connects
        .iter()
        .filter(|l| l.contains("AF_INET"))
        .filter(|l| !l.contains("127.0.0.1") && !l.contains("::1"))
        .collect();
    assert!(
        inet.is_empty(),
        "the app tried to reach the network:\n{inet:#?}"
    );
}

#[test]
fn no_command_but_an_export_prints_a_credential_number() {
    let dir = sample_store();
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--json"],
        &["deadlines", "--today", "2026-11-26"],
        &["deadlines", "--today", "2026-11-26", "--json"],
        &["offers", "--today", "2026-11-26"],
        &["offers", "--today", "2026-11-26", "--json"],
        &["imlc", "--today", "2026-11-26"],
        &["imlc", "--today", "2026-11-26", "--json"],
        &["path", "CA", "--today", "2026-11-26"],
        &["reference", "TX"],
        &["ics", "--today", "2026-11-26"],
        &["remind", "--dry-run", "--today", "2026-11-26"],
    ];
    let mut checked = 0;
    for args in commands {
        let out = licensure(dir.path(), args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = format!("{}{}", stdout(&out), stderr(&out));
        for number in SAMPLE_NUMBERS {
            // `list --json` is the profile and credentials themselves: numbers are the data.
            if args == &["list", "--json"] {
                continue;
            }
            assert!(!text.contains(number), "{args:?} printed {number}:\n{text}");
            checked += 1;
        }
    }
    assert!(checked > 50, "checked {checked} command × number pairs");
}
