//! Credentials from a spreadsheet as people have them: the file's bytes decoded (encoding
//! detected or chosen), split into records (delimiter detected or chosen), columns mapped to
//! fields (from the header and the values, or as chosen), and each row turned into a
//! credential or its problems, with every mapped field shown for checking.
//!
//! Limits: reads state licenses, DEA registrations, state CSRs and telehealth registrations
//! (the records clinicians keep in spreadsheets); other kinds are reported as a row problem.
//! Nothing here stores anything: the preview is shown, the clinician confirms, and the store
//! adds the good rows in one transaction. Messages never contain the numbers being read, and
//! quote at most 40 characters of a cell, control characters escaped; the preview shows a
//! number masked (its last characters only).

mod decode;
mod mapping;
mod records;
mod rows;
mod table;
mod transcript;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Credential;
use crate::validation::{has_errors, validate_credential_against, Issue};

pub use mapping::detect_mapping;
pub use transcript::{
    detect_cme_mapping, preview_cme_csv, CmeCsvField, CmeCsvOptions, CmeCsvPreview, CmeCsvRow,
    CmeCsvValues,
};

/// The largest file the import reads, in bytes (a spreadsheet of credentials is a few KiB).
pub const MAX_CSV_BYTES: usize = 8 * 1024 * 1024;

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

impl CsvField {
    /// Every field, in the order a form shows them.
    pub const ALL: &'static [CsvField] = &[
        CsvField::Kind,
        CsvField::Jurisdiction,
        CsvField::LicenseType,
        CsvField::Number,
        CsvField::Status,
        CsvField::Issued,
        CsvField::Expires,
        CsvField::Schedules,
        CsvField::Notes,
        CsvField::Ignore,
    ];

    /// Its wire name ("license_type").
    pub fn name(self) -> &'static str {
        match self {
            CsvField::Kind => "kind",
            CsvField::Jurisdiction => "jurisdiction",
            CsvField::LicenseType => "license_type",
            CsvField::Number => "number",
            CsvField::Status => "status",
            CsvField::Issued => "issued",
            CsvField::Expires => "expires",
            CsvField::Schedules => "schedules",
            CsvField::Notes => "notes",
            CsvField::Ignore => "ignore",
        }
    }
}

/// The character encodings the import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvEncoding {
    /// UTF-8 (Excel's "CSV UTF-8", with a byte order mark; most other programs, without).
    Utf8,
    /// UTF-16 little-endian (Excel's "Unicode text" on Windows).
    Utf16Le,
    /// UTF-16 big-endian.
    Utf16Be,
    /// Windows-1252 (Excel's plain "CSV" on Windows in Western locales).
    Windows1252,
    /// Mac OS Roman (older Excel for Mac's "CSV (Macintosh)").
    MacRoman,
}

impl CsvEncoding {
    /// Every encoding, in the order a choice lists them.
    pub const ALL: &'static [CsvEncoding] = &[
        CsvEncoding::Utf8,
        CsvEncoding::Utf16Le,
        CsvEncoding::Utf16Be,
        CsvEncoding::Windows1252,
        CsvEncoding::MacRoman,
    ];

    /// The encoding's usual name ("Windows-1252").
    pub fn label(self) -> &'static str {
        match self {
            CsvEncoding::Utf8 => "UTF-8",
            CsvEncoding::Utf16Le => "UTF-16 LE",
            CsvEncoding::Utf16Be => "UTF-16 BE",
            CsvEncoding::Windows1252 => "Windows-1252",
            CsvEncoding::MacRoman => "Mac OS Roman",
        }
    }
}

/// The characters that separate cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvDelimiter {
    Comma,
    /// Excel's CSV in locales whose decimal separator is a comma.
    Semicolon,
    /// Excel's "Unicode text" and "Text (tab delimited)".
    Tab,
}

impl CsvDelimiter {
    /// Every delimiter, in the order detection prefers them on a tie.
    pub const ALL: &'static [CsvDelimiter] = &[
        CsvDelimiter::Comma,
        CsvDelimiter::Semicolon,
        CsvDelimiter::Tab,
    ];

    /// The byte it is in the file.
    pub fn byte(self) -> u8 {
        match self {
            CsvDelimiter::Comma => b',',
            CsvDelimiter::Semicolon => b';',
            CsvDelimiter::Tab => b'\t',
        }
    }

    /// Its name ("semicolon").
    pub fn label(self) -> &'static str {
        match self {
            CsvDelimiter::Comma => "comma",
            CsvDelimiter::Semicolon => "semicolon",
            CsvDelimiter::Tab => "tab",
        }
    }
}

/// What the clinician chose instead of what was detected; `None` keeps the detection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsvOptions {
    #[serde(default)]
    pub encoding: Option<CsvEncoding>,
    #[serde(default)]
    pub delimiter: Option<CsvDelimiter>,
    /// One field per column; missing columns are not imported.
    #[serde(default)]
    pub mapping: Option<Vec<CsvField>>,
}

/// Every mapped field of a row as the import reads it, for checking before confirming: a
/// value read is shown in its usual form (a date as YYYY-MM-DD, a state as its code), one
/// that cannot be read as it is in the file (cut to 80 characters). Empty: no value. The
/// number is masked: only its last characters are shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsvValues {
    pub kind: String,
    pub jurisdiction: String,
    pub license_type: String,
    pub number: String,
    pub status: String,
    pub issued: String,
    pub expires: String,
    pub schedules: String,
    pub notes: String,
}

/// One data row of the file: the credential it describes (without an id: the store assigns
/// it) or the problems that keep it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsvRow {
    /// 1-based line of the row in the file (the header is usually line 1).
    pub line: usize,
    pub values: CsvValues,
    pub credential: Option<Credential>,
    /// Errors (row skipped) and warnings (row imported).
    pub issues: Vec<Issue>,
}

/// What the file would import: how it was read (encoding, delimiter, mapping, each detected
/// unless chosen) and every row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CsvPreview {
    /// The encoding the file was read with.
    pub encoding: CsvEncoding,
    /// The encoding detection found (the same unless another was chosen).
    pub detected_encoding: CsvEncoding,
    /// The file starts with a byte order mark.
    pub byte_order_mark: bool,
    pub delimiter: CsvDelimiter,
    pub detected_delimiter: CsvDelimiter,
    /// Bytes the encoding could not read were replaced by "�": the text is not what the file
    /// holds, and another encoding is likely the right one.
    pub warning: Option<String>,
    pub headers: Vec<String>,
    /// One field per header.
    pub mapping: Vec<CsvField>,
    pub rows: Vec<CsvRow>,
    /// A problem with the file as a whole (too large, not text, no header); no rows then.
    pub problem: Option<String>,
}

/// Reads a file's bytes with `options` (what is not chosen is detected) into a preview:
/// every data row as a credential (no id) or its problems, validated by the same rules as a
/// form save, against `existing` and the rows above it (a duplicate within the file is an
/// error too).
pub fn preview_csv(
    bytes: &[u8],
    options: &CsvOptions,
    existing: &[Credential],
    family_name: Option<&str>,
) -> CsvPreview {
    let table = table::read_table(bytes, options.encoding, options.delimiter);
    let mut preview = CsvPreview {
        encoding: table.encoding,
        detected_encoding: table.detected_encoding,
        byte_order_mark: table.byte_order_mark,
        delimiter: table.delimiter,
        detected_delimiter: table.detected_delimiter,
        warning: table.warning.clone(),
        headers: table.headers.clone(),
        mapping: Vec::new(),
        rows: Vec::new(),
        problem: table.problem.clone(),
    };
    if preview.problem.is_some() {
        return preview;
    }
    preview.mapping = table::column_fields(
        &table,
        options.mapping.as_deref(),
        CsvField::Ignore,
        detect_mapping,
    );
    let mut seen: Vec<Credential> = existing.to_vec();
    for record in table.records {
        let read = rows::read_row(&record.cells, &preview.mapping);
        let mut issues = read.issues;
        if table.replaced > 0 {
            issues.extend(rows::replaced_characters(
                &record.cells,
                &preview.mapping,
                table.encoding,
            ));
        }
        let credential = read.detail.map(|detail| Credential {
            id: format!("csv-line-{}", record.line),
            detail,
            notes: read.notes,
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
        preview.rows.push(CsvRow {
            line: record.line,
            values: read.values,
            credential,
            issues,
        });
    }
    preview
}
