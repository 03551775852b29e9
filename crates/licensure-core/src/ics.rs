//! iCalendar (RFC 5545) export of the deadlines: one all-day event per deadline, with one
//! display alarm per reminder lead time.
//!
//! UIDs derive from the deadline id only, so exporting again yields the same UIDs and a
//! calendar updates its events instead of duplicating them. Lines end in CRLF and are folded
//! at 75 octets, never inside a UTF-8 character; TEXT values escape backslash, semicolon,
//! comma and newline, and drop other control characters.
//!
//! Numbers: deadlines carry no credential numbers (they are logged, shown and sent over IPC
//! freely), so the export takes the credentials as a parameter and looks a number up only
//! when [`IcsOptions::include_numbers`] is set; it then appears in DESCRIPTION alone, never
//! in SUMMARY or alarm text.
//!
//! Limits: deadlines whose date is unknown (urgency `verify`) are left out, having no date
//! to put in a calendar. Alarms on all-day events fire at the client's local midnight.

use chrono::{DateTime, Days, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::deadline::{Deadline, Urgency};
use crate::model::Credential;
use crate::reminder::{reminder_body, upcoming_title, ReminderSettings};

/// The domain-style suffix of every UID.
pub const UID_DOMAIN: &str = "licensure.app";

const PRODID: &str = "-//Licensure//Licensure deadlines//EN";
const MAX_LINE_OCTETS: usize = 75;

/// What the export may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[serde(default)]
pub struct IcsOptions {
    /// Put license, DEA, policy and CAQH numbers in event descriptions. Off by default.
    pub include_numbers: bool,
}

/// The calendar document for `deadlines`. `credentials` is only read for numbers when
/// `options.include_numbers` is set; `dtstamp` is the export time (every event's DTSTAMP).
pub fn render_calendar(
    deadlines: &[Deadline],
    credentials: &[Credential],
    settings: &ReminderSettings,
    options: &IcsOptions,
    dtstamp: DateTime<Utc>,
) -> String {
    let stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "X-WR-CALNAME:Licensure deadlines".into(),
    ];
    for deadline in deadlines.iter().filter(|d| d.urgency != Urgency::Verify) {
        let number = options
            .include_numbers
            .then(|| number_of(deadline, credentials))
            .flatten();
        lines.extend(event(deadline, number, settings, &stamp));
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        out.push_str(&fold(line));
    }
    out
}

/// The UID of a deadline's event: its id "@licensure.app", with every byte outside
/// `A-Z a-z 0-9 - . _ :` percent-encoded (so distinct ids keep distinct UIDs).
pub fn event_uid(deadline: &Deadline) -> String {
    let mut uid = String::with_capacity(deadline.id.len() + UID_DOMAIN.len() + 1);
    for byte in deadline.id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b':') {
            uid.push(char::from(byte));
        } else {
            uid.push_str(&format!("%{byte:02X}"));
        }
    }
    uid.push('@');
    uid.push_str(UID_DOMAIN);
    uid
}

fn event(
    deadline: &Deadline,
    number: Option<&str>,
    settings: &ReminderSettings,
    stamp: &str,
) -> Vec<String> {
    let end = deadline
        .due
        .checked_add_days(Days::new(1))
        .unwrap_or(deadline.due);
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", event_uid(deadline)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", ics_date(deadline.due)),
        format!("DTEND;VALUE=DATE:{}", ics_date(end)),
        format!("SUMMARY:{}", escape_text(&deadline.title)),
        format!(
            "DESCRIPTION:{}",
            escape_text(&description(deadline, number))
        ),
        "TRANSP:TRANSPARENT".to_string(),
    ];
    for days in settings.lead_days_for(deadline.kind) {
        lines.push("BEGIN:VALARM".to_string());
        lines.push("ACTION:DISPLAY".to_string());
        lines.push(format!(
            "DESCRIPTION:{}",
            escape_text(&upcoming_title(deadline, i64::from(days)))
        ));
        lines.push(if days == 0 {
            "TRIGGER:PT0S".to_string()
        } else {
            format!("TRIGGER:-P{days}D")
        });
        lines.push("END:VALARM".to_string());
    }
    lines.push("END:VEVENT".to_string());
    lines
}

fn description(deadline: &Deadline, number: Option<&str>) -> String {
    let mut text = format!("Due {}.\n{}", deadline.due, reminder_body(deadline));
    if let Some(number) = number {
        text.push_str(&format!("\nNumber: {number}"));
    }
    for citation in &deadline.citations {
        text.push_str(&format!(
            "\nSource ({}, read {}): {}",
            citation.fact,
            citation.as_of,
            citation.sources.join(" ")
        ));
    }
    text
}

/// The number of the deadline's credential, when it has a non-blank one.
fn number_of<'a>(deadline: &Deadline, credentials: &'a [Credential]) -> Option<&'a str> {
    let id = deadline.credential_id.as_deref()?;
    let credential = credentials.iter().find(|c| c.id == id)?;
    let number = credential.detail.number();
    let number = number.trim();
    (!number.is_empty()).then_some(number)
}

fn ics_date(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// RFC 5545 TEXT escaping: `\` `;` `,` and newlines escaped; CR and other control
/// characters (except tab) dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded: at most 75 octets per physical line (a continuation line's
/// leading space included), split only between characters, each ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
    out
}
