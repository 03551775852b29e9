//! Deadline cases for the IMLC letter of qualification, the CAQH attestation and board
//! certification.

use super::fixture::{board, caqh, doubtful, loq};
use super::table::{case, Case};
use licensure_core::deadline::Urgency;
use licensure_core::model::LoqStatus;
use licensure_core::reference::Confidence;

pub(super) fn cases() -> Vec<Case> {
    use Urgency::*;
    vec![
        case(
            "LOQ issued 2027-03-01 + 365 days lands on the leap day",
            vec![loq("loq", LoqStatus::Issued, Some("2027-03-01"), None)],
            "2028-01-01",
            vec![("loq:loq_expires:2028-02-29", 59, Within90Days)],
        ),
        case(
            "LOQ: the commission's expiry wins over the derived one",
            vec![loq(
                "loq",
                LoqStatus::Issued,
                Some("2027-03-01"),
                Some("2028-01-15"),
            )],
            "2028-01-01",
            vec![("loq:loq_expires:2028-01-15", 14, Within14Days)],
        ),
        Case {
            data: |data| {
                data.imlc.loq_validity_days =
                    doubtful(data.imlc.loq_validity_days.clone(), Confidence::Unknown)
            },
            ..case(
                "LOQ validity unknown: a verify deadline at the issue date, no guess",
                vec![loq("loq", LoqStatus::Issued, Some("2027-03-01"), None)],
                "2027-06-01",
                vec![("loq:loq_expires:2027-03-01", -92, Verify)],
            )
        },
        Case {
            data: |data| {
                data.imlc.loq_validity_days =
                    doubtful(data.imlc.loq_validity_days.clone(), Confidence::Conflicting)
            },
            ..case(
                "LOQ validity conflicting: verify, the recorded value is not used",
                vec![loq("loq", LoqStatus::Issued, Some("2027-03-01"), None)],
                "2027-06-01",
                vec![("loq:loq_expires:2027-03-01", -92, Verify)],
            )
        },
        case(
            "LOQ applied, not issued: nothing yet",
            vec![loq("loq", LoqStatus::Applied, None, None)],
            "2027-06-01",
            vec![],
        ),
        case(
            "LOQ issued without any date: nothing to pin",
            vec![loq("loq", LoqStatus::Issued, None, None)],
            "2027-06-01",
            vec![],
        ),
        case(
            "CAQH: 120 days after the last attestation",
            vec![caqh("caqh", "2026-11-01")],
            "2027-01-01",
            vec![("caqh:caqh_reattest:2027-03-01", 59, Within90Days)],
        ),
        case(
            "CAQH attested on a month end: 120 days to 2028-02-28",
            vec![caqh("caqh", "2027-10-31")],
            "2028-02-28",
            vec![("caqh:caqh_reattest:2028-02-28", 0, Within14Days)],
        ),
        case(
            "CAQH overdue",
            vec![caqh("caqh", "2026-08-01")],
            "2027-01-01",
            vec![("caqh:caqh_reattest:2026-11-29", -33, Passed)],
        ),
        case(
            "board certification: dated one listed, time-unlimited one not",
            vec![
                board("bc1", "Internal Medicine", Some("2027-12-31"), false),
                board("bc2", "Geriatrics", None, true),
                board("bc3", "Cardiology", Some("2027-12-31"), true),
            ],
            "2027-01-01",
            vec![("bc1:board_cert_expires:2027-12-31", 364, Later)],
        ),
    ]
}
