//! A checked answer meets a newer signed reference-data pack, through the CLI: an official
//! fact dated after the answer wins, and the clinician is told when it disagrees with
//! what they recorded; one that agrees is used without that notice.
//!
//! The offer: a video offer for Rhode Island patients, whose malpractice minimum is unknown
//! in the bundled data (data/jurisdictions/RI.json); the clinician's policy carries
//! $250,000 / $750,000 (the document of `cli_answers`).

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

use licensure_system_tests::packs::{self, TestSigner, TEST_KEY_ENV};
use licensure_system_tests::{binary, output_within, stderr, stdout};

use crate::cli_answers::{document, AMOUNTS};

/// The answer is checked on the 8th, the packs are dated the 9th, judged on the 10th.
const CHECKED_ON: &str = "2026-12-08";
const PACK_DATE: &str = "2026-12-09";
const TODAY: &str = "2026-12-10";

fn run(dir: &Path, signer: &TestSigner, args: &[&str]) -> Output {
    let mut c = Command::new(binary("licensure"));
    c.env(TEST_KEY_ENV, signer.public_hex())
        .arg("--data-dir")
        .arg(dir)
        .args(args);
    if !args.contains(&"--today") {
        c.args(["--today", TODAY]);
    }
    output_within(&mut c, Duration::from_secs(120))
}

fn ok_json(dir: &Path, signer: &TestSigner, args: &[&str]) -> Value {
    let out = run(dir, signer, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON output")
}

/// The outcome of the RI offer, and what the command said on stderr.
fn o3(dir: &Path, signer: &TestSigner) -> (String, String) {
    let out = run(dir, signer, &["offers", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let verdicts: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let outcome = verdicts
        .as_array()
        .expect("verdicts")
        .iter()
        .find(|v| v["offer_id"] == "o3")
        .and_then(|v| v["outcome"].as_str())
        .expect("o3 judged")
        .to_string();
    (outcome, stderr(&out))
}

/// A pack, one version above `version`, whose RI malpractice fact is an official one dated
/// `PACK_DATE` with these minimums.
fn pack_with_ri_minimum(
    signer: &TestSigner,
    version: u32,
    per_claim: u64,
    aggregate: u64,
) -> Vec<u8> {
    signer.pack(version + 1, PACK_DATE, |files| {
        let ri = files
            .0
            .get_mut("jurisdictions/RI.json")
            .expect("RI in the data");
        let mut facts: Value = serde_json::from_str(ri).expect("RI is JSON");
        let fact = &mut facts["malpractice"];
        fact["value"]["min_per_claim_usd"] = per_claim.into();
        fact["value"]["min_aggregate_usd"] = aggregate.into();
        fact["as_of"] = PACK_DATE.into();
        fact["confidence"] = "verified".into();
        fact["sources"] =
            serde_json::json!(["https://rules.sos.ri.gov/Regulations/part/216-40-05-1"]);
        *ri = serde_json::to_string_pretty(&facts).expect("RI back to JSON");
    })
}

fn install(dir: &Path, signer: &TestSigner, bytes: &[u8]) {
    let file = dir.parent().expect("parent").join("update.pack");
    std::fs::write(&file, bytes).expect("write pack");
    let out = run(
        dir,
        signer,
        &["data", "install", file.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "install: {}", stderr(&out));
}

fn notice(dir: &Path, signer: &TestSigner) -> Value {
    let listed = ok_json(dir, signer, &["answers", "list", "--json"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    listed[0]["notice"].clone()
}

#[test]
fn a_newer_official_fact_wins_over_a_checked_answer_and_says_when_it_disagrees() {
    let signer = TestSigner::new();
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let file = tmp.path().join("doc.json");
    std::fs::write(&file, document().to_string()).expect("write");
    let out = run(&data, &signer, &["import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(o3(&data, &signer).0, "verify");

    // The board said $200,000 / $600,000, which the policy meets: decisive.
    let out = run(
        &data,
        &signer,
        &[
            "answers",
            "add",
            "RI",
            "malpractice",
            "--value",
            AMOUNTS,
            "--phone-call",
            "Dana Reyes",
            "--checked-on",
            CHECKED_ON,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(o3(&data, &signer).0, "acceptable_now");
    assert_eq!(notice(&data, &signer)["status"]["status"], "in_use");

    // A pack says $1,000,000 / $3,000,000, officially and after the answer: the official
    // fact is used, the policy falls short, and the clinician is told the two disagree.
    let (version, _) = packs::bundled();
    install(
        &data,
        &signer,
        &pack_with_ri_minimum(&signer, version, 1_000_000, 3_000_000),
    );
    let (outcome, said) = o3(&data, &signer);
    assert_ne!(
        outcome, "acceptable_now",
        "the official minimum is above the policy"
    );
    assert_ne!(outcome, "verify", "the official minimum is known");
    let n = notice(&data, &signer);
    assert_eq!(n["status"]["status"], "superseded", "{n}");
    assert_eq!(n["status"]["official_as_of"], PACK_DATE, "{n}");
    assert_eq!(n["status"]["disagrees"], true, "{n}");
    assert!(said.contains("note: "), "the disagreement is said: {said}");

    // A later pack agrees with the answer: the official fact is used, without the notice.
    install(
        &data,
        &signer,
        &pack_with_ri_minimum(&signer, version + 1, 200_000, 600_000),
    );
    let (outcome, said) = o3(&data, &signer);
    assert_eq!(outcome, "acceptable_now");
    let n = notice(&data, &signer);
    assert_eq!(n["status"]["status"], "superseded", "{n}");
    assert_eq!(n["status"]["disagrees"], false, "{n}");
    assert!(!said.contains("note: "), "nothing to say: {said}");

    // Back to the bundled data, whose RI minimum is unknown: the answer is used again.
    let out = run(&data, &signer, &["data", "revert"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(o3(&data, &signer).0, "acceptable_now");
    assert_eq!(notice(&data, &signer)["status"]["status"], "in_use");
}
