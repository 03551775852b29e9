//! Credentials: everything with a number, a status or an expiry that decides where and how
//! the clinician may practise.
//!
//! Numbers (license, DEA, policy) are sensitive: the rules never put them in reason text,
//! and callers must not log them.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Answer;
use crate::Jurisdiction;

/// Status of a state license as the issuing board reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum LicenseStatus {
    Active,
    Inactive,
    Expired,
    Pending,
    Restricted,
    Probation,
    Revoked,
}

impl LicenseStatus {
    /// The status as records write it ("active", "probation" …).
    pub fn code(self) -> &'static str {
        match self {
            LicenseStatus::Active => "active",
            LicenseStatus::Inactive => "inactive",
            LicenseStatus::Expired => "expired",
            LicenseStatus::Pending => "pending",
            LicenseStatus::Restricted => "restricted",
            LicenseStatus::Probation => "probation",
            LicenseStatus::Revoked => "revoked",
        }
    }

    /// Active and carrying no restriction or probation: the only status that is "full and
    /// unrestricted".
    pub fn is_full_and_unrestricted(self) -> bool {
        self == LicenseStatus::Active
    }

    /// The board lets the holder practise (possibly under conditions).
    pub fn permits_practice(self) -> bool {
        matches!(
            self,
            LicenseStatus::Active | LicenseStatus::Restricted | LicenseStatus::Probation
        )
    }
}

/// How a license was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum LicenseRoute {
    #[default]
    Direct,
    Endorsement,
    /// Issued through the Interstate Medical Licensure Compact.
    Imlc,
}

/// A state license to practise a profession.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct StateLicense {
    pub jurisdiction: Jurisdiction,
    /// "MD", "DO", "APRN", "RN", … as the board names it.
    pub license_type: String,
    pub number: String,
    pub status: LicenseStatus,
    #[serde(default)]
    pub restriction_notes: String,
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
    #[serde(default)]
    pub route: LicenseRoute,
}

/// An interstate compact.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Compact {
    /// Interstate Medical Licensure Compact (MD/DO).
    Imlc,
    /// Nurse Licensure Compact (RN/LPN).
    Nlc,
    /// Psychology Interjurisdictional Compact.
    Psypact,
    /// Counseling Compact.
    Counseling,
    /// PA Licensure Compact.
    PaCompact,
    /// APRN Compact.
    AprnCompact,
    /// Social Work Licensure Compact.
    SocialWork,
}

impl Compact {
    /// The name clinicians use for it ("IMLC", "Nurse Licensure Compact").
    pub fn short_name(self) -> &'static str {
        match self {
            Compact::Imlc => "IMLC",
            Compact::Nlc => "Nurse Licensure Compact",
            Compact::Psypact => "PSYPACT",
            Compact::Counseling => "Counseling Compact",
            Compact::PaCompact => "PA Licensure Compact",
            Compact::AprnCompact => "APRN Compact",
            Compact::SocialWork => "Social Work Compact",
        }
    }

    /// The wire name ("imlc", "pa_compact").
    pub fn id(self) -> &'static str {
        match self {
            Compact::Imlc => "imlc",
            Compact::Nlc => "nlc",
            Compact::Psypact => "psypact",
            Compact::Counseling => "counseling",
            Compact::PaCompact => "pa_compact",
            Compact::AprnCompact => "aprn_compact",
            Compact::SocialWork => "social_work",
        }
    }
}

/// A privilege to practise granted through a compact (multistate license, authorization to
/// practise interjurisdictional telepsychology, privilege to practise …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CompactPrivilege {
    pub compact: Compact,
    pub home_state: Jurisdiction,
    /// States the privilege covers. Empty means every current member state.
    #[serde(default)]
    pub privilege_states: Vec<Jurisdiction>,
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    #[serde(default)]
    pub expires: Option<NaiveDate>,
}

/// A telehealth registration or out-of-state telehealth provider permit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TelehealthRegistration {
    pub jurisdiction: Jurisdiction,
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    #[serde(default)]
    pub expires: Option<NaiveDate>,
    /// Limits the registration carries, as the clinician recorded them.
    #[serde(default)]
    pub limits: String,
}

/// A controlled-substance schedule a DEA registration can cover.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
pub enum Schedule {
    #[serde(rename = "2")]
    #[ts(rename = "2")]
    S2,
    #[serde(rename = "2N")]
    #[ts(rename = "2N")]
    S2N,
    #[serde(rename = "3")]
    #[ts(rename = "3")]
    S3,
    #[serde(rename = "3N")]
    #[ts(rename = "3N")]
    S3N,
    #[serde(rename = "4")]
    #[ts(rename = "4")]
    S4,
    #[serde(rename = "5")]
    #[ts(rename = "5")]
    S5,
}

impl Schedule {
    pub const ALL: &'static [Schedule] = &[
        Schedule::S2,
        Schedule::S2N,
        Schedule::S3,
        Schedule::S3N,
        Schedule::S4,
        Schedule::S5,
    ];

    /// The DEA's label: "2", "2N", …
    pub fn label(self) -> &'static str {
        match self {
            Schedule::S2 => "2",
            Schedule::S2N => "2N",
            Schedule::S3 => "3",
            Schedule::S3N => "3N",
            Schedule::S4 => "4",
            Schedule::S5 => "5",
        }
    }
}

/// A DEA registration: one per state in which the clinician prescribes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct DeaRegistration {
    /// Two letters and seven digits. Sensitive.
    pub number: String,
    pub jurisdiction: Jurisdiction,
    pub schedules: Vec<Schedule>,
    pub expires: Option<NaiveDate>,
}

/// A state controlled-substance registration (CSR / CDS / CSA license).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct StateCsr {
    pub jurisdiction: Jurisdiction,
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
}

/// How a malpractice policy responds to claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum PolicyBasis {
    /// Covers claims made while the policy is in force: needs tail coverage when it ends.
    ClaimsMade,
    /// Covers incidents that happened while the policy was in force.
    Occurrence,
}

/// Extended reporting ("tail") for a claims-made policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Tail {
    /// Not recorded.
    #[default]
    Unknown,
    None,
    Purchased,
    /// The employer pays or provides it.
    Employer,
}

/// Which jurisdictions a policy covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "scope", content = "jurisdictions", rename_all = "snake_case")]
pub enum Coverage {
    Nationwide,
    Listed(Vec<Jurisdiction>),
}

impl Coverage {
    pub fn covers(&self, j: Jurisdiction) -> bool {
        match self {
            Coverage::Nationwide => true,
            Coverage::Listed(list) => list.contains(&j),
        }
    }
}

/// A professional liability (malpractice) policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct MalpracticePolicy {
    pub carrier: String,
    #[serde(default)]
    pub policy_number: String,
    pub basis: PolicyBasis,
    /// Claims-made only: incidents before this date are not covered.
    #[serde(default)]
    pub retroactive_date: Option<NaiveDate>,
    /// Per-claim limit in whole US dollars.
    #[serde(default)]
    pub per_claim_limit: Option<u64>,
    /// Aggregate limit in whole US dollars.
    #[serde(default)]
    pub aggregate_limit: Option<u64>,
    pub coverage: Coverage,
    pub telehealth_covered: Answer,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    #[serde(default)]
    pub tail: Tail,
    /// Provided by an employer rather than bought by the clinician.
    #[serde(default)]
    pub employer_provided: bool,
    /// States whose patient compensation fund this coverage takes part in (Kansas HCSF,
    /// Pennsylvania Mcare, Wisconsin IPFCF), where joining is a condition of practice.
    #[serde(default)]
    pub compensation_funds: Vec<Jurisdiction>,
}

/// The umbrella a board certification sits under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CertifyingBody {
    /// American Board of Medical Specialties member board.
    Abms,
    /// American Osteopathic Association certifying board.
    Aoa,
    Other,
}

/// A specialty board certification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct BoardCertification {
    /// The board's name ("American Board of Internal Medicine").
    pub board: String,
    pub specialty: String,
    pub body: CertifyingBody,
    /// None when `time_unlimited`.
    #[serde(default)]
    pub expires: Option<NaiveDate>,
    /// A lifetime ("grandfathered") certificate.
    #[serde(default)]
    pub time_unlimited: bool,
}

/// State of an IMLC Letter of Qualification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum LoqStatus {
    Applied,
    Issued,
}

/// An IMLC Letter of Qualification from the State of Principal License.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcLoq {
    pub principal_state: Jurisdiction,
    pub status: LoqStatus,
    #[serde(default)]
    pub applied: Option<NaiveDate>,
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    /// Set by the commission; when absent the rules derive it from the issue date and the
    /// LOQ validity in the reference data.
    #[serde(default)]
    pub expires: Option<NaiveDate>,
}

/// The clinician's CAQH ProView attestation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CaqhAttestation {
    #[serde(default)]
    pub provider_id: String,
    pub last_attested: NaiveDate,
}

/// What a credential is, with the fields of its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CredentialDetail {
    StateLicense(StateLicense),
    CompactPrivilege(CompactPrivilege),
    TelehealthRegistration(TelehealthRegistration),
    DeaRegistration(DeaRegistration),
    StateCsr(StateCsr),
    MalpracticePolicy(MalpracticePolicy),
    BoardCertification(BoardCertification),
    ImlcLoq(ImlcLoq),
    CaqhAttestation(CaqhAttestation),
}

impl CredentialDetail {
    /// A short, number-free label of the kind ("State license").
    pub fn kind_label(&self) -> &'static str {
        match self {
            CredentialDetail::StateLicense(_) => "State license",
            CredentialDetail::CompactPrivilege(_) => "Compact privilege",
            CredentialDetail::TelehealthRegistration(_) => "Telehealth registration",
            CredentialDetail::DeaRegistration(_) => "DEA registration",
            CredentialDetail::StateCsr(_) => "State controlled-substance registration",
            CredentialDetail::MalpracticePolicy(_) => "Malpractice policy",
            CredentialDetail::BoardCertification(_) => "Board certification",
            CredentialDetail::ImlcLoq(_) => "IMLC Letter of Qualification",
            CredentialDetail::CaqhAttestation(_) => "CAQH attestation",
        }
    }

    /// The jurisdiction the credential belongs to, when it belongs to one.
    pub fn jurisdiction(&self) -> Option<Jurisdiction> {
        match self {
            CredentialDetail::StateLicense(c) => Some(c.jurisdiction),
            CredentialDetail::CompactPrivilege(c) => Some(c.home_state),
            CredentialDetail::TelehealthRegistration(c) => Some(c.jurisdiction),
            CredentialDetail::DeaRegistration(c) => Some(c.jurisdiction),
            CredentialDetail::StateCsr(c) => Some(c.jurisdiction),
            CredentialDetail::ImlcLoq(c) => Some(c.principal_state),
            CredentialDetail::MalpracticePolicy(_)
            | CredentialDetail::BoardCertification(_)
            | CredentialDetail::CaqhAttestation(_) => None,
        }
    }

    /// The number as recorded (license, registration, policy, CAQH provider id); empty for
    /// the kinds without one. Shown only where the clinician asked for numbers: calendar
    /// exports with numbers, the credentialing packet.
    pub fn number(&self) -> &str {
        match self {
            CredentialDetail::StateLicense(c) => &c.number,
            CredentialDetail::CompactPrivilege(c) => &c.number,
            CredentialDetail::TelehealthRegistration(c) => &c.number,
            CredentialDetail::DeaRegistration(c) => &c.number,
            CredentialDetail::StateCsr(c) => &c.number,
            CredentialDetail::MalpracticePolicy(c) => &c.policy_number,
            CredentialDetail::CaqhAttestation(c) => &c.provider_id,
            CredentialDetail::BoardCertification(_) | CredentialDetail::ImlcLoq(_) => "",
        }
    }

    /// The printed expiry date, when the credential has one.
    pub fn expires(&self) -> Option<NaiveDate> {
        match self {
            CredentialDetail::StateLicense(c) => c.expires,
            CredentialDetail::CompactPrivilege(c) => c.expires,
            CredentialDetail::TelehealthRegistration(c) => c.expires,
            CredentialDetail::DeaRegistration(c) => c.expires,
            CredentialDetail::StateCsr(c) => c.expires,
            CredentialDetail::MalpracticePolicy(c) => Some(c.period_end),
            CredentialDetail::BoardCertification(c) => c.expires,
            CredentialDetail::ImlcLoq(c) => c.expires,
            CredentialDetail::CaqhAttestation(_) => None,
        }
    }

    /// A number-free title for lists, notifications and calendars: "State license · TX".
    pub fn title(&self) -> String {
        match self.jurisdiction() {
            Some(j) => format!("{} · {}", self.kind_label(), j.code()),
            None => match self {
                CredentialDetail::MalpracticePolicy(p) => {
                    format!("{} · {}", self.kind_label(), p.carrier)
                }
                CredentialDetail::BoardCertification(b) => {
                    format!("{} · {}", self.kind_label(), b.specialty)
                }
                _ => self.kind_label().to_string(),
            },
        }
    }
}

/// A stored credential: a stable id, its detail and the clinician's notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Credential {
    /// Assigned by the store; stable across edits, exports and imports.
    pub id: String,
    pub detail: CredentialDetail,
    #[serde(default)]
    pub notes: String,
}
