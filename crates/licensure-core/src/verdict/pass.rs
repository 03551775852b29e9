//! One pass of offer verdicts: what is the same for every offer and every state judged
//! together, worked out once (IMLC eligibility, credentials by state, each state's path to
//! authority), and the pass's caches (shared credential ids and citations, reused lists).
//!
//! Limits: a pass holds the credentials and reference data borrowed for its whole life; its
//! caches are keyed by the addresses of what it borrows and are not shared between threads.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::imlc::{imlc_eligibility, ImlcEligibility};
use crate::model::{ByState, Credential, Offer, Profile};
use crate::path::{path_to_given, PathToState};
use crate::reason::{Outcome, Reason};
use crate::reference::{Citation, Dataset, Fact};
use crate::Jurisdiction;

use super::{
    distinct, evaluate_state, period_reason, summarize, without_period, EvaluatedPeriod, Explain,
    Finding, OfferVerdict, OfferWide, StateContext, StateVerdict,
};

/// What is the same for every offer and every state of one pass: the clinician's IMLC
/// eligibility, the credentials grouped by state, and the path to each state (worked out
/// the first time a state needs it). Working these out once keeps judging many offers cheap.
pub(super) struct Pass<'a> {
    profile: &'a Profile,
    credentials: &'a [Credential],
    data: &'a Dataset,
    today: NaiveDate,
    imlc: ImlcEligibility,
    pub(super) by_state: ByState<'a>,
    /// Indexed by [`Jurisdiction::index`].
    paths: Vec<OnceCell<PathToState>>,
    /// Every credential's id, shared by the reasons that name it, by the address of the
    /// recorded id (see [`Pass::credential_id`]).
    ids: ByAddress<Arc<str>>,
    /// The findings of the state being judged, emptied and kept for the next state.
    pub(super) findings: Cell<Vec<Finding>>,
    /// Where candidates are ranked quietly (see [`best_of`]), kept for the next ranking.
    pub(super) scratch: Cell<Vec<Finding>>,
    /// Texts written so far, by what they are about and their name (see
    /// [`Pass::remembered`]).
    pub(super) texts: Texts,
    /// The citations made so far, by the address of the fact they cite (see
    /// [`Pass::citation`]).
    citations: RefCell<ByAddress<Citation>>,
}

impl<'a> Pass<'a> {
    pub(super) fn new(
        profile: &'a Profile,
        credentials: &'a [Credential],
        data: &'a Dataset,
        today: NaiveDate,
    ) -> Self {
        Pass {
            profile,
            credentials,
            data,
            today,
            imlc: imlc_eligibility(profile, credentials, data, today),
            by_state: ByState::new(credentials),
            paths: Jurisdiction::ALL.iter().map(|_| OnceCell::new()).collect(),
            ids: credentials
                .iter()
                .map(|c| (c.id.as_ptr().addr(), Arc::from(c.id.as_str())))
                .collect(),
            findings: Cell::default(),
            scratch: Cell::default(),
            texts: RefCell::default(),
            citations: RefCell::default(),
        }
    }

    /// The shared id of the credential whose recorded id is `id` (a new one for an id that
    /// is not a recorded credential's).
    pub(super) fn credential_id(&self, id: &str) -> Arc<str> {
        // The recorded ids are borrowed for the whole pass, so no other text can live at
        // their address: the same address and length is the same id (empty ids, which
        // share an address, are equal anyway).
        match self.ids.get(&id.as_ptr().addr()) {
            Some(shared) if shared.len() == id.len() => Arc::clone(shared),
            _ => Arc::from(id),
        }
    }

    /// The text named `what` about `subject`, kept in `texts` (the pass's own memory, or an
    /// offer's for texts that also depend on the offer): written by `make` the first time,
    /// copied after (copying is cheaper than formatting, and a pass writes the same few
    /// texts thousands of times). Only for texts that depend on nothing but the subject
    /// (and the offer, in an offer's memory), with one name per wording. A credential is
    /// known by the address of its recorded id, and only the pass's own credentials (which
    /// live as long as the pass, so nothing else can be at that address) are remembered:
    /// any other text is written each time.
    pub(super) fn remembered(
        &self,
        texts: &Texts,
        subject: Subject,
        what: &'static str,
        make: impl FnOnce() -> String,
    ) -> String {
        if let Subject::Credential { address, len } = subject {
            let own = self
                .ids
                .get(&address)
                .is_some_and(|id| id.len() == len && len > 0);
            if !own {
                return make();
            }
        }
        // A name is known by its address and length, so two different names never share
        // a key. `make` runs with nothing borrowed: it may itself use the pass's memories.
        let key = (subject, what.as_ptr().addr(), what.len());
        if let Some(text) = texts.borrow().get(&key) {
            return text.clone();
        }
        let text = make();
        texts.borrow_mut().insert(key, text.clone());
        text
    }

    /// The citation of `fact`, described by `what`: made the first time this pass cites the
    /// fact, and shared after (a pass cites a few hundred facts thousands of times). A fact
    /// must always be described the same way here, as `what` is only called once; the facts
    /// live in the dataset, which outlives the pass, so their addresses tell them apart.
    pub(super) fn citation<T>(&self, fact: &'a Fact<T>, what: impl FnOnce() -> String) -> Citation {
        let key = std::ptr::from_ref(fact).addr();
        if let Some(citation) = self.citations.borrow().get(&key) {
            return citation.clone();
        }
        let citation = fact.cite(what());
        self.citations.borrow_mut().insert(key, citation.clone());
        citation
    }

    /// The routes to authority in `j`; they do not depend on the offer.
    pub(super) fn path(&self, j: Jurisdiction) -> &PathToState {
        self.paths[j.index()].get_or_init(|| {
            path_to_given(
                j,
                self.profile,
                self.credentials,
                self.data,
                self.today,
                &self.imlc,
            )
        })
    }

    pub(super) fn evaluate(&self, offer: &Offer, explain: Explain) -> OfferVerdict {
        let today = self.today;
        let period = match EvaluatedPeriod::of(offer, today) {
            Ok(period) => period,
            Err(no_period) => return without_period(offer, no_period),
        };
        let mut reasons = vec![period_reason(&period, offer, today)];
        if period.open_ended {
            reasons.push(Reason::new(
                "open_ended_offer_horizon",
                Outcome::Warning,
                format!(
                    "The offer has no end date, so it is judged for one year, {}. Credentials \
                     that lapse after {} are not checked here: renew them in time.",
                    period.describe(),
                    period.end
                ),
            ));
        }
        let jurisdictions = distinct(&offer.patient_jurisdictions);
        if jurisdictions.is_empty() {
            reasons.push(Reason::new(
                "offer_without_patient_jurisdictions",
                Outcome::Verify,
                "The offer names no patient state. Practice happens where the patient is: add \
                 the states the patients will be in.",
            ));
        }
        let offer_wide = OfferWide::default();
        let states: Vec<StateVerdict> = jurisdictions
            .into_iter()
            .map(|jurisdiction| {
                let ctx = StateContext {
                    jurisdiction,
                    facts: self.data.jurisdiction(jurisdiction),
                    offer,
                    profile: self.profile,
                    data: self.data,
                    period,
                    pass: self,
                    offer_wide: &offer_wide,
                    explain: explain == Explain::Fully,
                };
                evaluate_state(&ctx)
            })
            .collect();
        summarize(offer, Some(period), reasons, states)
    }
}

/// Texts remembered by what they are about and their name (its address and length).
pub(super) type Texts =
    RefCell<HashMap<(Subject, usize, usize), String, BuildHasherDefault<AddressHasher>>>;

/// What a text shared by the pass is about (see [`Pass::remembered`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Subject {
    /// A jurisdiction, by [`Jurisdiction::index`].
    State(usize),
    /// A recorded credential, by the address and length of its id (empty ids share an
    /// address, so they are never remembered).
    Credential { address: usize, len: usize },
}

impl std::hash::Hash for Subject {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Equal subjects hash alike; a state index and an address that collide are told
        // apart by equality.
        match self {
            Subject::State(index) => state.write_usize(*index),
            Subject::Credential { address, .. } => state.write_usize(*address),
        }
    }
}

impl Subject {
    pub(super) fn state(j: Jurisdiction) -> Self {
        Subject::State(j.index())
    }

    pub(super) fn credential(id: &str) -> Self {
        Subject::Credential {
            address: id.as_ptr().addr(),
            len: id.len(),
        }
    }
}

/// A map keyed by the address of something the pass borrows (a fact, a credential's id).
type ByAddress<V> = HashMap<usize, V, BuildHasherDefault<AddressHasher>>;

/// Hashes an address with one multiplication: the keys are distinct addresses, and the
/// default hasher costs more than the rest of a lookup on the pass's hot paths.
#[derive(Default)]
pub(super) struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        // The product's best-mixed bits are its high ones, and the table picks a bucket
        // with the low ones (which an aligned address leaves zero): rotate them down.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(GOLDEN);
        }
    }

    fn write_usize(&mut self, address: usize) {
        self.0 = (self.0.rotate_left(29) ^ address as u64).wrapping_mul(GOLDEN);
    }
}

/// 2^64 divided by the golden ratio: an odd multiplier that spreads nearby addresses over
/// the product's high bits.
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;
