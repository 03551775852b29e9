//! Verdict cases on controlled substances: DEA registrations, state CSRs and the
//! telemedicine flexibilities.

use super::credentials::{
    cs_offer, dated, dea, license, md_license, policy, policy_terms, state_csr, tx_physician, with,
    without,
};
use super::fixture::{d, data_with};
use super::table::At::State;
use super::table::{case, Case};
use licensure_core::model::{LicenseStatus, Modality, Offer, Profession, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::reference::Confidence;
use licensure_core::verdict::OfferOutcome::{
    AcceptableAfterSteps, AcceptableNow, NotAcceptable, Verify,
};
use licensure_core::verdict::TELEMEDICINE_FLEXIBILITIES;
use licensure_core::Jurisdiction::{AL, FL, TX};

pub(super) fn cases() -> Vec<Case> {
    use Outcome::{Blocked, Met, Missing, Warning};
    let verify = Outcome::Verify;
    let s2 = Schedule::S2;
    let s2n = Schedule::S2N;
    let s4 = Schedule::S4;
    vec![
        // --- controlled substances ------------------------------------------------------
        case(
            "Texas: DEA covers the schedules, no state CSR, flexibilities cover the offer",
            tx_physician(),
            cs_offer(&[TX], &[s2, s4]),
        )
        .has(State(TX), "dea_registration_covers", Met)
        .has(State(TX), "csr_not_required", Met)
        .has(State(TX), "telemedicine_flexibilities_cover_offer", Met),
        case(
            "DEA registration lacks schedule 2N",
            with(
                without(tx_physician(), &["dea-TX"]),
                vec![dea(TX, &[s2, s4], d(2028, 1, 31))],
            ),
            cs_offer(&[TX], &[s2n]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "dea_schedules_missing", Missing),
        case(
            "DEA registration with 2N does not cover 2",
            with(
                without(tx_physician(), &["dea-TX"]),
                vec![dea(TX, &[s2n], d(2028, 1, 31))],
            ),
            cs_offer(&[TX], &[s2]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "dea_schedules_missing", Missing),
        case(
            "DEA registration expires one day before the offer ends",
            with(
                without(tx_physician(), &["dea-TX"]),
                vec![dea(TX, Schedule::ALL, d(2026, 12, 30))],
            ),
            cs_offer(&[TX], &[s4]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "dea_expires_during_offer", Met),
        case(
            "no DEA registration for the patient state",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    state_csr(AL, Schedule::ALL, d(2027, 12, 31)),
                ],
            ),
            cs_offer(&[AL], &[s4]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(AL), "dea_registration_missing", Missing)
        .has(State(AL), "csr_covers", Met),
        case(
            "CSR-required state with the CSR",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    dea(AL, Schedule::ALL, d(2028, 1, 31)),
                    state_csr(AL, Schedule::ALL, d(2027, 12, 31)),
                ],
            ),
            cs_offer(&[AL], &[s2, s4]),
        )
        .has(State(AL), "csr_covers", Met),
        case(
            "CSR-required state without the CSR",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    dea(AL, Schedule::ALL, d(2028, 1, 31)),
                ],
            ),
            cs_offer(&[AL], &[s4]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(AL), "csr_missing", Missing),
        case(
            "CSR lacks a schedule the offer needs",
            with(
                tx_physician(),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    dea(AL, Schedule::ALL, d(2028, 1, 31)),
                    state_csr(AL, &[s4], d(2027, 12, 31)),
                ],
            ),
            cs_offer(&[AL], &[s2, s4]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(AL), "csr_schedules_missing", Missing),
        case(
            "CSR requirement unknown",
            with(
                tx_physician(),
                vec![
                    md_license(FL, d(2028, 1, 31)),
                    dea(FL, Schedule::ALL, d(2028, 1, 31)),
                ],
            ),
            cs_offer(&[FL], &[s4]),
        )
        .outcome(&[Verify])
        .has(State(FL), "csr_requirement_unknown", verify),
        case(
            "offer straddles the end of the flexibilities",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2026, 10, 1), Some(d(2027, 3, 31))),
        )
        .outcome(&[Verify])
        .has(
            State(TX),
            "telemedicine_flexibilities_end_during_offer",
            verify,
        )
        .lacks(&["telemedicine_flexibilities_cover_offer"]),
        case(
            "offer starts after the flexibilities end",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2027, 2, 1), Some(d(2027, 6, 30))),
        )
        .outcome(&[Verify])
        .has(
            State(TX),
            "telemedicine_flexibilities_end_before_offer",
            verify,
        ),
        case(
            "offer ends on the flexibilities' last day",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2026, 7, 1), Some(d(2026, 12, 31))),
        )
        .has(State(TX), "telemedicine_flexibilities_cover_offer", Met),
        case(
            "flexibilities extended in the data: evaluated as data, not a constant",
            tx_physician(),
            dated(cs_offer(&[TX], &[s4]), d(2027, 2, 1), Some(d(2027, 6, 30))),
        )
        .data(data_with(|data| {
            for rule in data
                .federal
                .telemedicine_rules
                .iter_mut()
                .filter_map(|f| f.value.as_mut())
            {
                if rule.id == TELEMEDICINE_FLEXIBILITIES {
                    rule.effective_until = Some(d(2027, 12, 31));
                }
            }
        }))
        .has(State(TX), "telemedicine_flexibilities_cover_offer", Met),
        case(
            "flexibilities fact unknown",
            tx_physician(),
            cs_offer(&[TX], &[s4]),
        )
        .data(data_with(|data| {
            for f in &mut data.federal.telemedicine_rules {
                f.confidence = Confidence::Conflicting;
            }
        }))
        .outcome(&[Verify])
        .has(State(TX), "telemedicine_rule_unknown", verify),
        case(
            "audio-only visits alongside video, with controlled substances",
            tx_physician(),
            Offer {
                modalities: vec![Modality::Video, Modality::AudioOnly],
                ..cs_offer(&[TX], &[s4])
            },
        )
        .has(State(TX), "non_video_prescribing_limited", Warning),
        case(
            "audio-only offer with controlled substances",
            tx_physician(),
            Offer {
                modalities: vec![Modality::AudioOnly],
                ..cs_offer(&[TX], &[s4])
            },
        )
        .outcome(&[Verify])
        .has(State(TX), "no_video_for_controlled_substances", verify),
        case(
            "psychologist offered a prescribing role: no route exists",
            vec![
                license(
                    "lic-TX",
                    TX,
                    "Psychologist",
                    LicenseStatus::Active,
                    d(2028, 1, 31),
                ),
                policy(policy_terms()),
            ],
            cs_offer(&[TX], &[s4]),
        )
        .profession(Profession::Psychologist)
        .outcome(&[NotAcceptable])
        .has(State(TX), "license_covers_offer", Met)
        .has(
            State(TX),
            "profession_cannot_prescribe_controlled_substances",
            Blocked,
        ),
        case(
            "nurse practitioner prescribing: scope warning",
            vec![
                license("lic-TX", TX, "APRN", LicenseStatus::Active, d(2028, 1, 31)),
                dea(TX, Schedule::ALL, d(2028, 1, 31)),
                policy(policy_terms()),
            ],
            cs_offer(&[TX], &[s4]),
        )
        .profession(Profession::NpAprn)
        .has(State(TX), "prescriptive_authority_scope", Warning),
    ]
}
