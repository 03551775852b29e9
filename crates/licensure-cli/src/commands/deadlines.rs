//! `licensure deadlines [--within DAYS]`: every deadline due within DAYS days of today,
//! lapsed ones included, soonest first.
//!
//! Limits: lists what the deadline rules derive (see licensure_core::deadline); deadlines
//! lapsed more than a year are dropped there. A deadline whose date is unknown is listed with
//! the date it is pinned to and "date unknown". Plain output is number-free: titles name a
//! credential by kind and state, never by number.

use chrono::NaiveDate;
use serde::Serialize;

use licensure_core::deadline::{deadlines_with_cme, Deadline, Urgency};

use super::Context;
use crate::exit::Exit;
use crate::output;
use crate::plain::{self, label};

/// The default horizon of `--within`.
pub const DEFAULT_WITHIN_DAYS: u32 = 365;

#[derive(Debug, Serialize)]
struct DeadlineList {
    today: NaiveDate,
    within_days: u32,
    deadlines: Vec<Deadline>,
}

pub fn run(ctx: &Context, within_days: u32) -> Result<(), Exit> {
    let records = ctx.records()?;
    let data = ctx.dataset()?;
    let all = deadlines_with_cme(
        records.profile.as_ref(),
        &records.credentials,
        &records.offers,
        &records.cme_activities,
        data,
        ctx.today,
    );
    let list = DeadlineList {
        today: ctx.today,
        within_days,
        deadlines: within(all, within_days),
    };
    if ctx.json {
        return output::json(&list);
    }
    if list.deadlines.is_empty() {
        return output::lines(&[format!(
            "No deadlines within {within_days} days of {}.",
            ctx.today
        )]);
    }
    let rows: Vec<Vec<String>> = list.deadlines.iter().map(row).collect();
    output::lines(&plain::table(&rows))
}

/// Deadlines due at most `days` days from today; lapsed ones (negative days left) stay.
fn within(all: Vec<Deadline>, days: u32) -> Vec<Deadline> {
    all.into_iter()
        .filter(|d| d.days_left <= i64::from(days))
        .collect()
}

/// Due date, urgency, when, title (past tense once passed), what else is at risk.
fn row(d: &Deadline) -> Vec<String> {
    let (when, title) = match d.urgency {
        Urgency::Verify => ("date unknown".to_string(), d.title.clone()),
        Urgency::Passed => (plain::relative(d.days_left), d.passed_title()),
        _ => (plain::relative(d.days_left), d.title.clone()),
    };
    let mut last = title;
    if !d.linked_risks.is_empty() {
        last.push_str(&format!(" (also at risk: {})", d.linked_risks.join(", ")));
    }
    if d.caveat.is_some() {
        last.push_str(" [verify the date]");
    }
    if let Some(cme) = &d.cme_shortfall {
        last.push_str(&format!(" — CME: {cme}"));
    }
    vec![d.due.to_string(), label(&d.urgency), when, last]
}
