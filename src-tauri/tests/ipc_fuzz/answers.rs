//! What counts as an acceptable answer: a result, the app's `{code, message}` with a known
//! code, or Tauri's refusal of arguments it cannot decode.

use proptest::prelude::*;
use serde_json::Value;

use crate::common::ANSWER_WITHIN;

/// The error codes the UI knows, read from the generated bindings.
pub(crate) fn error_codes() -> Vec<String> {
    let bindings = licensure_app::typescript_bindings();
    let line = bindings
        .lines()
        .find(|l| l.starts_with("export type ErrorCode ="))
        .expect("ErrorCode in the bindings");
    line.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The answer to a call whose body may be hostile is an acceptable one.
pub(crate) fn check_answer(
    command: &str,
    answer: Option<Result<Value, Value>>,
    codes: &[String],
) -> Result<bool, TestCaseError> {
    let Some(answer) = answer else {
        return Err(TestCaseError::fail(format!(
            "{command}: no answer (a panic, or longer than {ANSWER_WITHIN:?})"
        )));
    };
    match answer {
        Ok(_) => Ok(false),
        Err(Value::Object(e)) => {
            let code = e.get("code").and_then(Value::as_str).unwrap_or_default();
            let message = e.get("message").and_then(Value::as_str).unwrap_or_default();
            prop_assert!(
                codes.iter().any(|c| c == code),
                "{}: unknown error code {:?}",
                command,
                code
            );
            prop_assert!(
                !message.trim().is_empty(),
                "{}: an error without a message",
                command
            );
            Ok(true)
        }
        // Tauri refuses arguments that do not decode into the command's types before the
        // command runs: "invalid args `x` for command `y`: ...".
        Err(Value::String(s)) => {
            prop_assert!(
                s.contains(&format!("command `{command}`")) && s.contains("invalid args"),
                "{}: a refusal that is not an argument refusal: {}",
                command,
                &s[..s.len().min(300)]
            );
            Ok(true)
        }
        Err(other) => Err(TestCaseError::fail(format!(
            "{command}: an error of another shape: {other}"
        ))),
    }
}
