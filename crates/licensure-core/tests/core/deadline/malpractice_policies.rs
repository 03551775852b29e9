//! Deadline cases for malpractice policies: claims-made without or with tail, occurrence.

use super::fixture::malpractice;
use super::table::{case, Case};
use licensure_core::deadline::Urgency;
use licensure_core::model::{PolicyBasis, Tail};

pub(super) fn cases() -> Vec<Case> {
    use Urgency::*;
    vec![
        case(
            "claims-made policy without tail: period end and tail decision",
            vec![malpractice(
                "mp",
                PolicyBasis::ClaimsMade,
                Tail::None,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![
                ("mp:malpractice_ends:2027-01-31", 30, Within30Days),
                ("mp:tail_decision:2027-01-31", 30, Within30Days),
            ],
        ),
        case(
            "claims-made policy with tail bought: period end only",
            vec![malpractice(
                "mp",
                PolicyBasis::ClaimsMade,
                Tail::Purchased,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![("mp:malpractice_ends:2027-01-31", 30, Within30Days)],
        ),
        case(
            "claims-made policy with employer tail: period end only",
            vec![malpractice(
                "mp",
                PolicyBasis::ClaimsMade,
                Tail::Employer,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![("mp:malpractice_ends:2027-01-31", 30, Within30Days)],
        ),
        case(
            "occurrence policy: period end only",
            vec![malpractice(
                "mp",
                PolicyBasis::Occurrence,
                Tail::None,
                "2027-01-31",
            )],
            "2027-01-01",
            vec![("mp:malpractice_ends:2027-01-31", 30, Within30Days)],
        ),
    ]
}
