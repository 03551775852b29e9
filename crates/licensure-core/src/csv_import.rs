//! Credentials from a spreadsheet (CSV): an RFC 4180 reader, a header → field mapping that
//! is detected and can be edited, and each row turned into a credential or its problems.
//!
//! Limits: reads state licenses, DEA registrations, state CSRs and telehealth registrations
//! (the records clinicians keep in spreadsheets); other kinds are reported as a row problem.
//! Nothing here stores anything: the preview is shown, the clinician confirms, and the store
//! adds the good rows in one transaction. Messages never contain the numbers being read, and
//! quote at most 40 characters of a cell, control characters escaped.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{
    Credential, CredentialDetail, DeaRegistration, LicenseRoute, LicenseStatus, Schedule, StateCsr,
    StateLicense, TelehealthRegistration,
};
use crate::validation::{has_errors, validate_credential_against, Issue};
use crate::Jurisdiction;

/// What a CSV column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvField {
    Kind,
    Jurisdiction,
    LicenseType,
    Number,
    Status,
    Issued,
    Expires,
    Schedules,
    Notes,
    /// Not imported.
    Ignore,
}

/// One data row of the file: the credential it describes (without an id: the store assigns
/// it) or the problems that keep it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsvRow {
    /// 1-based line of the row in the file (the header is line 1).
    pub line: usize,
    pub credential: Option<Credential>,
    /// Errors (row skipped) and warnings (row imported).
    pub issues: Vec<Issue>,
}

/// What the file would import with the mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsvPreview {
    pub headers: Vec<String>,
    /// One field per header.
    pub mapping: Vec<CsvField>,
    pub rows: Vec<CsvRow>,
    /// A problem with the file as a whole (unbalanced quote, no header); no rows then.
    pub problem: Option<String>,
}

/// Splits RFC 4180 text into records of fields: commas, double-quoted fields with `""` for a
/// quote, CRLF or LF line ends, line breaks inside quotes. Blank lines are skipped. Each record
/// comes with its 1-based starting line. An unterminated quote is an error naming its line.
pub fn parse_csv(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut quote_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_line = line;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                record.push(std::mem::take(&mut field));
                if !record.iter().all(|f| f.trim().is_empty()) {
                    records.push((record_line, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                record_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!(
            "a quoted field opened on line {quote_line} is never closed"
        ));
    }
    record.push(field);
    if !record.iter().all(|f| f.trim().is_empty()) {
        records.push((record_line, record));
    }
    Ok(records)
}

fn normalise(header: &str) -> String {
    header
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The field a header most likely names; `Ignore` when none.
pub fn detect_field(header: &str) -> CsvField {
    match normalise(header).as_str() {
        "kind" | "type" | "credential" | "credentialtype" | "credentialkind" | "category" => {
            CsvField::Kind
        }
        "state" | "jurisdiction" | "st" | "issuingstate" => CsvField::Jurisdiction,
        "licensetype" | "profession" | "licensecategory" | "designation" => CsvField::LicenseType,
        "number" | "license" | "licensenumber" | "licenseno" | "no" | "registrationnumber"
        | "deanumber" | "id" => CsvField::Number,
        "status" | "licensestatus" => CsvField::Status,
        "issued" | "issuedate" | "dateissued" | "issuedon" => CsvField::Issued,
        "expires" | "expiration" | "expirationdate" | "expiry" | "expirydate" | "expireson"
        | "renewal" | "renewaldate" => CsvField::Expires,
        "schedules" | "schedule" | "drugschedules" => CsvField::Schedules,
        "notes" | "note" | "comments" => CsvField::Notes,
        _ => CsvField::Ignore,
    }
}

/// What the row is, from the kind column; state license when there is no kind column.
#[derive(Clone, Copy)]
enum RowKind {
    StateLicense,
    Dea,
    Csr,
    Telehealth,
}

fn row_kind(text: &str) -> Option<RowKind> {
    match normalise(text).as_str() {
        "" | "license" | "statelicense" | "medicallicense" | "licence" => {
            Some(RowKind::StateLicense)
        }
        "dea" | "dearegistration" | "deacertificate" => Some(RowKind::Dea),
        "csr"
        | "statecsr"
        | "cds"
        | "csa"
        | "controlledsubstance"
        | "controlledsubstanceregistration"
        | "statecontrolledsubstanceregistration" => Some(RowKind::Csr),
        "telehealth" | "telehealthregistration" | "telemedicine" | "telehealthpermit" => {
            Some(RowKind::Telehealth)
        }
        _ => None,
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%m/%d/%Y"))
        .ok()
}

fn parse_status(text: &str) -> Option<LicenseStatus> {
    Some(match normalise(text).as_str() {
        "" | "active" | "current" | "clear" => LicenseStatus::Active,
        "inactive" => LicenseStatus::Inactive,
        "expired" | "lapsed" => LicenseStatus::Expired,
        "pending" => LicenseStatus::Pending,
        "restricted" => LicenseStatus::Restricted,
        "probation" => LicenseStatus::Probation,
        "revoked" => LicenseStatus::Revoked,
        _ => return None,
    })
}

fn parse_schedules(text: &str) -> Option<Vec<Schedule>> {
    let mut out = Vec::new();
    for part in text
        .split(|c: char| c == ',' || c == ';' || c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        let s = match part.to_uppercase().as_str() {
            "2" | "II" => Schedule::S2,
            "2N" | "IIN" => Schedule::S2N,
            "3" | "III" => Schedule::S3,
            "3N" | "IIIN" => Schedule::S3N,
            "4" | "IV" => Schedule::S4,
            "5" | "V" => Schedule::S5,
            _ => return None,
        };
        if !out.contains(&s) {
            out.push(s);
        }
    }
    Some(out)
}

/// A cell as quoted in a message: at most [`SHOWN_CHARS`] characters, control characters
/// (NUL, CR) escaped, so that a 1 MiB or binary cell still gives a short, readable message.
fn shown(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(SHOWN_CHARS)
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    if text.chars().nth(SHOWN_CHARS).is_some() {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// The longest part of a cell a message quotes.
const SHOWN_CHARS: usize = 40;

/// The cell of `field` in a record, trimmed; empty when the column is missing.
fn cell<'a>(record: &'a [String], mapping: &[CsvField], field: CsvField) -> &'a str {
    mapping
        .iter()
        .position(|f| *f == field)
        .and_then(|i| record.get(i))
        .map_or("", |s| s.trim())
}

fn date_cell(
    record: &[String],
    mapping: &[CsvField],
    field: CsvField,
    name: &str,
    issues: &mut Vec<Issue>,
) -> Option<NaiveDate> {
    let text = cell(record, mapping, field);
    if text.is_empty() {
        return None;
    }
    let date = parse_date(text);
    if date.is_none() {
        issues.push(Issue::error(
            "date_unreadable",
            &format!("detail/{name}"),
            format!(
                "{} is not a date: use YYYY-MM-DD or MM/DD/YYYY",
                shown(text)
            ),
        ));
    }
    date
}

/// Reads one record into a credential detail, or the issues that prevent it.
fn detail_of(record: &[String], mapping: &[CsvField]) -> (Option<CredentialDetail>, Vec<Issue>) {
    let mut issues = Vec::new();
    let kind_text = cell(record, mapping, CsvField::Kind);
    let Some(kind) = row_kind(kind_text) else {
        issues.push(Issue::error(
            "kind_unsupported",
            "detail/kind",
            format!("{} is not a kind this import reads (state license, DEA, CSR, telehealth registration)", shown(kind_text)),
        ));
        return (None, issues);
    };
    let state_text = cell(record, mapping, CsvField::Jurisdiction);
    let jurisdiction = match state_text.parse::<Jurisdiction>() {
        Ok(j) => Some(j),
        Err(_) if state_text.is_empty() => {
            issues.push(Issue::error(
                "required",
                "detail/jurisdiction",
                "The state is required",
            ));
            None
        }
        Err(_) => {
            issues.push(Issue::error(
                "jurisdiction_unknown",
                "detail/jurisdiction",
                format!(
                    "{} is not a US state, DC or territory code",
                    shown(state_text)
                ),
            ));
            None
        }
    };
    let number = cell(record, mapping, CsvField::Number).to_string();
    let issued = date_cell(record, mapping, CsvField::Issued, "issued", &mut issues);
    let expires = date_cell(record, mapping, CsvField::Expires, "expires", &mut issues);
    let schedules_text = cell(record, mapping, CsvField::Schedules);
    let schedules = parse_schedules(schedules_text).unwrap_or_else(|| {
        issues.push(Issue::error(
            "schedules_unreadable",
            "detail/schedules",
            format!(
                "{} is not a list of schedules (2, 2N, 3, 3N, 4, 5)",
                shown(schedules_text)
            ),
        ));
        Vec::new()
    });
    let status_text = cell(record, mapping, CsvField::Status);
    let status = parse_status(status_text).unwrap_or_else(|| {
        issues.push(Issue::error(
            "status_unknown",
            "detail/status",
            format!("{} is not a license status", shown(status_text)),
        ));
        LicenseStatus::Active
    });
    let Some(jurisdiction) = jurisdiction else {
        return (None, issues);
    };
    let detail = match kind {
        RowKind::StateLicense => CredentialDetail::StateLicense(StateLicense {
            jurisdiction,
            license_type: cell(record, mapping, CsvField::LicenseType).to_string(),
            number,
            status,
            restriction_notes: String::new(),
            issued,
            expires,
            route: LicenseRoute::Direct,
        }),
        RowKind::Dea => CredentialDetail::DeaRegistration(DeaRegistration {
            number,
            jurisdiction,
            schedules,
            expires,
        }),
        RowKind::Csr => CredentialDetail::StateCsr(StateCsr {
            jurisdiction,
            number,
            schedules,
            issued,
            expires,
        }),
        RowKind::Telehealth => CredentialDetail::TelehealthRegistration(TelehealthRegistration {
            jurisdiction,
            number,
            issued,
            expires,
            limits: String::new(),
        }),
    };
    (Some(detail), issues)
}

/// Reads `text` with `mapping` (None: detected from the header) into a preview: every data
/// row as a credential (no id) or its problems, validated by the same rules as a form save,
/// against `existing` and the rows above it (a duplicate within the file is an error too).
pub fn preview_csv(
    text: &str,
    mapping: Option<&[CsvField]>,
    existing: &[Credential],
    family_name: Option<&str>,
) -> CsvPreview {
    let records = match parse_csv(text) {
        Ok(r) => r,
        Err(problem) => {
            return CsvPreview {
                headers: Vec::new(),
                mapping: Vec::new(),
                rows: Vec::new(),
                problem: Some(problem),
            }
        }
    };
    let mut records = records.into_iter();
    let Some((_, headers)) = records.next() else {
        return CsvPreview {
            headers: Vec::new(),
            mapping: Vec::new(),
            rows: Vec::new(),
            problem: Some("the file is empty: it needs a header line and rows".to_string()),
        };
    };
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_string()).collect();
    let mapping: Vec<CsvField> = match mapping {
        Some(m) => (0..headers.len())
            .map(|i| m.get(i).copied().unwrap_or(CsvField::Ignore))
            .collect(),
        None => headers.iter().map(|h| detect_field(h)).collect(),
    };
    let mut seen: Vec<Credential> = existing.to_vec();
    let mut rows = Vec::new();
    for (line, record) in records {
        let (detail, mut issues) = detail_of(&record, &mapping);
        let credential = detail.map(|detail| Credential {
            id: format!("csv-line-{line}"),
            detail,
            notes: cell(&record, &mapping, CsvField::Notes).to_string(),
        });
        if let Some(c) = &credential {
            issues.extend(validate_credential_against(c, &seen, family_name));
        }
        let credential = if has_errors(&issues) {
            None
        } else {
            credential.map(|c| {
                seen.push(c.clone());
                Credential {
                    id: String::new(),
                    ..c
                }
            })
        };
        rows.push(CsvRow {
            line,
            credential,
            issues,
        });
    }
    CsvPreview {
        headers,
        mapping,
        rows,
        problem: None,
    }
}
