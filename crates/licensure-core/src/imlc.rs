//! IMLC eligibility: whether an MD/DO can obtain a Letter of Qualification, through which
//! State of Principal License (SPL), what fails, and which answers are still missing.
//!
//! Limits: the criteria are those of the compact (section 4 of the model act, e.g. W. Va. Code
//! §30-1C-4, https://code.wvlegislature.gov/30-1C-4) and the commission's eligibility page; the
//! SPL board decides and may see what the records here do not. An unknown answer or an
//! unknown reference fact gives "verify", never "eligible". Federal tax residence serves as
//! the SPL basis only when no jurisdiction qualifies by residence, practice share or
//! employer (§30-1C-4(a)(4): "if no state qualifies under (1), (2) or (3)"); a jurisdiction
//! "qualifies" when it can be principal and holds the physician's full, unrestricted license.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::compact::{issues_licenses, membership};
use crate::model::{
    Answer, BoardCertification, CertifyingBody, Compact, Credential, CredentialDetail,
    ExamComponent, LicenseStatus, LoqStatus, MedicalSchool, Profile,
};
use crate::path::{held_license, HeldLicense, LicenseStanding};
use crate::reason::{worst, Outcome, Reason};
use crate::reference::{Citation, CompactStatus, Dataset};
use crate::Jurisdiction;

/// The answer to "can I use the IMLC?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImlcOutcome {
    /// Every requirement is met on the records (warnings may remain).
    Eligible,
    /// At least one requirement is definitely not met.
    NotEligible,
    /// Nothing fails, but something is unknown: answer the questions or check the data.
    Verify,
    /// The IMLC covers MD and DO physicians only.
    NotApplicable,
}

/// Why a jurisdiction can serve as State of Principal License.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum PrincipalBasis {
    PrimaryResidence,
    /// At least the minimum share of the physician's practice happens there.
    PracticeShare,
    EmployerLocation,
    /// Only when no jurisdiction qualifies on the three other bases.
    FederalTaxResidence,
}

/// A jurisdiction that can serve as State of Principal License.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PrincipalCandidate {
    pub jurisdiction: Jurisdiction,
    pub bases: Vec<PrincipalBasis>,
    /// The full, unrestricted license held there.
    pub license_credential_id: String,
    pub citations: Vec<Citation>,
}

/// An input still unknown, as a question to put to the clinician.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Question {
    /// Stable, snake_case ("discipline").
    pub code: String,
    pub question: String,
    /// The profile field that answers it ("history.discipline").
    pub profile_field: String,
}

impl Question {
    fn new(code: &str, question: &str, profile_field: &str) -> Self {
        Question {
            code: code.to_string(),
            question: question.to_string(),
            profile_field: profile_field.to_string(),
        }
    }
}

/// Where the clinician's Letter of Qualification stands today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LoqStanding {
    /// No Letter of Qualification on record.
    None,
    Applied {
        credential_id: String,
        principal_state: Jurisdiction,
        applied: Option<NaiveDate>,
    },
    /// Issued and not past its last valid day, or of unknown expiry (`expires` None).
    Issued {
        credential_id: String,
        principal_state: Jurisdiction,
        /// Last day the letter is valid.
        expires: Option<NaiveDate>,
        /// Days from today to the last valid day (0 on that day).
        days_left: Option<u32>,
    },
    Expired {
        credential_id: String,
        principal_state: Jurisdiction,
        expired: NaiveDate,
    },
}

impl LoqStanding {
    /// Issued with a known expiry that has not passed: states can be selected without a new
    /// application.
    pub fn is_valid(&self) -> bool {
        matches!(
            self,
            LoqStanding::Issued {
                days_left: Some(_),
                ..
            }
        )
    }
}

/// Everything the IMLC rules say about this clinician today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcEligibility {
    pub outcome: ImlcOutcome,
    /// Jurisdictions that can serve as State of Principal License, and why.
    pub principal_candidates: Vec<PrincipalCandidate>,
    /// Every requirement that failed, is unknown or carries a warning (met ones are omitted).
    pub reasons: Vec<Reason>,
    /// Inputs still unknown.
    pub questions: Vec<Question>,
    /// Members that issue compact licenses today (principal-capable or not).
    pub reachable_states: Vec<Jurisdiction>,
    pub loq: LoqStanding,
}

/// IMLC eligibility of the clinician as of `today`.
pub fn imlc_eligibility(
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> ImlcEligibility {
    let loq = loq_standing(credentials, data, today);
    if !profile.profession.is_physician() {
        return ImlcEligibility {
            outcome: ImlcOutcome::NotApplicable,
            principal_candidates: Vec::new(),
            reasons: vec![Reason::new(
                "imlc_not_applicable",
                Outcome::Blocked,
                format!(
                    "The IMLC covers MD and DO physicians only; it does not apply to a {}.",
                    profile.profession.label().to_lowercase()
                ),
            )],
            questions: Vec::new(),
            reachable_states: Vec::new(),
            loq,
        };
    }
    let mut check = Check::default();
    let principal_candidates = principal_state(profile, credentials, data, today, &mut check);
    licenses_on_record(profile, credentials, &mut check);
    board_certification(credentials, data, today, &mut check);
    exams(profile, data, &mut check);
    education(profile, &mut check);
    history(profile, &mut check);
    let outcome = match worst(&check.reasons) {
        Outcome::Met | Outcome::Warning => ImlcOutcome::Eligible,
        Outcome::Verify => ImlcOutcome::Verify,
        Outcome::Missing | Outcome::Blocked => ImlcOutcome::NotEligible,
    };
    ImlcEligibility {
        outcome,
        principal_candidates,
        reasons: check.reasons,
        questions: check.questions,
        reachable_states: reachable_states(data, today),
        loq,
    }
}

/// Members issuing compact licenses on `today`.
pub fn reachable_states(data: &Dataset, today: NaiveDate) -> Vec<Jurisdiction> {
    Jurisdiction::ALL
        .iter()
        .copied()
        .filter(|&j| {
            membership(data, Compact::Imlc, j, today)
                .status
                .is_some_and(issues_licenses)
        })
        .collect()
}

/// Failed requirements and open questions, collected as the rules run.
#[derive(Default)]
struct Check {
    reasons: Vec<Reason>,
    questions: Vec<Question>,
}

impl Check {
    fn unknown(&mut self, reason: Reason, question: Question) {
        self.reasons.push(reason);
        self.questions.push(question);
    }
}

fn principal_state(
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    check: &mut Check,
) -> Vec<PrincipalCandidate> {
    let criteria = data
        .imlc
        .min_practice_share_percent
        .cite("IMLC State of Principal License criteria");
    let mut open: Vec<Question> = Vec::new();
    let mut rule_unknown: Option<Reason> = None;
    let mut bases: Vec<(Jurisdiction, Vec<PrincipalBasis>)> = Vec::new();
    let mut add =
        |j: Jurisdiction, basis: PrincipalBasis| match bases.iter_mut().find(|(s, _)| *s == j) {
            Some((_, list)) => list.push(basis),
            None => bases.push((j, vec![basis])),
        };

    match profile.residence {
        Some(j) => add(j, PrincipalBasis::PrimaryResidence),
        None => open.push(Question::new(
            "residence",
            "In which state or territory is your primary residence?",
            "residence",
        )),
    }
    if profile.practice_shares.is_empty() {
        open.push(Question::new(
            "practice_shares",
            "In which jurisdictions do you practise, and what share of your practice is in each?",
            "practice_shares",
        ));
    } else {
        match data.imlc.min_practice_share_percent.known() {
            Some(&min) => profile
                .practice_shares
                .iter()
                .filter(|s| s.percent >= min)
                .for_each(|s| add(s.jurisdiction, PrincipalBasis::PracticeShare)),
            None => {
                rule_unknown = Some(
                    Reason::new(
                        "practice_share_rule_unknown",
                        Outcome::Verify,
                        "The minimum practice share for the State of Principal License is not \
                         established in the reference data.",
                    )
                    .citing(criteria.clone()),
                )
            }
        }
    }
    match profile.employer_jurisdiction {
        Some(j) => add(j, PrincipalBasis::EmployerLocation),
        None => open.push(Question::new(
            "employer_location",
            "In which state or territory is your main employer located?",
            "employer_jurisdiction",
        )),
    }

    let mut candidates = Vec::new();
    let mut failures = Vec::new();
    for (j, list) in bases.iter() {
        match principal_fitness(*j, profile, credentials, data, today) {
            Ok((id, citations)) => candidates.push(PrincipalCandidate {
                jurisdiction: *j,
                bases: list.clone(),
                license_credential_id: id,
                citations,
            }),
            Err(reason) => failures.push(reason),
        }
    }
    if !candidates.is_empty() {
        return candidates;
    }

    let unresolved = |open: &[Question], failures: &[Reason], rule: &Option<Reason>| {
        !open.is_empty() || rule.is_some() || failures.iter().any(|r| r.outcome == Outcome::Verify)
    };
    match profile.tax_jurisdiction {
        Some(t) if bases.iter().any(|(j, _)| *j == t) => {}
        Some(t) => match principal_fitness(t, profile, credentials, data, today) {
            Ok((id, citations)) => {
                check.reasons.push(
                    Reason::new(
                        "spl_by_tax_residence",
                        Outcome::Warning,
                        format!(
                            "{} can serve as State of Principal License only as your federal tax \
                             residence, which counts only when no state qualifies by residence, \
                             practice share or employer; the {} board will confirm.",
                            t.name(),
                            t.name()
                        ),
                    )
                    .citing(criteria.clone()),
                );
                if unresolved(&open, &failures, &rule_unknown) {
                    check.reasons.push(
                        Reason::new(
                            "spl_basis_unresolved",
                            Outcome::Verify,
                            "Federal tax residence counts only if no state qualifies on the other \
                             bases, and some of those are still unknown.",
                        )
                        .citing(criteria),
                    );
                    check.reasons.extend(rule_unknown);
                    check.questions.extend(open);
                }
                return vec![PrincipalCandidate {
                    jurisdiction: t,
                    bases: vec![PrincipalBasis::FederalTaxResidence],
                    license_credential_id: id,
                    citations,
                }];
            }
            Err(reason) => failures.push(reason),
        },
        None => open.push(Question::new(
            "tax_residence",
            "Which state or territory is your residence for federal income tax?",
            "tax_jurisdiction",
        )),
    }

    if unresolved(&open, &failures, &rule_unknown) {
        // The SPL requirement as a whole is undecided: a state that fails may be replaced by
        // one not yet known, so no failure here is final.
        for reason in failures.iter_mut() {
            reason.outcome = Outcome::Verify;
        }
        check.reasons.push(
            Reason::new(
                "spl_undetermined",
                Outcome::Verify,
                "No State of Principal License is confirmed yet: answer the open questions.",
            )
            .citing(criteria),
        );
        check.reasons.extend(rule_unknown);
        check.questions.extend(open);
    } else if failures.is_empty() {
        check.reasons.push(
            Reason::new(
                "spl_none",
                Outcome::Blocked,
                "No jurisdiction can serve as your State of Principal License.",
            )
            .citing(criteria),
        );
    }
    check.reasons.extend(failures);
    Vec::new()
}

/// Whether `j` can be the SPL: a principal-capable member holding the physician's full,
/// unrestricted, unexpired license. Ok carries the license's id and the citations.
fn principal_fitness(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Result<(String, Vec<Citation>), Reason> {
    let found = membership(data, Compact::Imlc, j, today);
    let refuse = |code: &'static str, outcome: Outcome, message: String| {
        let reason = Reason::new(code, outcome, message);
        match &found.citation {
            Some(c) => reason.citing(c.clone()),
            None => reason,
        }
    };
    let name = j.name();
    match found.status {
        None => {
            return Err(refuse(
                "spl_membership_unknown",
                Outcome::Verify,
                format!("The IMLC status of {name} is not established in the reference data."),
            ))
        }
        Some(CompactStatus::NotMember) => {
            return Err(refuse(
                "spl_not_member",
                Outcome::Blocked,
                format!(
                    "{name} is not an IMLC member and cannot be your State of Principal License."
                ),
            ))
        }
        Some(CompactStatus::EnactedNotImplemented) => {
            return Err(refuse(
                "spl_not_implemented",
                Outcome::Blocked,
                format!("{name} has enacted the IMLC but does not issue through it yet."),
            ))
        }
        Some(CompactStatus::MemberNotPrincipal) => {
            return Err(refuse(
                "spl_not_principal_capable",
                Outcome::Blocked,
                format!(
                    "{name} issues IMLC licenses but cannot serve as State of Principal License."
                ),
            ))
        }
        Some(CompactStatus::Member) => {}
    }
    let with_id = |reason: Reason, id: &str| reason.with_credential(id);
    match held_license(profile.profession, credentials, j, today) {
        HeldLicense::None => Err(refuse(
            "spl_license_missing",
            Outcome::Missing,
            format!("You hold no medical license in {name}, so it cannot be your State of Principal License."),
        )),
        HeldLicense::UnrecognizedType { credential_id } => Err(with_id(
            refuse(
                "spl_license_type_unrecognized",
                Outcome::Verify,
                format!("The license type recorded for {name} is not recognised as a physician license."),
            ),
            credential_id,
        )),
        HeldLicense::Held {
            credential_id,
            standing,
        } => {
            let fail = |code: &'static str, outcome: Outcome, message: String| {
                Err(with_id(refuse(code, outcome, message), credential_id))
            };
            match standing {
                LicenseStanding::FullUnrestricted => Ok((
                    credential_id.to_string(),
                    found.citation.into_iter().collect(),
                )),
                LicenseStanding::Restricted | LicenseStanding::Revoked => fail(
                    "license_not_full_unrestricted",
                    Outcome::Blocked,
                    format!("Your {name} license is not full and unrestricted."),
                ),
                LicenseStanding::NotActive => fail(
                    "spl_license_not_active",
                    Outcome::Missing,
                    format!("Your {name} license is not active today."),
                ),
                LicenseStanding::ExpiryUnknown => fail(
                    "spl_license_expiry_unknown",
                    Outcome::Verify,
                    format!("The expiry date of your {name} license is not recorded."),
                ),
            }
        }
    }
}

/// Licenses on probation or revoked are discipline; a restriction may be.
fn licenses_on_record(profile: &Profile, credentials: &[Credential], check: &mut Check) {
    for credential in credentials {
        let CredentialDetail::StateLicense(license) = &credential.detail else {
            continue;
        };
        if !crate::path::license_type_fits(profile.profession, &license.license_type) {
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

fn board_certification(
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

fn exams(profile: &Profile, data: &Dataset, check: &mut Check) {
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

fn education(profile: &Profile, check: &mut Check) {
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

fn history(profile: &Profile, check: &mut Check) {
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

/// The most useful Letter of Qualification on record: a valid one with the latest expiry,
/// then one of unknown expiry, then the latest expired, then an application.
pub fn loq_standing(credentials: &[Credential], data: &Dataset, today: NaiveDate) -> LoqStanding {
    let validity = data.imlc.loq_validity_days.known().copied();
    let mut best: Option<((u8, Option<NaiveDate>), LoqStanding)> = None;
    for credential in credentials {
        let CredentialDetail::ImlcLoq(loq) = &credential.detail else {
            continue;
        };
        let id = credential.id.clone();
        let principal_state = loq.principal_state;
        let (rank, standing) = match loq.status {
            LoqStatus::Applied => (
                (1, loq.applied),
                LoqStanding::Applied {
                    credential_id: id,
                    principal_state,
                    applied: loq.applied,
                },
            ),
            LoqStatus::Issued => {
                let expires = loq.expires.or_else(|| {
                    let days = validity?.checked_sub(1)?;
                    loq.issued?.checked_add_days(Days::new(u64::from(days)))
                });
                match expires {
                    Some(last) if last < today => (
                        (2, Some(last)),
                        LoqStanding::Expired {
                            credential_id: id,
                            principal_state,
                            expired: last,
                        },
                    ),
                    Some(last) => (
                        (4, Some(last)),
                        LoqStanding::Issued {
                            credential_id: id,
                            principal_state,
                            expires: Some(last),
                            days_left: Some(
                                u32::try_from((last - today).num_days()).unwrap_or(u32::MAX),
                            ),
                        },
                    ),
                    None => (
                        (3, None),
                        LoqStanding::Issued {
                            credential_id: id,
                            principal_state,
                            expires: None,
                            days_left: None,
                        },
                    ),
                }
            }
        };
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, standing));
        }
    }
    best.map_or(LoqStanding::None, |(_, s)| s)
}
