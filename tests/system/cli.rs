//! The `licensure` binary against a real sled database on disk.

use licensure_system_tests::{licensure, sample_document, stderr, stdout};

fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn import_then_export_gives_back_the_same_document() {
    let dir = data_dir();
    let out = licensure(
        dir.path(),
        &["import", sample_document().to_str().expect("utf-8 path")],
    );
    assert!(out.status.success(), "import failed: {}", stderr(&out));
    let exported = licensure(dir.path(), &["export"]);
    assert!(
        exported.status.success(),
        "export failed: {}",
        stderr(&exported)
    );
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample_document()).expect("sample"))
            .expect("sample is JSON");
    let round_tripped: serde_json::Value =
        serde_json::from_str(&stdout(&exported)).expect("export is JSON");
    assert_eq!(original, round_tripped);

    // Exporting to a file, importing that file into a fresh store and exporting again is
    // byte-identical.
    let file = dir.path().join("export.json");
    let to_file = licensure(dir.path(), &["export", file.to_str().expect("utf-8")]);
    assert!(to_file.status.success(), "{}", stderr(&to_file));
    let second = data_dir();
    assert!(
        licensure(second.path(), &["import", file.to_str().expect("utf-8")])
            .status
            .success()
    );
    let again = licensure(second.path(), &["export"]);
    assert_eq!(
        stdout(&again),
        std::fs::read_to_string(&file).expect("export file")
    );
}

#[test]
fn a_bad_import_is_refused_with_every_problem_located_and_nothing_stored() {
    let dir = data_dir();
    assert!(licensure(
        dir.path(),
        &["import", sample_document().to_str().expect("utf-8")]
    )
    .status
    .success());
    let before = stdout(&licensure(dir.path(), &["export"]));

    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample_document()).expect("sample"))
            .expect("json");
    doc["profile"]["npi"] = "1234567890".into(); // wrong check digit
    doc["credentials"][0]["detail"]["expires"] = "2027-02-30".into(); // no such date
    doc["credentials"][3]["detail"]["number"] = "AB4523767".into(); // wrong DEA check digit
    doc["offers"][1]["patient_jurisdictions"] = serde_json::json!(["TX", "XX"]); // unknown code
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_string(&doc).expect("json")).expect("write");

    let out = licensure(dir.path(), &["import", bad.to_str().expect("utf-8")]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "refused import exits 3: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    for pointer in [
        "/profile/npi",
        "/credentials/0/detail/expires",
        "/credentials/3/detail/number",
        "/offers/1/patient_jurisdictions/1",
    ] {
        assert!(
            err.contains(pointer),
            "problem at {pointer} is reported:\n{err}"
        );
    }
    assert!(err.contains("nothing was stored"), "{err}");
    assert!(
        !err.contains("AB4523767") && !err.contains("1234567890"),
        "identifiers are not echoed:\n{err}"
    );
    assert_eq!(
        stdout(&licensure(dir.path(), &["export"])),
        before,
        "the store is unchanged"
    );

    let json = licensure(
        dir.path(),
        &["import", bad.to_str().expect("utf-8"), "--json"],
    );
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&json)).expect("--json prints the report");
    assert_eq!(
        report["problems"].as_array().map(Vec::len),
        Some(4),
        "{report}"
    );
}

#[test]
fn malformed_documents_are_refused_with_a_clear_message() {
    let dir = data_dir();
    let cases: &[(&str, &[u8], &str)] = &[
        ("not JSON", b"{ nope", "not valid JSON"),
        ("not an object", b"[]", "must be a JSON object"),
        ("wrong format", br#"{"format":"other","version":1}"#, "/format"),
        ("future version", br#"{"format":"licensure-export","version":99}"#, "version 99 is not supported"),
        ("credentials not a list", br#"{"format":"licensure-export","version":1,"credentials":{}}"#, "/credentials"),
        ("invalid UTF-8", b"{\"format\":\"licensure-export\xff\"}", "not UTF-8"),
        ("NUL byte in a string", b"{\"format\":\"licensure-export\",\"version\":1,\"profile\":{\"given_name\":\"A\\u0000\"}}", "/profile"),
    ];
    for (name, bytes, expected) in cases {
        let file = dir.path().join("case.json");
        std::fs::write(&file, bytes).expect("write");
        let out = licensure(dir.path(), &["import", file.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(3), "{name}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(expected),
            "{name}: expected {expected:?} in {}",
            stderr(&out)
        );
    }
    let missing = licensure(dir.path(), &["import", "/nonexistent/file.json"]);
    assert_eq!(missing.status.code(), Some(3));
    assert!(stderr(&missing).contains("cannot read /nonexistent/file.json"));
}

#[test]
fn a_second_process_gets_a_clear_in_use_error_at_once() {
    let dir = data_dir();
    let held = licensure_store::Store::open(dir.path()).expect("first opener gets the store");
    // A blocking wait for the lock would never end while `held` is open: `licensure` fails
    // the test when the process has not exited within its limit. How fast "at once" is
    // depends on the machine's load, so it is not timed here.
    let out = licensure(dir.path(), &["list"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("in use by another Licensure process"),
        "{}",
        stderr(&out)
    );
    drop(held);
    assert!(
        licensure(dir.path(), &["list"]).status.success(),
        "usable once released"
    );
}

#[test]
fn the_data_directory_and_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = data_dir();
    let data = dir.path().join("data");
    assert!(licensure(
        &data,
        &["import", sample_document().to_str().expect("utf-8")]
    )
    .status
    .success());
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    let mut checked = 0;
    let mut stack = vec![data.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                assert_eq!(mode(&p), 0o700, "{}", p.display());
                stack.push(p);
            } else {
                assert_eq!(mode(&p), 0o600, "{}", p.display());
                checked += 1;
            }
        }
    }
    assert!(checked >= 3, "the database files were checked ({checked})");
}

#[test]
fn list_and_schema_answer_in_json() {
    let dir = data_dir();
    assert!(licensure(
        dir.path(),
        &["import", sample_document().to_str().expect("utf-8")]
    )
    .status
    .success());
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&licensure(dir.path(), &["list", "--json"])))
            .expect("list --json");
    assert_eq!(list["credentials"].as_array().map(Vec::len), Some(8));
    assert_eq!(list["profile"]["family_name"], "Rivera");
    let plain = stdout(&licensure(dir.path(), &["list"]));
    assert!(
        plain.contains("State license · TX")
            && !plain.contains("Q1234")
            && !plain.contains("BR1234563"),
        "plain list has no numbers:\n{plain}"
    );
    let schema: serde_json::Value =
        serde_json::from_str(&stdout(&licensure(dir.path(), &["schema"]))).expect("schema is JSON");
    assert_eq!(schema["title"], "ExportDocument");
    assert!(
        schema["$defs"]["CredentialDetail"].is_object(),
        "credential kinds are described"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = data_dir();
    for args in [
        &["frobnicate"][..],
        &["list", "--today", "2026-13-01"],
        &["import"],
    ] {
        let out = licensure(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}
