//! Interstate compacts by profession: which compact the clinician can use, whether they hold
//! its privilege today, what is missing, and which jurisdictions it reaches.
//!
//! Limits: membership and operational status come from the reference data only; a compact
//! that is not operational, or a status that is unknown, never counts as usable. Each
//! compact's own eligibility details (background checks, E.Passport, jurisprudence exams)
//! are left to its commission: an affirmative history answer gives "verify", not a verdict.
//! The IMLC (MD/DO) is summarised here from `imlc_eligibility`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::imlc::{imlc_eligibility, ImlcOutcome};
use crate::license_standing::{held_license, HeldLicense, LicenseStanding};
use crate::model::{
    Answer, Compact, CompactPrivilege, Credential, CredentialDetail, Profession, Profile,
};
use crate::reason::{worst, Outcome, Reason};
use crate::reference::{Citation, CompactStatus, Dataset};
use crate::Jurisdiction;

/// One compact the clinician's profession can use, and where they stand in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct CompactOption {
    pub compact: Compact,
    pub name: String,
    /// Met: a usable privilege is held. Missing: attainable. Verify: unknown. Blocked: not
    /// usable now.
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
    /// The home state (or, for the IMLC, the first State of Principal License candidate).
    pub home_state: Option<Jurisdiction>,
    /// Jurisdictions the compact reaches today.
    pub reaches: Vec<Jurisdiction>,
    /// Jurisdictions a privilege on record covers today.
    pub covered_now: Vec<Jurisdiction>,
    /// Steps still to take, in order.
    pub steps: Vec<String>,
    pub fee_usd: Option<u32>,
    pub typical_days: Option<u32>,
}

/// The compacts that can cover a profession.
pub fn compacts_for(profession: Profession) -> &'static [Compact] {
    match profession {
        Profession::Md | Profession::Do => &[Compact::Imlc],
        Profession::Rn | Profession::Lpn => &[Compact::Nlc],
        Profession::NpAprn => &[Compact::AprnCompact],
        Profession::Pa => &[Compact::PaCompact],
        Profession::Psychologist => &[Compact::Psypact],
        Profession::Counselor => &[Compact::Counseling],
        Profession::SocialWorker => &[Compact::SocialWork],
    }
}

/// Every compact option for the clinician's profession.
pub fn compact_options(
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<CompactOption> {
    compacts_for(profile.profession)
        .iter()
        .map(|&c| compact_option(c, profile, credentials, data, today))
        .collect()
}

/// Where the clinician stands in one compact.
pub fn compact_option(
    compact: Compact,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> CompactOption {
    let facts = data.compact(compact);
    let name = facts.map_or_else(|| default_name(compact).to_string(), |f| f.name.clone());
    let typical_days = facts.and_then(|f| f.typical_days.as_ref()?.known().copied());
    if !compacts_for(profile.profession).contains(&compact) {
        return CompactOption {
            compact,
            name,
            outcome: Outcome::Blocked,
            reasons: vec![Reason::new(
                "compact_not_for_profession",
                Outcome::Blocked,
                format!(
                    "This compact does not cover a {}.",
                    profile.profession.label().to_lowercase()
                ),
            )],
            home_state: None,
            reaches: Vec::new(),
            covered_now: Vec::new(),
            steps: Vec::new(),
            fee_usd: None,
            typical_days,
        };
    }
    let mut option = if compact == Compact::Imlc {
        imlc_option(profile, credentials, data, today)
    } else {
        privilege_option(compact, profile, credentials, data, today)
    };
    option.name = name;
    option.typical_days = typical_days;
    option.outcome = worst(&option.reasons);
    option
}

fn default_name(compact: Compact) -> &'static str {
    match compact {
        Compact::Imlc => "Interstate Medical Licensure Compact",
        Compact::Nlc => "Nurse Licensure Compact",
        Compact::Psypact => "PSYPACT",
        Compact::Counseling => "Counseling Compact",
        Compact::PaCompact => "PA Licensure Compact",
        Compact::AprnCompact => "APRN Compact",
        Compact::SocialWork => "Social Work Licensure Compact",
    }
}

/// A jurisdiction's standing in a compact on a date, with the fact behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Membership {
    /// None when unknown or conflicting.
    pub status: Option<CompactStatus>,
    pub citation: Option<Citation>,
}

/// The status of `j` in `compact` on `today`. A member whose implementation date is still
/// ahead counts as enacted but not implemented.
pub(crate) fn membership(
    data: &Dataset,
    compact: Compact,
    j: Jurisdiction,
    today: NaiveDate,
) -> Membership {
    let Some(fact) = data.jurisdiction(j).and_then(|f| f.compacts.get(&compact)) else {
        return Membership {
            status: None,
            citation: None,
        };
    };
    let status = fact.known().map(|m| match m.status {
        CompactStatus::Member | CompactStatus::MemberNotPrincipal
            if m.implemented.is_some_and(|d| d > today) =>
        {
            CompactStatus::EnactedNotImplemented
        }
        s => s,
    });
    Membership {
        status,
        citation: Some(fact.cite(format!("{} status of {}", default_name(compact), j.code()))),
    }
}

/// The status issues licenses or privileges now.
pub(crate) fn issues_licenses(status: CompactStatus) -> bool {
    matches!(
        status,
        CompactStatus::Member | CompactStatus::MemberNotPrincipal
    )
}

/// Jurisdictions issuing under `compact` on `today`.
fn issuing_states(data: &Dataset, compact: Compact, today: NaiveDate) -> Vec<Jurisdiction> {
    Jurisdiction::ALL
        .iter()
        .copied()
        .filter(|&j| {
            membership(data, compact, j, today)
                .status
                .is_some_and(issues_licenses)
        })
        .collect()
}

fn imlc_option(
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> CompactOption {
    let eligibility = imlc_eligibility(profile, credentials, data, today);
    let mut reasons = eligibility.reasons;
    let spl = eligibility
        .principal_candidates
        .first()
        .map(|c| c.jurisdiction);
    let loq_valid = eligibility.loq.is_valid();
    let mut steps = Vec::new();
    if eligibility.outcome == ImlcOutcome::Eligible {
        let spl_name = spl.map_or("your State of Principal License", |j| j.name());
        if loq_valid {
            reasons.push(Reason::new(
                "loq_valid",
                Outcome::Missing,
                "Your Letter of Qualification is valid: select the states you need on the IMLC portal.",
            ));
        } else {
            reasons.push(Reason::new(
                "imlc_eligible",
                Outcome::Missing,
                format!("You appear eligible for a Letter of Qualification through {spl_name}."),
            ));
            steps.push(format!(
                "Apply to the IMLC naming {spl_name} as State of Principal License and pay the Letter of Qualification fee"
            ));
            steps.push(format!(
                "Complete the fingerprint background check for the {spl_name} board"
            ));
        }
        steps.push("Select the member states you need and pay each state's license fee".into());
    } else {
        steps.extend(eligibility.questions.iter().map(|q| q.question.clone()));
    }
    let fee_usd = if loq_valid {
        None
    } else {
        data.imlc.loq_fee_usd.known().copied()
    };
    CompactOption {
        compact: Compact::Imlc,
        name: String::new(),
        outcome: Outcome::Verify,
        reasons,
        home_state: spl,
        reaches: eligibility.reachable_states,
        covered_now: Vec::new(),
        steps,
        fee_usd,
        typical_days: None,
    }
}

fn privilege_option(
    compact: Compact,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> CompactOption {
    let facts = data.compact(compact);
    let mut reasons = Vec::new();
    let mut reaches = issuing_states(data, compact, today);
    match facts.map(|f| (f.operational.known().copied(), &f.operational)) {
        None => reasons.push(Reason::new(
            "compact_facts_missing",
            Outcome::Verify,
            "The reference data has no facts about this compact.",
        )),
        Some((Some(true), _)) => {}
        Some((Some(false), fact)) => {
            reaches.clear();
            reasons.push(
                Reason::new(
                    "compact_not_operational",
                    Outcome::Blocked,
                    "The compact is enacted but does not grant privileges yet.",
                )
                .citing(fact.cite(format!("{} operational", default_name(compact)))),
            );
        }
        Some((None, fact)) => reasons.push(
            Reason::new(
                "compact_operational_unknown",
                Outcome::Verify,
                "Whether the compact grants privileges yet is not established in the reference data.",
            )
            .citing(fact.cite(format!("{} operational", default_name(compact)))),
        ),
    }

    let home_state = home_state(compact, profile, credentials, data, today, &mut reasons);
    let held = best_privilege(compact, credentials, today);
    let mut covered_now = Vec::new();
    match held {
        None => {
            reasons.push(Reason::new(
                "privilege_not_held",
                Outcome::Missing,
                "No privilege under this compact is on record.",
            ));
            history_review(profile, &mut reasons);
        }
        Some((credential, privilege, current)) => {
            let moved = home_state
                .filter(|&home| compact != Compact::PaCompact && privilege.home_state != home);
            let reason = match (moved, current) {
                (Some(home), _) => Reason::new(
                    "home_state_changed",
                    Outcome::Missing,
                    format!(
                        "Your compact privilege is based in {} but you live in {}: the home state must be your primary residence, so apply in {}.",
                        privilege.home_state.name(),
                        home.name(),
                        home.name()
                    ),
                ),
                (None, Some(true)) => {
                    covered_now = if privilege.privilege_states.is_empty() {
                        reaches.clone()
                    } else {
                        privilege.privilege_states.clone()
                    };
                    Reason::new(
                        "privilege_held",
                        Outcome::Met,
                        "A current compact privilege is on record.",
                    )
                }
                (None, Some(false)) => Reason::new(
                    "privilege_expired",
                    Outcome::Missing,
                    "Your compact privilege has expired: renew it.",
                ),
                (None, None) => Reason::new(
                    "privilege_expiry_unknown",
                    Outcome::Verify,
                    "Your compact privilege has no expiry date on record.",
                ),
            };
            reasons.push(reason.with_credential(&credential.id));
        }
    }
    let outcome = worst(&reasons);
    let steps = if matches!(outcome, Outcome::Missing | Outcome::Verify) {
        privilege_steps(compact, home_state)
    } else {
        Vec::new()
    };
    CompactOption {
        compact,
        name: String::new(),
        outcome,
        reasons,
        home_state,
        reaches,
        covered_now,
        steps,
        fee_usd: facts.and_then(|f| f.commission_fee_usd.as_ref()?.known().copied()),
        typical_days: None,
    }
}

/// The privilege on record for `compact` that serves best today, with whether it is
/// unexpired (None: no expiry recorded).
pub(crate) fn best_privilege(
    compact: Compact,
    credentials: &[Credential],
    today: NaiveDate,
) -> Option<(&Credential, &CompactPrivilege, Option<bool>)> {
    credentials
        .iter()
        .filter_map(|c| match &c.detail {
            CredentialDetail::CompactPrivilege(p) if p.compact == compact => {
                Some((c, p, p.expires.map(|d| d >= today)))
            }
            _ => None,
        })
        .max_by_key(|(_, _, current)| match current {
            Some(true) => 2,
            None => 1,
            Some(false) => 0,
        })
}

/// The compact's home state: the primary residence (the PA Compact: any participating
/// state with a qualifying license). Pushes what fails about it.
fn home_state(
    compact: Compact,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    reasons: &mut Vec<Reason>,
) -> Option<Jurisdiction> {
    if compact == Compact::PaCompact {
        let home = issuing_states(data, compact, today).into_iter().find(|&j| {
            matches!(
                held_license(profile.profession, credentials, j, today),
                HeldLicense::Held {
                    standing: LicenseStanding::FullUnrestricted,
                    ..
                }
            )
        });
        if home.is_none() {
            reasons.push(Reason::new(
                "qualifying_license_missing",
                Outcome::Missing,
                "The PA Compact needs a full, unrestricted license in a participating state.",
            ));
        }
        return home;
    }
    let Some(home) = profile.residence else {
        reasons.push(Reason::new(
            "residence_unknown",
            Outcome::Verify,
            "Record your primary residence: the compact's home state is where you live.",
        ));
        return None;
    };
    let name = home.name();
    let found = membership(data, compact, home, today);
    let cite = |r: Reason| match &found.citation {
        Some(c) => r.citing(c.clone()),
        None => r,
    };
    let refusal = match found.status {
        None => Some(Reason::new(
            "home_state_membership_unknown",
            Outcome::Verify,
            format!("The compact status of {name} is not established in the reference data."),
        )),
        Some(CompactStatus::NotMember) => Some(Reason::new(
            "home_state_not_member",
            Outcome::Blocked,
            format!("{name}, your home state, is not a member of the compact."),
        )),
        Some(CompactStatus::EnactedNotImplemented) => Some(Reason::new(
            "home_state_not_issuing",
            Outcome::Blocked,
            format!(
                "{name}, your home state, has enacted the compact but does not issue under it yet."
            ),
        )),
        Some(CompactStatus::Member | CompactStatus::MemberNotPrincipal) => None,
    };
    if let Some(r) = refusal {
        reasons.push(cite(r));
        return Some(home);
    }
    let refusal = match held_license(profile.profession, credentials, home, today) {
        HeldLicense::None => Reason::new(
            "home_license_missing",
            Outcome::Missing,
            format!("You need an active license in {name}, your home state."),
        ),
        HeldLicense::UnrecognizedType { credential_id } => Reason::new(
            "home_license_type_unrecognized",
            Outcome::Verify,
            format!("The license type recorded for {name} is not recognised for your profession."),
        )
        .with_credential(credential_id),
        HeldLicense::Held {
            credential_id,
            standing,
        } => match standing {
            LicenseStanding::FullUnrestricted => return Some(home),
            LicenseStanding::Restricted | LicenseStanding::Revoked => Reason::new(
                "home_license_not_unrestricted",
                Outcome::Blocked,
                format!("Your {name} license is not full and unrestricted."),
            ),
            LicenseStanding::NotActive => Reason::new(
                "home_license_not_active",
                Outcome::Missing,
                format!("Your {name} license is not active today."),
            ),
            LicenseStanding::ExpiryUnknown => Reason::new(
                "home_license_expiry_unknown",
                Outcome::Verify,
                format!("The expiry date of your {name} license is not recorded."),
            ),
        }
        .with_credential(credential_id),
    };
    reasons.push(cite(refusal));
    Some(home)
}

/// An affirmative history answer goes to the commission's review.
fn history_review(profile: &Profile, reasons: &mut Vec<Reason>) {
    let h = &profile.history;
    if [
        h.discipline,
        h.criminal,
        h.controlled_substance_action,
        h.open_investigation,
    ]
    .contains(&Answer::Yes)
    {
        reasons.push(Reason::new(
            "history_review",
            Outcome::Verify,
            "You answered yes to a discipline, criminal, controlled-substance or investigation question: the compact may refuse a privilege; check its rules.",
        ));
    }
}

fn privilege_steps(compact: Compact, home: Option<Jurisdiction>) -> Vec<String> {
    let home = home.map_or("your home state", |j| j.name());
    let steps: Vec<String> = match compact {
        Compact::Nlc => vec![
            format!("Ask the {home} board of nursing for a multistate license"),
            "Complete the background check the uniform licensure requirements ask for".into(),
        ],
        Compact::Psypact => vec![
            "Obtain the ASPPB E.Passport".into(),
            "Apply to PSYPACT for the Authority to Practice Interjurisdictional Telepsychology"
                .into(),
        ],
        Compact::Counseling => vec![
            format!("Keep your {home} license active and unrestricted"),
            "Buy a privilege to practise through the Counseling Compact for each state you need"
                .into(),
        ],
        Compact::SocialWork => vec![format!(
            "Apply to the {home} board for a multistate social work license once the compact issues them"
        )],
        Compact::PaCompact => vec![
            "Apply for a compact privilege in each state you need once the PA Compact issues them"
                .into(),
        ],
        Compact::AprnCompact => vec![format!(
            "Apply to the {home} board for a multistate APRN license once the APRN Compact is operational"
        )],
        Compact::Imlc => Vec::new(),
    };
    steps
}
