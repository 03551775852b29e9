//! `licensure reference`: the facts of a state with their sources, as text and as JSON, and
//! the refusal of unknown codes.

use serde_json::Value;

use licensure_system_tests::{licensure, stderr, stdout};

use super::{data_dir, dataset_as_of, json, sample_store};

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
