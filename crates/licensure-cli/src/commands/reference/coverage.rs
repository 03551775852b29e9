//! `licensure reference --coverage [--json]`: per topic, how many of the 50 states and DC
//! have the fact verified, secondary, conflicting or unknown, and which are not established.
//! The table `data/README.md` carries is this output.

use licensure_core::reference::Dataset;

use super::Context;
use crate::exit::Exit;
use crate::output;
use crate::plain;

pub(super) fn run(ctx: &Context, data: &Dataset) -> Result<(), Exit> {
    let coverage = data.coverage();
    if ctx.json {
        return output::json(&coverage);
    }
    let mut rows = vec![vec![
        "Topic (50 states + DC)".to_string(),
        "Verified".to_string(),
        "Secondary".to_string(),
        "Conflicting".to_string(),
        "Unknown".to_string(),
        "Not established".to_string(),
    ]];
    for t in &coverage.topics {
        let missing: Vec<&str> = t.not_established.iter().map(|j| j.code()).collect();
        rows.push(vec![
            t.label.clone(),
            t.verified.to_string(),
            t.secondary.to_string(),
            t.conflicting.to_string(),
            t.unknown.to_string(),
            if missing.is_empty() {
                "-".to_string()
            } else {
                missing.join(" ")
            },
        ]);
    }
    let mut lines = vec![format!(
        "Reference data reviewed {}: how complete it is",
        data.as_of
    )];
    lines.extend(plain::table(&rows));
    output::lines(&lines)
}
