//! Deadline cases for offers against the telemedicine rule's end, and the order of
//! several deadlines.

use super::fixture::{caqh, dea, license, offer};
use super::table::{case, Case};
use licensure_core::deadline::Urgency;
use licensure_core::Jurisdiction::CA;

pub(super) fn cases() -> Vec<Case> {
    use Urgency::*;
    vec![
        Case {
            offers: vec![offer("o1", true, None)],
            ..case(
                "open-ended offer prescribing controlled substances: the rule's end",
                vec![],
                "2026-10-01",
                vec![(
                    "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
                    91,
                    Later,
                )],
            )
        },
        Case {
            offers: vec![offer("o1", true, Some("2027-06-30"))],
            ..case(
                "offer running past the rule's end",
                vec![],
                "2026-12-01",
                vec![(
                    "rule.dea_telemedicine_flexibilities:federal_rule_ends:2026-12-31",
                    30,
                    Within30Days,
                )],
            )
        },
        Case {
            offers: vec![offer("o1", true, Some("2026-12-31"))],
            ..case(
                "offer ending on the rule's last day: not affected",
                vec![],
                "2026-12-01",
                vec![],
            )
        },
        Case {
            offers: vec![offer("o1", false, None)],
            ..case(
                "offer without controlled substances: not affected",
                vec![],
                "2026-12-01",
                vec![],
            )
        },
        Case {
            offers: vec![offer("o1", true, None)],
            data: |data| data.federal.telemedicine_rules.clear(),
            ..case(
                "no dated rule in the data: nothing to date",
                vec![],
                "2026-12-01",
                vec![],
            )
        },
        case(
            "several credentials come out sorted by due date",
            vec![
                caqh("caqh", "2026-11-01"),
                dea("dea", CA, "2027-02-01"),
                license("lic", CA, "MD", "2027-01-10"),
            ],
            "2027-01-01",
            vec![
                ("dea:renewal_window_opens:2026-12-03", -29, Passed),
                ("lic:expiry:2027-01-10", 9, Within14Days),
                ("dea:expiry:2027-02-01", 31, Within90Days),
                ("caqh:caqh_reattest:2027-03-01", 59, Within90Days),
            ],
        ),
    ]
}
