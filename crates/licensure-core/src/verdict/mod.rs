//! The offer verdict: can the clinician legally accept a telehealth offer? Judged per patient
//! jurisdiction over the offer's whole period, with every requirement's reason, the steps
//! still missing and the fastest path to authority where it is lacking.
//!
//! Three requirements are checked per patient jurisdiction: authority to practise there
//! (`authority`), controlled-substance prescribing when the offer needs it (`controlled`),
//! and malpractice coverage (`malpractice`).
//!
//! Precedence, for a state and for the offer as a whole: blocked > verify > missing >
//! warning > met. "Verify" outranks "missing" because a list of steps is only a promise of
//! "yes" when nothing else is unknown. The offer outcome follows the worst state: blocked →
//! `not_acceptable`, verify → `verify`, missing → `acceptable_after_steps`, warning or met →
//! `acceptable_now`.
//!
//! Limits: the engine judges only what the recorded credentials and the reference data say.
//! It does not judge payer enrolment, collaboration or supervision agreements, employment
//! terms or a board's discretion. Unknown or conflicting reference data and unanswered
//! questions give "verify", never "acceptable".

mod answer;
mod authority;
mod controlled;
mod data_change;
mod malpractice;
mod pass;
mod period;
mod setback;
mod summary;
mod words;

pub use answer::*;
pub use controlled::TELEMEDICINE_FLEXIBILITIES;
pub use data_change::{data_change_body, data_change_title, verdict_changes, VerdictChange};
pub use period::{EvaluatedPeriod, OPEN_ENDED_HORIZON_MONTHS};
pub use setback::{setbacks, worsened, Setback, MAX_QUOTED_CHARS};
pub use summary::{OfferOutline, StateOutline};

use std::borrow::Cow;
use std::cell::OnceCell;
use std::fmt;

use chrono::NaiveDate;

use crate::model::{Credential, Offer, Profile, Schedule};
use crate::path::PathToState;
use crate::reason::{Outcome, Reason};
use crate::reference::{Dataset, JurisdictionFacts};
use crate::Jurisdiction;
use pass::{Pass, Subject, Texts};
use period::NoPeriod;
use summary::summarize;
use words::{list_words, ListWords};

/// Judges `offer` for `profile` with the recorded `credentials`, against the reference
/// `data`, as of `today`.
pub fn evaluate_offer(
    offer: &Offer,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> OfferVerdict {
    Pass::new(profile, credentials, data, today).evaluate(offer, Explain::Fully)
}

/// Judges each offer in turn; see [`evaluate_offer`].
pub fn evaluate_offers(
    offers: &[Offer],
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<OfferVerdict> {
    let pass = Pass::new(profile, credentials, data, today);
    offers
        .iter()
        .map(|offer| pass.evaluate(offer, Explain::Fully))
        .collect()
}

/// The outline of each offer's verdict (see [`OfferOutline`]): the same outcomes, steps,
/// fees and waits as [`evaluate_offers`], without writing the explanations, for lists of
/// offers. Open one offer with [`evaluate_offer`].
pub fn outline_offers(
    offers: &[Offer],
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<OfferOutline> {
    let pass = Pass::new(profile, credentials, data, today);
    offers
        .iter()
        .map(|offer| pass.evaluate(offer, Explain::Outline).into())
        .collect()
}

/// Whether a pass writes its verdicts out in full or only their outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Explain {
    Fully,
    Outline,
}

/// Findings that depend on the offer but not on the patient state, worked out for the
/// first state that needs them and copied for the others.
#[derive(Default)]
struct OfferWide {
    /// The federal basis for prescribing by telemedicine over the offer's period.
    telemedicine: OnceCell<Finding>,
    /// The controlled-substance schedules the offer needs, sorted, without repeats.
    schedules: OnceCell<Vec<Schedule>>,
    /// Texts about a credential that also depend on the offer (see
    /// [`StateContext::offer_text`]).
    texts: Texts,
}

/// What every requirement check needs to know about one patient jurisdiction.
#[derive(Clone, Copy)]
struct StateContext<'a> {
    jurisdiction: Jurisdiction,
    /// None when the reference data has no entry for the jurisdiction.
    facts: Option<&'a JurisdictionFacts>,
    offer: &'a Offer,
    profile: &'a Profile,
    data: &'a Dataset,
    period: EvaluatedPeriod,
    /// What every offer and state of this pass shares.
    pass: &'a Pass<'a>,
    /// What every state of this offer shares.
    offer_wide: &'a OfferWide,
    /// Whether findings are written out in full. False while candidates are only being
    /// ranked ([`StateContext::quietly`]): outcomes, codes and steps' presence are the same,
    /// but the checks that rank candidates often (licenses, malpractice policies) leave
    /// messages, citations and credential ids empty.
    explain: bool,
}

impl<'a> StateContext<'a> {
    fn name(&self) -> &'static str {
        self.jurisdiction.name()
    }

    /// The credentials that belong to this jurisdiction (licenses, registrations, DEA, CSR,
    /// privileges whose home state it is), in recorded order.
    fn here(&self) -> &'a [&'a Credential] {
        self.pass.by_state.in_state(self.jurisdiction)
    }

    /// Every compact privilege, in recorded order (a privilege serves states other than its
    /// home state).
    fn privileges(&self) -> &'a [&'a Credential] {
        self.pass.by_state.privileges()
    }

    /// Credentials that belong to no jurisdiction (malpractice policies among them).
    fn stateless(&self) -> &'a [&'a Credential] {
        self.pass.by_state.stateless()
    }

    /// The routes to authority in this jurisdiction.
    fn path(&self) -> &'a PathToState {
        self.pass.path(self.jurisdiction)
    }

    /// `reason`, naming the credential whose recorded id is `id` (not while only ranking).
    fn relying_on(&self, reason: Reason, id: &str) -> Reason {
        if self.explain {
            reason.with_shared_credential(self.pass.credential_id(id))
        } else {
            reason
        }
    }

    /// A finding with no step that relies on the credential whose recorded id is `id`.
    fn credential_finding(
        &self,
        id: &str,
        code: &'static str,
        outcome: Outcome,
        message: String,
    ) -> Finding {
        Finding::new(self.relying_on(Reason::new(code, outcome, message), id))
    }

    /// The same context, for ranking candidates without writing their explanations.
    fn quietly(&self) -> Self {
        StateContext {
            explain: false,
            ..*self
        }
    }

    /// `message` written out, or nothing while only ranking.
    fn text(&self, message: fmt::Arguments<'_>) -> String {
        if self.explain {
            fmt::format(message)
        } else {
            String::new()
        }
    }

    /// The text named `what` about this jurisdiction, written once per pass (see
    /// [`Pass::remembered`]), or nothing while only ranking.
    fn state_text(&self, what: &'static str, make: impl FnOnce() -> String) -> String {
        let subject = Subject::state(self.jurisdiction);
        self.remembered(&self.pass.texts, subject, what, make)
    }

    /// The text named `what` about the credential whose recorded id is `id`, written once
    /// per pass, or nothing while only ranking.
    fn credential_text(
        &self,
        id: &str,
        what: &'static str,
        make: impl FnOnce() -> String,
    ) -> String {
        self.remembered(&self.pass.texts, Subject::credential(id), what, make)
    }

    /// The text named `what` about the credential whose recorded id is `id` and this offer,
    /// written once per offer, or nothing while only ranking.
    fn offer_text(&self, id: &str, what: &'static str, make: impl FnOnce() -> String) -> String {
        self.remembered(&self.offer_wide.texts, Subject::credential(id), what, make)
    }

    fn remembered(
        &self,
        texts: &Texts,
        subject: Subject,
        what: &'static str,
        make: impl FnOnce() -> String,
    ) -> String {
        if self.explain {
            self.pass.remembered(texts, subject, what, make)
        } else {
            String::new()
        }
    }

    /// A step in this jurisdiction with no known fee or duration.
    fn step(&self, resolves: &'static str, description: impl Into<String>) -> Step {
        Step {
            jurisdiction: self.jurisdiction,
            resolves: Cow::Borrowed(resolves),
            description: description.into(),
            details: Vec::new(),
            estimated_days: None,
            fee_usd: None,
            fee_reimbursed: self.offer.fees_reimbursed,
        }
    }

    /// The renewal of the credential whose recorded id is `id`, due on `due`, the window
    /// opening `window_days` before it (None while only ranking).
    fn renewal(
        &self,
        id: &str,
        what: impl FnOnce() -> String,
        due: NaiveDate,
        window_days: Option<u16>,
        fee_usd: Option<u32>,
    ) -> Option<RenewalDue> {
        // While candidates are only ranked, nothing of a renewal is kept.
        self.explain.then(|| RenewalDue {
            jurisdiction: self.jurisdiction,
            credential_id: self.pass.credential_id(id),
            what: what(),
            due,
            opens: window_days
                .and_then(|days| due.checked_sub_days(chrono::Days::new(u64::from(days)))),
            fee_usd,
        })
    }

    /// The reference facts' renewal window and fee of a medical license here (physicians).
    fn license_renewal_terms(&self) -> (Option<u16>, Option<u32>) {
        self.facts
            .filter(|_| self.profile.profession.is_physician())
            .and_then(|f| f.medical_renewal.known())
            .map_or((None, None), |r| (r.window_days, r.fee_usd))
    }

    /// The reason every check gives when the reference data lacks the jurisdiction.
    fn no_facts(&self, what: &str) -> Finding {
        Finding::new(Reason::new(
            "jurisdiction_data_missing",
            Outcome::Verify,
            format!(
                "The reference data has no entry for {}, so {what} cannot be checked. Verify \
                 with the board before accepting.",
                self.name()
            ),
        ))
    }
}

/// A reason, with the step that resolves it or the renewal it calls for, when there is one.
#[derive(Debug, Clone)]
struct Finding {
    reason: Reason,
    // Boxed, like the renewal: findings are moved often and most have neither.
    step: Option<Box<Step>>,
    renewal: Option<Box<RenewalDue>>,
}

impl Finding {
    fn new(reason: Reason) -> Self {
        Finding {
            reason,
            step: None,
            renewal: None,
        }
    }

    fn with_step(mut self, step: Step) -> Self {
        self.step = Some(Box::new(step));
        self
    }

    fn with_renewal(mut self, renewal: Option<RenewalDue>) -> Self {
        self.renewal = renewal.map(Box::new);
        self
    }
}

/// One way a requirement could be met (a license, a privilege, a policy …).
#[derive(Debug, Clone)]
enum Basis {
    /// The basis applies; its findings say how well.
    Applies(Vec<Finding>),
    /// The basis cannot serve this offer in this jurisdiction, and why (outcome Missing).
    DoesNotApply(Finding),
}

/// How a candidate judged into a list of findings came out (see [`best_of`]).
enum Judged {
    /// It applies: its findings were added to the list.
    Applies,
    /// It cannot serve, and why (outcome Missing).
    DoesNotApply(Finding),
    /// It has nothing to do with this jurisdiction (a privilege that does not list it).
    NotHere,
}

/// What ranking candidates with [`best_of`] found.
#[derive(Debug, Clone, Copy)]
struct Ranked {
    /// The deciding outcome of the best candidate that applies, if any does.
    best: Option<Outcome>,
    /// Whether some candidate does not apply (its reason was not written out); only
    /// complete when the best is not met.
    refused: bool,
}

/// Rank of an outcome by the module's precedence: blocked > verify > missing > warning > met.
fn precedence(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Met => 0,
        Outcome::Warning => 1,
        Outcome::Missing => 2,
        Outcome::Verify => 3,
        Outcome::Blocked => 4,
    }
}

/// The deciding outcome of a set of findings: the highest by precedence (Met when empty).
fn deciding(findings: &[Finding]) -> Outcome {
    findings
        .iter()
        .map(|f| f.reason.outcome)
        .max_by_key(|o| precedence(*o))
        .unwrap_or(Outcome::Met)
}

/// Sorts bases out: the applicable one closest to "met" (first wins ties), and the
/// explanations of those that do not apply. A basis that only needs steps is preferred to
/// one that needs verifying: its steps are a sure route.
fn sort_out(bases: impl IntoIterator<Item = Basis>) -> (Option<Vec<Finding>>, Vec<Finding>) {
    let mut best: Option<(u8, Vec<Finding>)> = None;
    let mut refused = Vec::new();
    for basis in bases {
        match basis {
            Basis::Applies(findings) => {
                let rank = precedence(deciding(&findings));
                if best.as_ref().is_none_or(|(best_rank, _)| rank < *best_rank) {
                    best = Some((rank, findings));
                }
            }
            Basis::DoesNotApply(finding) => refused.push(finding),
        }
    }
    (best.map(|(_, findings)| findings), refused)
}

/// Chooses among bases: the best applicable one, or, when none applies, the explanations of
/// why none does (so the caller can add the path to yes).
fn choose(bases: impl IntoIterator<Item = Basis>) -> Result<Vec<Finding>, Vec<Finding>> {
    match sort_out(bases) {
        (Some(findings), _) => Ok(findings),
        (None, refused) => Err(refused),
    }
}

/// Adds the findings of the best of `candidates` (closest to "met", first wins ties) to
/// `findings`, writing out only what is needed: the first candidate that applies is written
/// at once, and each later one is judged quietly (see [`StateContext::quietly`]: the same
/// outcomes without the messages) in the pass's scratch list, and written out only if it is
/// strictly better; once one is met, the rest are not judged. `judge` adds a candidate's
/// findings to a list, or says why it does not apply. Why the others do not apply is not
/// written: the caller judges them again when it needs to say (`refused` is only complete
/// when no candidate is met).
fn best_of<T>(
    ctx: &StateContext<'_>,
    candidates: impl Iterator<Item = T> + Clone,
    judge: impl Fn(&StateContext<'_>, &T, &mut Vec<Finding>) -> Judged,
    findings: &mut Vec<Finding>,
) -> Ranked {
    let from = findings.len();
    let quiet = ctx.quietly();
    let mut scratch = ctx.pass.scratch.take();
    // The best so far (rank, outcome, index), and whether it is the one written out.
    let mut best: Option<(u8, Outcome, usize)> = None;
    let mut written = false;
    let mut refused = false;
    for (i, candidate) in candidates.clone().enumerate() {
        let judged = match best {
            None => judge(ctx, &candidate, findings),
            Some(_) => {
                scratch.clear();
                judge(&quiet, &candidate, &mut scratch)
            }
        };
        let list = if best.is_none() {
            &findings[from..]
        } else {
            &scratch[..]
        };
        match judged {
            Judged::Applies => {
                let outcome = deciding(list);
                let rank = precedence(outcome);
                if best.is_none_or(|(best_rank, _, _)| rank < best_rank) {
                    written = best.is_none();
                    best = Some((rank, outcome, i));
                }
                // Nothing is strictly better than met: the later candidates cannot win (and
                // whether any of them does not apply only matters when nothing is met).
                if rank == 0 {
                    break;
                }
            }
            Judged::DoesNotApply(_) => {
                refused = true;
                if best.is_none() {
                    findings.truncate(from);
                }
            }
            Judged::NotHere => {
                if best.is_none() {
                    findings.truncate(from);
                }
            }
        }
    }
    scratch.clear();
    ctx.pass.scratch.set(scratch);
    if let Some((_, _, i)) = best.filter(|_| !written) {
        findings.truncate(from);
        if let Some(candidate) = candidates.clone().nth(i) {
            let judged = judge(ctx, &candidate, findings);
            debug_assert!(
                matches!(judged, Judged::Applies),
                "a candidate judged quietly and in full came out differently"
            );
        }
    }
    Ranked {
        best: best.map(|(_, outcome, _)| outcome),
        refused,
    }
}

fn evaluate_state(ctx: &StateContext<'_>) -> StateVerdict {
    // The pass's list is reused from state to state: a pass judges thousands of states.
    let mut findings = ctx.pass.findings.take();
    findings.clear();
    // Each requirement's findings, in turn; where each begins, for the grid.
    let mut starts = [0usize; 4];
    starts[0] = findings.len();
    let fastest_path = authority::check(ctx, &mut findings);
    controlled::relationship(ctx, &mut findings);
    starts[1] = findings.len();
    controlled::check(ctx, &mut findings);
    starts[2] = findings.len();
    controlled::federal(ctx, &mut findings);
    starts[3] = findings.len();
    malpractice::check(ctx, &mut findings);
    let requirements = requirement_verdicts(&findings, starts);
    let outcome = deciding(&findings);
    let mut reasons = Vec::with_capacity(findings.len());
    let mut steps = Vec::with_capacity(findings.iter().filter(|f| f.step.is_some()).count());
    let mut renewals = Vec::new();
    for finding in findings.drain(..) {
        reasons.push(finding.reason);
        steps.extend(finding.step.map(|s| *s));
        renewals.extend(finding.renewal.map(|r| *r));
    }
    renewals.sort_by_key(|r| r.due);
    ctx.pass.findings.set(findings);
    StateVerdict {
        jurisdiction: ctx.jurisdiction,
        outcome,
        reasons,
        steps,
        renewals,
        requirements,
        fastest_path,
    }
}

/// The grid's cells: each requirement judged in this state, with its deciding outcome and
/// which of the state's reasons are its own (requirements with no finding are left out).
fn requirement_verdicts(findings: &[Finding], starts: [usize; 4]) -> Vec<RequirementVerdict> {
    let order = [
        Requirement::Authority,
        Requirement::ControlledSubstances,
        Requirement::FederalRule,
        Requirement::Malpractice,
    ];
    order
        .iter()
        .enumerate()
        .filter_map(|(i, &requirement)| {
            let from = starts[i];
            let to = starts.get(i + 1).copied().unwrap_or(findings.len());
            let own = findings.get(from..to).filter(|own| !own.is_empty())?;
            Some(RequirementVerdict {
                requirement,
                outcome: deciding(own),
                first: u32::try_from(from).unwrap_or(u32::MAX),
                count: u32::try_from(own.len()).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

fn period_reason(period: &EvaluatedPeriod, offer: &Offer, today: NaiveDate) -> Reason {
    let started = if offer.start < today {
        format!(
            " The offer started on {}; the days before today are not judged.",
            offer.start
        )
    } else {
        String::new()
    };
    Reason::new(
        "evaluated_period",
        Outcome::Met,
        format!("The offer is judged for {}.{started}", period.describe()),
    )
}

fn without_period(offer: &Offer, no_period: NoPeriod) -> OfferVerdict {
    let reason = match no_period {
        NoPeriod::Inverted { start, end } => Reason::new(
            "offer_dates_inverted",
            Outcome::Verify,
            format!("The offer ends on {end}, before it starts on {start}: correct the dates."),
        ),
        NoPeriod::Ended { end } => Reason::new(
            "offer_already_ended",
            Outcome::Blocked,
            format!("The offer ended on {end}; there is nothing left to accept."),
        ),
    };
    summarize(offer, None, vec![reason], Vec::new())
}

/// The jurisdictions in first-seen order, without repeats.
fn distinct(jurisdictions: &[Jurisdiction]) -> Vec<Jurisdiction> {
    let mut seen = Vec::with_capacity(jurisdictions.len());
    for j in jurisdictions {
        if !seen.contains(j) {
            seen.push(*j);
        }
    }
    seen
}
