//! A compact privilege as authority: a compact that covers the profession, operates, and
//! counts the patient's state as a member, with the privilege valid over the whole period.
//!
//! Limits: membership is read from the reference data as of its review date; a state that
//! enacted a compact but does not honour privileges yet does not count. The IMLC grants
//! licenses, not privileges: an IMLC "privilege" never counts.

use crate::model::{Compact, CompactPrivilege};
use crate::reason::{Outcome, Reason};
use crate::reference::CompactStatus;

use crate::verdict::period::{Day, Validity};
use crate::verdict::{Basis, Finding, StateContext};

/// A compact privilege as a basis in this jurisdiction; None when it plainly concerns other
/// states (a listed privilege for elsewhere).
pub(super) fn privilege(ctx: &StateContext<'_>, id: &str, p: &CompactPrivilege) -> Option<Basis> {
    let j = ctx.jurisdiction;
    let state = ctx.name();
    let lists_state =
        p.privilege_states.is_empty() || p.privilege_states.contains(&j) || p.home_state == j;
    if !lists_state {
        return None;
    }
    let reason = |code: &'static str, outcome: Outcome, message: String| {
        ctx.relying_on(Reason::new(code, outcome, message), id)
    };
    let refuse = |code: &'static str, message: String| {
        Some(Basis::DoesNotApply(Finding::new(reason(
            code,
            Outcome::Missing,
            message,
        ))))
    };
    if p.compact == Compact::Imlc {
        return refuse(
            "imlc_grants_licenses",
            ctx.text(format_args!(
                "The IMLC grants full licenses, not privileges: record the {state} license it \
                 issued as a state license."
            )),
        );
    }
    let Some(compact) = ctx.data.compact(p.compact) else {
        return Some(Basis::Applies(vec![Finding::new(reason(
            "compact_data_missing",
            Outcome::Verify,
            ctx.text(format_args!(
                "The reference data has no entry for this compact, so the privilege cannot be \
                 checked for {state}."
            )),
        ))]));
    };
    let profession = ctx.profile.profession;
    if !compact.professions.contains(&profession) {
        return refuse(
            "privilege_other_profession",
            ctx.text(format_args!(
                "The {} does not cover practice as {}.",
                compact.name,
                profession.label()
            )),
        );
    }
    let operational = compact
        .operational
        .cite(ctx.text(format_args!("{} operational", compact.name)));
    match compact.operational.known() {
        Some(true) => {}
        Some(false) => {
            return Some(Basis::DoesNotApply(Finding::new(
                reason(
                    "compact_not_operational",
                    Outcome::Missing,
                    ctx.text(format_args!(
                        "The {} grants no privileges yet.",
                        compact.name
                    )),
                )
                .citing(operational),
            )))
        }
        None => {
            return Some(Basis::Applies(vec![Finding::new(
                reason(
                    "compact_operational_unknown",
                    Outcome::Verify,
                    ctx.text(format_args!(
                        "Whether the {} is operational is not established in the reference \
                         data; verify with the commission.",
                        compact.name
                    )),
                )
                .citing(operational),
            )]))
        }
    }
    let Some(facts) = ctx.facts else {
        return Some(Basis::Applies(vec![ctx.no_facts("compact membership")]));
    };
    let membership_fact = facts.compacts.get(&p.compact);
    let membership = membership_fact.and_then(|f| f.known());
    let citation =
        membership_fact.map(|f| f.cite(ctx.text(format_args!("{} status of {}", compact.name, j))));
    let with_citation = |r: Reason| match &citation {
        Some(c) => r.citing(c.clone()),
        None => r,
    };
    match membership.map(|m| m.status) {
        Some(CompactStatus::Member | CompactStatus::MemberNotPrincipal) => {}
        Some(CompactStatus::EnactedNotImplemented) => {
            return Some(Basis::DoesNotApply(Finding::new(with_citation(reason(
                "compact_not_implemented_in_state",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{state} has enacted the {} but does not honour privileges yet.",
                    compact.name
                )),
            )))))
        }
        Some(CompactStatus::NotMember) => {
            return Some(Basis::DoesNotApply(Finding::new(with_citation(reason(
                "state_not_in_compact",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{state} is not a member of the {}.",
                    compact.name
                )),
            )))))
        }
        None => {
            return Some(Basis::Applies(vec![Finding::new(with_citation(
                reason(
                    "compact_status_unknown",
                    Outcome::Verify,
                    ctx.text(format_args!(
                        "{state}'s standing in the {} is not established in the reference \
                         data; verify with the commission.",
                        compact.name
                    )),
                )
                .about(p.compact.id()),
            ))]))
        }
    }
    let renew = |code: &'static str| {
        ctx.step(
            code,
            ctx.text(format_args!(
                "Renew the {} privilege (through the home-state license).",
                compact.name
            )),
        )
    };
    let finding = match ctx.period.validity(p.issued, p.expires) {
        Validity::Covers(_) => Finding::new(reason(
            "compact_privilege_covers",
            Outcome::Met,
            ctx.text(format_args!(
                "The {} privilege covers practice as {} in {state} for the whole offer.",
                compact.name,
                profession.label()
            )),
        )),
        // Renewed with the home-state license in the normal course: a date, not a gap.
        Validity::EndsDuring(end) => Finding::new(reason(
            "privilege_expires_during_offer",
            Outcome::Met,
            ctx.text(format_args!(
                "The {} privilege is valid when the offer starts; renew it by {end} (with the \
                 home-state license) to keep it through the offer's end on {}.",
                compact.name,
                Day(ctx.period.end)
            )),
        ))
        .with_renewal(ctx.renewal(
            id,
            || format!("the {} privilege", compact.name),
            end.0,
            None,
            None,
        )),
        Validity::ExpiredBefore(end) => Finding::new(reason(
            "privilege_expired",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {} privilege expires on {end}, before the offer period starts.",
                compact.name
            )),
        ))
        .with_step(renew("privilege_expired")),
        Validity::NotYetValid(issued) => Finding::new(reason(
            "privilege_not_yet_valid",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {} privilege is issued on {issued}, after the offer period starts on {}.",
                compact.name,
                Day(ctx.period.start)
            )),
        ))
        .with_step(ctx.step(
            "privilege_not_yet_valid",
            "Start the offer only once the privilege is issued, or move the start.",
        )),
        Validity::UnknownExpiry => Finding::new(reason(
            "privilege_expiry_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "No expiry date is recorded for the {} privilege; record it (it usually follows \
                 the home-state license).",
                compact.name
            )),
        )),
    };
    let finding = Finding {
        reason: with_citation(finding.reason.citing(operational)),
        ..finding
    };
    Some(Basis::Applies(vec![finding]))
}
