//! Calls to `add_attachment`: arbitrary, oversized and JSON bodies with missing or hostile
//! credential, CME activity and file name headers.

use licensure_store::attachments::MAX_BYTES;
use proptest::prelude::*;
use serde_json::Value;
use tauri::http::{HeaderMap, HeaderValue};
use tauri::ipc::InvokeBody;

use crate::headers::header_value;
use crate::hostile::json_value;

/// A call to `add_attachment`: its raw body and its headers (None: left out).
#[derive(Debug, Clone)]
pub(crate) struct DocumentCall {
    pub(crate) body: DocumentBody,
    pub(crate) credential_id: Option<Vec<u8>>,
    /// A CME activity's certificate instead of a credential's document.
    pub(crate) cme_activity_id: Option<Vec<u8>>,
    pub(crate) name: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub(crate) enum DocumentBody {
    Raw(Vec<u8>),
    /// A PDF one byte over the size limit (built when sent, not kept in the case).
    TooBig,
    Json(Value),
}

pub(crate) fn document_call() -> impl Strategy<Value = DocumentCall> {
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(DocumentBody::Raw),
        prop::collection::vec(any::<u8>(), 0..256)
            .prop_map(|tail| { DocumentBody::Raw([b"%PDF-1.4\n".as_slice(), &tail].concat()) }),
        Just(DocumentBody::Raw(Vec::new())),
        Just(DocumentBody::Raw(b"text with a NUL \0 inside".to_vec())),
        Just(DocumentBody::Raw(vec![0xff; 1 << 20])),
        Just(DocumentBody::TooBig),
        json_value().prop_map(DocumentBody::Json),
    ];
    (
        body,
        prop::option::of(header_value()),
        prop::option::of(header_value()),
        prop::option::of(header_value()),
    )
        .prop_map(
            |(body, credential_id, cme_activity_id, name)| DocumentCall {
                body,
                credential_id,
                cme_activity_id,
                name,
            },
        )
}

pub(crate) fn document_request(call: &DocumentCall) -> (InvokeBody, HeaderMap) {
    let body = match &call.body {
        DocumentBody::Raw(b) => InvokeBody::Raw(b.clone()),
        DocumentBody::TooBig => {
            let mut pdf = b"%PDF-1.4\n".to_vec();
            pdf.resize(usize::try_from(MAX_BYTES).unwrap() + 1, b' ');
            InvokeBody::Raw(pdf)
        }
        DocumentBody::Json(v) => InvokeBody::Json(v.clone()),
    };
    let mut headers = HeaderMap::new();
    for (key, value) in [
        ("x-credential-id", &call.credential_id),
        ("x-cme-activity-id", &call.cme_activity_id),
        ("x-file-name", &call.name),
    ] {
        if let Some(v) = value.as_ref().and_then(|v| HeaderValue::from_bytes(v).ok()) {
            headers.insert(key, v);
        }
    }
    (body, headers)
}
