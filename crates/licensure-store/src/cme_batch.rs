//! Adding many CME activities at once (a confirmed transcript import): each validated as a
//! form save is, then all written in one transaction: all or nothing.
//!
//! Limits: only adds; ids are assigned here (any id on the input is replaced). No clock:
//! the caller passes today, after which no activity can be completed.

use chrono::NaiveDate;
use licensure_core::model::CmeActivity;
use licensure_core::validation::validate_cme_activity;

use crate::records::CME_PREFIX;
use crate::{Store, StoreError};

impl Store {
    /// Validates every activity (as `save_cme_activity` does) and stores them all in one
    /// transaction, returning them with their new ids. When any is invalid nothing is stored,
    /// and the issues name the batch position ("2/hours").
    pub fn add_cme_activities(
        &self,
        activities: Vec<CmeActivity>,
        today: NaiveDate,
    ) -> Result<Vec<CmeActivity>, StoreError> {
        let mut issues = Vec::new();
        let mut added: Vec<CmeActivity> = Vec::with_capacity(activities.len());
        for (i, mut activity) in activities.into_iter().enumerate() {
            activity.id = self.fresh_cme_id(&added)?;
            issues.extend(
                validate_cme_activity(&activity, today)
                    .into_iter()
                    .filter(|x| x.is_error())
                    .map(|mut x| {
                        x.field = format!("{i}/{}", x.field);
                        x
                    }),
            );
            added.push(activity);
        }
        if !issues.is_empty() {
            return Err(StoreError::Invalid(issues));
        }
        let mut changes = Vec::with_capacity(added.len());
        for a in &added {
            changes.push((
                format!("{CME_PREFIX}{}", a.id).into_bytes(),
                Some(self.encode(a)?),
            ));
        }
        self.commit(changes, None)?;
        Ok(added)
    }

    /// An id neither stored nor taken earlier in the batch.
    fn fresh_cme_id(&self, batch: &[CmeActivity]) -> Result<String, StoreError> {
        loop {
            let id = self.new_id("m", CME_PREFIX)?;
            if !batch.iter().any(|a| a.id == id) {
                return Ok(id);
            }
        }
    }
}
