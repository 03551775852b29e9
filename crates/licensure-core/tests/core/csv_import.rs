//! CSV import: the RFC 4180 reader, header detection, and rows turned into credentials or
//! row problems, checked with the same rules as a form save.

use licensure_core::csv_import::{detect_field, parse_csv, preview_csv, CsvField};
use licensure_core::model::{CredentialDetail, LicenseStatus, Schedule};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

/// Records with their starting line, or a fragment of the error.
type Expected = Result<Vec<(usize, Vec<&'static str>)>, &'static str>;

#[test]
fn the_reader_follows_rfc_4180() {
    let cases: Vec<(&str, &str, Expected)> = vec![
        (
            "plain",
            "a,b\n1,2\n",
            Ok(vec![(1, vec!["a", "b"]), (2, vec!["1", "2"])]),
        ),
        (
            "CRLF",
            "a,b\r\n1,2\r\n",
            Ok(vec![(1, vec!["a", "b"]), (2, vec!["1", "2"])]),
        ),
        (
            "no final newline",
            "a\n1",
            Ok(vec![(1, vec!["a"]), (2, vec!["1"])]),
        ),
        (
            "quoted comma",
            "\"x, y\",z",
            Ok(vec![(1, vec!["x, y", "z"])]),
        ),
        (
            "escaped quote",
            "\"say \"\"hi\"\"\",2",
            Ok(vec![(1, vec!["say \"hi\"", "2"])]),
        ),
        (
            "line break in quotes",
            "\"a\nb\",c\nd,e",
            Ok(vec![(1, vec!["a\nb", "c"]), (3, vec!["d", "e"])]),
        ),
        ("empty fields", ",,\n", Ok(vec![])),
        ("trailing empty field", "a,\n", Ok(vec![(1, vec!["a", ""])])),
        (
            "blank lines skipped",
            "a\n\n\nb\n",
            Ok(vec![(1, vec!["a"]), (4, vec!["b"])]),
        ),
        (
            "byte order mark",
            "\u{feff}a,b",
            Ok(vec![(1, vec!["a", "b"])]),
        ),
        ("unterminated quote", "a\n\"b,c\n", Err("line 2")),
    ];
    for (name, text, expected) in cases {
        let got = parse_csv(text);
        match expected {
            Ok(rows) => {
                let rows: Vec<(usize, Vec<String>)> = rows
                    .into_iter()
                    .map(|(l, r)| (l, r.into_iter().map(String::from).collect()))
                    .collect();
                assert_eq!(got, Ok(rows), "{name}");
            }
            Err(part) => {
                let e = got.expect_err(name);
                assert!(e.contains(part), "{name}: {e}");
            }
        }
    }
}

#[test]
fn headers_are_detected() {
    let cases = [
        ("Kind", CsvField::Kind),
        ("Type", CsvField::Kind),
        ("State", CsvField::Jurisdiction),
        ("License Type", CsvField::LicenseType),
        ("License #", CsvField::Number),
        ("license_number", CsvField::Number),
        ("Status", CsvField::Status),
        ("Issue Date", CsvField::Issued),
        ("Expiration Date", CsvField::Expires),
        ("Schedules", CsvField::Schedules),
        ("Notes", CsvField::Notes),
        ("Favourite colour", CsvField::Ignore),
    ];
    for (header, field) in cases {
        assert_eq!(detect_field(header), field, "{header}");
    }
}

const HEADER: &str = "Kind,State,License type,Number,Status,Issued,Expires,Schedules\n";

#[test]
fn rows_become_credentials_or_row_problems() {
    struct Case {
        name: &'static str,
        row: &'static str,
        /// Error codes; empty when the row imports.
        errors: &'static [&'static str],
        check: fn(&CredentialDetail) -> bool,
    }
    let any = |_: &CredentialDetail| true;
    let cases = vec![
        Case {
            name: "state license",
            row: "State license,TX,MD,Q1234,Active,2020-01-15,02/28/2027,",
            errors: &[],
            check: |d| matches!(d, CredentialDetail::StateLicense(l) if l.jurisdiction == TX && l.status == LicenseStatus::Active && l.expires == Some(day(2027, 2, 28))),
        },
        Case {
            name: "no kind means a state license; status defaults to active",
            row: ",ny,MD,N55,,,2027-01-31,",
            errors: &[],
            check: |d| matches!(d, CredentialDetail::StateLicense(l) if l.jurisdiction == NY && l.status == LicenseStatus::Active),
        },
        Case {
            name: "DEA with roman schedules",
            row: "DEA,TX,,BR1234563,,,2027-05-31,II IIN III IV V",
            errors: &[],
            check: |d| matches!(d, CredentialDetail::DeaRegistration(r) if r.schedules == vec![Schedule::S2, Schedule::S2N, Schedule::S3, Schedule::S4, Schedule::S5]),
        },
        Case {
            name: "state CSR",
            row: "CSR,TX,,C-77,,,2026-08-31,2;3;4",
            errors: &[],
            check: |d| matches!(d, CredentialDetail::StateCsr(c) if c.schedules.len() == 3),
        },
        Case {
            name: "telehealth registration",
            row: "telehealth registration,FL,,TPTP1,,,2027-07-31,",
            errors: &[],
            check: |d| matches!(d, CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == FL),
        },
        Case {
            name: "bad DEA check digit",
            row: "DEA,TX,,BR1234564,,,2027-05-31,2",
            errors: &["dea_invalid"],
            check: any,
        },
        Case {
            name: "unknown state",
            row: "State license,XX,MD,1,Active,,2027-01-01,",
            errors: &["jurisdiction_unknown"],
            check: any,
        },
        Case {
            name: "missing state",
            row: "State license,,MD,1,Active,,2027-01-01,",
            errors: &["required"],
            check: any,
        },
        Case {
            name: "unreadable date",
            row: "State license,TX,MD,1,Active,,31.12.2027,",
            errors: &["date_unreadable"],
            check: any,
        },
        Case {
            name: "impossible date",
            row: "State license,TX,MD,1,Active,,2027-02-30,",
            errors: &["date_unreadable"],
            check: any,
        },
        Case {
            name: "dates out of order",
            row: "State license,TX,MD,1,Active,2028-01-01,2027-01-01,",
            errors: &["dates_out_of_order"],
            check: any,
        },
        Case {
            name: "unknown status",
            row: "State license,TX,MD,1,Sleeping,,2027-01-01,",
            errors: &["status_unknown"],
            check: any,
        },
        Case {
            name: "unsupported kind",
            row: "Malpractice,TX,,P1,,,2027-01-01,",
            errors: &["kind_unsupported"],
            check: any,
        },
        Case {
            name: "bad schedule",
            row: "DEA,TX,,BR1234563,,,2027-05-31,6",
            errors: &["schedules_unreadable"],
            check: any,
        },
        Case {
            name: "missing license number",
            row: "State license,TX,MD,,Active,,2027-01-01,",
            errors: &["required"],
            check: any,
        },
        Case {
            name: "duplicate of a stored credential",
            row: "State license,TX,MD,SECRET-123,Active,,2027-01-01,",
            errors: &["duplicate_credential"],
            check: any,
        },
    ];
    let existing = vec![license("lic-tx", TX, "MD", LicenseStatus::Active, None)];
    for c in cases {
        let text = format!("{HEADER}{}\n", c.row);
        let preview = preview_csv(&text, None, &existing, Some("Rivera"));
        assert_eq!(preview.problem, None, "{}", c.name);
        assert_eq!(preview.rows.len(), 1, "{}", c.name);
        let row = &preview.rows[0];
        assert_eq!(row.line, 2, "{}", c.name);
        let mut codes: Vec<&str> = row
            .issues
            .iter()
            .filter(|i| i.is_error())
            .map(|i| i.code.as_str())
            .collect();
        codes.dedup();
        assert_eq!(codes, c.errors, "{}: {:?}", c.name, row.issues);
        match &row.credential {
            Some(cred) => {
                assert!(
                    c.errors.is_empty(),
                    "{}: a bad row yields no credential",
                    c.name
                );
                assert_eq!(cred.id, "", "{}: the store assigns the id", c.name);
                assert!((c.check)(&cred.detail), "{}: {:?}", c.name, cred.detail);
            }
            None => assert!(
                !c.errors.is_empty(),
                "{}: a good row yields a credential",
                c.name
            ),
        }
        for issue in &row.issues {
            for secret in ["BR1234564", "SECRET-123", "C-77"] {
                assert!(
                    !issue.message.contains(secret),
                    "{}: no number in {issue:?}",
                    c.name
                );
            }
        }
    }
}

#[test]
fn a_duplicate_within_the_file_is_caught_and_the_mapping_can_be_edited() {
    let text = format!("{HEADER}State license,TX,MD,A1,Active,,2027-01-01,\nState license,TX,MD,A1,Active,,2027-01-01,\n");
    let preview = preview_csv(&text, None, &[], None);
    assert!(preview.rows[0].credential.is_some(), "first copy imports");
    assert!(
        preview.rows[1].credential.is_none(),
        "second copy is a duplicate"
    );

    // Remapped: the "Number" column ignored, so every license lacks a number.
    let mut mapping = preview.mapping.clone();
    assert_eq!(mapping[3], CsvField::Number);
    mapping[3] = CsvField::Ignore;
    let preview = preview_csv(&text, Some(&mapping), &[], None);
    assert!(
        preview.rows.iter().all(|r| r.credential.is_none()),
        "{:?}",
        preview.rows
    );

    let empty = preview_csv("", None, &[], None);
    assert!(empty.problem.is_some(), "an empty file is a file problem");
}

#[test]
fn a_message_quotes_a_short_readable_part_of_the_cell() {
    let cases: Vec<(&str, String, &str)> = vec![
        ("short state", "XX".to_string(), "\"XX\" is not"),
        ("NUL escaped", "T\0X".to_string(), "\"T\\0X\" is not"),
        (
            "1 MiB cut at 40 characters",
            "x".repeat(1 << 20),
            "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" is not",
        ),
    ];
    for (name, state, expected) in cases {
        let text = format!("{HEADER}State license,\"{state}\",MD,A1,Active,,2027-01-01,\n");
        let preview = preview_csv(&text, None, &[], None);
        let message = &preview.rows[0].issues[0].message;
        assert!(message.starts_with(expected), "{name}: {message}");
        assert!(message.len() < 200, "{name}: {} bytes", message.len());
    }
}
