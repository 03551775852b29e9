//! Offers whose verdict a change of the reference data changed (an installed pack, or going
//! back to the bundled data): every offer whose outcome differs, better or worse, named in
//! one notification.
//!
//! Limits: outcomes only (a state's finding that changed without changing the offer's
//! outcome is not named); offers are matched by id. The text names employers and outcomes,
//! never a credential number.

use super::{OfferOutcome, OfferOutline};
use crate::model::Offer;

/// One offer whose outcome changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictChange {
    pub offer_id: String,
    pub employer: String,
    pub before: OfferOutcome,
    pub after: OfferOutcome,
}

/// The offers whose outcome differs between `before` and `after`, in the order of `offers`.
pub fn verdict_changes(
    offers: &[Offer],
    before: &[OfferOutline],
    after: &[OfferOutline],
) -> Vec<VerdictChange> {
    offers
        .iter()
        .filter_map(|offer| {
            let old = before.iter().find(|v| v.offer_id == offer.id)?;
            let new = after.iter().find(|v| v.offer_id == offer.id)?;
            (old.outcome != new.outcome).then(|| VerdictChange {
                offer_id: offer.id.clone(),
                employer: offer.employer.trim().to_string(),
                before: old.outcome,
                after: new.outcome,
            })
        })
        .collect()
}

fn words(outcome: OfferOutcome) -> &'static str {
    match outcome {
        OfferOutcome::AcceptableNow => "acceptable now",
        OfferOutcome::AcceptableAfterSteps => "acceptable after steps",
        OfferOutcome::Verify => "to be checked",
        OfferOutcome::NotAcceptable => "not acceptable",
    }
}

/// The one notification's title for `changes` (none when nothing changed).
pub fn data_change_title(changes: &[VerdictChange]) -> Option<String> {
    match changes.len() {
        0 => None,
        1 => Some("New reference data changed an offer's verdict".into()),
        n => Some(format!(
            "New reference data changed the verdict of {n} offers"
        )),
    }
}

/// The notification's body: each offer, its outcome before and after.
pub fn data_change_body(changes: &[VerdictChange]) -> String {
    let lines: Vec<String> = changes
        .iter()
        .map(|c| {
            let employer = if c.employer.is_empty() {
                "An offer"
            } else {
                c.employer.as_str()
            };
            format!("{employer}: {} → {}.", words(c.before), words(c.after))
        })
        .collect();
    format!(
        "{} Open Licensure's Offers page for the reasons.",
        lines.join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(id: &str, outcome: OfferOutcome) -> OfferOutline {
        OfferOutline {
            offer_id: id.into(),
            outcome,
            period: None,
            states: Vec::new(),
            totals: super::super::OfferTotals {
                total_known_fees_usd: 0,
                steps_with_unknown_fee: 0,
                fees_reimbursed: false,
                max_estimated_days: None,
                steps_with_unknown_days: 0,
                states_needing_steps: Vec::new(),
            },
        }
    }

    fn offer(id: &str, employer: &str) -> Offer {
        let mut offer: Offer = serde_json::from_value(serde_json::json!({
            "id": id, "employer": employer, "role": "", "patient_jurisdictions": ["TX"],
            "start": "2027-01-01", "end": null, "modalities": ["video"], "controlled_substances": [],
            "in_person_visits": false, "employer_malpractice": null, "fees_reimbursed": false,
            "pay": "", "notes": ""
        }))
        .unwrap_or_else(|e| panic!("offer: {e}"));
        offer.employer = employer.into();
        offer
    }

    #[test]
    fn changed_outcomes_either_way_are_named_once() {
        use OfferOutcome::*;
        let offers = [
            offer("a", "Alpha"),
            offer("b", " Beta "),
            offer("c", ""),
            offer("d", "Delta"),
        ];
        type Case = (
            &'static str,
            Vec<OfferOutline>,
            Vec<OfferOutline>,
            Vec<&'static str>,
        );
        let cases: Vec<Case> = vec![
            (
                "nothing changed",
                vec![outline("a", Verify)],
                vec![outline("a", Verify)],
                vec![],
            ),
            (
                "better",
                vec![outline("a", Verify)],
                vec![outline("a", AcceptableAfterSteps)],
                vec!["a"],
            ),
            (
                "worse",
                vec![outline("b", AcceptableNow)],
                vec![outline("b", NotAcceptable)],
                vec!["b"],
            ),
            (
                "two of three, in the offers' order",
                vec![
                    outline("d", Verify),
                    outline("a", AcceptableNow),
                    outline("c", Verify),
                ],
                vec![
                    outline("c", NotAcceptable),
                    outline("a", AcceptableNow),
                    outline("d", AcceptableNow),
                ],
                vec!["c", "d"],
            ),
            (
                "an offer only after",
                vec![],
                vec![outline("a", Verify)],
                vec![],
            ),
        ];
        for (name, before, after, expected) in cases {
            let changes = verdict_changes(&offers, &before, &after);
            let ids: Vec<&str> = changes.iter().map(|c| c.offer_id.as_str()).collect();
            assert_eq!(ids, expected, "{name}");
            assert_eq!(
                data_change_title(&changes).is_none(),
                expected.is_empty(),
                "{name}"
            );
        }
        let changes = verdict_changes(
            &offers,
            &[outline("b", Verify), outline("c", AcceptableNow)],
            &[outline("b", AcceptableAfterSteps), outline("c", Verify)],
        );
        assert_eq!(
            data_change_title(&changes).as_deref(),
            Some("New reference data changed the verdict of 2 offers")
        );
        assert_eq!(
            data_change_body(&changes),
            "Beta: to be checked → acceptable after steps. An offer: acceptable now → to be \
             checked. Open Licensure's Offers page for the reasons."
        );
    }
}
