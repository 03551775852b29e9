//! Structural checks of a reference dataset: coverage, provenance and dates (the checks of
//! values that must hang together are in `value_check`).
//!
//! Limits: finds problems of shape only (a jurisdiction missing or twice, a fact without an
//! https source or with one that is never a source, a value that contradicts its confidence,
//! a date after the dataset's review date, …). It cannot tell whether a fact is true; that is
//! what sources and review are for.

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Confidence, Dataset, Fact};
use crate::model::Compact;
use crate::Jurisdiction;

/// Every compact, in declaration order; each jurisdiction must list all of them.
pub const ALL_COMPACTS: &[Compact] = &[
    Compact::Imlc,
    Compact::Nlc,
    Compact::Psypact,
    Compact::Counseling,
    Compact::PaCompact,
    Compact::AprnCompact,
    Compact::SocialWork,
];

/// One structural problem in a dataset. `fact` names the fact ("TX csr",
/// "federal telemedicine_rules[dea_telemedicine_flexibilities]").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum DatasetProblem {
    MissingJurisdiction {
        jurisdiction: Jurisdiction,
    },
    DuplicateJurisdiction {
        jurisdiction: Jurisdiction,
    },
    MissingCompact {
        jurisdiction: Jurisdiction,
        compact: Compact,
    },
    MissingCompactFacts {
        compact: Compact,
    },
    DuplicateCompactFacts {
        compact: Compact,
    },
    /// A fact with no source address.
    NoSource {
        fact: String,
    },
    /// A source (or site address) that is not an https URL.
    NotHttps {
        fact: String,
        address: String,
    },
    /// Verified or secondary, but the value is null.
    KnownWithoutValue {
        fact: String,
    },
    /// Unknown, but a value is given.
    UnknownWithValue {
        fact: String,
    },
    /// Unknown or conflicting without a note saying why.
    DoubtWithoutNote {
        fact: String,
    },
    /// A fact read after the dataset's own review date.
    FactAfterDataset {
        fact: String,
        as_of: NaiveDate,
    },
    /// A compact enactment dated after the dataset's review date.
    EnactedAfterDataset {
        fact: String,
        enacted: NaiveDate,
    },
    /// A dated rule that ends before it starts.
    RuleEndsBeforeStart {
        id: String,
    },
    DuplicateRuleId {
        id: String,
    },
    DuplicateRouteId {
        id: String,
    },
    /// A source of a kind that is never one (an anonymous repository, a document-sharing
    /// or forms site, a content farm): it may lead to a source, it cannot stand as one.
    DisallowedSource {
        fact: String,
        address: String,
    },
    /// A dollar amount that is zero, or a per-claim minimum above the aggregate.
    BadAmount {
        fact: String,
        detail: String,
    },
    /// A controlled-substance registration that is required but names no agency.
    CsrWithoutAgency {
        jurisdiction: Jurisdiction,
    },
    /// A state's (or DC's) telehealth routes answer is not established.
    RoutesAnswerUnknown {
        jurisdiction: Jurisdiction,
    },
    /// The routes answer contradicts the routes listed ("routes" with no open route, or
    /// "no route" with an open one).
    RoutesAnswerContradicted {
        jurisdiction: Jurisdiction,
        detail: String,
    },
    /// A jurisdiction without its CME fact (unknown is a fact; absent is not).
    MissingCme {
        jurisdiction: Jurisdiction,
    },
    /// The federal MATE Act training fact is absent.
    MissingMateAct,
    /// A CME rule whose values do not hang together (zero hours, more Category 1 hours than
    /// hours, a topic requirement naming no topic …).
    BadCmeRule {
        fact: String,
        detail: String,
    },
}

impl fmt::Display for DatasetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetProblem::MissingJurisdiction { jurisdiction } => {
                write!(f, "jurisdiction {jurisdiction} is missing")
            }
            DatasetProblem::DuplicateJurisdiction { jurisdiction } => {
                write!(f, "jurisdiction {jurisdiction} appears more than once")
            }
            DatasetProblem::MissingCompact {
                jurisdiction,
                compact,
            } => {
                write!(
                    f,
                    "{jurisdiction} does not list the compact {}",
                    compact.id()
                )
            }
            DatasetProblem::MissingCompactFacts { compact } => {
                write!(f, "no facts for the compact {}", compact.id())
            }
            DatasetProblem::DuplicateCompactFacts { compact } => {
                write!(
                    f,
                    "the compact {} is described more than once",
                    compact.id()
                )
            }
            DatasetProblem::NoSource { fact } => write!(f, "{fact}: no source"),
            DatasetProblem::NotHttps { fact, address } => {
                write!(f, "{fact}: {address:?} is not an https address")
            }
            DatasetProblem::KnownWithoutValue { fact } => {
                write!(f, "{fact}: verified or secondary but the value is null")
            }
            DatasetProblem::UnknownWithValue { fact } => {
                write!(f, "{fact}: unknown but a value is given")
            }
            DatasetProblem::DoubtWithoutNote { fact } => {
                write!(f, "{fact}: unknown or conflicting without a note")
            }
            DatasetProblem::FactAfterDataset { fact, as_of } => {
                write!(f, "{fact}: read {as_of}, after the dataset's review date")
            }
            DatasetProblem::EnactedAfterDataset { fact, enacted } => {
                write!(
                    f,
                    "{fact}: enacted {enacted}, after the dataset's review date"
                )
            }
            DatasetProblem::RuleEndsBeforeStart { id } => {
                write!(f, "rule {id} ends before it starts")
            }
            DatasetProblem::DuplicateRuleId { id } => write!(f, "rule id {id} is used twice"),
            DatasetProblem::DuplicateRouteId { id } => {
                write!(f, "telehealth route id {id} is used twice")
            }
            DatasetProblem::DisallowedSource { fact, address } => {
                write!(
                    f,
                    "{fact}: {address} is not a source (it may only lead to one)"
                )
            }
            DatasetProblem::BadAmount { fact, detail } => write!(f, "{fact}: {detail}"),
            DatasetProblem::CsrWithoutAgency { jurisdiction } => {
                write!(f, "{jurisdiction} csr: required but no agency is named")
            }
            DatasetProblem::RoutesAnswerUnknown { jurisdiction } => write!(
                f,
                "{jurisdiction} telehealth_answer: not established (every state and DC needs one)"
            ),
            DatasetProblem::RoutesAnswerContradicted {
                jurisdiction,
                detail,
            } => write!(f, "{jurisdiction} telehealth_answer: {detail}"),
            DatasetProblem::MissingCme { jurisdiction } => {
                write!(f, "{jurisdiction} has no CME fact")
            }
            DatasetProblem::MissingMateAct => write!(f, "federal mate_act is missing"),
            DatasetProblem::BadCmeRule { fact, detail } => write!(f, "{fact}: {detail}"),
        }
    }
}

/// What every fact has in common, whatever its value type.
struct Provenance<'a> {
    fact: String,
    has_value: bool,
    sources: &'a [String],
    as_of: NaiveDate,
    confidence: Confidence,
    note: &'a str,
}

fn provenance<'a, T>(fact: String, f: &'a Fact<T>) -> Provenance<'a> {
    Provenance {
        fact,
        has_value: f.value.is_some(),
        sources: &f.sources,
        as_of: f.as_of,
        confidence: f.confidence,
        note: &f.note,
    }
}

impl Dataset {
    /// Structural problems of this dataset; empty when it is sound.
    pub fn check(&self) -> Vec<DatasetProblem> {
        let mut problems = Vec::new();
        self.check_coverage(&mut problems);
        for p in self.provenances() {
            check_provenance(&p, self.as_of, &mut problems);
        }
        self.check_addresses(&mut problems);
        self.check_dates_and_ids(&mut problems);
        self.check_values(&mut problems);
        self.check_cme(&mut problems);
        problems
    }

    /// Every fact of the dataset with its provenance, as citations ("TX csr", sources,
    /// as-of, confidence), for listing sources or finding old facts.
    pub fn citations(&self) -> Vec<super::Citation> {
        self.provenances()
            .into_iter()
            .map(|p| super::Citation {
                fact: p.fact.into(),
                sources: p.sources.into(),
                as_of: p.as_of,
                confidence: p.confidence,
            })
            .collect()
    }

    fn provenances(&self) -> Vec<Provenance<'_>> {
        let mut all = Vec::new();
        let fed = &self.federal;
        all.push(provenance(
            "federal dea_per_state".into(),
            &fed.dea_per_state,
        ));
        all.push(provenance(
            "federal dea_cycle_years".into(),
            &fed.dea_cycle_years,
        ));
        all.push(provenance(
            "federal dea_renewal_window_days".into(),
            &fed.dea_renewal_window_days,
        ));
        all.push(provenance("federal dea_fee_usd".into(), &fed.dea_fee_usd));
        if let Some(mate) = &fed.mate_act {
            all.push(provenance("federal mate_act".into(), mate));
        }
        for (i, rule) in fed.telemedicine_rules.iter().enumerate() {
            let id = rule
                .value
                .as_ref()
                .map_or_else(|| i.to_string(), |r| r.id.clone());
            all.push(provenance(
                format!("federal telemedicine_rules[{id}]"),
                rule,
            ));
        }
        let imlc = &self.imlc;
        all.push(provenance("imlc loq_fee_usd".into(), &imlc.loq_fee_usd));
        all.push(provenance(
            "imlc loq_validity_days".into(),
            &imlc.loq_validity_days,
        ));
        all.push(provenance(
            "imlc max_exam_attempts".into(),
            &imlc.max_exam_attempts,
        ));
        all.push(provenance(
            "imlc min_practice_share_percent".into(),
            &imlc.min_practice_share_percent,
        ));
        all.push(provenance(
            "imlc board_certification_required".into(),
            &imlc.board_certification_required,
        ));
        for c in &self.compacts {
            let name = format!("compact {}", c.compact.id());
            all.push(provenance(format!("{name} operational"), &c.operational));
            if let Some(days) = &c.typical_days {
                all.push(provenance(format!("{name} typical_days"), days));
            }
            if let Some(fee) = &c.commission_fee_usd {
                all.push(provenance(format!("{name} commission_fee_usd"), fee));
            }
        }
        for j in &self.jurisdictions {
            let code = j.jurisdiction;
            for (compact, membership) in &j.compacts {
                all.push(provenance(
                    format!("{code} compacts.{}", compact.id()),
                    membership,
                ));
            }
            for (i, route) in j.telehealth_routes.iter().enumerate() {
                let id = route
                    .value
                    .as_ref()
                    .map_or_else(|| i.to_string(), |r| r.id.clone());
                all.push(provenance(format!("{code} telehealth_routes[{id}]"), route));
            }
            all.push(provenance(
                format!("{code} telehealth_answer"),
                &j.telehealth_answer,
            ));
            all.push(provenance(
                format!("{code} telehealth_prescribing"),
                &j.telehealth_prescribing,
            ));
            all.push(provenance(format!("{code} csr"), &j.csr));
            all.push(provenance(format!("{code} malpractice"), &j.malpractice));
            all.push(provenance(
                format!("{code} medical_renewal"),
                &j.medical_renewal,
            ));
            all.push(provenance(format!("{code} full_license"), &j.full_license));
            if let Some(cme) = &j.cme {
                all.push(provenance(format!("{code} cme"), cme));
            }
        }
        all
    }

    fn check_coverage(&self, problems: &mut Vec<DatasetProblem>) {
        for &jurisdiction in Jurisdiction::ALL {
            match self
                .jurisdictions
                .iter()
                .filter(|f| f.jurisdiction == jurisdiction)
                .count()
            {
                0 => problems.push(DatasetProblem::MissingJurisdiction { jurisdiction }),
                1 => {}
                _ => problems.push(DatasetProblem::DuplicateJurisdiction { jurisdiction }),
            }
        }
        for j in &self.jurisdictions {
            for &compact in ALL_COMPACTS {
                if !j.compacts.contains_key(&compact) {
                    problems.push(DatasetProblem::MissingCompact {
                        jurisdiction: j.jurisdiction,
                        compact,
                    });
                }
            }
        }
        for &compact in ALL_COMPACTS {
            match self
                .compacts
                .iter()
                .filter(|c| c.compact == compact)
                .count()
            {
                0 => problems.push(DatasetProblem::MissingCompactFacts { compact }),
                1 => {}
                _ => problems.push(DatasetProblem::DuplicateCompactFacts { compact }),
            }
        }
    }

    fn check_addresses(&self, problems: &mut Vec<DatasetProblem>) {
        for c in &self.compacts {
            if !is_https(&c.commission_url) {
                problems.push(DatasetProblem::NotHttps {
                    fact: format!("compact {} commission_url", c.compact.id()),
                    address: c.commission_url.clone(),
                });
            }
        }
        for j in &self.jurisdictions {
            if !j.medical_board_url.is_empty() && !is_https(&j.medical_board_url) {
                problems.push(DatasetProblem::NotHttps {
                    fact: format!("{} medical_board_url", j.jurisdiction),
                    address: j.medical_board_url.clone(),
                });
            }
        }
    }

    fn check_dates_and_ids(&self, problems: &mut Vec<DatasetProblem>) {
        let mut rule_ids = BTreeSet::new();
        for rule in self
            .federal
            .telemedicine_rules
            .iter()
            .filter_map(|f| f.value.as_ref())
        {
            if rule
                .effective_until
                .is_some_and(|end| end < rule.effective_from)
            {
                problems.push(DatasetProblem::RuleEndsBeforeStart {
                    id: rule.id.clone(),
                });
            }
            if !rule_ids.insert(rule.id.as_str()) {
                problems.push(DatasetProblem::DuplicateRuleId {
                    id: rule.id.clone(),
                });
            }
        }
        let mut route_ids = BTreeSet::new();
        for j in &self.jurisdictions {
            for route in j.telehealth_routes.iter().filter_map(|f| f.value.as_ref()) {
                if !route_ids.insert(route.id.as_str()) {
                    problems.push(DatasetProblem::DuplicateRouteId {
                        id: route.id.clone(),
                    });
                }
            }
            for (compact, membership) in &j.compacts {
                let enacted = membership.value.as_ref().and_then(|m| m.enacted);
                if let Some(enacted) = enacted.filter(|&d| d > self.as_of) {
                    problems.push(DatasetProblem::EnactedAfterDataset {
                        fact: format!("{} compacts.{}", j.jurisdiction, compact.id()),
                        enacted,
                    });
                }
            }
        }
    }
}

fn check_provenance(
    p: &Provenance<'_>,
    dataset_as_of: NaiveDate,
    problems: &mut Vec<DatasetProblem>,
) {
    if p.sources.is_empty() {
        problems.push(DatasetProblem::NoSource {
            fact: p.fact.clone(),
        });
    }
    for address in p.sources.iter() {
        if !is_https(address) {
            problems.push(DatasetProblem::NotHttps {
                fact: p.fact.clone(),
                address: address.clone(),
            });
        } else if super::value_check::is_disallowed_source(address) {
            problems.push(DatasetProblem::DisallowedSource {
                fact: p.fact.clone(),
                address: address.clone(),
            });
        }
    }
    match p.confidence {
        Confidence::Verified | Confidence::Secondary if !p.has_value => {
            problems.push(DatasetProblem::KnownWithoutValue {
                fact: p.fact.clone(),
            });
        }
        Confidence::Unknown if p.has_value => {
            problems.push(DatasetProblem::UnknownWithValue {
                fact: p.fact.clone(),
            });
        }
        _ => {}
    }
    let doubtful = matches!(p.confidence, Confidence::Unknown | Confidence::Conflicting);
    if doubtful && p.note.trim().is_empty() {
        problems.push(DatasetProblem::DoubtWithoutNote {
            fact: p.fact.clone(),
        });
    }
    if p.as_of > dataset_as_of {
        problems.push(DatasetProblem::FactAfterDataset {
            fact: p.fact.clone(),
            as_of: p.as_of,
        });
    }
}

/// An https URL with something after the scheme.
fn is_https(address: &str) -> bool {
    address
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}
