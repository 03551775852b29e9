//! One transcript record read with the mapping: the activity it describes or the problems
//! that keep it out, and every mapped field as read (for the preview).
//!
//! Limits: dates as the credential import reads them (US and ISO orders, never day-first);
//! hours with a decimal point or comma, at most two decimals; the credit type from the names
//! accreditors print ("AMA PRA Category 1 Credit™", "Cat 2", "AOA 1-A"), an empty one read as
//! other credit with a warning.

use std::collections::BTreeSet;

use crate::model::{CmeActivity, CmeCategory, CmeHours, CmeTopic};
use crate::validation::Issue;

use super::super::rows::{cut, normalise, parse_date, shown, VALUE_CHARS};
use super::{CmeCsvField, CmeCsvValues};

/// What one record says.
#[derive(Debug)]
pub(super) struct ReadRow {
    pub activity: Option<CmeActivity>,
    pub values: CmeCsvValues,
    pub issues: Vec<Issue>,
}

/// The cell of `field` in a record, trimmed; empty when the column is missing.
fn cell<'a>(record: &'a [String], mapping: &[CmeCsvField], field: CmeCsvField) -> &'a str {
    mapping
        .iter()
        .position(|f| *f == field)
        .and_then(|i| record.get(i))
        .map_or("", |s| s.trim())
}

/// The credit category a transcript names.
pub(super) fn parse_category(text: &str) -> Option<CmeCategory> {
    let n = normalise(text);
    let n = ["credits", "credit", "tm"].iter().fold(n, |n, suffix| {
        n.strip_suffix(suffix).map_or(n.clone(), str::to_string)
    });
    let n = ["amapra", "ama", "pra"].iter().fold(n, |n, prefix| {
        n.strip_prefix(prefix).map_or(n.clone(), str::to_string)
    });
    Some(match n.as_str() {
        "category1" | "cat1" | "1" | "categoryi" | "cati" => CmeCategory::AmaPraCategory1,
        "category2" | "cat2" | "2" | "categoryii" | "catii" => CmeCategory::AmaPraCategory2,
        "aoa1a" | "aoacategory1a" | "aoacat1a" | "1a" | "category1a" | "cat1a" => {
            CmeCategory::Aoa1A
        }
        "aoa1b" | "aoacategory1b" | "aoacat1b" | "1b" | "category1b" | "cat1b" => {
            CmeCategory::Aoa1B
        }
        "other" | "none" | "noncategory" | "nonaccredited" => CmeCategory::Other,
        _ => return None,
    })
}

/// Words transcripts use for a topic of the fixed list, besides its own id and name.
const TOPIC_WORDS: &[(&str, CmeTopic)] = &[
    ("opioids", CmeTopic::ControlledSubstancePrescribing),
    (
        "opioidprescribing",
        CmeTopic::ControlledSubstancePrescribing,
    ),
    ("safeprescribing", CmeTopic::ControlledSubstancePrescribing),
    ("pain", CmeTopic::PainManagement),
    ("addiction", CmeTopic::AddictionSud),
    ("substanceusedisorder", CmeTopic::AddictionSud),
    ("sud", CmeTopic::AddictionSud),
    ("mateact", CmeTopic::MateActSudTraining),
    ("mate", CmeTopic::MateActSudTraining),
    ("ethics", CmeTopic::Ethics),
    ("patientsafety", CmeTopic::RiskManagement),
    ("riskmanagement", CmeTopic::RiskManagement),
    ("medicalerrors", CmeTopic::MedicalErrors),
    ("hiv", CmeTopic::HivAids),
    ("hivaids", CmeTopic::HivAids),
    ("alzheimers", CmeTopic::Dementia),
    ("trafficking", CmeTopic::HumanTrafficking),
];

/// A topic by its id, its name or a common word for it.
pub(super) fn parse_topic(text: &str) -> Option<CmeTopic> {
    let n = normalise(text);
    CmeTopic::ALL
        .iter()
        .copied()
        .find(|t| normalise(t.id()) == n || normalise(t.label()) == n)
        .or_else(|| TOPIC_WORDS.iter().find(|(w, _)| *w == n).map(|(_, t)| *t))
}

/// Hours as a transcript writes them: "2", "2.5", "1,5", at most two decimals.
fn parse_hours(text: &str) -> Option<CmeHours> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let value: f64 = t.parse().ok()?;
    CmeHours::from_decimal(value).ok()
}

/// Reads one record into an activity (no id), or the issues that prevent it.
pub(super) fn read_row(record: &[String], mapping: &[CmeCsvField]) -> ReadRow {
    let mut issues = Vec::new();
    let get = |f| cell(record, mapping, f);
    let mut values = CmeCsvValues {
        title: cut(get(CmeCsvField::Title), VALUE_CHARS),
        provider: cut(get(CmeCsvField::Provider), VALUE_CHARS),
        note: cut(get(CmeCsvField::Note), VALUE_CHARS),
        ..CmeCsvValues::default()
    };

    let completed_text = get(CmeCsvField::Completed);
    let completed = parse_date(completed_text);
    values.completed = match completed {
        Some(d) => d.to_string(),
        None => cut(completed_text, VALUE_CHARS),
    };
    if completed.is_none() {
        let message = if completed_text.is_empty() {
            "the date completed is missing".to_string()
        } else {
            format!(
                "{} is not a date: use YYYY-MM-DD or MM/DD/YYYY",
                shown(completed_text)
            )
        };
        issues.push(Issue::error("date_unreadable", "completed", message));
    }

    let hours_text = get(CmeCsvField::Hours);
    let hours = parse_hours(hours_text);
    values.hours = match hours {
        Some(h) => h.to_string(),
        None => cut(hours_text, VALUE_CHARS),
    };
    if hours.is_none() {
        let message = if hours_text.is_empty() {
            "the hours are missing".to_string()
        } else {
            format!(
                "{} is not a number of hours: write 1, 2.5 or 0.25",
                shown(hours_text)
            )
        };
        issues.push(Issue::error("hours_unreadable", "hours", message));
    }

    let category_text = get(CmeCsvField::Category);
    let category = if category_text.is_empty() {
        issues.push(Issue::warning(
            "category_missing",
            "category",
            "no credit type: imported as other credit, which counts for total hours only",
        ));
        Some(CmeCategory::Other)
    } else {
        let parsed = parse_category(category_text);
        if parsed.is_none() {
            issues.push(Issue::error(
                "category_unknown",
                "category",
                format!(
                    "{} is not a credit type: write AMA PRA Category 1, Category 2, AOA 1-A, \
                     AOA 1-B or other",
                    shown(category_text)
                ),
            ));
        }
        parsed
    };
    values.category = match category {
        Some(c) => c.label().to_string(),
        None => cut(category_text, VALUE_CHARS),
    };

    let mut topics = BTreeSet::new();
    for part in get(CmeCsvField::Topics)
        .split([';', ',', '|', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match parse_topic(part) {
            Some(t) => {
                topics.insert(t);
            }
            None => issues.push(Issue::warning(
                "topic_unknown",
                "topics",
                format!("{} is not a topic of the list: left out", shown(part)),
            )),
        }
    }
    values.topics = topics
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join("; ");

    let activity = match (completed, hours, category) {
        (Some(completed), Some(hours), Some(category)) => Some(CmeActivity {
            id: String::new(),
            title: get(CmeCsvField::Title).to_string(),
            provider: get(CmeCsvField::Provider).to_string(),
            completed,
            hours,
            category,
            topics,
            note: get(CmeCsvField::Note).to_string(),
        }),
        _ => None,
    };
    ReadRow {
        activity,
        values,
        issues,
    }
}
