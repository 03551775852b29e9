//! `licensure remind [--dry-run]`: shows the reminders due on --today as desktop
//! notifications, each exactly once, and prints what it delivered.
//!
//! Same use case as the app's scheduler (licensure_store::reminders): the most urgent
//! reminder per deadline, recorded as delivered only after the notification service accepted
//! it; a refusal is recorded and tried again at the next run (at most
//! licensure_store::reminders::MAX_ATTEMPTS times). `--dry-run` lists what would be shown and
//! changes nothing. While the app is open it holds the database: the command then exits 4 and
//! the app's own scheduler delivers the reminders.
//!
//! Limits: notifications go to the session's notification service over D-Bus; one that gives
//! no answer within `licensure_notify::SHOW_TIMEOUT` counts as a failure. Texts name
//! credentials by kind and state, never by number.

use chrono::{Local, NaiveDateTime};
use licensure_core::reminder::DueReminders;
use licensure_notify::DesktopNotifier;
use licensure_store::reminders::MAX_ATTEMPTS;
use licensure_store::{deliver_due, due_now, DeliveryReport};
use serde::Serialize;

use super::Context;
use crate::exit::Exit;
use crate::output;

#[derive(Debug, Serialize)]
struct DryRun {
    now: NaiveDateTime,
    #[serde(flatten)]
    due: DueReminders,
}

#[derive(Debug, Serialize)]
struct Delivered {
    now: NaiveDateTime,
    #[serde(flatten)]
    report: DeliveryReport,
}

pub fn run(ctx: &Context, dry_run: bool) -> Result<(), Exit> {
    let store = ctx.store()?;
    let data = &*ctx.judged(&store.checked_answers()?)?;
    let now = ctx.today.and_time(Local::now().time());
    if dry_run {
        let due = due_now(&store, data, now)?;
        if ctx.json {
            return output::json(&DryRun { now, due });
        }
        if due.reminders.is_empty() {
            return output::lines(&[format!("No reminders due on {}.", ctx.today)]);
        }
        let mut lines = vec![format!("Would deliver on {}:", ctx.today)];
        lines.extend(due.reminders.iter().map(|r| format!("  {}", r.title)));
        return output::lines(&lines);
    }
    let report = deliver_due(&store, data, &DesktopNotifier, now)?;
    if ctx.json {
        output::json(&Delivered {
            now,
            report: report.clone(),
        })?;
    } else {
        output::lines(&summary(&report, ctx))?;
    }
    match &report.failed {
        Some(f) => Err(Exit::failure(format!(
            "a notification could not be shown ({}); it will be tried again at the next run \
             (attempt {} of {MAX_ATTEMPTS})",
            f.error, f.attempts
        ))),
        None => Ok(()),
    }
}

fn summary(report: &DeliveryReport, ctx: &Context) -> Vec<String> {
    let mut lines = Vec::new();
    if report.delivered.is_empty() {
        lines.push(format!("No reminders delivered on {}.", ctx.today));
    } else {
        lines.push(format!("Delivered {}:", report.delivered.len()));
        lines.extend(report.delivered.iter().map(|r| format!("  {}", r.title)));
    }
    if !report.postponed.is_empty() {
        lines.push(format!(
            "{} more wait for the next run.",
            report.postponed.len()
        ));
    }
    if !report.given_up.is_empty() {
        lines.push(format!(
            "{} could not be shown after {MAX_ATTEMPTS} attempts:",
            report.given_up.len()
        ));
        lines.extend(report.given_up.iter().map(|r| format!("  {}", r.title)));
    }
    lines
}
