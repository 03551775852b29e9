//! `licensure imlc`: IMLC eligibility (reasons, State of Principal License candidates, open
//! questions, reachable states, the Letter of Qualification on record) and the compact
//! options of the clinician's profession (NLC, PSYPACT, … for non-physicians).
//!
//! Limits: reports the rules of licensure_core::imlc and ::compact as they stand on
//! `--today`; the boards and commissions decide.

use serde::Serialize;

use licensure_core::compact::{compact_options, CompactOption};
use licensure_core::imlc::{imlc_eligibility, ImlcEligibility, LoqStanding, PrincipalCandidate};
use licensure_core::model::Compact;

use super::Context;
use crate::exit::Exit;
use crate::output;
use crate::plain::{self, label};

#[derive(Debug, Serialize)]
struct CompactAnswer {
    imlc: ImlcEligibility,
    compact_options: Vec<CompactOption>,
}

pub fn run(ctx: &Context) -> Result<(), Exit> {
    let records = ctx.records()?;
    let profile = records.profile()?;
    let data = &*ctx.judged(&records.checked_answers)?;
    let answer = CompactAnswer {
        imlc: imlc_eligibility(profile, &records.credentials, data, ctx.today),
        compact_options: compact_options(profile, &records.credentials, data, ctx.today),
    };
    if ctx.json {
        return output::json(&answer);
    }
    let mut lines = imlc_lines(&answer.imlc);
    lines.push(String::new());
    lines.push("Compact options for your profession".to_string());
    for option in &answer.compact_options {
        lines.extend(option_lines(option));
    }
    output::lines(&lines)
}

fn imlc_lines(e: &ImlcEligibility) -> Vec<String> {
    let mut lines = vec![format!(
        "Interstate Medical Licensure Compact: {}",
        label(&e.outcome)
    )];
    if !e.principal_candidates.is_empty() {
        lines.push("State of Principal License candidates".to_string());
        let rows: Vec<Vec<String>> = e.principal_candidates.iter().map(candidate_row).collect();
        lines.extend(plain::table(&rows).into_iter().map(|l| format!("  {l}")));
    }
    if !e.reasons.is_empty() {
        lines.push("Requirements failed, unknown or with a warning".to_string());
        lines.extend(plain::reasons(&e.reasons, "  "));
    }
    if !e.questions.is_empty() {
        lines.push("Questions to answer".to_string());
        lines.extend(e.questions.iter().map(|q| format!("  - {}", q.question)));
    }
    lines.push(format!("Letter of Qualification: {}", loq_text(&e.loq)));
    if !e.reachable_states.is_empty() {
        lines.push(format!(
            "Issuing compact licenses today ({}): {}",
            e.reachable_states.len(),
            plain::codes(&e.reachable_states)
        ));
    }
    lines
}

fn candidate_row(c: &PrincipalCandidate) -> Vec<String> {
    let bases: Vec<String> = c.bases.iter().map(label).collect();
    vec![
        c.jurisdiction.to_string(),
        c.jurisdiction.name().to_string(),
        bases.join(", "),
    ]
}

fn loq_text(loq: &LoqStanding) -> String {
    match loq {
        LoqStanding::None => "none on record".to_string(),
        LoqStanding::Applied {
            principal_state,
            applied,
            ..
        } => match applied {
            Some(d) => format!("applied for through {principal_state} on {d}"),
            None => format!("applied for through {principal_state}"),
        },
        LoqStanding::Issued {
            principal_state,
            expires,
            days_left,
            ..
        } => match (expires, days_left) {
            (Some(last), Some(days)) => format!(
                "issued by {principal_state}, valid through {last} ({})",
                match days {
                    0 => "last day today".to_string(),
                    1 => "1 day left".to_string(),
                    n => format!("{n} days left"),
                }
            ),
            _ => format!("issued by {principal_state}, expiry unknown: check the Letter"),
        },
        LoqStanding::Expired {
            principal_state,
            expired,
            ..
        } => format!("issued by {principal_state}, expired after {expired}"),
    }
}

fn option_lines(o: &CompactOption) -> Vec<String> {
    let mut lines = vec![format!(
        "  {}: {}; {}, {}",
        o.name,
        label(&o.outcome),
        plain::fee(o.fee_usd),
        plain::duration(o.typical_days)
    )];
    if let Some(home) = o.home_state {
        lines.push(format!("    home state: {home} ({})", home.name()));
    }
    if !o.covered_now.is_empty() {
        lines.push(format!("    covered now: {}", plain::codes(&o.covered_now)));
    }
    // The IMLC's reach is listed with its eligibility above.
    if !o.reaches.is_empty() && o.compact != Compact::Imlc {
        lines.push(format!(
            "    reaches ({}): {}",
            o.reaches.len(),
            plain::codes(&o.reaches)
        ));
    }
    lines.extend(
        o.steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("    {}. {s}", i + 1)),
    );
    lines.extend(plain::reasons(&o.reasons, "    "));
    lines
}
