//! Controlled-substance prescribing in the patient's jurisdiction: a profession that may
//! prescribe, a DEA registration for that state covering every schedule the offer needs, the
//! state CSR where the state requires one, and a federal basis for prescribing by
//! telemedicine on the offer's dates.
//!
//! Limits: schedule flags are independent, as on the DEA registration itself: "2" (schedule
//! II narcotic) does not cover "2N" (schedule II non-narcotic), nor the reverse. Federal
//! telemedicine rules are read as dated facts for the offer's own period; any day outside
//! the flexibilities gives "verify". State law on prescribing by telehealth (an in-person
//! examination first, schedules barred, limits by condition) is judged from the reference
//! data in `state_law`; APRN/PA scope is pointed out, not judged.

mod state_law;
mod telemedicine;

pub(super) use state_law::relationship;

use crate::model::{CredentialDetail, DeaRegistration, Profession, Schedule, StateCsr};
use crate::reason::{Outcome, Reason};
use std::fmt;

use super::period::{Day, Validity};
use super::{choose, Basis, Finding, ListWords, StateContext};
use telemedicine::{modalities, telemedicine_basis};

pub use crate::reference::TELEMEDICINE_FLEXIBILITIES;

/// Adds the controlled-substance findings for one jurisdiction to `findings` (none when the
/// offer needs no controlled substances). A CSR step comes before the DEA step: DEA wants
/// the state registration first.
pub(super) fn check(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) {
    let needed = needed(ctx);
    if needed.is_empty() {
        return;
    }
    let profession = ctx.profile.profession;
    if let Some(why) = cannot_prescribe(profession) {
        findings.push(Finding::new(Reason::new(
            "profession_cannot_prescribe_controlled_substances",
            Outcome::Blocked,
            ctx.text(format_args!(
                "The offer needs prescribing of {}. {why}",
                labels(needed)
            )),
        )));
        return;
    }
    if matches!(profession, Profession::NpAprn | Profession::Pa) {
        findings.push(Finding::new(Reason::new(
            "prescriptive_authority_scope",
            Outcome::Warning,
            ctx.text(format_args!(
                "{} may limit which schedules a {} prescribes, or require a collaborative or \
                 supervision agreement: check the board's rules for {}.",
                ctx.name(),
                if profession == Profession::Pa {
                    "physician assistant"
                } else {
                    "nurse practitioner"
                },
                labels(needed)
            )),
        )));
    }
    csr(ctx, needed, findings);
    dea(ctx, needed, findings);
    state_law::check(ctx, needed, findings);
}

/// Adds the federal basis for prescribing by telemedicine over the offer's dates, and what
/// the federal rules say of its kinds of visit (none when the offer needs no controlled
/// substances, or the profession cannot prescribe).
pub(super) fn federal(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) {
    let needed = needed(ctx);
    if needed.is_empty() || cannot_prescribe(ctx.profile.profession).is_some() {
        return;
    }
    let telemedicine = ctx
        .offer_wide
        .telemedicine
        .get_or_init(|| telemedicine_basis(ctx));
    findings.push(telemedicine.clone());
    findings.extend(modalities(ctx, needed));
}

/// The schedules the offer needs, sorted, without repeats (worked out once per offer).
fn needed<'a>(ctx: &StateContext<'a>) -> &'a [Schedule] {
    ctx.offer_wide.schedules.get_or_init(|| {
        let mut needed = ctx.offer.controlled_substances.clone();
        needed.sort();
        needed.dedup();
        needed
    })
}

fn cannot_prescribe(profession: Profession) -> Option<&'static str> {
    match profession {
        Profession::Md | Profession::Do | Profession::NpAprn | Profession::Pa => None,
        Profession::Psychologist => Some(
            "Psychologists do not prescribe controlled substances, except in the few states \
             that grant prescriptive authority to specially trained psychologists under a \
             separate credential this app does not track. No route to this offer exists.",
        ),
        Profession::Rn | Profession::Lpn => Some(
            "Registered and practical nurses do not prescribe controlled substances. No route \
             to this offer exists in this profession.",
        ),
        Profession::Counselor | Profession::SocialWorker => Some(
            "Counselors and social workers do not prescribe controlled substances. No route to \
             this offer exists in this profession.",
        ),
    }
}

/// "schedule 4", "schedules 2, 2N and 4", written where it is displayed.
fn labels(schedules: &[Schedule]) -> Labels<'_> {
    Labels(schedules)
}

/// See [`labels`].
struct Labels<'a>(&'a [Schedule]);

impl fmt::Display for Labels<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = if self.0.len() == 1 {
            "schedule"
        } else {
            "schedules"
        };
        let words = ListWords(self.0.iter().map(|s| s.label()));
        write!(f, "{noun} {words}")
    }
}

fn missing_schedules(needed: &[Schedule], held: &[Schedule]) -> Vec<Schedule> {
    needed
        .iter()
        .copied()
        .filter(|s| !held.contains(s))
        .collect()
}

fn dea(ctx: &StateContext<'_>, needed: &[Schedule], findings: &mut Vec<Finding>) {
    let state = ctx.name();
    let federal = &ctx.data.federal;
    let per_state = ctx.pass.citation(&federal.dea_per_state, || {
        "DEA registration needed in each state".into()
    });
    let fee_citation = ctx
        .pass
        .citation(&federal.dea_fee_usd, || "DEA registration fee".into());
    let fee = federal.dea_fee_usd.known().copied();
    let bases = ctx.here().iter().filter_map(|c| match &c.detail {
        CredentialDetail::DeaRegistration(r) if r.jurisdiction == ctx.jurisdiction => {
            Some(Basis::Applies(dea_registration(ctx, &c.id, r, needed, fee)))
        }
        _ => None,
    });
    let from = findings.len();
    match choose(bases) {
        Ok(chosen) => findings.extend(chosen),
        Err(_) => findings.push(
            Finding::new(
                Reason::new(
                    "dea_registration_missing",
                    Outcome::Missing,
                    ctx.text(format_args!(
                    "No DEA registration for {state} is recorded. A DEA registration is tied to \
                     one state: prescribing to patients in {state} needs one there."
                )),
                )
                .citing(fee_citation.clone()),
            )
            .with_step(super::Step {
                fee_usd: fee,
                ..ctx.step(
                    "dea_registration_missing",
                    ctx.text(format_args!(
                        "Apply for a DEA registration for {state}, with {}.",
                        labels(needed)
                    )),
                )
            }),
        ),
    }
    for f in &mut findings[from..] {
        f.reason.citations.insert(0, per_state.clone());
    }
}

fn dea_registration(
    ctx: &StateContext<'_>,
    id: &str,
    r: &DeaRegistration,
    needed: &[Schedule],
    fee: Option<u32>,
) -> Vec<Finding> {
    let state = ctx.name();
    let reason = |code: &'static str, outcome: Outcome, message: String| {
        ctx.credential_finding(id, code, outcome, message)
    };
    let renew_step = |code: &'static str| {
        let description = ctx.credential_text(id, "renew the DEA registration", || {
            match ctx.data.federal.dea_renewal_window_days.known() {
                Some(days) => format!(
                    "Renew the DEA registration for {state}. Renewal opens {days} days before \
                     expiry."
                ),
                None => format!("Renew the DEA registration for {state}."),
            }
        });
        super::Step {
            fee_usd: fee,
            ..ctx.step(code, description)
        }
    };
    let mut findings = Vec::new();
    match ctx.period.validity(None, r.expires) {
        Validity::Covers(_) => {}
        // Renewed in the normal course: a date, not a gap.
        Validity::EndsDuring(end) => findings.push(
            reason(
                "dea_expires_during_offer",
                Outcome::Met,
                ctx.text(format_args!(
                    "The DEA registration for {state} is valid when the offer starts; renew it \
                     by {end} to keep it through the offer's end on {}.",
                    Day(ctx.period.end)
                )),
            )
            .with_renewal(ctx.renewal(
                id,
                || format!("the DEA registration for {state}"),
                end.0,
                ctx.data.federal.dea_renewal_window_days.known().copied(),
                fee,
            )),
        ),
        Validity::ExpiredBefore(end) => findings.push(
            reason(
                "dea_registration_expired",
                Outcome::Missing,
                ctx.credential_text(id, "DEA registration lapsed", || {
                    format!(
                        "The DEA registration for {state} expires on {end}, before the offer \
                         period starts. No controlled substance may be prescribed while it is \
                         lapsed."
                    )
                }),
            )
            .with_step(renew_step("dea_registration_expired")),
        ),
        Validity::NotYetValid(_) | Validity::UnknownExpiry => findings.push(reason(
            "dea_expiry_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "No expiry date is recorded for the DEA registration for {state}; record it."
            )),
        )),
    }
    let missing = missing_schedules(needed, &r.schedules);
    if !missing.is_empty() {
        findings.push(
            reason(
                "dea_schedules_missing",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The DEA registration for {state} does not cover {} that the offer \
                     needs (\"2\" and \"2N\", \"3\" and \"3N\" are separate authorisations).",
                    labels(&missing)
                )),
            )
            .with_step(ctx.step(
                "dea_schedules_missing",
                ctx.text(format_args!(
                    "Ask DEA to add {} to the registration for {state}.",
                    labels(&missing)
                )),
            )),
        );
    }
    if findings.is_empty() {
        findings.push(reason(
            "dea_registration_covers",
            Outcome::Met,
            ctx.text(format_args!(
                "The DEA registration for {state} covers {} for the whole offer.",
                labels(needed)
            )),
        ));
    }
    findings
}

fn csr(ctx: &StateContext<'_>, needed: &[Schedule], findings: &mut Vec<Finding>) {
    let state = ctx.name();
    let Some(facts) = ctx.facts else {
        findings.push(ctx.no_facts("the state controlled-substance registration requirement"));
        return;
    };
    let citation = ctx.pass.citation(&facts.csr, || {
        format!(
            "state controlled-substance registration in {}",
            ctx.jurisdiction
        )
    });
    let Some(requirement) = facts.csr.known() else {
        findings.push(Finding::new(
            Reason::new(
                "csr_requirement_unknown",
                Outcome::Verify,
                ctx.state_text("registration requirement unknown", || {
                    format!(
                        "Whether {state} requires its own controlled-substance registration is \
                         not established in the reference data; verify with the state before \
                         prescribing."
                    )
                }),
            )
            .citing(citation),
        ));
        return;
    };
    if !requirement.required {
        findings.push(Finding::new(
            Reason::new(
                "csr_not_required",
                Outcome::Met,
                ctx.text(format_args!("{state} requires no state controlled-substance registration; the DEA registration suffices.")),
            )
            .citing(citation),
        ));
        return;
    }
    let held = ctx.here().iter().filter_map(|c| match &c.detail {
        CredentialDetail::StateCsr(csr) if csr.jurisdiction == ctx.jurisdiction => {
            Some(Basis::Applies(state_csr(
                ctx,
                &c.id,
                csr,
                needed,
                requirement.renews_with_license,
            )))
        }
        _ => None,
    });
    let agency = match requirement.agency.trim() {
        "" => "the state",
        agency => agency,
    };
    let from = findings.len();
    match choose(held) {
        Ok(chosen) => findings.extend(chosen),
        Err(_) if requirement.required_for_telehealth_prescribers == Some(false) => {
            findings.push(Finding::new(Reason::new(
                "csr_not_required_for_telehealth",
                Outcome::Warning,
                ctx.text(format_args!(
                    "{state} requires a controlled-substance registration of in-state \
                     prescribers but, per the reference data, not of out-of-state telehealth \
                     prescribers. DEA may still ask for it before registering you in {state}."
                )),
            )))
        }
        Err(_) => findings.push(
            Finding::new(Reason::new(
                "csr_missing",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{state} requires its own controlled-substance registration{}, and none is \
                 recorded. DEA registers a prescriber in {state} only once it is issued.",
                    if requirement.required_for_telehealth_prescribers == Some(true) {
                        ", also of prescribers outside the state who treat patients there by \
                         telehealth"
                    } else {
                        ""
                    }
                )),
            ))
            .with_step(super::Step {
                fee_usd: requirement.fee_usd,
                estimated_days: requirement.typical_days,
                ..ctx.step(
                    "csr_missing",
                    ctx.text(format_args!(
                        "Apply to {agency} for the {state} controlled-substance registration{} \
                     (before the DEA registration for {state}).",
                        requirement
                            .cycle_years
                            .map_or_else(String::new, |y| format!(", renewed every {y} year(s)"))
                    )),
                )
            }),
        ),
    }
    for f in &mut findings[from..] {
        f.reason.citations.push(citation.clone());
    }
}

fn state_csr(
    ctx: &StateContext<'_>,
    id: &str,
    csr: &StateCsr,
    needed: &[Schedule],
    renews_with_license: bool,
) -> Vec<Finding> {
    let state = ctx.name();
    let reason = |code: &'static str, outcome: Outcome, message: String| {
        ctx.credential_finding(id, code, outcome, message)
    };
    let renew = |code: &'static str| {
        let with_license = if renews_with_license {
            " It renews together with the professional license."
        } else {
            ""
        };
        ctx.step(
            code,
            ctx.text(format_args!(
                "Renew the {state} controlled-substance registration.{with_license}"
            )),
        )
    };
    let mut findings = Vec::new();
    match ctx.period.validity(csr.issued, csr.expires) {
        Validity::Covers(_) => {}
        // Renewed in the normal course: a date, not a gap.
        Validity::EndsDuring(end) => findings.push(
            reason(
                "csr_expires_during_offer",
                Outcome::Met,
                ctx.text(format_args!(
                    "The {state} controlled-substance registration is valid when the offer \
                     starts; renew it by {end} to keep it through the offer's end on {}.",
                    Day(ctx.period.end)
                )),
            )
            .with_renewal(
                ctx.renewal(
                    id,
                    || format!("the {state} controlled-substance registration"),
                    end.0,
                    None,
                    ctx.facts
                        .and_then(|f| f.csr.known())
                        .and_then(|c| c.fee_usd),
                ),
            ),
        ),
        Validity::ExpiredBefore(end) => findings.push(
            reason(
                "csr_expired",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The {state} controlled-substance registration expires on {end}, before the \
                     offer period starts."
                )),
            )
            .with_step(renew("csr_expired")),
        ),
        Validity::NotYetValid(issued) => findings.push(
            reason(
                "csr_not_yet_valid",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The {state} controlled-substance registration is issued on {issued}, after \
                     the offer period starts on {}.",
                    Day(ctx.period.start)
                )),
            )
            .with_step(ctx.step(
                "csr_not_yet_valid",
                "Prescribe only once the state registration is issued, or move the start.",
            )),
        ),
        Validity::UnknownExpiry => findings.push(reason(
            "csr_expiry_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "No expiry date is recorded for the {state} controlled-substance registration; \
                 record it."
            )),
        )),
    }
    if csr.schedules.is_empty() {
        findings.push(reason(
            "csr_schedules_not_recorded",
            Outcome::Warning,
            ctx.text(format_args!(
                "The schedules of the {state} controlled-substance registration are not \
                 recorded; check that it covers {}.",
                labels(needed)
            )),
        ));
    } else {
        let missing = missing_schedules(needed, &csr.schedules);
        if !missing.is_empty() {
            findings.push(
                reason(
                    "csr_schedules_missing",
                    Outcome::Missing,
                    ctx.text(format_args!(
                        "The {state} controlled-substance registration does not cover {}.",
                        labels(&missing)
                    )),
                )
                .with_step(ctx.step(
                    "csr_schedules_missing",
                    ctx.text(format_args!(
                        "Ask the {state} registering agency to add {}.",
                        labels(&missing)
                    )),
                )),
            );
        }
    }
    if findings
        .iter()
        .all(|f| f.reason.outcome == Outcome::Warning)
    {
        findings.insert(
            0,
            reason(
                "csr_covers",
                Outcome::Met,
                ctx.text(format_args!(
                    "The {state} controlled-substance registration is valid for the whole offer."
                )),
            ),
        );
    }
    findings
}
