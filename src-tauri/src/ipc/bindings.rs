//! The TypeScript declarations of every wire type, generated from the Rust types.
//!
//! `ui/src/lib/ipc/bindings.ts` is this output, committed; the test suite fails when it is
//! stale, and `cargo xtask bindings` rewrites it.

use ts_rs::{Config, TS};

use licensure_core::model as m;
use licensure_core::validation::{Issue, Severity};

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
    ];
    decls.sort();
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
