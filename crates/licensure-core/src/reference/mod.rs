//! Reference facts about jurisdictions, compacts and federal rules, each with provenance.
//!
//! The facts live as JSON in `data/` at the workspace root and are compiled into this crate
//! (`Dataset::bundled`), so the core stays free of IO. Every fact carries its value, the
//! addresses of its sources, the date it was checked and a confidence. A fact whose value is
//! unknown, or whose sources conflict, is never "known": rules must answer "verify".

mod bundled;
mod check;
mod cme;
mod cme_check;
mod coverage;
mod dataset;
mod fact;
mod licensing;
mod telehealth;
mod value_check;

pub use check::*;
pub use cme::*;
pub use coverage::*;
pub use dataset::*;
pub use fact::*;
pub use licensing::*;
pub use telehealth::*;
