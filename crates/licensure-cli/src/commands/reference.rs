//! `licensure reference [STATE]`: every reference fact about one jurisdiction with its
//! sources, confidence and the date it was read; without STATE, every jurisdiction with its
//! IMLC standing.
//!
//! Limits: shows the facts as the dataset records them. A conflicting fact is shown with its
//! recorded value but labelled as treated as unknown, as the rules treat it.

use chrono::NaiveDate;
use serde::Serialize;

use licensure_core::model::{Compact, Modality, Profession};
use licensure_core::reference::{
    CompactMembership, CsrRequirement, Dataset, ExpiryRule, Fact, FullLicenseFacts,
    JurisdictionFacts, MalpracticeRequirement, RenewalCycle, TelehealthRoute,
};
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

pub fn run(ctx: &Context, state: Option<&str>) -> Result<(), Exit> {
    let data = ctx.dataset()?;
    let age = data.age_days(ctx.today);
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
            compact_name(*compact),
            membership,
            describe_membership,
        ));
    }
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
        "Controlled-substance registration",
        &facts.csr,
        describe_csr,
    ));
    lines.extend(fact_block(
        "Malpractice minimum",
        &facts.malpractice,
        describe_malpractice,
    ));
    lines.extend(fact_block(
        "Medical license renewal",
        &facts.medical_renewal,
        describe_renewal,
    ));
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

/// The compact's short name, as clinicians say it.
fn compact_name(compact: Compact) -> &'static str {
    match compact {
        Compact::Imlc => "IMLC",
        Compact::Nlc => "Nurse Licensure Compact",
        Compact::Psypact => "PSYPACT",
        Compact::Counseling => "Counseling Compact",
        Compact::PaCompact => "PA Licensure Compact",
        Compact::AprnCompact => "APRN Compact",
        Compact::SocialWork => "Social Work Compact",
    }
}

fn describe_membership(m: &CompactMembership) -> String {
    let mut dates = Vec::new();
    if let Some(d) = m.enacted {
        dates.push(format!("enacted {d}"));
    }
    if let Some(d) = m.implemented {
        dates.push(format!("issuing from {d}"));
    }
    if dates.is_empty() {
        label(&m.status)
    } else {
        format!("{} ({})", label(&m.status), dates.join(", "))
    }
}

fn describe_route(r: &TelehealthRoute) -> String {
    let mut parts = vec![r.name.clone()];
    let professions: Vec<String> = r.professions.iter().map(profession_label).collect();
    parts.push(format!("for {}", professions.join(", ")));
    if !r.modalities.is_empty() {
        let modalities: Vec<String> = r.modalities.iter().map(modality_label).collect();
        parts.push(format!("by {}", modalities.join(", ")));
    }
    parts.push(if r.controlled_substances_allowed {
        "controlled substances allowed".to_string()
    } else {
        "no controlled substances".to_string()
    });
    for (flag, text) in [
        (r.no_office, "no office in the state"),
        (r.no_in_person, "no in-person care"),
        (r.existing_patients_only, "existing patients only"),
    ] {
        if flag {
            parts.push(text.to_string());
        }
    }
    if let Some(fee) = r.fee_usd {
        parts.push(format!("fee ${fee}"));
    }
    if let Some(years) = r.renewal_years {
        parts.push(format!("renew every {years} year(s)"));
    }
    if let Some(days) = r.typical_days {
        parts.push(format!("about {days} days"));
    }
    if !r.limits.trim().is_empty() {
        parts.push(r.limits.trim().to_string());
    }
    parts.join("; ")
}

fn describe_csr(c: &CsrRequirement) -> String {
    if !c.required {
        return "not required".to_string();
    }
    let mut parts = vec!["required".to_string()];
    if !c.agency.trim().is_empty() {
        parts.push(format!("issued by {}", c.agency.trim()));
    }
    if let Some(years) = c.cycle_years {
        parts.push(format!("every {years} year(s)"));
    }
    if c.renews_with_license {
        parts.push("renews with the license".to_string());
    }
    parts.push(match c.required_for_telehealth_prescribers {
        Some(true) => "also for out-of-state telehealth prescribers".to_string(),
        Some(false) => "not for out-of-state telehealth prescribers".to_string(),
        None => "whether telehealth prescribers need it is unknown".to_string(),
    });
    parts.join("; ")
}

fn describe_malpractice(m: &MalpracticeRequirement) -> String {
    if !m.required {
        return "no minimum coverage required".to_string();
    }
    let mut parts = vec!["coverage required".to_string()];
    if let Some(v) = m.min_per_claim_usd {
        parts.push(format!("at least ${v} per claim"));
    }
    if let Some(v) = m.min_aggregate_usd {
        parts.push(format!("at least ${v} aggregate"));
    }
    if let Some(fund) = &m.patient_compensation_fund {
        parts.push(format!("fund: {fund}"));
    }
    parts.join("; ")
}

fn describe_renewal(r: &RenewalCycle) -> String {
    let expiry = match &r.expiry_rule {
        ExpiryRule::BirthMonth => "expires at the end of the birth month".to_string(),
        ExpiryRule::BirthDate => "expires on the birthday".to_string(),
        ExpiryRule::IssueDate => "expires on the anniversary of issue".to_string(),
        ExpiryRule::FixedDate { month, day } => format!("expires on {month:02}-{day:02}"),
        ExpiryRule::Other { description } => description.trim().trim_end_matches('.').to_string(),
    };
    let mut parts = vec![format!("every {} year(s)", r.cycle_years), expiry];
    if let Some(days) = r.window_days {
        parts.push(format!("renewal opens {days} days before expiry"));
    }
    if let Some(hours) = r.cme_hours {
        parts.push(match r.cme_cycle_years {
            Some(years) => format!("{hours} CME hours every {years} year(s)"),
            None => format!("{hours} CME hours per cycle"),
        });
    }
    parts.join("; ")
}

fn describe_full_license(f: &FullLicenseFacts) -> String {
    format!(
        "{}; {}",
        plain::fee(f.fee_usd),
        plain::duration(f.typical_days)
    )
}

fn profession_label(p: &Profession) -> String {
    p.label().to_string()
}

fn modality_label(m: &Modality) -> String {
    label(m)
}
