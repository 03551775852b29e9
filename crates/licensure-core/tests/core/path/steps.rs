//! What a route needs: fees and days from the reference data; an exception is never met.

use licensure_core::model::Profession;
use licensure_core::path::{path_to, RouteKind};
use licensure_core::reason::Outcome;
use licensure_core::reference::{TelehealthRoute, TelehealthRouteKind};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use Outcome::*;
use RouteKind::*;

#[test]
fn fees_and_days_come_from_the_reference_data() {
    let data = Data::standard().build();
    let fl = path_to(FL, &physician(), &[md(TX), abms()], &data, today());
    let facts: Vec<(RouteKind, Option<u32>, Option<u32>)> = fl
        .routes
        .iter()
        .map(|r| (r.kind, r.fee_usd, r.typical_days))
        .collect();
    assert_eq!(
        facts,
        vec![
            (CompactLicense, Some(700), Some(30)),
            (TelehealthRegistration, Some(0), Some(21)),
            (FullLicense, Some(500), Some(90)),
        ]
    );
    assert!(
        fl.routes.iter().all(|r| !r.citations.is_empty()),
        "every route cites its facts"
    );

    // Without the board certification the IMLC requires, its typical time does not apply:
    // the route's time is unknown (it still ranks first among attainable routes, by kind).
    let fl = path_to(FL, &physician(), &[md(TX)], &data, today());
    let facts: Vec<(RouteKind, Outcome, Option<u32>, Option<u32>)> = fl
        .routes
        .iter()
        .map(|r| (r.kind, r.outcome, r.fee_usd, r.typical_days))
        .collect();
    assert_eq!(
        facts,
        vec![
            (CompactLicense, Missing, Some(700), None),
            (TelehealthRegistration, Missing, Some(0), Some(21)),
            (FullLicense, Missing, Some(500), Some(90)),
        ]
    );

    let two = Data::standard()
        .telehealth(
            CA,
            fact(registration(
                "ca_slow",
                &[Profession::Md],
                Some(50),
                Some(40),
            )),
        )
        .telehealth(
            CA,
            fact(registration(
                "ca_fast",
                &[Profession::Md],
                Some(90),
                Some(10),
            )),
        )
        .build();
    let ca = path_to(CA, &physician(), &[md(TX), abms()], &two, today());
    let names: Vec<&str> = ca.routes.iter().take(2).map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["ca fast", "ca slow"],
        "the faster registration first"
    );

    let with_letter = [
        md(TX),
        abms(),
        loq(
            "loq",
            licensure_core::model::LoqStatus::Issued,
            None,
            Some(day(2026, 3, 1)),
            None,
        ),
    ];
    let fl = path_to(FL, &physician(), &with_letter, &data, today());
    let imlc = fl.routes.iter().find(|r| r.kind == CompactLicense);
    assert_eq!(
        imlc.map(|r| r.fee_usd),
        Some(None),
        "a valid letter needs no new letter fee"
    );
    assert_eq!(
        imlc.map(|r| r.steps.len()),
        Some(1),
        "only selecting the state remains"
    );
}

#[test]
fn exception_is_never_met() {
    let data = Data::standard()
        .telehealth(
            CA,
            fact(TelehealthRoute {
                kind: TelehealthRouteKind::Exception,
                ..registration("ca_consult", &[Profession::Md], None, Some(0))
            }),
        )
        .build();
    let path = path_to(CA, &physician(), &[md(TX), abms()], &data, today());
    let exception = path.routes.iter().find(|r| r.kind == TelehealthException);
    assert_eq!(exception.map(|r| r.outcome), Some(Verify));
}
