//! The IMLC eligibility table harness: a case, the eligible base it edits, and the runner
//! over every table.

use licensure_core::imlc::{imlc_eligibility, ImlcOutcome, PrincipalBasis};
use licensure_core::model::{Credential, PracticeShare, Profile};
use licensure_core::reference::Dataset;
use licensure_core::Jurisdiction::{self, *};

use crate::compact_fixture::*;

use PrincipalBasis::*;

use super::{
    exams, history, licenses, principal_license, qualifications, unknown_and_not_applicable,
};

pub(super) struct Case {
    pub(super) name: &'static str,
    pub(super) profile: Profile,
    pub(super) credentials: Vec<Credential>,
    pub(super) data: Dataset,
    pub(super) outcome: ImlcOutcome,
    pub(super) codes: &'static [&'static str],
    pub(super) candidates: Vec<(Jurisdiction, Vec<PrincipalBasis>)>,
    pub(super) questions: &'static [&'static str],
}

/// The eligible Texas physician; cases change one thing.
pub(super) fn base() -> Case {
    Case {
        name: "",
        profile: physician(),
        credentials: vec![md(TX), abms()],
        data: Data::standard().build(),
        outcome: ImlcOutcome::Eligible,
        codes: &[],
        candidates: vec![(TX, vec![PrimaryResidence, PracticeShare, EmployerLocation])],
        questions: &[],
    }
}

pub(super) fn md_with(edit: impl FnOnce(&mut Profile)) -> Profile {
    let mut p = physician();
    edit(&mut p);
    p
}

/// Lives, works, practises and pays tax in `j`.
pub(super) fn everything_in(j: Jurisdiction) -> Profile {
    md_with(|p| {
        p.residence = Some(j);
        p.employer_jurisdiction = Some(j);
        p.tax_jurisdiction = Some(j);
        p.practice_shares = vec![PracticeShare {
            jurisdiction: j,
            percent: 100,
        }];
    })
}

pub(super) fn not_eligible(name: &'static str, codes: &'static [&'static str]) -> Case {
    Case {
        name,
        outcome: ImlcOutcome::NotEligible,
        codes,
        ..base()
    }
}

#[test]
fn eligibility_cases() {
    let cases = [
        exams::cases(),
        principal_license::cases(),
        licenses::cases(),
        qualifications::cases(),
        history::cases(),
        unknown_and_not_applicable::cases(),
    ]
    .into_iter()
    .flatten();
    for case in cases {
        let result = imlc_eligibility(&case.profile, &case.credentials, &case.data, today());
        assert_eq!(result.outcome, case.outcome, "{}: outcome", case.name);
        assert_eq!(
            codes(&result.reasons),
            expected(case.codes),
            "{}: codes",
            case.name
        );
        let candidates: Vec<_> = result
            .principal_candidates
            .iter()
            .map(|c| (c.jurisdiction, c.bases.clone()))
            .collect();
        assert_eq!(candidates, case.candidates, "{}: candidates", case.name);
        let mut questions: Vec<&str> = result.questions.iter().map(|q| q.code.as_str()).collect();
        questions.sort();
        assert_eq!(questions, case.questions, "{}: questions", case.name);
        for reason in &result.reasons {
            assert!(
                !reason.message.contains("SECRET"),
                "{}: a message leaks a credential number: {}",
                case.name,
                reason.message
            );
        }
    }
}
