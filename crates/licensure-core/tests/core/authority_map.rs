//! The dashboard map: each jurisdiction's standing (licensed, compact, telehealth
//! registration, expiring, lapsed, none) and its accessible name.

use chrono::NaiveDate;
use licensure_core::authority_map::{authority_map, AuthorityBasis, Standing};
use licensure_core::model::{Compact, Credential, LicenseStatus, Profession, Profile};
use licensure_core::reference::{CompactStatus, Dataset};
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

struct Case {
    name: &'static str,
    profile: Option<Profile>,
    credentials: Vec<Credential>,
    data: Dataset,
    jurisdiction: Jurisdiction,
    standing: Standing,
    basis: Option<AuthorityBasis>,
    expires: Option<NaiveDate>,
    label: &'static str,
}

fn base() -> Case {
    Case {
        name: "",
        profile: Some(clinician(Profession::Rn, Some(TX))),
        credentials: Vec::new(),
        data: Data::standard().build(),
        jurisdiction: TX,
        standing: Standing::None,
        basis: None,
        expires: None,
        label: "Texas: no authority on record",
    }
}

fn lic(j: Jurisdiction, status: LicenseStatus, expires: Option<NaiveDate>) -> Credential {
    license("l", j, "RN", status, expires)
}

#[test]
fn each_jurisdiction_gets_its_standing() {
    let later = Some(day(2027, 2, 28));
    let cases = vec![
        Case {
            name: "nothing recorded",
            ..base()
        },
        Case {
            name: "active license",
            credentials: vec![lic(TX, LicenseStatus::Active, later)],
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            expires: later,
            label: "Texas: licensed, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "probation still permits practice",
            credentials: vec![lic(TX, LicenseStatus::Probation, later)],
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            expires: later,
            label: "Texas: licensed, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "license without an expiry",
            credentials: vec![lic(TX, LicenseStatus::Active, None)],
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            label: "Texas: licensed, no expiry recorded",
            ..base()
        },
        Case {
            name: "expires today: still current, and expiring",
            credentials: vec![lic(TX, LicenseStatus::Active, Some(today()))],
            standing: Standing::Expiring,
            basis: Some(AuthorityBasis::StateLicense),
            expires: Some(today()),
            label: "Texas: licensed, expires soon, on 2026-06-01",
            ..base()
        },
        Case {
            name: "expires on day 90: expiring",
            credentials: vec![lic(TX, LicenseStatus::Active, Some(day(2026, 8, 30)))],
            standing: Standing::Expiring,
            basis: Some(AuthorityBasis::StateLicense),
            expires: Some(day(2026, 8, 30)),
            label: "Texas: licensed, expires soon, on 2026-08-30",
            ..base()
        },
        Case {
            name: "expires on day 91: not yet expiring",
            credentials: vec![lic(TX, LicenseStatus::Active, Some(day(2026, 8, 31)))],
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            expires: Some(day(2026, 8, 31)),
            label: "Texas: licensed, expires 2026-08-31",
            ..base()
        },
        Case {
            name: "expired yesterday: lapsed",
            credentials: vec![lic(TX, LicenseStatus::Active, Some(day(2026, 5, 31)))],
            standing: Standing::Lapsed,
            label: "Texas: lapsed, no current authority",
            ..base()
        },
        Case {
            name: "revoked license: lapsed, never licensed",
            credentials: vec![lic(TX, LicenseStatus::Revoked, later)],
            standing: Standing::Lapsed,
            label: "Texas: lapsed, no current authority",
            ..base()
        },
        Case {
            name: "pending license gives nothing yet",
            credentials: vec![lic(TX, LicenseStatus::Pending, later)],
            ..base()
        },
        Case {
            name: "a license elsewhere does not colour this state",
            credentials: vec![lic(NY, LicenseStatus::Active, later)],
            ..base()
        },
        Case {
            name: "expiring license, but a later telehealth registration keeps authority",
            credentials: vec![
                lic(FL, LicenseStatus::Active, Some(day(2026, 7, 1))),
                telehealth_registration(FL, later),
            ],
            jurisdiction: FL,
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            expires: later,
            label: "Florida: licensed, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "telehealth registration only",
            credentials: vec![telehealth_registration(FL, later)],
            jurisdiction: FL,
            standing: Standing::TelehealthRegistration,
            basis: Some(AuthorityBasis::TelehealthRegistration),
            expires: later,
            label: "Florida: telehealth registration, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "multistate privilege reaches an established member",
            credentials: vec![privilege("p", Compact::Nlc, TX, &[], later)],
            jurisdiction: FL,
            standing: Standing::Compact,
            basis: Some(AuthorityBasis::CompactPrivilege),
            expires: later,
            label: "Florida: compact privilege, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "multistate privilege does not reach a non-member",
            credentials: vec![privilege("p", Compact::Nlc, TX, &[], later)],
            jurisdiction: CA,
            label: "California: no authority on record",
            ..base()
        },
        Case {
            name: "enacted but not implemented is no authority",
            credentials: vec![privilege("p", Compact::Nlc, TX, &[], later)],
            jurisdiction: MA,
            label: "Massachusetts: no authority on record",
            ..base()
        },
        Case {
            name: "conflicting membership is no authority (verify, never allowed)",
            credentials: vec![privilege("p", Compact::Nlc, TX, &[], later)],
            data: Data::standard()
                .membership_fact(
                    Compact::Nlc,
                    FL,
                    conflicting(membership(CompactStatus::Member)),
                )
                .build(),
            jurisdiction: FL,
            label: "Florida: no authority on record",
            ..base()
        },
        Case {
            name: "a privilege naming states covers only those",
            credentials: vec![privilege("p", Compact::Psypact, TX, &[CO], later)],
            jurisdiction: FL,
            label: "Florida: no authority on record",
            ..base()
        },
        Case {
            name: "a privilege naming a state covers it",
            credentials: vec![privilege("p", Compact::Psypact, TX, &[CO], later)],
            jurisdiction: CO,
            standing: Standing::Compact,
            basis: Some(AuthorityBasis::CompactPrivilege),
            expires: later,
            label: "Colorado: compact privilege, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "a privilege based outside the residence lapses",
            profile: Some(clinician(Profession::Rn, Some(CO))),
            credentials: vec![privilege("p", Compact::Nlc, TX, &[], later)],
            jurisdiction: FL,
            standing: Standing::Lapsed,
            label: "Florida: lapsed, no current authority",
            ..base()
        },
        Case {
            name: "no profile: the privilege still counts",
            profile: None,
            credentials: vec![privilege("p", Compact::Nlc, TX, &[], later)],
            jurisdiction: FL,
            standing: Standing::Compact,
            basis: Some(AuthorityBasis::CompactPrivilege),
            expires: later,
            label: "Florida: compact privilege, expires 2027-02-28",
            ..base()
        },
        Case {
            name: "license outranks a privilege in the same state",
            credentials: vec![
                privilege("p", Compact::Nlc, TX, &[], later),
                lic(FL, LicenseStatus::Active, Some(day(2028, 1, 31))),
            ],
            jurisdiction: FL,
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            expires: Some(day(2028, 1, 31)),
            label: "Florida: licensed, expires 2028-01-31",
            ..base()
        },
        Case {
            name: "territory with a license",
            credentials: vec![lic(PR, LicenseStatus::Active, later)],
            jurisdiction: PR,
            standing: Standing::Licensed,
            basis: Some(AuthorityBasis::StateLicense),
            expires: later,
            label: "Puerto Rico: licensed, expires 2027-02-28",
            ..base()
        },
    ];
    for c in cases {
        let map = authority_map(c.profile.as_ref(), &c.credentials, &c.data, today());
        assert_eq!(
            map.len(),
            56,
            "{}: every jurisdiction is on the map",
            c.name
        );
        let entry = map
            .iter()
            .find(|e| e.jurisdiction == c.jurisdiction)
            .unwrap_or_else(|| panic!("{}: {:?} missing", c.name, c.jurisdiction));
        assert_eq!(entry.standing, c.standing, "{}: standing", c.name);
        assert_eq!(entry.basis, c.basis, "{}: basis", c.name);
        assert_eq!(entry.expires, c.expires, "{}: expires", c.name);
        assert_eq!(entry.label, c.label, "{}: label", c.name);
        assert!(
            !entry.label.contains("SECRET"),
            "{}: no number in the label",
            c.name
        );
    }
}
