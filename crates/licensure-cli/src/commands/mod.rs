//! One module per subcommand; each is a thin layer over licensure-store and licensure-core.

pub mod cme;
pub mod deadlines;
pub mod export;
pub mod ics;
pub mod imlc;
pub mod import;
pub mod import_csv;
pub mod list;
pub mod offers;
pub mod packet;
pub mod path;
pub mod reference;
pub mod remind;
pub mod restore;
pub mod schema;

use std::cell::OnceCell;
use std::path::PathBuf;

use chrono::NaiveDate;
use licensure_core::model::{CmeActivity, Credential, Offer, Profile};
use licensure_core::reference::Dataset;
use licensure_core::Jurisdiction;
use licensure_store::{paths, Store};

use crate::exit::Exit;
use crate::output;

/// The reference data is called old once it was reviewed more than this many days before
/// `--today`; every command that reads it then warns on standard error.
pub const STALE_AFTER_DAYS: i64 = 180;

/// At most this many dataset problems are named in the error message.
const PROBLEMS_SHOWN: usize = 10;

/// What every command may need: where the data is, the date, the output format, and the
/// bundled reference data (loaded on first use, at most once).
#[derive(Debug)]
pub struct Context {
    pub data_dir: PathBuf,
    pub today: NaiveDate,
    pub json: bool,
    dataset: OnceCell<Dataset>,
}

/// The clinician's records, read from the store in one go.
#[derive(Debug)]
pub struct Records {
    pub profile: Option<Profile>,
    pub credentials: Vec<Credential>,
    pub offers: Vec<Offer>,
    pub cme_activities: Vec<CmeActivity>,
}

impl Records {
    /// The profile, for the rules that cannot run without one.
    pub fn profile(&self) -> Result<&Profile, Exit> {
        self.profile
            .as_ref()
            .ok_or_else(|| Exit::refused("no profile: import one first"))
    }
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
            dataset: OnceCell::new(),
        })
    }

    /// Opens the store; a held lock or a damaged database becomes the documented exit code.
    pub fn store(&self) -> Result<Store, Exit> {
        Ok(Store::open(&self.data_dir)?)
    }

    /// Profile, credentials and offers, read under one opening of the store.
    pub fn records(&self) -> Result<Records, Exit> {
        let store = self.store()?;
        Ok(Records {
            profile: store.profile()?,
            credentials: store.credentials()?,
            offers: store.offers()?,
            cme_activities: store.cme_activities()?,
        })
    }

    /// The reference dataset compiled into this build, parsed and checked once. A dataset
    /// that does not parse or fails its structural checks exits with
    /// [`Exit::REFERENCE_DATA`]: no rule runs on reference data of unknown shape. A dataset
    /// reviewed more than [`STALE_AFTER_DAYS`] days before `--today` gives a warning on
    /// standard error.
    pub fn dataset(&self) -> Result<&Dataset, Exit> {
        if let Some(dataset) = self.dataset.get() {
            return Ok(dataset);
        }
        let dataset = Dataset::bundled().map_err(|e| {
            Exit::reference_data(format!(
                "the reference data built into this program cannot be read ({e}); \
                 reinstall Licensure"
            ))
        })?;
        let problems = dataset.check();
        if !problems.is_empty() {
            let shown: Vec<String> = problems
                .iter()
                .take(PROBLEMS_SHOWN)
                .map(|p| format!("  {p}"))
                .collect();
            return Err(Exit::reference_data(format!(
                "the reference data built into this program fails {} structural check(s); \
                 no rule was run:\n{}",
                problems.len(),
                shown.join("\n")
            )));
        }
        let age = dataset.age_days(self.today);
        if age > STALE_AFTER_DAYS {
            output::note(&format!(
                "warning: the reference data was last reviewed on {} ({age} days before {}); \
                 memberships, fees and rules may have changed since: check the sources shown",
                dataset.as_of, self.today
            ));
        }
        Ok(self.dataset.get_or_init(|| dataset))
    }
}

/// A jurisdiction from its two-letter code (any case); anything else is refused with the
/// list of valid codes.
pub fn jurisdiction(code: &str) -> Result<Jurisdiction, Exit> {
    code.parse::<Jurisdiction>().map_err(|_| {
        let valid: Vec<&str> = Jurisdiction::ALL.iter().map(|j| j.code()).collect();
        Exit::refused(format!(
            "unknown jurisdiction code {code:?}: valid codes are {}",
            valid.join(", ")
        ))
    })
}
