//! The Reference page: the jurisdictions to choose from, the dataset's age, and every fact
//! about one jurisdiction with its provenance.
//!
//! Limits: facts are passed on as stored, unknown and conflicting ones included; whether a
//! fact is established is the UI's to show ("verify") and the rules' to decide.

use chrono::NaiveDate;
use licensure_core::jurisdiction::JurisdictionKind;
use licensure_core::reference::{CompactFacts, DataCoverage, Dataset, JurisdictionFacts};
use licensure_core::Jurisdiction;
use serde::Serialize;
use ts_rs::TS;

/// A dataset reviewed more than this many days before today is flagged as old.
pub const STALE_AFTER_DAYS: i64 = 180;

/// One jurisdiction to choose from.
#[derive(Debug, Clone, Serialize, TS)]
pub struct JurisdictionEntry {
    pub jurisdiction: Jurisdiction,
    /// "Texas".
    pub name: String,
    pub kind: JurisdictionKind,
}

/// The dataset as a whole: its age and what it covers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReferenceIndex {
    /// The date the dataset was last reviewed.
    pub as_of: NaiveDate,
    /// The local date the age is measured against.
    pub today: NaiveDate,
    /// Days from the review date to today.
    pub age_days: i64,
    pub stale_after_days: i64,
    /// Older than `stale_after_days`: facts may have changed since.
    pub stale: bool,
    /// All 56 jurisdictions, in code order.
    pub jurisdictions: Vec<JurisdictionEntry>,
    /// Facts about each compact as a whole (name, professions, operational).
    pub compacts: Vec<CompactFacts>,
    /// How complete the facts are, per topic, over the 50 states and DC.
    pub coverage: DataCoverage,
}

impl ReferenceIndex {
    pub fn of(data: &Dataset, today: NaiveDate) -> Self {
        let age_days = data.age_days(today);
        ReferenceIndex {
            as_of: data.as_of,
            today,
            age_days,
            stale_after_days: STALE_AFTER_DAYS,
            stale: age_days > STALE_AFTER_DAYS,
            jurisdictions: Jurisdiction::ALL
                .iter()
                .map(|&j| JurisdictionEntry {
                    jurisdiction: j,
                    name: j.name().to_string(),
                    kind: j.kind(),
                })
                .collect(),
            compacts: data.compacts.clone(),
            coverage: data.coverage(),
        }
    }
}

/// Every fact about one jurisdiction.
#[derive(Debug, Clone, Serialize, TS)]
pub struct JurisdictionReference {
    pub jurisdiction: Jurisdiction,
    pub name: String,
    /// None when the dataset has no entry for the jurisdiction: everything is "verify".
    pub facts: Option<JurisdictionFacts>,
}

impl JurisdictionReference {
    pub fn of(data: &Dataset, jurisdiction: Jurisdiction) -> Self {
        JurisdictionReference {
            jurisdiction,
            name: jurisdiction.name().to_string(),
            facts: data.jurisdiction(jurisdiction).cloned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_else(|e| panic!("bad date {s}: {e}"))
    }

    #[test]
    fn the_dataset_is_stale_only_beyond_the_threshold() {
        let mut data = Dataset::bundled().unwrap_or_else(|e| panic!("bundled dataset: {e}"));
        data.as_of = day("2026-01-01");
        // (name, today, expected age, expected stale)
        let cases = [
            ("reviewed today", "2026-01-01", 0, false),
            ("reviewed in the future", "2025-12-01", -31, false),
            ("exactly at the threshold", "2026-06-30", 180, false),
            ("one day beyond the threshold", "2026-07-01", 181, true),
            ("years old", "2029-01-01", 1096, true),
        ];
        for (name, today, age, stale) in cases {
            let index = ReferenceIndex::of(&data, day(today));
            assert_eq!(index.age_days, age, "{name}");
            assert_eq!(index.stale, stale, "{name}");
            assert_eq!(index.today, day(today), "{name}");
        }
    }

    #[test]
    fn the_index_lists_every_jurisdiction_and_each_has_facts() {
        let data = Dataset::bundled().unwrap_or_else(|e| panic!("bundled dataset: {e}"));
        let index = ReferenceIndex::of(&data, day("2026-11-26"));
        assert_eq!(index.jurisdictions.len(), 56);
        for entry in &index.jurisdictions {
            let reference = JurisdictionReference::of(&data, entry.jurisdiction);
            assert_eq!(reference.name, entry.name, "{}", entry.jurisdiction);
            assert!(
                reference.facts.is_some(),
                "{} has facts",
                entry.jurisdiction
            );
        }
    }
}
