//! What the reminders remember between runs: the clinician's deadline marks (done, snoozed
//! until a date), the reminder settings (lead times per kind), and the deliveries that failed,
//! kept for display and retry. Delivered keys themselves are recorded by
//! [`Store::mark_delivered`].
//!
//! Layout (same tree as the records): `mark/<deadline id>`, `settings/reminders`,
//! `failure/<reminder key>`, each value JSON. Every write is flushed before it returns.
//!
//! Limits: no clock and no rule here: which reminder is due is licensure-core's
//! (`reminder::due_reminders`); when to try again is the caller's.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use licensure_core::reminder::{DeadlineMark, ReminderSettings};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Store, StoreError};

const MARK_PREFIX: &str = "mark/";
const SETTINGS_KEY: &[u8] = b"settings/reminders";
const FAILURE_PREFIX: &str = "failure/";
const DELIVERED_PREFIX: &str = "delivered/";

/// A reminder that could not be shown, for display and retry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct DeliveryFailure {
    /// The reminder key that was not delivered.
    pub key: String,
    pub deadline_id: String,
    /// The reminder's number-free title.
    pub title: String,
    /// Local date and time of the last attempt.
    pub last_attempt: NaiveDateTime,
    /// How many times it was tried.
    pub attempts: u32,
    /// What the notification service said, with every digit run replaced by "#".
    pub error: String,
}

/// `text` with each run of ASCII digits replaced by "#", so that no license, DEA, NPI or
/// policy number (nor a process id) can reach a message shown or stored for display.
pub fn scrub_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_digits = false;
    for ch in text.chars() {
        if ch.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            out.push(ch);
            in_digits = false;
        }
    }
    out
}

impl Store {
    fn decode<T: DeserializeOwned>(&self, key: &[u8], bytes: &[u8]) -> Result<T, StoreError> {
        serde_json::from_slice(bytes).map_err(|e| {
            self.damaged(format!(
                "record {} cannot be read: {e}",
                String::from_utf8_lossy(key)
            ))
        })
    }

    fn to_json<T: Serialize>(&self, value: &T) -> Result<Vec<u8>, StoreError> {
        serde_json::to_vec(value)
            .map_err(|e| self.damaged(format!("a record cannot be encoded: {e}")))
    }

    /// Every deadline mark, by deadline id.
    pub fn deadline_marks(&self) -> Result<BTreeMap<String, DeadlineMark>, StoreError> {
        self.tree
            .scan_prefix(MARK_PREFIX.as_bytes())
            .map(|item| {
                let (key, bytes) = item.map_err(|e| self.damaged(e))?;
                let id = String::from_utf8_lossy(&key[MARK_PREFIX.len()..]).into_owned();
                Ok((id, self.decode(&key, &bytes)?))
            })
            .collect()
    }

    /// Marks a deadline done or snoozed (Some), or clears its mark (None). Durable on Ok.
    pub fn set_deadline_mark(
        &self,
        deadline_id: &str,
        mark: Option<&DeadlineMark>,
    ) -> Result<(), StoreError> {
        if deadline_id.trim().is_empty() {
            return Err(StoreError::NotFound {
                kind: "deadline",
                id: deadline_id.to_string(),
            });
        }
        let key = format!("{MARK_PREFIX}{deadline_id}").into_bytes();
        let value = mark.map(|m| self.to_json(m)).transpose()?;
        self.commit(vec![(key, value)], None)
    }

    /// The reminder settings; the defaults when none were saved.
    pub fn reminder_settings(&self) -> Result<ReminderSettings, StoreError> {
        match self.tree.get(SETTINGS_KEY).map_err(|e| self.damaged(e))? {
            None => Ok(ReminderSettings::default()),
            Some(bytes) => self.decode(SETTINGS_KEY, &bytes),
        }
    }

    /// Saves the reminder settings. Durable on Ok.
    pub fn save_reminder_settings(&self, settings: &ReminderSettings) -> Result<(), StoreError> {
        self.commit(
            vec![(SETTINGS_KEY.to_vec(), Some(self.to_json(settings)?))],
            None,
        )
    }

    /// Every recorded delivery failure, in key order.
    pub fn delivery_failures(&self) -> Result<Vec<DeliveryFailure>, StoreError> {
        self.tree
            .scan_prefix(FAILURE_PREFIX.as_bytes())
            .map(|item| {
                let (key, bytes) = item.map_err(|e| self.damaged(e))?;
                self.decode(&key, &bytes)
            })
            .collect()
    }

    /// The failure recorded for one reminder key, if any.
    pub fn delivery_failure(&self, key: &str) -> Result<Option<DeliveryFailure>, StoreError> {
        let k = format!("{FAILURE_PREFIX}{key}");
        match self.tree.get(k.as_bytes()).map_err(|e| self.damaged(e))? {
            None => Ok(None),
            Some(bytes) => self.decode(k.as_bytes(), &bytes).map(Some),
        }
    }

    /// Records (or replaces) a delivery failure; its error text is scrubbed of numbers.
    pub fn record_delivery_failure(&self, failure: &DeliveryFailure) -> Result<(), StoreError> {
        let scrubbed = DeliveryFailure {
            error: scrub_numbers(&failure.error),
            title: scrub_numbers_outside_dates(&failure.title),
            ..failure.clone()
        };
        self.commit(
            vec![(
                format!("{FAILURE_PREFIX}{}", failure.key).into_bytes(),
                Some(self.to_json(&scrubbed)?),
            )],
            None,
        )
    }

    /// Removes every recorded delivery failure (the clinician dismissed them). Durable on Ok.
    pub fn clear_delivery_failures(&self) -> Result<(), StoreError> {
        let mut changes = Vec::new();
        for key in self.tree.scan_prefix(FAILURE_PREFIX.as_bytes()).keys() {
            changes.push((key.map_err(|e| self.damaged(e))?.to_vec(), None));
        }
        self.commit(changes, None)
    }

    /// In one transaction, flushed: records `delivered` keys with `note`, records
    /// `superseded` keys as superseded, and drops any failure recorded for either.
    pub fn record_reminders(
        &self,
        delivered: &[String],
        superseded: &[String],
        note: &str,
    ) -> Result<(), StoreError> {
        let mut changes: Vec<(Vec<u8>, Option<Vec<u8>>)> = Vec::new();
        let entries = delivered
            .iter()
            .map(|k| (k, format!("delivered {note}")))
            .chain(superseded.iter().map(|k| (k, format!("superseded {note}"))));
        for (key, text) in entries {
            changes.push((
                format!("{DELIVERED_PREFIX}{key}").into_bytes(),
                Some(text.into_bytes()),
            ));
            changes.push((format!("{FAILURE_PREFIX}{key}").into_bytes(), None));
        }
        if changes.is_empty() {
            return Ok(());
        }
        self.commit(changes, None)
    }
}

/// Titles carry dates and day counts ("in 30 days (2027-03-31)") and nothing else numeric;
/// a title is kept as it is unless it holds a digit run longer than a year's four digits,
/// which is scrubbed.
fn scrub_numbers_outside_dates(title: &str) -> String {
    let longest_run = title
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    if longest_run > 4 {
        scrub_numbers(title)
    } else {
        title.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubbing_replaces_every_digit_run() {
        let cases = vec![
            ("empty", "", ""),
            ("no digits", "no service", "no service"),
            ("one run", "pid 4123 gone", "pid # gone"),
            ("several", "a1b22c333", "a#b#c#"),
            ("only digits", "123456789", "#"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(scrub_numbers(input), expected, "{name}");
        }
    }

    #[test]
    fn titles_keep_dates_but_lose_long_numbers() {
        let cases = vec![
            (
                "date and days",
                "State license · TX expires in 30 days (2027-03-31)",
                "State license · TX expires in 30 days (2027-03-31)",
            ),
            (
                "long number",
                "License 12345678 expires",
                "License # expires",
            ),
        ];
        for (name, input, expected) in cases {
            assert_eq!(scrub_numbers_outside_dates(input), expected, "{name}");
        }
    }
}
