//! Verdict cases on unknown data, periods and the offer itself.

use super::credentials::{
    cs_offer, dated, license, md_license, offer, tx_physician, with, without,
};
use super::fixture::d;
use super::table::At::State;
use super::table::{case, At, Case};
use licensure_core::model::{LicenseStatus, Offer, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::verdict::OfferOutcome::{AcceptableNow, NotAcceptable, Verify};
use licensure_core::Jurisdiction::{GU, TX};

pub(super) fn cases() -> Vec<Case> {
    use Outcome::{Blocked, Met, Warning};
    let verify = Outcome::Verify;
    let s4 = Schedule::S4;
    vec![
        // --- unknown data, periods and the offer itself ----------------------------------
        case(
            "jurisdiction missing from the reference data",
            with(tx_physician(), vec![md_license(GU, d(2028, 1, 31))]),
            offer(&[GU]),
        )
        .outcome(&[Verify])
        .has(State(GU), "license_covers_offer", Met)
        .has(State(GU), "jurisdiction_data_missing", verify),
        case(
            "open-ended offer judged for one year",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2027, 3, 31))],
            ),
            dated(offer(&[TX]), d(2026, 7, 1), None),
        )
        .outcome(&[AcceptableNow])
        .has(At::Offer, "open_ended_offer_horizon", Warning)
        .has(State(TX), "license_expires_during_offer", Met),
        case(
            "open-ended offer, credentials outlast the horizon",
            tx_physician(),
            dated(offer(&[TX]), d(2026, 7, 1), None),
        )
        .has(At::Offer, "open_ended_offer_horizon", Warning)
        .has(State(TX), "license_covers_offer", Met),
        case(
            "offer already started: judged from today",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Active,
                    d(2027, 1, 31),
                )],
            ),
            dated(offer(&[TX]), d(2026, 1, 1), Some(d(2026, 12, 31))),
        )
        .today(d(2026, 6, 1))
        .has(State(TX), "license_covers_offer", Met),
        case(
            "offer already ended",
            tx_physician(),
            dated(offer(&[TX]), d(2026, 1, 1), Some(d(2026, 5, 31))),
        )
        .outcome(&[NotAcceptable])
        .has(At::Offer, "offer_already_ended", Blocked),
        case(
            "offer ends before it starts",
            tx_physician(),
            dated(offer(&[TX]), d(2026, 9, 1), Some(d(2026, 8, 1))),
        )
        .outcome(&[Verify])
        .has(At::Offer, "offer_dates_inverted", verify),
        case("offer names no patient state", tx_physician(), offer(&[]))
            .outcome(&[Verify])
            .has(At::Offer, "offer_without_patient_jurisdictions", verify),
        case(
            "controlled substances with no modality recorded",
            tx_physician(),
            Offer {
                modalities: Vec::new(),
                ..cs_offer(&[TX], &[s4])
            },
        )
        .outcome(&[Verify])
        .has(State(TX), "offer_modalities_unknown", verify),
    ]
}
