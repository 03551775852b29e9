//! Facts about telehealth in one jurisdiction: the routes to practise there without a full
//! license, whether any exist, and the state's own law on prescribing controlled substances
//! by telehealth.
//!
//! Limits: shapes only; the rules that judge an offer against them live in `verdict`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Modality, Profession, Schedule};

/// A route to lawful telehealth practice short of a full license.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TelehealthRoute {
    /// A stable id ("fl_telehealth_registration").
    pub id: String,
    pub name: String,
    /// A registration or special license to apply for, or an exception that needs none.
    pub kind: TelehealthRouteKind,
    /// Whom the route lets the clinician treat.
    #[serde(default)]
    pub scope: RouteScope,
    pub professions: Vec<Profession>,
    /// Modalities it allows; empty means any.
    #[serde(default)]
    pub modalities: Vec<Modality>,
    /// Controlled substances may be prescribed under it; None when not established.
    #[serde(default)]
    pub controlled_substances_allowed: Option<bool>,
    /// Schedules that may not be prescribed under it even where controlled substances are.
    #[serde(default)]
    pub excluded_schedules: Vec<Schedule>,
    /// The holder must not open an office in the jurisdiction.
    #[serde(default)]
    pub no_office: bool,
    /// In-person care is not allowed under it.
    #[serde(default)]
    pub no_in_person: bool,
    /// The holder must carry malpractice cover for patients in this jurisdiction.
    #[serde(default)]
    pub requires_malpractice_cover: bool,
    #[serde(default)]
    pub fee_usd: Option<u32>,
    #[serde(default)]
    pub renewal_years: Option<u8>,
    #[serde(default)]
    pub typical_days: Option<u32>,
    /// The last day the route could be obtained or used, when it has been closed. A closed
    /// route is kept so that no rule ever offers it.
    #[serde(default)]
    pub closed_on: Option<NaiveDate>,
    /// Other limits in plain words.
    #[serde(default)]
    pub limits: String,
}

impl TelehealthRoute {
    /// The route can still be obtained or used on `day`.
    pub fn open_on(&self, day: NaiveDate) -> bool {
        self.closed_on.is_none_or(|closed| day <= closed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum TelehealthRouteKind {
    /// A registration with the board, obtained before the first visit.
    Registration,
    /// A special, limited or telemedicine license or certificate.
    SpecialLicense,
    /// An exception in the practice act: no application.
    Exception,
}

impl TelehealthRouteKind {
    /// Obtained by applying to the board (a registration or a special license), so held as
    /// a credential; an exception is not.
    pub fn is_applied_for(self) -> bool {
        !matches!(self, TelehealthRouteKind::Exception)
    }
}

impl RouteScope {
    /// Why a route of this scope cannot serve a telehealth job's new patients, in words that
    /// follow "covers only"; None for `AnyPatient`.
    pub fn limit(self) -> Option<&'static str> {
        match self {
            RouteScope::AnyPatient => None,
            RouteScope::ExistingPatients => {
                Some("continuing care of patients the clinician already treats")
            }
            RouteScope::Consultation => {
                Some("consultation with a clinician licensed in the state, who keeps the patient")
            }
            RouteScope::Emergency => Some("emergencies and patients in transport"),
            RouteScope::Occasional => Some("occasional practice, a few days or patients a year"),
            RouteScope::Border => Some("patients in a border area"),
        }
    }
}

/// Whom a route lets a clinician licensed elsewhere treat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum RouteScope {
    /// Any patient in the jurisdiction, new ones included.
    #[default]
    AnyPatient,
    /// Only patients with whom the clinician already has a relationship (follow-up,
    /// continuity of care, a patient temporarily in the jurisdiction).
    ExistingPatients,
    /// Only consultation with a clinician licensed in the jurisdiction, who keeps the
    /// responsibility for the patient.
    Consultation,
    /// Only emergencies, disasters or patients in transport.
    Emergency,
    /// Only occasional practice (a few days or patients a year).
    Occasional,
    /// Only patients in a border area or a neighbouring state's residents.
    Border,
}

/// Whether a jurisdiction offers any way to practise by telehealth short of a full license
/// (or a compact privilege).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum TelehealthAnswer {
    /// The routes listed for the jurisdiction are the ways that exist.
    Routes,
    /// None: a full license or a compact privilege is required. Closed routes may still be
    /// listed, for the record.
    NoRoute,
}

/// Which patients a state's in-person examination rule reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum InPersonPatients {
    AllPatients,
    /// Only patients the prescriber has not treated before.
    NewPatients,
}

/// Whether state law requires an in-person examination before controlled substances are
/// prescribed by telehealth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum InPersonExam {
    NotRequired,
    Required {
        patients: InPersonPatients,
        /// Schedules it applies to; empty means every controlled substance.
        #[serde(default)]
        schedules: Vec<Schedule>,
        /// Exceptions in plain words (buprenorphine, hospice, a referring practitioner's
        /// recent in-person visit).
        #[serde(default)]
        exceptions: String,
    },
    /// The sources do not settle it.
    NotEstablished,
}

/// State law on prescribing controlled substances by telehealth and on establishing a
/// patient relationship remotely.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct TelehealthPrescribing {
    pub in_person_exam: InPersonExam,
    /// Schedules that may not be prescribed by telehealth at all.
    #[serde(default)]
    pub barred_schedules: Vec<Schedule>,
    /// Limits by condition or drug in plain words ("no opioids for chronic pain").
    #[serde(default)]
    pub limits: String,
    /// A patient relationship may be established by video; None when not established.
    #[serde(default)]
    pub relationship_by_video: Option<bool>,
    #[serde(default)]
    pub relationship_by_audio_only: Option<bool>,
    #[serde(default)]
    pub relationship_asynchronous: Option<bool>,
}
