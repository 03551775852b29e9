//! `licensure answers`: the clinician's checked answers to reference facts — list them with
//! their notices (over a year old; a newer official fact that disagrees), add one in the
//! fact's own terms, remove one.
//!
//! Limits: an answer is edited by removing it and adding it again (`remove --json` prints it
//! whole); many answers at once go through the export document (`licensure import`).

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use licensure_core::checked::{
    answer_notices, AnswerNotice, AnswerSource, CheckedAnswer, CheckedFact, CheckedValue,
};
use serde::Serialize;

use super::Context;
use crate::exit::Exit;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum AnswersCommand {
    /// Every checked answer with its notice.
    List,
    /// Record what the board said about a fact the rules say "verify" on.
    Add(AddArgs),
    /// Remove an answer by id (printed whole, to add it back if needed).
    Remove {
        /// The answer's id (see `licensure answers list`).
        id: String,
    },
}

/// The fact an answer is about, as typed on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FactArg {
    /// The malpractice coverage rule and its minimum.
    Malpractice,
    /// The state controlled-substance registration.
    Csr,
    /// The state's law on prescribing controlled substances by telehealth.
    TelehealthPrescribing,
    /// A full license's fee and typical time.
    FullLicense,
    /// The jurisdiction's standing in one compact ('{"compact":"imlc","status":"member"}').
    CompactMembership,
    /// The terms of one telehealth route ('{"route":"ks_telemedicine_waiver",
    /// "professions":["md","do"],"controlled_substances_allowed":false}').
    TelehealthRoute,
    /// The last day of DEA's telemedicine flexibilities, with the state `federal`
    /// ('{"effective_until":"2027-12-31"}').
    TelemedicineRule,
}

impl From<FactArg> for CheckedFact {
    fn from(f: FactArg) -> Self {
        match f {
            FactArg::Malpractice => CheckedFact::Malpractice,
            FactArg::Csr => CheckedFact::Csr,
            FactArg::TelehealthPrescribing => CheckedFact::TelehealthPrescribing,
            FactArg::FullLicense => CheckedFact::FullLicense,
            FactArg::CompactMembership => CheckedFact::CompactMembership,
            FactArg::TelehealthRoute => CheckedFact::TelehealthRoute,
            FactArg::TelemedicineRule => CheckedFact::TelemedicineRule,
        }
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Two-letter code (TX, DC, PR, …), or `federal` for a federal rule.
    state: String,
    /// Which fact.
    fact: FactArg,
    /// The answer as JSON in the fact's own terms, as the reference data writes it, e.g.
    /// '{"rule":"none"}' or '{"required":true,"agency":"Iowa Board of Pharmacy",
    /// "fee_usd":90,"cycle_years":2}'.
    #[arg(long, value_name = "JSON")]
    value: String,
    /// The official page the answer was read on (https).
    #[arg(
        long,
        value_name = "URL",
        conflicts_with = "phone_call",
        required_unless_present = "phone_call"
    )]
    url: Option<String>,
    /// A phone call with the board, and whom you spoke to.
    #[arg(long, value_name = "NAME")]
    phone_call: Option<String>,
    /// The day you checked (default: --today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    checked_on: Option<NaiveDate>,
    #[arg(long, default_value = "")]
    note: String,
}

#[derive(Debug, Serialize)]
struct Listed<'a> {
    answer: &'a CheckedAnswer,
    notice: &'a AnswerNotice,
}

pub fn run(ctx: &Context, command: AnswersCommand) -> Result<(), Exit> {
    match command {
        AnswersCommand::List => list(ctx),
        AnswersCommand::Add(args) => add(ctx, args),
        AnswersCommand::Remove { id } => {
            let removed = ctx.store()?.delete_checked_answer(&id)?;
            if ctx.json {
                return output::json(&removed);
            }
            output::note(&format!(
                "removed the answer {id} on the {}",
                removed
                    .answer
                    .question(removed.jurisdiction, Some(ctx.dataset()?))
            ));
            Ok(())
        }
    }
}

fn list(ctx: &Context) -> Result<(), Exit> {
    let answers = ctx.store()?.checked_answers()?;
    let data = ctx.dataset()?;
    let notices = answer_notices(data, &answers, ctx.today);
    let listed: Vec<Listed<'_>> = answers
        .iter()
        .zip(&notices)
        .map(|(answer, notice)| Listed { answer, notice })
        .collect();
    if ctx.json {
        return output::json(&listed);
    }
    if listed.is_empty() {
        return output::lines(&["(no checked answers)".to_string()]);
    }
    let mut lines = Vec::new();
    for Listed { answer, notice } in listed {
        lines.push(format!(
            "{}  {}: your answer, {}, {}",
            answer.id,
            answer.answer.question(answer.jurisdiction, Some(data)),
            answer.checked_on,
            answer.source.describe()
        ));
        if !answer.note.is_empty() {
            lines.push(format!("    note: {}", answer.note));
        }
        lines.push(format!("    {}", notice.message));
    }
    output::lines(&lines)
}

fn add(ctx: &Context, args: AddArgs) -> Result<(), Exit> {
    let jurisdiction = if args.state.trim().eq_ignore_ascii_case("federal") {
        None
    } else {
        Some(super::jurisdiction(&args.state)?)
    };
    let fact = CheckedFact::from(args.fact);
    let value: serde_json::Value = serde_json::from_str(&args.value)
        .map_err(|e| Exit::refused(format!("--value is not JSON: {e}")))?;
    let tagged = serde_json::json!({ "fact": fact, "value": value });
    let answer: CheckedValue = serde_json::from_value(tagged).map_err(|e| {
        Exit::refused(format!(
            "--value is not a {} answer: {e}",
            jurisdiction.map_or_else(|| fact.federal_question().to_string(), |j| fact.question(j))
        ))
    })?;
    let source = match (args.url, args.phone_call) {
        (Some(url), _) => AnswerSource::Address { url },
        (None, Some(person)) => AnswerSource::PhoneCall { person },
        (None, None) => return Err(Exit::refused("give --url or --phone-call")),
    };
    let saved = ctx.store()?.save_checked_answer(
        CheckedAnswer {
            id: String::new(),
            jurisdiction,
            answer,
            source,
            checked_on: args.checked_on.unwrap_or(ctx.today),
            note: args.note,
        },
        ctx.today,
    )?;
    if ctx.json {
        return output::json(&saved);
    }
    output::note(&format!(
        "recorded {} on the {}",
        saved.id,
        saved
            .answer
            .question(saved.jurisdiction, Some(ctx.dataset()?))
    ));
    Ok(())
}
