//! The domain of Licensure: the clinician's profile and credentials, telehealth offers, the
//! reference facts about every jurisdiction, and the rules over them.
//!
//! Limits: this crate is pure. It never reads a clock, a file, the network or a database:
//! "today", reference data and records are passed in. It does not depend on tauri or sled
//! (a system test checks this). Wire derives (serde, schemars, ts-rs) are the only
//! concession to the boundaries, so that the record model has one source of truth.

pub mod authority_map;
pub mod cme;
pub mod compact;
pub mod csv_import;
pub mod deadline;
pub mod ics;
pub mod imlc;
pub mod jurisdiction;
pub mod license_standing;
pub mod model;
pub mod path;
pub mod reason;
pub mod reference;
pub mod reminder;
pub mod validation;
pub mod verdict;

pub use jurisdiction::Jurisdiction;
