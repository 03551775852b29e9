//! `licensure`: the clinician's records and Licensure's rules from the command line.
//!
//! Same data directory as the app (`--data-dir` / `LICENSURE_DATA_DIR` override it). Every
//! command that depends on the date takes `--today`; every read command takes `--json`.
//! Exit codes are documented in [`exit::Exit`] and in `licensure --help`.

mod commands;
mod exit;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::exit::Exit;

const EXIT_CODES: &str = "Exit codes:
  0  success
  1  unexpected failure (file system, disk)
  2  usage error (unknown command or option, malformed argument)
  3  input refused (invalid import document, unknown jurisdiction code); nothing was stored
  4  the database is in use by another Licensure process (the app, or another command)
  5  the database is damaged or from a newer Licensure; nothing was changed";

/// Track licenses, registrations and deadlines, and check telehealth offers — from the
/// command line.
#[derive(Debug, Parser)]
#[command(name = "licensure", version, after_help = EXIT_CODES)]
struct Cli {
    /// Data directory (default: the app's, e.g. ~/.local/share/app.licensure.desktop).
    #[arg(long, global = true, env = "LICENSURE_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// The date to evaluate rules at, YYYY-MM-DD (default: today in the local time zone).
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,

    /// Machine-readable JSON output.
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Replace the whole store with an export document (all or nothing).
    Import {
        /// The JSON document; "-" reads standard input.
        file: PathBuf,
    },
    /// Write the whole store as a versioned JSON document (to standard output by default).
    Export {
        /// Where to write; written atomically.
        file: Option<PathBuf>,
    },
    /// Print the JSON Schema of the export document.
    Schema,
    /// List the profile and credentials.
    List,
}

fn run(cli: Cli) -> Result<(), Exit> {
    let ctx = commands::Context::new(cli.data_dir, cli.today, cli.json)?;
    match cli.command {
        Command::Import { file } => commands::import::run(&ctx, &file),
        Command::Export { file } => commands::export::run(&ctx, file.as_deref()),
        Command::Schema => commands::schema::run(),
        Command::List => commands::list::run(&ctx),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => {
            eprintln!("licensure: {}", exit.message);
            ExitCode::from(exit.code)
        }
    }
}
