//! Licensure's system tests: one binary, a module per area.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod answers_and_packs;
mod attachments_e2e;
mod checked_e2e;
mod cli;
mod cli_answers;
mod cli_cme;
mod cli_csv;
mod cli_rules;
mod cme_e2e;
mod core_purity;
mod crash;
mod credentials_e2e;
mod csv_e2e;
mod damage;
mod data_packs;
mod data_packs_e2e;
mod e2e;
mod every_field_e2e;
mod files_e2e;
mod forms_e2e;
mod isolation;
mod navigation_e2e;
mod notifications;
mod offers_e2e;
mod packet;
mod packet_e2e;
