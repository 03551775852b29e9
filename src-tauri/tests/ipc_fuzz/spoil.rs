//! How a valid JSON call is spoiled: hostile values, one nested value replaced, keys left
//! out or added, a body that is not an object, values nested deep.

use proptest::prelude::*;
use serde_json::{json, Value};

use crate::commands::{valid_args, Arg};
use crate::hostile::{hostile_string, json_value};

/// Every JSON pointer inside `v`.
pub(crate) fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| {
            pointers(
                c,
                format!("{here}/{}", k.replace('~', "~0").replace('/', "~1")),
                out,
            )
        }),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| pointers(c, format!("{here}/{i}"), out)),
        _ => {}
    }
}

/// How a valid call is spoiled.
#[derive(Debug, Clone)]
pub(crate) enum Spoil {
    /// Every key holds a hostile value.
    AllHostile(Vec<Value>),
    /// One value somewhere inside the arguments is replaced.
    OneValue(usize, Value),
    /// One key is left out.
    MissingKey(usize),
    /// Keys the command does not take are added.
    ExtraKeys(Vec<(String, Value)>),
    /// The body is not the object of arguments.
    Body(Value),
    /// One value is replaced by arrays nested this deep around a hostile value.
    Nested(usize, usize, Value),
}

pub(crate) fn spoil() -> impl Strategy<Value = Spoil> {
    prop_oneof![
        prop::collection::vec(json_value(), 2).prop_map(Spoil::AllHostile),
        (any::<usize>(), json_value()).prop_map(|(i, v)| Spoil::OneValue(i, v)),
        any::<usize>().prop_map(Spoil::MissingKey),
        prop::collection::vec((hostile_string(), json_value()), 1..4).prop_map(Spoil::ExtraKeys),
        json_value().prop_map(Spoil::Body),
        (any::<usize>(), 1..100usize, json_value()).prop_map(|(i, d, v)| Spoil::Nested(i, d, v)),
    ]
}

pub(crate) fn spoiled(args: &[(&str, Arg)], how: &Spoil) -> Value {
    let mut body = Value::Object(valid_args(args));
    let mut all = Vec::new();
    pointers(&body, String::new(), &mut all);
    let inner = &all[1..]; // not the body itself
    match how {
        Spoil::AllHostile(values) => {
            for ((key, _), v) in args.iter().zip(values.iter().cycle()) {
                body[*key] = v.clone();
            }
        }
        Spoil::OneValue(i, v) if !inner.is_empty() => {
            *body.pointer_mut(&inner[i % inner.len()]).unwrap() = v.clone();
        }
        Spoil::Nested(i, depth, v) if !inner.is_empty() => {
            let nested = (0..*depth).fold(v.clone(), |acc, _| json!([acc]));
            *body.pointer_mut(&inner[i % inner.len()]).unwrap() = nested;
        }
        Spoil::MissingKey(i) if !args.is_empty() => {
            body.as_object_mut().unwrap().remove(args[i % args.len()].0);
        }
        Spoil::ExtraKeys(extra) => {
            for (k, v) in extra {
                body.as_object_mut().unwrap().insert(k.clone(), v.clone());
            }
        }
        Spoil::Body(v) => body = v.clone(),
        _ => body = json!([]),
    }
    body
}
