//! IMLC eligibility cases where little is known of where you live, work or pay tax, and
//! the professions the compact does not apply to.

use licensure_core::imlc::{ImlcOutcome, PrincipalBasis};
use licensure_core::model::{LicenseStatus, Profession};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use PrincipalBasis::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "nothing known about where you live, work or pay tax",
            profile: md_with(|p| {
                p.residence = None;
                p.employer_jurisdiction = None;
                p.tax_jurisdiction = None;
                p.practice_shares = Vec::new();
            }),
            outcome: ImlcOutcome::Verify,
            codes: &["spl_undetermined"],
            candidates: vec![],
            questions: &[
                "employer_location",
                "practice_shares",
                "residence",
                "tax_residence",
            ],
            ..base()
        },
        Case {
            name: "tax residence with other bases still unknown: verify",
            profile: md_with(|p| {
                p.residence = Some(HI);
                p.employer_jurisdiction = None;
                p.practice_shares = Vec::new();
            }),
            credentials: vec![md(HI), md(TX), abms()],
            outcome: ImlcOutcome::Verify,
            codes: &["spl_basis_unresolved", "spl_by_tax_residence"],
            candidates: vec![(TX, vec![FederalTaxResidence])],
            questions: &["employer_location", "practice_shares"],
            ..base()
        },
        Case {
            name: "a nurse practitioner gets not applicable",
            profile: clinician(Profession::NpAprn, Some(TX)),
            credentials: vec![license(
                "lic-tx",
                TX,
                "APRN",
                LicenseStatus::Active,
                Some(day(2027, 1, 1)),
            )],
            outcome: ImlcOutcome::NotApplicable,
            codes: &["imlc_not_applicable"],
            candidates: vec![],
            ..base()
        },
        Case {
            name: "a physician assistant gets not applicable",
            profile: clinician(Profession::Pa, Some(TX)),
            outcome: ImlcOutcome::NotApplicable,
            codes: &["imlc_not_applicable"],
            candidates: vec![],
            ..base()
        },
    ]
}
