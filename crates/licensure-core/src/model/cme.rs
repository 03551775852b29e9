//! Continuing medical education: the activities a clinician logs once, their category and the
//! fixed list of topics that the states' rules refer to.
//!
//! Limits: shapes and small accessors only. Validation lives in `validation::cme`, the rules
//! that count activities against a license's requirement in `crate::cme`.

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// A number of CME hours, held exactly in hundredths of an hour (a 15-minute credit is 25).
///
/// On the wire it is a plain number of hours ("2.5"); more than two decimals is refused when
/// it is read, so no floating-point value is ever stored or added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, TS)]
#[ts(as = "f64")]
pub struct CmeHours(u32);

impl CmeHours {
    pub const ZERO: CmeHours = CmeHours(0);

    /// Whole hours.
    pub const fn hours(h: u32) -> CmeHours {
        CmeHours(h * 100)
    }

    /// Hundredths of an hour (`from_hundredths(150)` is 1.5 hours).
    pub const fn from_hundredths(h: u32) -> CmeHours {
        CmeHours(h)
    }

    pub const fn hundredths(self) -> u32 {
        self.0
    }

    pub fn saturating_add(self, other: CmeHours) -> CmeHours {
        CmeHours(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: CmeHours) -> CmeHours {
        CmeHours(self.0.saturating_sub(other.0))
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }
}

impl std::iter::Sum for CmeHours {
    fn sum<I: Iterator<Item = CmeHours>>(iter: I) -> CmeHours {
        iter.fold(CmeHours::ZERO, CmeHours::saturating_add)
    }
}

impl fmt::Display for CmeHours {
    /// "12", "2.5", "0.25".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => write!(f, "{whole}"),
            f10 if f10 % 10 == 0 => write!(f, "{whole}.{}", f10 / 10),
            _ => write!(f, "{whole}.{frac:02}"),
        }
    }
}

impl Serialize for CmeHours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            s.serialize_u32(self.0 / 100)
        } else {
            // Exact for every value with two decimals: the shortest representation of the
            // nearest double prints as the same two decimals.
            s.serialize_f64(f64::from(self.0) / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for CmeHours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CmeHours, D::Error> {
        let value = f64::deserialize(d)?;
        CmeHours::from_decimal(value).map_err(serde::de::Error::custom)
    }
}

impl CmeHours {
    /// Hours given as a decimal number with at most two decimals, not negative.
    pub fn from_decimal(value: f64) -> Result<CmeHours, String> {
        if !value.is_finite() || value < 0.0 {
            return Err(format!("hours must be a number of 0 or more, not {value}"));
        }
        let scaled = value * 100.0;
        let rounded = scaled.round();
        if (scaled - rounded).abs() > 1e-6 || rounded > f64::from(u32::MAX) {
            return Err(format!(
                "hours are recorded to the hundredth of an hour at most, not {value}"
            ));
        }
        // In range and integral: checked just above.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Ok(CmeHours(rounded as u32))
    }
}

impl JsonSchema for CmeHours {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CmeHours".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "minimum": 0,
            "multipleOf": 0.01,
            "description": "Hours, to the hundredth of an hour at most."
        })
    }
}

/// The credit category an activity was certified for.
///
/// How each counts: AMA PRA Category 1 and AOA Category 1-A count as Category 1 (the boards
/// that name a Category 1 minimum accept AOA 1-A as its equivalent); AMA PRA Category 2,
/// AOA 1-B and other credit count for the total hours only.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
pub enum CmeCategory {
    #[serde(rename = "ama_pra_category_1")]
    #[ts(rename = "ama_pra_category_1")]
    AmaPraCategory1,
    #[serde(rename = "ama_pra_category_2")]
    #[ts(rename = "ama_pra_category_2")]
    AmaPraCategory2,
    #[serde(rename = "aoa_1a")]
    #[ts(rename = "aoa_1a")]
    Aoa1A,
    #[serde(rename = "aoa_1b")]
    #[ts(rename = "aoa_1b")]
    Aoa1B,
    #[serde(rename = "other")]
    #[ts(rename = "other")]
    Other,
}

impl CmeCategory {
    pub const ALL: &'static [CmeCategory] = &[
        CmeCategory::AmaPraCategory1,
        CmeCategory::AmaPraCategory2,
        CmeCategory::Aoa1A,
        CmeCategory::Aoa1B,
        CmeCategory::Other,
    ];

    /// Counts toward a state's Category 1 minimum.
    pub fn is_category1(self) -> bool {
        matches!(self, CmeCategory::AmaPraCategory1 | CmeCategory::Aoa1A)
    }

    /// "AMA PRA Category 1".
    pub fn label(self) -> &'static str {
        match self {
            CmeCategory::AmaPraCategory1 => "AMA PRA Category 1",
            CmeCategory::AmaPraCategory2 => "AMA PRA Category 2",
            CmeCategory::Aoa1A => "AOA Category 1-A",
            CmeCategory::Aoa1B => "AOA Category 1-B",
            CmeCategory::Other => "Other",
        }
    }
}

macro_rules! topics {
    ($($(#[doc = $doc:literal])* $variant:ident => $id:literal, $label:literal;)*) => {
        /// The fixed list of CME topics the states' rules refer to. An activity lists the
        /// topics it covers; a state's required topic names one or more of them (any of them
        /// counts).
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
            JsonSchema, TS,
        )]
        pub enum CmeTopic {
            $($(#[doc = $doc])* #[serde(rename = $id)] #[ts(rename = $id)] $variant,)*
        }

        impl CmeTopic {
            /// Every topic, in the order of the list.
            pub const ALL: &'static [CmeTopic] = &[$(CmeTopic::$variant,)*];

            /// The wire name ("pain_management").
            pub fn id(self) -> &'static str {
                match self { $(CmeTopic::$variant => $id,)* }
            }

            /// Words for a sentence ("pain management").
            pub fn label(self) -> &'static str {
                match self { $(CmeTopic::$variant => $label,)* }
            }
        }
    };
}

topics! {
    /// Pain management, including palliative pain care.
    PainManagement => "pain_management", "pain management";
    /// Opioid and other controlled-substance prescribing (safe prescribing, diversion).
    ControlledSubstancePrescribing => "controlled_substance_prescribing", "controlled-substance prescribing";
    /// Addiction and substance use disorders: recognition and treatment.
    AddictionSud => "addiction_sud", "addiction and substance use disorders";
    /// The prescription drug monitoring program (KASPER, VPMS, CSMP …).
    Pdmp => "pdmp", "the prescription drug monitoring program";
    /// The DEA's one-time 8-hour training on substance use disorders (MATE Act).
    MateActSudTraining => "mate_act_sud_training", "the DEA's 8-hour substance use disorder training (MATE Act)";
    ImplicitBias => "implicit_bias", "implicit bias";
    CulturalCompetency => "cultural_competency", "cultural competency";
    /// Health equity and disparities.
    HealthEquity => "health_equity", "health equity";
    /// Ethics and professional responsibility (bioethics, professionalism).
    Ethics => "ethics", "ethics and professional responsibility";
    /// Risk management and patient safety.
    RiskManagement => "risk_management", "risk management and patient safety";
    /// Prevention of medical errors.
    MedicalErrors => "medical_errors", "prevention of medical errors";
    DomesticViolence => "domestic_violence", "domestic violence";
    SexualAssault => "sexual_assault", "sexual assault";
    /// Child abuse recognition and reporting (mandated reporter training, abusive head trauma).
    ChildAbuse => "child_abuse", "child abuse recognition and reporting";
    HumanTrafficking => "human_trafficking", "human trafficking";
    SexualHarassment => "sexual_harassment", "sexual harassment prevention";
    /// Professional boundaries and sexual misconduct.
    ProfessionalBoundaries => "professional_boundaries", "professional boundaries";
    /// End-of-life, hospice and palliative care.
    EndOfLife => "end_of_life", "end-of-life care";
    HivAids => "hiv_aids", "HIV/AIDS";
    /// Infectious diseases and infection control (sepsis, dengue, Zika …).
    InfectiousDisease => "infectious_disease", "infectious disease and infection control";
    /// Alzheimer's disease and dementia.
    Dementia => "dementia", "Alzheimer's disease and dementia";
    Geriatrics => "geriatrics", "geriatrics";
    /// Behavioral and mental health (veterans' mental health included).
    BehavioralHealth => "behavioral_health", "behavioral health";
    SuicidePrevention => "suicide_prevention", "suicide prevention";
    /// The state's medical practice act, board rules and the duty to report.
    BoardRules => "board_rules", "the state's medical practice laws and rules";
    /// Public-health priorities a state designates (its endemic diseases, chronic disease
    /// prevention, nutrition and metabolic health).
    PublicHealth => "public_health", "public-health priorities";
    /// Bioterrorism and weapons of mass destruction.
    Bioterrorism => "bioterrorism", "bioterrorism";
    /// Electronic health record proficiency.
    EhrProficiency => "ehr_proficiency", "electronic health records";
}

/// One CME activity, logged once; it counts for every license whose CME window it falls in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeActivity {
    /// Assigned by the store; stable across edits, exports and imports.
    pub id: String,
    pub title: String,
    /// The accredited provider ("American Academy of Family Physicians").
    #[serde(default)]
    pub provider: String,
    /// The day the activity was completed (the certificate's date).
    pub completed: NaiveDate,
    pub hours: CmeHours,
    pub category: CmeCategory,
    /// The topics the activity covers; all of its hours count toward each of them.
    #[serde(default)]
    #[ts(as = "Vec<CmeTopic>")]
    pub topics: BTreeSet<CmeTopic>,
    #[serde(default)]
    pub note: String,
}

impl CmeActivity {
    pub fn covers(&self, topic: CmeTopic) -> bool {
        self.topics.contains(&topic)
    }
}
