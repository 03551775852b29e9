//! `licensure schema`: the JSON Schema of the export document.

use crate::exit::Exit;

pub fn run() -> Result<(), Exit> {
    print!("{}", licensure_store::document::json_schema());
    Ok(())
}
