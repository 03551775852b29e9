//! Bodies for `install_data_pack`: arbitrary bytes, pack envelopes with hostile fields, whole
//! or cut short, and JSON instead of bytes.

use proptest::prelude::*;
use tauri::ipc::InvokeBody;

use crate::hostile::{hostile_string, json_value};

/// A pack envelope with these fields (format, key id, payload, signature), cut to `keep`
/// bytes.
pub(crate) fn pack_envelope(fields: [&str; 4], keep: usize) -> Vec<u8> {
    let [format, key_id, payload, signature] = fields;
    let mut bytes = serde_json::to_vec(&serde_json::json!({
        "format": format, "key_id": key_id, "payload": payload, "signature": signature,
    }))
    .unwrap();
    bytes.truncate(keep);
    bytes
}

/// A body for `install_data_pack`.
pub(crate) fn pack_body() -> impl Strategy<Value = InvokeBody> {
    let field = || {
        prop_oneof![
            Just("licensure-data-pack/1".to_string()),
            Just("AAAA".to_string()),
            Just("ed25519:0000000000000000".to_string()),
            hostile_string(),
        ]
    };
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(InvokeBody::Raw),
        (field(), field(), field(), field(), any::<usize>()).prop_map(|(a, b, c, d, keep)| {
            InvokeBody::Raw(pack_envelope([&a, &b, &c, &d], keep % 400 + 1))
        }),
        (field(), field(), field(), field()).prop_map(|(a, b, c, d)| {
            InvokeBody::Raw(pack_envelope([&a, &b, &c, &d], usize::MAX))
        }),
        json_value().prop_map(InvokeBody::Json),
    ]
}
