//! The clinician: profession, identifiers, where they live and work, and the history that
//! compacts (IMLC above all) ask about.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Answer;
use crate::Jurisdiction;

/// The clinician's profession. It decides which compacts can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Profession {
    /// Doctor of Medicine.
    Md,
    /// Doctor of Osteopathic Medicine.
    Do,
    /// Nurse practitioner / advanced practice registered nurse.
    NpAprn,
    /// Physician assistant / associate.
    Pa,
    /// Registered nurse.
    Rn,
    /// Licensed practical / vocational nurse.
    Lpn,
    Psychologist,
    /// Licensed professional counselor.
    Counselor,
    SocialWorker,
}

impl Profession {
    /// Every profession, in display order.
    pub const ALL: &'static [Profession] = &[
        Profession::Md,
        Profession::Do,
        Profession::NpAprn,
        Profession::Pa,
        Profession::Rn,
        Profession::Lpn,
        Profession::Psychologist,
        Profession::Counselor,
        Profession::SocialWorker,
    ];

    /// True for MD and DO, the professions the IMLC covers.
    pub fn is_physician(self) -> bool {
        matches!(self, Profession::Md | Profession::Do)
    }

    /// A short human label.
    pub fn label(self) -> &'static str {
        match self {
            Profession::Md => "Physician (MD)",
            Profession::Do => "Physician (DO)",
            Profession::NpAprn => "Nurse practitioner (APRN)",
            Profession::Pa => "Physician assistant",
            Profession::Rn => "Registered nurse",
            Profession::Lpn => "Licensed practical nurse",
            Profession::Psychologist => "Psychologist",
            Profession::Counselor => "Professional counselor",
            Profession::SocialWorker => "Social worker",
        }
    }
}

/// The share of the clinician's practice in one jurisdiction, in whole percent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PracticeShare {
    pub jurisdiction: Jurisdiction,
    /// 0 to 100.
    pub percent: u8,
}

/// Where the clinician's medical school stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum MedicalSchool {
    /// LCME- or COCA-accredited (US / Canada).
    Accredited,
    /// International school listed in the International Medical Education Directory (IMED)
    /// or the World Directory of Medical Schools.
    ImedListed,
    /// Neither accredited nor listed.
    NotListed,
    #[default]
    Unknown,
}

/// Medical education and graduate training.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
pub struct Education {
    #[serde(default)]
    pub school: MedicalSchool,
    /// Graduate medical education (residency) completed in an ACGME- or AOA-accredited program.
    #[serde(default)]
    pub gme_completed: Answer,
}

/// A licensing-exam component (USMLE steps or COMLEX levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExamComponent {
    UsmleStep1,
    UsmleStep2Ck,
    UsmleStep3,
    ComlexLevel1,
    ComlexLevel2Ce,
    ComlexLevel3,
}

/// How many attempts it took to pass one exam component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ExamAttempts {
    pub component: ExamComponent,
    /// Attempts up to and including the passing one; at least 1.
    pub attempts: u8,
}

/// History questions every board and compact asks. Unknown until answered.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
pub struct History {
    /// Any disciplinary action on any license.
    #[serde(default)]
    pub discipline: Answer,
    /// Any criminal history.
    #[serde(default)]
    pub criminal: Answer,
    /// Any action against a controlled-substance registration.
    #[serde(default)]
    pub controlled_substance_action: Answer,
    /// An investigation currently open.
    #[serde(default)]
    pub open_investigation: Answer,
}

/// The clinician this store belongs to. There is at most one per store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Profile {
    pub given_name: String,
    pub family_name: String,
    pub profession: Profession,
    /// National Provider Identifier, 10 digits. Sensitive: never logged or notified.
    #[serde(default)]
    pub npi: Option<String>,
    /// Primary residence.
    #[serde(default)]
    pub residence: Option<Jurisdiction>,
    /// Where the main employer is located.
    #[serde(default)]
    pub employer_jurisdiction: Option<Jurisdiction>,
    /// The jurisdiction used as residence for federal income tax.
    #[serde(default)]
    pub tax_jurisdiction: Option<Jurisdiction>,
    #[serde(default)]
    pub practice_shares: Vec<PracticeShare>,
    #[serde(default)]
    pub education: Education,
    #[serde(default)]
    pub exam_attempts: Vec<ExamAttempts>,
    #[serde(default)]
    pub history: History,
}
