//! Reminders: exactly once across repeated runs, one catch-up reminder after days off,
//! snooze, done, lapsed and verify reminders, per-kind lead times and number-free text.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};
use licensure_core::deadline::{deadlines, Deadline, DeadlineKind, Urgency};
use licensure_core::model::{LoqStatus, PolicyBasis, Tail};
use licensure_core::reference::Confidence;
use licensure_core::reminder::{
    due_reminders, DeadlineMark, ReminderSettings, ReminderTrigger, DEFAULT_LEAD_DAYS,
};
use licensure_core::Jurisdiction::TX;

use crate::deadline::{d, dataset, dea, license, loq, malpractice};

/// The TX license expiring 2027-03-31 (with a TX DEA registration at risk), as of `today`.
fn license_deadline(today: &str) -> Deadline {
    let credentials = vec![
        license("lic", TX, "MD", "2027-03-31"),
        dea("dea", TX, "2029-01-01"),
    ];
    let all = deadlines(None, &credentials, &[], &dataset(), d(today));
    match all.into_iter().find(|x| x.id == "lic:expiry:2027-03-31") {
        Some(found) => found,
        None => panic!("license deadline missing"),
    }
}

fn verify_deadline() -> Deadline {
    let mut data = dataset();
    data.imlc.loq_validity_days.confidence = Confidence::Unknown;
    let credentials = vec![loq("loq", LoqStatus::Issued, Some("2027-01-10"), None)];
    let all = deadlines(None, &credentials, &[], &data, d("2027-02-01"));
    match all.into_iter().next() {
        Some(found) if found.urgency == Urgency::Verify => found,
        other => panic!("expected a verify deadline, got {other:?}"),
    }
}

/// Runs every day from `from` to `to` inclusive, recording what a store would record.
struct Run {
    from: &'static str,
    to: &'static str,
    /// Reminder key suffixes shown over the run, in order.
    shown: Vec<&'static str>,
    /// Key suffixes recorded silently over the run.
    superseded: Vec<&'static str>,
}

fn run(
    from: &'static str,
    to: &'static str,
    shown: Vec<&'static str>,
    superseded: Vec<&'static str>,
) -> Run {
    Run {
        from,
        to,
        shown,
        superseded,
    }
}

struct Case {
    name: &'static str,
    deadline: Deadline,
    settings: ReminderSettings,
    marks: BTreeMap<String, DeadlineMark>,
    /// Suffixes already delivered before the first run.
    delivered: Vec<&'static str>,
    runs: Vec<Run>,
}

fn case(name: &'static str, runs: Vec<Run>) -> Case {
    Case {
        name,
        deadline: license_deadline("2026-06-01"),
        settings: ReminderSettings::default(),
        marks: BTreeMap::new(),
        delivered: Vec::new(),
        runs,
    }
}

fn suffix<'a>(deadline: &Deadline, key: &'a str) -> &'a str {
    key.strip_prefix(&format!("{}#", deadline.id))
        .unwrap_or(key)
}

fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    (0..=(to - from).num_days()).filter_map(move |n| from.checked_add_days(Days::new(n as u64)))
}

#[test]
fn reminders_fire_once_and_catch_up_once() {
    let id = "lic:expiry:2027-03-31";
    let cases = vec![
        case(
            "daily runs: every lead time once, then one lapsed reminder",
            vec![run(
                "2026-12-01",
                "2027-04-10",
                vec![
                    "lead-90", "lead-60", "lead-30", "lead-14", "lead-7", "lead-1", "lead-0",
                    "lapsed",
                ],
                vec![],
            )],
        ),
        case(
            "same day twice: nothing the second time",
            vec![
                run(
                    "2027-03-01",
                    "2027-03-01",
                    vec!["lead-30"],
                    vec!["lead-90", "lead-60"],
                ),
                run("2027-03-01", "2027-03-01", vec![], vec![]),
            ],
        ),
        case(
            "40 days off: one reminder, the skipped ones superseded",
            vec![
                run("2026-12-25", "2027-01-05", vec!["lead-90"], vec![]),
                run("2027-02-14", "2027-02-14", vec!["lead-60"], vec![]),
                run(
                    "2027-03-26",
                    "2027-03-26",
                    vec!["lead-7"],
                    vec!["lead-30", "lead-14"],
                ),
            ],
        ),
        case(
            "first run 40 days after expiry: one lapsed reminder, no burst",
            vec![run(
                "2027-05-10",
                "2027-05-20",
                vec!["lapsed"],
                vec![
                    "lead-90", "lead-60", "lead-30", "lead-14", "lead-7", "lead-1", "lead-0",
                ],
            )],
        ),
        case(
            "before the first lead time: nothing",
            vec![run("2026-06-01", "2026-12-30", vec![], vec![])],
        ),
        Case {
            delivered: vec!["lead-14"],
            ..case(
                "a more urgent lead already delivered: the older one never fires",
                vec![run(
                    "2027-03-20",
                    "2027-03-20",
                    vec![],
                    vec!["lead-90", "lead-60", "lead-30"],
                )],
            )
        },
        Case {
            marks: BTreeMap::from([(id.to_string(), DeadlineMark::Done)]),
            ..case(
                "marked done: nothing, not even lapsed",
                vec![run("2026-12-01", "2027-05-01", vec![], vec![])],
            )
        },
        Case {
            marks: BTreeMap::from([(
                id.to_string(),
                DeadlineMark::Snoozed {
                    until: d("2027-03-20"),
                },
            )]),
            ..case(
                "snoozed: quiet until the snooze ends, then the most urgent one",
                vec![
                    run("2026-12-01", "2027-03-19", vec![], vec![]),
                    run(
                        "2027-03-20",
                        "2027-03-20",
                        vec!["lead-14"],
                        vec!["lead-90", "lead-60", "lead-30"],
                    ),
                    run(
                        "2027-03-21",
                        "2027-03-31",
                        vec!["lead-7", "lead-1", "lead-0"],
                        vec![],
                    ),
                ],
            )
        },
        Case {
            marks: BTreeMap::from([("some-other-deadline".to_string(), DeadlineMark::Done)]),
            ..case(
                "a mark on another deadline changes nothing",
                vec![run(
                    "2027-03-31",
                    "2027-03-31",
                    vec!["lead-0"],
                    vec![
                        "lead-90", "lead-60", "lead-30", "lead-14", "lead-7", "lead-1",
                    ],
                )],
            )
        },
        Case {
            settings: ReminderSettings {
                per_kind: BTreeMap::from([(DeadlineKind::Expiry, vec![45, 45, 3])]),
                ..ReminderSettings::default()
            },
            ..case(
                "lead times for the kind replace the defaults",
                vec![run(
                    "2027-01-01",
                    "2027-04-01",
                    vec!["lead-45", "lead-3", "lapsed"],
                    vec![],
                )],
            )
        },
        Case {
            settings: ReminderSettings {
                per_kind: BTreeMap::from([(DeadlineKind::Expiry, vec![])]),
                ..ReminderSettings::default()
            },
            ..case(
                "no lead times for the kind: reminders off",
                vec![run("2026-12-01", "2027-05-01", vec![], vec![])],
            )
        },
        Case {
            deadline: verify_deadline(),
            ..case(
                "unknown date: one verify reminder",
                vec![run("2027-02-01", "2027-06-01", vec!["verify"], vec![])],
            )
        },
    ];
    for case in cases {
        let deadline = &case.deadline;
        let delivered: RefCell<BTreeSet<String>> = RefCell::new(
            case.delivered
                .iter()
                .map(|s| format!("{}#{s}", deadline.id))
                .collect(),
        );
        for (n, step) in case.runs.iter().enumerate() {
            let mut shown = Vec::new();
            let mut superseded = Vec::new();
            for today in days(d(step.from), d(step.to)) {
                let due = due_reminders(
                    std::slice::from_ref(deadline),
                    &case.settings,
                    &case.marks,
                    |key| delivered.borrow().contains(key),
                    today,
                );
                assert!(
                    due.reminders.len() <= 1,
                    "case: {} on {today}: a burst",
                    case.name
                );
                for reminder in due.reminders {
                    shown.push(suffix(deadline, &reminder.key).to_string());
                    delivered.borrow_mut().insert(reminder.key);
                }
                for key in due.superseded {
                    superseded.push(suffix(deadline, &key).to_string());
                    delivered.borrow_mut().insert(key);
                }
            }
            assert_eq!(shown, step.shown, "case: {} run {n}: shown", case.name);
            assert_eq!(
                superseded, step.superseded,
                "case: {} run {n}: superseded",
                case.name
            );
        }
    }
}

#[test]
fn reminder_text_is_plain_and_number_free() {
    let never = |_: &str| false;
    let deadline = license_deadline("2026-06-01");
    let cases: Vec<(&str, &str, &str, ReminderTrigger, Urgency)> = vec![
        (
            "30 days before",
            "2027-03-01",
            "State license · TX expires in 30 days (2027-03-31)",
            ReminderTrigger::Lead { days: 30 },
            Urgency::Within30Days,
        ),
        (
            "catch-up uses the real days left",
            "2027-03-05",
            "State license · TX expires in 26 days (2027-03-31)",
            ReminderTrigger::Lead { days: 30 },
            Urgency::Within30Days,
        ),
        (
            "the day before",
            "2027-03-30",
            "State license · TX expires tomorrow (2027-03-31)",
            ReminderTrigger::Lead { days: 1 },
            Urgency::Within14Days,
        ),
        (
            "on the day",
            "2027-03-31",
            "State license · TX expires today (2027-03-31)",
            ReminderTrigger::Lead { days: 0 },
            Urgency::Within14Days,
        ),
        (
            "the day after",
            "2027-04-01",
            "State license · TX expired on 2027-03-31 (yesterday)",
            ReminderTrigger::Lapsed,
            Urgency::Passed,
        ),
        (
            "ten days after",
            "2027-04-10",
            "State license · TX expired on 2027-03-31 (10 days ago)",
            ReminderTrigger::Lapsed,
            Urgency::Passed,
        ),
    ];
    for (name, today, title, trigger, urgency) in cases {
        let due = due_reminders(
            std::slice::from_ref(&deadline),
            &ReminderSettings::default(),
            &BTreeMap::new(),
            never,
            d(today),
        );
        let got: Vec<(&str, ReminderTrigger, Urgency)> = due
            .reminders
            .iter()
            .map(|r| (r.title.as_str(), r.trigger, r.urgency))
            .collect();
        assert_eq!(got, vec![(title, trigger, urgency)], "case: {name}");
        let reminder = &due.reminders[0];
        assert!(
            reminder
                .body
                .contains("Also at risk: DEA registration · TX."),
            "case: {name}: body {}",
            reminder.body
        );
        for number in ["Q77123", "AB1234563"] {
            assert!(
                !reminder.title.contains(number) && !reminder.body.contains(number),
                "case: {name}: number {number} in the reminder"
            );
        }
        assert_eq!(
            reminder.credential_id.as_deref(),
            Some("lic"),
            "case: {name}"
        );
    }
}

#[test]
fn several_deadlines_give_one_reminder_each_in_deadline_order() {
    let credentials = vec![
        malpractice("mp", PolicyBasis::ClaimsMade, Tail::None, "2027-03-15"),
        license("lic", TX, "MD", "2027-03-31"),
    ];
    let all = deadlines(None, &credentials, &[], &dataset(), d("2027-03-10"));
    let due = due_reminders(
        &all,
        &ReminderSettings::default(),
        &BTreeMap::new(),
        |_: &str| false,
        d("2027-03-10"),
    );
    let keys: Vec<&str> = due.reminders.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        keys,
        vec![
            "lic:renewal_window_opens:2026-12-31#lapsed",
            "mp:malpractice_ends:2027-03-15#lead-7",
            "mp:tail_decision:2027-03-15#lead-7",
            "lic:expiry:2027-03-31#lead-30",
        ],
    );
    let tail = &due.reminders[2];
    assert_eq!(
        tail.title,
        "Malpractice policy · Lone Star Mutual: tail or prior-acts decision due in 5 days (2027-03-15)"
    );
    assert!(
        tail.body.contains("prior-acts cover"),
        "tail advice: {}",
        tail.body
    );
}

#[test]
fn settings_have_defaults_and_round_trip() {
    let defaults = ReminderSettings::default();
    let cases: Vec<(&str, &str, DeadlineKind, Vec<u32>)> = vec![
        (
            "empty object gives the defaults",
            "{}",
            DeadlineKind::Expiry,
            DEFAULT_LEAD_DAYS.to_vec(),
        ),
        (
            "renewal window default",
            "{}",
            DeadlineKind::RenewalWindowOpens,
            vec![14, 0],
        ),
        (
            "per-kind list is sorted longest first and deduplicated",
            r#"{"per_kind": {"caqh_reattest": [1, 30, 7, 30]}}"#,
            DeadlineKind::CaqhReattest,
            vec![30, 7, 1],
        ),
        (
            "a custom default list",
            r#"{"lead_days": [10, 20]}"#,
            DeadlineKind::MalpracticeEnds,
            vec![20, 10],
        ),
    ];
    for (name, json, kind, expected) in cases {
        let settings: ReminderSettings = match serde_json::from_str(json) {
            Ok(s) => s,
            Err(e) => panic!("case: {name}: {e}"),
        };
        assert_eq!(settings.lead_days_for(kind), expected, "case: {name}");
    }
    let json = match serde_json::to_string(&defaults) {
        Ok(json) => json,
        Err(e) => panic!("serialize: {e}"),
    };
    assert_eq!(
        json,
        r#"{"lead_days":[90,60,30,14,7,1,0],"per_kind":{"renewal_window_opens":[14,0]}}"#
    );
    let marks = BTreeMap::from([
        ("a".to_string(), DeadlineMark::Done),
        (
            "b".to_string(),
            DeadlineMark::Snoozed {
                until: d("2027-01-02"),
            },
        ),
    ]);
    let json = match serde_json::to_string(&marks) {
        Ok(json) => json,
        Err(e) => panic!("serialize marks: {e}"),
    };
    assert_eq!(
        json,
        r#"{"a":{"mark":"done"},"b":{"mark":"snoozed","until":"2027-01-02"}}"#
    );
}
