//! Verdict cases on authority to practise: licenses, compact privileges, telehealth
//! registrations and exceptions.

use super::credentials::{
    cs_offer, dea, license, md_license, nlc_privilege, offer, policy, policy_terms,
    telehealth_registration, tx_physician, with, without,
};
use super::fixture::{d, data_with, facts_of, unknown};
use super::table::At::State;
use super::table::{case, At, Case};
use licensure_core::model::{Compact, LicenseStatus, Modality, Offer, Profession, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::verdict::OfferOutcome::{
    AcceptableAfterSteps, AcceptableNow, NotAcceptable, Verify,
};
use licensure_core::Jurisdiction::{AL, FL, MA, MN, OR, TX, VA};

pub(super) fn cases() -> Vec<Case> {
    use Outcome::{Met, Missing, Warning};
    let verify = Outcome::Verify;
    let s4 = Schedule::S4;
    vec![
        // --- authority: licenses -------------------------------------------------------
        case(
            "licensed physician, no controlled substances",
            tx_physician(),
            offer(&[TX]),
        )
        .has(State(TX), "license_covers_offer", Met)
        .has(State(TX), "malpractice_covers_offer", Met)
        .has(State(TX), "no_state_malpractice_minimum", Met)
        .has(At::Offer, "evaluated_period", Met)
        .lacks(&[
            "dea_registration_missing",
            "telemedicine_flexibilities_cover_offer",
        ]),
        case(
            "license expires one day before the offer ends",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2026, 12, 30))],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "license_expires_during_offer", Met)
        .lacks(&["license_covers_offer"]),
        case(
            "license expires on the offer's last day",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2026, 12, 31))],
            ),
            offer(&[TX]),
        )
        .has(State(TX), "license_covers_offer", Met)
        .lacks(&["license_expires_during_offer"]),
        case(
            "license expires before the offer starts",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![md_license(TX, d(2026, 6, 30))],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "license_expired", Missing),
        case(
            "restricted license",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Restricted,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[Verify])
        .has(State(TX), "license_restricted", verify),
        case(
            "license on probation",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Probation,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[Verify])
        .has(State(TX), "license_restricted", verify),
        case(
            "pending license",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "MD",
                    LicenseStatus::Pending,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "license_pending", Missing),
        case(
            "unrecognised license type",
            with(
                without(tx_physician(), &["lic-TX"]),
                vec![license(
                    "lic-TX",
                    TX,
                    "Special permit",
                    LicenseStatus::Active,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[TX]),
        )
        .outcome(&[Verify])
        .has(State(TX), "license_type_unrecognized", verify),
        case(
            "nurse practitioner holding only an RN license",
            vec![
                license("lic-TX", TX, "RN", LicenseStatus::Active, d(2028, 1, 31)),
                policy(policy_terms()),
            ],
            offer(&[TX]),
        )
        .profession(Profession::NpAprn)
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(TX), "license_for_other_profession", Missing)
        .lacks(&["license_covers_offer"]),
        case(
            "no credential at all in the state",
            tx_physician(),
            offer(&[AL]),
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .lacks(&["license_covers_offer"]),
        // --- authority: compact privileges -----------------------------------------------
        case(
            "RN with an NLC multistate license, patient in a member state",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::Rn)
        .has(State(VA), "compact_privilege_covers", Met),
        case(
            "RN with an NLC privilege expiring one day before the offer ends",
            vec![nlc_privilege(d(2026, 12, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::Rn)
        .outcome(&[AcceptableNow])
        .has(State(VA), "privilege_expires_during_offer", Met),
        case(
            "RN with an NLC privilege, state enacted but not implemented",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[MA]),
        )
        .profession(Profession::Rn)
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(MA), "compact_not_implemented_in_state", Missing)
        .lacks(&["compact_privilege_covers"]),
        case(
            "NP holding an NLC privilege: the compact does not cover APRN practice",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::NpAprn)
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(VA), "privilege_other_profession", Missing),
        case(
            "RN with an NLC privilege, state standing unknown",
            vec![nlc_privilege(d(2027, 6, 30)), policy(policy_terms())],
            offer(&[VA]),
        )
        .profession(Profession::Rn)
        .data(data_with(|data| {
            facts_of(data, VA).compacts.insert(Compact::Nlc, unknown());
        }))
        .outcome(&[Verify])
        .has(State(VA), "compact_status_unknown", verify),
        // --- authority: telehealth registrations and exceptions -------------------------
        case(
            "telehealth registration that fits the offer",
            with(
                tx_physician(),
                vec![telehealth_registration(FL, d(2027, 12, 31))],
            ),
            offer(&[FL]),
        )
        .has(State(FL), "telehealth_registration_covers", Met),
        case(
            "telehealth registration that allows no controlled substances",
            with(
                tx_physician(),
                vec![
                    telehealth_registration(FL, d(2027, 12, 31)),
                    dea(FL, Schedule::ALL, d(2028, 1, 31)),
                ],
            ),
            cs_offer(&[FL], &[s4]),
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(FL), "route_excludes_controlled_substances", Missing)
        .lacks(&["telehealth_registration_covers"]),
        case(
            "video-only registration and an offer with audio-only visits",
            with(
                tx_physician(),
                vec![telehealth_registration(MN, d(2027, 12, 31))],
            ),
            Offer {
                modalities: vec![Modality::Video, Modality::AudioOnly],
                ..offer(&[MN])
            },
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(MN), "route_excludes_modality", Missing)
        .lacks(&["telehealth_registration_covers"]),
        case(
            "video-only registration and a video offer",
            with(
                tx_physician(),
                vec![telehealth_registration(MN, d(2027, 12, 31))],
            ),
            offer(&[MN]),
        )
        .has(State(MN), "telehealth_registration_covers", Met),
        case(
            "exception with written limits is only a maybe",
            tx_physician(),
            offer(&[MN]),
        )
        .outcome(&[Verify])
        .has(State(MN), "telehealth_exception_applies", Warning)
        .has(State(MN), "telehealth_route_limits", verify),
        case(
            "existing-patients-only exception does not fit new-patient work",
            tx_physician(),
            offer(&[OR]),
        )
        .outcome(&[AcceptableAfterSteps, Verify, NotAcceptable])
        .has(State(OR), "route_existing_patients_only", Missing)
        .lacks(&["telehealth_exception_applies"]),
    ]
}
