//! The Deadlines page: every deadline as of today, each with the sentence to show, what to do
//! about it and whether it is renewed (with a proposed date) or only acknowledged.
//!
//! Limits: which deadlines exist, their dates and urgency are the core's (`deadline`);
//! grouping into months is the UI's.

use chrono::NaiveDate;
use licensure_core::deadline::{action_for, deadlines_with_cme, Deadline, DeadlineAction};
use licensure_core::reference::Dataset;
use serde::Serialize;
use ts_rs::TS;

use crate::state::Records;

/// One deadline with its display sentence.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DeadlineItem {
    /// Number-free: "State license · TX expires", or "… expired on 2026-03-31" once passed.
    pub headline: String,
    /// What to do about it, number-free.
    pub advice: String,
    /// Renew (with a proposed new date) or only acknowledge.
    pub action: DeadlineAction,
    pub deadline: Deadline,
}

/// Every deadline, sorted by due date, as of `today`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DeadlineTimeline {
    pub today: NaiveDate,
    pub items: Vec<DeadlineItem>,
}

impl DeadlineTimeline {
    pub fn of(records: &Records, data: &Dataset, today: NaiveDate) -> Self {
        let items = deadlines_with_cme(
            records.profile.as_ref(),
            &records.credentials,
            &records.offers,
            &records.cme_activities,
            data,
            today,
        )
        .into_iter()
        .map(|deadline| DeadlineItem {
            headline: if deadline.days_left < 0 {
                deadline.passed_title()
            } else {
                deadline.title.clone()
            },
            advice: deadline.kind.advice().to_string(),
            action: action_for(
                &deadline,
                deadline
                    .credential_id
                    .as_deref()
                    .and_then(|id| records.credentials.iter().find(|c| c.id == id)),
                records.profile.as_ref(),
                data,
                today,
            ),
            deadline,
        })
        .collect();
        DeadlineTimeline { today, items }
    }
}
