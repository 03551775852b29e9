//! CME activities on their own: field-level validation with pointers, and hours read
//! exactly to the hundredth and written back the same.

use licensure_core::model::{CmeActivity, CmeCategory, CmeHours};
use licensure_core::validation::validate_cme_activity;

use crate::reference::date;

fn cat1(id: &str, completed: &str, hours: u32) -> CmeActivity {
    CmeActivity {
        id: id.to_string(),
        title: format!("Course {id}"),
        provider: "Provider".to_string(),
        completed: date(completed),
        hours: CmeHours::hours(hours),
        category: CmeCategory::AmaPraCategory1,
        topics: Default::default(),
        note: String::new(),
    }
}

#[test]
fn activity_validation_points_at_the_field() {
    let today = date("2026-12-07");
    let ok = cat1("a", "2026-12-07", 2);
    // (case, change, expected (code, field) pairs)
    type Case = (
        &'static str,
        fn(&mut CmeActivity),
        Vec<(&'static str, &'static str)>,
    );
    let cases: Vec<Case> = vec![
        ("valid, completed today", |_| {}, vec![]),
        (
            "no title",
            |a| a.title = "  ".into(),
            vec![("required", "title")],
        ),
        ("no id", |a| a.id = String::new(), vec![("required", "id")]),
        (
            "zero hours",
            |a| a.hours = CmeHours::ZERO,
            vec![("hours_range", "hours")],
        ),
        (
            "too many hours",
            |a| a.hours = CmeHours::hours(101),
            vec![("hours_range", "hours")],
        ),
        (
            "a quarter hour",
            |a| a.hours = CmeHours::from_hundredths(25),
            vec![],
        ),
        (
            "tomorrow",
            |a| a.completed = date("2026-12-08"),
            vec![("date_in_future", "completed")],
        ),
        (
            "before 1950",
            |a| a.completed = date("1949-12-31"),
            vec![("date_range", "completed")],
        ),
    ];
    for (name, change, expected) in cases {
        let mut a = ok.clone();
        change(&mut a);
        let got: Vec<(String, String)> = validate_cme_activity(&a, today)
            .into_iter()
            .map(|i| (i.code, i.field))
            .collect();
        let expected: Vec<(String, String)> = expected
            .into_iter()
            .map(|(c, f)| (c.to_string(), f.to_string()))
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn hours_read_two_decimals_at_most_and_write_back_the_same() {
    // (json, hundredths or None when refused)
    let cases = [
        ("2", Some(200)),
        ("2.5", Some(250)),
        ("0.25", Some(25)),
        ("4.33", Some(433)),
        ("1.005", None),
        ("-1", None),
        ("\"2\"", None),
    ];
    for (json, expected) in cases {
        let got: Option<CmeHours> = serde_json::from_str(json).ok();
        assert_eq!(got.map(CmeHours::hundredths), expected, "{json}");
        if let Some(h) = got {
            assert_eq!(serde_json::to_string(&h).expect("json"), json, "{json}");
        }
    }
}
