//! The reference data every rule-running command judges with: the bundled dataset with the
//! clinician's checked answers laid over it (`licensure_core::checked::overlay`), one place
//! for every command.
//!
//! Limits: an answer a newer official fact disagrees with, or one over a year old, is named
//! on standard error; the full list is `licensure answers list`.

use std::borrow::Cow;

use licensure_core::checked::{overlay, AnswerStatus, CheckedAnswer};
use licensure_core::reference::Dataset;

use super::Context;
use crate::exit::Exit;
use crate::output;

impl Context {
    /// The dataset with `answers` laid over it as of `--today`.
    pub fn judged(&self, answers: &[CheckedAnswer]) -> Result<Cow<'_, Dataset>, Exit> {
        let laid = overlay(self.dataset()?, answers, self.today);
        for notice in &laid.notices {
            let disagrees = matches!(
                notice.status,
                AnswerStatus::Superseded {
                    disagrees: true,
                    ..
                }
            );
            if disagrees || notice.stale {
                output::note(&format!("note: {}", notice.message));
            }
        }
        Ok(laid.dataset)
    }
}
