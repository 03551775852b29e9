//! The TypeScript declarations of every wire type, generated from the Rust types.
//!
//! `ui/src/lib/ipc/bindings.ts` is this output, committed; the test suite fails when it is
//! stale, and `cargo xtask bindings` rewrites it.

use ts_rs::{Config, TS};

use licensure_core::model as m;
use licensure_core::reference as r;
use licensure_core::validation::{Issue, Severity};
use licensure_core::{cme, compact, deadline, imlc, path, reason, verdict};

use crate::views;

/// Declares each listed type as `export type …`.
macro_rules! declare {
    ($cfg:expr; $($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),*]
    };
}

/// The full bindings file.
pub fn typescript_bindings() -> String {
    let cfg = Config::new().with_large_int("number");
    let cfg = &cfg;
    let mut decls = declare![cfg;
        licensure_store::quarantine::RestoreReport, crate::save_commands::SavedFile,
        crate::packet_commands::PacketChoice, crate::packet_commands::PacketChoices,
        crate::packet_commands::LeftOutDocument, crate::packet_commands::SavedPacket,
        crate::ipc::ErrorCode, crate::ipc::IpcError, crate::commands::Overview,
        licensure_core::Jurisdiction, licensure_core::jurisdiction::JurisdictionKind,
        m::Answer, m::Profession, m::PracticeShare, m::MedicalSchool, m::Education, m::ExamComponent,
        m::ExamAttempts, m::History, m::Profile,
        m::LicenseStatus, m::LicenseRoute, m::StateLicense, m::Compact, m::CompactPrivilege,
        m::TelehealthRegistration, m::Schedule, m::DeaRegistration, m::StateCsr, m::PolicyBasis, m::Tail,
        m::Coverage, m::MalpracticePolicy, m::CertifyingBody, m::BoardCertification, m::LoqStatus, m::ImlcLoq,
        m::CaqhAttestation, m::CredentialDetail, m::Credential,
        m::Modality, m::EmployerMalpractice, m::Offer,
        Issue, Severity,
        reason::Outcome, reason::Reason,
        r::Confidence, r::Fact<()>, r::Citation, r::CompactStatus, r::CompactMembership, r::CompactFacts,
        r::CsrRequirement, r::MalpracticeRule, r::CompensationFund, r::MalpracticeRequirement,
        r::ExpiryRule, r::RenewalCycle, r::TimeDriver, r::FullLicenseFacts,
        r::TelehealthRoute, r::TelehealthRouteKind, r::RouteScope, r::TelehealthAnswer,
        r::InPersonPatients, r::InPersonExam, r::TelehealthPrescribing, r::JurisdictionFacts,
        r::TopicCoverage, r::DataCoverage,
        m::CmeHours, m::CmeCategory, m::CmeTopic, m::CmeActivity, r::Recurrence, r::Applicability,
        r::TopicRequirement, r::CmeRule, cme::CmeWindow, cme::CmeStatus, cme::HoursProgress,
        cme::TopicProgress, cme::LicenseCme, cme::MateActProgress, cme::CmeReport,
        views::reference::JurisdictionEntry, views::reference::ReferenceIndex,
        views::reference::JurisdictionReference,
        deadline::DeadlineKind, deadline::Urgency, deadline::Deadline, deadline::DeadlineAction,
        views::deadlines::DeadlineItem, views::deadlines::DeadlineTimeline,
        licensure_core::reminder::DeadlineMark, licensure_core::reminder::ReminderSettings,
        licensure_store::DeliveryFailure,
        imlc::ImlcOutcome, imlc::PrincipalBasis, imlc::PrincipalCandidate, imlc::Question, imlc::LoqStanding,
        imlc::ImlcEligibility, imlc::ImlcReach, imlc::ImlcTerms, imlc::ImlcMap, compact::CompactOption, views::eligibility::Eligibility,
        path::RouteKind, path::Route, path::PathToState,
        verdict::OfferOutcome, verdict::Step, verdict::RenewalDue, verdict::Requirement,
        verdict::RequirementVerdict, verdict::StateVerdict, verdict::OfferVerdict,
        verdict::OfferOutline, verdict::StateOutline, verdict::OfferTotals,
        verdict::EvaluatedPeriod, views::offers::JudgedOffer, views::offers::JudgedOffers, views::offers::OpenedOffer,
        licensure_core::authority_map::AuthorityBasis, licensure_core::authority_map::Standing,
        licensure_core::authority_map::JurisdictionAuthority,
        licensure_core::csv_import::CsvField, licensure_core::csv_import::CsvRow,
        licensure_core::csv_import::CsvPreview, licensure_core::csv_import::CsvEncoding,
        licensure_core::csv_import::CsvDelimiter, licensure_core::csv_import::CsvOptions,
        licensure_core::csv_import::CsvValues,
        licensure_store::MediaType, licensure_store::Attachment, licensure_store::AttachmentOwner,
        crate::about_commands::About, crate::about_commands::DependencyLicense,
        crate::about_commands::Ecosystem, crate::about_commands::ReferenceOrigin,
        licensure_store::reference_data::DataStatus, licensure_store::reference_data::DataSource,
        licensure_core::checked::CheckedFact, licensure_core::checked::CheckedValue,
        licensure_core::checked::CompactAnswer, licensure_core::checked::RouteAnswer,
        licensure_core::checked::TelemedicineAnswer,
        licensure_core::checked::AnswerSource, licensure_core::checked::CheckedAnswer,
        licensure_core::checked::AnswerStatus, licensure_core::checked::AnswerNotice,
        crate::checked_commands::ListedAnswer, crate::checked_commands::CheckedAnswers,
        crate::checked_commands::FactReasons,
        r::MateActTraining,
        views::cme::CmeActivityRow, views::cme::CmeCategoryChoice, views::cme::CmeTopicChoice,
        views::cme::CmeOverview,
        licensure_core::csv_import::CmeCsvField, licensure_core::csv_import::CmeCsvOptions,
        licensure_core::csv_import::CmeCsvValues, licensure_core::csv_import::CmeCsvRow,
        licensure_core::csv_import::CmeCsvPreview,
    ];
    decls.sort();
    // The store's limit, so that the UI can refuse an oversized file before reading it.
    decls.push(format!(
        "/** The largest document that can be attached, in bytes. */\nexport const MAX_ATTACHMENT_BYTES = {};",
        licensure_store::attachments::MAX_BYTES
    ));
    decls.push(format!(
        "/** The largest CSV file the import reads, in bytes. */\nexport const MAX_CSV_BYTES = {};",
        licensure_core::csv_import::MAX_CSV_BYTES
    ));
    let mut out = String::from(
        "// Generated from the Rust wire types by `cargo xtask bindings`. Do not edit by hand:\n\
         // the test suite fails when this file is stale.\n\n",
    );
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
