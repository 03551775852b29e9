//! Identifier check digits (worked examples from CMS and DEA sources) and record rules.

use chrono::NaiveDate;
use licensure_core::model::*;
use licensure_core::validation::{
    check_dea, check_npi, validate_credential, validate_store, DeaProblem, NpiProblem,
};
use licensure_core::Jurisdiction;

#[test]
fn npi_check_digit_table() {
    let cases: &[(&str, &str, Result<(), NpiProblem>)] = &[
        ("CMS worked example", "1234567893", Ok(())),
        ("published example (J. D. Cook)", "1993999998", Ok(())),
        ("published example (2012)", "1558598797", Ok(())),
        (
            "CMS example, wrong check digit",
            "1234567890",
            Err(NpiProblem::CheckDigit),
        ),
        (
            "transposed digits",
            "1234576893",
            Err(NpiProblem::CheckDigit),
        ),
        ("nine digits", "123456789", Err(NpiProblem::Length)),
        ("eleven digits", "12345678931", Err(NpiProblem::Length)),
        ("letter inside", "12345A7893", Err(NpiProblem::NotDigits)),
        ("starts with 3", "3234567893", Err(NpiProblem::FirstDigit)),
        ("empty", "", Err(NpiProblem::Length)),
        (
            "non-ASCII digits",
            "１２３４５６７８９３",
            Err(NpiProblem::NotDigits),
        ),
    ];
    for (name, npi, expected) in cases {
        assert_eq!(check_npi(npi), *expected, "{name}: {npi}");
    }
}

#[test]
fn dea_check_digit_table() {
    type Case = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Result<usize, DeaProblem>,
    );
    // (name, number, family name, Ok(number of warnings) or the problem)
    let cases: &[Case] = &[
        ("takerx example", "AP5836727", Some("Patel"), Ok(0)),
        (
            "business '9' second letter",
            "F91234563",
            Some("Smith"),
            Ok(0),
        ),
        ("uspharmd example digits", "BX1424326", Some("Xu"), Ok(0)),
        (
            "invalid check digit",
            "AB4523767",
            None,
            Err(DeaProblem::CheckDigit),
        ),
        (
            "second letter not the last-name initial: warning only",
            "AP5836727",
            Some("Jones"),
            Ok(1),
        ),
        (
            "unusual first letter: warning only",
            "ZP5836727",
            Some("Patel"),
            Ok(1),
        ),
        (
            "institutional suffix accepted",
            "AP5836727-ABC123",
            Some("Patel"),
            Ok(0),
        ),
        ("too short", "AP583672", None, Err(DeaProblem::Shape)),
        (
            "digits where letters go",
            "125836727",
            None,
            Err(DeaProblem::Shape),
        ),
        ("lower case", "ap5836727", None, Err(DeaProblem::Shape)),
        ("empty", "", None, Err(DeaProblem::Shape)),
    ];
    for (name, number, family, expected) in cases {
        let got = check_dea(number, *family).map(|w| w.len());
        assert_eq!(got, *expected, "{name}: {number}");
    }
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn license(
    id: &str,
    j: Jurisdiction,
    number: &str,
    issued: Option<&str>,
    expires: Option<&str>,
) -> Credential {
    Credential {
        id: id.into(),
        detail: CredentialDetail::StateLicense(StateLicense {
            jurisdiction: j,
            license_type: "MD".into(),
            number: number.into(),
            status: LicenseStatus::Active,
            restriction_notes: String::new(),
            issued: issued.map(day),
            expires: expires.map(day),
            route: LicenseRoute::Direct,
        }),
        notes: String::new(),
    }
}

/// A policy covering `coverage` (None: nationwide) that takes part in the funds of `funds`.
fn policy(coverage: Option<&[Jurisdiction]>, funds: &[Jurisdiction]) -> Credential {
    Credential {
        id: "p1".into(),
        detail: CredentialDetail::MalpracticePolicy(MalpracticePolicy {
            carrier: "The Doctors Company".into(),
            policy_number: String::new(),
            basis: PolicyBasis::Occurrence,
            retroactive_date: None,
            per_claim_limit: Some(1_000_000),
            aggregate_limit: Some(3_000_000),
            coverage: coverage.map_or(Coverage::Nationwide, |j| Coverage::Listed(j.to_vec())),
            telehealth_covered: Answer::Yes,
            period_start: day("2026-07-01"),
            period_end: day("2027-07-01"),
            tail: Tail::Unknown,
            employer_provided: false,
            compensation_funds: funds.to_vec(),
        }),
        notes: String::new(),
    }
}

#[test]
fn credential_rules_table() {
    let cases: Vec<(&str, Credential, Vec<&str>)> = vec![
        (
            "valid license",
            license(
                "c1",
                Jurisdiction::TX,
                "Q1",
                Some("2020-01-01"),
                Some("2027-01-01"),
            ),
            vec![],
        ),
        (
            "expires before issued",
            license(
                "c1",
                Jurisdiction::TX,
                "Q1",
                Some("2027-01-02"),
                Some("2027-01-01"),
            ),
            vec!["dates_out_of_order"],
        ),
        (
            "same day is in order",
            license(
                "c1",
                Jurisdiction::TX,
                "Q1",
                Some("2027-01-01"),
                Some("2027-01-01"),
            ),
            vec![],
        ),
        (
            "missing number",
            license("c1", Jurisdiction::TX, " ", None, Some("2027-01-01")),
            vec!["required"],
        ),
        (
            "missing id",
            license("", Jurisdiction::TX, "Q1", None, None),
            vec!["required"],
        ),
        (
            "bad DEA",
            Credential {
                id: "c2".into(),
                detail: CredentialDetail::DeaRegistration(DeaRegistration {
                    number: "AB4523767".into(),
                    jurisdiction: Jurisdiction::TX,
                    schedules: vec![Schedule::S2],
                    expires: None,
                }),
                notes: String::new(),
            },
            vec!["dea_invalid"],
        ),
        (
            "time-unlimited certificate with an expiry",
            Credential {
                id: "c3".into(),
                detail: CredentialDetail::BoardCertification(BoardCertification {
                    board: "ABIM".into(),
                    specialty: "Internal Medicine".into(),
                    body: CertifyingBody::Abms,
                    expires: Some(day("2030-01-01")),
                    time_unlimited: true,
                }),
                notes: String::new(),
            },
            vec!["unlimited_with_expiry"],
        ),
        (
            "nationwide policy in the Kansas fund",
            policy(None, &[Jurisdiction::KS]),
            vec![],
        ),
        (
            "listed coverage with its fund state among the listed",
            policy(
                Some(&[Jurisdiction::KS, Jurisdiction::MO]),
                &[Jurisdiction::KS],
            ),
            vec![],
        ),
        (
            "listed coverage with no state listed covers nowhere",
            policy(Some(&[]), &[]),
            vec!["coverage_lists_nothing"],
        ),
        (
            "a fund of a state the listed coverage leaves out",
            policy(Some(&[Jurisdiction::MO]), &[Jurisdiction::PA]),
            vec!["fund_outside_coverage"],
        ),
    ];
    for (name, credential, expected) in cases {
        let codes: Vec<String> = validate_credential(&credential, Some("Rivera"))
            .into_iter()
            .filter(|i| i.is_error())
            .map(|i| i.code)
            .collect();
        assert_eq!(codes, expected, "{name}");
    }
}

#[test]
fn store_rules_find_duplicates_and_locate_them() {
    let a = license("c1", Jurisdiction::TX, "Q1", None, None);
    let same_number_other_state = license("c2", Jurisdiction::NY, "Q1", None, None);
    let duplicate = license("c3", Jurisdiction::TX, " q1 ", None, None);
    let same_id = license("c1", Jurisdiction::FL, "F9", None, None);
    let issues = validate_store(None, &[a, same_number_other_state, duplicate, same_id], &[]);
    let found: Vec<(String, String)> = issues.into_iter().map(|i| (i.code, i.field)).collect();
    assert_eq!(
        found,
        vec![
            (
                "duplicate_credential".to_string(),
                "credentials/2".to_string()
            ),
            ("duplicate_id".to_string(), "credentials/3/id".to_string()),
        ]
    );
}

#[test]
fn every_jurisdiction_code_round_trips_and_unknown_codes_are_refused() {
    assert_eq!(
        Jurisdiction::ALL.len(),
        56,
        "50 states, DC, PR, GU, VI, MP, AS"
    );
    for j in Jurisdiction::ALL {
        assert_eq!(j.code().parse::<Jurisdiction>(), Ok(*j));
        assert_eq!(j.code().to_lowercase().parse::<Jurisdiction>(), Ok(*j));
    }
    for bad in ["", "XX", "T", "TEX", "UK", "ON", "PQ"] {
        assert!(
            bad.parse::<Jurisdiction>().is_err(),
            "{bad:?} must be refused"
        );
    }
}
