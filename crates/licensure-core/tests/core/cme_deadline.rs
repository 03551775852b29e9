//! The CME shortfall on renewal deadlines: which deadlines carry it (a license's expiry and
//! renewal window, a DEA registration's for the MATE Act), which do not (other credentials,
//! a later cycle, complete CME), and how reminders and calendars say it without numbers.

use chrono::{TimeZone, Utc};
use licensure_core::deadline::{deadlines_with_cme, DeadlineKind};
use licensure_core::ics::{render_calendar, IcsOptions};
use licensure_core::model::{
    CmeActivity, CmeCategory, CmeHours, CmeTopic, Credential, CredentialDetail, DeaRegistration,
    LicenseRoute, LicenseStatus, StateLicense,
};
use licensure_core::reminder::{reminder_body, ReminderSettings};
use licensure_core::Jurisdiction;

use crate::reference::{bundled, date};

fn credentials() -> Vec<Credential> {
    let license = |id: &str, j, expires: &str| Credential {
        id: id.to_string(),
        detail: CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: "MD".to_string(),
            number: "ME77001".to_string(),
            status: LicenseStatus::Active,
            restriction_notes: String::new(),
            issued: None,
            expires: Some(date(expires)),
            route: LicenseRoute::Direct,
        }),
        notes: String::new(),
    };
    vec![
        license("fl", Jurisdiction::FL, "2027-01-31"),
        license("nv", Jurisdiction::NV, "2027-07-01"),
        Credential {
            id: "dea".to_string(),
            detail: CredentialDetail::DeaRegistration(DeaRegistration {
                number: "AB1234563".to_string(),
                jurisdiction: Jurisdiction::FL,
                schedules: Vec::new(),
                expires: Some(date("2027-03-31")),
            }),
            notes: String::new(),
        },
    ]
}

fn activity(id: &str, hours: u32, topics: &[CmeTopic]) -> CmeActivity {
    CmeActivity {
        id: id.to_string(),
        title: id.to_string(),
        provider: String::new(),
        completed: date("2026-05-01"),
        hours: CmeHours::hours(hours),
        category: CmeCategory::AmaPraCategory1,
        topics: topics.iter().copied().collect(),
        note: String::new(),
    }
}

/// (deadline id, shortfall) for every deadline that carries one.
fn marked(activities: &[CmeActivity]) -> Vec<(String, String)> {
    deadlines_with_cme(
        None,
        &credentials(),
        &[],
        activities,
        &bundled(),
        date("2026-12-07"),
    )
    .into_iter()
    .filter_map(|d| d.cme_shortfall.map(|s| (d.id, s)))
    .collect()
}

#[test]
fn renewal_deadlines_carry_what_the_cme_still_needs() {
    use CmeTopic::*;
    let fl_all = vec![
        activity("a", 36, &[]),
        activity("b", 2, &[MedicalErrors, DomesticViolence]),
        activity("c", 1, &[HivAids, HumanTrafficking]),
        activity("d", 2, &[ControlledSubstancePrescribing]),
    ];
    let mut everything = fl_all.clone();
    everything.push(activity("mate", 8, &[MateActSudTraining]));
    let mate_missing = "8 of the 8 hours of the MATE Act training on substance use disorders \
                        still needed";
    // (activities, expected marks)
    type Case = (Vec<CmeActivity>, Vec<(&'static str, &'static str)>);
    let cases: Vec<Case> = vec![
        (
            vec![activity("a", 36, &[])],
            vec![
                // The DEA registration's window opens first: the MATE Act training.
                ("dea:renewal_window_opens:2027-01-30", mate_missing),
                // FL: 40 Category 1 and its topics; the DEA registration in FL brings its
                // controlled-substance hours. (FL's renewal window is not in the reference
                // data, so only the expiry is listed.) The HIV/AIDS hour is owed at the first
                // renewal only, and the license has no issue date: "verify", not a shortfall.
                (
                    "fl:expiry:2027-01-31",
                    "4 Category 1 hours, 2 hours of prevention of medical errors, 2 hours of \
                     controlled-substance prescribing, 2 hours of domestic violence and 1 hour \
                     of human trafficking still needed",
                ),
                ("dea:expiry:2027-03-31", mate_missing),
            ],
        ),
        (
            fl_all,
            vec![
                ("dea:renewal_window_opens:2027-01-30", mate_missing),
                ("dea:expiry:2027-03-31", mate_missing),
            ],
        ),
        (everything, vec![]),
    ];
    for (activities, expected) in cases {
        let got = marked(&activities);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        // NV's CME (nothing logged for it) is incomplete in every case: its own words.
        let (nv, others): (Vec<_>, Vec<_>) =
            got.into_iter().partition(|(id, _)| id.starts_with("nv:"));
        assert_eq!(others, expected);
        assert!(
            !nv.is_empty() && nv.iter().all(|(_, s)| s.ends_with("still needed")),
            "{nv:?}"
        );
    }
}

#[test]
fn reminders_and_calendars_say_the_shortfall_without_numbers() {
    let all = deadlines_with_cme(
        None,
        &credentials(),
        &[],
        &[activity("a", 36, &[])],
        &bundled(),
        date("2026-12-07"),
    );
    let expiry = all
        .iter()
        .find(|d| d.id == "fl:expiry:2027-01-31")
        .expect("FL expiry");
    assert_eq!(expiry.kind, DeadlineKind::Expiry);
    let body = reminder_body(expiry);
    assert!(body.contains("\nCME: 4 Category 1 hours, "), "{body}");
    assert!(!body.contains("ME77001"));
    let text = render_calendar(
        &all,
        &credentials(),
        &ReminderSettings::default(),
        &IcsOptions {
            include_numbers: false,
        },
        Utc.with_ymd_and_hms(2026, 12, 7, 0, 0, 0)
            .single()
            .expect("time"),
    )
    .replace("\r\n ", "");
    assert!(text.contains("CME: 4 Category 1 hours\\, "), "{text}");
    assert!(!text.contains("ME77001") && !text.contains("AB1234563"));
    // A credential that is not renewed with CME carries nothing.
    assert!(all
        .iter()
        .filter(|d| d.credential_id.as_deref() != Some("fl")
            && d.credential_id.as_deref() != Some("nv")
            && d.credential_id.as_deref() != Some("dea"))
        .all(|d| d.cme_shortfall.is_none()));
}
