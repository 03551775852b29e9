//! The Offers page: each recorded offer next to its verdict.
//!
//! Limits: verdicts are the core's (`verdict::evaluate_offers`); filtering and sorting are
//! the UI's.

use chrono::NaiveDate;
use licensure_core::model::Offer;
use licensure_core::reference::Dataset;
use licensure_core::verdict::{evaluate_offers, OfferVerdict};
use serde::Serialize;
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::Records;

/// An offer and the verdict on it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct JudgedOffer {
    pub offer: Offer,
    pub verdict: OfferVerdict,
}

/// Every offer, judged as of `today`, in the store's order.
#[derive(Debug, Clone, Serialize, TS)]
pub struct JudgedOffers {
    pub today: NaiveDate,
    pub offers: Vec<JudgedOffer>,
}

impl JudgedOffers {
    /// Needs the profile: the verdict depends on profession and history.
    pub fn of(records: &Records, data: &Dataset, today: NaiveDate) -> Result<Self, IpcError> {
        let profile = records.require_profile()?;
        let verdicts = evaluate_offers(&records.offers, profile, &records.credentials, data, today);
        let offers = records
            .offers
            .iter()
            .cloned()
            .zip(verdicts)
            .map(|(offer, verdict)| JudgedOffer { offer, verdict })
            .collect();
        Ok(JudgedOffers { today, offers })
    }
}
