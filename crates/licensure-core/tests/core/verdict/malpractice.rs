//! Verdict cases on malpractice: coverage over the period, state minimums and funds.

use super::credentials::{
    license, md_license, offer, policy, policy_terms, tx_physician, with, with_funds, without,
    PolicyTerms,
};
use super::fixture::d;
use super::table::At::State;
use super::table::{case, Case};
use licensure_core::model::{
    Answer, Coverage, EmployerMalpractice, LicenseStatus, Offer, PolicyBasis, Tail,
};
use licensure_core::reason::Outcome;
use licensure_core::verdict::OfferOutcome::{AcceptableAfterSteps, AcceptableNow, Verify};
use licensure_core::Jurisdiction::{AL, CO, MA, TX, WI};

pub(super) fn cases() -> Vec<Case> {
    use Outcome::{Met, Missing, Warning};
    let verify = Outcome::Verify;
    vec![
        // --- malpractice ----------------------------------------------------------------
        case(
            "patient state outside the policy's coverage",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        coverage: Coverage::Listed(vec![TX]),
                        ..policy_terms()
                    }),
                ],
            ),
            offer(&[TX, AL]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "malpractice_covers_offer", Met)
        .has(State(AL), "malpractice_state_not_covered", Missing),
        case(
            "employer coverage stands in for a policy that misses the state",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(AL, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        coverage: Coverage::Listed(vec![TX]),
                        ..policy_terms()
                    }),
                ],
            ),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: vec![TX, AL],
                    telehealth_covered: Answer::Yes,
                    tail: Tail::Employer,
                }),
                ..offer(&[TX, AL])
            },
        )
        .has(State(AL), "employer_malpractice_covers", Met)
        .lacks(&["malpractice_state_not_covered"]),
        case(
            "employer coverage that excludes a state, no own policy",
            without(tx_physician(), &["policy"]),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: vec![AL],
                    telehealth_covered: Answer::Yes,
                    tail: Tail::Employer,
                }),
                ..offer(&[TX])
            },
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "employer_coverage_excludes_state", Missing),
        case(
            "employer coverage with telehealth unknown is a warning",
            without(tx_physician(), &["policy"]),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: vec![TX],
                    telehealth_covered: Answer::Unknown,
                    tail: Tail::Employer,
                }),
                ..offer(&[TX])
            },
        )
        .has(State(TX), "telehealth_coverage_unknown", Warning),
        case(
            "own policy with telehealth unknown is a warning, never a silent pass",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    telehealth: Answer::Unknown,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .has(State(TX), "telehealth_coverage_unknown", Warning),
        case(
            "policy that excludes telehealth",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    telehealth: Answer::No,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "policy_excludes_telehealth", Missing),
        case(
            "no malpractice coverage at all",
            without(tx_physician(), &["policy"]),
            offer(&[TX]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(TX), "no_malpractice_coverage", Missing),
        case(
            "claims-made policy ends during the offer without a tail",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    end: d(2026, 9, 30),
                    basis: PolicyBasis::ClaimsMade,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "malpractice_ends_during_offer", Met)
        .has(State(TX), "claims_made_without_tail", Warning),
        case(
            "claims-made policy ending during the offer, tail not recorded",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    end: d(2026, 9, 30),
                    basis: PolicyBasis::ClaimsMade,
                    tail: Tail::Unknown,
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "claims_made_tail_not_recorded", Warning)
        .lacks(&["claims_made_without_tail"]),
        case(
            "occurrence policy ending during the offer needs no tail warning",
            with(
                without(tx_physician(), &["policy"]),
                vec![policy(PolicyTerms {
                    end: d(2026, 9, 30),
                    ..policy_terms()
                })],
            ),
            offer(&[TX]),
        )
        .outcome(&[AcceptableNow])
        .has(State(TX), "malpractice_ends_during_offer", Met)
        .lacks(&["claims_made_without_tail"]),
        case(
            "limits below the state's minimum",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(CO, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        limits: Some((500_000, 1_500_000)),
                        ..policy_terms()
                    }),
                ],
            ),
            offer(&[CO]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(CO), "below_state_minimum", Missing),
        case(
            "limits at the state's minimum",
            with(tx_physician(), vec![md_license(CO, d(2028, 1, 31))]),
            offer(&[CO]),
        )
        .has(State(CO), "meets_state_minimum", Met),
        case(
            "limits not recorded in a state with a minimum",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(CO, d(2028, 1, 31)),
                    policy(PolicyTerms {
                        limits: None,
                        ..policy_terms()
                    }),
                ],
            ),
            offer(&[CO]),
        )
        .outcome(&[Verify])
        .has(State(CO), "coverage_limits_unknown", verify),
        case(
            "state with a mandatory compensation fund the policy has not joined",
            with(tx_physician(), vec![md_license(WI, d(2028, 1, 31))]),
            offer(&[WI]),
        )
        .outcome(&[AcceptableAfterSteps])
        .has(State(WI), "meets_state_minimum", Met)
        .has(State(WI), "patient_compensation_fund", Missing),
        case(
            "state with a mandatory compensation fund the policy takes part in",
            with(
                without(tx_physician(), &["policy"]),
                vec![
                    md_license(WI, d(2028, 1, 31)),
                    with_funds(policy(policy_terms()), &[WI]),
                ],
            ),
            offer(&[WI]),
        )
        .outcome(&[AcceptableNow])
        .has(State(WI), "compensation_fund_joined", Met)
        .lacks(&["patient_compensation_fund"]),
        case(
            "employer coverage in a state with a mandatory fund: confirm it includes the fund",
            with(
                without(tx_physician(), &["policy"]),
                vec![md_license(WI, d(2028, 1, 31))],
            ),
            Offer {
                employer_malpractice: Some(EmployerMalpractice {
                    jurisdictions: Vec::new(),
                    telehealth_covered: Answer::Yes,
                    tail: Tail::Employer,
                }),
                ..offer(&[WI])
            },
        )
        .outcome(&[Verify])
        .has(State(WI), "coverage_limits_unknown", Outcome::Verify)
        .has(State(WI), "patient_compensation_fund", Warning),
        case(
            "malpractice rule unknown",
            with(
                tx_physician(),
                vec![license(
                    "lic-MA",
                    MA,
                    "MD",
                    LicenseStatus::Active,
                    d(2028, 1, 31),
                )],
            ),
            offer(&[MA]),
        )
        .outcome(&[Verify])
        .has(State(MA), "malpractice_requirement_unknown", verify),
    ]
}
