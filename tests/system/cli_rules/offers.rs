//! `licensure offers`: a verdict per offered state, with every reason behind it.

use serde_json::Value;

use licensure_system_tests::{licensure, stderr, stdout};

use super::{assert_number_free, data_dir, json, sample_store};

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
