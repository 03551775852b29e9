//! Which field each column holds, from its header and its values: a "Type" column holding
//! MD, DO, RN, NP, PA … is the license type, one holding "DEA", "CSR", "State license" … is
//! the credential kind, whatever the header says; a column with an unknown header whose
//! values are plainly kinds or license types is read as such.
//!
//! Limits: values decide only between the kind and the license type (the two columns
//! spreadsheets confuse); the other fields come from the header alone. At most the first
//! [`SAMPLE_ROWS`] rows are looked at.

use crate::license_standing::license_type_fits;
use crate::model::Profession;
use crate::Jurisdiction;

use super::rows::{normalise, row_kind, RowKind};
use super::CsvField;

/// How many data rows the values are read from.
const SAMPLE_ROWS: usize = 200;

/// What a header says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderSays {
    Field(CsvField),
    /// "Type": the credential kind or the license type; the values decide.
    KindOrLicenseType,
}

fn header_says(header: &str) -> HeaderSays {
    HeaderSays::Field(match normalise(header).as_str() {
        "type" | "credentialtype" | "licensetypes" => return HeaderSays::KindOrLicenseType,
        "kind" | "credential" | "credentialkind" | "category" | "credentialcategory" => {
            CsvField::Kind
        }
        "state" | "jurisdiction" | "st" | "issuingstate" | "licensestate" | "stateoflicensure" => {
            CsvField::Jurisdiction
        }
        "licensetype" | "profession" | "licensecategory" | "designation" | "degree" => {
            CsvField::LicenseType
        }
        "number" | "license" | "licensenumber" | "licenseno" | "no" | "registrationnumber"
        | "deanumber" | "id" | "licenseid" | "certificatenumber" => CsvField::Number,
        "status" | "licensestatus" => CsvField::Status,
        "issued" | "issuedate" | "dateissued" | "issuedon" | "originalissuedate"
        | "effectivedate" => CsvField::Issued,
        "expires" | "expiration" | "expirationdate" | "expiry" | "expirydate" | "expireson"
        | "expdate" | "renewal" | "renewaldate" => CsvField::Expires,
        "schedules" | "schedule" | "drugschedules" => CsvField::Schedules,
        "notes" | "note" | "comments" | "comment" | "remarks" => CsvField::Notes,
        _ => CsvField::Ignore,
    })
}

/// What a column's non-empty values look like.
#[derive(Debug, Default)]
struct Values {
    total: usize,
    /// Credential kinds this import reads ("State license", "DEA", "CSR" …).
    kinds: usize,
    /// Kinds other than a state license: a column holding only "License" proves little.
    other_kinds: usize,
    /// License types a board uses (MD, DO, RN, "Physician and Surgeon" …).
    license_types: usize,
    /// License types that are also state codes (MD, PA, DE …).
    state_codes: usize,
}

impl Values {
    fn of(rows: &[&[String]], column: usize) -> Self {
        let mut v = Values::default();
        for cell in rows.iter().take(SAMPLE_ROWS).filter_map(|r| r.get(column)) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            v.total += 1;
            match row_kind(cell) {
                Some(RowKind::StateLicense) => v.kinds += 1,
                Some(_) => {
                    v.kinds += 1;
                    v.other_kinds += 1;
                }
                None => {}
            }
            if Profession::ALL.iter().any(|p| license_type_fits(*p, cell)) {
                v.license_types += 1;
                if cell.parse::<Jurisdiction>().is_ok() {
                    v.state_codes += 1;
                }
            }
        }
        v
    }

    fn mostly(&self, n: usize) -> bool {
        n * 2 > self.total
    }

    fn are_kinds(&self) -> bool {
        self.mostly(self.kinds) && self.kinds > self.license_types
    }

    fn are_license_types(&self) -> bool {
        self.mostly(self.license_types) && self.license_types > self.kinds
    }
}

/// The field of every column, from its header and the values under it in `rows`.
pub fn detect_mapping(headers: &[String], rows: &[&[String]]) -> Vec<CsvField> {
    let said: Vec<HeaderSays> = headers.iter().map(|h| header_says(h)).collect();
    let has = |field: CsvField| said.contains(&HeaderSays::Field(field));
    said.iter()
        .enumerate()
        .map(|(column, says)| {
            let values = Values::of(rows, column);
            match *says {
                HeaderSays::KindOrLicenseType if values.are_kinds() => CsvField::Kind,
                HeaderSays::KindOrLicenseType => CsvField::LicenseType,
                HeaderSays::Field(CsvField::Kind) if values.are_license_types() => {
                    CsvField::LicenseType
                }
                HeaderSays::Field(CsvField::LicenseType)
                    if values.are_kinds() && values.other_kinds > 0 =>
                {
                    CsvField::Kind
                }
                HeaderSays::Field(CsvField::Ignore)
                    if !has(CsvField::Kind) && values.are_kinds() && values.other_kinds > 0 =>
                {
                    CsvField::Kind
                }
                // Only MD, PA … could be Maryland, Pennsylvania …: a license type when
                // another column holds the state.
                HeaderSays::Field(CsvField::Ignore)
                    if !has(CsvField::LicenseType)
                        && values.are_license_types()
                        && (values.state_codes < values.license_types
                            || has(CsvField::Jurisdiction)) =>
                {
                    CsvField::LicenseType
                }
                HeaderSays::Field(field) => field,
            }
        })
        .collect()
}
