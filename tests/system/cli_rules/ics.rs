//! `licensure ics`: the calendar export, valid RFC 5545, stable between runs and free of
//! license numbers unless asked.

use serde_json::Value;

use licensure_system_tests::ical::parse_calendar;
use licensure_system_tests::{licensure, stderr, stdout};

use super::{assert_number_free, data_dir, path_str, reference_file, sample_store};

/// Physical lines end in CRLF and are at most 75 octets.
fn assert_rfc5545_lines(name: &str, text: &str) {
    assert!(text.ends_with("\r\n"), "{name}: ends with CRLF");
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "{name}: bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{name}: {} octets: {line:?}", line.len());
    }
}

fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

#[test]
fn ics_export_is_valid_stable_and_number_free_by_default() {
    let store = sample_store();
    let dir = data_dir(&store);
    let rule_name = reference_file("federal.json")["telemedicine_rules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|r| r["value"]["id"] == "dea_telemedicine_flexibilities")
        .and_then(|r| r["value"]["name"].as_str().map(str::to_string))
        .expect("rule name");
    // Every deadline of the sample as of 2026-11-26 (see the deadlines test): uid, summary,
    // date, number of alarms (renewal windows: 14 and 0 days; others 90, 60, 30, 14, 7, 1, 0).
    let expected: Vec<(&str, String, &str, u64)> = vec![
        (
            "c5:renewal_window_opens:2026-11-01",
            "DEA registration · NY renewal opens".into(),
            "2026-11-01",
            2,
        ),
        (
            "c1:renewal_window_opens:2026-11-30",
            "State license · TX renewal opens".into(),
            "2026-11-30",
            2,
        ),
        (
            "c5:expiry:2026-12-31",
            "DEA registration · NY expires".into(),
            "2026-12-31",
            7,
        ),
        (
            "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
            format!("Federal rule · {rule_name} ends"),
            "2026-12-31",
            7,
        ),
        (
            "c8:caqh_reattest:2027-01-13",
            "CAQH attestation due".into(),
            "2027-01-13",
            7,
        ),
        (
            "c4:renewal_window_opens:2027-01-30",
            "DEA registration · TX renewal opens".into(),
            "2027-01-30",
            2,
        ),
        (
            "c3:expiry:2027-01-31",
            "State license · FL expires".into(),
            "2027-01-31",
            7,
        ),
        (
            "c2:renewal_window_opens:2027-01-31",
            "State license · NY renewal opens".into(),
            "2027-01-31",
            2,
        ),
        (
            "c1:expiry:2027-02-28",
            "State license · TX expires".into(),
            "2027-02-28",
            7,
        ),
        (
            "c4:expiry:2027-03-31",
            "DEA registration · TX expires".into(),
            "2027-03-31",
            7,
        ),
        (
            "c2:expiry:2027-06-30",
            "State license · NY expires".into(),
            "2027-06-30",
            7,
        ),
        (
            "c6:malpractice_ends:2027-07-01",
            "Malpractice policy · Lone Star Mutual ends".into(),
            "2027-07-01",
            7,
        ),
        (
            "c6:tail_decision:2027-07-01",
            "Malpractice policy · Lone Star Mutual: tail or prior-acts decision due".into(),
            "2027-07-01",
            7,
        ),
        (
            "c7:board_cert_expires:2029-12-31",
            "Board certification · Internal Medicine expires".into(),
            "2029-12-31",
            7,
        ),
    ];

    let to_stdout = licensure(&dir, &["ics", "--today", "2026-11-26"]);
    assert!(to_stdout.status.success(), "{}", stderr(&to_stdout));
    let text = stdout(&to_stdout);
    assert_rfc5545_lines("stdout", &text);

    let first = store.path().join("first.ics");
    let out = licensure(&dir, &["ics", path_str(&first), "--today", "2026-11-26"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("wrote 14 event(s)"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).is_empty(),
        "a file export prints nothing on stdout"
    );
    assert_eq!(
        std::fs::read_to_string(&first).expect("file"),
        text,
        "file and stdout agree for one --today"
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "the calendar is private to its owner");
    }

    let events = parse_calendar(&first);
    let got: Vec<(String, String, String, u64)> = events
        .iter()
        .map(|e| {
            (
                e["uid"].as_str().unwrap_or("").to_string(),
                e["summary"].as_str().unwrap_or("").to_string(),
                e["dtstart"].as_str().unwrap_or("").to_string(),
                e["alarms"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let want: Vec<(String, String, String, u64)> = expected
        .iter()
        .map(|(id, summary, date, alarms)| {
            (
                format!("{id}@licensure.app"),
                summary.clone(),
                date.to_string(),
                *alarms,
            )
        })
        .collect();
    assert_eq!(got, want);
    assert!(
        events.iter().all(|e| e["dtstamp"] == "20261126T000000Z"),
        "DTSTAMP is --today at midnight UTC"
    );
    assert!(
        events
            .iter()
            .all(|e| !e["description"].as_str().unwrap_or("").contains("Number:")),
        "no numbers by default"
    );
    assert_number_free("ics", &unfold(&text));

    // A later export: same UIDs, a new DTSTAMP.
    let second = store.path().join("second.ics");
    assert!(
        licensure(&dir, &["ics", path_str(&second), "--today", "2026-11-27"])
            .status
            .success()
    );
    let again = parse_calendar(&second);
    let uids = |evs: &[Value]| evs.iter().map(|e| e["uid"].clone()).collect::<Vec<_>>();
    assert_eq!(
        uids(&again),
        uids(&events),
        "UIDs are stable across exports"
    );
    assert!(again.iter().all(|e| e["dtstamp"] == "20261127T000000Z"));

    // Numbers only on request, in descriptions, and never the NPI.
    let with = licensure(&dir, &["ics", "--include-numbers", "--today", "2026-11-26"]);
    assert!(with.status.success(), "{}", stderr(&with));
    assert!(
        stderr(&with).contains("contains credential numbers"),
        "{}",
        stderr(&with)
    );
    let with_text = stdout(&with);
    assert_rfc5545_lines("with numbers", &with_text);
    let unfolded = unfold(&with_text);
    for number in [
        "Q1234",
        "301234",
        "ME150001",
        "BR1234563",
        "BR2345672",
        "LSM-88120",
    ] {
        assert!(
            unfolded.contains(&format!("Number: {number}")),
            "{number} with --include-numbers"
        );
    }
    assert!(
        !unfolded.contains("1234567893"),
        "the NPI is never exported"
    );
    let numbered = store.path().join("numbered.ics");
    std::fs::write(&numbered, &with_text).expect("write");
    let with_events = parse_calendar(&numbered);
    let description = |id: &str| {
        with_events
            .iter()
            .find(|e| e["uid"] == format!("{id}@licensure.app"))
            .and_then(|e| e["description"].as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let description_cases = [
        ("TX license", "c1:expiry:2027-02-28", Some("Number: Q1234")),
        (
            "NY DEA window",
            "c5:renewal_window_opens:2026-11-01",
            Some("Number: BR2345672"),
        ),
        (
            "policy",
            "c6:tail_decision:2027-07-01",
            Some("Number: LSM-88120"),
        ),
        (
            "CAQH without a provider id",
            "c8:caqh_reattest:2027-01-13",
            None,
        ),
        (
            "federal rule",
            "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
            None,
        ),
    ];
    for (name, id, number) in description_cases {
        let d = description(id);
        match number {
            Some(n) => assert!(d.contains(n), "{name}: {d}"),
            None => assert!(!d.contains("Number:"), "{name}: {d}"),
        }
    }
    for e in &with_events {
        assert_number_free("summaries", e["summary"].as_str().unwrap_or(""));
    }
}
