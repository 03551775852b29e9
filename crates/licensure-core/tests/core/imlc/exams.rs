//! IMLC eligibility cases on the licensing exams: levels, attempts, USMLE and COMLEX.

use licensure_core::imlc::ImlcOutcome;
use licensure_core::model::{CertifyingBody, ExamComponent, LicenseStatus, Profession};
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

use ExamComponent::*;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "clean Texas physician is eligible through TX on three bases",
            ..base()
        },
        Case {
            name: "an exam passed in exactly three attempts still qualifies",
            profile: md_with(|p| {
                p.exam_attempts = exams(&[(UsmleStep1, 3), (UsmleStep2Ck, 1), (UsmleStep3, 2)])
            }),
            ..base()
        },
        Case {
            profile: md_with(|p| {
                p.exam_attempts = exams(&[(UsmleStep1, 1), (UsmleStep2Ck, 4), (UsmleStep3, 1)])
            }),
            ..not_eligible(
                "four attempts at one component fails",
                &["exam_attempts_exceeded"],
            )
        },
        Case {
            name: "a DO with COMLEX levels in at most three attempts qualifies",
            profile: md_with(|p| {
                p.profession = Profession::Do;
                p.exam_attempts =
                    exams(&[(ComlexLevel1, 2), (ComlexLevel2Ce, 3), (ComlexLevel3, 1)]);
            }),
            credentials: vec![
                license(
                    "lic-tx",
                    TX,
                    "D.O.",
                    LicenseStatus::Active,
                    Some(day(2027, 1, 1)),
                ),
                certification(CertifyingBody::Aoa, Some(day(2029, 1, 1)), false),
            ],
            ..base()
        },
        Case {
            name: "a missing exam level is a question, never a pass",
            profile: md_with(|p| p.exam_attempts = exams(&[(UsmleStep1, 1), (UsmleStep2Ck, 1)])),
            outcome: ImlcOutcome::Verify,
            codes: &["exam_attempts_unknown"],
            questions: &["exam_attempts"],
            ..base()
        },
        Case {
            name: "mixed USMLE and COMLEX levels cover all three levels",
            profile: md_with(|p| {
                p.exam_attempts = exams(&[(UsmleStep1, 1), (ComlexLevel2Ce, 1), (ComlexLevel3, 1)])
            }),
            ..base()
        },
        Case {
            name: "an unknown attempt limit in the data gives verify",
            data: Data::standard()
                .imlc(|r| r.max_exam_attempts = unknown())
                .build(),
            outcome: ImlcOutcome::Verify,
            codes: &["exam_rule_unknown"],
            ..base()
        },
    ]
}
