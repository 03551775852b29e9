//! The reminder scheduler: delivers due reminders as desktop notifications while the app
//! runs, through the same use case as `licensure remind` (licensure_store::reminders).
//!
//! A background thread wakes every [`TICK`] (measured on the monotonic clock) and reads the
//! local date and time. It delivers at start, when the local date has changed, when the wall
//! clock jumped against the monotonic clock by more than [`JUMP_TOLERANCE`] (a resume after
//! suspend, a manual clock change), when the previous run left a failure or postponed
//! reminders to retry, when a command asks (`run_now`: a mark or setting changed), and
//! otherwise every [`REFRESH_TICKS`] ticks for records edited in the app. Each notification
//! is shown on its own worker thread with a timeout (`licensure_notify::SHOW_TIMEOUT`), so a
//! hung notification service delays the scheduler, never the UI. After each run the tray menu is refreshed.
//!
//! Limits: reminders are delivered only while the app runs (start at login keeps it running
//! in the tray); a notification that the service accepts after the timeout may be shown a
//! second time at the retry.

pub mod commands;

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant, SystemTime};

use chrono::{Local, NaiveDate, NaiveDateTime};
use licensure_notify::DesktopNotifier;
use licensure_store::deliver_due;
use tauri::{AppHandle, Manager};

use crate::state::AppState;
use crate::tray;

/// How often the scheduler wakes.
pub const TICK: Duration = Duration::from_secs(60);
/// A wall-clock advance that differs from the monotonic one by more than this is a jump.
pub const JUMP_TOLERANCE: Duration = Duration::from_secs(5);
/// Without any other reason, a run every this many ticks.
pub const REFRESH_TICKS: u32 = 15;

/// Asks the scheduler for a run at once. Held by Tauri (`manage`).
#[derive(Debug)]
pub struct Scheduler(std::sync::Mutex<Sender<()>>);

impl Scheduler {
    /// Wakes the scheduler; a no-op when it is gone.
    pub fn run_now(&self) {
        if let Ok(tx) = self.0.lock() {
            let _ = tx.send(());
        }
    }
}

impl Scheduler {
    /// A scheduler with no thread behind it: `run_now` does nothing (the IPC tests).
    pub fn detached() -> Self {
        Scheduler(std::sync::Mutex::new(mpsc::channel().0))
    }
}

/// Starts the scheduler thread; it runs once at once.
pub fn start(app: AppHandle) -> Scheduler {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || run_loop(&app, &rx));
    if let Err(e) = spawned {
        eprintln!("Licensure: the reminder scheduler could not start: {e}");
    }
    Scheduler(std::sync::Mutex::new(tx))
}

/// Whether the wall clock moved differently from the monotonic clock since the marks.
fn clock_jumped(mono_mark: Instant, wall_mark: SystemTime) -> bool {
    let mono = mono_mark.elapsed();
    match SystemTime::now().duration_since(wall_mark) {
        Ok(wall) => wall.abs_diff(mono) > JUMP_TOLERANCE,
        Err(_) => true, // the wall clock went backwards
    }
}

fn run_loop(app: &AppHandle, wake: &Receiver<()>) {
    let mut last_date: Option<NaiveDate> = None;
    let mut retry = false;
    let mut asked = true;
    let mut idle_ticks = 0u32;
    loop {
        let mono_mark = Instant::now();
        let wall_mark = SystemTime::now();
        let now = Local::now().naive_local();
        if asked || retry || last_date != Some(now.date()) || idle_ticks >= REFRESH_TICKS {
            retry = deliver(app, now);
            tray::refresh(app);
            last_date = Some(now.date());
            idle_ticks = 0;
        } else {
            idle_ticks += 1;
        }
        asked = match wake.recv_timeout(TICK) {
            Ok(()) => true,
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => {
                std::thread::sleep(TICK);
                false
            }
        };
        if clock_jumped(mono_mark, wall_mark) {
            asked = true;
        }
    }
}

/// One delivery run; true when something is left to retry.
fn deliver(app: &AppHandle, now: NaiveDateTime) -> bool {
    let state = app.state::<AppState>();
    let (Ok(store), Ok(data)) = (
        state.store(),
        crate::checked_commands::judged_dataset(state.inner(), now.date()),
    ) else {
        return false;
    };
    match deliver_due(&store, &data, &DesktopNotifier, now) {
        Ok(report) => report.failed.is_some() || !report.postponed.is_empty(),
        Err(e) => {
            eprintln!("Licensure: reminders could not be delivered: {e}");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_that_keeps_pace_is_no_jump_and_one_set_back_is() {
        let cases = vec![
            ("same instant", Instant::now(), SystemTime::now(), false),
            (
                "wall clock an hour ahead of the monotonic one (resume)",
                Instant::now(),
                SystemTime::now() - Duration::from_secs(3600),
                true,
            ),
            (
                "wall clock set back",
                Instant::now(),
                SystemTime::now() + Duration::from_secs(3600),
                true,
            ),
        ];
        for (name, mono, wall, expected) in cases {
            assert_eq!(clock_jumped(mono, wall), expected, "{name}");
        }
    }
}
