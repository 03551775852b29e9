//! CSV import: rows turned into credentials or row problems, checked with the same rules as
//! a form save; every mapped field shown; the mapping from headers and values. (How a file's
//! bytes are read, encodings and delimiters, is in `csv_files.rs`.)

use licensure_core::csv_import::{detect_mapping, preview_csv, CsvField, CsvOptions, CsvPreview};
use licensure_core::model::{CredentialDetail, LicenseStatus, Schedule};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

/// The preview of `text` with nothing chosen, against an empty store.
fn preview_of(text: &str) -> CsvPreview {
    preview_csv(text.as_bytes(), &CsvOptions::default(), &[], None)
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
        let preview = preview_csv(
            text.as_bytes(),
            &CsvOptions::default(),
            &existing,
            Some("Rivera"),
        );
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
    let preview = preview_of(&text);
    assert!(preview.rows[0].credential.is_some(), "first copy imports");
    assert!(
        preview.rows[1].credential.is_none(),
        "second copy is a duplicate"
    );

    // Remapped: the "Number" column ignored, so every license lacks a number.
    let mut mapping = preview.mapping.clone();
    assert_eq!(mapping[3], CsvField::Number);
    mapping[3] = CsvField::Ignore;
    let preview = preview_csv(
        text.as_bytes(),
        &CsvOptions {
            mapping: Some(mapping),
            ..CsvOptions::default()
        },
        &[],
        None,
    );
    assert!(
        preview.rows.iter().all(|r| r.credential.is_none()),
        "{:?}",
        preview.rows
    );

    let empty = preview_of("");
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
        let preview = preview_of(&text);
        let message = &preview.rows[0].issues[0].message;
        assert!(message.starts_with(expected), "{name}: {message}");
        assert!(message.len() < 200, "{name}: {} bytes", message.len());
    }
}

#[test]
fn the_mapping_reads_headers_and_values() {
    use CsvField::*;
    struct Case {
        name: &'static str,
        headers: &'static [&'static str],
        rows: &'static [&'static [&'static str]],
        expected: &'static [CsvField],
    }
    let cases = [
        Case {
            name: "headers as people write them",
            headers: &[
                "Kind",
                "State",
                "License Type",
                "License #",
                "license_number",
                "Status",
                "Issue Date",
                "Expiration Date",
                "Schedules",
                "Notes",
                "Favourite colour",
            ],
            rows: &[],
            expected: &[
                Kind,
                Jurisdiction,
                LicenseType,
                Number,
                Number,
                Status,
                Issued,
                Expires,
                Schedules,
                Notes,
                Ignore,
            ],
        },
        Case {
            name: "a Type column of MD/DO is the license type (the issue's spreadsheet)",
            headers: &["Type", "State", "License number"],
            rows: &[&["MD", "TX", "1"], &["DO", "NY", "2"], &["M.D.", "CA", "3"]],
            expected: &[LicenseType, Jurisdiction, Number],
        },
        Case {
            name: "a Type column of other professions is the license type",
            headers: &["Type", "State"],
            rows: &[&["RN", "TX"], &["NP", "TX"], &["PA-C", "NY"], &["", "CA"]],
            expected: &[LicenseType, Jurisdiction],
        },
        Case {
            name: "a Type column of words no list knows is the license type",
            headers: &["Type", "State"],
            rows: &[&["Physician & Surgeon", "CA"], &["Full", "TX"]],
            expected: &[LicenseType, Jurisdiction],
        },
        Case {
            name: "a Type column of kinds is the kind",
            headers: &["Type", "State", "License type"],
            rows: &[
                &["State license", "TX", "MD"],
                &["DEA", "TX", ""],
                &["CSR", "TX", ""],
            ],
            expected: &[Kind, Jurisdiction, LicenseType],
        },
        Case {
            name: "a Credential column of license types is the license type",
            headers: &["Credential", "State"],
            rows: &[&["MD", "TX"], &["MD", "NY"]],
            expected: &[LicenseType, Jurisdiction],
        },
        Case {
            name: "a License type column of kinds is the kind",
            headers: &["License type", "State"],
            rows: &[&["DEA", "TX"], &["Telehealth", "FL"], &["License", "TX"]],
            expected: &[Kind, Jurisdiction],
        },
        Case {
            name: "a License type column of 'License' only stays the license type",
            headers: &["License type", "State"],
            rows: &[&["Medical license", "TX"], &["License", "NY"]],
            expected: &[LicenseType, Jurisdiction],
        },
        Case {
            name: "an unnamed column of kinds is the kind",
            headers: &["What", "State"],
            rows: &[&["DEA", "TX"], &["State license", "TX"]],
            expected: &[Kind, Jurisdiction],
        },
        Case {
            name: "an unnamed column of MD/DO beside a state column is the license type",
            headers: &["Degree held", "State"],
            rows: &[&["MD", "TX"], &["MD", "NY"]],
            expected: &[LicenseType, Jurisdiction],
        },
        Case {
            name: "an unnamed column of MD/PA alone may be states: left alone",
            headers: &["Where", "Number"],
            rows: &[&["MD", "1"], &["PA", "2"]],
            expected: &[Ignore, Number],
        },
        Case {
            name: "an explicit kind column keeps an unnamed column of kinds out",
            headers: &["Kind", "Copy of kind"],
            rows: &[&["DEA", "DEA"]],
            expected: &[Kind, Ignore],
        },
        Case {
            name: "a Type column with no values is the license type",
            headers: &["Type", "State"],
            rows: &[],
            expected: &[LicenseType, Jurisdiction],
        },
    ];
    for c in cases {
        let headers: Vec<String> = c.headers.iter().map(|h| h.to_string()).collect();
        let rows: Vec<Vec<String>> = c
            .rows
            .iter()
            .map(|r| r.iter().map(|v| v.to_string()).collect())
            .collect();
        let rows: Vec<&[String]> = rows.iter().map(Vec::as_slice).collect();
        assert_eq!(detect_mapping(&headers, &rows), c.expected, "{}", c.name);
    }
}

#[test]
fn a_type_column_of_md_imports_licenses_instead_of_refusing_every_row() {
    let text = "Type,State,Number,Expires\nMD,TX,Q1,2027-01-31\nDO,NY,N2,2027-01-31\n";
    let preview = preview_of(text);
    assert_eq!(preview.mapping[0], CsvField::LicenseType);
    for row in &preview.rows {
        let Some(c) = &row.credential else {
            panic!("line {} refused: {:?}", row.line, row.issues)
        };
        assert!(
            matches!(&c.detail, CredentialDetail::StateLicense(l) if l.license_type == row.values.license_type),
            "{c:?}"
        );
    }
}

#[test]
fn every_mapped_field_of_a_row_is_shown_as_read() {
    const HEAD: &str = "Kind,State,License type,Number,Status,Issued,Expires,Schedules,Notes\n";
    // (name, row, kind, state, license type, number, status, issued, expires, schedules, notes)
    type Expected = [&'static str; 9];
    let cases: Vec<(&str, &str, Expected)> = vec![
        (
            "a license with US dates",
            "State license,tx,MD,Q1234,Current,07/01/2015,7/31/27,,Peña",
            [
                "State license",
                "TX",
                "MD",
                "•••34",
                "active",
                "2015-07-01",
                "2027-07-31",
                "",
                "Peña",
            ],
        ),
        (
            "a DEA registration with roman schedules",
            "dea,CA,,BR3456781,,,2027-05-31 00:00,II IIN V,",
            [
                "DEA registration",
                "CA",
                "",
                "•••••6781",
                "",
                "",
                "2027-05-31",
                "2, 2N, 5",
                "",
            ],
        ),
        (
            "values that cannot be read are shown as written",
            "Malpractice,XX,MD,1,Sleeping,31.12.2027,soon,7,",
            [
                "Malpractice",
                "XX",
                "MD",
                "•",
                "Sleeping",
                "31.12.2027",
                "soon",
                "7",
                "",
            ],
        ),
    ];
    for (name, row, expected) in cases {
        let preview = preview_of(&format!("{HEAD}{row}\n"));
        let v = &preview.rows[0].values;
        let got = [
            v.kind.as_str(),
            &v.jurisdiction,
            &v.license_type,
            &v.number,
            &v.status,
            &v.issued,
            &v.expires,
            &v.schedules,
            &v.notes,
        ];
        assert_eq!(got, expected, "{name}");
    }
    let long = preview_of(&format!(
        "{HEAD}State license,TX,MD,Q1,,,,,{}\n",
        "n".repeat(500)
    ));
    assert_eq!(long.rows[0].values.notes, format!("{}…", "n".repeat(80)));
    let credential = long.rows[0].credential.as_ref().expect("imports");
    assert_eq!(credential.notes.len(), 500, "the whole note is imported");
}

#[test]
fn dates_are_read_as_excel_writes_them() {
    let cases = [
        ("2015-07-01", Some("2015-07-01")),
        ("07/01/2015", Some("2015-07-01")),
        ("7/1/2015", Some("2015-07-01")),
        ("7/1/15", Some("2015-07-01")),
        ("2015/07/01", Some("2015-07-01")),
        ("1-Jul-2015", Some("2015-07-01")),
        ("01-Jul-15", Some("2015-07-01")),
        ("07/01/2015 00:00", Some("2015-07-01")),
        ("2015-07-01T00:00:00", Some("2015-07-01")),
        ("31.12.2027", None),
        ("2027-02-30", None),
        ("13/01/2015", None),
        ("July 2015", None),
    ];
    for (written, read) in cases {
        let text = format!("State,Number,License type,Issued\nTX,Q1,MD,{written}\n");
        let row = &preview_of(&text).rows[0];
        let unreadable = row.issues.iter().any(|i| i.code == "date_unreadable");
        match read {
            Some(date) => {
                assert_eq!(row.values.issued, date, "{written}");
                assert!(!unreadable, "{written}: {:?}", row.issues);
            }
            None => assert!(unreadable, "{written} read as {}", row.values.issued),
        }
    }
}

#[test]
fn a_number_is_shown_masked_never_whole() {
    let cases = [
        ("", ""),
        ("7", "•"),
        ("Q1", "•1"),
        ("Q1234", "•••34"),
        ("BR3456781", "•••••6781"),
        ("ME-98765432101", "••••••••2101"),
    ];
    for (number, shown) in cases {
        let text = format!("State,License type,Number\nTX,MD,{number}\n");
        assert_eq!(preview_of(&text).rows[0].values.number, shown, "{number}");
    }
}

#[test]
fn field_names_are_the_wire_names() {
    for field in CsvField::ALL {
        assert_eq!(
            serde_json::to_value(field).expect("json"),
            serde_json::json!(field.name())
        );
    }
}
