//! The packet's first page: who it is for, the offer and its patient states if any, when it
//! was prepared and the reference data's as-of date, and what it holds.

use chrono::NaiveDate;
use licensure_core::model::{Offer, Profile};

use crate::pdf::sheet::Sheet;
use crate::pdf::text::Font;

/// What the cover says.
#[derive(Debug)]
pub struct Cover<'a> {
    pub profile: Option<&'a Profile>,
    pub offer: Option<&'a Offer>,
    pub prepared: NaiveDate,
    pub reference_as_of: NaiveDate,
    pub credentials: usize,
    pub documents: usize,
    pub left_out: usize,
}

impl Cover<'_> {
    /// The cover as lines on a sheet of its own.
    pub fn sheet(&self) -> Sheet {
        let mut sheet = Sheet::new();
        sheet.line(Font::Bold, 22.0, 0.0, "Credentialing packet");
        sheet.gap(10.0);
        match self.profile {
            Some(p) => {
                let name = format!("{} {}", p.given_name, p.family_name);
                sheet.line(Font::Bold, 16.0, 0.0, &name);
                self.field(&mut sheet, "Profession", p.profession.label());
                let npi = p.npi.as_deref().filter(|n| !n.is_empty());
                self.field(&mut sheet, "NPI", npi.unwrap_or("not recorded"));
            }
            None => sheet.line(Font::Regular, 12.0, 0.0, "No profile recorded"),
        }
        sheet.gap(10.0);
        if let Some(offer) = self.offer {
            let what = if offer.role.is_empty() {
                offer.employer.clone()
            } else {
                format!("{} - {}", offer.employer, offer.role)
            };
            self.field(&mut sheet, "Offer", &what);
            let states: Vec<String> = offer
                .patient_jurisdictions
                .iter()
                .map(|j| format!("{} ({})", j.name(), j.code()))
                .collect();
            self.field(&mut sheet, "Patient states", &states.join(", "));
            let period = match offer.end {
                Some(end) => format!("{} to {end}", offer.start),
                None => format!("from {} (open-ended)", offer.start),
            };
            self.field(&mut sheet, "Period", &period);
            sheet.gap(10.0);
        }
        self.field(&mut sheet, "Prepared", &self.prepared.to_string());
        self.field(
            &mut sheet,
            "Reference data as of",
            &self.reference_as_of.to_string(),
        );
        let mut contents = format!(
            "{} credential(s), {} attached document(s)",
            self.credentials, self.documents
        );
        if self.left_out > 0 {
            contents.push_str(&format!(
                "; {} document(s) left out, named in the summary",
                self.left_out
            ));
        }
        self.field(&mut sheet, "Contents", &contents);
        sheet.gap(24.0);
        sheet.paragraph(
            Font::Regular,
            9.0,
            0.0,
            "Prepared with Licensure on the clinician's own computer from the records they keep. \
             It contains license, registration and policy numbers: share it only with the \
             credentialing office that asked for it.",
        );
        sheet
    }

    fn field(&self, sheet: &mut Sheet, label: &str, value: &str) {
        sheet.paragraph(Font::Regular, 11.0, 0.0, &format!("{label}: {value}"));
    }
}
