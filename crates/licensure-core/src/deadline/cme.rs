//! The CME shortfall on renewal deadlines: a license's expiry and its renewal window carry
//! what its CME still needs; a DEA registration's carry the MATE Act training when missing.
//!
//! Limits: only the deadlines of the current cycle (the license's recorded expiry) are
//! marked; what is missing comes from `crate::cme`, already judged.

use chrono::NaiveDate;

use super::{deadlines, Deadline, DeadlineKind};
use crate::cme::{cme_report, CmeReport, CmeStatus};
use crate::model::{CmeActivity, Credential, Offer, Profile};
use crate::reference::Dataset;

/// Marks each renewal deadline of a license (expiry, renewal window) whose CME is missing
/// something with the shortfall in words, and each DEA registration's with the MATE Act
/// training when it is missing.
pub fn with_cme(all: &mut [Deadline], report: &CmeReport) {
    let renewal = |d: &Deadline| {
        matches!(
            d.kind,
            DeadlineKind::Expiry | DeadlineKind::RenewalWindowOpens
        )
    };
    for d in all.iter_mut().filter(|d| renewal(d)) {
        let Some(id) = d.credential_id.as_deref() else {
            continue;
        };
        let license = report
            .licenses
            .iter()
            .find(|l| l.credential_id == id && l.status == CmeStatus::Missing && l.due.is_some());
        if let Some(l) = license {
            // The expiry is the window's end; the window opens before it.
            if l.due.is_some_and(|end| d.due <= end) && !l.shortfall.is_empty() {
                d.cme_shortfall = Some(l.shortfall.clone());
            }
        }
        let mate = report
            .mate_act
            .iter()
            .find(|m| m.credential_id == id && m.status == CmeStatus::Missing);
        if let Some(m) = mate {
            d.cme_shortfall = Some(format!(
                "{} of the {} hours of the MATE Act training on substance use disorders \
                 still needed",
                m.required.saturating_sub(m.done),
                m.required
            ));
        }
    }
}

/// [`deadlines`] with the CME shortfall of each renewal ([`with_cme`]).
pub fn deadlines_with_cme(
    profile: Option<&Profile>,
    credentials: &[Credential],
    offers: &[Offer],
    activities: &[CmeActivity],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Deadline> {
    let mut all = deadlines(profile, credentials, offers, data, today);
    with_cme(&mut all, &cme_report(credentials, activities, data));
    all
}
