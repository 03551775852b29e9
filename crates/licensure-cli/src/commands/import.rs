//! `licensure import FILE`: replace the store with a document, all or nothing.

use std::io::Read;
use std::path::Path;

use licensure_core::validation::Severity;
use licensure_store::document::parse_import_on;

use super::Context;
use crate::exit::Exit;
use crate::output;

pub fn run(ctx: &Context, file: &Path) -> Result<(), Exit> {
    let text = if file == Path::new("-") {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Exit::refused(format!("cannot read standard input as UTF-8 text: {e}")))?;
        s
    } else {
        let bytes = std::fs::read(file)
            .map_err(|e| Exit::refused(format!("cannot read {}: {e}", file.display())))?;
        String::from_utf8(bytes).map_err(|e| {
            Exit::refused(format!(
                "{} is not UTF-8 text (byte {})",
                file.display(),
                e.utf8_error().valid_up_to()
            ))
        })?
    };
    match parse_import_on(&text, ctx.today) {
        Err(report) => {
            if ctx.json {
                output::json(&report)?;
            }
            let lines: Vec<String> = report
                .problems
                .iter()
                .map(|p| {
                    let level = if p.severity == Severity::Error {
                        "error"
                    } else {
                        "warning"
                    };
                    let at = if p.pointer.is_empty() {
                        "(document)"
                    } else {
                        &p.pointer
                    };
                    format!("  {level} at {at}: {}", p.message)
                })
                .collect();
            Err(Exit::refused(format!("{report}\n{}", lines.join("\n"))))
        }
        Ok((doc, warnings)) => {
            let store = ctx.store()?;
            store.replace_all(&doc)?;
            for w in &warnings {
                output::note(&format!("warning at {}: {}", w.pointer, w.message));
            }
            output::note(&format!(
                "imported {} credential(s), {} offer(s), {} CME activit{}{}",
                doc.credentials.len(),
                doc.offers.len(),
                doc.cme_activities.len(),
                if doc.cme_activities.len() == 1 {
                    "y"
                } else {
                    "ies"
                },
                if doc.profile.is_some() {
                    " and the profile"
                } else {
                    ""
                }
            ));
            Ok(())
        }
    }
}
