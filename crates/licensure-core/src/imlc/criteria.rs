//! The IMLC's other criteria: licenses on record, board certification, exams, education and
//! history.

use chrono::NaiveDate;

use crate::model::{
    Answer, BoardCertification, CertifyingBody, Credential, CredentialDetail, ExamComponent,
    LicenseStatus, MedicalSchool, Profile,
};
use crate::reason::{Outcome, Reason};
use crate::reference::Dataset;

use super::{Check, Question};

/// Licenses on probation or revoked are discipline; a restriction may be.
pub(super) fn licenses_on_record(profile: &Profile, credentials: &[Credential], check: &mut Check) {
    for credential in credentials {
        let CredentialDetail::StateLicense(license) = &credential.detail else {
            continue;
        };
        if !crate::license_standing::license_type_fits(profile.profession, &license.license_type) {
            continue;
        }
        let name = license.jurisdiction.name();
        let reason = match license.status {
            LicenseStatus::Probation | LicenseStatus::Revoked => Reason::new(
                "discipline_on_record",
                Outcome::Blocked,
                format!("Your {name} license is on probation or revoked: the IMLC requires no disciplinary history."),
            ),
            LicenseStatus::Restricted => Reason::new(
                "license_restriction_on_record",
                Outcome::Verify,
                format!("Your {name} license is restricted: if the restriction is disciplinary, the IMLC is closed to you."),
            ),
            _ => continue,
        };
        check.reasons.push(reason.with_credential(&credential.id));
    }
}

pub(super) fn board_certification(
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    check: &mut Check,
) {
    let rule = &data.imlc.board_certification_required;
    let cite = rule.cite("IMLC board certification requirement");
    match rule.known() {
        Some(false) => return,
        None => {
            check.reasons.push(
                Reason::new(
                    "board_certification_rule_unknown",
                    Outcome::Verify,
                    "Whether the IMLC requires board certification is not established in the reference data.",
                )
                .citing(cite),
            );
            return;
        }
        Some(true) => {}
    }
    let certificates: Vec<(&Credential, &BoardCertification)> = credentials
        .iter()
        .filter_map(|c| match &c.detail {
            CredentialDetail::BoardCertification(b) => Some((c, b)),
            _ => None,
        })
        .collect();
    let recognised: Vec<&(&Credential, &BoardCertification)> = certificates
        .iter()
        .filter(|(_, b)| matches!(b.body, CertifyingBody::Abms | CertifyingBody::Aoa))
        .collect();
    let current =
        |b: &BoardCertification| b.time_unlimited || b.expires.is_some_and(|d| d >= today);
    if recognised.iter().any(|(_, b)| current(b)) {
        return;
    }
    let reason = if let Some((c, _)) = recognised
        .iter()
        .find(|(_, b)| !b.time_unlimited && b.expires.is_none())
    {
        Reason::new(
            "board_certification_expiry_unknown",
            Outcome::Verify,
            "Your board certification has no expiry date on record and is not marked time-unlimited.",
        )
        .with_credential(&c.id)
    } else if let Some((c, _)) = recognised.iter().max_by_key(|(_, b)| b.expires) {
        Reason::new(
            "board_certification_expired",
            Outcome::Missing,
            "Your ABMS/AOA board certification has expired: the IMLC requires a current or time-unlimited one.",
        )
        .with_credential(&c.id)
    } else if let Some((c, _)) = certificates.first() {
        Reason::new(
            "board_certification_not_recognized",
            Outcome::Blocked,
            "Your board certification is not from an ABMS member board or the AOA: the IMLC does not accept it.",
        )
        .with_credential(&c.id)
    } else {
        Reason::new(
            "board_certification_missing",
            Outcome::Missing,
            "No board certification on record: the IMLC requires an ABMS or AOA specialty certification.",
        )
    };
    check.reasons.push(reason.citing(cite));
}

fn exam_label(component: ExamComponent) -> &'static str {
    match component {
        ExamComponent::UsmleStep1 => "USMLE Step 1",
        ExamComponent::UsmleStep2Ck => "USMLE Step 2 CK",
        ExamComponent::UsmleStep3 => "USMLE Step 3",
        ExamComponent::ComlexLevel1 => "COMLEX-USA Level 1",
        ExamComponent::ComlexLevel2Ce => "COMLEX-USA Level 2-CE",
        ExamComponent::ComlexLevel3 => "COMLEX-USA Level 3",
    }
}

/// Each level of the licensing exam, in either series.
const EXAM_LEVELS: [[ExamComponent; 2]; 3] = [
    [ExamComponent::UsmleStep1, ExamComponent::ComlexLevel1],
    [ExamComponent::UsmleStep2Ck, ExamComponent::ComlexLevel2Ce],
    [ExamComponent::UsmleStep3, ExamComponent::ComlexLevel3],
];

pub(super) fn exams(profile: &Profile, data: &Dataset, check: &mut Check) {
    let rule = &data.imlc.max_exam_attempts;
    let cite = rule.cite("IMLC exam attempt limit");
    let recorded: Vec<_> = profile
        .exam_attempts
        .iter()
        .filter(|e| e.attempts >= 1)
        .collect();
    match rule.known() {
        Some(&max) => {
            for e in recorded.iter().filter(|e| e.attempts > max) {
                check.reasons.push(
                    Reason::new(
                        "exam_attempts_exceeded",
                        Outcome::Blocked,
                        format!(
                            "{} took {} attempts; the IMLC allows at most {} per component.",
                            exam_label(e.component),
                            e.attempts,
                            max
                        ),
                    )
                    .citing(cite.clone()),
                );
            }
        }
        None => check.reasons.push(
            Reason::new(
                "exam_rule_unknown",
                Outcome::Verify,
                "The IMLC's limit on exam attempts is not established in the reference data.",
            )
            .citing(cite.clone()),
        ),
    }
    let missing_level = EXAM_LEVELS
        .iter()
        .any(|level| !recorded.iter().any(|e| level.contains(&e.component)));
    if missing_level {
        check.unknown(
            Reason::new(
                "exam_attempts_unknown",
                Outcome::Verify,
                "The attempts for each USMLE step or COMLEX-USA level are not all recorded.",
            )
            .citing(cite),
            Question::new(
                "exam_attempts",
                "How many attempts did it take to pass each USMLE step or COMLEX-USA level?",
                "exam_attempts",
            ),
        );
    }
}

pub(super) fn education(profile: &Profile, check: &mut Check) {
    match profile.education.school {
        MedicalSchool::Accredited | MedicalSchool::ImedListed => {}
        MedicalSchool::NotListed => check.reasons.push(Reason::new(
            "medical_school_not_recognized",
            Outcome::Blocked,
            "The IMLC requires a degree from an LCME- or COCA-accredited school or one listed in the International Medical Education Directory.",
        )),
        MedicalSchool::Unknown => check.unknown(
            Reason::new(
                "medical_school_unknown",
                Outcome::Verify,
                "Whether your medical school is accredited or directory-listed is not recorded.",
            ),
            Question::new(
                "medical_school",
                "Is your medical school LCME- or COCA-accredited, or listed in the International Medical Education Directory?",
                "education.school",
            ),
        ),
    }
    match profile.education.gme_completed {
        Answer::Yes => {}
        Answer::No => check.reasons.push(Reason::new(
            "gme_not_completed",
            Outcome::Blocked,
            "The IMLC requires completed ACGME- or AOA-accredited graduate medical education.",
        )),
        Answer::Unknown => check.unknown(
            Reason::new(
                "gme_unknown",
                Outcome::Verify,
                "Completion of accredited graduate medical education is not recorded.",
            ),
            Question::new(
                "gme",
                "Did you complete an ACGME- or AOA-accredited residency?",
                "education.gme_completed",
            ),
        ),
    }
}

/// One history question: the answer, the reason codes for yes and unknown, and the texts.
struct HistoryItem {
    answer: Answer,
    code: &'static str,
    failure: &'static str,
    question: &'static str,
    field: &'static str,
}

pub(super) fn history(profile: &Profile, check: &mut Check) {
    let h = &profile.history;
    let items = [
        HistoryItem {
            answer: h.discipline,
            code: "discipline",
            failure: "The IMLC requires no history of disciplinary action on any medical license.",
            question: "Has any medical license of yours ever been subject to disciplinary action?",
            field: "history.discipline",
        },
        HistoryItem {
            answer: h.criminal,
            code: "criminal_history",
            failure: "The IMLC requires no criminal history.",
            question: "Do you have any criminal history?",
            field: "history.criminal",
        },
        HistoryItem {
            answer: h.controlled_substance_action,
            code: "controlled_substance_action",
            failure: "The IMLC requires no history of controlled-substance action against your license or registration.",
            question: "Has any action ever been taken against your controlled-substance license or DEA registration?",
            field: "history.controlled_substance_action",
        },
        HistoryItem {
            answer: h.open_investigation,
            code: "open_investigation",
            failure: "The IMLC requires that you are not under active investigation.",
            question: "Are you currently under investigation by any licensing agency or law enforcement?",
            field: "history.open_investigation",
        },
    ];
    for item in items {
        match item.answer {
            Answer::No => {}
            Answer::Yes => {
                check
                    .reasons
                    .push(Reason::new(item.code, Outcome::Blocked, item.failure))
            }
            Answer::Unknown => check.unknown(
                Reason::new(
                    format!("{}_unknown", item.code),
                    Outcome::Verify,
                    format!("Not answered yet. {}", item.failure),
                ),
                Question::new(item.code, item.question, item.field),
            ),
        }
    }
}
