//! One module per subcommand; each is a thin layer over licensure-store and licensure-core.

pub mod export;
pub mod import;
pub mod list;
pub mod schema;

use std::path::PathBuf;

use chrono::NaiveDate;
use licensure_store::{paths, Store};

use crate::exit::Exit;

/// What every command may need: where the data is, the date, the output format.
#[derive(Debug)]
pub struct Context {
    pub data_dir: PathBuf,
    #[allow(dead_code)] // read by the date-dependent commands
    pub today: NaiveDate,
    pub json: bool,
}

impl Context {
    pub fn new(
        data_dir: Option<PathBuf>,
        today: Option<NaiveDate>,
        json: bool,
    ) -> Result<Self, Exit> {
        let data_dir = match data_dir {
            Some(d) => d,
            None => paths::default_data_dir()
                .ok_or_else(|| Exit::failure("no home directory: pass --data-dir"))?,
        };
        let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
        Ok(Context {
            data_dir,
            today,
            json,
        })
    }

    /// Opens the store; a held lock or a damaged database becomes the documented exit code.
    pub fn store(&self) -> Result<Store, Exit> {
        Ok(Store::open(&self.data_dir)?)
    }
}
