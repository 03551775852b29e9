//! Exactly-once reminder delivery against a real sled database: repeated runs, restarts,
//! the clock going backwards, a machine off for weeks, snooze, done, and failed deliveries.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod common;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use licensure_core::deadline::DeadlineKind;
use licensure_core::reference::Dataset;
use licensure_core::reminder::{DeadlineMark, Reminder, ReminderSettings};
use licensure_store::document::parse_import;
use licensure_store::reminders::MAX_ATTEMPTS;
use licensure_store::{deliver_due, due_now, Notifier, Store};

/// One board certification (no renewal window, no linked credentials) expiring 2027-03-31:
/// with the default lead times it triggers on 2026-12-31 (90 days), 2027-01-30 (60),
/// 2027-03-01 (30), 2027-03-17 (14), 2027-03-24 (7), 2027-03-30 (1), 2027-03-31 (0), and is
/// lapsed from 2027-04-01.
const DOCUMENT: &str = common::ONE_BOARD_CERTIFICATION;

const DEADLINE: &str = "c1:board_cert_expires:2027-03-31";

/// Records what it shows; refuses while `failing` is set.
#[derive(Default)]
struct Recorder {
    shown: RefCell<Vec<Reminder>>,
    failing: Cell<bool>,
}

impl Notifier for Recorder {
    fn show(&self, reminder: &Reminder) -> Result<(), String> {
        if self.failing.get() {
            return Err("org.freedesktop.DBus.Error.ServiceUnknown: pid 4711 gone".into());
        }
        self.shown.borrow_mut().push(reminder.clone());
        Ok(())
    }
}

enum Step {
    /// Runs delivery at noon of the date; `ok` says whether the notifier accepts; `expect`
    /// lists the trigger suffixes of the keys delivered; `failures` the failures stored after.
    Run {
        date: &'static str,
        ok: bool,
        expect: &'static [&'static str],
        failures: usize,
    },
    /// Closes the store and opens it again (an app or computer restart).
    Reopen,
    Mark(Option<DeadlineMark>),
    Settings(ReminderSettings),
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn noon(s: &str) -> NaiveDateTime {
    date(s).and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon"))
}

fn run_case(name: &str, steps: &[Step]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = Dataset::bundled().expect("bundled dataset");
    let (doc, _) = parse_import(DOCUMENT).expect("document");
    let mut store = Store::open(dir.path()).expect("open");
    store.replace_all(&doc).expect("import");
    let recorder = Recorder::default();
    for (i, step) in steps.iter().enumerate() {
        match step {
            Step::Run {
                date: day,
                ok,
                expect,
                failures,
            } => {
                recorder.failing.set(!ok);
                recorder.shown.borrow_mut().clear();
                let report = deliver_due(&store, &data, &recorder, noon(day)).expect("deliver");
                let keys: Vec<String> = report.delivered.iter().map(|r| r.key.clone()).collect();
                let shown: Vec<String> = recorder
                    .shown
                    .borrow()
                    .iter()
                    .map(|r| r.key.clone())
                    .collect();
                let expected: Vec<String> =
                    expect.iter().map(|s| format!("{DEADLINE}#{s}")).collect();
                assert_eq!(keys, expected, "{name}, step {i} ({day}): delivered");
                assert_eq!(shown, expected, "{name}, step {i} ({day}): shown");
                let stored = store.delivery_failures().expect("failures");
                assert_eq!(
                    stored.len(),
                    *failures,
                    "{name}, step {i}: failures {stored:?}"
                );
                for f in &stored {
                    assert!(
                        !f.error.chars().any(|c| c.is_ascii_digit()),
                        "{name}: failure text keeps a number: {}",
                        f.error
                    );
                }
                // Whatever was shown is recorded: a dry run right after has nothing due.
                let again = due_now(&store, &data, noon(day)).expect("due");
                for key in &keys {
                    assert!(
                        !again.reminders.iter().any(|r| &r.key == key),
                        "{name}, step {i}: {key} still due after delivery"
                    );
                }
            }
            Step::Reopen => {
                drop(store);
                store = Store::open(dir.path()).expect("reopen");
            }
            Step::Mark(mark) => store
                .set_deadline_mark(DEADLINE, mark.as_ref())
                .expect("mark"),
            Step::Settings(s) => store.save_reminder_settings(s).expect("settings"),
        }
    }
}

fn run(date: &'static str, expect: &'static [&'static str]) -> Step {
    Step::Run {
        date,
        ok: true,
        expect,
        failures: 0,
    }
}

fn fail(date: &'static str, failures: usize) -> Step {
    Step::Run {
        date,
        ok: false,
        expect: &[],
        failures,
    }
}

#[test]
fn each_reminder_is_delivered_exactly_once() {
    let no_board_reminders = ReminderSettings {
        per_kind: BTreeMap::from([(DeadlineKind::BoardCertExpires, vec![])]),
        ..ReminderSettings::default()
    };
    let mut give_up = vec![];
    for _ in 0..MAX_ATTEMPTS {
        give_up.push(fail("2026-12-31", 1));
    }
    // Given up: not shown even though the notifier now accepts, still listed as failed.
    give_up.push(Step::Run {
        date: "2026-12-31",
        ok: true,
        expect: &[],
        failures: 1,
    });
    give_up.push(run("2027-01-30", &["lead-60"]));
    let cases: Vec<(&str, Vec<Step>)> = vec![
        (
            "nothing before the first trigger date",
            vec![run("2026-12-30", &[]), run("2026-01-01", &[])],
        ),
        (
            "repeated runs on the same day and the next show nothing more",
            vec![
                run("2026-12-31", &["lead-90"]),
                run("2026-12-31", &[]),
                run("2027-01-01", &[]),
                run("2027-01-29", &[]),
                run("2027-01-30", &["lead-60"]),
                run("2027-01-30", &[]),
            ],
        ),
        (
            "a restart between runs does not repeat a delivery",
            vec![
                run("2026-12-31", &["lead-90"]),
                Step::Reopen,
                run("2026-12-31", &[]),
                Step::Reopen,
                run("2027-01-30", &["lead-60"]),
            ],
        ),
        (
            "the clock going backwards does not bring back older reminders",
            vec![
                run("2027-03-01", &["lead-30"]),
                run("2027-01-30", &[]),
                run("2026-12-31", &[]),
                run("2027-03-01", &[]),
                run("2027-03-17", &["lead-14"]),
            ],
        ),
        (
            "forty days off gives one catch-up reminder, not a burst",
            vec![
                run("2027-03-01", &["lead-30"]),
                Step::Reopen,
                run("2027-04-10", &["lapsed"]),
                run("2027-04-11", &[]),
            ],
        ),
        (
            "first run long after the due date shows only the lapse",
            vec![run("2027-05-01", &["lapsed"]), run("2027-05-02", &[])],
        ),
        (
            "snoozed: silent until the date, then the most urgent due one",
            vec![
                run("2026-12-31", &["lead-90"]),
                Step::Mark(Some(DeadlineMark::Snoozed {
                    until: date("2027-03-20"),
                })),
                run("2027-03-17", &[]),
                run("2027-03-19", &[]),
                Step::Reopen,
                run("2027-03-20", &["lead-14"]),
                run("2027-03-24", &["lead-7"]),
            ],
        ),
        (
            "clearing a snooze brings the reminder back at once",
            vec![
                Step::Mark(Some(DeadlineMark::Snoozed {
                    until: date("2027-03-20"),
                })),
                run("2027-03-01", &[]),
                Step::Mark(None),
                run("2027-03-01", &["lead-30"]),
            ],
        ),
        (
            "done: no reminder at all, lapse included, across a restart",
            vec![
                run("2026-12-31", &["lead-90"]),
                Step::Mark(Some(DeadlineMark::Done)),
                Step::Reopen,
                run("2027-03-17", &[]),
                run("2027-03-31", &[]),
                run("2027-04-10", &[]),
            ],
        ),
        (
            "a refused delivery is recorded and retried at the next run",
            vec![
                fail("2026-12-31", 1),
                fail("2026-12-31", 1),
                Step::Reopen,
                run("2026-12-31", &["lead-90"]),
                run("2026-12-31", &[]),
            ],
        ),
        (
            "a failure for a superseded reminder is cleared when the next one is delivered",
            vec![fail("2026-12-31", 1), run("2027-01-30", &["lead-60"])],
        ),
        (
            "after the last attempt it is no longer tried, the next trigger still is",
            give_up,
        ),
        (
            "a kind with no lead times gives no reminders, lapse included",
            vec![
                Step::Settings(no_board_reminders),
                Step::Reopen,
                run("2027-03-17", &[]),
                run("2027-04-10", &[]),
            ],
        ),
        (
            "custom lead times replace the defaults",
            vec![
                Step::Settings(ReminderSettings {
                    lead_days: vec![45, 3],
                    per_kind: BTreeMap::new(),
                }),
                run("2027-01-30", &[]),
                run("2027-02-14", &["lead-45"]),
                run("2027-03-28", &["lead-3"]),
            ],
        ),
    ];
    for (name, steps) in cases {
        run_case(name, &steps);
    }
}

#[test]
fn marks_settings_and_failures_survive_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = ReminderSettings {
        lead_days: vec![30, 7],
        per_kind: BTreeMap::from([(DeadlineKind::Expiry, vec![60])]),
    };
    {
        let store = Store::open(dir.path()).expect("open");
        assert_eq!(
            store.reminder_settings().expect("settings"),
            ReminderSettings::default()
        );
        store.save_reminder_settings(&settings).expect("save");
        store
            .set_deadline_mark("a:expiry:2027-01-01", Some(&DeadlineMark::Done))
            .expect("mark");
        store
            .set_deadline_mark(
                "b:expiry:2027-01-01",
                Some(&DeadlineMark::Snoozed {
                    until: date("2026-12-01"),
                }),
            )
            .expect("mark");
        assert!(store
            .set_deadline_mark(" ", Some(&DeadlineMark::Done))
            .is_err());
    }
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(store.reminder_settings().expect("settings"), settings);
    let marks = store.deadline_marks().expect("marks");
    assert_eq!(marks.len(), 2);
    assert_eq!(marks.get("a:expiry:2027-01-01"), Some(&DeadlineMark::Done));
    store
        .set_deadline_mark("a:expiry:2027-01-01", None)
        .expect("clear");
    assert_eq!(store.deadline_marks().expect("marks").len(), 1);
}
