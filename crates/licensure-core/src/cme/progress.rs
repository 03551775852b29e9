//! Counting logged activities against each license's CME rule and the MATE Act.

use chrono::{Days, Months, NaiveDate};

use super::{
    shortfall_words, CmeReport, CmeStatus, CmeWindow, HoursProgress, LicenseCme, MateActProgress,
    TopicProgress,
};
use crate::license_standing::license_type_fits;
use crate::model::{
    CmeActivity, CmeHours, CmeTopic, Credential, CredentialDetail, Profession, StateLicense,
};
use crate::reference::{Applicability, CmeRule, Dataset, Recurrence, TopicRequirement};
use crate::Jurisdiction;

/// The window of a cycle of `years` ending on `expires`: from the day after the same date
/// `years` earlier to `expires`, both inclusive.
pub fn cme_window(expires: NaiveDate, years: u8) -> Option<CmeWindow> {
    let before = expires.checked_sub_months(Months::new(12 * u32::from(years)))?;
    Some(CmeWindow {
        start: before.checked_add_days(Days::new(1))?,
        end: expires,
    })
}

/// CME progress of every physician license that permits practice, and the MATE Act training
/// for every DEA registration.
pub fn cme_report(
    credentials: &[Credential],
    activities: &[CmeActivity],
    data: &Dataset,
) -> CmeReport {
    let licenses = credentials
        .iter()
        .filter_map(|c| match &c.detail {
            CredentialDetail::StateLicense(l) if is_physician_license(l) => {
                Some(license_cme(c, l, credentials, activities, data))
            }
            _ => None,
        })
        .collect();
    let mate_act = credentials
        .iter()
        .filter_map(|c| match &c.detail {
            CredentialDetail::DeaRegistration(d) => {
                Some(mate_act(&c.id, d.jurisdiction, d.expires, activities, data))
            }
            _ => None,
        })
        .collect();
    CmeReport { licenses, mate_act }
}

fn is_physician_license(l: &StateLicense) -> bool {
    l.status.permits_practice()
        && (license_type_fits(Profession::Md, &l.license_type)
            || license_type_fits(Profession::Do, &l.license_type))
}

/// One license's progress for its current window.
pub fn license_cme(
    credential: &Credential,
    license: &StateLicense,
    credentials: &[Credential],
    activities: &[CmeActivity],
    data: &Dataset,
) -> LicenseCme {
    let j = license.jurisdiction;
    let mut out = LicenseCme {
        credential_id: credential.id.clone(),
        jurisdiction: j,
        title: credential.detail.title(),
        window: None,
        due: None,
        status: CmeStatus::Verify,
        total: None,
        category1: None,
        topics: Vec::new(),
        activity_ids: Vec::new(),
        shortfall: String::new(),
        citation: None,
        note: String::new(),
    };
    let facts = data.jurisdiction(j);
    let Some(fact) = facts.and_then(|f| f.cme.as_ref()) else {
        out.note = format!(
            "No CME rule is recorded for {}: verify with the board.",
            j.name()
        );
        return out;
    };
    out.citation = Some(fact.cite(format!("CME rule of {}", j.code())));
    let Some(rule) = fact.known() else {
        out.note = format!(
            "The CME rule of {} is not established ({}): verify with the board. {}",
            j.name(),
            confidence_words(fact.confidence),
            fact.note
        )
        .trim_end()
        .to_string();
        return out;
    };
    out.note.clone_from(&fact.note);
    let years = rule.cycle_years.or_else(|| {
        facts
            .and_then(|f| f.medical_renewal.known())
            .map(|r| r.cycle_years)
    });
    let (Some(expires), Some(years)) = (license.expires, years) else {
        out.note = if license.expires.is_none() {
            "The license has no expiry recorded, so its CME window is not known.".to_string()
        } else {
            format!(
                "The CME cycle of {} is not established: verify with the board.",
                j.name()
            )
        };
        return out;
    };
    let Some(window) = cme_window(expires, years) else {
        return out;
    };
    out.window = Some(window);
    out.due = Some(window.end);
    let in_window: Vec<&CmeActivity> = activities
        .iter()
        .filter(|a| window.contains(a.completed))
        .collect();
    out.activity_ids = in_window.iter().map(|a| a.id.clone()).collect();
    fill_hours(&mut out, rule, &in_window);
    let holds = Holdings::of(credentials, j);
    out.topics = rule
        .required_topics
        .iter()
        .map(|req| topic_progress(req, window, activities, holds, j, license.issued))
        .collect();
    out.status = overall(&out);
    out.shortfall = shortfall_words(&out);
    out
}

fn fill_hours(out: &mut LicenseCme, rule: &CmeRule, in_window: &[&CmeActivity]) {
    let total: CmeHours = in_window.iter().map(|a| a.hours).sum();
    let cat1: CmeHours = in_window
        .iter()
        .filter(|a| a.category.is_category1())
        .map(|a| a.hours)
        .sum();
    out.total = rule.hours.map(|h| HoursProgress::new(h, total));
    out.category1 = rule.category1_hours.map(|h| HoursProgress::new(h, cat1));
}

fn overall(out: &LicenseCme) -> CmeStatus {
    let hours_missing =
        out.total.is_some_and(|h| !h.met()) || out.category1.is_some_and(|h| !h.met());
    let statuses = || out.topics.iter().map(|t| t.status);
    if hours_missing || statuses().any(|s| s == CmeStatus::Missing) {
        CmeStatus::Missing
    } else if statuses().any(|s| s == CmeStatus::Verify) {
        CmeStatus::Verify
    } else {
        CmeStatus::Met
    }
}

/// The controlled-substance registrations the clinician holds in one jurisdiction.
#[derive(Clone, Copy)]
struct Holdings {
    dea: bool,
    csr: bool,
}

impl Holdings {
    fn of(credentials: &[Credential], j: Jurisdiction) -> Holdings {
        let mut h = Holdings {
            dea: false,
            csr: false,
        };
        for c in credentials {
            match &c.detail {
                CredentialDetail::DeaRegistration(d) if d.jurisdiction == j => h.dea = true,
                CredentialDetail::StateCsr(s) if s.jurisdiction == j => h.csr = true,
                _ => {}
            }
        }
        h
    }
}

/// Whether a requirement applies: Some(true/false) with the reason, or None (verify).
fn applies(who: &Applicability, holds: Holdings, j: Jurisdiction) -> (Option<bool>, String) {
    let code = j.code();
    match who {
        Applicability::AllLicensees => (Some(true), "Required of every licensee.".to_string()),
        Applicability::ControlledSubstancePrescribers => {
            let yes = holds.dea || holds.csr;
            let reason = if yes {
                format!("Applies: you hold a DEA registration or a controlled-substance registration in {code}.")
            } else {
                format!("Only for controlled-substance prescribers; no DEA or state registration in {code} is recorded.")
            };
            (Some(yes), reason)
        }
        Applicability::DeaRegistrants => {
            let reason = if holds.dea {
                format!("Applies: you hold a DEA registration in {code}.")
            } else {
                format!("Only for DEA registrants; no DEA registration in {code} is recorded.")
            };
            (Some(holds.dea), reason)
        }
        Applicability::StateCsrHolders => {
            let reason = if holds.csr {
                format!("Applies: you hold {code}'s controlled-substance registration.")
            } else {
                format!("Only for holders of {code}'s controlled-substance registration; none is recorded.")
            };
            (Some(holds.csr), reason)
        }
        Applicability::Described { who } => (
            None,
            format!("Applies only to {who}: verify whether it applies to you."),
        ),
    }
}

/// Whether this window ends the license's first renewal: the license was issued within it.
/// Without an issue date it is not known.
fn first_renewal(issued: Option<NaiveDate>, window: CmeWindow) -> (Option<bool>, String) {
    match issued {
        Some(d) if d >= window.start => (
            Some(true),
            format!("Due now: the license was issued on {d}, so this is its first renewal."),
        ),
        Some(d) => (
            Some(false),
            format!("Not due: the license was issued on {d}, before this renewal period, so it was renewed before."),
        ),
        None => (
            None,
            "Due at the first renewal only: record the license's issue date to know whether this is it.".to_string(),
        ),
    }
}

/// The first day on which an activity counts toward a requirement in this window.
fn counts_from(recurrence: Recurrence, window: CmeWindow) -> Option<NaiveDate> {
    match recurrence {
        Recurrence::OneTime | Recurrence::FirstRenewal => None,
        Recurrence::EveryCycle => Some(window.start),
        Recurrence::EveryYears { years } => cme_window(window.end, years).map(|w| w.start),
    }
}

fn topic_progress(
    req: &TopicRequirement,
    window: CmeWindow,
    activities: &[CmeActivity],
    holds: Holdings,
    j: Jurisdiction,
    issued: Option<NaiveDate>,
) -> TopicProgress {
    let from = counts_from(req.recurrence, window);
    let counting: Vec<&CmeActivity> = activities
        .iter()
        .filter(|a| a.completed <= window.end && from.is_none_or(|f| a.completed >= f))
        .filter(|a| req.topics.iter().any(|t| a.covers(*t)))
        .collect();
    let done: CmeHours = counting.iter().map(|a| a.hours).sum();
    let (mut applies, mut reason) = applies(&req.applies_to, holds, j);
    if req.recurrence == Recurrence::FirstRenewal && applies != Some(false) {
        let (first, why) = first_renewal(issued, window);
        applies = match (applies, first) {
            (_, Some(false)) => Some(false),
            (who, first) => who.and(first),
        };
        reason.push(' ');
        reason.push_str(&why);
    }
    let enough = match req.hours {
        Some(h) => done >= h,
        None => !counting.is_empty(),
    };
    let status = match applies {
        Some(false) => CmeStatus::NotRequired,
        // Whether it applies is not known, but the hours are done either way.
        None if enough && req.hours.is_some() => CmeStatus::Met,
        None => CmeStatus::Verify,
        Some(true) if enough && req.hours.is_none() => {
            reason.push_str(" The hours required were not established: verify with the board.");
            CmeStatus::Verify
        }
        Some(true) if enough => CmeStatus::Met,
        Some(true) => CmeStatus::Missing,
    };
    TopicProgress {
        description: req.description.clone(),
        topics: req.topics.clone(),
        recurrence: req.recurrence,
        applies_to: req.applies_to.clone(),
        required: req.hours,
        done,
        status,
        activity_ids: counting.iter().map(|a| a.id.clone()).collect(),
        due: (status == CmeStatus::Missing).then_some(window.end),
        reason,
    }
}

/// The MATE Act training for one DEA registration: one-time, any activity ever logged with
/// the topic counts; due at the registration's next renewal.
fn mate_act(
    id: &str,
    j: Jurisdiction,
    expires: Option<NaiveDate>,
    activities: &[CmeActivity],
    data: &Dataset,
) -> MateActProgress {
    let fact = data.federal.mate_act.as_ref();
    let counting: Vec<&CmeActivity> = activities
        .iter()
        .filter(|a| a.covers(CmeTopic::MateActSudTraining))
        .collect();
    let done: CmeHours = counting.iter().map(|a| a.hours).sum();
    let known = fact.and_then(|f| f.known());
    let required = known.map_or(CmeHours::ZERO, |m| m.hours);
    let status = match known {
        None => CmeStatus::Verify,
        Some(m) if done >= m.hours => CmeStatus::Met,
        Some(_) => CmeStatus::Missing,
    };
    MateActProgress {
        credential_id: id.to_string(),
        jurisdiction: j,
        status,
        required,
        done,
        activity_ids: counting.iter().map(|a| a.id.clone()).collect(),
        due: if status == CmeStatus::Missing {
            expires
        } else {
            None
        },
        citation: fact.map(|f| f.cite("MATE Act one-time training")),
    }
}

fn confidence_words(c: crate::reference::Confidence) -> &'static str {
    use crate::reference::Confidence;
    match c {
        Confidence::Conflicting => "the sources conflict",
        Confidence::Unknown => "not found in the sources read",
        Confidence::Verified | Confidence::Secondary | Confidence::CheckedByYou => "established",
    }
}
