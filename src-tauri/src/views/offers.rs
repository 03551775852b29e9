//! The Offers page: each recorded offer next to the outline of its verdict (outcomes, steps,
//! fees, waits), and one offer opened with its verdict written out in full.
//!
//! Limits: verdicts are the core's (`verdict::outline_offers` for the list,
//! `verdict::evaluate_offer` for the opened offer); filtering and sorting are the UI's.

use chrono::NaiveDate;
use licensure_core::model::Offer;
use licensure_core::reference::Dataset;
use licensure_core::verdict::{evaluate_offer, outline_offers, OfferOutline, OfferVerdict};
use serde::Serialize;
use ts_rs::TS;

use crate::ipc::IpcError;
use crate::state::Records;

/// An offer and the outline of the verdict on it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct JudgedOffer {
    pub offer: Offer,
    pub verdict: OfferOutline,
}

/// One offer with its verdict written out: every reason, step and renewal.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OpenedOffer {
    pub today: NaiveDate,
    pub offer: Offer,
    pub verdict: OfferVerdict,
}

impl OpenedOffer {
    /// The recorded offer `id`, judged as of `today`; needs the profile.
    pub fn of(
        records: &Records,
        data: &Dataset,
        today: NaiveDate,
        id: &str,
    ) -> Result<Self, IpcError> {
        let profile = records.require_profile()?;
        let offer = records.offers.iter().find(|o| o.id == id).ok_or_else(|| {
            IpcError::not_found(format!("No offer with id \"{id}\" is recorded."))
        })?;
        let verdict = evaluate_offer(offer, profile, &records.credentials, data, today);
        Ok(OpenedOffer {
            today,
            offer: offer.clone(),
            verdict,
        })
    }
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
        let verdicts = outline_offers(&records.offers, profile, &records.credentials, data, today);
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
