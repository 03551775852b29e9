//! Reminders as real desktop notifications: `licensure remind` and the app's scheduler
//! against a real notification daemon (dunst), read back with `dunstctl history`.
//!
//! The CLI test runs dunst on a private session bus of its own, so that nothing else in the
//! suite can add to (or read) its history. The app test needs the suite's bus (the app is
//! launched by the WebDriver with the suite's environment); it tells its notifications apart
//! by a specialty no other test uses.

use std::time::{Duration, Instant};

use licensure_system_tests::dunst::{Dunst, Notification};
use licensure_system_tests::webview::App;
use licensure_system_tests::{
    licensure, local_date_in, sample_document, stderr, stdout, SAMPLE_NUMBERS,
};

/// The two tests each start a dunst; one at a time.
pub(crate) static ONE_DUNST: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn assert_number_free(notifications: &[Notification]) {
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

fn summaries(notifications: &[Notification]) -> Vec<String> {
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
    let dunst = Dunst::on_private_bus();
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
    let dunst = Dunst::on_session_bus();
    let dir = tempfile::tempdir().expect("temp dir");
    // Seven days from the local date: the 7-day lead time fires today.
    let expires = local_date_in(7);
    let doc = dir.path().join("due.json");
    std::fs::write(&doc, due_document(&expires)).expect("document");
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
            "Board certification · Restart Check Medicine expires in 7 days ({expires})"
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
