//! `licensure import-csv` against a real database: Excel-like files (tests/fixtures/csv/)
//! read with their encoding and delimiter, a dry run and a refused row storing nothing,
//! `--map`, the JSON report, and bad arguments each with their exit code and nothing changed.

use std::path::{Path, PathBuf};

use licensure_system_tests::{licensure, stderr, stdout, workspace};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    workspace().join("tests/fixtures/csv").join(name)
}

const SEMICOLON_1252: &str = "excel-semicolon-windows1252.csv";
const UNICODE_TEXT: &str = "excel-unicode-text-utf16le.txt";
const UTF8_BOM: &str = "excel-csv-utf8-bom.csv";

/// The full numbers in the fixtures: never printed by import-csv.
const NUMBERS: [&str; 6] = [
    "N55012",
    "A123456",
    "ME98765",
    "BR3456781",
    "MD60123456",
    "CSR-100",
];

fn import_csv(data: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import-csv", file.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    licensure(data, &args)
}

/// The stored credentials, as `list --json` gives them.
fn credentials(data: &Path) -> Vec<Value> {
    let out = licensure(data, &["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Value = serde_json::from_str(&stdout(&out)).expect("list --json");
    list["credentials"].as_array().cloned().unwrap_or_default()
}

#[test]
fn excel_files_are_read_with_their_encoding_and_delimiter_and_a_dry_run_stores_nothing() {
    let cases = [
        (
            SEMICOLON_1252,
            "Encoding: Windows-1252 (detected)",
            "Delimiter: semicolon (detected)",
            "Supervised by José Peña",
        ),
        (
            UNICODE_TEXT,
            "Encoding: UTF-16 LE, byte order mark (detected)",
            "Delimiter: tab (detected)",
            "Zoë Brontë",
        ),
        (
            UTF8_BOM,
            "Encoding: UTF-8, byte order mark (detected)",
            "Delimiter: comma (detected)",
            "Renewed online, fee paid",
        ),
    ];
    for (name, encoding, delimiter, note) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = import_csv(dir.path(), &fixture(name), &["--dry-run"]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let text = stdout(&out);
        for part in [encoding, delimiter, note] {
            assert!(text.contains(part), "{name}: no {part:?} in\n{text}");
        }
        assert_eq!(
            text.matches(" ok ").count(),
            3,
            "{name}: three good rows\n{text}"
        );
        assert!(stderr(&out).contains("nothing was stored"), "{name}");
        for number in NUMBERS {
            assert!(!text.contains(number), "{name}: {number} printed\n{text}");
        }
        assert!(
            credentials(dir.path()).is_empty(),
            "{name}: a dry run stored something"
        );

        let out = import_csv(dir.path(), &fixture(name), &[]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let stored = credentials(dir.path());
        assert_eq!(stored.len(), 3, "{name}");
        assert!(
            stored.iter().any(|c| c["notes"] == note),
            "{name}: the note is stored as written: {stored:#?}"
        );
    }
}

#[test]
fn a_type_column_of_md_and_do_is_stored_as_the_license_type() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = import_csv(dir.path(), &fixture(SEMICOLON_1252), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let types: Vec<(String, String)> = credentials(dir.path())
        .iter()
        .map(|c| {
            (
                c["detail"]["jurisdiction"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                c["detail"]["license_type"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect();
    for expected in [("TX", "MD"), ("NY", "DO"), ("CA", "MD")] {
        assert!(
            types.contains(&(expected.0.to_string(), expected.1.to_string())),
            "{expected:?} in {types:?}"
        );
    }
}

#[test]
fn a_refused_row_stores_nothing_and_map_changes_the_mapping() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "State;License type;Number;Expires;Notes\r\nTX;MD;Q1;2027-01-31;fine\r\nXX;MD;Q2;2027-01-31;bad state\r\n",
    )
    .expect("write");
    let data = dir.path().join("data");
    // (name, extra arguments, exit code, stored credentials, a part of stdout or stderr)
    let cases: [(&str, &[&str], i32, usize, &str); 4] = [
        ("one bad row", &[], 3, 0, "1 of 2 row(s) refused"),
        (
            "the bad row's column read as notes: still no state",
            &["--map", "state=notes"],
            3,
            0,
            "no column is read as the state",
        ),
        (
            "type read as the kind: MD is not a kind",
            &["--map", "license type=kind"],
            3,
            0,
            "\"MD\" is not a kind this import reads",
        ),
        (
            "dry run with a bad row",
            &["--dry-run"],
            3,
            0,
            "line 3: error at detail/jurisdiction",
        ),
    ];
    for (name, extra, code, stored, part) in cases {
        let out = import_csv(&data, &bad, extra);
        assert_eq!(out.status.code(), Some(code), "{name}: {}", stderr(&out));
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(all.contains(part), "{name}: no {part:?} in\n{all}");
        assert_eq!(credentials(&data).len(), stored, "{name}");
    }

    let out = import_csv(&data, &fixture(SEMICOLON_1252), &["--map", "NOTES=ignore"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stored = credentials(&data);
    assert_eq!(stored.len(), 3);
    assert!(stored.iter().all(|c| c["notes"] == ""), "{stored:#?}");
}

#[test]
fn the_json_report_names_how_the_file_was_read_and_every_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = import_csv(
        dir.path(),
        &fixture(SEMICOLON_1252),
        &["--json", "--dry-run", "--encoding", "utf-8"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let report: Value = serde_json::from_str(&text).expect("JSON report");
    assert_eq!(report["encoding"], "utf8");
    assert_eq!(report["detected_encoding"], "windows1252");
    assert_eq!(report["delimiter"], "semicolon");
    assert!(
        report["warning"]
            .as_str()
            .is_some_and(|w| w.contains("could not be read as UTF-8")),
        "{report:#}"
    );
    assert_eq!(
        report["columns"][0],
        serde_json::json!({"header": "Type", "field": "license_type"})
    );
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["stored"], 0);
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["line"], 2);
    assert_eq!(rows[0]["accepted"], true);
    assert_eq!(rows[0]["values"]["issued"], "2015-07-01");
    assert_eq!(rows[0]["values"]["number"], "•••34");
    assert_eq!(rows[0]["issues"][0]["code"], "characters_replaced");
    for number in NUMBERS {
        assert!(!text.contains(number), "{number} in the JSON report");
    }

    let out = import_csv(dir.path(), &fixture(UTF8_BOM), &["--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("JSON report");
    assert_eq!(
        (report["dry_run"].clone(), report["stored"].clone()),
        (false.into(), 3.into())
    );
    assert_eq!(credentials(dir.path()).len(), 3);
}

#[test]
fn bad_input_gets_a_clear_error_and_its_exit_code_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    assert!(import_csv(&data, &fixture(UTF8_BOM), &[]).status.success());
    let before = stdout(&licensure(&data, &["export"]));
    let file = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).expect("write");
        p
    };
    let workbook = file(
        "licenses.xlsx",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00rest of a zip",
    );
    let empty = file("empty.csv", b"");
    let header_only = file("header.csv", b"State,Number\r\n");
    let good = fixture(SEMICOLON_1252);
    let missing = dir.path().join("missing.csv");
    // (name, file, extra arguments, exit code, a part of stderr)
    let cases: Vec<(&str, &Path, &[&str], i32, &str)> = vec![
        (
            "unknown column in --map",
            &good,
            &["--map", "Colour=notes"],
            2,
            "has no column \"Colour\"",
        ),
        (
            "unknown field in --map",
            &good,
            &["--map", "Notes=colour"],
            2,
            "unknown field \"colour\"",
        ),
        (
            "--map without =",
            &good,
            &["--map", "Notes"],
            2,
            "is not COLUMN=FIELD",
        ),
        (
            "unknown encoding",
            &good,
            &["--encoding", "ebcdic"],
            2,
            "unknown encoding",
        ),
        (
            "unknown delimiter",
            &good,
            &["--delimiter", "pipe"],
            2,
            "unknown delimiter",
        ),
        ("unreadable file", &missing, &[], 3, "cannot read"),
        ("a directory", dir.path(), &[], 3, "cannot read"),
        (
            "an Excel workbook",
            &workbook,
            &[],
            3,
            "Excel workbook (.xlsx)",
        ),
        ("an empty file", &empty, &[], 3, "the file is empty"),
        (
            "a header without rows",
            &header_only,
            &[],
            3,
            "no rows below the header",
        ),
    ];
    for (name, path, extra, code, part) in cases {
        let out = import_csv(&data, path, extra);
        assert_eq!(out.status.code(), Some(code), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(part), "{name}: {}", stderr(&out));
        assert_eq!(
            stdout(&licensure(&data, &["export"])),
            before,
            "{name} changed the store"
        );
    }

    let held = licensure_store::Store::open(&data).expect("store");
    let out = import_csv(&data, &good, &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("in use by another Licensure process"));
    drop(held);
    assert_eq!(stdout(&licensure(&data, &["export"])), before);
}
