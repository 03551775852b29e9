//! Hostile input for the property tests: strings that have broken parsers before (empty,
//! NUL bytes, 1 MiB, dates at and past chrono's range, byte-order marks and right-to-left
//! overrides, paths and key-like text) and arbitrary JSON made of them. Shared by the import
//! and CSV fuzzing here and the IPC fuzzing of the app (included there by path).

#![allow(dead_code)] // each test binary uses a part

use proptest::prelude::*;
use serde_json::{json, Value};

/// The hand-picked hostile strings.
pub fn hostile_strings() -> Vec<String> {
    vec![
        String::new(),
        "\0".to_string(),
        "TX\0".to_string(),
        "a\0b".repeat(100),
        "x".repeat(1 << 20),
        "+262143-01-01".to_string(),
        "-262144-12-31".to_string(),
        "0000-00-00".to_string(),
        "2025-02-29".to_string(),
        "9999-12-31".to_string(),
        "1970-01-01".to_string(),
        "\u{feff}\u{202e}\u{fffd}\u{1F600}".to_string(),
        "../../etc/passwd".to_string(),
        "credential/c1".to_string(),
    ]
}

/// A hand-picked hostile string or an arbitrary one.
pub fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![proptest::sample::select(hostile_strings()), any::<String>(),]
}

/// Arbitrary JSON: every type, numbers at their limits, hostile strings as values and keys,
/// nested four deep.
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(-1)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        hostile_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(hostile_string(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
