//! IMLC eligibility cases on the State of Principal License: its bases (residence,
//! practice share, employer, tax residence) and the states that can be principal.

use licensure_core::imlc::{ImlcOutcome, PrincipalBasis};
use licensure_core::model::{Compact, PracticeShare};
use licensure_core::reference::{CompactMembership, CompactStatus};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use PrincipalBasis::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            profile: everything_in(HI),
            credentials: vec![md(HI), abms()],
            candidates: vec![],
            ..not_eligible(
                "a Hawaii license cannot make you eligible: HI cannot be principal",
                &["spl_no_principal_license", "spl_not_principal_capable"],
            )
        },
        Case {
            profile: everything_in(VT),
            credentials: vec![md(VT), abms()],
            candidates: vec![],
            ..not_eligible(
                "a Vermont license cannot make you eligible either",
                &["spl_no_principal_license", "spl_not_principal_capable"],
            )
        },
        Case {
            name: "HI resident with only a HI license, employer unknown: no answer can help, so \
                   not eligible and nothing asked",
            profile: md_with(|p| {
                p.residence = Some(HI);
                p.employer_jurisdiction = None;
                p.tax_jurisdiction = Some(HI);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: HI,
                    percent: 100,
                }];
            }),
            credentials: vec![md(HI), abms()],
            outcome: ImlcOutcome::NotEligible,
            codes: &["spl_no_principal_license", "spl_not_principal_capable"],
            candidates: vec![],
            questions: &[],
            ..base()
        },
        Case {
            name: "tax residence serves as last resort when no other basis qualifies",
            profile: md_with(|p| {
                p.residence = Some(VT);
                p.employer_jurisdiction = Some(VT);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: VT,
                    percent: 100,
                }];
            }),
            credentials: vec![md(VT), md(TX), abms()],
            codes: &["spl_by_tax_residence"],
            candidates: vec![(TX, vec![FederalTaxResidence])],
            ..base()
        },
        Case {
            name: "tax residence is not used when residence qualifies",
            profile: md_with(|p| {
                p.residence = Some(FL);
                p.employer_jurisdiction = Some(FL);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: FL,
                    percent: 100,
                }];
            }),
            credentials: vec![md(FL), md(TX), abms()],
            candidates: vec![(FL, vec![PrimaryResidence, PracticeShare, EmployerLocation])],
            ..base()
        },
        Case {
            name: "employer location qualifies when residence is a non-member",
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CO);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: CA,
                    percent: 100,
                }];
            }),
            credentials: vec![md(CA), md(CO), md(TX), abms()],
            candidates: vec![(CO, vec![EmployerLocation])],
            ..base()
        },
        Case {
            name: "exactly 25% of practice qualifies",
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CA);
                p.tax_jurisdiction = Some(CA);
                p.practice_shares = vec![
                    PracticeShare {
                        jurisdiction: CA,
                        percent: 75,
                    },
                    PracticeShare {
                        jurisdiction: CO,
                        percent: 25,
                    },
                ];
            }),
            credentials: vec![md(CA), md(CO), abms()],
            candidates: vec![(CO, vec![PracticeShare])],
            ..base()
        },
        Case {
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CA);
                p.tax_jurisdiction = Some(CA);
                p.practice_shares = vec![
                    PracticeShare {
                        jurisdiction: CA,
                        percent: 76,
                    },
                    PracticeShare {
                        jurisdiction: CO,
                        percent: 24,
                    },
                ];
            }),
            credentials: vec![md(CA), md(CO), abms()],
            candidates: vec![],
            ..not_eligible("24% of practice does not qualify", &["spl_not_member"])
        },
        Case {
            name: "an unknown practice-share rule leaves the practice basis undecided",
            profile: md_with(|p| {
                p.residence = Some(CA);
                p.employer_jurisdiction = Some(CA);
                p.tax_jurisdiction = Some(CA);
                p.practice_shares = vec![PracticeShare {
                    jurisdiction: CO,
                    percent: 60,
                }];
            }),
            credentials: vec![md(CA), md(CO), abms()],
            data: Data::standard()
                .imlc(|r| r.min_practice_share_percent = unknown())
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &[
                "practice_share_rule_unknown",
                "spl_not_member",
                "spl_undetermined",
            ],
            candidates: vec![],
            ..base()
        },
        Case {
            profile: everything_in(AR),
            credentials: vec![md(AR), abms()],
            candidates: vec![],
            ..not_eligible(
                "a state that enacted but does not issue cannot be principal",
                &["spl_no_principal_license", "spl_not_implemented"],
            )
        },
        Case {
            data: Data::standard()
                .membership_fact(
                    Compact::Imlc,
                    TX,
                    fact(CompactMembership {
                        status: CompactStatus::Member,
                        enacted: Some(day(2025, 5, 1)),
                        implemented: Some(day(2026, 9, 1)),
                    }),
                )
                .build(),
            candidates: vec![],
            ..not_eligible(
                "a member whose implementation date is ahead does not issue yet",
                &["spl_no_principal_license", "spl_not_implemented"],
            )
        },
        Case {
            name: "conflicting membership data gives verify, never eligible",
            data: Data::standard()
                .membership_fact(
                    Compact::Imlc,
                    TX,
                    conflicting(membership(CompactStatus::Member)),
                )
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &["spl_membership_unknown", "spl_undetermined"],
            candidates: vec![],
            ..base()
        },
        Case {
            name: "no license in the residence state, but one where the employer is",
            profile: md_with(|p| p.employer_jurisdiction = Some(WI)),
            credentials: vec![md(WI), abms()],
            candidates: vec![(WI, vec![EmployerLocation])],
            ..base()
        },
        Case {
            credentials: vec![md(FL), abms()],
            candidates: vec![],
            ..not_eligible(
                "no license where you live, work or practise",
                &["spl_license_missing"],
            )
        },
    ]
}
