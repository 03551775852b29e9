//! Reading numbers out of the JSON the benches write, without a JSON library: each key of
//! a path is looked for after the previous one. Enough for the flat, known outputs of the
//! benches (criterion's estimates.json, store.json, ui.json); not a general JSON reader.

/// The number at `path` (`["startup_ms", "app"]`), if there is one.
pub fn number(text: &str, path: &[&str]) -> Option<f64> {
    let mut at = 0;
    for key in path {
        let needle = format!("\"{key}\":");
        at += text[at..].find(&needle)? + needle.len();
    }
    let rest = text[at..].trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// The boolean at `path`.
pub fn boolean(text: &str, path: &[&str]) -> Option<bool> {
    let mut at = 0;
    for key in path {
        let needle = format!("\"{key}\":");
        at += text[at..].find(&needle)? + needle.len();
    }
    let rest = text[at..].trim_start();
    if rest.starts_with("true") {
        Some(true)
    } else if rest.starts_with("false") {
        Some(false)
    } else {
        None
    }
}

/// The string at `path` (no escapes are decoded).
pub fn string(text: &str, path: &[&str]) -> Option<String> {
    let mut at = 0;
    for key in path {
        let needle = format!("\"{key}\":");
        at += text[at..].find(&needle)? + needle.len();
    }
    let rest = text[at..].trim_start().strip_prefix('"')?;
    rest.find('"').map(|end| rest[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_by_path() {
        let text = r#"{"edits":{"measured":false,"why":"no IPC"},"pss_kib":{"app":12.5,"app_runs":[1],"floor":9},"startup_ms":{"app":300,"floor":2.5e2}}"#;
        let cases: Vec<(&str, &[&str], Option<f64>)> = vec![
            (
                "nested after a sibling object",
                &["pss_kib", "app"],
                Some(12.5),
            ),
            (
                "second object, same key",
                &["startup_ms", "app"],
                Some(300.0),
            ),
            ("exponent", &["startup_ms", "floor"], Some(250.0)),
            ("missing key", &["idle", "app"], None),
            ("not a number", &["edits", "why"], None),
        ];
        for (name, path, expected) in cases {
            assert_eq!(number(text, path), expected, "{name}");
        }
        assert_eq!(boolean(text, &["edits", "measured"]), Some(false));
        assert_eq!(string(text, &["edits", "why"]).as_deref(), Some("no IPC"));
    }
}
