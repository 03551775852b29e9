//! `licensure import-csv FILE`: adds the credentials of a spreadsheet, as the app's CSV import
//! does, for scripts. Prints how the file was read (encoding, delimiter, each column's field,
//! each detected unless chosen with `--encoding`, `--delimiter`, `--map COLUMN=FIELD`) and
//! every row with every mapped field and its problems; then stores every row in one
//! transaction, or nothing: with `--dry-run`, or when any row is refused (exit 3).
//!
//! Limits: the rules are licensure-core's `csv_import` (the app's preview). Numbers are shown
//! masked, in the plain and the JSON output alike; the rows' credentials are not printed.

use std::io::Read;
use std::path::Path;

use licensure_core::csv_import::{
    preview_csv, CsvDelimiter, CsvEncoding, CsvField, CsvOptions, CsvPreview, CsvValues,
    MAX_CSV_BYTES,
};
use licensure_core::validation::{has_errors, Issue, Severity};
use serde::Serialize;

use super::Context;
use crate::exit::Exit;
use crate::{output, plain};

/// What was asked besides the file.
#[derive(Debug, Default)]
pub struct Choices {
    pub dry_run: bool,
    pub encoding: Option<CsvEncoding>,
    pub delimiter: Option<CsvDelimiter>,
    /// Columns (by header) read as a field instead of the detected one.
    pub map: Vec<(String, CsvField)>,
}

/// A column and the field it is read as.
#[derive(Debug, Serialize)]
struct Column<'a> {
    header: &'a str,
    field: CsvField,
}

/// A row as reported: never the credential itself, whose number the values show masked.
#[derive(Debug, Serialize)]
struct Row<'a> {
    line: usize,
    accepted: bool,
    values: &'a CsvValues,
    issues: &'a [Issue],
}

/// The JSON report.
#[derive(Debug, Serialize)]
struct Report<'a> {
    file: String,
    encoding: CsvEncoding,
    detected_encoding: CsvEncoding,
    byte_order_mark: bool,
    delimiter: CsvDelimiter,
    detected_delimiter: CsvDelimiter,
    warning: Option<&'a str>,
    problem: Option<&'a str>,
    columns: Vec<Column<'a>>,
    rows: Vec<Row<'a>>,
    dry_run: bool,
    /// Credentials stored by this run.
    stored: usize,
}

pub fn run(ctx: &Context, file: &Path, choices: &Choices) -> Result<(), Exit> {
    let bytes = read(file)?;
    let store = ctx.store()?;
    let existing = store.credentials()?;
    let family = store.profile()?.map(|p| p.family_name);
    let mut options = CsvOptions {
        encoding: choices.encoding,
        delimiter: choices.delimiter,
        mapping: None,
    };
    let mut preview = preview_csv(&bytes, &options, &existing, family.as_deref());
    if !choices.map.is_empty() && preview.problem.is_none() {
        options.mapping = Some(remapped(&preview, &choices.map, file)?);
        preview = preview_csv(&bytes, &options, &existing, family.as_deref());
    }
    let good: Vec<_> = preview
        .rows
        .iter()
        .filter_map(|r| r.credential.clone())
        .collect();
    let refused = preview.rows.len() - good.len();
    let outcome = if let Some(problem) = &preview.problem {
        Err(Exit::refused(format!("{}: {problem}", file.display())))
    } else if preview.rows.is_empty() {
        Err(Exit::refused(format!(
            "{}: no rows below the header: nothing to import",
            file.display()
        )))
    } else if refused > 0 {
        Err(Exit::refused(format!(
            "{refused} of {} row(s) refused (see each row's errors); nothing was stored",
            preview.rows.len()
        )))
    } else {
        Ok(())
    };
    let stored = match outcome {
        Ok(()) if !choices.dry_run => store.add_credentials(good)?.len(),
        _ => 0,
    };
    if ctx.json {
        output::json(&report(file, &preview, choices.dry_run, stored))?;
    } else {
        output::lines(&plain_report(file, &preview, choices, &options))?;
    }
    outcome?;
    if choices.dry_run {
        output::note(&format!(
            "dry run: {} row(s) would be imported; nothing was stored",
            preview.rows.len()
        ));
    } else {
        output::note(&format!("imported {stored} credential(s)"));
    }
    Ok(())
}

/// The file's bytes ("-": standard input), refused when unreadable or larger than the import
/// reads.
fn read(file: &Path) -> Result<Vec<u8>, Exit> {
    let limit = u64::try_from(MAX_CSV_BYTES).unwrap_or(u64::MAX);
    let cannot = |e: std::io::Error| Exit::refused(format!("cannot read {}: {e}", file.display()));
    let mut bytes = Vec::new();
    if file == Path::new("-") {
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    } else {
        std::fs::File::open(file)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
            .map_err(cannot)?;
    }
    if bytes.len() > MAX_CSV_BYTES {
        return Err(Exit::refused(format!(
            "{} is larger than {} KiB, the most the import reads: it is not a spreadsheet of \
             credentials",
            file.display(),
            MAX_CSV_BYTES / 1024
        )));
    }
    Ok(bytes)
}

/// The detected mapping with `--map` applied; a column no header names is a usage error.
fn remapped(
    preview: &CsvPreview,
    map: &[(String, CsvField)],
    file: &Path,
) -> Result<Vec<CsvField>, Exit> {
    let mut mapping = preview.mapping.clone();
    for (column, field) in map {
        let mut found = false;
        for (i, header) in preview.headers.iter().enumerate() {
            if header.eq_ignore_ascii_case(column.trim()) {
                mapping[i] = *field;
                found = true;
            }
        }
        if !found {
            let quoted: Vec<String> = preview.headers.iter().map(|h| format!("{h:?}")).collect();
            return Err(Exit::usage(format!(
                "--map {column}={}: {} has no column {column:?}; its columns are {}",
                field.name(),
                file.display(),
                quoted.join(", ")
            )));
        }
    }
    Ok(mapping)
}

fn report<'a>(file: &Path, p: &'a CsvPreview, dry_run: bool, stored: usize) -> Report<'a> {
    Report {
        file: file.display().to_string(),
        encoding: p.encoding,
        detected_encoding: p.detected_encoding,
        byte_order_mark: p.byte_order_mark,
        delimiter: p.delimiter,
        detected_delimiter: p.detected_delimiter,
        warning: p.warning.as_deref(),
        problem: p.problem.as_deref(),
        columns: p
            .headers
            .iter()
            .zip(&p.mapping)
            .map(|(header, field)| Column {
                header,
                field: *field,
            })
            .collect(),
        rows: p
            .rows
            .iter()
            .map(|r| Row {
                line: r.line,
                accepted: r.credential.is_some(),
                values: &r.values,
                issues: &r.issues,
            })
            .collect(),
        dry_run,
        stored,
    }
}

/// "detected" or "chosen; detected: …".
fn how<T: PartialEq>(chosen: bool, used: T, detected: T, label: fn(T) -> String) -> String {
    if !chosen || used == detected {
        "detected".to_string()
    } else {
        format!("chosen; detected: {}", label(detected))
    }
}

fn plain_report(
    file: &Path,
    p: &CsvPreview,
    choices: &Choices,
    options: &CsvOptions,
) -> Vec<String> {
    let bom = if p.byte_order_mark {
        ", byte order mark"
    } else {
        ""
    };
    let mut lines = vec![
        format!("File: {}", file.display()),
        format!(
            "Encoding: {}{bom} ({})",
            p.encoding.label(),
            how(
                choices.encoding.is_some(),
                p.encoding,
                p.detected_encoding,
                |e| e.label().to_string()
            )
        ),
        format!(
            "Delimiter: {} ({})",
            p.delimiter.label(),
            how(
                choices.delimiter.is_some(),
                p.delimiter,
                p.detected_delimiter,
                |d| d.label().to_string()
            )
        ),
    ];
    if let Some(w) = &p.warning {
        lines.push(format!("Warning: {w}"));
    }
    if let Some(problem) = &p.problem {
        lines.push(format!("Problem: {problem}"));
        return lines;
    }
    let chosen = if options.mapping.is_some() {
        "detected, --map applied"
    } else {
        "detected"
    };
    lines.push(format!("Columns ({chosen}):"));
    let columns: Vec<Vec<String>> = p
        .headers
        .iter()
        .zip(&p.mapping)
        .map(|(h, f)| vec![format!("  {h}"), format!("→ {}", field_label(*f))])
        .collect();
    lines.extend(plain::table(&columns));
    lines.push(String::new());
    let mut table = vec![[
        "line",
        "result",
        "kind",
        "state",
        "type",
        "number",
        "status",
        "issued",
        "expires",
        "schedules",
        "notes",
    ]
    .map(String::from)
    .to_vec()];
    for r in &p.rows {
        let v = &r.values;
        let result = if has_errors(&r.issues) {
            "refused"
        } else {
            "ok"
        };
        table.push(vec![
            r.line.to_string(),
            result.to_string(),
            v.kind.clone(),
            v.jurisdiction.clone(),
            v.license_type.clone(),
            v.number.clone(),
            v.status.clone(),
            v.issued.clone(),
            v.expires.clone(),
            v.schedules.clone(),
            v.notes.replace(['\n', '\r'], " "),
        ]);
    }
    lines.extend(plain::table(&table));
    for r in &p.rows {
        for issue in &r.issues {
            let level = match issue.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            lines.push(format!(
                "line {}: {level} at {}: {}",
                r.line, issue.field, issue.message
            ));
        }
    }
    lines
}

/// A field as `--map` names it ("license_type"), "(not imported)" for Ignore.
fn field_label(field: CsvField) -> &'static str {
    match field {
        CsvField::Ignore => "(not imported)",
        other => other.name(),
    }
}

/// Reads `--map COLUMN=FIELD`: the column as its header reads (any case), the field by its
/// name (`license_type`, `license-type`; `state` for `jurisdiction`).
pub fn parse_map(text: &str) -> Result<(String, CsvField), String> {
    let (column, field) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("{text:?} is not COLUMN=FIELD"))?;
    if column.trim().is_empty() {
        return Err(format!("{text:?} names no column"));
    }
    let wanted = field.trim().to_ascii_lowercase().replace('-', "_");
    let field = match wanted.as_str() {
        "state" => CsvField::Jurisdiction,
        "type" => CsvField::LicenseType,
        _ => CsvField::ALL
            .iter()
            .copied()
            .find(|f| f.name() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = CsvField::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown field {field:?}: the fields are {} (state = jurisdiction)",
                    names.join(", ")
                )
            })?,
    };
    Ok((column.to_string(), field))
}

/// Reads `--encoding`: its name as the report prints it or as usually written ("utf-8",
/// "utf-16le", "windows-1252", "cp1252", "macintosh").
pub fn parse_encoding(text: &str) -> Result<CsvEncoding, String> {
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let wanted = squash(text);
    let alias = match wanted.as_str() {
        "cp1252" | "latin1" | "iso88591" => Some(CsvEncoding::Windows1252),
        "macintosh" | "macroman" => Some(CsvEncoding::MacRoman),
        "utf16" => Some(CsvEncoding::Utf16Le),
        _ => None,
    };
    alias
        .or_else(|| {
            CsvEncoding::ALL
                .iter()
                .copied()
                .find(|e| squash(e.label()) == wanted)
        })
        .ok_or_else(|| {
            format!("unknown encoding {text:?}: utf-8, utf-16le, utf-16be, windows-1252, mac-roman")
        })
}

/// Reads `--delimiter`: comma, semicolon or tab, by name or as the character.
pub fn parse_delimiter(text: &str) -> Result<CsvDelimiter, String> {
    CsvDelimiter::ALL
        .iter()
        .copied()
        .find(|d| d.label().eq_ignore_ascii_case(text) || text.as_bytes() == [d.byte()])
        .ok_or_else(|| format!("unknown delimiter {text:?}: comma, semicolon or tab"))
}
