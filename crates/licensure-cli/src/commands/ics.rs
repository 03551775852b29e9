//! `licensure ics [FILE] [--include-numbers]`: every deadline as an iCalendar document, to
//! standard output or written atomically to FILE.
//!
//! Limits: DTSTAMP is `--today` at 00:00 UTC, so the document is the same for the same
//! records and the same `--today`; UIDs depend on the deadlines only, so a calendar that
//! imports a later export updates its events. Alarms follow the default reminder lead
//! times. Credential numbers appear only with `--include-numbers`, in event descriptions.

use std::path::Path;

use chrono::{DateTime, NaiveTime, Utc};

use licensure_core::deadline::{deadlines_with_cme, Urgency};
use licensure_core::ics::{render_calendar, IcsOptions};
use licensure_core::reminder::ReminderSettings;

use super::Context;
use crate::exit::Exit;
use crate::output::{self, write_atomically};

pub fn run(ctx: &Context, file: Option<&Path>, include_numbers: bool) -> Result<(), Exit> {
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
    let dtstamp: DateTime<Utc> = ctx.today.and_time(NaiveTime::MIN).and_utc();
    let text = render_calendar(
        &all,
        &records.credentials,
        &ReminderSettings::default(),
        &IcsOptions { include_numbers },
        dtstamp,
    );
    match file {
        None => output::text(&text)?,
        Some(path) => {
            write_atomically(path, &text)?;
            let events = all.iter().filter(|d| d.urgency != Urgency::Verify).count();
            output::note(&format!("wrote {events} event(s) to {}", path.display()));
        }
    }
    let undated = all.iter().filter(|d| d.urgency == Urgency::Verify).count();
    if undated > 0 {
        output::note(&format!(
            "note: {undated} deadline(s) with an unknown date are not in the calendar: \
             see `licensure deadlines`"
        ));
    }
    if include_numbers {
        output::note(
            "note: the calendar contains credential numbers (--include-numbers): share it \
             with care",
        );
    }
    Ok(())
}
