//! The app as a process among others: a second launch hands over to the first, the CLI is told
//! when the app holds the data, the app makes no network connection, and no credential number
//! appears in the app's log, its notifications or any CLI output but an export.
//!
//! Each app runs on a private session bus that activates nothing ([`PrivateBus`]): its
//! single-instance name cannot meet the WebDriver tests' apps on the suite's bus. The apps
//! still run one at a time with those (`one_app_at_a_time`), since `App::close` ends every
//! process of the app binary. Every process a test starts is ended with its whole process
//! group ([`ProcessGroup`]), also when the test fails.
//!
//! Whether the app holds the database is read from /proc/locks, never by running the CLI
//! until it says "in use": a CLI run takes the store's lock while it works, and an app that
//! starts at that moment finds the store in use and reports that until it is restarted (it
//! opens the store once, at start-up). Probing with the CLI made these tests fail in the
//! loaded full run, after waiting out their whole start allowance.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use licensure_system_tests::bus::PrivateBus;
use licensure_system_tests::dunst::{Dunst, Notification};
use licensure_system_tests::process::ProcessGroup;
use licensure_system_tests::webview::one_app_at_a_time;
use licensure_system_tests::{
    binary, licensure, local_date_in, output_within, sample_document, stderr, stdout,
    SAMPLE_NUMBERS,
};

/// How long a loaded machine may take to start the app and open its data (the debug build,
/// under strace, next to the crash test's writers on two cores).
const START_LIMIT: Duration = Duration::from_secs(90);
/// The single-instance plugin's name on the session bus: the app's identifier + ".SingleInstance".
const SINGLE_INSTANCE_NAME: &str = "app.licensure.desktop.SingleInstance";
/// The specialty of the credential added to the sample so that a reminder is due whatever
/// today is.
const DUE_SPECIALTY: &str = "Isolation Check Medicine";

/// A data directory holding the sample clinician and one board certification that expires a
/// week from today (its 7-day reminder is due today).
fn sample_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = std::fs::read_to_string(sample_document()).expect("sample document");
    let mut doc: serde_json::Value = serde_json::from_str(&sample).expect("sample is JSON");
    doc["credentials"]
        .as_array_mut()
        .expect("credentials")
        .push(serde_json::json!({
            "id": "isolation-due",
            "notes": "",
            "detail": {
                "kind": "board_certification",
                "board": "American Board of Pediatrics",
                "specialty": DUE_SPECIALTY,
                "body": "abms",
                "expires": local_date_in(7),
                "time_unlimited": false,
            },
        }));
    let path = dir.path().join("document.json");
    std::fs::write(&path, doc.to_string()).expect("document");
    let data = dir.path().join("data");
    let out = licensure(&data, &["import", path.to_str().expect("utf-8")]);
    assert!(out.status.success(), "import: {}", stderr(&out));
    dir
}

fn data_dir(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("data")
}

/// Starts the app on `data_dir` and `bus` (behind `wrapper`, such as strace), its stderr
/// going to `log` (a file, not a pipe: WebKit's processes inherit it).
fn start_app(data_dir: &Path, bus: &str, wrapper: &[&str], log: &Path) -> ProcessGroup {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "the app needs an X display: run the tests under xvfb-run (cargo xtask test does)"
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
    command
        .env("LICENSURE_DATA_DIR", data_dir)
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).expect("app log file"));
    let what = format!("{} {wrapper:?}", app.display());
    ProcessGroup::spawn(&mut command, &what)
}

/// The pids holding a lock on `file`, from /proc/locks (which takes no lock itself).
fn lock_holders(file: &Path) -> Vec<u32> {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::metadata(file) else {
        return Vec::new();
    };
    let inode = format!(":{}", meta.ino());
    std::fs::read_to_string("/proc/locks")
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            // "1: FLOCK  ADVISORY  WRITE 5704 fe:00:10887401 0 EOF"
            let fields: Vec<&str> = line.split_whitespace().collect();
            let device_inode = fields.get(5)?;
            device_inode
                .ends_with(&inode)
                .then(|| fields.get(4)?.parse().ok())
                .flatten()
        })
        .collect()
}

/// Waits until a process of `app` holds the store's lock; fails with the app's log when the
/// app exits first or does not get there within [`START_LIMIT`].
fn wait_until_app_holds(data_dir: &Path, app: &mut ProcessGroup, log: &Path) {
    let lock = data_dir.join("licensure.lock");
    let started = Instant::now();
    loop {
        let members: Vec<u32> = app.members().iter().map(|p| p.pid).collect();
        if lock_holders(&lock).iter().any(|pid| members.contains(pid)) {
            return;
        }
        let exited = app.try_wait();
        if exited.is_some() || started.elapsed() > START_LIMIT {
            let log = std::fs::read_to_string(log).unwrap_or_default();
            panic!(
                "the app did not take the store's lock within {} s (exit: {exited:?}; lock \
                 holders: {:?}); its stderr:\n{log}",
                START_LIMIT.as_secs(),
                lock_holders(&lock)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The CLI, run while the app holds the data, says so and exits with its documented code.
fn assert_cli_told_app_holds(data_dir: &Path) {
    let cli = licensure(data_dir, &["list"]);
    assert_eq!(
        cli.status.code(),
        Some(4),
        "the CLI run while the app holds the data exits 4 (in use): {}{}",
        stdout(&cli),
        stderr(&cli)
    );
    assert!(
        stderr(&cli).contains("in use by another Licensure process"),
        "{}",
        stderr(&cli)
    );
}

fn assert_number_free(what: &str, text: &str) {
    for number in SAMPLE_NUMBERS {
        assert!(!text.contains(number), "{what} shows {number}:\n{text}");
    }
}

/// The pid owning `name` on the bus at `address`.
fn bus_name_owner(address: &str, name: &str) -> Option<u32> {
    let out = output_within(
        Command::new("dbus-send")
            .env("DBUS_SESSION_BUS_ADDRESS", address)
            .args([
                "--session",
                "--print-reply=literal",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
            ])
            .arg(format!("string:{name}")),
        Duration::from_secs(30),
    );
    stdout(&out).split_whitespace().last()?.parse().ok()
}

#[test]
fn a_second_launch_hands_over_and_the_cli_is_told_the_app_holds_the_data() {
    let _one = one_app_at_a_time();
    let dir = sample_store();
    let data = data_dir(&dir);
    let bus = PrivateBus::start();
    let first_log = dir.path().join("first-app.log");
    let mut first = start_app(&data, &bus.address, &[], &first_log);
    wait_until_app_holds(&data, &mut first, &first_log);
    assert_cli_told_app_holds(&data);
    assert_eq!(
        bus_name_owner(&bus.address, SINGLE_INSTANCE_NAME),
        Some(first.id()),
        "the first app owns the single-instance name on its bus"
    );

    let second_log = dir.path().join("second-app.log");
    let mut second = start_app(&data, &bus.address, &[], &second_log);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the second launch did not hand over and exit within 30 s; its stderr:\n{}",
            std::fs::read_to_string(&second_log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        status.success(),
        "the second launch exits cleanly after handing over: {status}; its stderr:\n{}",
        std::fs::read_to_string(&second_log).unwrap_or_default()
    );
    second.stop();
    assert_eq!(first.try_wait(), None, "the first app keeps running");
    let members: Vec<u32> = first.members().iter().map(|p| p.pid).collect();
    assert!(
        lock_holders(&data.join("licensure.lock"))
            .iter()
            .any(|pid| members.contains(pid)),
        "the first app still holds the data"
    );
    assert_cli_told_app_holds(&data);
    first.stop();

    for log in [&first_log, &second_log] {
        let text = std::fs::read_to_string(log).expect("app log");
        assert_number_free("the app's log", &text);
    }
}

/// Counts of `call`s in an strace log by address family: the domain of `socket`, the
/// `sa_family` of the address given to `connect`, `sendto` and `sendmsg` ("none" when the
/// socket is already connected).
fn families(trace: &str, call: &str) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for line in trace.lines() {
        // "1234  connect(5, {sa_family=AF_UNIX, sun_path=…}, 110) = 0", "socket(AF_INET, …"
        let Some((_, args)) = line.split_once(&format!("{call}(")) else {
            continue;
        };
        let family = if call == "socket" {
            args.split(',').next()
        } else {
            args.split_once("sa_family=")
                .and_then(|(_, rest)| rest.split([',', '}']).next())
        };
        *counts
            .entry(family.unwrap_or("none").trim().to_string())
            .or_insert(0) += 1;
    }
    counts
}

/// Calls in an strace log that address an IPv4 or IPv6 peer.
fn network_calls(trace: &str) -> Vec<&str> {
    trace
        .lines()
        .filter(|l| {
            ["connect(", "sendto(", "sendmsg("]
                .iter()
                .any(|c| l.contains(c))
        })
        .filter(|l| l.contains("sa_family=AF_INET"))
        .collect()
}

#[test]
fn the_app_makes_no_network_connection() {
    let _one = one_app_at_a_time();
    let dir = sample_store();
    let data = data_dir(&dir);
    let trace = dir.path().join("network.trace");
    let log = dir.path().join("app.log");
    // A notification daemon on the app's private bus: the reminder scheduler's notifications
    // go through the traced process too, and show that it ran.
    let dunst = Dunst::on(PrivateBus::start());
    let mut app = start_app(
        &data,
        dunst.address(),
        &[
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,sendto,sendmsg",
            "-o",
            trace.to_str().expect("utf-8"),
        ],
        &log,
    );
    wait_until_app_holds(&data, &mut app, &log);
    assert_cli_told_app_holds(&data);

    // The scheduler's first run delivers the reminder due today.
    let shown = dunst.wait_for_history(
        Duration::from_secs(60),
        "the app's reminder for the credential due in 7 days",
        |shown: &[Notification]| shown.iter().any(|(_, s, _)| s.contains(DUE_SPECIALTY)),
    );
    // The webview's processes run, and under the trace.
    let started = Instant::now();
    loop {
        let names: Vec<String> = app.members().into_iter().map(|p| p.name).collect();
        if ["WebKitWebProces", "WebKitNetworkPr"]
            .iter()
            .all(|n| names.iter().any(|m| m == n))
        {
            break;
        }
        assert!(
            started.elapsed() < START_LIMIT,
            "the webview's processes did not start: {names:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // Let the webview load the UI and the first data.
    std::thread::sleep(Duration::from_secs(5));
    app.stop();

    let text = std::fs::read_to_string(&trace)
        .expect("strace wrote its trace (cargo xtask test installs strace)");
    let sockets = families(&text, "socket");
    let connects = families(&text, "connect");
    let network = network_calls(&text);
    println!(
        "no network: socket() by domain {sockets:?}; connect() by family {connects:?}; \
         sendto() {:?}; sendmsg() {:?}; calls addressing an IP peer: {}; notifications \
         shown: {}",
        families(&text, "sendto"),
        families(&text, "sendmsg"),
        network.len(),
        shown.len()
    );
    assert!(
        connects.get("AF_UNIX").copied().unwrap_or(0) > 0,
        "the trace shows the app's own connections (D-Bus, X11):\n{text}"
    );
    assert!(
        network.is_empty(),
        "the app addressed the network:\n{network:#?}"
    );

    assert_number_free(
        "the app's log",
        &std::fs::read_to_string(&log).expect("app log"),
    );
    for (_, summary, body) in &shown {
        assert_number_free("a notification", &format!("{summary}\n{body}"));
    }
}

#[test]
fn no_command_but_an_export_prints_a_credential_number() {
    let dir = sample_store();
    let data = data_dir(&dir);
    // `list --json` is the records themselves: there the numbers are the data.
    let full = licensure(&data, &["list", "--json"]);
    assert!(full.status.success(), "{}", stderr(&full));
    for number in SAMPLE_NUMBERS {
        assert!(
            stdout(&full).contains(number),
            "{number} is not in the sample: the checks below would prove nothing"
        );
    }
    let commands: &[&[&str]] = &[
        &["list"],
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
    for args in commands {
        let out = licensure(&data, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_number_free(
            &format!("licensure {}", args.join(" ")),
            &format!("{}{}", stdout(&out), stderr(&out)),
        );
    }
}

/// The trace reading above on lines as strace writes them: a network call is found, local
/// ones and message payloads naming a family are not.
#[test]
fn the_trace_reading_tells_network_calls_from_local_ones() {
    let trace = r#"101   socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 5
101   connect(5, {sa_family=AF_UNIX, sun_path="/tmp/dbus-x/bus"}, 110) = 0
102   socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 7
102   sendto(7, [{nlmsg_len=24, nlmsg_type=RTM_GETADDR}, {ifa_family=AF_INET}], 24, 0, {nl_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 24
103   sendmsg(5, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="l", iov_len=1}]}, MSG_NOSIGNAL) = 1
104   socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 9
104   connect(9, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>
105   sendto(10, "\x12", 1, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.0.2.1")}, 16) = 1
"#;
    let network = network_calls(trace);
    assert_eq!(network.len(), 2, "{network:#?}");
    assert!(network[0].starts_with("104") && network[1].starts_with("105"));
    assert_eq!(
        families(trace, "socket"),
        [("AF_INET6", 1), ("AF_NETLINK", 1), ("AF_UNIX", 1)]
            .into_iter()
            .map(|(f, n)| (f.to_string(), n))
            .collect()
    );
    assert_eq!(
        families(trace, "connect"),
        [("AF_INET6", 1), ("AF_UNIX", 1)]
            .into_iter()
            .map(|(f, n)| (f.to_string(), n))
            .collect()
    );
    assert_eq!(
        families(trace, "sendmsg"),
        [("none".to_string(), 1)].into_iter().collect()
    );
}
