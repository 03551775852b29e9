//! The CME page: every logged activity with the licenses whose current window it counts for,
//! each license's progress and the MATE Act training (the core's `CmeReport`), and the
//! categories and topics a form offers, with their names.
//!
//! Limits: mapping only. Windows, what counts and what is missing are the core's (`cme`).

use chrono::NaiveDate;
use licensure_core::cme::{cme_report, furthest_behind, CmeReport};
use licensure_core::model::{CmeActivity, CmeCategory, CmeTopic, Credential};
use licensure_core::reference::Dataset;
use serde::Serialize;
use ts_rs::TS;

/// One activity and the licenses it counts for.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CmeActivityRow {
    pub activity: CmeActivity,
    /// The titles ("State license · TX") of the licenses whose current window holds it.
    pub counts_for: Vec<String>,
}

/// A credit category with its name.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CmeCategoryChoice {
    pub category: CmeCategory,
    pub label: String,
    /// Counts toward a state's Category 1 minimum.
    pub category1: bool,
}

/// A topic of the fixed list with its name.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CmeTopicChoice {
    pub topic: CmeTopic,
    pub label: String,
}

/// Everything the CME page shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CmeOverview {
    pub today: NaiveDate,
    /// Newest first.
    pub activities: Vec<CmeActivityRow>,
    pub report: CmeReport,
    /// The license whose CME is furthest behind its renewal (the dashboard's), by id.
    pub furthest_behind: Option<String>,
    pub categories: Vec<CmeCategoryChoice>,
    pub topics: Vec<CmeTopicChoice>,
}

impl CmeOverview {
    pub fn of(
        credentials: &[Credential],
        activities: Vec<CmeActivity>,
        data: &Dataset,
        today: NaiveDate,
    ) -> Self {
        let report = cme_report(credentials, &activities, data);
        let mut rows: Vec<CmeActivityRow> = activities
            .into_iter()
            .map(|activity| CmeActivityRow {
                counts_for: report
                    .licenses
                    .iter()
                    .filter(|l| l.activity_ids.contains(&activity.id))
                    .map(|l| l.title.clone())
                    .collect(),
                activity,
            })
            .collect();
        rows.sort_by(|a, b| {
            b.activity
                .completed
                .cmp(&a.activity.completed)
                .then_with(|| a.activity.title.cmp(&b.activity.title))
        });
        let behind = furthest_behind(&report.licenses, today).map(|l| l.credential_id.clone());
        CmeOverview {
            today,
            activities: rows,
            report,
            furthest_behind: behind,
            categories: CmeCategory::ALL
                .iter()
                .map(|c| CmeCategoryChoice {
                    category: *c,
                    label: c.label().to_string(),
                    category1: c.is_category1(),
                })
                .collect(),
            topics: CmeTopic::ALL
                .iter()
                .map(|t| CmeTopicChoice {
                    topic: *t,
                    label: t.label().to_string(),
                })
                .collect(),
        }
    }
}
