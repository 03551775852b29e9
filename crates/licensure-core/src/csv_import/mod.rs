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

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Credential;
use crate::validation::{has_errors, validate_credential_against, Issue};

pub use mapping::detect_mapping;

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
    let mut preview = CsvPreview {
        encoding: CsvEncoding::Utf8,
        detected_encoding: CsvEncoding::Utf8,
        byte_order_mark: false,
        delimiter: CsvDelimiter::Comma,
        detected_delimiter: CsvDelimiter::Comma,
        warning: None,
        headers: Vec::new(),
        mapping: Vec::new(),
        rows: Vec::new(),
        problem: None,
    };
    if bytes.len() > MAX_CSV_BYTES {
        preview.problem = Some(format!(
            "the file is {} KiB: the import reads files of at most {} KiB",
            bytes.len().div_ceil(1024),
            MAX_CSV_BYTES / 1024
        ));
        return preview;
    }
    let decoded = decode::decode(bytes, options.encoding);
    preview.encoding = decoded.used;
    preview.detected_encoding = decoded.detected;
    preview.byte_order_mark = decoded.byte_order_mark;
    if let Some(what) = decode::not_text(bytes, &decoded.text) {
        preview.problem = Some(format!(
            "this is {what}, not a CSV file: save the spreadsheet as CSV \
             (in Excel: File › Save As › CSV UTF-8)"
        ));
        return preview;
    }
    if decoded.replaced > 0 {
        preview.warning = Some(format!(
            "{} character(s) could not be read as {} and show as \"\u{fffd}\": the file is \
             probably in another encoding; choose it",
            decoded.replaced,
            decoded.used.label()
        ));
    }
    preview.detected_delimiter = records::detect_delimiter(&decoded.text);
    preview.delimiter = options.delimiter.unwrap_or(preview.detected_delimiter);
    let mut records = records::read(&decoded.text, preview.delimiter).into_iter();
    let Some(header) = records.next() else {
        preview.problem = Some("the file is empty: it needs a header line and rows".to_string());
        return preview;
    };
    let records: Vec<records::Record> = records.collect();
    preview.headers = header.cells.iter().map(|h| h.trim().to_string()).collect();
    preview.mapping = match &options.mapping {
        Some(m) => (0..preview.headers.len())
            .map(|i| m.get(i).copied().unwrap_or(CsvField::Ignore))
            .collect(),
        None => {
            let cells: Vec<&[String]> = records.iter().map(|r| r.cells.as_slice()).collect();
            detect_mapping(&preview.headers, &cells)
        }
    };
    let mut seen: Vec<Credential> = existing.to_vec();
    for record in records {
        let read = rows::read_row(&record.cells, &preview.mapping);
        let mut issues = read.issues;
        if decoded.replaced > 0 {
            issues.extend(rows::replaced_characters(
                &record.cells,
                &preview.mapping,
                decoded.used,
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
