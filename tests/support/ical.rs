//! An independent reader for the calendars Licensure writes: Python's icalendar library
//! (Debian's python3-icalendar), not the code that wrote them.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// A Python interpreter with the icalendar library (Debian's python3-icalendar installs it
/// for the system interpreter, which may not be the first `python3` on PATH).
fn python_with_icalendar() -> String {
    for candidate in ["python3", "/usr/bin/python3"] {
        let ok = Command::new(candidate)
            .args(["-c", "import icalendar"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return candidate.to_string();
        }
    }
    panic!("no python3 with the icalendar library: install the Debian package python3-icalendar");
}

/// Parses a calendar file with Python's icalendar and returns its events as JSON, after
/// checking that every event and alarm has the properties RFC 5545 requires.
pub fn parse_calendar(file: &Path) -> Vec<Value> {
    const SCRIPT: &str = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events, problems = [], []
for ev in cal.walk('VEVENT'):
    for prop in ('UID', 'DTSTAMP', 'DTSTART'):
        if ev.get(prop) is None:
            problems.append('event %s lacks %s' % (ev.get('UID'), prop))
    alarms = [c for c in ev.subcomponents if c.name == 'VALARM']
    for alarm in alarms:
        for prop in ('ACTION', 'TRIGGER', 'DESCRIPTION'):
            if alarm.get(prop) is None:
                problems.append('an alarm of %s lacks %s' % (ev.get('UID'), prop))
    events.append({
        'uid': str(ev.get('UID')),
        'summary': str(ev.get('SUMMARY')),
        'dtstart': ev.decoded('DTSTART').isoformat(),
        'dtstamp': ev.decoded('DTSTAMP').strftime('%Y%m%dT%H%M%SZ'),
        'description': str(ev.get('DESCRIPTION', '')),
        'alarms': len(alarms),
    })
print(json.dumps({'events': events, 'problems': problems}))
"#;
    let out = Command::new(python_with_icalendar())
        .args(["-c", SCRIPT, file.to_str().expect("a UTF-8 path")])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "icalendar cannot parse the export: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: Value = serde_json::from_slice(&out.stdout).expect("parser prints JSON");
    assert_eq!(
        parsed["problems"],
        serde_json::json!([]),
        "required properties"
    );
    parsed["events"].as_array().expect("events").clone()
}
