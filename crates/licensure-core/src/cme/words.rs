//! A license's CME shortfall in words, for the deadline list, reminders and calendars:
//! "12 Category 1 hours and 2 hours of pain management still needed".
//!
//! Limits: words only, from a judged `LicenseCme`; no license numbers.

use super::{CmeStatus, LicenseCme, TopicProgress};
use crate::model::CmeHours;

/// What is still missing, or an empty string when nothing is.
pub fn shortfall_words(cme: &LicenseCme) -> String {
    let mut parts = Vec::new();
    let total = cme.total.map(|h| h.missing).unwrap_or_default();
    let cat1 = cme.category1.map(|h| h.missing).unwrap_or_default();
    if !cat1.is_zero() && cat1 >= total {
        parts.push(counted(cat1, "Category 1 "));
    } else if !total.is_zero() && !cat1.is_zero() {
        parts.push(format!(
            "{} ({cat1} of them Category 1)",
            counted(total, "")
        ));
    } else if !total.is_zero() {
        parts.push(counted(total, ""));
    }
    parts.extend(
        cme.topics
            .iter()
            .filter(|t| t.status == CmeStatus::Missing)
            .map(topic_words),
    );
    match parts.len() {
        0 => String::new(),
        _ => format!("{} still needed", join_and(&parts)),
    }
}

/// "12 Category 1 hours", "1 hour".
fn counted(h: CmeHours, kind: &str) -> String {
    let unit = if h == CmeHours::hours(1) {
        "hour"
    } else {
        "hours"
    };
    format!("{h} {kind}{unit}")
}

fn topic_words(t: &TopicProgress) -> String {
    let labels: Vec<&str> = t.topics.iter().map(|t| t.label()).collect();
    let subject = labels.join(" or ");
    match t.required {
        Some(h) => format!("{} of {subject}", counted(h.saturating_sub(t.done), "")),
        None => format!("a course on {subject}"),
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
