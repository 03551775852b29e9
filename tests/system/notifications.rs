//! Reminders as real desktop notifications: `licensure remind` and the app's scheduler
//! against a real notification daemon (dunst), read back with `dunstctl history`.
//!
//! The CLI test runs dunst on a private session bus of its own, so that nothing else in the
//! suite can add to (or read) its history. The app test needs the suite's bus (the app is
//! launched by the WebDriver with the suite's environment); it tells its notifications apart
//! by a specialty no other test uses.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use licensure_system_tests::webview::App;
use licensure_system_tests::{binary, licensure, sample_document, stderr, stdout};

/// The two tests each start a dunst; one at a time.
static ONE_DUNST: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A running dunst, optionally on a private session bus, with its config in a temp dir.
struct Dunst {
    bus: Option<Child>,
    daemon: Child,
    address: String,
    _dir: tempfile::TempDir,
}

const DUNSTRC: &str = "[global]
    history_length = 200
    sticky_history = yes
    notification_limit = 0
    idle_threshold = 0
";

impl Dunst {
    fn start(private_bus: bool) -> Dunst {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "the notification tests need an X display for dunst: run them under xvfb-run"
        );
        let (bus, address) = if private_bus {
            let mut bus = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("dbus-daemon runs");
            let mut line = String::new();
            BufReader::new(bus.stdout.take().expect("bus stdout"))
                .read_line(&mut line)
                .expect("bus address");
            (Some(bus), line.trim().to_string())
        } else {
            let address = std::env::var("DBUS_SESSION_BUS_ADDRESS").expect(
                "the notification tests need a D-Bus session bus: run them under dbus-run-session",
            );
            (None, address)
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let rc = dir.path().join("dunstrc");
        std::fs::write(&rc, DUNSTRC).expect("dunstrc");
        let daemon = Command::new("dunst")
            .arg("-config")
            .arg(&rc)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dunst runs (Debian package dunst)");
        let dunst = Dunst {
            bus,
            daemon,
            address,
            _dir: dir,
        };
        let started = Instant::now();
        while !dunst.ctl(&["is-paused"]).status.success() {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "dunst did not take the notification service within 15 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        dunst
    }

    fn ctl(&self, args: &[&str]) -> Output {
        Command::new("dunstctl")
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("dunstctl runs")
    }

    /// Every notification shown so far as (app name, summary, body), oldest first.
    fn history(&self) -> Vec<(String, String, String)> {
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
        let mut list: Vec<(i64, (String, String, String))> = json["data"][0]
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

    /// Runs `licensure --data-dir DIR ARGS` with this dunst's bus.
    fn licensure(&self, data_dir: &Path, args: &[&str]) -> Output {
        Command::new(binary("licensure"))
            .arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::null())
            .output()
            .expect("licensure runs")
    }
}

impl Drop for Dunst {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
        if let Some(bus) = &mut self.bus {
            let _ = bus.kill();
            let _ = bus.wait();
        }
    }
}

/// Every identifying number in the sample (license, DEA, NPI, policy numbers): none may
/// appear in a notification.
const SAMPLE_NUMBERS: [&str; 8] = [
    "Q1234",
    "301234",
    "ME150001",
    "BR1234563",
    "BR2345672",
    "LSM-88120",
    "88120",
    "1234567893",
];

fn assert_number_free(notifications: &[(String, String, String)]) {
    for (_, summary, body) in notifications {
        for text in [summary, body] {
            for number in SAMPLE_NUMBERS {
                assert!(!text.contains(number), "{number} shown in {text:?}");
            }
            // Dates and day counts only: no digit run longer than a year's four digits.
            let longest = text
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            assert!(longest <= 4, "a number is shown in {text:?}");
        }
    }
}

fn summaries(notifications: &[(String, String, String)]) -> Vec<String> {
    let mut s: Vec<String> = notifications.iter().map(|(_, s, _)| s.clone()).collect();
    s.sort();
    s
}

fn sorted(list: &[&str]) -> Vec<String> {
    let mut s: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    s.sort();
    s
}

/// The sample as of 2026-11-26 with the default lead times (90, 60, 30, 14, 7, 1, 0 days;
/// renewal windows 14 and 0), one reminder per deadline whose first trigger date has come:
/// * DEA registration · NY: renewal window opened 2026-11-01, passed → the lapse;
/// * State license · TX: renewal opens 2026-11-30, 4 days → 14-day lead;
/// * DEA registration · NY expires 2026-12-31, 35 days → 60-day lead (90 superseded);
/// * the DEA telemedicine flexibilities end 2026-12-31, 35 days → 60-day lead;
/// * CAQH due 2027-01-13, 48 days → 60-day lead;
/// * State license · FL expires 2027-01-31, 66 days → 90-day lead.
///
/// Not yet: DEA registration · TX renewal opens 2027-01-30 (65 days; its lead times are 14
/// and 0), State license · TX expires 2027-02-28 (94 days), and everything later.
const EXPECTED_ON_2026_11_26: [&str; 6] = [
    "DEA registration · NY renewal opened on 2026-11-01 (25 days ago)",
    "State license · TX renewal opens in 4 days (2026-11-30)",
    "DEA registration · NY expires in 35 days (2026-12-31)",
    "Federal rule · DEA telemedicine flexibilities for controlled medications (fourth temporary extension) ends in 35 days (2026-12-31)",
    "CAQH attestation due in 48 days (2027-01-13)",
    "State license · FL expires in 66 days (2027-01-31)",
];

/// Five days later, newly due: the TX renewal window has opened (the lapse), the NY DEA
/// expiry and the federal rule reach their 30-day lead, the TX license its 90-day lead. The
/// CAQH (43 days) and FL (61 days; its 60-day lead comes on 2026-12-02) reminders were
/// already shown, and the NY renewal-window lapse was too.
const LATER: &str = "2026-12-01";
const EXPECTED_LATER: [&str; 4] = [
    "State license · TX renewal opened on 2026-11-30 (yesterday)",
    "DEA registration · NY expires in 30 days (2026-12-31)",
    "Federal rule · DEA telemedicine flexibilities for controlled medications (fourth temporary extension) ends in 30 days (2026-12-31)",
    "State license · TX expires in 89 days (2027-02-28)",
];

#[test]
fn remind_shows_each_due_reminder_once_and_numberless() {
    let _one = ONE_DUNST.blocking_lock();
    let dunst = Dunst::start(true);
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = sample_document();
    let import = licensure(dir.path(), &["import", sample.to_str().expect("utf-8")]);
    assert!(import.status.success(), "import: {}", stderr(&import));

    let dry = dunst.licensure(
        dir.path(),
        &["remind", "--dry-run", "--today", "2026-11-26"],
    );
    assert!(dry.status.success(), "dry run: {}", stderr(&dry));
    assert!(dunst.history().is_empty(), "a dry run showed something");

    let first = dunst.licensure(dir.path(), &["remind", "--today", "2026-11-26"]);
    assert!(first.status.success(), "remind: {}", stderr(&first));
    let shown = dunst.history();
    assert_eq!(summaries(&shown), sorted(&EXPECTED_ON_2026_11_26));
    assert!(
        shown.iter().all(|(app, _, _)| app == "Licensure"),
        "{shown:?}"
    );
    assert_number_free(&shown);
    for summary in EXPECTED_ON_2026_11_26 {
        assert!(stdout(&first).contains(summary), "not reported: {summary}");
    }

    let second = dunst.licensure(dir.path(), &["remind", "--today", "2026-11-26"]);
    assert!(second.status.success(), "second run: {}", stderr(&second));
    assert_eq!(
        dunst.history().len(),
        shown.len(),
        "the second run showed something"
    );
    assert!(
        stdout(&second).contains("No reminders delivered"),
        "{}",
        stdout(&second)
    );

    let later = dunst.licensure(dir.path(), &["remind", "--today", LATER]);
    assert!(later.status.success(), "later run: {}", stderr(&later));
    let all = dunst.history();
    assert_eq!(
        summaries(&all[shown.len()..]),
        sorted(&EXPECTED_LATER),
        "newly due on {LATER}"
    );
    assert_number_free(&all);
}

#[test]
fn remind_exits_4_while_the_database_is_held() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _held = licensure_store::Store::open(dir.path()).expect("open");
    let out = licensure(dir.path(), &["remind", "--today", "2026-11-26"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("in use"), "{}", stderr(&out));
}

/// A document whose one board certification expires `days` after today, under a specialty
/// no other test uses.
fn due_document(expires: &str) -> String {
    format!(
        r#"{{"format": "licensure-export", "version": 1, "profile": null, "offers": [],
  "credentials": [{{ "id": "c1", "notes": "", "detail": {{
    "kind": "board_certification", "board": "American Board of Pediatrics",
    "specialty": "Restart Check Medicine", "body": "abms", "expires": "{expires}",
    "time_unlimited": false }} }}]}}"#
    )
}

#[tokio::test]
async fn the_app_delivers_once_across_a_restart() {
    let _one = ONE_DUNST.lock().await;
    let dunst = Dunst::start(false);
    let dir = tempfile::tempdir().expect("temp dir");
    // Seven days from the local date: the 7-day lead time fires today.
    let today = local_today();
    let expires = today + 7 * 86_400;
    let doc = dir.path().join("due.json");
    std::fs::write(&doc, due_document(&date_of(expires))).expect("document");
    let data = dir.path().join("data");
    let import = licensure(&data, &["import", doc.to_str().expect("utf-8")]);
    assert!(import.status.success(), "import: {}", stderr(&import));
    let ours = |d: &Dunst| {
        d.history()
            .into_iter()
            .filter(|(_, s, _)| s.contains("Restart Check Medicine"))
            .collect::<Vec<_>>()
    };

    let app = App::launch(&data).await;
    let started = Instant::now();
    while ours(&dunst).is_empty() && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.close().await;
    let first = ours(&dunst);
    assert_eq!(
        summaries(&first),
        vec![format!(
            "Board certification · Restart Check Medicine expires in 7 days ({})",
            date_of(expires)
        )]
    );

    let app = App::launch(&data).await;
    // The scheduler runs at start: give it the time it took the first time, and more.
    tokio::time::sleep(Duration::from_secs(8)).await;
    app.close().await;
    assert_eq!(ours(&dunst).len(), 1, "delivered again after a restart");
    let dry = licensure(&data, &["remind", "--dry-run"]);
    assert!(
        stdout(&dry).contains("No reminders due"),
        "{}",
        stdout(&dry)
    );
}

/// Today in the local time zone, as seconds since the epoch at local midnight (via `date`).
fn local_today() -> i64 {
    let out = Command::new("date")
        .args(["-d", "today 12:00", "+%s"])
        .output()
        .expect("date");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("epoch")
}

/// YYYY-MM-DD of an epoch second, local time.
fn date_of(epoch: i64) -> String {
    let out = Command::new("date")
        .args(["-d", &format!("@{epoch}"), "+%F"])
        .output()
        .expect("date");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}
