//! One record read with the mapping: the credential detail it describes or the problems that
//! keep it out, and every mapped field as read (for the preview).
//!
//! Limits: dates are read as Excel writes them in US and ISO forms (2015-07-01, 07/01/2015,
//! 7/1/15, 1-Jul-2015, a time of day after the date ignored), never day-first: 01/07/2015 is
//! January 7th. The kind, status and schedules are read from the names clinicians and boards
//! use for them; anything else is a row problem.

use chrono::NaiveDate;

use crate::model::{
    CredentialDetail, DeaRegistration, LicenseRoute, LicenseStatus, Schedule, StateCsr,
    StateLicense, TelehealthRegistration,
};
use crate::validation::Issue;
use crate::Jurisdiction;

use super::{CsvEncoding, CsvField, CsvValues};

/// A header or value compared as its letters and digits, lowercase.
pub(super) fn normalise(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// What the row is, from the kind column; state license when there is no kind column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RowKind {
    StateLicense,
    Dea,
    Csr,
    Telehealth,
}

impl RowKind {
    fn label(self) -> &'static str {
        match self {
            RowKind::StateLicense => "State license",
            RowKind::Dea => "DEA registration",
            RowKind::Csr => "State controlled-substance registration",
            RowKind::Telehealth => "Telehealth registration",
        }
    }
}

pub(super) fn row_kind(text: &str) -> Option<RowKind> {
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

/// The date forms Excel writes: the year first, or the month (day) first with a four-digit
/// or a two-digit year. Chosen by the length of the parts: chrono reads "7" as the year 7.
const YEAR_FIRST: &[&str] = &["%Y-%m-%d", "%Y/%m/%d"];
const LONG_YEAR: &[&str] = &["%m/%d/%Y", "%d-%b-%Y"];
const SHORT_YEAR: &[&str] = &["%m/%d/%y", "%d-%b-%y"];

pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
    // "07/01/2015 00:00", "2015-07-01T00:00:00": the time of day is not part of the date.
    let date = text.trim().split([' ', 'T']).next().unwrap_or_default();
    let parts: Vec<&str> = date.split(['/', '-']).collect();
    let formats = if parts.first().is_some_and(|p| p.len() == 4) {
        YEAR_FIRST
    } else if parts.last().is_some_and(|p| p.len() == 2) {
        SHORT_YEAR
    } else {
        LONG_YEAR
    };
    formats
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(date, f).ok())
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

/// The longest part of a cell a message quotes.
const SHOWN_CHARS: usize = 40;
/// The longest part of a cell the preview shows.
pub(super) const VALUE_CHARS: usize = 80;

/// At most `max` characters of `text`, "…" when cut.
pub(super) fn cut(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// A cell as quoted in a message: at most [`SHOWN_CHARS`] characters, control characters
/// (NUL, CR) escaped, so that a 1 MiB or binary cell still gives a short, readable message.
pub(super) fn shown(text: &str) -> String {
    let escaped: String = cut(text, SHOWN_CHARS)
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    format!("\"{escaped}\"")
}

/// A number as the preview shows it: its last characters (at most 4, at most half of it)
/// after a dot for each hidden one (at most 8), so that the column can be checked without
/// the number being shown.
pub(super) fn masked_number(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    let visible = (chars.len() / 2).min(4);
    let hidden = chars.len() - visible;
    let mut out = "•".repeat(hidden.min(8));
    out.extend(&chars[hidden..]);
    out
}

/// The cell of `field` in a record, trimmed; empty when the column is missing.
fn cell<'a>(record: &'a [String], mapping: &[CsvField], field: CsvField) -> &'a str {
    mapping
        .iter()
        .position(|f| *f == field)
        .and_then(|i| record.get(i))
        .map_or("", |s| s.trim())
}

/// What one record says: the detail (None when it cannot be built), its notes, its values
/// for the preview and its problems.
#[derive(Debug)]
pub(super) struct ReadRow {
    pub detail: Option<CredentialDetail>,
    pub notes: String,
    pub values: CsvValues,
    pub issues: Vec<Issue>,
}

/// A date cell: the date, its preview value, and an error when it is not a date.
fn date_cell(text: &str, name: &str, issues: &mut Vec<Issue>) -> (Option<NaiveDate>, String) {
    if text.is_empty() {
        return (None, String::new());
    }
    match parse_date(text) {
        Some(date) => (Some(date), date.to_string()),
        None => {
            issues.push(Issue::error(
                "date_unreadable",
                &format!("detail/{name}"),
                format!(
                    "{} is not a date: use YYYY-MM-DD or MM/DD/YYYY",
                    shown(text)
                ),
            ));
            (None, cut(text, VALUE_CHARS))
        }
    }
}

/// Reads one record into a credential detail, or the issues that prevent it.
pub(super) fn read_row(record: &[String], mapping: &[CsvField]) -> ReadRow {
    let mut issues = Vec::new();
    let text = |field| cell(record, mapping, field);
    let mut values = CsvValues {
        license_type: cut(text(CsvField::LicenseType), VALUE_CHARS),
        number: masked_number(text(CsvField::Number)),
        notes: cut(text(CsvField::Notes), VALUE_CHARS),
        ..CsvValues::default()
    };
    let kind = row_kind(text(CsvField::Kind));
    values.kind = kind.map_or_else(
        || cut(text(CsvField::Kind), VALUE_CHARS),
        |k| k.label().into(),
    );
    let jurisdiction = jurisdiction_cell(text(CsvField::Jurisdiction), mapping, &mut issues);
    values.jurisdiction = jurisdiction.map_or_else(
        || cut(text(CsvField::Jurisdiction), VALUE_CHARS),
        |j| j.code().into(),
    );
    let (issued, shown_issued) = date_cell(text(CsvField::Issued), "issued", &mut issues);
    let (expires, shown_expires) = date_cell(text(CsvField::Expires), "expires", &mut issues);
    values.issued = shown_issued;
    values.expires = shown_expires;
    let schedules_text = text(CsvField::Schedules);
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
    values.schedules = if schedules.is_empty() {
        cut(schedules_text, VALUE_CHARS)
    } else {
        let labels: Vec<&str> = schedules.iter().map(|s| s.label()).collect();
        labels.join(", ")
    };
    let status_text = text(CsvField::Status);
    let status = parse_status(status_text);
    // Only a license has a status: for the others an empty cell shows nothing.
    values.status = match status {
        _ if status_text.is_empty() && kind != Some(RowKind::StateLicense) => String::new(),
        Some(s) => s.code().into(),
        None => cut(status_text, VALUE_CHARS),
    };
    let status = status.unwrap_or_else(|| {
        issues.push(Issue::error(
            "status_unknown",
            "detail/status",
            format!("{} is not a license status", shown(status_text)),
        ));
        LicenseStatus::Active
    });
    let notes = text(CsvField::Notes).to_string();
    let Some(kind) = kind else {
        issues.insert(
            0,
            Issue::error(
                "kind_unsupported",
                "detail/kind",
                format!(
                    "{} is not a kind this import reads (state license, DEA, CSR, telehealth \
                     registration)",
                    shown(text(CsvField::Kind))
                ),
            ),
        );
        return ReadRow {
            detail: None,
            notes,
            values,
            issues,
        };
    };
    let number = text(CsvField::Number).to_string();
    let detail = jurisdiction.map(|jurisdiction| match kind {
        RowKind::StateLicense => CredentialDetail::StateLicense(StateLicense {
            jurisdiction,
            license_type: text(CsvField::LicenseType).to_string(),
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
    });
    ReadRow {
        detail,
        notes,
        values,
        issues,
    }
}

/// The state of a row, or the error that it is missing or unknown. When no column is read
/// as the state, the message says so: every row has the same error then.
fn jurisdiction_cell(
    text: &str,
    mapping: &[CsvField],
    issues: &mut Vec<Issue>,
) -> Option<Jurisdiction> {
    match text.parse::<Jurisdiction>() {
        Ok(j) => Some(j),
        Err(_) if !mapping.contains(&CsvField::Jurisdiction) => {
            issues.push(Issue::error(
                "required",
                "detail/jurisdiction",
                "The state is required: no column is read as the state",
            ));
            None
        }
        Err(_) if text.is_empty() => {
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
                format!("{} is not a US state, DC or territory code", shown(text)),
            ));
            None
        }
    }
}

/// A warning on the first mapped cell of a record that holds a character the encoding could
/// not read (U+FFFD): the value would be stored with it.
pub(super) fn replaced_characters(
    record: &[String],
    mapping: &[CsvField],
    encoding: CsvEncoding,
) -> Option<Issue> {
    let (field, _) = mapping
        .iter()
        .zip(record)
        .find(|(f, c)| **f != CsvField::Ignore && c.contains('\u{fffd}'))?;
    let path = match field {
        CsvField::Notes => "notes".to_string(),
        other => format!("detail/{}", other.name()),
    };
    Some(Issue::warning(
        "characters_replaced",
        &path,
        format!(
            "some characters could not be read as {} and show as \"\u{fffd}\": choose the \
             file's encoding",
            encoding.label()
        ),
    ))
}
