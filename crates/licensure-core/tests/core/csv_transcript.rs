//! CME transcripts from CSV: columns mapped from their headers, rows turned into activities
//! or row problems (a date, hours and a credit type that must be read; topics by name, an
//! unknown one left out with a warning), the validation of a form save applied to each row,
//! and the same file reading as the credential import (encoding, delimiter).

use chrono::NaiveDate;
use licensure_core::csv_import::{
    detect_cme_mapping, preview_cme_csv, CmeCsvField, CmeCsvOptions, CmeCsvPreview, CsvDelimiter,
};
use licensure_core::model::{CmeActivity, CmeCategory, CmeHours, CmeTopic};
use licensure_core::validation::Issue;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// A stand-in for the store's rule, so that the preview is seen to apply it: a date after
/// today is refused.
fn not_in_future(a: &CmeActivity, today: NaiveDate) -> Vec<Issue> {
    assert!(!a.id.is_empty(), "validated with a stand-in id");
    if a.completed > today {
        vec![Issue::error("in_future", "completed", "after today")]
    } else {
        Vec::new()
    }
}

fn preview_of(text: &str) -> CmeCsvPreview {
    preview_cme_csv(
        text.as_bytes(),
        &CmeCsvOptions::default(),
        day("2026-12-07"),
        not_in_future,
    )
}

const HEADER: &str = "Activity Title,Provider,Date Completed,Credits,Credit Type,Topics\n";

#[test]
fn rows_become_activities_or_row_problems() {
    struct Case {
        name: &'static str,
        row: &'static str,
        /// Error codes; empty when the row imports.
        errors: &'static [&'static str],
        warnings: &'static [&'static str],
        check: fn(&CmeActivity) -> bool,
    }
    let any = |_: &CmeActivity| true;
    let cases = [
        Case {
            name: "a full row",
            row: "Safe opioid prescribing,TMA,03/15/2026,2.5,AMA PRA Category 1 Credit™,Pain management; controlled_substance_prescribing",
            errors: &[],
            warnings: &[],
            check: |a| {
                a.title == "Safe opioid prescribing"
                    && a.provider == "TMA"
                    && a.completed == day("2026-03-15")
                    && a.hours == CmeHours::from_hundredths(250)
                    && a.category == CmeCategory::AmaPraCategory1
                    && a.covers(CmeTopic::PainManagement)
                    && a.covers(CmeTopic::ControlledSubstancePrescribing)
                    && a.id.is_empty()
            },
        },
        Case {
            name: "category 2, decimal comma, ISO date",
            row: "Journal reading,,2026-01-02,\"1,5\",Cat 2,",
            errors: &[],
            warnings: &[],
            check: |a| a.category == CmeCategory::AmaPraCategory2 && a.hours == CmeHours::from_hundredths(150) && a.topics.is_empty(),
        },
        Case {
            name: "AOA 1-A and a topic by a common word",
            row: "Ethics grand rounds,AOA,1/5/26,1,AOA 1-A,ethics|hiv",
            errors: &[],
            warnings: &[],
            check: |a| a.category == CmeCategory::Aoa1A && a.covers(CmeTopic::Ethics) && a.covers(CmeTopic::HivAids),
        },
        Case {
            name: "no credit type: other credit, with a warning",
            row: "Workshop,,2026-02-01,3,,",
            errors: &[],
            warnings: &["category_missing"],
            check: |a| a.category == CmeCategory::Other,
        },
        Case {
            name: "an unknown topic is left out with a warning",
            row: "Workshop,,2026-02-01,3,Category 1,astrology; pain",
            errors: &[],
            warnings: &["topic_unknown"],
            check: |a| a.topics.len() == 1 && a.covers(CmeTopic::PainManagement),
        },
        Case {
            name: "an unknown credit type is refused",
            row: "Workshop,,2026-02-01,3,Category 7,",
            errors: &["category_unknown"],
            warnings: &[],
            check: any,
        },
        Case {
            name: "hours with three decimals are refused",
            row: "Workshop,,2026-02-01,0.125,Category 1,",
            errors: &["hours_unreadable"],
            warnings: &[],
            check: any,
        },
        Case {
            name: "hours that are not a number are refused",
            row: "Workshop,,2026-02-01,two,Category 1,",
            errors: &["hours_unreadable"],
            warnings: &[],
            check: any,
        },
        Case {
            name: "no date and no hours",
            row: "Workshop,,,,Category 1,",
            errors: &["date_unreadable", "hours_unreadable"],
            warnings: &[],
            check: any,
        },
        Case {
            name: "day-first dates are not guessed: 31/01/2026 is no date",
            row: "Workshop,,31/01/2026,1,Category 1,",
            errors: &["date_unreadable"],
            warnings: &[],
            check: any,
        },
        Case {
            name: "the form's rules apply: a date after today",
            row: "Workshop,,2026-12-08,1,Category 1,",
            errors: &["in_future"],
            warnings: &[],
            check: any,
        },
        Case {
            name: "today itself is not the future",
            row: "Workshop,,2026-12-07,1,Category 1,",
            errors: &[],
            warnings: &[],
            check: |a| a.completed == day("2026-12-07"),
        },
    ];
    for case in cases {
        let preview = preview_of(&format!("{HEADER}{}\n", case.row));
        assert!(
            preview.problem.is_none(),
            "{}: {:?}",
            case.name,
            preview.problem
        );
        assert_eq!(preview.rows.len(), 1, "{}", case.name);
        let row = &preview.rows[0];
        let codes = |severity: &str| -> Vec<&str> {
            row.issues
                .iter()
                .filter(|i| format!("{:?}", i.severity).eq_ignore_ascii_case(severity))
                .map(|i| i.code.as_str())
                .collect()
        };
        assert_eq!(
            codes("error"),
            case.errors,
            "{}: {:?}",
            case.name,
            row.issues
        );
        assert_eq!(
            codes("warning"),
            case.warnings,
            "{}: {:?}",
            case.name,
            row.issues
        );
        match &row.activity {
            Some(a) => {
                assert!(
                    case.errors.is_empty(),
                    "{}: imported despite errors",
                    case.name
                );
                assert!((case.check)(a), "{}: {a:?}", case.name);
            }
            None => assert!(!case.errors.is_empty(), "{}: not imported", case.name),
        }
        assert_eq!(row.line, 2, "{}", case.name);
    }
}

#[test]
fn headers_name_the_fields_and_a_field_named_twice_is_read_once() {
    use CmeCsvField::*;
    let cases: &[(&[&str], &[CmeCsvField])] = &[
        (
            &[
                "Activity Title",
                "Provider",
                "Date Completed",
                "Credits",
                "Credit Type",
                "Topics",
            ],
            &[Title, Provider, Completed, Hours, Category, Topics],
        ),
        (
            &[
                "Course",
                "Sponsor",
                "Completion date",
                "CME hours",
                "Category",
                "Notes",
                "Certificate #",
            ],
            &[Title, Provider, Completed, Hours, Category, Note, Ignore],
        ),
        (
            &["Date", "Title", "Date", "Hours"],
            &[Completed, Title, Ignore, Hours],
        ),
        (&["", "???"], &[Ignore, Ignore]),
    ];
    for (headers, want) in cases {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_string()).collect();
        assert_eq!(detect_cme_mapping(&headers), *want, "{headers:?}");
    }
}

#[test]
fn a_chosen_mapping_and_delimiter_replace_the_detection() {
    let text = "Name;When;Amount\nGrand rounds;2026-05-01;1\n";
    let detected = preview_of(text);
    assert_eq!(detected.delimiter, CsvDelimiter::Semicolon);
    assert_eq!(
        detected.mapping,
        [CmeCsvField::Title, CmeCsvField::Ignore, CmeCsvField::Hours]
    );
    assert!(detected.rows[0].activity.is_none(), "no date column yet");
    let chosen = preview_cme_csv(
        text.as_bytes(),
        &CmeCsvOptions {
            mapping: Some(vec![CmeCsvField::Title, CmeCsvField::Completed]),
            ..CmeCsvOptions::default()
        },
        day("2026-12-07"),
        not_in_future,
    );
    assert_eq!(
        chosen.mapping,
        [
            CmeCsvField::Title,
            CmeCsvField::Completed,
            CmeCsvField::Ignore
        ],
        "columns beyond the choice are ignored"
    );
    assert!(
        chosen.rows[0].activity.is_none(),
        "the hours column is ignored now"
    );
    assert!(chosen.rows[0]
        .issues
        .iter()
        .any(|i| i.code == "hours_unreadable"));
}

#[test]
fn the_file_problems_of_the_credential_import_apply() {
    let cases = [
        ("empty", &b""[..], "empty"),
        ("a PDF", &b"%PDF-1.7\n\x00\x01binary"[..], "not a CSV file"),
    ];
    for (name, bytes, says) in cases {
        let p = preview_cme_csv(
            bytes,
            &CmeCsvOptions::default(),
            day("2026-12-07"),
            not_in_future,
        );
        let problem = p.problem.unwrap_or_default();
        assert!(problem.contains(says), "{name}: {problem}");
        assert!(p.rows.is_empty(), "{name}");
    }
}
