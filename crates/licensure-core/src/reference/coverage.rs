//! How complete the reference data is: per topic, how many of the 50 states and DC have the
//! fact verified, from secondary sources only, conflicting or unknown, and which ones are
//! not established. Computed from the data, so the report can never drift from it.
//!
//! Limits: counts facts, it does not judge them. A fact counts as established for a topic
//! only when every part the topic needs is there (a full license needs both its fee and its
//! typical time); a fact whose value lacks a part counts as unknown for that topic.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Confidence, Dataset, Fact, InPersonExam, JurisdictionFacts, ALL_COMPACTS};
use crate::jurisdiction::JurisdictionKind;
use crate::Jurisdiction;

/// One topic's counts over the 50 states and DC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TopicCoverage {
    /// A stable id ("malpractice", "compact_imlc").
    pub topic: String,
    /// What the topic is, in words ("Malpractice requirement").
    pub label: String,
    pub verified: u32,
    pub secondary: u32,
    pub conflicting: u32,
    pub unknown: u32,
    /// States and DC where the topic is not established (conflicting or unknown).
    pub not_established: Vec<Jurisdiction>,
    /// Territories (of 5) where the topic is established.
    pub territories_established: u32,
}

/// The coverage of every topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct DataCoverage {
    pub dataset_as_of: chrono::NaiveDate,
    pub topics: Vec<TopicCoverage>,
}

/// How one jurisdiction stands on one topic.
fn standing<T>(fact: &Fact<T>, complete: impl Fn(&T) -> bool) -> Confidence {
    match fact.known() {
        Some(value) if complete(value) => fact.confidence,
        Some(_) => Confidence::Unknown,
        None => fact.confidence,
    }
}

type Judge = Box<dyn Fn(&JurisdictionFacts) -> Confidence>;

fn topics() -> Vec<(String, String, Judge)> {
    let mut topics: Vec<(String, String, Judge)> = vec![
        (
            "malpractice".into(),
            "Malpractice requirement".into(),
            Box::new(|j| standing(&j.malpractice, |_| true)),
        ),
        (
            "csr".into(),
            "State controlled-substance registration".into(),
            Box::new(|j| standing(&j.csr, |_| true)),
        ),
        (
            "full_license".into(),
            "Full license: fee and typical time".into(),
            Box::new(|j| {
                standing(&j.full_license, |f| {
                    f.fee_usd.is_some() && f.typical_days.is_some()
                })
            }),
        ),
        (
            "renewal".into(),
            "License renewal: cycle, expiry rule and fee".into(),
            Box::new(|j| standing(&j.medical_renewal, |r| r.fee_usd.is_some())),
        ),
        (
            "cme".into(),
            "Continuing medical education: hours and topics".into(),
            Box::new(|j| match &j.cme {
                Some(f) => standing(f, |_| true),
                None => Confidence::Unknown,
            }),
        ),
        (
            "telehealth_routes".into(),
            "Telehealth routes (or none)".into(),
            Box::new(|j| standing(&j.telehealth_answer, |_| true)),
        ),
        (
            "telehealth_prescribing".into(),
            "State law on prescribing by telehealth".into(),
            Box::new(|j| {
                standing(&j.telehealth_prescribing, |p| {
                    p.in_person_exam != InPersonExam::NotEstablished
                })
            }),
        ),
    ];
    for &compact in ALL_COMPACTS {
        topics.push((
            format!("compact_{}", compact.id()),
            format!("{} membership", compact.short_name()),
            Box::new(move |j| {
                j.compacts
                    .get(&compact)
                    .map_or(Confidence::Unknown, |f| standing(f, |_| true))
            }),
        ));
    }
    topics
}

impl Dataset {
    /// Per topic, how many of the 50 states and DC have the fact established, and how.
    pub fn coverage(&self) -> DataCoverage {
        let topics = topics()
            .into_iter()
            .map(|(topic, label, judge)| {
                let mut c = TopicCoverage {
                    topic,
                    label,
                    verified: 0,
                    secondary: 0,
                    conflicting: 0,
                    unknown: 0,
                    not_established: Vec::new(),
                    territories_established: 0,
                };
                for &j in Jurisdiction::ALL {
                    let confidence = self.jurisdiction(j).map_or(Confidence::Unknown, &judge);
                    let established =
                        matches!(confidence, Confidence::Verified | Confidence::Secondary);
                    if j.kind() == JurisdictionKind::Territory {
                        c.territories_established += u32::from(established);
                        continue;
                    }
                    match confidence {
                        Confidence::Verified => c.verified += 1,
                        Confidence::Secondary => c.secondary += 1,
                        Confidence::Conflicting => c.conflicting += 1,
                        Confidence::Unknown => c.unknown += 1,
                    }
                    if !established {
                        c.not_established.push(j);
                    }
                }
                c
            })
            .collect();
        DataCoverage {
            dataset_as_of: self.as_of,
            topics,
        }
    }
}

impl DataCoverage {
    /// The coverage as a Markdown table, as `data/README.md` carries it.
    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| Topic (50 states + DC) | Verified | Secondary | Conflicting | Unknown | Not established | Territories (of 5) |\n\
             |---|---|---|---|---|---|---|\n",
        );
        for t in &self.topics {
            let missing: Vec<&str> = t.not_established.iter().map(|j| j.code()).collect();
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} |\n",
                t.label,
                t.verified,
                t.secondary,
                t.conflicting,
                t.unknown,
                if missing.is_empty() {
                    "—".to_string()
                } else {
                    missing.join(", ")
                },
                t.territories_established
            ));
        }
        out
    }
}
