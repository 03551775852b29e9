//! `licensure deadlines`: what falls due within the window at a fixed date, lapsed items
//! included.

use licensure_system_tests::{licensure, stderr, stdout};

use super::{assert_number_free, data_dir, ids, json, reference_file, sample_store};

#[test]
fn deadlines_list_what_falls_due_within_the_window_including_lapsed() {
    // Assumptions from the reference data that the expectations below rest on.
    let federal = reference_file("federal.json");
    assert_eq!(
        federal["dea_renewal_window_days"]["value"], 60,
        "DEA renewal window"
    );
    let flex = federal["telemedicine_rules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|r| r["value"]["id"] == "dea_telemedicine_flexibilities")
        .expect("the flexibilities rule");
    assert_eq!(
        flex["value"]["effective_until"], "2026-12-31",
        "flexibilities end"
    );
    let tx = reference_file("jurisdictions/TX.json");
    assert_eq!(
        tx["medical_renewal"]["value"]["window_days"], 90,
        "TX renewal window"
    );

    // From the sample: c1 TX license expires 2027-02-28 (window opens 90 days before:
    // 2026-11-30); c2 NY license 2027-06-30; c3 FL license 2027-01-31; c4 TX DEA 2027-03-31
    // (window 60 days before: 2027-01-30); c5 NY DEA 2026-12-31 (window 2026-11-01); NY
    // license window 150 days before: 2027-01-31; c6
    // claims-made policy without tail ends 2027-07-01 (two deadlines); c7 board
    // certification 2029-12-31; c8 CAQH attested 2026-09-15 (+120 days: 2027-01-13); offer
    // o2 prescribes past the flexibilities' end (2026-12-31).
    let c5_window = "c5:renewal_window_opens:2026-11-01";
    let c1_window = "c1:renewal_window_opens:2026-11-30";
    let c5_expiry = "c5:expiry:2026-12-31";
    let rule = "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31";
    let c8 = "c8:caqh_reattest:2027-01-13";
    let c4_window = "c4:renewal_window_opens:2027-01-30";
    let c3_expiry = "c3:expiry:2027-01-31";
    let c2_window = "c2:renewal_window_opens:2027-01-31";
    let c1_expiry = "c1:expiry:2027-02-28";
    let c4_expiry = "c4:expiry:2027-03-31";
    let c2_expiry = "c2:expiry:2027-06-30";
    let c6_end = "c6:malpractice_ends:2027-07-01";
    let c6_tail = "c6:tail_decision:2027-07-01";
    let c7 = "c7:board_cert_expires:2029-12-31";
    let within_90 = vec![
        c5_window, c1_window, c5_expiry, rule, c8, c4_window, c3_expiry, c2_window,
    ];
    let within_365 = [
        within_90.clone(),
        vec![c1_expiry, c4_expiry, c2_expiry, c6_end, c6_tail],
    ]
    .concat();

    let store = sample_store();
    let dir = data_dir(&store);
    let cases: Vec<(&str, Vec<&str>, Vec<&str>)> = vec![
        (
            "90 days: lapsed window kept, expiry on day 94 left out",
            vec!["--today", "2026-11-26", "--within", "90"],
            within_90.clone(),
        ),
        (
            "0 days: only what is already due",
            vec!["--today", "2026-11-26", "--within", "0"],
            vec![c5_window],
        ),
        (
            "3 days: the TX window in 4 days is outside",
            vec!["--today", "2026-11-26", "--within", "3"],
            vec![c5_window],
        ),
        (
            "4 days: the boundary day is inside",
            vec!["--today", "2026-11-26", "--within", "4"],
            vec![c5_window, c1_window],
        ),
        (
            "default is 365 days",
            vec!["--today", "2026-11-26"],
            within_365.clone(),
        ),
        (
            "a long window reaches the board certification",
            vec!["--today", "2026-11-26", "--within", "2000"],
            [within_365.clone(), vec![c7]].concat(),
        ),
        (
            "due today counts as within 0 days",
            vec!["--today", "2026-11-30", "--within", "0"],
            vec![c5_window, c1_window],
        ),
        (
            "after lapses: expiries stay, windows of lapsed credentials go",
            vec!["--today", "2027-03-05", "--within", "0"],
            vec![
                c5_expiry, rule, c8, c4_window, c3_expiry, c2_window, c1_expiry,
            ],
        ),
    ];
    for (name, extra, expected) in cases {
        let args = [vec!["deadlines", "--json"], extra].concat();
        let answer = json(&dir, &args);
        assert_eq!(ids(&answer["deadlines"]), expected, "{name}");
    }

    let plain = licensure(
        &dir,
        &["deadlines", "--within", "90", "--today", "2026-11-26"],
    );
    assert!(plain.status.success(), "{}", stderr(&plain));
    let text = stdout(&plain);
    let lines: Vec<&str> = text.lines().collect();
    let expected_lines: [(&str, &[&str]); 8] = [
        (
            "2026-11-01",
            &[
                "DEA registration · NY renewal opened on 2026-11-01",
                "25 days ago",
                "passed",
            ],
        ),
        (
            "2026-11-30",
            &[
                "State license · TX renewal opens",
                "in 4 days",
                "within 14 days",
            ],
        ),
        (
            "2026-12-31",
            &[
                "DEA registration · NY expires",
                "in 35 days",
                "within 90 days",
            ],
        ),
        (
            "2026-12-31",
            &["Federal rule · ", " ends", "Offer · Bluebird Health"],
        ),
        ("2027-01-13", &["CAQH attestation due", "in 48 days"]),
        (
            "2027-01-30",
            &["DEA registration · TX renewal opens", "in 65 days"],
        ),
        ("2027-01-31", &["State license · FL expires", "in 66 days"]),
        (
            "2027-01-31",
            &["State license · NY renewal opens", "in 66 days"],
        ),
    ];
    assert_eq!(
        lines.len(),
        expected_lines.len(),
        "one line per deadline:\n{text}"
    );
    for (line, (due, parts)) in lines.iter().zip(expected_lines) {
        assert!(line.starts_with(due), "{due}: {line}");
        for part in parts {
            assert!(line.contains(part), "{due}: {part:?} missing in {line:?}");
        }
    }
    let title_column = |l: &str| {
        ["Federal", "State license", "DEA", "CAQH"]
            .iter()
            .find_map(|start| l.find(start))
    };
    let columns: Vec<Option<usize>> = lines.iter().map(|l| title_column(l)).collect();
    assert!(
        columns.windows(2).all(|w| w[0] == w[1] && w[0].is_some()),
        "titles are aligned:\n{text}"
    );
    assert_number_free("deadlines", &text);
}
