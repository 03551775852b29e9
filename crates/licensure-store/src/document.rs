//! The export document: the whole store as one versioned JSON document, its JSON Schema, and
//! an all-or-nothing import that reports every problem with its location.
//!
//! The document is the neutral format for backups too: it does not depend on sled.

use chrono::NaiveDate;
use licensure_core::model::{CmeActivity, Credential, Offer, Profile};
use licensure_core::validation::{validate_cme_activities, validate_store, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_path_to_error::Segment;
use ts_rs::TS;

/// The value of the `format` field.
pub const FORMAT: &str = "licensure-export";
/// The document version this build writes; import accepts this and older versions.
pub const VERSION: u32 = 1;

/// The whole store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ExportDocument {
    /// Always "licensure-export".
    pub format: String,
    /// Document version (1).
    pub version: u32,
    pub profile: Option<Profile>,
    pub credentials: Vec<Credential>,
    pub offers: Vec<Offer>,
    /// Continuing medical education activities; absent in documents written before them,
    /// which read as none.
    #[serde(default)]
    pub cme_activities: Vec<CmeActivity>,
}

impl ExportDocument {
    pub fn new(profile: Option<Profile>, credentials: Vec<Credential>, offers: Vec<Offer>) -> Self {
        ExportDocument {
            format: FORMAT.to_string(),
            version: VERSION,
            profile,
            credentials,
            offers,
            cme_activities: Vec::new(),
        }
    }

    /// The same document with these CME activities.
    pub fn with_cme(mut self, activities: Vec<CmeActivity>) -> Self {
        self.cme_activities = activities;
        self
    }

    /// Pretty JSON with a trailing newline: stable output, so export → import → export is
    /// byte-identical.
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The JSON Schema (draft 2020-12) of the export document, generated from the Rust types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(ExportDocument);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// One problem in an import document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImportProblem {
    /// JSON Pointer to the offending value ("/credentials/3/detail/expires"); "" for the whole
    /// document.
    pub pointer: String,
    pub severity: Severity,
    pub message: String,
}

/// Why an import was refused: every problem found. Nothing was stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS, thiserror::Error)]
#[error("import refused: {} problem(s), nothing was stored", .problems.iter().filter(|p| p.severity == Severity::Error).count())]
pub struct ImportReport {
    pub problems: Vec<ImportProblem>,
}

fn error(pointer: impl Into<String>, message: impl Into<String>) -> ImportProblem {
    ImportProblem {
        pointer: pointer.into(),
        severity: Severity::Error,
        message: message.into(),
    }
}

/// Deserializes one value, turning a failure into a located problem.
fn typed<T: serde::de::DeserializeOwned>(
    value: &Value,
    base: &str,
    problems: &mut Vec<ImportProblem>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let mut pointer = base.to_string();
            for segment in e.path().iter() {
                match segment {
                    Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
                    Segment::Map { key } => pointer.push_str(&format!("/{}", escape_pointer(key))),
                    Segment::Enum { .. } | Segment::Unknown => {}
                }
            }
            let message = e.into_inner().to_string();
            // Internally tagged enums (a credential's `detail`) hide the failing field from
            // the path: find it by reading the variant's own fields.
            let pointer = match credential_detail_field(value, &pointer, base) {
                Some(field) => format!("{pointer}/{field}"),
                None => pointer,
            };
            problems.push(error(pointer, message));
            None
        }
    }
}

/// JSON Pointer escaping of one reference token (RFC 6901).
fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// When `pointer` is a credential's `detail`, the path (relative to it) of the field that
/// fails to deserialize in the variant named by `kind`.
fn credential_detail_field(credential: &Value, pointer: &str, base: &str) -> Option<String> {
    if pointer != format!("{base}/detail") {
        return None;
    }
    let detail = credential.get("detail")?.as_object()?;
    let kind = detail.get("kind")?.as_str()?;
    let mut fields = detail.clone();
    fields.remove("kind");
    let fields = Value::Object(fields);
    fn field_of<T: serde::de::DeserializeOwned>(v: &Value) -> Option<String> {
        let err = serde_path_to_error::deserialize::<_, T>(v).err()?;
        let parts: Vec<String> = err
            .path()
            .iter()
            .filter_map(|s| match s {
                Segment::Seq { index } => Some(index.to_string()),
                Segment::Map { key } => Some(escape_pointer(key)),
                _ => None,
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join("/"))
    }
    use licensure_core::model as m;
    match kind {
        "state_license" => field_of::<m::StateLicense>(&fields),
        "compact_privilege" => field_of::<m::CompactPrivilege>(&fields),
        "telehealth_registration" => field_of::<m::TelehealthRegistration>(&fields),
        "dea_registration" => field_of::<m::DeaRegistration>(&fields),
        "state_csr" => field_of::<m::StateCsr>(&fields),
        "malpractice_policy" => field_of::<m::MalpracticePolicy>(&fields),
        "board_certification" => field_of::<m::BoardCertification>(&fields),
        "imlc_loq" => field_of::<m::ImlcLoq>(&fields),
        "caqh_attestation" => field_of::<m::CaqhAttestation>(&fields),
        _ => None,
    }
}

fn array<'a>(
    doc: &'a serde_json::Map<String, Value>,
    key: &str,
    problems: &mut Vec<ImportProblem>,
) -> &'a [Value] {
    match doc.get(key) {
        None => &[],
        Some(Value::Array(items)) => items,
        Some(_) => {
            problems.push(error(
                format!("/{key}"),
                format!("\"{key}\" must be an array"),
            ));
            &[]
        }
    }
}

/// Rewrites "list/k/..." to "list/i/..." where i = `at[k]`, the record's index in the document.
fn relocate(field: &str, list: &str, at: &[usize]) -> String {
    let mut parts: Vec<String> = field.split('/').map(str::to_string).collect();
    if parts.len() > 1 && parts[0] == list {
        if let Some(i) = parts[1].parse::<usize>().ok().and_then(|k| at.get(k)) {
            parts[1] = i.to_string();
        }
    }
    parts.join("/")
}

/// Parses and validates an import document. Returns the document only when it has no error
/// at all (warnings are returned alongside); otherwise every problem found, each located.
///
/// Without a date, a CME activity completed "in the future" cannot be told: use
/// [`parse_import_on`] where today is known (importing a clinician's file).
pub fn parse_import(text: &str) -> Result<(ExportDocument, Vec<ImportProblem>), ImportReport> {
    parse_import_on(text, NaiveDate::MAX)
}

/// [`parse_import`], refusing CME activities completed after `today`.
pub fn parse_import_on(
    text: &str,
    today: NaiveDate,
) -> Result<(ExportDocument, Vec<ImportProblem>), ImportReport> {
    let refuse = |problems| Err(ImportReport { problems });
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return refuse(vec![error("", format!("not valid JSON: {e}"))]),
    };
    let Value::Object(doc) = value else {
        return refuse(vec![error("", "the document must be a JSON object")]);
    };
    let mut problems = Vec::new();
    match doc.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        _ => problems.push(error("/format", format!("\"format\" must be \"{FORMAT}\""))),
    }
    match doc.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(VERSION)).contains(&v) => {}
        Some(v) => problems.push(error(
            "/version",
            format!("version {v} is not supported (this Licensure reads 1 to {VERSION})"),
        )),
        None => problems.push(error("/version", "\"version\" must be a whole number")),
    }
    for key in doc.keys() {
        if ![
            "format",
            "version",
            "profile",
            "credentials",
            "offers",
            "cme_activities",
        ]
        .contains(&key.as_str())
        {
            problems.push(error(format!("/{key}"), format!("unknown field \"{key}\"")));
        }
    }
    let profile = match doc.get("profile") {
        None | Some(Value::Null) => None,
        Some(v) => typed::<Profile>(v, "/profile", &mut problems),
    };
    // Keep each record's index in the document so validation problems point at it even
    // when an earlier record could not be read.
    let (credential_at, credentials): (Vec<usize>, Vec<Credential>) =
        array(&doc, "credentials", &mut problems)
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                typed(v, &format!("/credentials/{i}"), &mut problems).map(|c| (i, c))
            })
            .unzip();
    let (offer_at, offers): (Vec<usize>, Vec<Offer>) = array(&doc, "offers", &mut problems)
        .iter()
        .enumerate()
        .filter_map(|(i, v)| typed(v, &format!("/offers/{i}"), &mut problems).map(|o| (i, o)))
        .unzip();
    for issue in validate_store(profile.as_ref(), &credentials, &offers) {
        let pointer = relocate(&issue.field, "credentials", &credential_at);
        let pointer = relocate(&pointer, "offers", &offer_at);
        problems.push(ImportProblem {
            pointer: format!("/{pointer}"),
            severity: issue.severity,
            message: issue.message,
        });
    }
    let (cme_at, cme): (Vec<usize>, Vec<CmeActivity>) =
        array(&doc, "cme_activities", &mut problems)
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                typed(v, &format!("/cme_activities/{i}"), &mut problems).map(|a| (i, a))
            })
            .unzip();
    for issue in validate_cme_activities(&cme, today, "cme_activities") {
        problems.push(ImportProblem {
            pointer: format!("/{}", relocate(&issue.field, "cme_activities", &cme_at)),
            severity: issue.severity,
            message: issue.message,
        });
    }
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return refuse(problems);
    }
    Ok((
        ExportDocument::new(profile, credentials, offers).with_cme(cme),
        problems,
    ))
}
