//! `licensure offers`: the verdict on every stored offer, state by state, with every reason,
//! the steps to take before the start, the renewals due during the offer and the fastest path
//! where authority is lacking.
//!
//! Limits: judges what the records and the reference data say (see licensure_core::verdict);
//! payer enrolment, supervision agreements and a board's discretion are not judged.

use licensure_core::model::Offer;
use licensure_core::verdict::{evaluate_offers, OfferVerdict, RenewalDue, StateVerdict, Step};

use super::Context;
use crate::exit::Exit;
use crate::output;
use crate::plain::{self, label};

pub fn run(ctx: &Context) -> Result<(), Exit> {
    let records = ctx.records()?;
    let profile = records.profile()?;
    let data = &*ctx.judged(&records.checked_answers)?;
    let verdicts = evaluate_offers(
        &records.offers,
        profile,
        &records.credentials,
        data,
        ctx.today,
    );
    if ctx.json {
        return output::json(&verdicts);
    }
    if records.offers.is_empty() {
        return output::lines(&["(no offers)".to_string()]);
    }
    let mut lines = Vec::new();
    for (offer, verdict) in records.offers.iter().zip(&verdicts) {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(verdict_lines(offer, verdict));
    }
    output::lines(&lines)
}

fn verdict_lines(offer: &Offer, v: &OfferVerdict) -> Vec<String> {
    let mut lines = vec![format!(
        "{} · {} ({}): {}",
        offer.employer,
        offer.role,
        offer.id,
        label(&v.outcome)
    )];
    lines.push(match &v.period {
        Some(p) => format!(
            "  judged {} to {}{}",
            p.start,
            p.end,
            if p.open_ended {
                " (open-ended: one year)"
            } else {
                ""
            }
        ),
        None => "  no period left to judge".to_string(),
    });
    lines.extend(plain::reasons(&v.reasons, "  "));
    for state in &v.states {
        lines.extend(state_lines(state));
    }
    if !v.totals.states_needing_steps.is_empty() {
        lines.push(format!(
            "  Steps needed in {}: known fees ${}{}{}; {}{}",
            plain::codes(&v.totals.states_needing_steps),
            v.totals.total_known_fees_usd,
            unknown_count(v.totals.steps_with_unknown_fee, "fee"),
            if v.totals.fees_reimbursed {
                ", reimbursed by the employer"
            } else {
                ""
            },
            v.totals
                .max_estimated_days
                .map_or_else(|| "time unknown".to_string(), |d| format!("about {d} days")),
            unknown_count(v.totals.steps_with_unknown_days, "duration"),
        ));
    }
    lines
}

fn state_lines(s: &StateVerdict) -> Vec<String> {
    let mut lines = vec![format!(
        "  {} ({}): {}",
        s.jurisdiction.name(),
        s.jurisdiction,
        label(&s.outcome)
    )];
    lines.extend(plain::reasons(&s.reasons, "    "));
    if !s.steps.is_empty() {
        lines.push("    Steps".to_string());
        for (i, step) in s.steps.iter().enumerate() {
            lines.extend(step_lines(i + 1, step));
        }
    }
    if !s.renewals.is_empty() {
        lines.push("    Renewals due during the offer".to_string());
        lines.extend(s.renewals.iter().map(renewal_line));
    }
    if let Some(route) = &s.fastest_path {
        lines.push("    Fastest path".to_string());
        lines.extend(plain::route(route, "      "));
    }
    lines
}

fn step_lines(n: usize, step: &Step) -> Vec<String> {
    let mut lines = vec![format!(
        "      {n}. {} ({}, {})",
        step.description,
        plain::fee(step.fee_usd),
        plain::duration(step.estimated_days)
    )];
    lines.extend(step.details.iter().map(|d| format!("         - {d}")));
    lines
}

fn renewal_line(r: &RenewalDue) -> String {
    let opens = r
        .opens
        .map_or_else(String::new, |d| format!(", renewal opens {d}"));
    format!(
        "      - renew {} by {}{opens} ({})",
        r.what,
        r.due,
        plain::fee(r.fee_usd)
    )
}

/// " (2 step(s) of unknown fee not counted)", or nothing.
fn unknown_count(count: u32, what: &str) -> String {
    if count == 0 {
        String::new()
    } else {
        format!(" ({count} step(s) of unknown {what} not counted)")
    }
}
