//! `licensure imlc` and `licensure path`: compact eligibility and the routes to a license in
//! another state, fastest first.

use serde_json::Value;

use licensure_system_tests::{licensure, stderr, stdout};

use super::{assert_number_free, data_dir, json, sample, sample_store, store_with};

#[test]
fn imlc_eligibility_and_compact_options() {
    struct Case {
        name: &'static str,
        change: fn(&mut Value),
        outcome: &'static str,
        candidates: &'static [&'static str],
        question: Option<&'static str>,
        option: &'static str,
    }
    let cases = vec![
        Case {
            // Residence, employer and 60% of practice in TX, an IMLC member, with a full
            // TX license; NY (40%) is not a member; ABMS certified; USMLE passed within three
            // attempts; accredited school; all history answers "no".
            name: "the sample physician",
            change: |_| {},
            outcome: "eligible",
            candidates: &["TX"],
            question: None,
            option: "imlc",
        },
        Case {
            name: "discipline not answered gives verify and a question",
            change: |d| d["profile"]["history"]["discipline"] = "unknown".into(),
            outcome: "verify",
            candidates: &["TX"],
            question: Some("history.discipline"),
            option: "imlc",
        },
        Case {
            name: "discipline on record makes the physician ineligible",
            change: |d| d["profile"]["history"]["discipline"] = "yes".into(),
            outcome: "not_eligible",
            candidates: &["TX"],
            question: None,
            option: "imlc",
        },
        Case {
            name: "four attempts at Step 3 exceed the compact's limit",
            change: |d| d["profile"]["exam_attempts"][2]["attempts"] = 4.into(),
            outcome: "not_eligible",
            candidates: &["TX"],
            question: None,
            option: "imlc",
        },
        Case {
            name: "a nurse practitioner is outside the IMLC; the APRN Compact is offered",
            change: |d| d["profile"]["profession"] = "np_aprn".into(),
            outcome: "not_applicable",
            candidates: &[],
            question: None,
            option: "aprn_compact",
        },
    ];
    for case in cases {
        let mut doc = sample();
        (case.change)(&mut doc);
        let store = store_with(&doc);
        let dir = data_dir(&store);
        let answer = json(&dir, &["imlc", "--json", "--today", "2026-11-26"]);
        let imlc = &answer["imlc"];
        assert_eq!(imlc["outcome"], case.outcome, "{}: {imlc}", case.name);
        let candidates: Vec<&str> = imlc["principal_candidates"]
            .as_array()
            .expect("candidates")
            .iter()
            .filter_map(|c| c["jurisdiction"].as_str())
            .collect();
        assert_eq!(candidates, case.candidates, "{}", case.name);
        let fields: Vec<&str> = imlc["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .filter_map(|q| q["profile_field"].as_str())
            .collect();
        match case.question {
            Some(field) => assert!(fields.contains(&field), "{}: {fields:?}", case.name),
            None => assert!(fields.is_empty(), "{}: {fields:?}", case.name),
        }
        if case.outcome != "not_applicable" {
            let reachable = imlc["reachable_states"].as_array().expect("reachable");
            assert!(reachable.contains(&"TX".into()), "{}: TX issues", case.name);
            assert!(
                !reachable.contains(&"CA".into()),
                "{}: CA is no member",
                case.name
            );
        }
        assert_eq!(
            imlc["loq"]["state"], "none",
            "{}: no Letter on record",
            case.name
        );
        assert_eq!(
            answer["compact_options"][0]["compact"], case.option,
            "{}",
            case.name
        );

        let plain = licensure(&dir, &["imlc", "--today", "2026-11-26"]);
        let text = stdout(&plain);
        assert!(plain.status.success(), "{}: {}", case.name, stderr(&plain));
        let outcome_words = case.outcome.replace('_', " ");
        assert!(
            text.contains(&format!(
                "Interstate Medical Licensure Compact: {outcome_words}"
            )),
            "{}:\n{text}",
            case.name
        );
        assert_number_free(case.name, &text);
    }
}

#[test]
fn path_lists_routes_fastest_first() {
    let store = sample_store();
    let dir = data_dir(&store);
    // Ranks by the path module's order: usable, attainable, unknown, closed.
    let rank = |outcome: &str| match outcome {
        "met" | "warning" => 0,
        "missing" => 1,
        "verify" => 2,
        _ => 3,
    };
    struct Case {
        name: &'static str,
        state: &'static str,
        first: (&'static str, &'static str),
        has: &'static [(&'static str, &'static str)],
    }
    let cases = vec![
        Case {
            // No CA license; CA is not an IMLC member (data/jurisdictions.json), and no
            // telehealth route is recorded: a full license is the route.
            name: "California: a full license; the IMLC is closed",
            state: "CA",
            first: ("full_license", "missing"),
            has: &[("compact_license", "blocked")],
        },
        Case {
            name: "lower-case code",
            state: "ca",
            first: ("full_license", "missing"),
            has: &[("compact_license", "blocked")],
        },
        Case {
            name: "Texas: the active TX license is authority already",
            state: "TX",
            first: ("already_authorized", "met"),
            has: &[],
        },
        Case {
            // Not licensed in Colorado, an IMLC member; eligible through TX.
            name: "Colorado: an expedited license through the IMLC is attainable",
            state: "CO",
            first: ("compact_license", "missing"),
            has: &[("full_license", "missing")],
        },
    ];
    for case in cases {
        let answer = json(
            &dir,
            &["path", case.state, "--json", "--today", "2026-11-26"],
        );
        assert_eq!(
            answer["jurisdiction"],
            case.state.to_uppercase(),
            "{}",
            case.name
        );
        let routes = answer["routes"].as_array().expect("routes");
        assert!(!routes.is_empty(), "{}: routes listed", case.name);
        let kinds: Vec<(&str, &str)> = routes
            .iter()
            .map(|r| {
                (
                    r["kind"].as_str().unwrap_or(""),
                    r["outcome"].as_str().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(kinds[0], case.first, "{}: {kinds:?}", case.name);
        for pair in case.has {
            assert!(kinds.contains(pair), "{}: {pair:?} in {kinds:?}", case.name);
        }
        let ranks: Vec<u8> = kinds.iter().map(|(_, o)| rank(o)).collect();
        assert!(
            ranks.windows(2).all(|w| w[0] <= w[1]),
            "{}: sorted {kinds:?}",
            case.name
        );
        for route in routes {
            assert!(
                route["name"].as_str().is_some_and(|n| !n.is_empty()),
                "{}: {route}",
                case.name
            );
            assert!(
                !route["reasons"].as_array().expect("reasons").is_empty(),
                "{}: every route says why: {route}",
                case.name
            );
        }

        let plain = licensure(&dir, &["path", case.state, "--today", "2026-11-26"]);
        assert!(plain.status.success(), "{}", stderr(&plain));
        assert!(
            stdout(&plain).contains(" 1. "),
            "{}: numbered routes",
            case.name
        );
        assert_number_free(case.name, &stdout(&plain));
    }
    let unknown = licensure(&dir, &["path", "XX"]);
    assert_eq!(unknown.status.code(), Some(3), "{}", stderr(&unknown));
    assert!(stderr(&unknown).contains("unknown jurisdiction code \"XX\""));
}
