//! CME activities from a transcript as CE trackers and accreditors export it (a CSV of title,
//! provider, date, credits, credit type, topics): read like the credential import (the same
//! decoding, delimiter detection and header, `super::table`), each column mapped to an
//! activity field (detected from its header, or as chosen), each row turned into an activity
//! or its problems, with every mapped field shown for checking.
//!
//! Limits: nothing is stored here; the clinician confirms and the store adds the good rows.
//! Topics are read from the fixed list's names and a few common words for them; a topic not
//! recognised is a warning and left out (the activity still counts for its hours).

mod row;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::rows::normalise;
use super::table::{column_fields, read_table};
use super::{CsvDelimiter, CsvEncoding};
use crate::model::CmeActivity;
use crate::validation::has_errors;

/// What a transcript column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum CmeCsvField {
    Title,
    Provider,
    Completed,
    Hours,
    Category,
    Topics,
    Note,
    /// Not imported.
    Ignore,
}

impl CmeCsvField {
    /// Every field, in the order the form shows them.
    pub const ALL: &'static [CmeCsvField] = &[
        CmeCsvField::Title,
        CmeCsvField::Provider,
        CmeCsvField::Completed,
        CmeCsvField::Hours,
        CmeCsvField::Category,
        CmeCsvField::Topics,
        CmeCsvField::Note,
        CmeCsvField::Ignore,
    ];
}

/// What the clinician chose instead of what was detected; `None` keeps the detection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeCsvOptions {
    #[serde(default)]
    pub encoding: Option<CsvEncoding>,
    #[serde(default)]
    pub delimiter: Option<CsvDelimiter>,
    /// One field per column; missing columns are not imported.
    #[serde(default)]
    pub mapping: Option<Vec<CmeCsvField>>,
}

/// Every mapped field of a row as the import reads it (a date as YYYY-MM-DD, hours as a
/// number, the category and topics by name); a value that cannot be read as it is in the
/// file, cut to 80 characters. Empty: no value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeCsvValues {
    pub title: String,
    pub provider: String,
    pub completed: String,
    pub hours: String,
    pub category: String,
    pub topics: String,
    pub note: String,
}

/// One data row: the activity it describes (without an id) or the problems that keep it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeCsvRow {
    /// 1-based line of the row in the file.
    pub line: usize,
    pub values: CmeCsvValues,
    pub activity: Option<CmeActivity>,
    /// Errors (row skipped) and warnings (row imported).
    pub issues: Vec<crate::validation::Issue>,
}

/// What the transcript would import: how it was read and every row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CmeCsvPreview {
    pub encoding: CsvEncoding,
    pub detected_encoding: CsvEncoding,
    pub byte_order_mark: bool,
    pub delimiter: CsvDelimiter,
    pub detected_delimiter: CsvDelimiter,
    pub warning: Option<String>,
    pub headers: Vec<String>,
    /// One field per header.
    pub mapping: Vec<CmeCsvField>,
    pub rows: Vec<CmeCsvRow>,
    /// A problem with the file as a whole (too large, not text, no header); no rows then.
    pub problem: Option<String>,
}

/// The field a header names, or `Ignore`.
fn header_field(header: &str) -> CmeCsvField {
    match normalise(header).as_str() {
        "title" | "activity" | "activitytitle" | "activityname" | "course" | "coursetitle"
        | "coursename" | "name" | "program" => CmeCsvField::Title,
        "provider" | "accreditedprovider" | "sponsor" | "organization" | "organisation"
        | "accreditor" | "providername" => CmeCsvField::Provider,
        "completed" | "date" | "completiondate" | "datecompleted" | "completedon"
        | "activitydate" | "enddate" | "dateofcompletion" | "awarded" | "dateawarded" => {
            CmeCsvField::Completed
        }
        "hours" | "credits" | "credit" | "credithours" | "cmehours" | "cmecredits"
        | "creditsclaimed" | "creditsearned" | "amount" | "units" => CmeCsvField::Hours,
        "category" | "credittype" | "creditcategory" | "type" | "designation" | "cmecategory" => {
            CmeCsvField::Category
        }
        "topics" | "topic" | "subject" | "subjects" | "tags" | "specialtopics" => {
            CmeCsvField::Topics
        }
        "note" | "notes" | "comments" | "comment" | "remarks" => CmeCsvField::Note,
        _ => CmeCsvField::Ignore,
    }
}

/// The field of every column, from its header; a field named twice is read from its first
/// column only.
pub fn detect_cme_mapping(headers: &[String]) -> Vec<CmeCsvField> {
    let mut seen = Vec::new();
    headers
        .iter()
        .map(|h| {
            let field = header_field(h);
            if field != CmeCsvField::Ignore && seen.contains(&field) {
                return CmeCsvField::Ignore;
            }
            seen.push(field);
            field
        })
        .collect()
}

/// Reads a transcript's bytes with `options` (what is not chosen is detected) into a preview:
/// every data row as an activity (no id) or its problems, checked by the same rules as a form
/// save (`validate`, given the activity with a stand-in id and `today`).
pub fn preview_cme_csv(
    bytes: &[u8],
    options: &CmeCsvOptions,
    today: NaiveDate,
    validate: impl Fn(&CmeActivity, NaiveDate) -> Vec<crate::validation::Issue>,
) -> CmeCsvPreview {
    let table = read_table(bytes, options.encoding, options.delimiter);
    let mut preview = CmeCsvPreview {
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
    preview.mapping = column_fields(
        &table,
        options.mapping.as_deref(),
        CmeCsvField::Ignore,
        |headers, _| detect_cme_mapping(headers),
    );
    for record in table.records {
        let read = row::read_row(&record.cells, &preview.mapping);
        let mut issues = read.issues;
        if let Some(a) = &read.activity {
            // Checked with a stand-in id, as a form's save would be: the store assigns it.
            let stand_in = CmeActivity {
                id: format!("csv-line-{}", record.line),
                ..a.clone()
            };
            issues.extend(validate(&stand_in, today));
        }
        let activity = if has_errors(&issues) {
            None
        } else {
            read.activity
        };
        preview.rows.push(CmeCsvRow {
            line: record.line,
            values: read.values,
            activity,
            issues,
        });
    }
    preview
}
