//! The deadline set by a dated federal rule: the last day of the DEA telemedicine
//! flexibilities, for a clinician with an offer that prescribes controlled substances past it.
//!
//! Limits: only the rule with id [`DEA_TELEMEDICINE_FLEXIBILITIES`] is dated here. When the
//! rule's sources conflict its recorded end date is still listed (warning early is the safe
//! side) with a caveat; when no end date is recorded there is nothing to date, and the offer
//! verdict reports the missing federal basis instead.

use chrono::NaiveDate;

use super::{Deadline, DeadlineKind};
use crate::model::Offer;
use crate::reference::Dataset;

/// The id of the DEA telemedicine flexibilities in the reference data.
pub use crate::reference::TELEMEDICINE_FLEXIBILITIES as DEA_TELEMEDICINE_FLEXIBILITIES;

pub(super) fn deadline(offers: &[Offer], data: &Dataset, today: NaiveDate) -> Option<Deadline> {
    let fact = data.federal.flexibilities()?;
    let rule = fact.value.as_ref()?;
    let ends = rule.effective_until?;
    let affected: Vec<String> = offers
        .iter()
        .filter(|o| !o.controlled_substances.is_empty() && o.end.is_none_or(|end| end > ends))
        .map(|o| format!("Offer · {} ({})", o.employer, o.role))
        .collect();
    if affected.is_empty() {
        return None;
    }
    let owner = format!("rule.{}", rule.id);
    let subject = format!("Federal rule · {}", rule.name);
    let mut deadline = Deadline::new(
        &owner,
        None,
        DeadlineKind::FederalRuleEnds,
        subject,
        ends,
        today,
    );
    deadline.linked_risks = affected;
    if fact.known().is_none() {
        deadline.caveat = Some(
            "The sources for this end date are unknown or conflicting: verify it before \
             relying on it."
                .to_string(),
        );
    }
    deadline.citations.push(fact.cite(rule.name.clone()));
    Some(deadline)
}
