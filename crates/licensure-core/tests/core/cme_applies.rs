//! Whether a required topic is owed at this renewal: a topic due at the first renewal only
//! (owed when the license was issued within the current window, not after it was renewed
//! before, "verify" without an issue date), and a topic for a group the rules cannot judge
//! ("verify" unless its hours are done anyway).

use licensure_core::cme::{cme_report, CmeStatus};
use licensure_core::model::{CmeTopic, CredentialDetail};
use licensure_core::reference::{Applicability, Confidence, Recurrence};
use licensure_core::Jurisdiction;

use crate::cme::{cat1, data, fact, license, of, topic};
use crate::reference::date;

#[test]
fn a_topic_due_at_the_first_renewal_only_depends_on_when_the_license_was_issued() {
    let mut data = data();
    let fl = data
        .jurisdictions
        .iter_mut()
        .find(|f| f.jurisdiction == Jurisdiction::FL)
        .expect("FL");
    let mut rule = fl
        .cme
        .as_ref()
        .and_then(|f| f.value.clone())
        .expect("FL test rule");
    rule.required_topics = vec![topic(
        &[CmeTopic::HivAids],
        Some(1),
        Recurrence::FirstRenewal,
        Applicability::AllLicensees,
    )];
    fl.cme = Some(fact(Some(rule), Confidence::Verified));
    // The license expires 2027-01-31 on a 2-year cycle: its window starts 2025-02-01.
    let hiv = [cat1("h", "2019-05-01", 1, &[CmeTopic::HivAids])];
    let cases: &[(&str, Option<&str>, bool, CmeStatus)] = &[
        (
            "issued on the window's first day: first renewal",
            Some("2025-02-01"),
            false,
            CmeStatus::Missing,
        ),
        (
            "issued within the window: first renewal",
            Some("2025-09-15"),
            false,
            CmeStatus::Missing,
        ),
        (
            "first renewal, done years before (any past activity)",
            Some("2025-09-15"),
            true,
            CmeStatus::Met,
        ),
        (
            "issued the day before the window: renewed before",
            Some("2025-01-31"),
            false,
            CmeStatus::NotRequired,
        ),
        (
            "issued years ago",
            Some("2012-07-01"),
            false,
            CmeStatus::NotRequired,
        ),
        (
            "no issue date, not done: cannot tell",
            None,
            false,
            CmeStatus::Verify,
        ),
        ("no issue date, done anyway", None, true, CmeStatus::Met),
    ];
    for (name, issued, done, status) in cases {
        let mut fl_license = license("fl", Jurisdiction::FL, "2027-01-31");
        if let CredentialDetail::StateLicense(l) = &mut fl_license.detail {
            l.issued = issued.map(date);
        }
        let activities = if *done { hiv.to_vec() } else { Vec::new() };
        let report = cme_report(&[fl_license], &activities, &data);
        let progress = &of(&report, "fl").topics[0];
        assert_eq!(progress.status, *status, "{name}: {}", progress.reason);
        let missing = *status == CmeStatus::Missing;
        assert_eq!(
            progress.due.is_some(),
            missing,
            "{name}: due only when missing"
        );
        assert_eq!(
            of(&report, "fl").shortfall.contains("HIV/AIDS"),
            missing,
            "{name}: the shortfall names the topic only when it is owed"
        );
    }
}

#[test]
fn a_topic_for_a_group_the_rules_cannot_judge_is_met_when_its_hours_are_done_anyway() {
    let mut data = data();
    let ca = data
        .jurisdictions
        .iter_mut()
        .find(|f| f.jurisdiction == Jurisdiction::CA)
        .expect("CA");
    let mut rule = ca
        .cme
        .as_ref()
        .and_then(|f| f.value.clone())
        .expect("CA test rule");
    rule.required_topics = vec![topic(
        &[CmeTopic::ImplicitBias],
        Some(2),
        Recurrence::EveryCycle,
        Applicability::Described {
            who: "physicians in direct patient care".to_string(),
        },
    )];
    ca.cme = Some(fact(Some(rule), Confidence::Verified));
    let creds = [license("ca", Jurisdiction::CA, "2027-08-31")];
    // The window runs 2025-09-01 to 2027-08-31.
    // (case, activities logged as (completed, hours), status)
    type Case<'a> = (&'a str, Vec<(&'a str, u32)>, CmeStatus);
    let cases: &[Case] = &[
        (
            "nothing logged: whether it applies decides",
            vec![],
            CmeStatus::Verify,
        ),
        (
            "1 of 2 hours: still open",
            vec![("2026-01-10", 1)],
            CmeStatus::Verify,
        ),
        (
            "2 of 2 hours: done either way",
            vec![("2026-01-10", 2)],
            CmeStatus::Met,
        ),
        (
            "two activities together",
            vec![("2025-09-01", 1), ("2027-08-31", 1)],
            CmeStatus::Met,
        ),
        (
            "done before the window: not this cycle's",
            vec![("2025-08-31", 2)],
            CmeStatus::Verify,
        ),
    ];
    for (name, logged, status) in cases {
        let activities: Vec<_> = logged
            .iter()
            .enumerate()
            .map(|(i, (day, h))| cat1(&format!("a{i}"), day, *h, &[CmeTopic::ImplicitBias]))
            .collect();
        let report = cme_report(&creds, &activities, &data);
        let progress = &of(&report, "ca").topics[0];
        assert_eq!(progress.status, *status, "{name}: {}", progress.reason);
    }
}
