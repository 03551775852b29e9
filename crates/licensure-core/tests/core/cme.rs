//! CME progress per license: windows and their inclusive ends, one activity counted for
//! several licenses, one-time topics done in an earlier cycle, Category 1 against total
//! hours, topics met by several activities together, unknown rules, topics only for
//! controlled-substance prescribers, the MATE Act per DEA registration and the shortfall in
//! words.

use std::sync::Arc;

use chrono::NaiveDate;
use licensure_core::cme::{cme_report, cme_window, CmeReport, CmeStatus, LicenseCme};
use licensure_core::model::{
    CmeActivity, CmeCategory, CmeHours, CmeTopic, Credential, CredentialDetail, DeaRegistration,
    LicenseRoute, LicenseStatus, StateCsr, StateLicense,
};
use licensure_core::reference::{
    Applicability, CmeRule, Confidence, Dataset, Fact, Recurrence, TopicRequirement,
};
use licensure_core::Jurisdiction;

use crate::reference::{bundled, date};

pub(crate) fn fact<T>(value: Option<T>, confidence: Confidence) -> Fact<T> {
    Fact {
        value,
        sources: Arc::from(vec!["https://example.org/board".to_string()]),
        as_of: date("2026-12-01"),
        confidence,
        note: "test rule".to_string(),
    }
}

pub(crate) fn topic(
    topics: &[CmeTopic],
    hours: Option<u32>,
    recurrence: Recurrence,
    applies_to: Applicability,
) -> TopicRequirement {
    TopicRequirement {
        topics: topics.to_vec(),
        hours: hours.map(CmeHours::hours),
        recurrence,
        applies_to,
        description: format!("{topics:?}"),
    }
}

/// The bundled dataset with test rules in TX, FL and CA (2-year license cycles) and CT's
/// CME cycle of 2 years over its 1-year license; GU stays unknown as bundled.
pub(crate) fn data() -> Dataset {
    let mut data = bundled();
    let rule = |hours: u32, cat1: Option<u32>, topics: Vec<TopicRequirement>| CmeRule {
        hours: Some(CmeHours::hours(hours)),
        cycle_years: None,
        category1_hours: cat1.map(CmeHours::hours),
        required_topics: topics,
        do_note: String::new(),
    };
    let set = |data: &mut Dataset, j: Jurisdiction, r: CmeRule| {
        let facts = data
            .jurisdictions
            .iter_mut()
            .find(|f| f.jurisdiction == j)
            .expect("jurisdiction");
        facts.cme = Some(fact(Some(r), Confidence::Verified));
    };
    use Applicability::*;
    use CmeTopic::*;
    set(
        &mut data,
        Jurisdiction::TX,
        rule(
            48,
            Some(24),
            vec![
                topic(&[Ethics], Some(2), Recurrence::EveryCycle, AllLicensees),
                topic(
                    &[PainManagement],
                    Some(2),
                    Recurrence::EveryCycle,
                    AllLicensees,
                ),
            ],
        ),
    );
    set(
        &mut data,
        Jurisdiction::FL,
        rule(
            40,
            Some(40),
            vec![
                topic(&[HivAids], Some(1), Recurrence::OneTime, AllLicensees),
                topic(
                    &[ControlledSubstancePrescribing],
                    Some(2),
                    Recurrence::EveryCycle,
                    DeaRegistrants,
                ),
            ],
        ),
    );
    set(
        &mut data,
        Jurisdiction::CA,
        rule(
            50,
            None,
            vec![
                topic(
                    &[ControlledSubstancePrescribing],
                    Some(2),
                    Recurrence::EveryYears { years: 4 },
                    ControlledSubstancePrescribers,
                ),
                topic(
                    &[ImplicitBias],
                    None,
                    Recurrence::EveryCycle,
                    Described {
                        who: "physicians in direct patient care".to_string(),
                    },
                ),
            ],
        ),
    );
    data
}

pub(crate) fn license(id: &str, j: Jurisdiction, expires: &str) -> Credential {
    Credential {
        id: id.to_string(),
        detail: CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: "MD".to_string(),
            number: "X1".to_string(),
            status: LicenseStatus::Active,
            restriction_notes: String::new(),
            issued: None,
            expires: Some(date(expires)),
            route: LicenseRoute::Direct,
        }),
        notes: String::new(),
    }
}

pub(crate) fn dea(id: &str, j: Jurisdiction, expires: &str) -> Credential {
    Credential {
        id: id.to_string(),
        detail: CredentialDetail::DeaRegistration(DeaRegistration {
            number: "AB1234563".to_string(),
            jurisdiction: j,
            schedules: Vec::new(),
            expires: Some(date(expires)),
        }),
        notes: String::new(),
    }
}

pub(crate) fn csr(id: &str, j: Jurisdiction) -> Credential {
    Credential {
        id: id.to_string(),
        detail: CredentialDetail::StateCsr(StateCsr {
            jurisdiction: j,
            number: String::new(),
            schedules: Vec::new(),
            issued: None,
            expires: Some(date("2028-01-31")),
        }),
        notes: String::new(),
    }
}

pub(crate) fn activity(
    id: &str,
    completed: &str,
    hundredths: u32,
    category: CmeCategory,
    topics: &[CmeTopic],
) -> CmeActivity {
    CmeActivity {
        id: id.to_string(),
        title: format!("Course {id}"),
        provider: "Provider".to_string(),
        completed: date(completed),
        hours: CmeHours::from_hundredths(hundredths),
        category,
        topics: topics.iter().copied().collect(),
        note: String::new(),
    }
}

pub(crate) fn cat1(id: &str, completed: &str, hours: u32, topics: &[CmeTopic]) -> CmeActivity {
    activity(
        id,
        completed,
        hours * 100,
        CmeCategory::AmaPraCategory1,
        topics,
    )
}

pub(crate) fn of<'a>(report: &'a CmeReport, id: &str) -> &'a LicenseCme {
    report
        .licenses
        .iter()
        .find(|l| l.credential_id == id)
        .unwrap_or_else(|| panic!("no progress for {id}"))
}

pub(crate) fn hours(h: u32) -> CmeHours {
    CmeHours::hours(h)
}

#[test]
fn windows_end_on_the_expiry_and_start_the_day_after_one_cycle_earlier() {
    // (expiry, years, first day, last day)
    let cases = [
        ("2027-01-31", 2, "2025-02-01", "2027-01-31"),
        ("2026-12-31", 1, "2026-01-01", "2026-12-31"),
        ("2028-02-29", 2, "2026-03-01", "2028-02-29"),
        ("2027-03-01", 3, "2024-03-02", "2027-03-01"),
    ];
    for (expiry, years, start, end) in cases {
        let w = cme_window(date(expiry), years).expect("window");
        assert_eq!(
            (w.start, w.end),
            (date(start), date(end)),
            "{expiry} {years}"
        );
    }
}

#[test]
fn an_activity_counts_on_the_first_and_last_day_of_a_window_only() {
    let data = data();
    // TX: license cycle 2 years (reference data); expiry 2027-01-31.
    let creds = [license("tx", Jurisdiction::TX, "2027-01-31")];
    // (completed, counted)
    let cases = [
        ("2025-01-31", false), // the day before the first day
        ("2025-02-01", true),  // the first day
        ("2027-01-31", true),  // the last day (the expiry)
    ];
    for (day, counted) in cases {
        let acts = [cat1("a", day, 5, &[])];
        let p = cme_report(&creds, &acts, &data);
        let tx = of(&p, "tx");
        assert_eq!(tx.activity_ids.contains(&"a".to_string()), counted, "{day}");
        let done = tx.total.expect("total").done;
        assert_eq!(done, if counted { hours(5) } else { hours(0) }, "{day}");
        assert_eq!(tx.due, Some(date("2027-01-31")));
    }
}

#[test]
fn one_activity_counts_for_every_license_whose_window_it_falls_in() {
    let data = data();
    let creds = [
        license("tx", Jurisdiction::TX, "2027-02-28"),
        license("fl", Jurisdiction::FL, "2028-01-31"),
        license("old", Jurisdiction::CA, "2025-06-30"),
    ];
    let acts = [cat1("conf", "2026-06-01", 20, &[])];
    let p = cme_report(&creds, &acts, &data);
    for (id, counted) in [("tx", true), ("fl", true), ("old", false)] {
        let l = of(&p, id);
        assert_eq!(l.activity_ids == vec!["conf".to_string()], counted, "{id}");
        let expected = if counted { hours(20) } else { hours(0) };
        assert_eq!(l.total.expect("total").done, expected, "{id}");
    }
}

#[test]
fn a_one_time_topic_done_in_an_earlier_cycle_is_met() {
    let data = data();
    let creds = [license("fl", Jurisdiction::FL, "2028-01-31")];
    // (activity date, status of the one-time HIV/AIDS hour)
    let cases = [
        ("2015-03-01", CmeStatus::Met),     // years before this window
        ("2027-05-01", CmeStatus::Met),     // in this window
        ("2028-02-01", CmeStatus::Missing), // after the window's end: not yet
    ];
    for (day, status) in cases {
        let acts = [cat1("hiv", day, 1, &[CmeTopic::HivAids])];
        let p = cme_report(&creds, &acts, &data);
        let t = &of(&p, "fl").topics[0];
        assert_eq!(t.status, status, "{day}");
    }
}

#[test]
fn category_2_counts_for_total_hours_but_not_category_1() {
    let data = data();
    let creds = [license("tx", Jurisdiction::TX, "2027-02-28")];
    // (category, total done, Category 1 done)
    let cases = [
        (CmeCategory::AmaPraCategory1, 10, 10),
        (CmeCategory::AmaPraCategory2, 10, 0),
        (CmeCategory::Aoa1A, 10, 10),
        (CmeCategory::Aoa1B, 10, 0),
        (CmeCategory::Other, 10, 0),
    ];
    for (category, total, c1) in cases {
        let acts = [activity("a", "2026-01-10", 1000, category, &[])];
        let p = cme_report(&creds, &acts, &data);
        let tx = of(&p, "tx");
        assert_eq!(tx.total.expect("total").done, hours(total), "{category:?}");
        let c = tx.category1.expect("cat1");
        assert_eq!(c.done, hours(c1), "{category:?}");
        assert_eq!(c.missing, hours(24 - c1), "{category:?}");
    }
}

#[test]
fn a_topic_is_met_by_several_activities_together() {
    let data = data();
    let creds = [license("tx", Jurisdiction::TX, "2027-02-28")];
    let pain = [CmeTopic::PainManagement];
    // (activities, pain management done, status)
    let cases: Vec<(Vec<CmeActivity>, u32, CmeStatus)> = vec![
        (
            vec![cat1("a", "2026-01-10", 1, &pain)],
            100,
            CmeStatus::Missing,
        ),
        (
            vec![
                cat1("a", "2026-01-10", 1, &pain),
                cat1("b", "2026-03-10", 1, &pain),
            ],
            200,
            CmeStatus::Met,
        ),
        (
            vec![
                activity("a", "2026-01-10", 150, CmeCategory::AmaPraCategory2, &pain),
                activity("b", "2026-03-10", 50, CmeCategory::AmaPraCategory1, &pain),
            ],
            200,
            CmeStatus::Met,
        ),
    ];
    for (acts, done, status) in cases {
        let p = cme_report(&creds, &acts, &data);
        let t = &of(&p, "tx").topics[1];
        assert_eq!(t.done, CmeHours::from_hundredths(done));
        assert_eq!(t.status, status);
        assert_eq!(t.activity_ids.len(), acts.len());
        let due = (status == CmeStatus::Missing).then(|| date("2027-02-28"));
        assert_eq!(t.due, due);
    }
}

#[test]
fn an_unknown_or_conflicting_rule_says_verify_with_its_citation() {
    let mut data = data();
    let creds = [
        license("gu", Jurisdiction::GU, "2027-06-30"),
        license("tx", Jurisdiction::TX, "2027-06-30"),
    ];
    data.jurisdictions
        .iter_mut()
        .find(|f| f.jurisdiction == Jurisdiction::TX)
        .expect("TX")
        .cme
        .as_mut()
        .expect("cme")
        .confidence = Confidence::Conflicting;
    let p = cme_report(&creds, &[cat1("a", "2026-01-10", 50, &[])], &data);
    for id in ["gu", "tx"] {
        let l = of(&p, id);
        assert_eq!(l.status, CmeStatus::Verify, "{id}");
        assert!(l.total.is_none() && l.window.is_none(), "{id}");
        assert!(l.shortfall.is_empty(), "{id}");
        let c = l.citation.as_ref().expect("citation");
        assert!(!c.sources.is_empty(), "{id}");
        assert!(l.note.contains("verify"), "{id}: {}", l.note);
    }
}

#[test]
fn prescriber_topics_apply_only_with_a_dea_or_state_registration_in_the_state() {
    let data = data();
    let cs = [CmeTopic::ControlledSubstancePrescribing];
    // (credentials besides the FL and CA licenses, FL DEA-only status, CA prescriber status)
    let cases: Vec<(Vec<Credential>, CmeStatus, CmeStatus)> = vec![
        (vec![], CmeStatus::NotRequired, CmeStatus::NotRequired),
        (
            vec![dea("d", Jurisdiction::FL, "2028-03-31")],
            CmeStatus::Missing,
            CmeStatus::NotRequired,
        ),
        (
            vec![dea("d", Jurisdiction::TX, "2028-03-31")],
            CmeStatus::NotRequired,
            CmeStatus::NotRequired,
        ),
        (
            vec![csr("s", Jurisdiction::CA)],
            CmeStatus::NotRequired,
            CmeStatus::Missing,
        ),
        (
            vec![
                csr("s", Jurisdiction::FL),
                dea("d", Jurisdiction::CA, "2028-03-31"),
            ],
            CmeStatus::NotRequired,
            CmeStatus::Missing,
        ),
    ];
    for (extra, fl_status, ca_status) in cases {
        let mut creds = vec![
            license("fl", Jurisdiction::FL, "2028-01-31"),
            license("ca", Jurisdiction::CA, "2027-08-31"),
        ];
        creds.extend(extra.clone());
        let p = cme_report(&creds, &[], &data);
        assert_eq!(of(&p, "fl").topics[1].status, fl_status, "{extra:?}");
        assert_eq!(of(&p, "ca").topics[0].status, ca_status, "{extra:?}");
        // Done: the same credentials with 2 hours logged meet both.
        let done = [cat1("cs", "2026-09-01", 2, &cs)];
        let p = cme_report(&creds, &done, &data);
        for (id, i, before) in [("fl", 1, fl_status), ("ca", 0, ca_status)] {
            let after = of(&p, id).topics[i].status;
            let expected = if before == CmeStatus::Missing {
                CmeStatus::Met
            } else {
                before
            };
            assert_eq!(after, expected, "{id} {extra:?}");
        }
    }
}

#[test]
fn a_topic_every_n_years_counts_back_from_the_window_end() {
    let data = data();
    let creds = [
        license("ca", Jurisdiction::CA, "2027-08-31"),
        csr("s", Jurisdiction::CA),
    ];
    let cs = [CmeTopic::ControlledSubstancePrescribing];
    // CA test rule: 2 hours every 4 years, window end 2027-08-31: from 2023-09-01.
    for (day, status) in [
        ("2023-08-31", CmeStatus::Missing),
        ("2023-09-01", CmeStatus::Met),
    ] {
        let p = cme_report(&creds, &[cat1("a", day, 2, &cs)], &data);
        assert_eq!(of(&p, "ca").topics[0].status, status, "{day}");
    }
}

#[test]
fn a_narrower_group_or_unread_hours_give_verify_not_met() {
    let data = data();
    let creds = [license("ca", Jurisdiction::CA, "2027-08-31")];
    let bias = [cat1("b", "2026-02-01", 2, &[CmeTopic::ImplicitBias])];
    let p = cme_report(&creds, &bias, &data);
    let ca = of(&p, "ca");
    assert_eq!(ca.topics[1].status, CmeStatus::Verify);
    assert!(ca.topics[1].reason.contains("direct patient care"));
    // 50 hours logged, the rest judged: the license as a whole is "verify", not met.
    let mut acts = bias.to_vec();
    acts.push(cat1("c", "2026-03-01", 48, &[]));
    let p = cme_report(&creds, &acts, &data);
    assert_eq!(of(&p, "ca").status, CmeStatus::Verify);
}

#[test]
fn the_mate_act_training_is_tracked_per_dea_registration_once() {
    let data = bundled();
    let creds = [
        dea("d1", Jurisdiction::TX, "2027-03-31"),
        dea("d2", Jurisdiction::FL, "2028-05-31"),
    ];
    let mate = [CmeTopic::MateActSudTraining];
    // (activities, status, due of d1)
    let cases: Vec<(Vec<CmeActivity>, CmeStatus, Option<NaiveDate>)> = vec![
        (vec![], CmeStatus::Missing, Some(date("2027-03-31"))),
        (
            vec![cat1("m", "2019-05-01", 6, &mate)],
            CmeStatus::Missing,
            Some(date("2027-03-31")),
        ),
        // Done years ago (before the act) and in two parts: met for good.
        (
            vec![
                cat1("m", "2019-05-01", 6, &mate),
                cat1("n", "2024-01-15", 2, &mate),
            ],
            CmeStatus::Met,
            None,
        ),
    ];
    for (acts, status, due) in cases {
        let p = cme_report(&creds, &acts, &data);
        assert_eq!(p.mate_act.len(), 2);
        for m in &p.mate_act {
            assert_eq!(m.status, status, "{}", m.credential_id);
            assert_eq!(m.required, hours(8));
        }
        assert_eq!(p.mate_act[0].due, due);
        assert!(p.mate_act[0].citation.is_some());
    }
}

#[test]
fn the_shortfall_is_said_in_words() {
    let data = data();
    let creds = [license("tx", Jurisdiction::TX, "2027-02-28")];
    let pain = [CmeTopic::PainManagement];
    let ethics = [CmeTopic::Ethics];
    // (activities, words)
    let cases: Vec<(Vec<CmeActivity>, &str)> = vec![
        (
            vec![
                cat1("a", "2026-01-10", 12, &ethics),
                activity("b", "2026-01-11", 2400, CmeCategory::AmaPraCategory2, &[]),
            ],
            "12 Category 1 hours and 2 hours of pain management still needed",
        ),
        (
            vec![cat1("a", "2026-01-10", 24, &ethics)],
            "24 hours and 2 hours of pain management still needed",
        ),
        (
            vec![
                cat1("a", "2026-01-10", 20, &ethics),
                activity("b", "2026-02-01", 1000, CmeCategory::AmaPraCategory2, &[]),
                activity("c", "2026-03-01", 50, CmeCategory::AmaPraCategory1, &pain),
            ],
            "17.5 hours (3.5 of them Category 1) and 1.5 hours of pain management still needed",
        ),
        (
            vec![
                cat1("a", "2026-01-10", 46, &ethics),
                cat1("b", "2026-01-11", 1, &pain),
            ],
            "1 hour and 1 hour of pain management still needed",
        ),
        (
            vec![
                cat1("a", "2026-01-10", 46, &ethics),
                cat1("b", "2026-01-11", 2, &pain),
            ],
            "",
        ),
    ];
    for (acts, words) in cases {
        let p = cme_report(&creds, &acts, &data);
        let tx = of(&p, "tx");
        assert_eq!(tx.shortfall, words);
        let status = if words.is_empty() {
            CmeStatus::Met
        } else {
            CmeStatus::Missing
        };
        assert_eq!(tx.status, status, "{words}");
    }
}

#[test]
fn the_bundled_rules_judge_a_three_state_clinician() {
    let data = bundled();
    let creds = [
        license("tx", Jurisdiction::TX, "2027-02-28"),
        license("ct", Jurisdiction::CT, "2027-04-30"),
        license("wa", Jurisdiction::WA, "2027-09-15"),
        license("gu", Jurisdiction::GU, "2027-09-15"),
    ];
    let p = cme_report(&creds, &[], &data);
    // (license, window start, total hours required)
    let cases = [
        ("tx", "2025-03-01", Some(48)),
        // CT: a 1-year license, CME over the preceding 24 months.
        ("ct", "2025-05-01", Some(50)),
        // WA: a 4-year CME cycle over a 2-year license.
        ("wa", "2023-09-16", Some(200)),
    ];
    for (id, start, total) in cases {
        let l = of(&p, id);
        assert_eq!(l.window.map(|w| w.start), Some(date(start)), "{id}");
        assert_eq!(l.total.map(|t| t.required), total.map(hours), "{id}");
        assert_eq!(l.status, CmeStatus::Missing, "{id}");
    }
    assert_eq!(of(&p, "gu").status, CmeStatus::Verify);
}
