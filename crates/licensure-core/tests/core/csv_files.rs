//! CSV import: files as spreadsheets write them. The encoding (UTF-8 with or without a byte
//! order mark, UTF-16 from Excel's "Unicode text", Windows-1252) and the delimiter (comma,
//! semicolon, tab) are detected, and can be chosen instead; a wrong encoding is reported;
//! records follow RFC 4180 with their line numbers; files that are not CSV are named.
//! The Excel-like files are in `tests/fixtures/csv/` at the workspace root.

use licensure_core::csv_import::{
    preview_csv, CsvDelimiter, CsvEncoding, CsvField, CsvOptions, CsvPreview, MAX_CSV_BYTES,
};

const SEMICOLON_1252: &[u8] =
    include_bytes!("../../../../tests/fixtures/csv/excel-semicolon-windows1252.csv");
const UNICODE_TEXT: &[u8] =
    include_bytes!("../../../../tests/fixtures/csv/excel-unicode-text-utf16le.txt");
const UTF8_BOM: &[u8] = include_bytes!("../../../../tests/fixtures/csv/excel-csv-utf8-bom.csv");

fn read(bytes: &[u8], options: &CsvOptions) -> CsvPreview {
    preview_csv(bytes, options, &[], Some("Rivera"))
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend(if little { [0xff, 0xfe] } else { [0xfe, 0xff] });
    }
    for unit in text.encode_utf16() {
        out.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    out
}

/// Windows-1252 bytes of Latin-1 text (the letters used here are the same in both).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 letter"))
        .collect()
}

#[test]
fn the_encoding_and_the_delimiter_are_detected() {
    const LINES: [&str; 2] = [
        "State|License type|Number|Notes",
        "TX|MD|Q1|Supervised by José Peña",
    ];
    let text = |sep: &str, end: &str| {
        LINES
            .iter()
            .map(|l| l.replace('|', sep))
            .collect::<Vec<_>>()
            .join(end)
            + end
    };
    use CsvDelimiter::*;
    use CsvEncoding::*;
    // (name, bytes, encoding, byte order mark, delimiter)
    let cases: Vec<(&str, Vec<u8>, CsvEncoding, bool, CsvDelimiter)> = vec![
        (
            "UTF-8, comma",
            text(",", "\n").into_bytes(),
            Utf8,
            false,
            Comma,
        ),
        (
            "UTF-8 with BOM, semicolon",
            [b"\xef\xbb\xbf".as_slice(), text(";", "\r\n").as_bytes()].concat(),
            Utf8,
            true,
            Semicolon,
        ),
        (
            "UTF-8, tab",
            text("\t", "\n").into_bytes(),
            Utf8,
            false,
            Tab,
        ),
        (
            "UTF-16 LE with BOM, tab (Excel's Unicode text)",
            utf16(&text("\t", "\r\n"), true, true),
            Utf16Le,
            true,
            Tab,
        ),
        (
            "UTF-16 BE with BOM, comma",
            utf16(&text(",", "\n"), false, true),
            Utf16Be,
            true,
            Comma,
        ),
        (
            "UTF-16 LE without BOM, tab",
            utf16(&text("\t", "\r\n"), true, false),
            Utf16Le,
            false,
            Tab,
        ),
        (
            "Windows-1252, semicolon",
            windows_1252(&text(";", "\r\n")),
            Windows1252,
            false,
            Semicolon,
        ),
        (
            "Windows-1252, comma, CR line ends",
            windows_1252(&text(",", "\r")),
            Windows1252,
            false,
            Comma,
        ),
    ];
    for (name, bytes, encoding, bom, delimiter) in cases {
        let p = read(&bytes, &CsvOptions::default());
        assert_eq!(p.problem, None, "{name}");
        assert_eq!(
            (p.detected_encoding, p.encoding, p.byte_order_mark),
            (encoding, encoding, bom),
            "{name}"
        );
        assert_eq!(
            (p.detected_delimiter, p.delimiter),
            (delimiter, delimiter),
            "{name}"
        );
        assert_eq!(
            p.headers,
            ["State", "License type", "Number", "Notes"],
            "{name}"
        );
        assert_eq!(p.warning, None, "{name}");
        assert_eq!(p.rows.len(), 1, "{name}");
        assert_eq!(p.rows[0].values.notes, "Supervised by José Peña", "{name}");
        assert!(
            p.rows[0].credential.is_some(),
            "{name}: {:?}",
            p.rows[0].issues
        );
    }
}

#[test]
fn excel_files_are_read_as_written() {
    struct Case {
        name: &'static str,
        bytes: &'static [u8],
        encoding: CsvEncoding,
        delimiter: CsvDelimiter,
        mapping: &'static [CsvField],
        /// Per row: kind, state, license type, issued, expires, schedules, notes.
        rows: &'static [[&'static str; 7]],
    }
    use CsvField::*;
    let cases = [
        Case {
            name: "semicolon, Windows-1252, a Type column of MD/DO",
            bytes: SEMICOLON_1252,
            encoding: CsvEncoding::Windows1252,
            delimiter: CsvDelimiter::Semicolon,
            mapping: &[
                LicenseType,
                Jurisdiction,
                Number,
                Status,
                Issued,
                Expires,
                Notes,
            ],
            rows: &[
                [
                    "State license",
                    "TX",
                    "MD",
                    "2015-07-01",
                    "2027-07-31",
                    "",
                    "Supervised by José Peña",
                ],
                [
                    "State license",
                    "NY",
                    "DO",
                    "2015-07-01",
                    "2027-01-31",
                    "",
                    "Renewal handled by Muñoz & Peña, LLC",
                ],
                [
                    "State license",
                    "CA",
                    "MD",
                    "2021-03-01",
                    "2027-04-30",
                    "",
                    "Board: Médico",
                ],
            ],
        },
        Case {
            name: "Unicode text: UTF-16 LE with BOM, tab",
            bytes: UNICODE_TEXT,
            encoding: CsvEncoding::Utf16Le,
            delimiter: CsvDelimiter::Tab,
            mapping: &[
                Kind,
                Jurisdiction,
                LicenseType,
                Number,
                Expires,
                Schedules,
                Notes,
            ],
            rows: &[
                [
                    "State license",
                    "FL",
                    "MD",
                    "",
                    "2028-01-31",
                    "",
                    "Zoë Brontë",
                ],
                [
                    "DEA registration",
                    "FL",
                    "",
                    "",
                    "2027-05-31",
                    "2, 2N, 3",
                    "",
                ],
                [
                    "Telehealth registration",
                    "AZ",
                    "",
                    "",
                    "2027-09-30",
                    "",
                    "Zoë says \"hi\"",
                ],
            ],
        },
        Case {
            name: "CSV UTF-8: BOM, comma, quoted commas",
            bytes: UTF8_BOM,
            encoding: CsvEncoding::Utf8,
            delimiter: CsvDelimiter::Comma,
            mapping: &[
                Kind,
                Jurisdiction,
                LicenseType,
                Number,
                Status,
                Issued,
                Expires,
                Schedules,
                Notes,
            ],
            rows: &[
                [
                    "State license",
                    "WA",
                    "MD",
                    "2015-07-01",
                    "2027-06-30",
                    "",
                    "Renewed online, fee paid",
                ],
                [
                    "State controlled-substance registration",
                    "TX",
                    "",
                    "2022-01-01",
                    "2027-08-31",
                    "2, 3, 4, 5",
                    "Peña",
                ],
                [
                    "Telehealth registration",
                    "FL",
                    "",
                    "",
                    "2027-09-30",
                    "",
                    "",
                ],
            ],
        },
    ];
    for c in cases {
        let p = read(c.bytes, &CsvOptions::default());
        assert_eq!(p.problem, None, "{}", c.name);
        assert_eq!(
            (p.encoding, p.delimiter),
            (c.encoding, c.delimiter),
            "{}",
            c.name
        );
        assert_eq!(p.warning, None, "{}", c.name);
        assert_eq!(p.mapping, c.mapping, "{}: {:?}", c.name, p.headers);
        assert_eq!(p.rows.len(), c.rows.len(), "{}", c.name);
        for (row, expected) in p.rows.iter().zip(c.rows) {
            let v = &row.values;
            let got = [
                v.kind.as_str(),
                &v.jurisdiction,
                &v.license_type,
                &v.issued,
                &v.expires,
                &v.schedules,
                &v.notes,
            ];
            assert_eq!(&got, expected, "{} line {}", c.name, row.line);
            assert!(
                row.credential.is_some(),
                "{} line {}: {:?}",
                c.name,
                row.line,
                row.issues
            );
        }
    }
}

#[test]
fn a_choice_replaces_what_was_detected() {
    use CsvField::*;
    struct Case {
        name: &'static str,
        bytes: &'static [u8],
        options: CsvOptions,
        check: fn(&CsvPreview) -> Result<(), String>,
    }
    let cases = [
        Case {
            name: "Windows-1252 read as UTF-8: a warning, and a warning on each row it touches",
            bytes: SEMICOLON_1252,
            options: CsvOptions {
                encoding: Some(CsvEncoding::Utf8),
                ..CsvOptions::default()
            },
            check: |p| {
                let warning = p.warning.as_deref().ok_or("no warning")?;
                if !warning.contains("could not be read as UTF-8") {
                    return Err(format!("warning: {warning}"));
                }
                if p.detected_encoding != CsvEncoding::Windows1252 {
                    return Err("the detection is not kept".into());
                }
                let warned: Vec<bool> = p
                    .rows
                    .iter()
                    .map(|r| {
                        r.issues.iter().any(|i| {
                            i.code == "characters_replaced" && i.field == "notes" && !i.is_error()
                        })
                    })
                    .collect();
                (warned == [true, true, true] && p.rows[0].values.notes.contains('\u{fffd}'))
                    .then_some(())
                    .ok_or(format!("{warned:?} {:?}", p.rows[0]))
            },
        },
        Case {
            name: "UTF-16 read as Windows-1252 is not text",
            bytes: UNICODE_TEXT,
            options: CsvOptions {
                encoding: Some(CsvEncoding::Windows1252),
                ..CsvOptions::default()
            },
            check: |p| match &p.problem {
                Some(problem) if problem.contains("binary data") => Ok(()),
                other => Err(format!("{other:?}")),
            },
        },
        Case {
            name: "Mac OS Roman chosen",
            bytes: b"State,License type,Number,Notes\nTX,MD,Q1,Jos\x8e\n",
            options: CsvOptions {
                encoding: Some(CsvEncoding::MacRoman),
                ..CsvOptions::default()
            },
            check: |p| {
                (p.rows[0].values.notes == "José")
                    .then_some(())
                    .ok_or(format!("{:?}", p.rows[0].values))
            },
        },
        Case {
            name: "semicolon file read with commas: one column",
            bytes: SEMICOLON_1252,
            options: CsvOptions {
                delimiter: Some(CsvDelimiter::Comma),
                ..CsvOptions::default()
            },
            check: |p| {
                let one = p.headers.len() == 1
                    && p.delimiter == CsvDelimiter::Comma
                    && p.detected_delimiter == CsvDelimiter::Semicolon;
                let refused = p.rows.iter().all(|r| r.credential.is_none());
                (one && refused)
                    .then_some(())
                    .ok_or(format!("{:?}", p.headers))
            },
        },
        Case {
            name: "the mapping chosen: the notes not imported",
            bytes: SEMICOLON_1252,
            options: CsvOptions {
                mapping: Some(vec![
                    LicenseType,
                    Jurisdiction,
                    Number,
                    Status,
                    Issued,
                    Expires,
                    Ignore,
                ]),
                ..CsvOptions::default()
            },
            check: |p| {
                let notes: Vec<&str> = p
                    .rows
                    .iter()
                    .filter_map(|r| r.credential.as_ref())
                    .map(|c| c.notes.as_str())
                    .collect();
                (notes == ["", "", ""] && p.rows.iter().all(|r| r.values.notes.is_empty()))
                    .then_some(())
                    .ok_or(format!("{notes:?}"))
            },
        },
        Case {
            name: "a short mapping: the other columns are not imported",
            bytes: SEMICOLON_1252,
            options: CsvOptions {
                mapping: Some(vec![Kind]),
                ..CsvOptions::default()
            },
            check: |p| {
                let errors: Vec<&str> = p.rows[0].issues.iter().map(|i| i.code.as_str()).collect();
                (p.mapping.len() == 7
                    && p.mapping[1..].iter().all(|f| *f == Ignore)
                    && errors.contains(&"kind_unsupported"))
                .then_some(())
                .ok_or(format!("{:?} {errors:?}", p.mapping))
            },
        },
    ];
    for c in cases {
        let p = read(c.bytes, &c.options);
        if let Err(e) = (c.check)(&p) {
            panic!("{}: {e}", c.name);
        }
    }
}

#[test]
fn records_follow_rfc_4180_with_their_lines() {
    /// Each row's line and notes.
    type Rows = Vec<(usize, &'static str)>;
    let cases: Vec<(&str, &str, Rows)> = vec![
        (
            "plain",
            "State,Notes\nTX,a\nNY,b\n",
            vec![(2, "a"), (3, "b")],
        ),
        ("CRLF", "State,Notes\r\nTX,a\r\n", vec![(2, "a")]),
        (
            "CR only",
            "State,Notes\rTX,a\rNY,b",
            vec![(2, "a"), (3, "b")],
        ),
        ("no final newline", "State,Notes\nTX,a", vec![(2, "a")]),
        (
            "quoted comma",
            "State,Notes\nTX,\"x, y\"\n",
            vec![(2, "x, y")],
        ),
        (
            "escaped quote",
            "State,Notes\nTX,\"say \"\"hi\"\"\"\n",
            vec![(2, "say \"hi\"")],
        ),
        (
            "line break in quotes",
            "State,Notes\nTX,\"a\nb\"\nNY,c\n",
            vec![(2, "a\nb"), (4, "c")],
        ),
        (
            "blank lines and blank records skipped",
            "State,Notes\n\n,\nTX,a\n",
            vec![(4, "a")],
        ),
        (
            "blank lines before the header",
            "\n\nState,Notes\nTX,a\n",
            vec![(4, "a")],
        ),
        ("a short row", "State,Notes\nTX\n", vec![(2, "")]),
    ];
    for (name, text, expected) in cases {
        let p = read(
            text.as_bytes(),
            &CsvOptions {
                mapping: Some(vec![CsvField::Jurisdiction, CsvField::Notes]),
                ..CsvOptions::default()
            },
        );
        assert_eq!(p.problem, None, "{name}");
        let got: Vec<(usize, &str)> = p
            .rows
            .iter()
            .map(|r| (r.line, r.values.notes.as_str()))
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn a_file_that_is_not_csv_is_named() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "the file is empty"),
        ("blank", b"\r\n\r\n,,\n".to_vec(), "the file is empty"),
        (
            "an Excel workbook",
            b"PK\x03\x04\x14\x00\x06\x00rest".to_vec(),
            "Excel workbook (.xlsx)",
        ),
        (
            "an Excel 97 workbook",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00".to_vec(),
            "Excel 97-2003 workbook",
        ),
        ("a PDF", b"%PDF-1.4\n%\xe2\xe3\n".to_vec(), "a PDF document"),
        (
            "binary",
            (0u8..=255).cycle().take(2048).collect(),
            "binary data",
        ),
        (
            "too large",
            vec![b'a'; MAX_CSV_BYTES + 1],
            "at most 8192 KiB",
        ),
    ];
    for (name, bytes, part) in cases {
        let p = read(&bytes, &CsvOptions::default());
        let problem = p.problem.unwrap_or_default();
        assert!(problem.contains(part), "{name}: {problem}");
        assert!(p.rows.is_empty(), "{name}");
    }
    // One NUL in a cell is a row problem, not a file problem.
    let p = read(
        b"State,License type,Number\nT\0X,MD,1\n",
        &CsvOptions::default(),
    );
    assert_eq!(p.problem, None);
    assert_eq!(p.rows[0].issues[0].code, "jurisdiction_unknown");
}
