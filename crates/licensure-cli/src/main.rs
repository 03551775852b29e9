//! `licensure`: the clinician's records and Licensure's rules from the command line.
//!
//! Same data directory as the app (`--data-dir` / `LICENSURE_DATA_DIR` override it). Every
//! command that depends on the date takes `--today`; every read command takes `--json`.
//! Exit codes are documented in [`exit::Exit`] and in `licensure --help`.

mod commands;
mod exit;
mod output;
mod plain;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use licensure_core::csv_import::{CsvDelimiter, CsvEncoding, CsvField};

use crate::exit::Exit;

const EXIT_CODES: &str = "Exit codes:
  0  success
  1  unexpected failure (file system, disk)
  2  usage error (unknown command or option, malformed argument, a --map column the CSV
     file does not have)
  3  input refused (invalid import document, unknown jurisdiction code, no profile stored
     for a command that needs one, a CSV file that cannot be read, is not CSV or has a
     refused row, an unknown offer or credential id for a packet); nothing was stored or
     written
  4  the database is in use by another Licensure process (the app, or another command)
  5  the database is damaged or from a newer Licensure; nothing was changed
  6  the reference data built into this program cannot be read or fails its checks (a
     defect of the build: reinstall); no rule was run
  7  the output file (export, calendar, packet) cannot be written where asked (a missing
     or read-only folder); nothing was written there

Commands that read reference data warn on stderr when it was reviewed more than 180 days
before --today.";

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
    /// Add the credentials of a spreadsheet saved as CSV (or Excel's "Unicode text"): prints
    /// the detected encoding, delimiter and column mapping and every row with its problems;
    /// stores all rows in one transaction, or nothing when any row is refused.
    ImportCsv {
        /// The CSV file; "-" reads standard input.
        file: PathBuf,
        /// Print what would be imported; store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Read a column (its header, any case) as a field: kind, state, license_type,
        /// number, status, issued, expires, schedules, notes or ignore. Repeatable.
        #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = commands::import_csv::parse_map)]
        map: Vec<(String, CsvField)>,
        /// The file's encoding instead of the detected one: utf-8, utf-16le, utf-16be,
        /// windows-1252, mac-roman.
        #[arg(long, value_parser = commands::import_csv::parse_encoding)]
        encoding: Option<CsvEncoding>,
        /// The delimiter instead of the detected one: comma, semicolon or tab.
        #[arg(long, value_parser = commands::import_csv::parse_delimiter)]
        delimiter: Option<CsvDelimiter>,
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
    /// Every reference fact about a jurisdiction, with sources; without STATE, every
    /// jurisdiction and its IMLC standing; with --coverage, how complete the facts are.
    Reference {
        /// Two-letter code (TX, DC, PR, …).
        #[arg(conflicts_with = "coverage")]
        state: Option<String>,
        /// Per topic, how many of the 50 states and DC have the fact verified, secondary,
        /// conflicting or unknown, and which are not established.
        #[arg(long)]
        coverage: bool,
    },
    /// Deadlines due within DAYS days of --today, lapsed ones included, soonest first.
    Deadlines {
        #[arg(long, value_name = "DAYS", default_value_t = commands::deadlines::DEFAULT_WITHIN_DAYS)]
        within: u32,
    },
    /// CME progress per license on --today: hours, Category 1 hours and required topics
    /// against each state's rule, what is missing and by when; the MATE Act training per DEA
    /// registration. Exits 0 whether or not the CME is complete.
    Cme,
    /// Every deadline as an iCalendar file (RFC 5545), with reminder alarms.
    Ics {
        /// Where to write; written atomically. Standard output by default.
        file: Option<PathBuf>,
        /// Put license, DEA, policy and CAQH numbers in event descriptions (off by default).
        #[arg(long)]
        include_numbers: bool,
    },
    /// Show the reminders due on --today as desktop notifications, each exactly once.
    Remind {
        /// List what would be shown; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// IMLC eligibility and the compact options of your profession.
    Imlc,
    /// Every route to practise in a jurisdiction, fastest first.
    Path {
        /// Two-letter code (TX, DC, PR, …).
        state: String,
    },
    /// The verdict on every stored offer, state by state, with reasons and steps.
    Offers,
    /// A credentialing packet as one PDF: a cover, a summary of the chosen credentials with
    /// their numbers, then each one's attached documents (checked; a damaged one is named in
    /// the summary and left out), with a bookmark per credential. Every credential by
    /// default; for an offer, those its verdict relied on plus board certifications,
    /// malpractice and CAQH. Written only to --out.
    Packet {
        /// The offer it is for, by id (see `licensure list --json`).
        #[arg(long, value_name = "ID")]
        offer: Option<String>,
        /// Exactly these credentials, by id, comma-separated, instead of the proposal.
        #[arg(long, value_name = "ID,…", value_delimiter = ',')]
        only: Option<Vec<String>>,
        /// Where to write the PDF; written atomically, readable by you only.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// Move the current (damaged) database aside to <data>/quarantine/ and restore the
    /// newest automatic backup, or FILE (a backup or an export document).
    Restore {
        /// Restore the newest automatic backup whose checksum verifies (the default).
        #[arg(long, conflicts_with = "file")]
        latest: bool,
        /// A backup or export file to restore instead.
        file: Option<PathBuf>,
    },
}

fn run(cli: Cli) -> Result<(), Exit> {
    let ctx = commands::Context::new(cli.data_dir, cli.today, cli.json)?;
    match cli.command {
        Command::Import { file } => commands::import::run(&ctx, &file),
        Command::ImportCsv {
            file,
            dry_run,
            map,
            encoding,
            delimiter,
        } => commands::import_csv::run(
            &ctx,
            &file,
            &commands::import_csv::Choices {
                dry_run,
                encoding,
                delimiter,
                map,
            },
        ),
        Command::Export { file } => commands::export::run(&ctx, file.as_deref()),
        Command::Schema => commands::schema::run(),
        Command::List => commands::list::run(&ctx),
        Command::Reference { state, coverage } => {
            commands::reference::run(&ctx, state.as_deref(), coverage)
        }
        Command::Deadlines { within } => commands::deadlines::run(&ctx, within),
        Command::Cme => commands::cme::run(&ctx),
        Command::Ics {
            file,
            include_numbers,
        } => commands::ics::run(&ctx, file.as_deref(), include_numbers),
        Command::Remind { dry_run } => commands::remind::run(&ctx, dry_run),
        Command::Imlc => commands::imlc::run(&ctx),
        Command::Path { state } => commands::path::run(&ctx, &state),
        Command::Offers => commands::offers::run(&ctx),
        Command::Packet { offer, only, out } => {
            commands::packet::run(&ctx, offer.as_deref(), only, &out)
        }
        Command::Restore { latest: _, file } => commands::restore::run(&ctx, file.as_deref()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => {
            output::note(&format!("licensure: {}", exit.message));
            ExitCode::from(exit.code)
        }
    }
}
