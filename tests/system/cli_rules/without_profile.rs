//! The rule commands without an imported profile: those that need one refuse, the lists
//! answer empty.

use licensure_system_tests::{licensure, stderr, stdout};

#[test]
fn rule_commands_need_a_profile_but_lists_do_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(&str, Vec<&str>, i32, &str)> = vec![
        ("imlc", vec!["imlc"], 3, "no profile: import one first"),
        (
            "path",
            vec!["path", "TX"],
            3,
            "no profile: import one first",
        ),
        (
            "offers",
            vec!["offers", "--json"],
            3,
            "no profile: import one first",
        ),
        ("deadlines", vec!["deadlines"], 0, ""),
        ("ics", vec!["ics"], 0, ""),
        ("reference", vec!["reference", "TX"], 0, ""),
    ];
    for (name, args, code, message) in cases {
        let out = licensure(dir.path(), &[args, vec!["--today", "2026-11-26"]].concat());
        assert_eq!(out.status.code(), Some(code), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{name}: {}", stderr(&out));
    }
    let empty = stdout(&licensure(dir.path(), &["ics", "--today", "2026-11-26"]));
    assert!(
        empty.starts_with("BEGIN:VCALENDAR\r\n") && !empty.contains("BEGIN:VEVENT"),
        "{empty}"
    );
}
