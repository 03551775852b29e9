//! Plain text for people: aligned columns, enum labels, reasons with their sources, routes.
//!
//! Limits: layout only. The words come from the core (titles, reason messages, steps), which
//! keeps license, DEA, NPI and policy numbers out of them; nothing here adds a number of a
//! credential. Columns are aligned by characters, which is right for the text the core
//! produces (no wide or combining characters).

use licensure_core::path::Route;
use licensure_core::reason::Reason;
use licensure_core::reference::Citation;
use licensure_core::Jurisdiction;
use serde::Serialize;

/// The wire name of an enum value, for reading: `not_member` becomes "not member".
pub fn label<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s.replace('_', " "),
        Ok(other) => other.to_string(),
        Err(_) => "?".to_string(),
    }
}

/// Rows laid out in columns two spaces apart; the last column is not padded.
pub fn table(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|row| {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths[i].saturating_sub(cell.chars().count());
                    line.push_str(&" ".repeat(pad));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// Jurisdiction codes, comma-separated: "TX, NY".
pub fn codes(list: &[Jurisdiction]) -> String {
    let codes: Vec<&str> = list.iter().map(|j| j.code()).collect();
    codes.join(", ")
}

/// "$700" or "fee unknown".
pub fn fee(fee_usd: Option<u32>) -> String {
    fee_usd.map_or_else(|| "fee unknown".to_string(), |f| format!("${f}"))
}

/// "about 60 days" or "time unknown".
pub fn duration(days: Option<u32>) -> String {
    days.map_or_else(|| "time unknown".to_string(), |d| format!("about {d} days"))
}

/// "in 4 days", "today", "25 days ago".
pub fn relative(days_left: i64) -> String {
    match days_left {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "yesterday".to_string(),
        n if n < 0 => format!("{} days ago", -n),
        n => format!("in {n} days"),
    }
}

/// One citation: what, how sure, when read, where; the clinician's own answer as "your
/// answer, DATE, SOURCE".
pub fn citation(c: &Citation) -> String {
    if c.confidence == licensure_core::reference::Confidence::CheckedByYou {
        return format!(
            "source: {} (your answer, {}, {})",
            c.fact,
            c.as_of,
            c.sources.join(" ")
        );
    }
    format!(
        "source: {} ({}, read {}): {}",
        c.fact,
        label(&c.confidence),
        c.as_of,
        if c.sources.is_empty() {
            "no address".to_string()
        } else {
            c.sources.join(" ")
        }
    )
}

/// Each reason as "outcome  message", its sources indented below it.
pub fn reasons(reasons: &[Reason], indent: &str) -> Vec<String> {
    const OUTCOME_WIDTH: usize = 7; // "warning"
    let mut lines = Vec::new();
    for reason in reasons {
        lines.push(format!(
            "{indent}{:<OUTCOME_WIDTH$}  {}",
            label(&reason.outcome),
            reason.message
        ));
        let under = format!("{indent}{}", " ".repeat(OUTCOME_WIDTH + 2));
        lines.extend(
            reason
                .citations
                .iter()
                .map(|c| format!("{under}{}", citation(c))),
        );
    }
    lines
}

/// A route: its name and standing, fee and time, numbered steps, then its reasons.
pub fn route(route: &Route, indent: &str) -> Vec<String> {
    let mut lines = vec![format!(
        "{indent}{} ({}): {}; {}, {}",
        route.name,
        label(&route.kind),
        label(&route.outcome),
        fee(route.fee_usd),
        duration(route.typical_days)
    )];
    let inner = format!("{indent}    ");
    lines.extend(
        route
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| format!("{inner}{}. {step}", i + 1)),
    );
    lines.extend(reasons(&route.reasons, &inner));
    let cited_by_a_reason = |c: &&Citation| route.reasons.iter().any(|r| r.citations.contains(c));
    lines.extend(
        route
            .citations
            .iter()
            .filter(|c| !cited_by_a_reason(c))
            .map(|c| format!("{inner}{}", citation(c))),
    );
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use licensure_core::reason::Outcome;
    use licensure_core::reference::{CompactStatus, Confidence};

    /// Name, rows, expected lines.
    type TableCase = (&'static str, Vec<Vec<String>>, Vec<&'static str>);

    #[test]
    fn table_aligns_columns_by_characters_and_leaves_the_last_unpadded() {
        let cases: Vec<TableCase> = vec![
            ("empty", vec![], vec![]),
            (
                "two rows",
                vec![
                    vec!["a".into(), "bb".into(), "c".into()],
                    vec!["aaa".into(), "b".into(), "cc".into()],
                ],
                vec!["a    bb  c", "aaa  b   cc"],
            ),
            (
                "multi-byte characters count once",
                vec![
                    vec!["State license · TX".into(), "x".into()],
                    vec!["DEA".into(), "y".into()],
                ],
                vec!["State license · TX  x", "DEA                 y"],
            ),
            (
                "ragged rows and empty last cells",
                vec![vec!["a".into()], vec!["bbb".into(), "".into()]],
                vec!["a", "bbb"],
            ),
        ];
        for (name, rows, expected) in cases {
            assert_eq!(table(&rows), expected, "{name}");
        }
    }

    #[test]
    fn labels_are_wire_names_for_reading() {
        let cases: Vec<(&str, String, &str)> = vec![
            ("outcome", label(&Outcome::Verify), "verify"),
            (
                "compact status",
                label(&CompactStatus::MemberNotPrincipal),
                "member not principal",
            ),
            ("confidence", label(&Confidence::Secondary), "secondary"),
            ("not a string", label(&3u8), "3"),
        ];
        for (name, got, expected) in cases {
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn relative_days_read_naturally() {
        let cases = [
            (0, "today"),
            (1, "tomorrow"),
            (-1, "yesterday"),
            (-25, "25 days ago"),
            (4, "in 4 days"),
        ];
        for (days, expected) in cases {
            assert_eq!(relative(days), expected, "{days}");
        }
    }
}
