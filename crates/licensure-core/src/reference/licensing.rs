//! Facts about holding a medical license in one jurisdiction: its controlled-substance
//! registration, its malpractice rule, how the license renews and what a full license costs.
//!
//! Limits: shapes only. Whether a value is established is `Fact::known`'s question; the
//! rules that use these facts live in `verdict` and `path`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether a jurisdiction requires its own controlled-substance registration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsrRequirement {
    pub required: bool,
    /// The agency that issues it, when required.
    #[serde(default)]
    pub agency: String,
    /// Fee for one registration period, in whole dollars, when known.
    #[serde(default)]
    pub fee_usd: Option<u32>,
    #[serde(default)]
    pub cycle_years: Option<u8>,
    /// Renews together with the professional license.
    #[serde(default)]
    pub renews_with_license: bool,
    /// How the registration's expiry is set, in plain words ("December 31 each year"); empty
    /// when not established.
    #[serde(default)]
    pub expiry: String,
    /// Typical days from application to registration, when known.
    #[serde(default)]
    pub typical_days: Option<u32>,
    /// Required even for out-of-state telehealth prescribers to patients there.
    #[serde(default)]
    pub required_for_telehealth_prescribers: Option<bool>,
}

/// What kind of malpractice rule a jurisdiction has for physicians.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum MalpracticeRule {
    /// No coverage is a condition of licensure or practice.
    None,
    /// Coverage with minimum limits is a condition of licensure or practice.
    Mandate,
    /// Coverage is needed only to take part in a voluntary patient compensation fund or a
    /// tort reform; practising without it is lawful.
    FundOnly,
    /// Financial responsibility: a policy with minimum limits or an alternative the statute
    /// names (escrow, letter of credit, notice to patients).
    FinancialResponsibility,
}

/// A patient compensation / excess fund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CompensationFund {
    /// "Kansas Health Care Stabilization Fund (HCSF)".
    pub name: String,
    /// Participation is a condition of practice (KS HCSF, PA Mcare, WI IPFCF), not a choice.
    pub mandatory: bool,
    /// The fund's layer above the primary policy, when known.
    #[serde(default)]
    pub layer_per_claim_usd: Option<u64>,
    #[serde(default)]
    pub layer_aggregate_usd: Option<u64>,
    /// How to join and what it costs, in plain words.
    #[serde(default)]
    pub how_to_join: String,
}

/// A jurisdiction's malpractice coverage rule for physicians.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct MalpracticeRequirement {
    pub rule: MalpracticeRule,
    /// Least per-claim limit of the primary policy, when the rule sets one.
    #[serde(default)]
    pub min_per_claim_usd: Option<u64>,
    /// Least annual aggregate of the primary policy, when the rule sets one.
    #[serde(default)]
    pub min_aggregate_usd: Option<u64>,
    /// The compensation fund, mandatory or voluntary, when the jurisdiction has one.
    #[serde(default)]
    pub fund: Option<CompensationFund>,
    /// Ways to comply other than a policy (financial responsibility), in plain words.
    #[serde(default)]
    pub alternatives: String,
    /// Whether the rule reaches physicians outside the jurisdiction treating patients in it
    /// by telehealth; None when the sources do not say.
    #[serde(default)]
    pub applies_to_telehealth: Option<bool>,
}

impl MalpracticeRequirement {
    /// Coverage (or, for financial responsibility, coverage or an alternative) is a condition
    /// of licensure or practice.
    pub fn required(&self) -> bool {
        matches!(
            self.rule,
            MalpracticeRule::Mandate | MalpracticeRule::FinancialResponsibility
        )
    }

    /// The fund a physician must join, if any.
    pub fn mandatory_fund(&self) -> Option<&CompensationFund> {
        self.fund.as_ref().filter(|f| f.mandatory)
    }
}

/// How a license's expiry date is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum ExpiryRule {
    /// Last day of the birth month.
    BirthMonth,
    /// The birthday.
    BirthDate,
    /// Anniversary of the issue date / issue month.
    IssueDate,
    /// A fixed calendar date for everyone (month, day), possibly odd/even years.
    FixedDate {
        month: u8,
        day: u8,
    },
    Other {
        description: String,
    },
}

/// Medical (MD/DO) license renewal in a jurisdiction. Its CME is the jurisdiction's `cme`
/// fact (`CmeRule`), the one home of the hours and the CME cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct RenewalCycle {
    pub cycle_years: u8,
    pub expiry_rule: ExpiryRule,
    /// Days before expiry that renewal opens, when known.
    #[serde(default)]
    pub window_days: Option<u16>,
    /// Fee for one renewal, in whole dollars, when known.
    #[serde(default)]
    pub fee_usd: Option<u32>,
}

/// What mostly sets the time a full license takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimeDriver {
    /// Verification through the FSMB's Federation Credentials Verification Service.
    Fcvs,
    /// Primary-source verification of education, training and licenses by the board.
    PrimarySourceVerification,
    /// A personal interview with the board.
    Interview,
    /// Licenses are granted only at the board's meetings.
    BoardMeeting,
    /// A jurisprudence or state-law examination.
    JurisprudenceExam,
    /// Fingerprints and criminal background check.
    BackgroundCheck,
    /// The applicant's own speed in gathering documents; deficiency letters.
    ApplicantDocuments,
}

/// Cost and time of a full license by application (not via a compact).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct FullLicenseFacts {
    /// Application plus issuance fees, in whole dollars (fingerprint vendors' fees aside).
    #[serde(default)]
    pub fee_usd: Option<u32>,
    /// Typical days from a complete application to the license.
    #[serde(default)]
    pub typical_days: Option<u32>,
    /// What mostly sets the time, most important first.
    #[serde(default)]
    pub time_drivers: Vec<TimeDriver>,
    /// The state's own fee for a license issued through the IMLC (besides the commission's
    /// Letter of Qualification fee), when known.
    #[serde(default)]
    pub imlc_fee_usd: Option<u32>,
}
