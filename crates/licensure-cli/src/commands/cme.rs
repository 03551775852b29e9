//! `licensure cme`: per license, the CME window, hours and Category 1 hours against the
//! state's rule, each required topic, and what is still missing by when; then the MATE Act
//! training per DEA registration.
//!
//! Limits: prints what `licensure_core::cme` judged; exits 0 whether or not the CME is
//! complete (like `deadlines`: a report, not a check). Number-free: licenses are named by
//! kind and state.

use chrono::NaiveDate;
use serde::Serialize;

use licensure_core::cme::{cme_report, CmeReport, CmeStatus, HoursProgress, LicenseCme};
use licensure_core::model::CmeHours;

use super::Context;
use crate::exit::Exit;
use crate::output;
use crate::plain;

#[derive(Debug, Serialize)]
struct CmeOutput<'a> {
    today: NaiveDate,
    #[serde(flatten)]
    report: &'a CmeReport,
}

pub fn run(ctx: &Context) -> Result<(), Exit> {
    let records = ctx.records()?;
    let data = ctx.dataset()?;
    let report = cme_report(&records.credentials, &records.cme_activities, data);
    if ctx.json {
        return output::json(&CmeOutput {
            today: ctx.today,
            report: &report,
        });
    }
    let mut lines = Vec::new();
    if report.licenses.is_empty() {
        lines.push("No physician license is recorded.".to_string());
    }
    for l in &report.licenses {
        lines.extend(license_lines(l, ctx.today));
        lines.push(String::new());
    }
    for m in &report.mate_act {
        let mut line = format!(
            "DEA registration · {}: MATE Act training {} ({} of {} hours)",
            m.jurisdiction.code(),
            status_word(m.status),
            m.done,
            m.required
        );
        if let Some(due) = m.due {
            line.push_str(&format!(", due by the renewal on {due}"));
        }
        lines.push(line);
    }
    lines.push(format!(
        "{} activities logged.",
        records.cme_activities.len()
    ));
    output::lines(&lines)
}

fn status_word(status: CmeStatus) -> &'static str {
    match status {
        CmeStatus::Met => "done",
        CmeStatus::Missing => "missing",
        CmeStatus::Verify => "verify",
        CmeStatus::NotRequired => "not required",
    }
}

fn hours_line(what: &str, h: &HoursProgress) -> String {
    let missing = if h.met() {
        String::new()
    } else {
        format!(", {} missing", h.missing)
    };
    format!("  {what}: {} of {}{missing}", h.done, h.required)
}

fn license_lines(l: &LicenseCme, today: NaiveDate) -> Vec<String> {
    let mut lines = vec![format!("{}: {}", l.title, status_word(l.status))];
    match (l.window, l.due) {
        (Some(w), Some(due)) => lines.push(format!(
            "  window {} to {}; due {} ({})",
            w.start,
            w.end,
            due,
            plain::relative((due - today).num_days())
        )),
        _ => lines.push(format!("  {}", l.note)),
    }
    if let Some(h) = &l.total {
        lines.push(hours_line("hours", h));
    }
    if let Some(h) = &l.category1 {
        lines.push(hours_line("Category 1 hours", h));
    }
    for t in l
        .topics
        .iter()
        .filter(|t| t.status != CmeStatus::NotRequired)
    {
        let hours = match t.required {
            None => format!("{} hours logged", t.done),
            Some(r) if r == CmeHours::hours(1) => format!("{} of 1 hour", t.done),
            Some(r) => format!("{} of {r} hours", t.done),
        };
        lines.push(format!(
            "  [{}] {} ({hours})",
            status_word(t.status),
            t.description
        ));
    }
    if !l.shortfall.is_empty() {
        lines.push(format!(
            "  Still needed: {}",
            l.shortfall.trim_end_matches(" still needed")
        ));
    }
    if let Some(c) = &l.citation {
        lines.push(format!("  {}", plain::citation(c)));
    }
    lines
}
