//! The route that always exists: a full license by application, with its fee and typical
//! time from the reference data.

use crate::model::Profession;
use crate::reason::{Outcome, Reason};
use crate::reference::Dataset;
use crate::Jurisdiction;

use super::{Route, RouteKind};

pub(super) fn full_license_route(j: Jurisdiction, profession: Profession, data: &Dataset) -> Route {
    let name = format!("Full license in {}", j.name());
    let steps = vec![
        format!("Apply to the {} licensing board", j.name()),
        "Have education, exams, training and other licenses verified for the board".to_string(),
    ];
    let Some(facts) = data.jurisdiction(j) else {
        return Route::new(
            RouteKind::FullLicense,
            name,
            vec![Reason::new(
                "jurisdiction_facts_missing",
                Outcome::Verify,
                format!("The reference data has no facts about {}.", j.name()),
            )],
        )
        .steps(steps);
    };
    let citation = facts
        .full_license
        .cite(format!("Full license fee and time in {}", j.code()));
    let mut reasons = vec![Reason::new(
        "full_license_application",
        Outcome::Missing,
        format!(
            "A full license from {} is always a route, usually the slowest.",
            j.name()
        ),
    )];
    let known = facts
        .full_license
        .known()
        .filter(|_| profession.is_physician());
    if known.is_none() {
        let why = if profession.is_physician() {
            "are not established in the reference data"
        } else {
            "in the reference data are for physician licenses only"
        };
        reasons.push(
            Reason::new(
                "full_license_facts_unknown",
                Outcome::Warning,
                format!("The fee and typical time {why}."),
            )
            .citing(citation.clone()),
        );
    }
    Route::new(RouteKind::FullLicense, name, reasons)
        .steps(steps)
        .costs(
            known.and_then(|f| f.fee_usd),
            known.and_then(|f| f.typical_days),
        )
        .citing(Some(citation))
}
