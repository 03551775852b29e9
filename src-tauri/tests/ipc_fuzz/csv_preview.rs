//! Calls to `preview_csv` and `preview_cme_csv`: arbitrary bytes, the Excel-like fixtures,
//! oversized and JSON bodies, with options of either import as valid, hostile or no JSON.

use licensure_core::csv_import::{
    CmeCsvField, CmeCsvOptions, CsvDelimiter, CsvEncoding, CsvField, CsvOptions, MAX_CSV_BYTES,
};
use proptest::prelude::*;
use serde_json::Value;
use tauri::http::{HeaderMap, HeaderValue};
use tauri::ipc::InvokeBody;

use crate::headers::{header_value, percent_encoded};
use crate::hostile::json_value;

/// Excel-like CSV files, as the clinician would choose them.
pub(crate) const CSV_FIXTURES: [&[u8]; 3] = [
    include_bytes!("../../../tests/fixtures/csv/excel-semicolon-windows1252.csv"),
    include_bytes!("../../../tests/fixtures/csv/excel-unicode-text-utf16le.txt"),
    include_bytes!("../../../tests/fixtures/csv/excel-csv-utf8-bom.csv"),
];

/// A call to `preview_csv`: its raw body and its options header (None: left out).
#[derive(Debug, Clone)]
pub(crate) struct CsvCall {
    pub(crate) body: CsvBody,
    pub(crate) options: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub(crate) enum CsvBody {
    Raw(Vec<u8>),
    /// One byte over the import's limit (built when sent, not kept in the case).
    TooBig,
    Json(Value),
}

/// Options as the UI sends them (valid, percent-encoded JSON) or not.
pub(crate) fn csv_options_header() -> impl Strategy<Value = Vec<u8>> {
    let encoding = prop::option::of(prop::sample::select(CsvEncoding::ALL.to_vec()));
    let delimiter = prop::option::of(prop::sample::select(CsvDelimiter::ALL.to_vec()));
    let mapping = prop::option::of(prop::collection::vec(
        prop::sample::select(CsvField::ALL.to_vec()),
        0..12,
    ));
    let cme_mapping = prop::option::of(prop::collection::vec(
        prop::sample::select(CmeCsvField::ALL.to_vec()),
        0..12,
    ));
    prop_oneof![
        (encoding.clone(), delimiter.clone(), mapping).prop_map(
            |(encoding, delimiter, mapping)| {
                let options = CsvOptions {
                    encoding,
                    delimiter,
                    mapping,
                };
                percent_encoded(&serde_json::to_string(&options).unwrap())
            }
        ),
        // A transcript's options (for preview_cme_csv; refused by preview_csv when mapped).
        (encoding, delimiter, cme_mapping).prop_map(|(encoding, delimiter, mapping)| {
            let options = CmeCsvOptions {
                encoding,
                delimiter,
                mapping,
            };
            percent_encoded(&serde_json::to_string(&options).unwrap())
        }),
        json_value().prop_map(|v| percent_encoded(&v.to_string())),
        header_value(),
    ]
}

pub(crate) fn csv_call() -> impl Strategy<Value = CsvCall> {
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(CsvBody::Raw),
        prop::sample::select(CSV_FIXTURES.to_vec()).prop_map(|f| CsvBody::Raw(f.to_vec())),
        Just(CsvBody::Raw(Vec::new())),
        Just(CsvBody::Raw(vec![0xff; 1 << 20])),
        Just(CsvBody::TooBig),
        json_value().prop_map(CsvBody::Json),
    ];
    (body, prop::option::of(csv_options_header()))
        .prop_map(|(body, options)| CsvCall { body, options })
}

pub(crate) fn csv_request(call: &CsvCall) -> (InvokeBody, HeaderMap) {
    let body = match &call.body {
        CsvBody::Raw(b) => InvokeBody::Raw(b.clone()),
        CsvBody::TooBig => InvokeBody::Raw(vec![b'a'; MAX_CSV_BYTES + 1]),
        CsvBody::Json(v) => InvokeBody::Json(v.clone()),
    };
    let mut headers = HeaderMap::new();
    if let Some(v) = call
        .options
        .as_ref()
        .and_then(|v| HeaderValue::from_bytes(v).ok())
    {
        headers.insert("x-csv-options", v);
    }
    (body, headers)
}
