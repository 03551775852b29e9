//! Facts in plain words for `licensure reference STATE`.

use licensure_core::model::{Modality, Profession, Schedule};
use licensure_core::reference::{
    CmeRule, CompactMembership, CsrRequirement, ExpiryRule, FullLicenseFacts, InPersonExam,
    InPersonPatients, MalpracticeRequirement, MalpracticeRule, RenewalCycle, TelehealthAnswer,
    TelehealthPrescribing, TelehealthRoute,
};

use crate::plain::{self, label};

pub(super) fn describe_membership(m: &CompactMembership) -> String {
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

pub(super) fn describe_answer(a: &TelehealthAnswer) -> String {
    match a {
        TelehealthAnswer::Routes => "the routes below (besides a full license or a compact)",
        TelehealthAnswer::NoRoute => "none: a full license or a compact is required",
    }
    .to_string()
}

pub(super) fn describe_route(r: &TelehealthRoute) -> String {
    let mut parts = vec![r.name.clone()];
    if let Some(closed) = r.closed_on {
        parts.push(format!("CLOSED on {closed}"));
    }
    if let Some(limit) = r.scope.limit() {
        parts.push(format!("covers only {limit}"));
    }
    let professions: Vec<String> = r.professions.iter().map(profession_label).collect();
    parts.push(format!("for {}", professions.join(", ")));
    if !r.modalities.is_empty() {
        let modalities: Vec<String> = r.modalities.iter().map(modality_label).collect();
        parts.push(format!("by {}", modalities.join(", ")));
    }
    parts.push(match r.controlled_substances_allowed {
        Some(true) if r.excluded_schedules.is_empty() => {
            "controlled substances allowed".to_string()
        }
        Some(true) => format!(
            "controlled substances allowed except {}",
            schedules(&r.excluded_schedules)
        ),
        Some(false) => "no controlled substances".to_string(),
        None => "controlled substances not established".to_string(),
    });
    for (flag, text) in [
        (r.no_office, "no office in the state"),
        (r.no_in_person, "no in-person care"),
        (
            r.requires_malpractice_cover,
            "malpractice cover for the state",
        ),
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

pub(super) fn describe_prescribing(p: &TelehealthPrescribing) -> String {
    let mut parts = vec![match &p.in_person_exam {
        InPersonExam::NotRequired => "no in-person examination required".to_string(),
        InPersonExam::NotEstablished => {
            "whether an in-person examination is required is not established".to_string()
        }
        InPersonExam::Required {
            patients,
            schedules: s,
            exceptions,
        } => {
            let who = match patients {
                InPersonPatients::AllPatients => "every patient",
                InPersonPatients::NewPatients => "new patients",
            };
            let what = if s.is_empty() {
                "any controlled substance".to_string()
            } else {
                schedules(s)
            };
            let mut text = format!("in-person examination before {what} for {who}");
            if !exceptions.trim().is_empty() {
                text.push_str(&format!(" (exceptions: {})", exceptions.trim()));
            }
            text
        }
    }];
    if !p.barred_schedules.is_empty() {
        parts.push(format!(
            "never by telehealth: {}",
            schedules(&p.barred_schedules)
        ));
    }
    for (allowed, how) in [
        (p.relationship_by_video, "video"),
        (p.relationship_by_audio_only, "audio only"),
        (p.relationship_asynchronous, "asynchronously"),
    ] {
        match allowed {
            Some(true) => parts.push(format!("a relationship may begin by {how}")),
            Some(false) => parts.push(format!("a relationship may not begin {how}")),
            None => {}
        }
    }
    if !p.limits.trim().is_empty() {
        parts.push(p.limits.trim().to_string());
    }
    parts.join("; ")
}

pub(super) fn describe_csr(c: &CsrRequirement) -> String {
    if !c.required {
        return "not required".to_string();
    }
    let mut parts = vec!["required".to_string()];
    if !c.agency.trim().is_empty() {
        parts.push(format!("issued by {}", c.agency.trim()));
    }
    if let Some(fee) = c.fee_usd {
        parts.push(format!("fee ${fee}"));
    }
    if let Some(years) = c.cycle_years {
        parts.push(format!("every {years} year(s)"));
    }
    if !c.expiry.trim().is_empty() {
        parts.push(c.expiry.trim().to_string());
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

pub(super) fn describe_malpractice(m: &MalpracticeRequirement) -> String {
    let mut parts = vec![match m.rule {
        MalpracticeRule::None => "no minimum coverage required".to_string(),
        MalpracticeRule::Mandate => "coverage required".to_string(),
        MalpracticeRule::FundOnly => {
            "not required (coverage only to join a voluntary fund)".to_string()
        }
        MalpracticeRule::FinancialResponsibility => {
            "financial responsibility: coverage or an alternative".to_string()
        }
    }];
    if let Some(v) = m.min_per_claim_usd {
        parts.push(format!("at least ${v} per claim"));
    }
    if let Some(v) = m.min_aggregate_usd {
        parts.push(format!("at least ${v} aggregate"));
    }
    if let Some(fund) = &m.fund {
        let kind = if fund.mandatory {
            "must join"
        } else {
            "may join"
        };
        parts.push(format!("{kind}: {}", fund.name));
    }
    if !m.alternatives.trim().is_empty() {
        parts.push(format!("alternatives: {}", m.alternatives.trim()));
    }
    match m.applies_to_telehealth {
        Some(true) => parts.push("reaches out-of-state telehealth physicians".to_string()),
        Some(false) => parts.push("does not reach out-of-state telehealth physicians".to_string()),
        None => {}
    }
    parts.join("; ")
}

pub(super) fn describe_renewal(r: &RenewalCycle) -> String {
    let expiry = match &r.expiry_rule {
        ExpiryRule::BirthMonth => "expires at the end of the birth month".to_string(),
        ExpiryRule::BirthDate => "expires on the birthday".to_string(),
        ExpiryRule::IssueDate => "expires on the anniversary of issue".to_string(),
        ExpiryRule::FixedDate { month, day } => format!("expires on {month:02}-{day:02}"),
        ExpiryRule::Other { description } => description.trim().trim_end_matches('.').to_string(),
    };
    let mut parts = vec![format!("every {} year(s)", r.cycle_years), expiry];
    parts.push(plain::fee(r.fee_usd));
    if let Some(days) = r.window_days {
        parts.push(format!("renewal opens {days} days before expiry"));
    }
    parts.join("; ")
}

pub(super) fn describe_cme(r: &CmeRule) -> String {
    let mut parts = vec![match (r.hours, r.cycle_years) {
        (None, _) => "no general hour requirement".to_string(),
        (Some(h), Some(years)) => format!("{h} hours every {years} year(s)"),
        (Some(h), None) => format!("{h} hours per renewal cycle"),
    }];
    if let Some(h) = r.category1_hours {
        parts.push(format!("at least {h} Category 1"));
    }
    let topics = r.required_topics.len();
    if topics > 0 {
        parts.push(format!(
            "{topics} required topic{}",
            if topics == 1 { "" } else { "s" }
        ));
    }
    parts.join("; ")
}

pub(super) fn describe_full_license(f: &FullLicenseFacts) -> String {
    let mut parts = vec![plain::fee(f.fee_usd), plain::duration(f.typical_days)];
    if !f.time_drivers.is_empty() {
        let drivers: Vec<String> = f.time_drivers.iter().map(label).collect();
        parts.push(format!("time set by {}", drivers.join(", ")));
    }
    if let Some(fee) = f.imlc_fee_usd {
        parts.push(format!("through the IMLC: ${fee} to the state"));
    }
    parts.join("; ")
}

fn schedules(list: &[Schedule]) -> String {
    let words: Vec<String> = list
        .iter()
        .map(|s| format!("schedule {}", label(s)))
        .collect();
    words.join(", ")
}

fn profession_label(p: &Profession) -> String {
    p.label().to_string()
}

fn modality_label(m: &Modality) -> String {
    label(m)
}
