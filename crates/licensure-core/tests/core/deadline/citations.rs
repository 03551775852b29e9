//! Deadline citations and caveats: from the facts that set the date; doubtful data is
//! said, not guessed.

use super::fixture::{
    caqh, d, dataset, dea, doubtful, license, loq, offer, one, DEA_WINDOW_SOURCE, LOQ_SOURCE,
    RULE_SOURCE, TX_RENEWAL_SOURCE,
};
use licensure_core::deadline::{deadlines, Urgency};
use licensure_core::model::LoqStatus;
use licensure_core::reference::Confidence;
use licensure_core::Jurisdiction::TX;

#[test]
fn citations_and_caveats_come_from_the_facts_that_set_the_date() {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea", TX, "2027-03-31"),
        loq("loq", LoqStatus::Issued, Some("2026-03-01"), None),
        caqh("caqh", "2026-11-01"),
    ];
    let offers = vec![offer("o1", true, None)];
    let cases: Vec<(&str, &str, Vec<&str>, bool)> = vec![
        (
            "printed expiry: no citation",
            "lic:expiry:2027-03-31",
            vec![],
            false,
        ),
        (
            "state window cites the renewal fact",
            "lic:renewal_window_opens:2026-12-31",
            vec![TX_RENEWAL_SOURCE],
            false,
        ),
        (
            "DEA window cites the DEA fact",
            "dea:renewal_window_opens:2027-01-30",
            vec![DEA_WINDOW_SOURCE],
            false,
        ),
        (
            "derived LOQ expiry cites the validity fact",
            "loq:loq_expires:2027-03-01",
            vec![LOQ_SOURCE],
            false,
        ),
        (
            "federal rule cites the rule",
            "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
            vec![RULE_SOURCE],
            false,
        ),
    ];
    for (name, id, sources, caveat) in cases {
        let got = one(&credentials, &offers, id, "2026-10-01");
        let got_sources: Vec<&str> = got
            .citations
            .iter()
            .flat_map(|c| c.sources.iter().map(String::as_str))
            .collect();
        assert_eq!(got_sources, sources, "case: {name}");
        assert_eq!(got.caveat.is_some(), caveat, "case: {name}");
    }
}

#[test]
fn doubtful_reference_data_is_said_not_guessed() {
    let mut data = dataset();
    data.imlc.loq_validity_days =
        doubtful(data.imlc.loq_validity_days.clone(), Confidence::Unknown);
    data.federal.telemedicine_rules[0] = doubtful(
        data.federal.telemedicine_rules[0].clone(),
        Confidence::Conflicting,
    );
    let credentials = vec![loq("loq", LoqStatus::Issued, Some("2026-09-01"), None)];
    let all = deadlines(
        None,
        &credentials,
        &[offer("o1", true, None)],
        &data,
        d("2026-10-01"),
    );
    let summary: Vec<(&str, Urgency, bool, &str)> = all
        .iter()
        .map(|x| {
            (
                x.id.as_str(),
                x.urgency,
                x.caveat.is_some(),
                x.title.as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "loq:loq_expires:2026-09-01",
                Urgency::Verify,
                true,
                "IMLC Letter of Qualification · TX: expiry date unknown"
            ),
            (
                "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
                Urgency::Later,
                true,
                "Federal rule · DEA telemedicine flexibilities ends"
            ),
        ],
        "an unknown validity gives verify; a conflicting rule date is listed with a caveat"
    );
}
