//! The clinician's checked answers on disk: `answer/<id>` records, saved with validation,
//! deleted with the removed answer handed back (for undo).
//!
//! Limits: like every write, durable (flushed) when it returns Ok. "Today" is passed in: the
//! store reads no clock.

use chrono::NaiveDate;
use licensure_core::checked::{validate_checked_answer, CheckedAnswer};
use licensure_core::validation::has_errors;

use crate::{Store, StoreError};

pub(crate) const ANSWER_PREFIX: &str = "answer/";

impl Store {
    /// Every checked answer, in id order.
    pub fn checked_answers(&self) -> Result<Vec<CheckedAnswer>, StoreError> {
        self.scan(ANSWER_PREFIX)
    }

    /// Validates and saves an answer, assigning an id when it has none (empty); an answer
    /// with an id replaces the one stored under it (an edit, or an undone delete). Returns
    /// the stored answer. Nothing is stored when it returns Err.
    pub fn save_checked_answer(
        &self,
        mut answer: CheckedAnswer,
        today: NaiveDate,
    ) -> Result<CheckedAnswer, StoreError> {
        if answer.id.trim().is_empty() {
            answer.id = self.new_id("a", ANSWER_PREFIX)?;
        }
        let others = self.checked_answers()?;
        let issues = validate_checked_answer(&answer, &others, today);
        if has_errors(&issues) {
            return Err(StoreError::Invalid(issues));
        }
        let key = format!("{ANSWER_PREFIX}{}", answer.id).into_bytes();
        self.commit(vec![(key, Some(self.encode(&answer)?))], None)?;
        Ok(answer)
    }

    /// Deletes an answer and returns it (for undo: save it again as it was).
    pub fn delete_checked_answer(&self, id: &str) -> Result<CheckedAnswer, StoreError> {
        let key = format!("{ANSWER_PREFIX}{id}");
        let existing: CheckedAnswer =
            self.get(key.as_bytes())?
                .ok_or_else(|| StoreError::NotFound {
                    kind: "checked answer",
                    id: id.to_string(),
                })?;
        self.commit(vec![(key.into_bytes(), None)], None)?;
        Ok(existing)
    }
}
