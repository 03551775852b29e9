//! Checks of the CME facts: every jurisdiction has one (unknown is a fact, absent is not),
//! the federal MATE Act training is present, and each rule's numbers hang together.
//!
//! Limits: like `check`, it finds contradictions, not untruths.

use super::{Applicability, CmeRule, Dataset, DatasetProblem, Recurrence};
use crate::model::CmeHours;

/// The most hours any rule may name for one cycle; beyond it a value is a typing error.
const MOST_CYCLE_HOURS: CmeHours = CmeHours::hours(500);

impl Dataset {
    pub(super) fn check_cme(&self, problems: &mut Vec<DatasetProblem>) {
        if self.federal.mate_act.is_none() {
            problems.push(DatasetProblem::MissingMateAct);
        }
        if let Some(m) = self
            .federal
            .mate_act
            .as_ref()
            .and_then(|f| f.value.as_ref())
        {
            if m.hours.is_zero() {
                problems.push(bad("federal mate_act", "the training has no hours"));
            }
        }
        for j in &self.jurisdictions {
            let Some(fact) = &j.cme else {
                problems.push(DatasetProblem::MissingCme {
                    jurisdiction: j.jurisdiction,
                });
                continue;
            };
            if let Some(rule) = &fact.value {
                rule_problems(&format!("{} cme", j.jurisdiction), rule, problems);
            }
        }
    }
}

fn bad(fact: &str, detail: impl Into<String>) -> DatasetProblem {
    DatasetProblem::BadCmeRule {
        fact: fact.to_string(),
        detail: detail.into(),
    }
}

fn rule_problems(fact: &str, rule: &CmeRule, problems: &mut Vec<DatasetProblem>) {
    if let Some(h) = rule.hours {
        if h.is_zero() || h > MOST_CYCLE_HOURS {
            problems.push(bad(fact, format!("{h} hours per cycle is out of range")));
        }
    }
    if rule.cycle_years == Some(0) {
        problems.push(bad(fact, "a CME cycle of 0 years"));
    }
    match (rule.category1_hours, rule.hours) {
        (Some(c), _) if c.is_zero() => problems.push(bad(fact, "0 Category 1 hours")),
        (Some(c), Some(h)) if c > h => problems.push(bad(
            fact,
            format!("{c} Category 1 hours is more than the {h} hours of the cycle"),
        )),
        (Some(_), None) => problems.push(bad(fact, "Category 1 hours without total hours")),
        _ => {}
    }
    for (i, req) in rule.required_topics.iter().enumerate() {
        let at = format!("{fact} required_topics[{i}]");
        if req.topics.is_empty() {
            problems.push(bad(&at, "names no topic"));
        }
        if req
            .hours
            .is_some_and(|h| h.is_zero() || h > MOST_CYCLE_HOURS)
        {
            problems.push(bad(&at, "hours out of range"));
        }
        if matches!(req.recurrence, Recurrence::EveryYears { years: 0 }) {
            problems.push(bad(&at, "every 0 years"));
        }
        if matches!(&req.applies_to, Applicability::Described { who } if who.trim().is_empty()) {
            problems.push(bad(&at, "applies to a group it does not name"));
        }
        if req.description.trim().is_empty() {
            problems.push(bad(&at, "no description"));
        }
    }
}
