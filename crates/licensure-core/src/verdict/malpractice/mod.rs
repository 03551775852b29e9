//! Malpractice coverage in the patient's jurisdiction for the whole period: the employer's
//! coverage for the offer or the clinician's own policy, covering the state and telehealth,
//! with limits at or above the state's minimum.
//!
//! Limits: the engine reads what is recorded (coverage territory, telehealth answer, dates,
//! limits, basis and tail); it cannot read exclusions in the policy wording. Unknown
//! telehealth coverage is a warning, never a silent pass; unknown state minimums and
//! unrecorded limits in states that set a minimum give "verify".

use crate::model::{
    Answer, CredentialDetail, EmployerMalpractice, MalpracticePolicy, PolicyBasis, Tail,
};
use crate::reason::{Outcome, Reason};

use super::period::{Day, Validity};
use std::fmt;
use std::sync::Arc;

use super::{best_of, choose, Basis, Finding, Judged, StateContext};

mod minimum;

use minimum::{state_minimum, Limits, PolicyName};

/// Adds the malpractice findings for one jurisdiction to `findings`.
pub(super) fn check(ctx: &StateContext<'_>, findings: &mut Vec<Finding>) {
    let employer = ctx
        .offer
        .employer_malpractice
        .as_ref()
        .map(|employer| employer_coverage(ctx, employer));
    let policies = || {
        ctx.stateless().iter().filter_map(|c| match &c.detail {
            CredentialDetail::MalpracticePolicy(p) => Some((c.id.as_str(), p)),
            _ => None,
        })
    };
    // Why a policy does not serve is only shown when nothing serves: when something may,
    // the policies that cannot are left out before their explanations are written.
    let something_may_serve =
        matches!(employer, Some(Basis::Applies(_))) || policies().any(|(_, p)| may_serve(ctx, p));
    let mut bases: Vec<Basis> = Vec::new();
    if something_may_serve {
        // Several may serve: the first is written out, the others only ranked (`best_of`).
        let candidates = employer.iter().map(Candidate::Judged).chain(
            policies()
                .filter(|(_, p)| may_serve(ctx, p))
                .map(|(id, p)| Candidate::Policy(id, p)),
        );
        if best_of(ctx, candidates, judge, findings).best.is_some() {
            return;
        }
    } else {
        bases.extend(employer);
        bases.extend(policies().filter_map(|(id, p)| {
            let mut findings = Vec::new();
            match policy(ctx, id, p, &mut findings) {
                Judged::Applies => Some(Basis::Applies(findings)),
                Judged::DoesNotApply(refused) => Some(Basis::DoesNotApply(refused)),
                Judged::NotHere => None,
            }
        }));
    }
    match choose(bases) {
        Ok(chosen) => findings.extend(chosen),
        Err(refused) if refused.is_empty() => findings.push(
            Finding::new(Reason::new(
                "no_malpractice_coverage",
                Outcome::Missing,
                ctx.text(format_args!(
                "No malpractice coverage is recorded, and the offer provides none, for telehealth \
                 to patients in {}.",
                ctx.name()
            )),
            ))
            .with_step(ctx.step(
                "no_malpractice_coverage",
                ctx.text(format_args!(
                    "Buy a malpractice policy covering telehealth in {}, or ask the employer to \
                 provide coverage.",
                    ctx.name()
                )),
            )),
        ),
        // Alternatives that do not apply: explain each, but offer one fix (the first), since
        // any one of them would do.
        Err(refused) => findings.extend(refused.into_iter().enumerate().map(|(i, f)| {
            if i == 0 {
                f
            } else {
                Finding::new(f.reason)
            }
        })),
    }
}

/// A way malpractice could be covered: the employer's coverage (already judged: there is
/// at most one) or one of the clinician's policies.
#[derive(Clone, Copy)]
enum Candidate<'a> {
    Judged(&'a Basis),
    Policy(&'a str, &'a MalpracticePolicy),
}

fn judge(ctx: &StateContext<'_>, candidate: &Candidate<'_>, findings: &mut Vec<Finding>) -> Judged {
    match candidate {
        Candidate::Judged(Basis::Applies(judged)) => {
            findings.extend(judged.iter().cloned());
            Judged::Applies
        }
        Candidate::Judged(Basis::DoesNotApply(refused)) => Judged::DoesNotApply(refused.clone()),
        Candidate::Policy(id, p) => policy(ctx, id, p, findings),
    }
}

fn employer_coverage(ctx: &StateContext<'_>, employer: &EmployerMalpractice) -> Basis {
    let state = ctx.name();
    let name = &ctx.offer.employer;
    if !employer.jurisdictions.is_empty() && !employer.jurisdictions.contains(&ctx.jurisdiction) {
        return Basis::DoesNotApply(
            Finding::new(Reason::new(
                "employer_coverage_excludes_state",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The malpractice coverage {name} provides does not include {state}."
                )),
            ))
            .with_step(ctx.step(
                "employer_coverage_excludes_state",
                ctx.text(format_args!(
                    "Ask {name} to extend its malpractice coverage to {state}."
                )),
            )),
        );
    }
    if employer.telehealth_covered == Answer::No {
        return Basis::DoesNotApply(
            Finding::new(Reason::new(
                "employer_coverage_excludes_telehealth",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The malpractice coverage {name} provides does not cover telehealth."
                )),
            ))
            .with_step(ctx.step(
                "employer_coverage_excludes_telehealth",
                ctx.text(format_args!(
                    "Ask {name} for coverage that includes telehealth."
                )),
            )),
        );
    }
    let mut findings = vec![Finding::new(Reason::new(
        "employer_malpractice_covers",
        Outcome::Met,
        ctx.text(format_args!(
            "{name} provides malpractice coverage for this work in {state}."
        )),
    ))];
    if employer.jurisdictions.is_empty() {
        findings.push(Finding::new(Reason::new(
            "employer_coverage_unlisted",
            Outcome::Warning,
            ctx.text(format_args!(
                "{name} says its coverage includes every patient state but lists none: ask for \
                 the certificate of insurance and check that it names {state}."
            )),
        )));
    }
    if employer.telehealth_covered == Answer::Unknown {
        findings.push(telehealth_unknown(
            ctx,
            format_args!("the coverage {name} provides"),
        ));
    }
    match employer.tail {
        Tail::Unknown => findings.push(Finding::new(Reason::new(
            "employer_tail_not_provided",
            Outcome::Warning,
            ctx.text(format_args!(
                "The offer does not say who pays for tail coverage. If {name}'s policy is \
                 claims-made, claims reported after the job ends are covered only with a tail: \
                 ask before accepting."
            )),
        ))),
        Tail::None => findings.push(Finding::new(Reason::new(
            "employer_tail_not_provided",
            Outcome::Warning,
            ctx.text(format_args!(
                "{name} provides no tail coverage. If its policy is claims-made, claims reported \
                 after the job ends are not covered unless you buy a tail."
            )),
        ))),
        Tail::Purchased | Tail::Employer => {}
    }
    state_minimum(
        ctx,
        &mut findings,
        Limits {
            per_claim: None,
            aggregate: None,
            funds: None,
        },
        "ask the employer for the policy limits",
    );
    Basis::Applies(findings)
}

/// Whether `policy` could apply here: it covers the state and does not exclude telehealth
/// (the conditions under which [`policy`] refuses it).
fn may_serve(ctx: &StateContext<'_>, p: &MalpracticePolicy) -> bool {
    p.coverage.covers(ctx.jurisdiction) && p.telehealth_covered != Answer::No
}

/// Judges the clinician's policy `p` into `findings`, or says why it cannot serve.
fn policy(
    ctx: &StateContext<'_>,
    id: &str,
    p: &MalpracticePolicy,
    findings: &mut Vec<Finding>,
) -> Judged {
    let state = ctx.name();
    let carrier = &p.carrier;
    let the_carrier = PolicyName::inside(carrier);
    let the_carrier_cap = PolicyName::start(carrier);
    let reason = |code: &'static str, outcome: Outcome, message: String| {
        ctx.credential_finding(id, code, outcome, message)
    };
    if !p.coverage.covers(ctx.jurisdiction) {
        return Judged::DoesNotApply(
            reason(
                "malpractice_state_not_covered",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{the_carrier_cap} policy does not cover {state}."
                )),
            )
            .with_step(ctx.step(
                "malpractice_state_not_covered",
                ctx.text(format_args!(
                    "Ask {carrier} to extend the policy's coverage to {state}."
                )),
            )),
        );
    }
    if p.telehealth_covered == Answer::No {
        return Judged::DoesNotApply(
            reason(
                "policy_excludes_telehealth",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{the_carrier_cap} policy does not cover telehealth."
                )),
            )
            .with_step(ctx.step(
                "policy_excludes_telehealth",
                ctx.text(format_args!("Ask {carrier} for a telehealth endorsement.")),
            )),
        );
    }
    let renew = |code: &'static str| {
        ctx.step(
            code,
            ctx.credential_text(id, "renew the policy", || {
                format!("Renew {the_carrier} policy before it ends.")
            }),
        )
    };
    match ctx
        .period
        .validity(Some(p.period_start), Some(p.period_end))
    {
        Validity::Covers(_) => findings.push(reason(
            "malpractice_covers_offer",
            Outcome::Met,
            ctx.text(format_args!(
                "{the_carrier_cap} policy covers {state} through {}, the whole offer.",
                Day(p.period_end)
            )),
        )),
        // Renewed in the normal course: a date, not a gap.
        Validity::EndsDuring(end) => {
            findings.push(
                reason(
                    "malpractice_ends_during_offer",
                    Outcome::Met,
                    ctx.offer_text(id, "policy ends during the offer", || {
                        format!(
                            "{} policy is in force when the offer starts; renew it by {end} to \
                             stay covered through the offer's end on {}.",
                            PolicyName::start(carrier),
                            Day(ctx.period.end)
                        )
                    }),
                )
                .with_renewal(ctx.renewal(
                    id,
                    || format!("{} policy", PolicyName::inside(carrier)),
                    end.0,
                    None,
                    None,
                )),
            );
            if p.basis == PolicyBasis::ClaimsMade && p.tail == Tail::Unknown {
                findings.push(reason(
                    "claims_made_tail_not_recorded",
                    Outcome::Warning,
                    ctx.credential_text(id, "claims-made, tail not recorded", || {
                        format!(
                            "{the_carrier_cap} policy is claims-made and whether it has a tail \
                             is not recorded. Without one, claims reported after {end} for \
                             visits before then are not covered: record the tail, or plan to \
                             renew it or have the next carrier take over the retroactive date."
                        )
                    }),
                ));
            }
            if p.basis == PolicyBasis::ClaimsMade && p.tail == Tail::None {
                findings.push(reason(
                    "claims_made_without_tail",
                    Outcome::Warning,
                    ctx.credential_text(id, "claims-made without tail", || {
                        format!(
                            "{the_carrier_cap} policy is claims-made and has no tail. If it is not \
                             renewed, claims reported after {end} for visits before then are \
                             not covered: renew it, buy a tail, or have the next carrier take \
                             over the retroactive date (prior acts)."
                        )
                    }),
                ));
            }
        }
        Validity::ExpiredBefore(end) => findings.push(
            reason(
                "malpractice_expired",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{the_carrier_cap} policy ends on {end}, before the offer period starts."
                )),
            )
            .with_step(renew("malpractice_expired")),
        ),
        Validity::NotYetValid(start) => findings.push(
            reason(
                "malpractice_starts_after_offer",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{the_carrier_cap} policy starts on {start}, after the offer period starts on {}.",
                    Day(ctx.period.start)
                )),
            )
            .with_step(ctx.step(
                "malpractice_starts_after_offer",
                ctx.text(format_args!(
                    "Move the policy's start to {} or earlier.",
                    Day(ctx.period.start)
                )),
            )),
        ),
        Validity::UnknownExpiry => {}
    }
    if p.basis == PolicyBasis::ClaimsMade {
        if let Some(retro) = p.retroactive_date.filter(|d| *d > ctx.period.start) {
            findings.push(
                reason(
                    "retroactive_date_after_offer_start",
                    Outcome::Missing,
                    ctx.text(format_args!(
                        "{the_carrier_cap} policy's retroactive date is {retro}, after the offer \
                         period starts: visits before it are not covered."
                    )),
                )
                .with_step(ctx.step(
                    "retroactive_date_after_offer_start",
                    ctx.text(format_args!(
                        "Ask {carrier} for prior-acts coverage back to {}.",
                        Day(ctx.period.start)
                    )),
                )),
            );
        }
    }
    if p.telehealth_covered == Answer::Unknown {
        findings.push(telehealth_unknown(
            ctx,
            format_args!("{the_carrier} policy"),
        ));
    }
    if p.employer_provided {
        findings.push(reason(
            "policy_provided_by_other_employer",
            Outcome::Verify,
            ctx.text(format_args!(
                "{the_carrier_cap} policy is provided by an employer; such policies usually cover \
                 only work for that employer. Confirm it covers this offer."
            )),
        ));
    }
    let from = findings.len();
    state_minimum(
        ctx,
        findings,
        Limits {
            per_claim: p.per_claim_limit,
            aggregate: p.aggregate_limit,
            funds: Some(&p.compensation_funds),
        },
        "record the policy's limits",
    );
    if ctx.explain {
        let id = ctx.pass.credential_id(id);
        for f in &mut findings[from..] {
            f.reason.credential_id = Some(Arc::clone(&id));
        }
    }
    Judged::Applies
}

fn telehealth_unknown(ctx: &StateContext<'_>, what: fmt::Arguments<'_>) -> Finding {
    Finding::new(Reason::new(
        "telehealth_coverage_unknown",
        Outcome::Warning,
        ctx.text(format_args!(
            "Whether {what} covers telehealth is not known. Many policies were written for \
             in-person care: get it in writing before the first visit."
        )),
    ))
}
