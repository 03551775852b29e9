//! Licensure's system tests: one binary, a module per area.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

mod cli;
mod cli_rules;
mod core_purity;
mod e2e;
