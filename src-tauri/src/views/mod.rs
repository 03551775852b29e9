//! What each page of the app receives: wire types that bundle core results with the date they
//! were computed for.
//!
//! Limits: mapping only. Every rule (deadlines, eligibility, verdicts, routes, dataset age)
//! is the core's; these modules put its answers in the shape a page reads.

pub mod cme;
pub mod deadlines;
pub mod eligibility;
pub mod offers;
pub mod reference;

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use licensure_core::reference::Dataset;
    use serde_json::json;

    use super::deadlines::DeadlineTimeline;
    use super::eligibility::Eligibility;
    use super::offers::{JudgedOffers, OpenedOffer};
    use crate::ipc::ErrorCode;
    use crate::state::Records;
    use licensure_core::verdict::OfferOutline;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_else(|e| panic!("bad date {s}: {e}"))
    }

    fn data() -> Dataset {
        Dataset::bundled().unwrap_or_else(|e| panic!("bundled dataset: {e}"))
    }

    fn records(with_profile: bool) -> Records {
        let profile = json!({
            "given_name": "Maya", "family_name": "Rivera", "profession": "md",
            "npi": "1234567893", "residence": "TX", "employer_jurisdiction": null,
            "tax_jurisdiction": null, "practice_shares": [],
            "education": { "school": "accredited", "gme_completed": "yes" },
            "exam_attempts": [],
            "history": { "discipline": "no", "criminal": "no",
                         "controlled_substance_action": "no", "open_investigation": "no" }
        });
        let license = |id: &str, j: &str, expires: &str| {
            json!({ "id": id, "notes": "", "detail": {
                "kind": "state_license", "jurisdiction": j, "license_type": "MD",
                "number": "Q1234", "status": "active", "restriction_notes": "",
                "issued": null, "expires": expires, "route": "direct" } })
        };
        let offer = |id: &str, j: &str| {
            json!({ "id": id, "employer": "Acme", "role": "Psychiatrist",
                    "patient_jurisdictions": [j], "start": "2027-01-01", "end": "2027-06-30",
                    "modalities": ["video"] })
        };
        Records {
            profile: with_profile.then(|| {
                serde_json::from_value(profile).unwrap_or_else(|e| panic!("profile: {e}"))
            }),
            credentials: [
                license("lapsed", "FL", "2026-10-31"),
                license("current", "TX", "2028-02-29"),
            ]
            .into_iter()
            .map(|v| serde_json::from_value(v).unwrap_or_else(|e| panic!("credential: {e}")))
            .collect(),
            offers: [offer("o1", "TX"), offer("o2", "FL")]
                .into_iter()
                .map(|v| serde_json::from_value(v).unwrap_or_else(|e| panic!("offer: {e}")))
                .collect(),
            cme_activities: Vec::new(),
        }
    }

    #[test]
    fn a_passed_deadline_reads_in_the_past_tense() {
        let today = day("2026-11-26");
        let timeline = DeadlineTimeline::of(&records(true), &data(), today);
        assert_eq!(timeline.today, today);
        // (name, deadline id, expected headline)
        let cases = [
            (
                "lapsed license",
                "lapsed:expiry:2026-10-31",
                "State license · FL expired on 2026-10-31",
            ),
            (
                "current license",
                "current:expiry:2028-02-29",
                "State license · TX expires",
            ),
        ];
        for (name, id, headline) in cases {
            let Some(item) = timeline.items.iter().find(|i| i.deadline.id == id) else {
                panic!("{name}: no deadline {id} in {:?}", timeline.items);
            };
            assert_eq!(item.headline, headline, "{name}");
            assert_eq!(item.advice, item.deadline.kind.advice(), "{name}");
            assert!(!item.headline.contains("Q1234"), "{name}: number-free");
        }
    }

    #[test]
    fn each_offer_is_paired_with_its_own_verdict() {
        let judged = JudgedOffers::of(&records(true), &data(), day("2026-11-26"))
            .unwrap_or_else(|e| panic!("judged: {e}"));
        let pairs: Vec<_> = judged
            .offers
            .iter()
            .map(|j| (j.offer.id.as_str(), j.verdict.offer_id.as_str()))
            .collect();
        assert_eq!(pairs, [("o1", "o1"), ("o2", "o2")]);
    }

    #[test]
    fn an_opened_offer_has_its_verdict_in_full_and_the_list_its_outline() {
        let (recorded, data, today) = (records(true), data(), day("2026-11-26"));
        let list = JudgedOffers::of(&recorded, &data, today).unwrap_or_else(|e| panic!("{e}"));
        for judged in &list.offers {
            let opened = OpenedOffer::of(&recorded, &data, today, &judged.offer.id)
                .unwrap_or_else(|e| panic!("opened: {e}"));
            assert_eq!(opened.offer, judged.offer);
            assert!(!opened.verdict.reasons.is_empty(), "{}", judged.offer.id);
            assert!(opened.verdict.reasons.iter().all(|r| !r.message.is_empty()));
            assert_eq!(OfferOutline::from(opened.verdict), judged.verdict);
        }
        let missing = OpenedOffer::of(&recorded, &data, today, "no-such-offer").err();
        assert_eq!(missing.map(|e| e.code), Some(ErrorCode::NotFound));
        let no_profile = OpenedOffer::of(&records(false), &data, today, "o1").err();
        assert_eq!(no_profile.map(|e| e.code), Some(ErrorCode::NotFound));
    }

    #[test]
    fn pages_that_judge_the_clinician_need_a_profile() {
        let (records, data, today) = (records(false), data(), day("2026-11-26"));
        // (name, error code of the page without a profile)
        let cases = [
            ("offers", JudgedOffers::of(&records, &data, today).err()),
            ("eligibility", Eligibility::of(&records, &data, today).err()),
        ];
        for (name, error) in cases {
            let code = error.map(|e| e.code);
            assert_eq!(code, Some(ErrorCode::NotFound), "{name}");
        }
        let timeline = DeadlineTimeline::of(&records, &data, today);
        assert!(
            !timeline.items.is_empty(),
            "deadlines need no profile: {timeline:?}"
        );
    }
}
