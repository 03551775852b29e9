//! IMLC eligibility cases on board certification, medical school and graduate training.

use licensure_core::imlc::ImlcOutcome;
use licensure_core::model::{Answer, CertifyingBody, MedicalSchool};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "board certification expiring today is current",
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Abms, Some(today()), false),
            ],
            ..base()
        },
        Case {
            name: "a time-unlimited certificate counts",
            credentials: vec![md(TX), certification(CertifyingBody::Abms, None, true)],
            ..base()
        },
        Case {
            name: "a time-unlimited certificate counts whatever date is recorded",
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Aoa, Some(day(2001, 1, 1)), true),
            ],
            ..base()
        },
        Case {
            name: "a certificate with no expiry that is not time-unlimited is checked",
            credentials: vec![md(TX), certification(CertifyingBody::Abms, None, false)],
            outcome: ImlcOutcome::Verify,
            codes: &["board_certification_expiry_unknown"],
            ..base()
        },
        Case {
            credentials: vec![
                md(TX),
                certification(CertifyingBody::Other, Some(day(2030, 1, 1)), false),
            ],
            ..not_eligible(
                "certification outside ABMS and AOA does not count",
                &["board_certification_not_recognized"],
            )
        },
        Case {
            credentials: vec![md(TX)],
            ..not_eligible("no board certification", &["board_certification_missing"])
        },
        Case {
            name: "no certification is fine where the data says it is not required",
            credentials: vec![md(TX)],
            data: Data::standard()
                .imlc(|r| r.board_certification_required = fact(false))
                .build(),
            ..base()
        },
        Case {
            name: "an unknown certification rule gives verify",
            data: Data::standard()
                .imlc(|r| r.board_certification_required = unknown())
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &["board_certification_rule_unknown"],
            ..base()
        },
        Case {
            name: "an IMED-listed international school qualifies",
            profile: md_with(|p| p.education.school = MedicalSchool::ImedListed),
            ..base()
        },
        Case {
            profile: md_with(|p| p.education.school = MedicalSchool::NotListed),
            ..not_eligible(
                "an unlisted school fails",
                &["medical_school_not_recognized"],
            )
        },
        Case {
            name: "unknown school is a question",
            profile: md_with(|p| p.education.school = MedicalSchool::Unknown),
            outcome: ImlcOutcome::Verify,
            codes: &["medical_school_unknown"],
            questions: &["medical_school"],
            ..base()
        },
        Case {
            profile: md_with(|p| p.education.gme_completed = Answer::No),
            ..not_eligible(
                "graduate medical education not completed",
                &["gme_not_completed"],
            )
        },
        Case {
            name: "unknown GME is a question",
            profile: md_with(|p| p.education.gme_completed = Answer::Unknown),
            outcome: ImlcOutcome::Verify,
            codes: &["gme_unknown"],
            questions: &["gme"],
            ..base()
        },
        Case {
            profile: md_with(|p| p.history.discipline = Answer::Yes),
            ..not_eligible("disciplinary history", &["discipline"])
        },
        Case {
            profile: md_with(|p| p.history.criminal = Answer::Yes),
            ..not_eligible("criminal history", &["criminal_history"])
        },
    ]
}
