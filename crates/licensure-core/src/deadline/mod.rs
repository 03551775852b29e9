//! Deadlines: every date by which the clinician must act or lose a credential, derived from
//! the credentials, the offers and the reference facts, sorted by due date.
//!
//! Limits: dates are calendar dates; adding or subtracting days is calendar-day arithmetic
//! (chrono `checked_add_days` / `checked_sub_days`), so 2027-03-01 + 365 days is 2028-02-29
//! and a 60-day window before 2028-03-31 opens on 2028-01-31. A date that cannot be computed
//! (beyond chrono's range) yields no deadline rather than a panic. Deadlines more than
//! [`DROP_AFTER_DAYS`] days past are dropped: a credential lapsed that long is history, not a
//! task. Deadlines carry no license, DEA, NPI or policy numbers, so they can be logged,
//! shown and sent over IPC as they are; the calendar export looks numbers up from the
//! credentials only when the clinician opts in.

mod cme;
mod credential;
mod federal;
mod renewal;

pub use cme::{deadlines_with_cme, with_cme};
pub use credential::CAQH_REATTEST_DAYS;
pub use federal::DEA_TELEMEDICINE_FLEXIBILITIES;
pub use renewal::{action_for, renewed, DeadlineAction, RenewError};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Credential, Offer, Profile};
use crate::reference::{Citation, Dataset};

/// Deadlines further in the past than this many days are dropped.
pub const DROP_AFTER_DAYS: i64 = 365;

/// What falls due.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// A license, privilege, registration or CSR reaches its printed expiry.
    Expiry,
    /// The renewal window opens (DEA, MD/DO state license).
    RenewalWindowOpens,
    /// An IMLC Letter of Qualification stops being valid.
    LoqExpires,
    /// CAQH ProView re-attestation is due.
    CaqhReattest,
    /// A time-limited board certification expires.
    BoardCertExpires,
    /// A malpractice policy period ends.
    MalpracticeEnds,
    /// A claims-made policy without tail ends: tail or prior-acts cover must be arranged.
    TailDecision,
    /// A dated federal rule (the DEA telemedicine flexibilities) stops being in force.
    FederalRuleEnds,
}

impl DeadlineKind {
    /// The stable snake_case code, as serialized.
    pub fn code(self) -> &'static str {
        match self {
            DeadlineKind::Expiry => "expiry",
            DeadlineKind::RenewalWindowOpens => "renewal_window_opens",
            DeadlineKind::LoqExpires => "loq_expires",
            DeadlineKind::CaqhReattest => "caqh_reattest",
            DeadlineKind::BoardCertExpires => "board_cert_expires",
            DeadlineKind::MalpracticeEnds => "malpractice_ends",
            DeadlineKind::TailDecision => "tail_decision",
            DeadlineKind::FederalRuleEnds => "federal_rule_ends",
        }
    }

    /// What the clinician should do about it, in one number-free sentence.
    pub fn advice(self) -> &'static str {
        match self {
            DeadlineKind::Expiry => {
                "Renew before this date: practising or prescribing under a lapsed credential \
                 is unlicensed."
            }
            DeadlineKind::RenewalWindowOpens => "Renewal can be filed from this date.",
            DeadlineKind::LoqExpires => {
                "Request any further compact licenses before this date: afterwards a new \
                 Letter needs a new application."
            }
            DeadlineKind::CaqhReattest => {
                "Re-attest in CAQH ProView: payers skip profiles whose attestation has expired."
            }
            DeadlineKind::BoardCertExpires => {
                "Complete the board's continuing certification requirements."
            }
            DeadlineKind::MalpracticeEnds => {
                "Renew the policy or arrange new cover before it ends."
            }
            DeadlineKind::TailDecision => {
                "A claims-made policy without tail leaves past care uninsured once it ends: buy \
                 tail cover or prior-acts cover from the next carrier before this date."
            }
            DeadlineKind::FederalRuleEnds => {
                "Prescribing controlled substances by telemedicine may need an in-person visit \
                 or a special registration after this date: check the rule in force."
            }
        }
    }

    /// What happens, appended to the subject for a title in the future tense (" expires").
    fn upcoming(self) -> &'static str {
        match self {
            DeadlineKind::Expiry | DeadlineKind::LoqExpires | DeadlineKind::BoardCertExpires => {
                " expires"
            }
            DeadlineKind::RenewalWindowOpens => " renewal opens",
            DeadlineKind::CaqhReattest => " due",
            DeadlineKind::MalpracticeEnds | DeadlineKind::FederalRuleEnds => " ends",
            DeadlineKind::TailDecision => ": tail or prior-acts decision due",
        }
    }

    /// What happened, appended to the subject once the date has passed (" expired on").
    fn passed(self) -> &'static str {
        match self {
            DeadlineKind::Expiry | DeadlineKind::LoqExpires | DeadlineKind::BoardCertExpires => {
                " expired on"
            }
            DeadlineKind::RenewalWindowOpens => " renewal opened on",
            DeadlineKind::CaqhReattest => " overdue since",
            DeadlineKind::MalpracticeEnds | DeadlineKind::FederalRuleEnds => " ended on",
            DeadlineKind::TailDecision => ": tail or prior-acts decision was due on",
        }
    }
}

/// How close a deadline is. Bands, by days left until the due date:
/// below 0 `passed`; 0 to 14 `within_14_days`; 15 to 30 `within_30_days`; 31 to 90
/// `within_90_days`; beyond `later`. A credential is valid through its expiry date, so a
/// deadline due today is not yet passed. `verify` means the due date itself could not be
/// established from the reference data (see the deadline's caveat).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// The date has passed: a lapsed credential or a missed action; for
    /// `renewal_window_opens`, the window is open.
    Passed,
    #[serde(rename = "within_14_days")]
    #[ts(rename = "within_14_days")]
    Within14Days,
    #[serde(rename = "within_30_days")]
    #[ts(rename = "within_30_days")]
    Within30Days,
    #[serde(rename = "within_90_days")]
    #[ts(rename = "within_90_days")]
    Within90Days,
    Later,
    /// The due date is not known: check it at the source.
    Verify,
}

impl Urgency {
    /// The band for `days_left` days until a known due date.
    pub fn from_days_left(days_left: i64) -> Urgency {
        match days_left {
            i64::MIN..=-1 => Urgency::Passed,
            0..=14 => Urgency::Within14Days,
            15..=30 => Urgency::Within30Days,
            31..=90 => Urgency::Within90Days,
            _ => Urgency::Later,
        }
    }
}

/// One date by which the clinician must act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Deadline {
    /// Stable: `{credential id}:{kind}:{due}` ("c12:expiry:2027-03-31"), or
    /// `rule.{rule id}:{kind}:{due}` for a federal rule. A renewed credential gets new ids.
    pub id: String,
    /// The credential the deadline belongs to; None for federal rules.
    pub credential_id: Option<String>,
    pub kind: DeadlineKind,
    /// What it is about, number-free: "State license · TX".
    pub subject: String,
    /// Number-free: "State license · TX expires".
    pub title: String,
    pub due: NaiveDate,
    /// Days from today to `due`; negative once passed.
    pub days_left: i64,
    pub urgency: Urgency,
    /// Other credentials and offers that fall with this one, by kind and state
    /// ("DEA registration · TX"), never by number.
    pub linked_risks: Vec<String>,
    /// Doubt about the date, in plain words (reference data unknown or conflicting).
    pub caveat: Option<String>,
    /// The reference facts that set the date.
    pub citations: Vec<Citation>,
    /// For a license's (or DEA registration's) renewal: the CME still missing before it, in
    /// words ("12 Category 1 hours and 2 hours of pain management still needed"); None when
    /// nothing is missing or CME was not judged (see [`with_cme`]).
    #[serde(default)]
    pub cme_shortfall: Option<String>,
}

impl Deadline {
    /// A deadline with its id, title, days left and urgency derived.
    fn new(
        owner: &str,
        credential_id: Option<&str>,
        kind: DeadlineKind,
        subject: String,
        due: NaiveDate,
        today: NaiveDate,
    ) -> Deadline {
        let days_left = (due - today).num_days();
        Deadline {
            id: format!("{owner}:{}:{due}", kind.code()),
            credential_id: credential_id.map(str::to_string),
            kind,
            title: format!("{subject}{}", kind.upcoming()),
            subject,
            due,
            days_left,
            urgency: Urgency::from_days_left(days_left),
            linked_risks: Vec::new(),
            caveat: None,
            citations: Vec::new(),
            cme_shortfall: None,
        }
    }

    /// "State license · TX expired on 2027-03-31": the title once the date has passed.
    pub fn passed_title(&self) -> String {
        format!("{}{} {}", self.subject, self.kind.passed(), self.due)
    }
}

/// Every deadline of the clinician as of `today`, sorted by due date (then kind, then id).
///
/// Lapsed credentials stay in the list with negative `days_left`, up to
/// [`DROP_AFTER_DAYS`] days past (a `verify` deadline counts from the date it is pinned to). A renewal window that opened before an expiry that has
/// itself passed is dropped: the expiry deadline says it all.
pub fn deadlines(
    profile: Option<&Profile>,
    credentials: &[Credential],
    offers: &[Offer],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Deadline> {
    let by_state = crate::model::ByState::new(credentials);
    let mut all: Vec<Deadline> = credentials
        .iter()
        .flat_map(|c| credential::deadlines(c, &by_state, profile, data, today))
        .collect();
    all.extend(federal::deadline(offers, data, today));
    all.retain(|d| d.days_left >= -DROP_AFTER_DAYS);
    all.sort_by(|a, b| (a.due, a.kind, &a.id).cmp(&(b.due, b.kind, &b.id)));
    all.dedup_by(|a, b| a.id == b.id);
    all
}
