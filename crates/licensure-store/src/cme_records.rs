//! CME activities as records: list, save (validated, an id assigned to a new one), delete
//! (returned, for undo).
//!
//! Limits: validation is licensure-core's (`validate_cme_activity`); "today" is the caller's.

use chrono::NaiveDate;
use licensure_core::model::CmeActivity;
use licensure_core::validation::{has_errors, validate_cme_activity};

use crate::{Store, StoreError};

/// Key prefix of CME activity records.
const CME_PREFIX: &str = "cme_activity/";

impl Store {
    pub(crate) fn cme_key(id: &str) -> Vec<u8> {
        format!("{CME_PREFIX}{id}").into_bytes()
    }

    pub(crate) fn new_cme_id(&self) -> Result<String, StoreError> {
        self.new_id("m", CME_PREFIX)
    }

    /// Every CME activity, in id order.
    pub fn cme_activities(&self) -> Result<Vec<CmeActivity>, StoreError> {
        self.scan(CME_PREFIX)
    }

    /// Validates and saves an activity, assigning an id when it has none (empty); `today` is
    /// the clinician's date. Durable when it returns Ok; nothing is stored when it returns Err.
    pub fn save_cme_activity(
        &self,
        mut activity: CmeActivity,
        today: NaiveDate,
    ) -> Result<CmeActivity, StoreError> {
        if activity.id.trim().is_empty() {
            activity.id = self.new_cme_id()?;
        }
        let issues = validate_cme_activity(&activity, today);
        if has_errors(&issues) {
            return Err(StoreError::Invalid(issues));
        }
        self.commit(
            vec![(Self::cme_key(&activity.id), Some(self.encode(&activity)?))],
            None,
        )?;
        Ok(activity)
    }

    /// Deletes an activity and returns it (for undo).
    pub fn delete_cme_activity(&self, id: &str) -> Result<CmeActivity, StoreError> {
        let key = Self::cme_key(id);
        let existing: CmeActivity = self.get(&key)?.ok_or_else(|| StoreError::NotFound {
            kind: "CME activity",
            id: id.to_string(),
        })?;
        self.commit(vec![(key, None)], None)?;
        Ok(existing)
    }
}
