//! The integration tests of licensure-core: one binary, a module per domain area.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod authority_map;
mod checked;
mod checked_federal;
mod checked_subjects;
mod cme;
mod cme_activity;
mod cme_applies;
mod cme_behind;
mod cme_deadline;
mod compact;
mod compact_fixture;
mod csv_files;
mod csv_import;
mod csv_transcript;
mod deadline;
mod ics;
mod imlc;
mod imlc_map;
mod outline;
mod path;
mod reference;
mod reference_check;
mod reference_cme;
mod reference_spot;
mod reminder;
mod renewal;
mod scenarios;
mod validation;
mod verdict;
