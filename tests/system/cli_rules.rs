//! The rule commands of `licensure` (reference, deadlines, ics, imlc, path, offers) over the
//! sample clinician, at fixed dates.
//!
//! Expectations are derived by hand from the sample document
//! (crates/licensure-store/src/sample/clinician.json) and the reference data in `data/`,
//! not from running the program: each table says which record or fact it follows from.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use licensure_system_tests::ical::parse_calendar;
use licensure_system_tests::{licensure, sample_document, stderr, stdout, workspace};

/// Every number in the sample: license, DEA, policy numbers and the NPI.
const SAMPLE_NUMBERS: [&str; 7] = [
    "Q1234",
    "301234",
    "ME150001",
    "BR1234563",
    "BR2345672",
    "LSM-88120",
    "1234567893",
];

/// A data directory holding the sample clinician.
fn sample_store() -> tempfile::TempDir {
    store_with(&sample())
}

/// The sample document as JSON, to modify.
fn sample() -> Value {
    let text = std::fs::read_to_string(sample_document()).expect("sample document");
    serde_json::from_str(&text).expect("sample is JSON")
}

/// A data directory holding `doc`, imported through the CLI.
fn store_with(doc: &Value) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("document.json");
    std::fs::write(&file, serde_json::to_string(doc).expect("json")).expect("write document");
    let out = licensure(&dir.path().join("data"), &["import", path_str(&file)]);
    assert!(out.status.success(), "import failed: {}", stderr(&out));
    dir
}

fn data_dir(store: &tempfile::TempDir) -> PathBuf {
    store.path().join("data")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Runs the CLI and parses its standard output as JSON, asserting success.
fn json(dir: &Path, args: &[&str]) -> Value {
    let out = licensure(dir, args);
    assert!(out.status.success(), "{args:?} failed: {}", stderr(&out));
    serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{args:?} is not JSON ({e}):\n{}", stdout(&out)))
}

/// A file of the reference data, parsed.
fn reference_file(name: &str) -> Value {
    let text = std::fs::read_to_string(workspace().join("data").join(name)).expect("data file");
    serde_json::from_str(&text).expect("data file is JSON")
}

/// The reference dataset's review date, and that date moved by `days`.
fn dataset_as_of(days: i64) -> String {
    let as_of = reference_file("dataset.json")["as_of"]
        .as_str()
        .expect("as_of")
        .to_string();
    let date = add_days(&as_of, days);
    date.unwrap_or_else(|| panic!("cannot add {days} days to {as_of}"))
}

/// `YYYY-MM-DD` plus `days`, computed with Python's datetime so the test does not share
/// date arithmetic with the program under test.
fn add_days(date: &str, days: i64) -> Option<String> {
    let script = format!(
        "import datetime; print(datetime.date.fromisoformat('{date}') + datetime.timedelta(days={days}))"
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn ids(deadlines: &Value) -> Vec<String> {
    deadlines
        .as_array()
        .expect("deadlines array")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect()
}

fn assert_number_free(name: &str, text: &str) {
    for number in SAMPLE_NUMBERS {
        assert!(
            !text.contains(number),
            "{name}: {number} appears in the output:\n{text}"
        );
    }
}

#[test]
fn reference_shows_facts_with_sources_and_refuses_unknown_codes() {
    let store = sample_store();
    let dir = data_dir(&store);
    let as_of = dataset_as_of(0);
    let day_180 = dataset_as_of(180);
    let day_181 = dataset_as_of(181);
    struct Case {
        name: &'static str,
        args: Vec<String>,
        code: i32,
        stdout_has: Vec<&'static str>,
        stderr_has: Vec<&'static str>,
        stderr_lacks: Vec<&'static str>,
    }
    let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let warning = "warning: the reference data was last reviewed";
    let cases = vec![
        Case {
            name: "TX in plain text: the CSR fact, its value and its statute",
            args: args(&["reference", "TX", "--today", &as_of]),
            code: 0,
            stdout_has: vec![
                "Texas (TX)",
                "Controlled-substance registration",
                "not required",
                "source: https://capitol.texas.gov/tlodocs/84R/analysis/html/SB00195F.htm",
                "IMLC",
                "Malpractice rule",
                "Medical license renewal",
                "renewal opens 90 days before expiry",
            ],
            stderr_has: vec![],
            stderr_lacks: vec![warning],
        },
        Case {
            name: "codes are accepted in any case",
            args: args(&["reference", "tx", "--today", &as_of]),
            code: 0,
            stdout_has: vec!["Texas (TX)"],
            stderr_has: vec![],
            stderr_lacks: vec![warning],
        },
        Case {
            name: "an unknown code is refused, naming it and the valid ones",
            args: args(&["reference", "XX"]),
            code: 3,
            stdout_has: vec![],
            stderr_has: vec![
                "unknown jurisdiction code \"XX\"",
                "AK, AL",
                "WV, WY",
                "DC",
                "PR",
            ],
            stderr_lacks: vec![],
        },
        Case {
            name: "a three-letter code is refused",
            args: args(&["reference", "TXX"]),
            code: 3,
            stdout_has: vec![],
            stderr_has: vec!["\"TXX\""],
            stderr_lacks: vec![],
        },
        Case {
            name: "an empty code is refused",
            args: args(&["reference", ""]),
            code: 3,
            stdout_has: vec![],
            stderr_has: vec!["unknown jurisdiction code \"\""],
            stderr_lacks: vec![],
        },
        Case {
            name: "180 days after the review the data is not yet called old",
            args: args(&["reference", "TX", "--today", &day_180]),
            code: 0,
            stdout_has: vec!["Texas (TX)"],
            stderr_has: vec![],
            stderr_lacks: vec![warning],
        },
        Case {
            name: "181 days after the review a warning goes to stderr",
            args: args(&["reference", "TX", "--today", &day_181]),
            code: 0,
            stdout_has: vec!["Texas (TX)"],
            stderr_has: vec![warning, "181 days before"],
            stderr_lacks: vec![],
        },
        Case {
            name: "without a state: every jurisdiction with its IMLC standing",
            args: args(&["reference", "--today", &as_of]),
            code: 0,
            stdout_has: vec!["Texas", "American Samoa", "Wyoming", "member not principal"],
            stderr_has: vec![],
            stderr_lacks: vec![warning],
        },
    ];
    for case in cases {
        let argv: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let out = licensure(&dir, &argv);
        let (o, e) = (stdout(&out), stderr(&out));
        assert_eq!(out.status.code(), Some(case.code), "{}: {e}", case.name);
        for s in &case.stdout_has {
            assert!(
                o.contains(s),
                "{}: {s:?} missing from stdout:\n{o}",
                case.name
            );
        }
        for s in &case.stderr_has {
            assert!(
                e.contains(s),
                "{}: {s:?} missing from stderr:\n{e}",
                case.name
            );
        }
        for s in &case.stderr_lacks {
            assert!(!e.contains(s), "{}: {s:?} in stderr:\n{e}", case.name);
        }
    }
}

#[test]
fn reference_json_carries_each_fact_with_provenance() {
    let store = sample_store();
    let dir = data_dir(&store);
    let as_of = dataset_as_of(0);

    let tx = json(&dir, &["reference", "TX", "--json", "--today", &as_of]);
    assert_eq!(tx["jurisdiction"], "TX");
    assert_eq!(tx["dataset_as_of"], as_of.as_str());
    assert_eq!(tx["stale"], false);
    let csr = &tx["facts"]["csr"];
    assert_eq!(
        csr["value"]["required"], false,
        "Texas ended its CSR in 2016: {csr}"
    );
    assert_eq!(csr["confidence"], "verified", "{csr}");
    let sources = csr["sources"].as_array().expect("sources");
    assert!(!sources.is_empty(), "the CSR fact has a source: {csr}");
    assert!(
        sources
            .iter()
            .all(|s| s.as_str().is_some_and(|s| s.starts_with("https://"))),
        "{csr}"
    );
    let compacts = tx["facts"]["compacts"].as_object().expect("compacts");
    for c in [
        "imlc",
        "nlc",
        "psypact",
        "counseling",
        "pa_compact",
        "aprn_compact",
        "social_work",
    ] {
        assert!(
            compacts.contains_key(c),
            "TX lists the {c} compact: {compacts:?}"
        );
    }
    assert_eq!(tx["facts"]["compacts"]["imlc"]["value"]["status"], "member");

    let stale = json(
        &dir,
        &["reference", "TX", "--json", "--today", &dataset_as_of(400)],
    );
    assert_eq!(stale["stale"], true);
    assert_eq!(stale["dataset_age_days"], 400);

    let all = json(&dir, &["reference", "--json", "--today", &as_of]);
    let list = all["jurisdictions"].as_array().expect("jurisdictions");
    assert_eq!(list.len(), 56, "50 states, DC and five territories");
    let status = |code: &str| {
        list.iter()
            .find(|j| j["jurisdiction"] == code)
            .map(|j| j["imlc"]["value"]["status"].clone())
            .unwrap_or(Value::Null)
    };
    // data/jurisdictions.json: TX member, CA not a member, VT member that cannot be principal.
    for (code, expected) in [
        ("TX", "member"),
        ("CA", "not_member"),
        ("VT", "member_not_principal"),
    ] {
        assert_eq!(status(code), expected, "IMLC status of {code}");
    }
}

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

#[test]
fn offers_have_a_verdict_per_state_with_every_reason() {
    let store = sample_store();
    let dir = data_dir(&store);
    let verdicts = json(&dir, &["offers", "--json", "--today", "2026-11-26"]);
    let verdicts = verdicts.as_array().expect("one verdict per offer");
    // o1: TX, NY, FL, video only, no controlled substances: the licenses and the policy are
    // valid at the start and renew during the offer, dates to keep, not gaps. o2: TX and CA,
    // schedules 4-5, employer malpractice, prescribing past the federal flexibilities.
    let cases: Vec<(&str, &str, Vec<&str>, &str)> = vec![
        (
            "o1: three licensed states",
            "o1",
            vec!["TX", "NY", "FL"],
            "acceptable_now",
        ),
        (
            "o2: CA unlicensed, prescribing",
            "o2",
            vec!["TX", "CA"],
            "verify",
        ),
    ];
    assert_eq!(verdicts.len(), cases.len());
    for (name, id, states, outcome) in cases {
        let v = verdicts
            .iter()
            .find(|v| v["offer_id"] == id)
            .unwrap_or_else(|| panic!("{name}: no verdict"));
        assert_eq!(v["outcome"], outcome, "{name}: {v}");
        let got: Vec<&str> = v["states"]
            .as_array()
            .expect("states")
            .iter()
            .filter_map(|s| s["jurisdiction"].as_str())
            .collect();
        assert_eq!(got, states, "{name}");
        for state in v["states"].as_array().expect("states") {
            let reasons = state["reasons"].as_array().expect("reasons");
            assert!(!reasons.is_empty(), "{name}: {state}");
            for r in reasons {
                assert!(
                    r["code"].as_str().is_some_and(|c| !c.is_empty()),
                    "{name}: {r}"
                );
                assert!(
                    r["message"].as_str().is_some_and(|m| !m.is_empty()),
                    "{name}: {r}"
                );
            }
        }
    }
    let state = |offer: &str, j: &str| -> Value {
        verdicts
            .iter()
            .find(|v| v["offer_id"] == offer)
            .and_then(|v| {
                v["states"]
                    .as_array()?
                    .iter()
                    .find(|s| s["jurisdiction"] == j)
                    .cloned()
            })
            .unwrap_or(Value::Null)
    };
    let has = |s: &Value, code: &str, outcome: &str| {
        s["reasons"].as_array().is_some_and(|rs| {
            rs.iter()
                .any(|r| r["code"] == code && r["outcome"] == outcome)
        })
    };
    let reason_cases: Vec<(&str, &str, &str, &str, &str)> = vec![
        (
            "no CA license",
            "o2",
            "CA",
            "no_authority_in_state",
            "missing",
        ),
        (
            "no DEA registration in CA",
            "o2",
            "CA",
            "dea_registration_missing",
            "missing",
        ),
        (
            "TX has no state CSR (SB 195)",
            "o2",
            "TX",
            "csr_not_required",
            "met",
        ),
        (
            "TX license renews during o1: a date, not a gap",
            "o1",
            "TX",
            "license_expires_during_offer",
            "met",
        ),
        (
            "NY sets no malpractice minimum",
            "o1",
            "NY",
            "no_state_malpractice_minimum",
            "met",
        ),
    ];
    for (name, offer, j, code, outcome) in reason_cases {
        assert!(
            has(&state(offer, j), code, outcome),
            "{name}: {}",
            state(offer, j)
        );
    }
    assert_eq!(state("o2", "CA")["fastest_path"]["kind"], "full_license");
    // The TX license renews during o1, with the date, the window and the fee from the data.
    let renewals = &state("o1", "TX")["renewals"];
    assert_eq!(renewals[0]["credential_id"], "c1", "{renewals}");
    assert_eq!(renewals[0]["due"], "2027-02-28", "{renewals}");
    assert_eq!(renewals[0]["opens"], "2026-11-30", "{renewals}");
    assert!(renewals[0]["fee_usd"].as_u64().is_some(), "{renewals}");

    let plain = licensure(&dir, &["offers", "--today", "2026-11-26"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let text = stdout(&plain);
    for part in [
        "Northwind Virtual Care",
        "Bluebird Health",
        "California (CA): verify",
        "Fastest path",
        "New York (NY)",
        "Renewals due during the offer",
        "renew the Texas license by 2027-02-28, renewal opens 2026-11-30",
    ] {
        assert!(text.contains(part), "{part:?} in:\n{text}");
    }
    assert_number_free("offers", &text);
}

#[test]
fn rule_commands_need_a_profile_but_lists_do_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(&str, Vec<&str>, i32, &str)> = vec![
        ("imlc", vec!["imlc"], 3, "no profile: import one first"),
        (
            "path",
            vec!["path", "TX"],
            3,
            "no profile: import one first",
        ),
        (
            "offers",
            vec!["offers", "--json"],
            3,
            "no profile: import one first",
        ),
        ("deadlines", vec!["deadlines"], 0, ""),
        ("ics", vec!["ics"], 0, ""),
        ("reference", vec!["reference", "TX"], 0, ""),
    ];
    for (name, args, code, message) in cases {
        let out = licensure(dir.path(), &[args, vec!["--today", "2026-11-26"]].concat());
        assert_eq!(out.status.code(), Some(code), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{name}: {}", stderr(&out));
    }
    let empty = stdout(&licensure(dir.path(), &["ics", "--today", "2026-11-26"]));
    assert!(
        empty.starts_with("BEGIN:VCALENDAR\r\n") && !empty.contains("BEGIN:VEVENT"),
        "{empty}"
    );
}

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
