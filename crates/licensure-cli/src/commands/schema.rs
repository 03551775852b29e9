//! `licensure schema`: the JSON Schema of the export document.

use crate::exit::Exit;
use crate::output;

pub fn run() -> Result<(), Exit> {
    output::text(&licensure_store::document::json_schema())
}
