//! `licensure reference [STATE] [--coverage]`: every reference fact about one jurisdiction
//! with its sources, confidence and the date it was read; without STATE, every jurisdiction
//! with its IMLC standing; with --coverage, how complete the facts are per topic.
//!
//! Limits: shows the facts as the dataset records them. A conflicting fact is shown with its
//! recorded value but labelled as treated as unknown, as the rules treat it.

use chrono::NaiveDate;
use serde::Serialize;

use licensure_core::model::Compact;
use licensure_core::reference::{CompactMembership, Dataset, Fact, JurisdictionFacts};
use licensure_core::Jurisdiction;

use super::{Context, STALE_AFTER_DAYS};
use crate::exit::Exit;
use crate::output;
use crate::plain::{self, label};

/// Width of the fact-name column in the plain output.
const NAME_WIDTH: usize = 34;

#[derive(Debug, Serialize)]
struct JurisdictionReference<'a> {
    dataset_as_of: NaiveDate,
    dataset_age_days: i64,
    stale: bool,
    jurisdiction: Jurisdiction,
    name: &'static str,
    facts: &'a JurisdictionFacts,
}

#[derive(Debug, Serialize)]
struct JurisdictionList<'a> {
    dataset_as_of: NaiveDate,
    dataset_age_days: i64,
    stale: bool,
    jurisdictions: Vec<ImlcStanding<'a>>,
}

#[derive(Debug, Serialize)]
struct ImlcStanding<'a> {
    jurisdiction: Jurisdiction,
    name: &'static str,
    /// None when the dataset has no IMLC fact for it.
    imlc: Option<&'a Fact<CompactMembership>>,
}

mod coverage;
mod describe;

use describe::*;

pub fn run(ctx: &Context, state: Option<&str>, coverage: bool) -> Result<(), Exit> {
    let data = ctx.dataset()?;
    let age = data.age_days(ctx.today);
    if coverage {
        return coverage::run(ctx, data);
    }
    match state {
        Some(code) => one(ctx, data, super::jurisdiction(code)?, age),
        None => all(ctx, data, age),
    }
}

fn one(ctx: &Context, data: &Dataset, j: Jurisdiction, age: i64) -> Result<(), Exit> {
    let facts = data.jurisdiction(j).ok_or_else(|| {
        Exit::reference_data(format!(
            "the reference data has no entry for {} ({j})",
            j.name()
        ))
    })?;
    if ctx.json {
        return output::json(&JurisdictionReference {
            dataset_as_of: data.as_of,
            dataset_age_days: age,
            stale: age > STALE_AFTER_DAYS,
            jurisdiction: j,
            name: j.name(),
            facts,
        });
    }
    let mut lines = vec![
        format!("{} ({j}): reference data reviewed {}", j.name(), data.as_of),
        format!(
            "{:<NAME_WIDTH$}{}",
            "Medical board",
            if facts.medical_board_url.is_empty() {
                "unknown"
            } else {
                &facts.medical_board_url
            }
        ),
        String::new(),
    ];
    for (compact, membership) in &facts.compacts {
        lines.extend(fact_block(
            compact.short_name(),
            membership,
            describe_membership,
        ));
    }
    lines.extend(fact_block(
        "Telehealth without a license",
        &facts.telehealth_answer,
        describe_answer,
    ));
    if facts.telehealth_routes.is_empty() {
        lines.push(format!(
            "{:<NAME_WIDTH$}none known",
            "Telehealth registrations"
        ));
    }
    for route in &facts.telehealth_routes {
        let name = route.value.as_ref().map_or_else(
            || "Telehealth route".to_string(),
            |r| format!("Telehealth {}", label(&r.kind)),
        );
        lines.extend(fact_block(&name, route, describe_route));
    }
    lines.extend(fact_block(
        "Prescribing by telehealth",
        &facts.telehealth_prescribing,
        describe_prescribing,
    ));
    lines.extend(fact_block(
        "Controlled-substance registration",
        &facts.csr,
        describe_csr,
    ));
    lines.extend(fact_block(
        "Malpractice rule",
        &facts.malpractice,
        describe_malpractice,
    ));
    lines.extend(fact_block(
        "Medical license renewal",
        &facts.medical_renewal,
        describe_renewal,
    ));
    if let Some(cme) = &facts.cme {
        lines.extend(fact_block(
            "Continuing medical education",
            cme,
            describe_cme,
        ));
    }
    lines.extend(fact_block(
        "Full license by application",
        &facts.full_license,
        describe_full_license,
    ));
    output::lines(&lines)
}

fn all(ctx: &Context, data: &Dataset, age: i64) -> Result<(), Exit> {
    let jurisdictions: Vec<ImlcStanding<'_>> = Jurisdiction::ALL
        .iter()
        .map(|&j| ImlcStanding {
            jurisdiction: j,
            name: j.name(),
            imlc: data.compact_status(j, Compact::Imlc),
        })
        .collect();
    if ctx.json {
        return output::json(&JurisdictionList {
            dataset_as_of: data.as_of,
            dataset_age_days: age,
            stale: age > STALE_AFTER_DAYS,
            jurisdictions,
        });
    }
    let mut rows = vec![vec![
        "Code".to_string(),
        "Jurisdiction".to_string(),
        "IMLC".to_string(),
        "Confidence".to_string(),
        "Read".to_string(),
    ]];
    for s in &jurisdictions {
        let (status, confidence, read) = match s.imlc {
            Some(f) => (
                value_text(f, describe_membership),
                label(&f.confidence),
                f.as_of.to_string(),
            ),
            None => ("no fact".to_string(), String::new(), String::new()),
        };
        rows.push(vec![
            s.jurisdiction.to_string(),
            s.name.to_string(),
            status,
            confidence,
            read,
        ]);
    }
    let mut lines = vec![format!("Reference data reviewed {}", data.as_of)];
    lines.extend(plain::table(&rows));
    output::lines(&lines)
}

/// A fact as a block: name and value, then confidence and date, sources and note below.
fn fact_block<T>(name: &str, fact: &Fact<T>, describe: impl Fn(&T) -> String) -> Vec<String> {
    let under = " ".repeat(NAME_WIDTH);
    let mut lines = vec![
        format!(
            "{name:<width$} {}",
            value_text(fact, describe),
            width = NAME_WIDTH - 1
        ),
        format!("{under}{}, read {}", label(&fact.confidence), fact.as_of),
    ];
    lines.extend(fact.sources.iter().map(|s| format!("{under}source: {s}")));
    if !fact.note.trim().is_empty() {
        lines.push(format!("{under}note: {}", fact.note.trim()));
    }
    lines.push(String::new());
    lines
}

/// The value as established, or why it is not.
fn value_text<T>(fact: &Fact<T>, describe: impl Fn(&T) -> String) -> String {
    match (fact.known(), &fact.value) {
        (Some(value), _) => describe(value),
        (None, Some(value)) => format!(
            "{} ({}: treated as unknown)",
            describe(value),
            label(&fact.confidence)
        ),
        (None, None) => "unknown".to_string(),
    }
}
