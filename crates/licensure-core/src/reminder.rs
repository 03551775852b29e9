//! Reminders: which notifications are due today for the deadlines, with exactly-once
//! semantics that a store can persist.
//!
//! Each deadline has lead times (days before its due date; configurable per kind). A reminder
//! is a deadline id and a trigger (a lead time, "lapsed" or "verify"); its `key` is a stable
//! string the caller records as delivered once it has shown the reminder. For each deadline,
//! of all triggers whose date has come, only the most urgent one is ever shown; the older
//! undelivered ones come back as `superseded` keys for the caller to record silently. So a
//! laptop that was off for 40 days shows one reminder per deadline, not a burst.
//!
//! Limits: pure. It neither stores delivered keys nor schedules anything: the store and the
//! scheduler do. Texts carry no license, DEA, NPI or policy numbers.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::deadline::{Deadline, DeadlineKind, Urgency};

/// Lead times used unless a kind has its own: 90, 60, 30, 14, 7, 1 and 0 days before.
pub const DEFAULT_LEAD_DAYS: [u32; 7] = [90, 60, 30, 14, 7, 1, 0];

/// When to remind, per deadline kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(default)]
pub struct ReminderSettings {
    /// Days before the due date, for every kind not listed in `per_kind`.
    pub lead_days: Vec<u32>,
    /// Days before the due date for particular kinds. An empty list turns reminders off for
    /// that kind (lapsed and verify reminders included).
    pub per_kind: BTreeMap<DeadlineKind, Vec<u32>>,
}

impl Default for ReminderSettings {
    /// [`DEFAULT_LEAD_DAYS`] everywhere, except a renewal window opening: 14 days before and
    /// on the day (the expiry has its own reminders).
    fn default() -> Self {
        ReminderSettings {
            lead_days: DEFAULT_LEAD_DAYS.to_vec(),
            per_kind: BTreeMap::from([(DeadlineKind::RenewalWindowOpens, vec![14, 0])]),
        }
    }
}

impl ReminderSettings {
    /// The lead times for `kind`, longest first, without repeats.
    pub fn lead_days_for(&self, kind: DeadlineKind) -> Vec<u32> {
        let mut days = self.per_kind.get(&kind).unwrap_or(&self.lead_days).clone();
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        days
    }
}

/// What the clinician did with a deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "mark", rename_all = "snake_case")]
pub enum DeadlineMark {
    /// Handled (renewed, re-attested, tail bought): no more reminders for it.
    Done,
    /// No reminders before `until`; from that day on, the most urgent due one is shown.
    Snoozed { until: NaiveDate },
}

/// Why a reminder fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "trigger", rename_all = "snake_case")]
pub enum ReminderTrigger {
    /// `days` before the due date.
    Lead { days: u32 },
    /// The due date has passed.
    Lapsed,
    /// The due date is unknown and must be checked.
    Verify,
}

impl ReminderTrigger {
    fn key_suffix(self) -> String {
        match self {
            ReminderTrigger::Lead { days } => format!("lead-{days}"),
            ReminderTrigger::Lapsed => "lapsed".to_string(),
            ReminderTrigger::Verify => "verify".to_string(),
        }
    }
}

/// The stable key of a reminder: "c12:expiry:2027-03-31#lead-30".
pub fn reminder_key(deadline_id: &str, trigger: ReminderTrigger) -> String {
    format!("{deadline_id}#{}", trigger.key_suffix())
}

/// One notification to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Reminder {
    /// Record it as delivered once shown.
    pub key: String,
    pub deadline_id: String,
    pub credential_id: Option<String>,
    pub trigger: ReminderTrigger,
    pub urgency: Urgency,
    /// "State license · TX expires in 30 days (2027-03-31)".
    pub title: String,
    /// What to do, what else is at risk, and any doubt about the date.
    pub body: String,
}

/// The reminders due today, and the keys they make obsolete.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
pub struct DueReminders {
    /// At most one per deadline, in the order of the deadlines given.
    pub reminders: Vec<Reminder>,
    /// Keys of older triggers that were never shown: record them as delivered without
    /// showing them.
    pub superseded: Vec<String>,
}

/// The reminders to show today.
///
/// `delivered` answers whether a key was already recorded; `marks` holds the clinician's
/// done / snoozed marks by deadline id. A deadline marked done, or snoozed until after
/// today, gives nothing. A deadline whose due date has passed gives one `lapsed` reminder
/// (all its lead times are then superseded); one whose date is unknown gives one `verify`
/// reminder. Otherwise, of the lead times whose trigger date (due minus lead) is today or
/// earlier, only the smallest fires, and only if it was not delivered.
pub fn due_reminders(
    deadlines: &[Deadline],
    settings: &ReminderSettings,
    marks: &BTreeMap<String, DeadlineMark>,
    delivered: impl Fn(&str) -> bool,
    today: NaiveDate,
) -> DueReminders {
    let mut due = DueReminders::default();
    for deadline in deadlines {
        match marks.get(&deadline.id) {
            Some(DeadlineMark::Done) => continue,
            Some(DeadlineMark::Snoozed { until }) if *until > today => continue,
            _ => {}
        }
        let leads = settings.lead_days_for(deadline.kind);
        if leads.is_empty() {
            continue;
        }
        let days_left = (deadline.due - today).num_days();
        // Triggered lead times, most urgent (smallest) first; superseded ones are reported
        // oldest first.
        let mut triggered: Vec<ReminderTrigger> = leads
            .iter()
            .rev()
            .filter(|lead| i64::from(**lead) >= days_left)
            .map(|&days| ReminderTrigger::Lead { days })
            .collect();
        if deadline.urgency == Urgency::Verify {
            triggered = vec![ReminderTrigger::Verify];
        } else if days_left < 0 {
            triggered.insert(0, ReminderTrigger::Lapsed);
        }
        let Some((&most_urgent, older)) = triggered.split_first() else {
            continue;
        };
        for trigger in older.iter().rev() {
            let key = reminder_key(&deadline.id, *trigger);
            if !delivered(&key) {
                due.superseded.push(key);
            }
        }
        let key = reminder_key(&deadline.id, most_urgent);
        if !delivered(&key) {
            due.reminders.push(Reminder {
                title: reminder_title(deadline, most_urgent, days_left),
                body: reminder_body(deadline),
                key,
                deadline_id: deadline.id.clone(),
                credential_id: deadline.credential_id.clone(),
                trigger: most_urgent,
                urgency: if deadline.urgency == Urgency::Verify {
                    Urgency::Verify
                } else {
                    Urgency::from_days_left(days_left)
                },
            });
        }
    }
    due
}

/// "State license · TX expires in 30 days (2027-03-31)", for `days_left` days before the
/// due date (0: "today", 1: "tomorrow").
pub fn upcoming_title(deadline: &Deadline, days_left: i64) -> String {
    let when = match days_left {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        n => format!("in {n} days"),
    };
    format!("{} {when} ({})", deadline.title, deadline.due)
}

fn reminder_title(deadline: &Deadline, trigger: ReminderTrigger, days_left: i64) -> String {
    match trigger {
        ReminderTrigger::Lead { .. } => upcoming_title(deadline, days_left),
        ReminderTrigger::Lapsed => {
            let ago = match -days_left {
                1 => "yesterday".to_string(),
                n => format!("{n} days ago"),
            };
            format!("{} ({ago})", deadline.passed_title())
        }
        ReminderTrigger::Verify => deadline.title.clone(),
    }
}

/// Advice, the CME still missing, linked risks and caveat, one per line.
pub fn reminder_body(deadline: &Deadline) -> String {
    let mut lines = vec![deadline.kind.advice().to_string()];
    if let Some(cme) = &deadline.cme_shortfall {
        lines.push(format!("CME: {cme}."));
    }
    if !deadline.linked_risks.is_empty() {
        lines.push(format!(
            "Also at risk: {}.",
            deadline.linked_risks.join(", ")
        ));
    }
    if let Some(caveat) = &deadline.caveat {
        lines.push(caveat.clone());
    }
    lines.join("\n")
}
