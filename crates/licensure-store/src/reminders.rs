//! Delivering the reminders due now, exactly once: the one use case the app's scheduler and
//! `licensure remind` share.
//!
//! Steps: the deadlines (licensure-core) → the reminders due today given the stored marks,
//! settings and delivered keys (licensure-core) → each shown through a [`Notifier`] → its key
//! recorded as delivered, together with the keys it supersedes, in one flushed transaction,
//! and only after the notifier returned Ok. A crash between showing and recording can show
//! one reminder twice; it can never lose one.
//!
//! Failures: a reminder the notifier refuses is recorded as a [`DeliveryFailure`] and tried
//! again at the next run (the app runs every minute; the CLI when it is called), up to
//! [`MAX_ATTEMPTS`] attempts in all; after that it stays undelivered and listed as failed
//! until a later trigger of the same deadline supersedes it. The first failure ends the run:
//! the remaining reminders wait for the next one, so a missing notification service costs one
//! attempt per run, never a burst of them.
//!
//! Limits: the caller supplies the local date and time and the notifier (a desktop
//! notification in the app and CLI, a recorder in tests); nothing here reads a clock.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDateTime;
use licensure_core::deadline::deadlines_with_cme;
use licensure_core::reference::Dataset;
use licensure_core::reminder::{due_reminders, DueReminders, Reminder};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::reminder_state::DeliveryFailure;
use crate::{Store, StoreError};

/// A reminder is tried at most this many times (one attempt per run).
pub const MAX_ATTEMPTS: u32 = 5;

/// Shows one notification. `Err` carries the service's complaint (it is scrubbed of numbers
/// before it is stored).
pub trait Notifier {
    fn show(&self, reminder: &Reminder) -> Result<(), String>;
}

/// What one run did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
pub struct DeliveryReport {
    /// Shown and recorded, in deadline order.
    pub delivered: Vec<Reminder>,
    /// Keys recorded as superseded without being shown.
    pub superseded: Vec<String>,
    /// The reminder the notifier refused in this run, if any.
    pub failed: Option<DeliveryFailure>,
    /// Due but not tried in this run because an earlier one failed.
    pub postponed: Vec<Reminder>,
    /// Due but no longer tried: [`MAX_ATTEMPTS`] attempts failed.
    pub given_up: Vec<Reminder>,
}

/// The reminders due at `now`'s date and the keys they supersede, from the stored records,
/// marks, settings and delivered keys. Changes nothing (this is the dry run).
pub fn due_now(
    store: &Store,
    data: &Dataset,
    now: NaiveDateTime,
) -> Result<DueReminders, StoreError> {
    let today = now.date();
    let all = deadlines_with_cme(
        store.profile()?.as_ref(),
        &store.credentials()?,
        &store.offers()?,
        &store.cme_activities()?,
        data,
        today,
    );
    let delivered: HashSet<String> = store.delivered()?.into_iter().map(|(k, _)| k).collect();
    Ok(due_reminders(
        &all,
        &store.reminder_settings()?,
        &store.deadline_marks()?,
        |key| delivered.contains(key),
        today,
    ))
}

/// The deadline id part of a reminder key ("c1:expiry:2027-03-31#lead-30").
fn deadline_of(key: &str) -> &str {
    key.split_once('#').map_or(key, |(id, _)| id)
}

/// Delivers the reminders due at `now` through `notifier`, recording each delivery before the
/// next one is shown. See the module documentation for retries.
pub fn deliver_due(
    store: &Store,
    data: &Dataset,
    notifier: &dyn Notifier,
    now: NaiveDateTime,
) -> Result<DeliveryReport, StoreError> {
    let due = due_now(store, data, now)?;
    let note = now.format("%Y-%m-%d %H:%M").to_string();
    let mut superseded_by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for key in &due.superseded {
        superseded_by
            .entry(deadline_of(key))
            .or_default()
            .push(key.clone());
    }
    let shown: HashSet<&str> = due
        .reminders
        .iter()
        .map(|r| r.deadline_id.as_str())
        .collect();
    // Keys superseded by a reminder that was already delivered: recorded at once.
    let orphans: Vec<String> = superseded_by
        .iter()
        .filter(|(id, _)| !shown.contains(*id))
        .flat_map(|(_, keys)| keys.iter().cloned())
        .collect();
    store.record_reminders(&[], &orphans, &note)?;
    let mut report = DeliveryReport {
        superseded: orphans,
        ..DeliveryReport::default()
    };
    for reminder in due.reminders {
        let previous = store.delivery_failure(&reminder.key)?;
        let attempts = previous.as_ref().map_or(0, |f| f.attempts);
        if attempts >= MAX_ATTEMPTS {
            report.given_up.push(reminder);
            continue;
        }
        if report.failed.is_some() {
            report.postponed.push(reminder);
            continue;
        }
        match notifier.show(&reminder) {
            Ok(()) => {
                let superseded = superseded_by
                    .remove(reminder.deadline_id.as_str())
                    .unwrap_or_default();
                store.record_reminders(std::slice::from_ref(&reminder.key), &superseded, &note)?;
                report.superseded.extend(superseded);
                report.delivered.push(reminder);
            }
            Err(error) => {
                let failure = DeliveryFailure {
                    key: reminder.key.clone(),
                    deadline_id: reminder.deadline_id.clone(),
                    title: reminder.title.clone(),
                    last_attempt: now,
                    attempts: attempts + 1,
                    error,
                };
                store.record_delivery_failure(&failure)?;
                report.failed = store.delivery_failure(&reminder.key)?;
            }
        }
    }
    Ok(report)
}
