//! The path table harness: a case, the physician and nurse it starts from, and the runner
//! over every table.

use licensure_core::model::{Credential, LicenseStatus, Profession, Profile};
use licensure_core::path::{path_to, RouteKind};
use licensure_core::reason::Outcome;
use licensure_core::reference::Dataset;
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

use Outcome::*;

use super::{other_professions, physicians};

pub(super) struct Case {
    pub(super) name: &'static str,
    pub(super) to: Jurisdiction,
    pub(super) profile: Profile,
    pub(super) credentials: Vec<Credential>,
    pub(super) data: Dataset,
    /// Every route in order: kind, outcome and one code it must carry.
    pub(super) routes: Vec<(RouteKind, Outcome, &'static str)>,
}

pub(super) fn doctor(to: Jurisdiction) -> Case {
    Case {
        name: "",
        to,
        profile: physician(),
        credentials: vec![md(TX), abms()],
        data: Data::standard().build(),
        routes: Vec::new(),
    }
}

pub(super) fn rn(to: Jurisdiction, credentials: Vec<Credential>) -> Case {
    Case {
        profile: clinician(Profession::Rn, Some(TX)),
        credentials,
        ..doctor(to)
    }
}

pub(super) fn rn_tx() -> Credential {
    license(
        "lic-tx",
        TX,
        "RN",
        LicenseStatus::Active,
        Some(day(2027, 3, 31)),
    )
}

#[test]
fn path_cases() {
    let cases = [physicians::cases(), other_professions::cases()]
        .into_iter()
        .flatten();
    for case in cases {
        let path = path_to(
            case.to,
            &case.profile,
            &case.credentials,
            &case.data,
            today(),
        );
        assert_eq!(path.jurisdiction, case.to, "{}", case.name);
        let got: Vec<(RouteKind, Outcome)> =
            path.routes.iter().map(|r| (r.kind, r.outcome)).collect();
        let want: Vec<(RouteKind, Outcome)> = case.routes.iter().map(|&(k, o, _)| (k, o)).collect();
        assert_eq!(got, want, "{}: routes {:#?}", case.name, path.routes);
        for (route, (_, _, code)) in path.routes.iter().zip(&case.routes) {
            assert!(
                route.reasons.iter().any(|r| r.code == *code),
                "{}: {} lacks {code}: {:?}",
                case.name,
                route.name,
                route.reasons
            );
            assert!(
                route.reasons.iter().all(|r| !r.message.contains("SECRET")),
                "{}: a message leaks a credential number",
                case.name
            );
            if route.outcome == Missing {
                assert!(
                    !route.steps.is_empty(),
                    "{}: {} has no steps",
                    case.name,
                    route.name
                );
            }
        }
    }
}
