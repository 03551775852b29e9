//! Bad input never hurts: property tests over the CSV import, from the bytes of a file to the
//! confirmed rows in a real store.
//!
//! What it proves, for arbitrary bytes, arbitrary text, a valid file with one cell replaced by
//! something hostile (1 MiB strings, NUL, BOMs, quotes, CR-only line ends, 10,000 columns,
//! far or impossible dates, wrong types), each read with an encoding, a delimiter and a
//! mapping detected or chosen at random (mappings that point at missing columns included):
//! the preview never panics; a file-level problem has a message and no rows; every row is
//! either a credential or errors, never both or neither; every error names its row (line)
//! and field with a short, non-empty message; rows the preview accepts are accepted by the
//! store; a batch with one bad row stores nothing (checked against a real sled store in a
//! temporary directory) and an accepted batch stores exactly its rows. A good file written
//! in any encoding the import reads, with any delimiter, is detected and imports every row
//! with its accented notes intact.
//!
//! Limits: random search, not proof: a few hundred cases per property, each run with a new
//! seed.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

use std::sync::atomic::{AtomicU64, Ordering};

mod common;

use common::hostile::hostile_string;
use common::sample_store;
use licensure_core::csv_import::{
    preview_csv, CsvDelimiter, CsvEncoding, CsvField, CsvOptions, CsvPreview,
};
use licensure_core::model::{Credential, CredentialDetail};
use licensure_core::validation::has_errors;
use licensure_store::document::parse_import;
use licensure_store::{Store, StoreError};
use proptest::prelude::*;

const CASES: u32 = 300;
/// Files previewed (each also saved to the store when it has rows).
static RAN: AtomicU64 = AtomicU64::new(0);
/// Batches the store refused (a bad row among good ones): nothing stored.
static REFUSED: AtomicU64 = AtomicU64::new(0);
/// Batches the store accepted: exactly their rows stored.
static STORED: AtomicU64 = AtomicU64::new(0);

/// A longest error message a row may carry: the preview shows it next to the row.
const MAX_MESSAGE: usize = 400;

const HEADER: [&str; 9] = [
    "Kind",
    "State",
    "License type",
    "Number",
    "Status",
    "Issued",
    "Expires",
    "Schedules",
    "Notes",
];

/// A file every row of which imports into the sample store.
const BASE_ROWS: [[&str; 9]; 4] = [
    [
        "State license",
        "CA",
        "MD",
        "A123456",
        "Active",
        "2021-03-01",
        "2027-04-30",
        "",
        "imported from José Peña's sheet",
    ],
    [
        "DEA",
        "CA",
        "",
        "BR3456781",
        "",
        "",
        "2027-05-31",
        "2 2N 3 3N 4 5",
        "",
    ],
    [
        "CSR",
        "TX",
        "",
        "CSR-100",
        "",
        "2022-01-01",
        "08/31/2027",
        "2;3;4;5",
        "",
    ],
    [
        "Telehealth",
        "FL",
        "",
        "TPMC-77",
        "",
        "",
        "2027-09-30",
        "",
        "",
    ],
];

/// Joins cells into a CSV line with `delimiter`, quoting a cell when `quote` says so (any
/// cell may still break the format when it is not quoted: that is part of the test).
fn line(cells: &[String], quote: bool, delimiter: char) -> String {
    cells
        .iter()
        .map(|c| {
            if quote {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(&delimiter.to_string())
}

fn base_cells() -> Vec<Vec<String>> {
    std::iter::once(HEADER.iter().map(|s| s.to_string()).collect())
        .chain(
            BASE_ROWS
                .iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect()),
        )
        .collect()
}

/// A hostile string, or text aimed at CSV and at the columns' types.
fn hostile_cell() -> impl Strategy<Value = String> {
    let csv_cells: Vec<String> = [
        "\u{feff}TX",
        "\u{feff}",
        "\"",
        "\"\"\"",
        "a\"b",
        "a\rb",
        "a\r\rb\r",
        "a\nb",
        "0001-01-01",
        "12/31/99999",
        "13/45/2027",
        "true",
        "null",
        "-1",
        "1e308",
        "NaN",
        "{\"kind\":\"dea_registration\"}",
        "[1,2,3]",
        "2 2N 7 VII",
        "malpractice",
        "board certification",
        "XX",
        "tx",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(["9".repeat(1 << 20), ",".repeat(10_000)])
    .collect();
    prop_oneof![hostile_string(), proptest::sample::select(csv_cells),]
}

/// Text made of CSV's own syntax: separators, quotes and line ends among ordinary cells.
fn csv_like_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(",".to_string()),
        Just("\"".to_string()),
        Just("\"\"".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{feff}".to_string()),
        Just("\0".to_string()),
        prop::sample::select(HEADER.to_vec()).prop_map(str::to_string),
        prop::sample::select(BASE_ROWS.concat()).prop_map(str::to_string),
        "[a-zA-Z0-9 /-]{0,12}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|p| p.concat())
}

/// What the clinician may choose: each of encoding, delimiter and mapping detected or chosen.
fn options() -> impl Strategy<Value = CsvOptions> {
    (
        prop::option::of(prop::sample::select(CsvEncoding::ALL.to_vec())),
        prop::option::of(prop::sample::select(CsvDelimiter::ALL.to_vec())),
        prop::option::of(prop::collection::vec(
            prop::sample::select(CsvField::ALL.to_vec()),
            0..14,
        )),
    )
        .prop_map(|(encoding, delimiter, mapping)| CsvOptions {
            encoding,
            delimiter,
            mapping,
        })
}

/// At least as many lines as the file has in any encoding: every line end in the text is a
/// CR or LF byte in the file (UTF-16's "\r\n" counts twice: an upper bound).
fn line_bound(bytes: &[u8]) -> usize {
    let lone_cr = bytes
        .iter()
        .enumerate()
        .filter(|(i, b)| **b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        .count();
    bytes.iter().filter(|b| **b == b'\n').count() + lone_cr + 1
}

/// The properties of one preview of `bytes`.
fn check_preview(bytes: &[u8], preview: &CsvPreview) -> Result<(), TestCaseError> {
    if let Some(problem) = &preview.problem {
        prop_assert!(
            !problem.trim().is_empty(),
            "a file problem without a message"
        );
        prop_assert!(problem.len() <= MAX_MESSAGE, "file problem too long");
        prop_assert!(preview.rows.is_empty(), "rows next to a file problem");
        return Ok(());
    }
    prop_assert_eq!(
        preview.mapping.len(),
        preview.headers.len(),
        "one field per header"
    );
    let lines = line_bound(bytes);
    let mut previous = 0;
    for row in &preview.rows {
        prop_assert!(
            row.line >= 2 && row.line > previous && row.line <= lines,
            "row line {} out of order or outside the file's {} lines",
            row.line,
            lines
        );
        previous = row.line;
        let rejected = has_errors(&row.issues);
        prop_assert_eq!(
            row.credential.is_some(),
            !rejected,
            "line {}: a row is a credential or errors, never both or neither: {:?}",
            row.line,
            row.issues
        );
        for issue in &row.issues {
            prop_assert!(
                !issue.code.trim().is_empty()
                    && !issue.field.trim().is_empty()
                    && !issue.message.trim().is_empty(),
                "line {}: an issue without code, field or message: {:?}",
                row.line,
                issue
            );
            prop_assert!(
                issue.message.len() <= MAX_MESSAGE,
                "line {}: a {}-byte message for {}",
                row.line,
                issue.message.len(),
                issue.field
            );
        }
        if let Some(c) = &row.credential {
            prop_assert!(c.id.is_empty(), "the store assigns ids");
            prop_assert!(
                !matches!(
                    c.detail,
                    CredentialDetail::MalpracticePolicy(_)
                        | CredentialDetail::BoardCertification(_)
                ),
                "a kind the import does not read"
            );
        }
    }
    Ok(())
}

/// The store as text, to compare before and after.
fn snapshot(store: &Store) -> String {
    store.export().expect("export").to_json()
}

/// Previews `bytes` against the store, checks the preview, then saves its good rows (what the
/// app's "import" sends) and, when `spoil` is given, the same rows with a bad credential at
/// that position: the first must be stored exactly, the second must store nothing.
fn check(
    store: &Store,
    bytes: &[u8],
    options: &CsvOptions,
    spoil: Option<usize>,
) -> Result<(), TestCaseError> {
    RAN.fetch_add(1, Ordering::Relaxed);
    let before = snapshot(store);
    let existing = store.credentials().expect("credentials");
    let family = store.profile().expect("profile").map(|p| p.family_name);
    let preview = preview_csv(bytes, options, &existing, family.as_deref());
    check_preview(bytes, &preview)?;
    prop_assert_eq!(
        snapshot(store),
        before.clone(),
        "a preview stored something"
    );
    let good: Vec<Credential> = preview
        .rows
        .iter()
        .filter_map(|r| r.credential.clone())
        .collect();
    if let Some(at) = spoil {
        let mut batch = good.clone();
        let at = at % (batch.len() + 1);
        // A copy of a stored credential: a duplicate, refused like any invalid row.
        batch.insert(at, existing[0].clone());
        REFUSED.fetch_add(1, Ordering::Relaxed);
        match store.add_credentials(batch) {
            Err(StoreError::Invalid(issues)) => {
                prop_assert!(!issues.is_empty());
                prop_assert!(
                    issues
                        .iter()
                        .any(|i| i.field.starts_with(&format!("{at}/"))),
                    "the refusal does not name position {}: {:?}",
                    at,
                    issues
                );
                prop_assert!(issues.iter().all(|i| !i.message.trim().is_empty()));
            }
            other => prop_assert!(false, "a batch with a duplicate was not refused: {other:?}"),
        }
        prop_assert_eq!(
            snapshot(store),
            before.clone(),
            "a refused batch stored something"
        );
    }
    if !good.is_empty() {
        STORED.fetch_add(1, Ordering::Relaxed);
        let added = match store.add_credentials(good.clone()) {
            Ok(added) => added,
            Err(e) => {
                return Err(TestCaseError::fail(format!(
                    "rows the preview accepted were refused by the store: {e:?}"
                )))
            }
        };
        prop_assert_eq!(added.len(), good.len());
        let now = store.credentials().expect("credentials");
        prop_assert_eq!(now.len(), existing.len() + good.len());
        for a in &added {
            prop_assert!(
                now.contains(a),
                "an added credential is not stored as returned"
            );
        }
        store
            .replace_all(&parse_import(&before).expect("before").0)
            .expect("put back");
        prop_assert_eq!(snapshot(store), before);
    }
    Ok(())
}

fn runner() -> proptest::test_runner::TestRunner {
    proptest::test_runner::TestRunner::new(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    })
}

/// How a good file is written: the encodings the import detects, as spreadsheets write them.
#[derive(Debug, Clone, Copy)]
enum Written {
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    Windows1252,
}

fn written(text: &str, how: Written) -> Vec<u8> {
    let utf16 = |bom: [u8; 2], unit: fn(u16) -> [u8; 2]| {
        let mut out = bom.to_vec();
        out.extend(text.encode_utf16().flat_map(unit));
        out
    };
    match how {
        Written::Utf8 => text.as_bytes().to_vec(),
        Written::Utf8Bom => [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
        Written::Utf16LeBom => utf16([0xff, 0xfe], u16::to_le_bytes),
        Written::Utf16BeBom => utf16([0xfe, 0xff], u16::to_be_bytes),
        // The base rows' letters are Latin-1, which Windows-1252 writes as the same bytes.
        Written::Windows1252 => text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
            .collect(),
    }
}

fn text_of(rows: &[Vec<String>], quote: bool, delimiter: char, end: &str) -> String {
    rows.iter()
        .map(|row| line(row, quote, delimiter))
        .collect::<Vec<_>>()
        .join(end)
}

#[test]
fn csv_import_never_panics_never_half_stores() {
    let (_dir, store) = sample_store();
    let base_text = text_of(&base_cells(), false, ',', "\n");

    // The base file is good: every row imports, so a refusal below is the hostile cell's.
    let existing = store.credentials().expect("credentials");
    let base = preview_csv(
        base_text.as_bytes(),
        &CsvOptions::default(),
        &existing,
        Some("Rivera"),
    );
    assert!(base.problem.is_none(), "{:?}", base.problem);
    assert_eq!(base.rows.len(), BASE_ROWS.len());
    for row in &base.rows {
        assert!(row.credential.is_some(), "base row refused: {row:?}");
    }

    runner()
        .run(
            &(prop::collection::vec(any::<u8>(), 0..2048), options()),
            |(bytes, options)| check(&store, &bytes, &options, None),
        )
        .expect("arbitrary bytes");

    runner()
        .run(
            &(
                prop_oneof![any::<String>(), csv_like_text()],
                options(),
                any::<usize>(),
            ),
            |(text, options, at)| check(&store, text.as_bytes(), &options, Some(at)),
        )
        .expect("arbitrary text");

    let rows = base_cells();
    let width = HEADER.len();
    runner()
        .run(
            &(
                0..rows.len(),
                0..width + 2,
                hostile_cell(),
                any::<bool>(),
                prop::sample::select(vec!["\n", "\r\n", "\r"]),
                prop_oneof![Just(CsvOptions::default()), options()],
                any::<usize>(),
            ),
            |(r, c, cell, quote, end, options, at)| {
                let mut rows = rows.clone();
                // A column past the end widens that row (and, for the header, the file).
                if c >= rows[r].len() {
                    rows[r].push(cell);
                } else {
                    rows[r][c] = cell;
                }
                let text = text_of(&rows, quote, ',', end);
                check(&store, text.as_bytes(), &options, Some(at))
            },
        )
        .expect("good file with one hostile cell");

    // A good file as any spreadsheet writes it: detected, every row imported, notes intact.
    runner()
        .run(
            &(
                prop::sample::select(vec![
                    Written::Utf8,
                    Written::Utf8Bom,
                    Written::Utf16LeBom,
                    Written::Utf16BeBom,
                    Written::Windows1252,
                ]),
                prop::sample::select(CsvDelimiter::ALL.to_vec()),
                prop::sample::select(vec!["\n", "\r\n", "\r"]),
            ),
            |(how, delimiter, end)| {
                let separator = char::from(delimiter.byte());
                let bytes = written(&text_of(&rows, true, separator, end), how);
                check(&store, &bytes, &CsvOptions::default(), None)?;
                let preview =
                    preview_csv(&bytes, &CsvOptions::default(), &existing, Some("Rivera"));
                prop_assert_eq!(preview.delimiter, delimiter, "{:?}", how);
                prop_assert!(
                    preview.warning.is_none(),
                    "{:?}: {:?}",
                    how,
                    preview.warning
                );
                prop_assert_eq!(preview.rows.len(), BASE_ROWS.len());
                for row in &preview.rows {
                    prop_assert!(row.credential.is_some(), "{:?}: {:?}", how, row.issues);
                }
                prop_assert_eq!(
                    &preview.rows[0]
                        .credential
                        .as_ref()
                        .map(|c| c.notes.as_str()),
                    &Some(BASE_ROWS[0][8]),
                    "{:?}",
                    how
                );
                Ok(())
            },
        )
        .expect("good file in any encoding");

    let ran = RAN.load(Ordering::Relaxed);
    let refused = REFUSED.load(Ordering::Relaxed);
    let stored = STORED.load(Ordering::Relaxed);
    println!(
        "CSV import fuzzing: {ran} files checked; saved to a real store: {refused} batches \
         with a bad row refused (nothing stored), {stored} accepted ({CASES} cases per property, \
         4 properties)"
    );
    assert!(ran >= u64::from(CASES) * 4);
    assert!(refused > 0 && stored > 0, "no batch reached the store");
}
