//! `licensure export [FILE]`: the whole store as one JSON document.

use std::path::Path;

use super::Context;
use crate::exit::Exit;
use crate::output::{self, write_atomically};

pub fn run(ctx: &Context, file: Option<&Path>) -> Result<(), Exit> {
    let doc = ctx.store()?.export()?;
    let text = doc.to_json();
    match file {
        None => output::text(&text)?,
        Some(path) => {
            write_atomically(path, &text)?;
            output::note(&format!(
                "exported {} credential(s) and {} offer(s) to {}",
                doc.credentials.len(),
                doc.offers.len(),
                path.display()
            ));
        }
    }
    Ok(())
}
