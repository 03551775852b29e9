//! The State of Principal License: which jurisdictions can serve, on which basis, and what
//! the clinician would need when none can.

use chrono::NaiveDate;

use crate::compact::membership;
use crate::license_standing::{held_license, HeldLicense, LicenseStanding};
use crate::model::{Compact, Credential, Profile};
use crate::reason::{Outcome, Reason};
use crate::reference::{Citation, CompactStatus, Dataset};
use crate::Jurisdiction;

use super::{Check, PrincipalBasis, PrincipalCandidate, Question};

pub(super) fn principal_state(
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

    // Whatever the open answers, a jurisdiction serves only where a full, unrestricted
    // license is held in a member that can be principal: with none anywhere, no answer can
    // make the physician eligible, so none is asked.
    let any_capable = Jurisdiction::ALL.iter().any(|&j| {
        if held_license(profile.profession, credentials, j, today) == HeldLicense::None {
            return false;
        }
        match principal_fitness(j, profile, credentials, data, today) {
            Ok(_) => true,
            // Not established (membership, license type, expiry): it may yet serve.
            Err(reason) => reason.outcome == Outcome::Verify,
        }
    });
    if !any_capable {
        check.reasons.push(
            Reason::new(
                "spl_no_principal_license",
                Outcome::Missing,
                no_principal_license(profile, data, today, &bases),
            )
            .citing(criteria),
        );
        check.no_answer_helps = true;
        check.reasons.extend(failures);
        return Vec::new();
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
pub(super) fn principal_fitness(
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

/// How a physician with no license in a principal-capable member becomes eligible: a full
/// license in a member that can be principal and where they live, work for their main
/// employer or practise enough — the ones their profile names first, else the fastest.
fn no_principal_license(
    profile: &Profile,
    data: &Dataset,
    today: NaiveDate,
    bases: &[(Jurisdiction, Vec<PrincipalBasis>)],
) -> String {
    let capable = |j: Jurisdiction| {
        membership(data, Compact::Imlc, j, today).status == Some(CompactStatus::Member)
    };
    let days = |j: Jurisdiction| {
        data.jurisdiction(j)
            .and_then(|f| f.full_license.known())
            .and_then(|f| f.typical_days)
    };
    let mut named: Vec<Jurisdiction> = bases
        .iter()
        .map(|(j, _)| *j)
        .chain(profile.tax_jurisdiction)
        .filter(|&j| capable(j))
        .collect();
    named.dedup();
    let lead = "You hold no full, unrestricted license in an IMLC member state that can be your \
                State of Principal License, so you are not eligible today, whatever the other \
                answers.";
    if !named.is_empty() {
        let list: Vec<String> = named.iter().map(|&j| describe(j, days(j))).collect();
        return format!(
            "{lead} A full license in {} would qualify you: you live, work or practise there.",
            list.join(" or ")
        );
    }
    let mut fastest: Vec<(Jurisdiction, u32)> = Jurisdiction::ALL
        .iter()
        .filter(|&&j| capable(j))
        .filter_map(|&j| days(j).map(|d| (j, d)))
        .collect();
    fastest.sort_by_key(|&(j, d)| (d, j));
    let list: Vec<String> = fastest
        .iter()
        .take(3)
        .map(|&(j, d)| describe(j, Some(d)))
        .collect();
    format!(
        "{lead} To become eligible, hold a full license in a member state that can be \
         principal and where you live, work for your main employer or practise at least the \
         minimum share; the fastest to license are {}.",
        list.join(", ")
    )
}

fn describe(j: Jurisdiction, days: Option<u32>) -> String {
    match days {
        Some(d) => format!("{} (about {d} days)", j.name()),
        None => j.name().to_string(),
    }
}
