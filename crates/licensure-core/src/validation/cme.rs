//! Field-level rules for a CME activity: an id and a title, hours above zero and no more
//! than one activity can plausibly carry, a completion date not in the future, and a note of
//! sensible length.

use chrono::NaiveDate;

use super::Issue;
use crate::model::{CmeActivity, CmeHours};

/// The most hours one activity may carry: a long course or a whole conference, not a year's
/// CME typed into one line.
pub const MOST_ACTIVITY_HOURS: CmeHours = CmeHours::hours(100);

/// The earliest completion date accepted; anything before is a typing error.
const EARLIEST: (i32, u32, u32) = (1950, 1, 1);

/// The longest title and provider, in characters.
const LONGEST_TEXT: usize = 300;

/// Validates one activity. `today` is the clinician's date: an activity cannot be completed
/// after it.
pub fn validate_cme_activity(activity: &CmeActivity, today: NaiveDate) -> Vec<Issue> {
    let mut issues = Vec::new();
    if activity.id.trim().is_empty() {
        issues.push(Issue::error("required", "id", "an activity needs an id"));
    }
    if activity.title.trim().is_empty() {
        issues.push(Issue::error("required", "title", "The title is required"));
    }
    for (value, field) in [(&activity.title, "title"), (&activity.provider, "provider")] {
        if value.chars().count() > LONGEST_TEXT {
            issues.push(Issue::error(
                "too_long",
                field,
                format!("at most {LONGEST_TEXT} characters"),
            ));
        }
    }
    if activity.hours.is_zero() {
        issues.push(Issue::error(
            "hours_range",
            "hours",
            "an activity carries more than 0 hours",
        ));
    } else if activity.hours > MOST_ACTIVITY_HOURS {
        issues.push(Issue::error(
            "hours_range",
            "hours",
            format!(
                "{} hours is more than one activity carries (at most {MOST_ACTIVITY_HOURS})",
                activity.hours
            ),
        ));
    }
    if activity.completed > today {
        issues.push(Issue::error(
            "date_in_future",
            "completed",
            format!("the completion date is after today ({today})"),
        ));
    }
    let earliest = NaiveDate::from_ymd_opt(EARLIEST.0, EARLIEST.1, EARLIEST.2);
    if earliest.is_some_and(|e| activity.completed < e) {
        issues.push(Issue::error(
            "date_range",
            "completed",
            "the completion date is before 1950",
        ));
    }
    issues
}

/// Validates a list of activities: each on its own (fields prefixed with its index,
/// "cme_activities/2/hours" when `prefix` is "cme_activities") and ids unique.
pub fn validate_cme_activities(
    activities: &[CmeActivity],
    today: NaiveDate,
    prefix: &str,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (i, a) in activities.iter().enumerate() {
        for mut issue in validate_cme_activity(a, today) {
            issue.field = format!("{prefix}/{i}/{}", issue.field);
            issues.push(issue);
        }
        if activities[..i].iter().any(|b| b.id == a.id) {
            issues.push(Issue::error(
                "duplicate_id",
                &format!("{prefix}/{i}/id"),
                "another activity has the same id",
            ));
        }
    }
    issues
}
