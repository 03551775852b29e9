//! A sample clinician (Dr. Maya Rivera, MD in TX, NY and FL) for first runs, demos and tests.
//! All identifiers in it are made up but well formed (valid check digits).

use crate::document::{parse_import, ExportDocument};

/// The sample as the JSON document it is stored in.
pub const CLINICIAN_JSON: &str = include_str!("clinician.json");

/// The sample clinician as a document ready for [`crate::Store::replace_all`].
pub fn clinician() -> Option<ExportDocument> {
    parse_import(CLINICIAN_JSON).ok().map(|(doc, _)| doc)
}
