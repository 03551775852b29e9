//! CME activities in the store: `cme/<id>` records, validated before they are written and
//! flushed before the call returns, like credentials.
//!
//! Limits: no clock here; the caller passes today for the "not in the future" rule.

use chrono::NaiveDate;
use licensure_core::model::CmeActivity;
use licensure_core::validation::{has_errors, validate_cme_activity};

use crate::records::CME_PREFIX;
use crate::{Store, StoreError};

impl Store {
    /// Every CME activity, in id order.
    pub fn cme_activities(&self) -> Result<Vec<CmeActivity>, StoreError> {
        self.scan(CME_PREFIX)
    }

    /// One CME activity.
    pub fn cme_activity(&self, id: &str) -> Result<CmeActivity, StoreError> {
        self.get(format!("{CME_PREFIX}{id}").as_bytes())?
            .ok_or_else(|| StoreError::NotFound {
                kind: "CME activity",
                id: id.to_string(),
            })
    }

    /// Validates and saves an activity, assigning an id when it has none (empty). Returns
    /// the stored record. Durable when it returns Ok; nothing is stored when it returns Err.
    pub fn save_cme_activity(
        &self,
        mut activity: CmeActivity,
        today: NaiveDate,
    ) -> Result<CmeActivity, StoreError> {
        if activity.id.trim().is_empty() {
            activity.id = self.new_id("m", CME_PREFIX)?;
        }
        let issues = validate_cme_activity(&activity, today);
        if has_errors(&issues) {
            return Err(StoreError::Invalid(issues));
        }
        let key = format!("{CME_PREFIX}{}", activity.id).into_bytes();
        self.commit(vec![(key, Some(self.encode(&activity)?))], None)?;
        Ok(activity)
    }

    /// Deletes an activity and returns it (for undo).
    pub fn delete_cme_activity(&self, id: &str) -> Result<CmeActivity, StoreError> {
        let existing = self.cme_activity(id)?;
        self.commit(vec![(format!("{CME_PREFIX}{id}").into_bytes(), None)], None)?;
        Ok(existing)
    }
}
