//! State law on prescribing controlled substances by telehealth: an in-person examination
//! the state requires before the first prescription, schedules it bars outright, and
//! whether a patient relationship may begin by the offer's kind of visit.
//!
//! Limits: the exceptions (buprenorphine, hospice, a referring practitioner's recent
//! in-person visit, a covering practitioner) are quoted, not judged: the offer does not say
//! which patients it serves. Limits by condition are quoted as warnings.

use crate::model::{Modality, Schedule};
use crate::reason::{Outcome, Reason};
use crate::reference::{InPersonExam, InPersonPatients, TelehealthPrescribing};

use super::labels;
use crate::verdict::authority::modality_word;
use crate::verdict::{Finding, StateContext};

/// Adds the state-law findings for a controlled-substance offer in this jurisdiction.
pub(super) fn check(ctx: &StateContext<'_>, needed: &[Schedule], findings: &mut Vec<Finding>) {
    let state = ctx.name();
    let Some(facts) = ctx.facts else {
        findings.push(ctx.no_facts("the state's rules on prescribing by telehealth"));
        return;
    };
    let fact = &facts.telehealth_prescribing;
    let citation = ctx.pass.citation(fact, || {
        format!("telehealth prescribing law of {}", ctx.jurisdiction)
    });
    let cited = |code: &'static str, outcome: Outcome, message: String| {
        Finding::new(Reason::new(code, outcome, message).citing(citation.clone()))
    };
    let Some(law) = fact.known() else {
        findings.push(cited(
            "state_prescribing_law_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "Whether {state} requires an in-person examination before a controlled \
                 substance is prescribed by telehealth, or limits the schedules, is not \
                 established in the reference data: ask the {state} board before prescribing."
            )),
        ));
        return;
    };
    let barred: Vec<Schedule> = needed
        .iter()
        .copied()
        .filter(|s| law.barred_schedules.contains(s))
        .collect();
    if !barred.is_empty() {
        let limits = limits_note(law);
        findings.push(cited(
            "state_bars_schedules_by_telehealth",
            Outcome::Blocked,
            ctx.text(format_args!(
                "{state} does not allow {} to be prescribed by telehealth{limits}.",
                labels(&barred)
            )),
        ));
    }
    in_person(ctx, law, needed, &cited, findings);
    if barred.is_empty() && !law.limits.trim().is_empty() {
        findings.push(cited(
            "state_prescribing_limits",
            Outcome::Warning,
            ctx.state_text("prescribing limits", || {
                format!(
                    "{state} limits prescribing by telehealth: {}",
                    law.limits.trim()
                )
            }),
        ));
    }
}

fn limits_note(law: &TelehealthPrescribing) -> String {
    if law.limits.trim().is_empty() {
        String::new()
    } else {
        format!(" ({})", law.limits.trim().trim_end_matches('.'))
    }
}

fn in_person(
    ctx: &StateContext<'_>,
    law: &TelehealthPrescribing,
    needed: &[Schedule],
    cited: &impl Fn(&'static str, Outcome, String) -> Finding,
    findings: &mut Vec<Finding>,
) {
    let state = ctx.name();
    match &law.in_person_exam {
        InPersonExam::NotRequired => findings.push(cited(
            "no_state_in_person_requirement",
            Outcome::Met,
            ctx.state_text("no in-person rule", || {
                format!(
                    "{state} does not require an in-person examination before prescribing by \
                 telehealth."
                )
            }),
        )),
        InPersonExam::NotEstablished => findings.push(cited(
            "state_in_person_rule_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "Whether {state} requires an in-person examination before a controlled \
                 substance is prescribed by telehealth is not established: ask the {state} \
                 board."
            )),
        )),
        InPersonExam::Required {
            patients,
            schedules,
            exceptions,
        } => {
            let reached: Vec<Schedule> = needed
                .iter()
                .copied()
                .filter(|s| schedules.is_empty() || schedules.contains(s))
                .collect();
            if reached.is_empty() {
                return;
            }
            let who = match patients {
                InPersonPatients::AllPatients => "each patient",
                InPersonPatients::NewPatients => "each new patient",
            };
            let exceptions = if exceptions.trim().is_empty() {
                String::new()
            } else {
                format!(" Exceptions: {}", exceptions.trim())
            };
            findings.push(
                cited(
                    "state_in_person_exam_required",
                    Outcome::Missing,
                    ctx.text(format_args!(
                        "{state} requires an in-person examination of {who} before {} is \
                         prescribed by telehealth.{exceptions}",
                        labels(&reached)
                    )),
                )
                .with_step(ctx.step(
                    "state_in_person_exam_required",
                    ctx.text(format_args!(
                        "Arrange an in-person examination of {who} in {state} before the first \
                         controlled-substance prescription, or confirm that an exception \
                         applies; otherwise prescribe no {} by telehealth there.",
                        labels(&reached)
                    )),
                )),
            );
        }
    }
}

/// Adds a finding when the offer's only kinds of visit (or some of them) may not start a
/// patient relationship in this jurisdiction, for every offer. Nothing when the state's law
/// is not established: an unknown here changes no answer for a video offer, and the
/// controlled-substance check already asks about it where it matters.
pub(in crate::verdict) fn relationship(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) {
    let Some(fact) = ctx.facts.map(|f| &f.telehealth_prescribing) else {
        return;
    };
    let Some(law) = fact.known() else {
        return;
    };
    let state = ctx.name();
    let modalities = &ctx.offer.modalities;
    let barred: Vec<&str> = modalities
        .iter()
        .filter(|m| match m {
            Modality::Video => law.relationship_by_video == Some(false),
            Modality::AudioOnly => law.relationship_by_audio_only == Some(false),
            Modality::Asynchronous => law.relationship_asynchronous == Some(false),
        })
        .map(|m| modality_word(*m))
        .collect();
    if barred.is_empty() {
        return;
    }
    let only_barred = barred.len() == modalities.len();
    let kinds = barred.join(" or ");
    let reason = if only_barred {
        Reason::new(
            "state_bars_relationship_by_modality",
            Outcome::Blocked,
            ctx.text(format_args!(
                "{state} does not allow a patient relationship to begin by {kinds} visits, and \
                 the offer has no other kind of visit for new patients."
            )),
        )
    } else {
        Reason::new(
            "state_bars_relationship_by_modality",
            Outcome::Warning,
            ctx.text(format_args!(
                "{state} does not allow a patient relationship to begin by {kinds} visits: see \
                 each new patient by video first."
            )),
        )
    };
    let citation = ctx.pass.citation(fact, || {
        format!("telehealth prescribing law of {}", ctx.jurisdiction)
    });
    findings.push(Finding::new(reason.citing(citation)));
}
