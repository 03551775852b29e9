//! The IMLC Letter of Qualification: its standing from application to expiry.

use licensure_core::imlc::{imlc_eligibility, ImlcOutcome, LoqStanding};
use licensure_core::model::LoqStatus;
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

#[test]
fn letter_of_qualification_standing() {
    let issued = |issued: Option<chrono::NaiveDate>, expires| {
        loq("loq", LoqStatus::Issued, None, issued, expires)
    };
    let cases = vec![
        ("no letter on record", vec![], LoqStanding::None),
        (
            "applied",
            vec![loq(
                "loq",
                LoqStatus::Applied,
                Some(day(2026, 5, 2)),
                None,
                None,
            )],
            LoqStanding::Applied {
                credential_id: "loq".into(),
                principal_state: TX,
                applied: Some(day(2026, 5, 2)),
            },
        ),
        (
            "issued: 365 days of validity from the issue date",
            vec![issued(Some(day(2026, 1, 10)), None)],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(day(2027, 1, 9)),
                days_left: Some(222),
            },
        ),
        (
            "issued 364 days ago: today is the last valid day",
            vec![issued(Some(day(2025, 6, 2)), None)],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(today()),
                days_left: Some(0),
            },
        ),
        (
            "issued 365 days ago: expired yesterday",
            vec![issued(Some(day(2025, 6, 1)), None)],
            LoqStanding::Expired {
                credential_id: "loq".into(),
                principal_state: TX,
                expired: day(2026, 5, 31),
            },
        ),
        (
            "an explicit expiry from the commission wins over the derived one",
            vec![issued(Some(day(2025, 1, 1)), Some(day(2026, 7, 1)))],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(day(2026, 7, 1)),
                days_left: Some(30),
            },
        ),
        (
            "issued with no dates: expiry unknown",
            vec![issued(None, None)],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: None,
                days_left: None,
            },
        ),
        (
            "an issued letter outranks a newer application",
            vec![
                loq(
                    "applied",
                    LoqStatus::Applied,
                    Some(day(2026, 5, 30)),
                    None,
                    None,
                ),
                issued(Some(day(2026, 1, 10)), None),
            ],
            LoqStanding::Issued {
                credential_id: "loq".into(),
                principal_state: TX,
                expires: Some(day(2027, 1, 9)),
                days_left: Some(222),
            },
        ),
    ];
    for (name, mut credentials, want) in cases {
        credentials.extend([md(TX), abms()]);
        let result = imlc_eligibility(
            &physician(),
            &credentials,
            &Data::standard().build(),
            today(),
        );
        assert_eq!(result.loq, want, "{name}");
        assert_eq!(
            result.outcome,
            ImlcOutcome::Eligible,
            "{name}: the letter does not change eligibility"
        );
    }
}
