//! The clinician's checked answers in the app: the dataset every view and the reminders judge
//! with (the bundled data with the answers laid over it, one function for all), and the IPC
//! commands that list, save and delete answers.
//!
//! Saves and deletes run under the offer watch, like credential edits: an offer a deleted
//! answer makes worse raises a notification.
//!
//! Limits: no rules here; the overlay and the notices are licensure-core's
//! (`licensure_core::checked`), validation is the store's.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use licensure_core::checked::{answer_notices, overlay, AnswerNotice, CheckedAnswer, CheckedFact};
use licensure_core::reference::Dataset;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::commands::today;
use crate::ipc::IpcError;
use crate::offer_watch;
use crate::state::AppState;

/// The dataset to judge with as of `today`: the one in use (bundled or an installed pack)
/// with the stored answers laid over it.
pub fn judged_dataset(state: &AppState, today: NaiveDate) -> Result<Arc<Dataset>, IpcError> {
    let data = state.dataset()?;
    let answers = state.store()?.checked_answers()?;
    // No answer used: the data in use as it is, without a copy.
    let laid = match overlay(&data, &answers, today).dataset {
        Cow::Borrowed(_) => None,
        Cow::Owned(laid) => Some(laid),
    };
    Ok(laid.map_or(data, Arc::new))
}

/// One answer and what the clinician is told about it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ListedAnswer {
    pub answer: CheckedAnswer,
    pub notice: AnswerNotice,
    /// The question in words ("malpractice minimum in RI", "standing of MI in the IMLC").
    pub question: String,
}

/// Every checked answer, with the reason codes each kind of fact settles (the offer view
/// offers "I checked this" on those).
#[derive(Debug, Clone, Serialize, TS)]
pub struct CheckedAnswers {
    pub answers: Vec<ListedAnswer>,
    pub settles: Vec<FactReasons>,
}

/// The "verify" reasons one kind of fact settles.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FactReasons {
    pub fact: CheckedFact,
    pub codes: Vec<String>,
}

/// Every checked answer with its notice (flagged after 365 days; a newer official fact).
#[tauri::command]
pub fn checked_answers(state: State<'_, AppState>) -> Result<CheckedAnswers, IpcError> {
    let answers = state.store()?.checked_answers()?;
    let data = state.dataset()?;
    let notices = answer_notices(&data, &answers, today());
    let answers = answers
        .into_iter()
        .zip(notices)
        .map(|(answer, notice)| ListedAnswer {
            question: answer.answer.question(answer.jurisdiction, Some(&data)),
            answer,
            notice,
        })
        .collect();
    let settles = CheckedFact::ALL
        .into_iter()
        .map(|fact| FactReasons {
            fact,
            codes: fact.settles().iter().map(|c| (*c).to_string()).collect(),
        })
        .collect();
    Ok(CheckedAnswers { answers, settles })
}

/// Validates and saves an answer (new when its id is empty; with an id it replaces the stored
/// one: an edit, or the undo of a delete); returns it as stored.
#[tauri::command]
pub async fn save_checked_answer<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    answer: CheckedAnswer,
) -> Result<CheckedAnswer, IpcError> {
    let before = offer_watch::before(&app);
    let saved = state.store()?.save_checked_answer(answer, today())?;
    offer_watch::after(&app, before);
    Ok(saved)
}

/// Deletes an answer and returns it, so that the UI can offer to undo.
#[tauri::command]
pub async fn delete_checked_answer<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<CheckedAnswer, IpcError> {
    let before = offer_watch::before(&app);
    let removed = state.store()?.delete_checked_answer(&id)?;
    offer_watch::after(&app, before);
    Ok(removed)
}
