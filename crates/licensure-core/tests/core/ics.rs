//! iCalendar export: CRLF line ends, 75-octet folding that never splits a character, TEXT
//! escaping, stable UIDs, all-day dates, one alarm per lead time, numbers only on request.

use chrono::{DateTime, TimeZone, Utc};
use licensure_core::deadline::{deadlines, Deadline, DeadlineKind};
use licensure_core::ics::{escape_text, event_uid, fold, render_calendar, IcsOptions};
use licensure_core::model::{Credential, LoqStatus, PolicyBasis, Tail};
use licensure_core::reference::Confidence;
use licensure_core::reminder::ReminderSettings;
use licensure_core::Jurisdiction::TX;

use crate::deadline::{board, caqh, d, dataset, dea, license, loq, malpractice};

fn stamp(h: u32) -> DateTime<Utc> {
    match Utc.with_ymd_and_hms(2027, 1, 2, h, 30, 0).single() {
        Some(t) => t,
        None => panic!("bad stamp"),
    }
}

fn credentials() -> Vec<Credential> {
    vec![
        license("lic", TX, "MD", "2028-02-29"),
        dea("dea", TX, "2027-12-31"),
        malpractice("mp", PolicyBasis::ClaimsMade, Tail::None, "2027-06-30"),
        caqh("caqh", "2026-12-01"),
        board(
            "bc",
            "Internal Medicine 🩺🩺🩺 — Médecine interne; hospital, clinic \\ telehealth 😀😀😀😀😀😀😀😀",
            Some("2027-09-30"),
            false,
        ),
    ]
}

fn all_deadlines() -> Vec<Deadline> {
    deadlines(None, &credentials(), &[], &dataset(), d("2027-01-01"))
}

fn render(include_numbers: bool, hour: u32) -> String {
    render_calendar(
        &all_deadlines(),
        &credentials(),
        &ReminderSettings::default(),
        &IcsOptions { include_numbers },
        stamp(hour),
    )
}

/// Logical content lines: physical lines with folds undone.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn lines_end_in_crlf_and_fit_in_75_octets() {
    for include_numbers in [false, true] {
        let ics = render(include_numbers, 9);
        assert!(
            ics.ends_with("\r\n"),
            "numbers {include_numbers}: ends with CRLF"
        );
        let bytes = ics.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' {
                assert!(
                    i > 0 && bytes[i - 1] == b'\r',
                    "numbers {include_numbers}: bare LF at {i}"
                );
            }
            if *b == b'\r' {
                assert_eq!(
                    bytes.get(i + 1),
                    Some(&b'\n'),
                    "numbers {include_numbers}: bare CR at {i}"
                );
            }
        }
        let mut folded = 0;
        for line in ics.split("\r\n") {
            assert!(
                line.len() <= 75,
                "numbers {include_numbers}: {} octets: {line}",
                line.len()
            );
            if line.starts_with(' ') {
                folded += 1;
            }
        }
        assert!(
            folded > 0,
            "numbers {include_numbers}: the long texts must have been folded"
        );
    }
}

#[test]
fn folding_splits_between_characters_only() {
    let a74 = "A".repeat(74);
    let a75 = "A".repeat(75);
    let cases: Vec<(&str, String, String)> = vec![
        (
            "short line untouched",
            "VERSION:2.0".into(),
            "VERSION:2.0\r\n".into(),
        ),
        (
            "exactly 75 octets untouched",
            a75.clone(),
            format!("{a75}\r\n"),
        ),
        (
            "76 octets: one fold",
            format!("{a75}B"),
            format!("{a75}\r\n B\r\n"),
        ),
        (
            "two-octet é that would straddle octet 75 moves down",
            format!("{a74}é"),
            format!("{a74}\r\n é\r\n"),
        ),
        (
            "four-octet emoji that would straddle octet 75 moves down",
            format!("{a74}😀x"),
            format!("{a74}\r\n 😀x\r\n"),
        ),
        (
            "continuation lines hold 74 octets after the space",
            format!("{a75}{}", "b".repeat(80)),
            format!("{a75}\r\n {}\r\n {}\r\n", "b".repeat(74), "b".repeat(6)),
        ),
        (
            "a line of emoji folds every 18 emoji (72 octets) on the first line",
            "😀".repeat(20),
            format!("{}\r\n {}\r\n", "😀".repeat(18), "😀".repeat(2)),
        ),
    ];
    for (name, input, expected) in cases {
        let got = fold(&input);
        assert_eq!(got, expected, "case: {name}");
        for line in got.split("\r\n") {
            assert!(line.len() <= 75, "case: {name}: {} octets", line.len());
        }
        assert_eq!(
            got.replace("\r\n ", "").trim_end_matches("\r\n"),
            input,
            "case: {name}: unfolds"
        );
    }
}

#[test]
fn text_is_escaped() {
    let cases = [
        ("plain", "State license · TX", "State license · TX"),
        ("comma", "Smith, Jones", "Smith\\, Jones"),
        ("semicolon", "a;b", "a\\;b"),
        ("backslash", "C:\\path", "C:\\\\path"),
        ("newline", "one\ntwo", "one\\ntwo"),
        (
            "CRLF becomes one escaped newline",
            "one\r\ntwo",
            "one\\ntwo",
        ),
        ("other controls dropped, tab kept", "a\u{7}b\tc", "ab\tc"),
        ("all at once", "\\;,\n", "\\\\\\;\\,\\n"),
    ];
    for (name, input, expected) in cases {
        assert_eq!(escape_text(input), expected, "case: {name}");
    }
    let lines = unfolded(&render(false, 9));
    let summary = lines
        .iter()
        .find(|l| l.starts_with("SUMMARY:Board certification"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        summary,
        "SUMMARY:Board certification · Internal Medicine 🩺🩺🩺 — Médecine interne\\; hospital\\, \
         clinic \\\\ telehealth 😀😀😀😀😀😀😀😀 expires",
        "the emoji title survives folding and is escaped"
    );
}

#[test]
fn uids_are_stable_and_distinct() {
    let first = render(false, 9);
    let second = render(false, 17);
    let uids = |ics: &str| -> Vec<String> {
        unfolded(ics)
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect()
    };
    assert_ne!(first, second, "DTSTAMP differs between the exports");
    assert_eq!(uids(&first), uids(&second), "same UIDs on a second export");
    let mut distinct = uids(&first);
    let count = distinct.len();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), count, "UIDs are distinct");
    assert!(
        uids(&first).contains(&"UID:lic:expiry:2028-02-29@licensure.app".to_string()),
        "UID derives from the deadline id: {:?}",
        uids(&first)
    );
    let mut odd = all_deadlines()[0].clone();
    let cases = [
        ("c 1", "c%201@licensure.app"),
        ("c,1", "c%2C1@licensure.app"),
        ("c_1", "c_1@licensure.app"),
        ("c%1", "c%251@licensure.app"),
        ("c·1", "c%C2%B71@licensure.app"),
    ];
    for (id, expected) in cases {
        odd.id = id.to_string();
        assert_eq!(event_uid(&odd), expected, "id {id:?}");
    }
}

#[test]
fn calendar_structure_dates_and_alarms() {
    let ics = render(false, 9);
    let lines = unfolded(&ics);
    let head: Vec<&str> = lines.iter().take(4).map(String::as_str).collect();
    assert_eq!(
        head,
        vec![
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Licensure//Licensure deadlines//EN",
            "CALSCALE:GREGORIAN"
        ]
    );
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let all = all_deadlines();
    let count = |text: &str| lines.iter().filter(|l| l.as_str() == text).count();
    assert_eq!(count("BEGIN:VEVENT"), all.len(), "one event per deadline");
    assert_eq!(count("END:VEVENT"), all.len());
    let settings = ReminderSettings::default();
    let alarms: usize = all
        .iter()
        .map(|x| settings.lead_days_for(x.kind).len())
        .sum();
    assert_eq!(count("BEGIN:VALARM"), alarms, "one alarm per lead time");
    assert_eq!(count("ACTION:DISPLAY"), alarms);
    assert_eq!(count("DTSTAMP:20270102T093000Z"), all.len());
    let cases = [
        ("leap day start", "DTSTART;VALUE=DATE:20280229", 1),
        ("leap day ends the next day", "DTEND;VALUE=DATE:20280301", 1),
        ("year end start", "DTSTART;VALUE=DATE:20271231", 1),
        (
            "year end ends on New Year's Day",
            "DTEND;VALUE=DATE:20280101",
            1,
        ),
        ("90-day alarm", "TRIGGER:-P90D", all.len() - 2),
        ("alarm on the day", "TRIGGER:PT0S", all.len()),
        ("14-day alarm", "TRIGGER:-P14D", all.len()),
        (
            "alarm text",
            "DESCRIPTION:State license · TX expires in 30 days (2028-02-29)",
            1,
        ),
    ];
    for (name, line, expected) in cases {
        assert_eq!(count(line), expected, "case: {name}");
    }
    let kinds: Vec<DeadlineKind> = all.iter().map(|x| x.kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == DeadlineKind::RenewalWindowOpens)
            .count(),
        2,
        "the two renewal windows have 2 alarms each (14 and 0)"
    );
}

#[test]
fn numbers_only_when_opted_in_and_only_in_descriptions() {
    let numbers = ["Q77123", "AB1234563", "PL-900417", "16000042"];
    let cases = [("not opted in", false), ("opted in", true)];
    for (name, include) in cases {
        let lines = unfolded(&render(include, 9));
        for number in numbers {
            let holders: Vec<&String> = lines.iter().filter(|l| l.contains(number)).collect();
            if include {
                assert!(!holders.is_empty(), "case: {name}: {number} missing");
                for line in holders {
                    assert!(
                        line.starts_with("DESCRIPTION:") && line.contains("\\nNumber: "),
                        "case: {name}: {number} outside an event description: {line}"
                    );
                }
            } else {
                assert!(
                    holders.is_empty(),
                    "case: {name}: {number} leaked: {holders:?}"
                );
            }
        }
    }
}

#[test]
fn undated_deadlines_are_left_out() {
    let mut data = dataset();
    data.imlc.loq_validity_days.confidence = Confidence::Unknown;
    let credentials = vec![
        loq("loq", LoqStatus::Issued, Some("2026-09-01"), None),
        dea("dea", TX, "2027-12-31"),
    ];
    let all = deadlines(None, &credentials, &[], &data, d("2027-01-01"));
    assert_eq!(
        all.len(),
        3,
        "verify LOQ, DEA window and DEA expiry: {all:?}"
    );
    let ics = render_calendar(
        &all,
        &credentials,
        &ReminderSettings::default(),
        &IcsOptions::default(),
        stamp(9),
    );
    let lines = unfolded(&ics);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
    assert!(
        !lines.iter().any(|l| l.contains("loq")),
        "no event for the undated LOQ"
    );
}
