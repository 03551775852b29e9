//! The fastest path to practising in a jurisdiction: authority already held, then compact
//! licenses and privileges, telehealth registrations and exceptions, and a full license,
//! each with what is missing, fees and typical time from the reference data.
//!
//! Limits: a route says whether authority exists or can be obtained for the profession; it
//! does not judge a particular offer (modalities, controlled substances, malpractice): the
//! offer verdict does. Unknown reference data gives "verify"; an exception is never "met",
//! because its conditions depend on the visit. License types are matched on the names
//! boards commonly use; an unrecognised type gives "verify".

use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::compact::{best_privilege, compact_option, compacts_for, issues_licenses, membership};
use crate::imlc::{imlc_eligibility, ImlcEligibility, ImlcOutcome};
use crate::model::{
    Compact, CompactPrivilege, Credential, CredentialDetail, LicenseStatus, Profession, Profile,
    StateLicense,
};
use crate::reason::{worst, Outcome, Reason};
use crate::reference::{Citation, CompactStatus, Dataset, TelehealthRoute, TelehealthRouteKind};
use crate::Jurisdiction;

/// A kind of route to authority in a jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    AlreadyAuthorized,
    CompactLicense,
    CompactPrivilege,
    TelehealthRegistration,
    TelehealthException,
    FullLicense,
}

/// One route, with what it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct Route {
    pub kind: RouteKind,
    pub name: String,
    /// Met (or Warning): usable now. Missing: attainable with the steps. Verify: unknown.
    /// Blocked: not available to this clinician.
    pub outcome: Outcome,
    /// Why the route is (not) open, what is missing.
    pub reasons: Vec<Reason>,
    /// Steps the clinician still has to take, in order.
    pub steps: Vec<String>,
    pub fee_usd: Option<u32>,
    pub typical_days: Option<u32>,
    /// The reference facts behind the fee and time.
    pub citations: Vec<Citation>,
}

impl Route {
    fn new(kind: RouteKind, name: impl Into<String>, reasons: Vec<Reason>) -> Self {
        Route {
            kind,
            name: name.into(),
            outcome: worst(&reasons),
            reasons,
            steps: Vec::new(),
            fee_usd: None,
            typical_days: None,
            citations: Vec::new(),
        }
    }

    fn steps(mut self, steps: Vec<String>) -> Self {
        self.steps = steps;
        self
    }

    fn costs(mut self, fee_usd: Option<u32>, typical_days: Option<u32>) -> Self {
        self.fee_usd = fee_usd;
        self.typical_days = typical_days;
        self
    }

    fn citing(mut self, citation: Option<Citation>) -> Self {
        self.citations.extend(citation);
        self
    }

    /// Usable now, attainable, unknown, closed.
    fn rank(&self) -> (u8, u8, u32) {
        let group = match self.outcome {
            Outcome::Met | Outcome::Warning => 0,
            Outcome::Missing => 1,
            Outcome::Verify => 2,
            Outcome::Blocked => 3,
        };
        let kind = match self.kind {
            RouteKind::AlreadyAuthorized => 0,
            RouteKind::CompactLicense | RouteKind::CompactPrivilege => 1,
            RouteKind::TelehealthRegistration | RouteKind::TelehealthException => 2,
            RouteKind::FullLicense => 3,
        };
        (group, kind, self.typical_days.unwrap_or(u32::MAX))
    }
}

/// All routes to one jurisdiction, fastest usable first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct PathToState {
    pub jurisdiction: Jurisdiction,
    // Shared: an offer verdict points at the fastest route of its state without copying it.
    pub routes: Vec<Arc<Route>>,
}

/// Routes to authority in `jurisdiction` as of `today`: usable ones first, then attainable,
/// then unknown, then closed; within a group authority held, compacts, telehealth routes and
/// a full license, then by typical days.
pub fn path_to(
    jurisdiction: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> PathToState {
    let imlc = imlc_eligibility(profile, credentials, data, today);
    path_to_given(jurisdiction, profile, credentials, data, today, &imlc)
}

/// [`path_to`] with the clinician's IMLC eligibility already worked out (it is the same for
/// every jurisdiction, so callers judging many states compute it once).
pub fn path_to_given(
    jurisdiction: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    imlc: &ImlcEligibility,
) -> PathToState {
    let j = jurisdiction;
    let mut routes = Vec::new();
    let license = license_route(j, profile.profession, credentials, today);
    let licensed = license.as_ref().is_some_and(|r| r.outcome == Outcome::Met);
    routes.extend(license);
    if !licensed {
        routes.extend(privilege_routes(j, profile, credentials, data, today));
        routes.extend(registration_routes(j, credentials, today));
        routes.extend(compact_routes(j, profile, credentials, data, today, imlc));
        routes.extend(telehealth_routes(j, profile, credentials, data, today));
        routes.push(full_license_route(j, profile.profession, data));
    }
    routes.sort_by_key(Route::rank);
    PathToState {
        jurisdiction,
        routes: routes.into_iter().map(Arc::new).collect(),
    }
}

/// Normalised license-type names boards use, per profession.
fn accepted_types(profession: Profession) -> &'static [&'static str] {
    const PHYSICIAN: &[&str] = &[
        "MD",
        "DO",
        "PHYSICIAN",
        "PHYSICIAN AND SURGEON",
        "MEDICAL DOCTOR",
        "MEDICINE",
        "MEDICINE AND SURGERY",
        "OSTEOPATHIC PHYSICIAN",
        "OSTEOPATHIC PHYSICIAN AND SURGEON",
        "OSTEOPATHIC MEDICINE",
    ];
    match profession {
        Profession::Md | Profession::Do => PHYSICIAN,
        Profession::NpAprn => &[
            "APRN",
            "NP",
            "CNP",
            "FNP",
            "ARNP",
            "APN",
            "CRNP",
            "NURSE PRACTITIONER",
            "ADVANCED PRACTICE REGISTERED NURSE",
        ],
        Profession::Pa => &["PA", "PA-C", "PHYSICIAN ASSISTANT", "PHYSICIAN ASSOCIATE"],
        Profession::Rn => &["RN", "REGISTERED NURSE"],
        Profession::Lpn => &[
            "LPN",
            "LVN",
            "LICENSED PRACTICAL NURSE",
            "LICENSED VOCATIONAL NURSE",
        ],
        Profession::Psychologist => &["PSYCHOLOGIST", "LICENSED PSYCHOLOGIST", "LP"],
        Profession::Counselor => &[
            "LPC",
            "LPCC",
            "LMHC",
            "LCPC",
            "LCMHC",
            "PROFESSIONAL COUNSELOR",
            "LICENSED PROFESSIONAL COUNSELOR",
            "MENTAL HEALTH COUNSELOR",
            "LICENSED MENTAL HEALTH COUNSELOR",
        ],
        Profession::SocialWorker => &[
            "LCSW",
            "LICSW",
            "LMSW",
            "LSW",
            "SOCIAL WORKER",
            "CLINICAL SOCIAL WORKER",
            "LICENSED CLINICAL SOCIAL WORKER",
        ],
    }
}

/// The license type names a license for `profession` ("M.D.", "Physician & Surgeon").
///
/// Read as its words: dots dropped, "&" read as "AND", any run of spaces as one, any case.
/// Compared word by word without building a new string: it runs for every license in every
/// state of every offer.
pub fn license_type_fits(profession: Profession, license_type: &str) -> bool {
    accepted_types(profession)
        .iter()
        .any(|accepted| words(license_type).eq(accepted.split(' ').map(Word::Upper)))
}

/// One word of a license type: a piece of the text as written, or the "AND" an "&" stands
/// for.
#[derive(Debug, Clone, Copy)]
enum Word<'a> {
    Written(&'a str),
    Upper(&'a str),
}

impl<'a> Word<'a> {
    fn letters(self) -> impl Iterator<Item = char> + Clone + 'a {
        let (text, dots) = match self {
            Word::Written(t) => (t, true),
            Word::Upper(t) => (t, false),
        };
        text.chars()
            .filter(move |c| !(dots && *c == '.'))
            .map(|c| c.to_ascii_uppercase())
    }
}

impl PartialEq for Word<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.letters().eq(other.letters())
    }
}

/// The words of a license type: split at spaces and around "&", words of dots only dropped.
fn words(license_type: &str) -> impl Iterator<Item = Word<'_>> {
    license_type.split_whitespace().flat_map(|chunk| {
        chunk.split('&').enumerate().flat_map(|(i, piece)| {
            let and = (i > 0).then_some(Word::Upper("AND"));
            let word = Some(Word::Written(piece)).filter(|w| w.letters().next().is_some());
            and.into_iter().chain(word)
        })
    })
}

/// How a held license stands today, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum LicenseStanding {
    /// Active, unrestricted, not past its expiry.
    FullUnrestricted,
    /// Active with no expiry date recorded.
    ExpiryUnknown,
    /// Restricted or on probation (and not past expiry).
    Restricted,
    /// Expired, inactive or pending, or past its expiry date.
    NotActive,
    Revoked,
}

fn standing(license: &StateLicense, today: NaiveDate) -> LicenseStanding {
    if license.status == LicenseStatus::Revoked {
        return LicenseStanding::Revoked;
    }
    if license.expires.is_some_and(|d| d < today) || !license.status.permits_practice() {
        return LicenseStanding::NotActive;
    }
    if !license.status.is_full_and_unrestricted() {
        return LicenseStanding::Restricted;
    }
    if license.expires.is_none() {
        return LicenseStanding::ExpiryUnknown;
    }
    LicenseStanding::FullUnrestricted
}

/// The clinician's license for their profession in one jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeldLicense<'a> {
    None,
    /// A license is recorded there, but its type is not one of the profession's.
    UnrecognizedType {
        credential_id: &'a str,
    },
    Held {
        credential_id: &'a str,
        standing: LicenseStanding,
    },
}

/// The best-standing license of `profession` held in `j`.
pub(crate) fn held_license<'a>(
    profession: Profession,
    credentials: &'a [Credential],
    j: Jurisdiction,
    today: NaiveDate,
) -> HeldLicense<'a> {
    let mut unrecognised = None;
    let mut best: Option<(&'a str, LicenseStanding)> = None;
    for credential in credentials {
        let CredentialDetail::StateLicense(license) = &credential.detail else {
            continue;
        };
        if license.jurisdiction != j {
            continue;
        }
        if !license_type_fits(profession, &license.license_type) {
            unrecognised.get_or_insert(credential.id.as_str());
            continue;
        }
        let s = standing(license, today);
        if best.is_none_or(|(_, b)| s < b) {
            best = Some((credential.id.as_str(), s));
        }
    }
    match (best, unrecognised) {
        (Some((credential_id, standing)), _) => HeldLicense::Held {
            credential_id,
            standing,
        },
        (None, Some(credential_id)) => HeldLicense::UnrecognizedType { credential_id },
        (None, None) => HeldLicense::None,
    }
}

fn license_route(
    j: Jurisdiction,
    profession: Profession,
    credentials: &[Credential],
    today: NaiveDate,
) -> Option<Route> {
    let name = format!("License in {}", j.name());
    let (reason, steps) = match held_license(profession, credentials, j, today) {
        HeldLicense::None => return None,
        HeldLicense::UnrecognizedType { credential_id } => (
            Reason::new(
                "license_type_unrecognized",
                Outcome::Verify,
                format!("A license in {} is recorded, but its type is not recognised for your profession.", j.name()),
            )
            .with_credential(credential_id),
            vec!["Check the license type recorded for this state".to_string()],
        ),
        HeldLicense::Held {
            credential_id,
            standing,
        } => {
            let (reason, steps) = match standing {
                LicenseStanding::FullUnrestricted => (
                    Reason::new(
                        "license_active",
                        Outcome::Met,
                        format!("You hold an active, unrestricted license in {}.", j.name()),
                    ),
                    Vec::new(),
                ),
                LicenseStanding::ExpiryUnknown => (
                    Reason::new(
                        "license_expiry_unknown",
                        Outcome::Verify,
                        format!("Your {} license has no expiry date on record.", j.name()),
                    ),
                    vec!["Record the license's expiry date".to_string()],
                ),
                LicenseStanding::Restricted => (
                    Reason::new(
                        "license_restricted",
                        Outcome::Verify,
                        format!("Your {} license is restricted or on probation: check whether its terms allow this practice.", j.name()),
                    ),
                    vec!["Confirm with the board what the restriction allows".to_string()],
                ),
                LicenseStanding::NotActive => (
                    Reason::new(
                        "license_not_active",
                        Outcome::Missing,
                        format!("Your {} license is expired or not active.", j.name()),
                    ),
                    vec![format!("Renew or reactivate the license with the {} board", j.name())],
                ),
                LicenseStanding::Revoked => (
                    Reason::new(
                        "license_revoked",
                        Outcome::Blocked,
                        format!("Your {} license was revoked.", j.name()),
                    ),
                    Vec::new(),
                ),
            };
            (reason.with_credential(credential_id), steps)
        }
    };
    Some(Route::new(RouteKind::AlreadyAuthorized, name, vec![reason]).steps(steps))
}

/// Privileges on record that name or cover `j` for the profession's compacts.
fn privilege_routes(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Route> {
    let mut routes = Vec::new();
    for &compact in compacts_for(profile.profession) {
        if compact == Compact::Imlc {
            continue;
        }
        let Some((credential, privilege, current)) = best_privilege(compact, credentials, today)
        else {
            continue;
        };
        if privilege.home_state == j {
            continue;
        }
        let found = membership(data, compact, j, today);
        if !privilege_claims(privilege, j, found.status) {
            continue;
        }
        let mut reasons = Vec::new();
        match found.status {
            Some(s) if issues_licenses(s) => {}
            Some(_) => reasons.push(Reason::new(
                "privilege_state_not_issuing",
                Outcome::Blocked,
                format!("{} does not take part in the compact today.", j.name()),
            )),
            None => reasons.push(Reason::new(
                "privilege_state_unconfirmed",
                Outcome::Verify,
                format!("Whether {} takes part in the compact is not established in the reference data.", j.name()),
            )),
        }
        reasons.push(match current {
            Some(true) => Reason::new(
                "privilege_active",
                Outcome::Met,
                format!("Your compact privilege covers {}.", j.name()),
            ),
            Some(false) => Reason::new(
                "privilege_expired",
                Outcome::Missing,
                "Your compact privilege has expired: renew it.",
            ),
            None => Reason::new(
                "privilege_expiry_unknown",
                Outcome::Verify,
                "Your compact privilege has no expiry date on record.",
            ),
        });
        let home_license_ok = matches!(
            held_license(profile.profession, credentials, privilege.home_state, today),
            HeldLicense::Held {
                standing: LicenseStanding::FullUnrestricted,
                ..
            }
        );
        if !home_license_ok {
            reasons.push(Reason::new(
                "privilege_home_license_unconfirmed",
                Outcome::Verify,
                format!("A compact privilege rests on the home-state license, and no active, unrestricted {} license is on record.", privilege.home_state.name()),
            ));
        }
        let reasons = reasons
            .into_iter()
            .map(|r| {
                let r = r.with_credential(&credential.id);
                match &found.citation {
                    Some(c) => r.citing(c.clone()),
                    None => r,
                }
            })
            .collect();
        let label = compact.short_name();
        let mut steps = match current {
            Some(true) => Vec::new(),
            Some(false) => vec![format!("Renew the {label} privilege")],
            None => vec!["Record the privilege's expiry date".to_string()],
        };
        if !home_license_ok {
            steps.push(format!(
                "Record or renew your {} license",
                privilege.home_state.name()
            ));
        }
        routes.push(
            Route::new(
                RouteKind::AlreadyAuthorized,
                format!("{label} privilege"),
                reasons,
            )
            .steps(steps),
        );
    }
    routes
}

/// The privilege names `j`, or covers every member and `j` is (or may be) one.
fn privilege_claims(
    privilege: &CompactPrivilege,
    j: Jurisdiction,
    status: Option<CompactStatus>,
) -> bool {
    privilege.privilege_states.contains(&j)
        || (privilege.privilege_states.is_empty() && status.is_none_or(issues_licenses))
}

fn registration_routes(
    j: Jurisdiction,
    credentials: &[Credential],
    today: NaiveDate,
) -> Vec<Route> {
    credentials
        .iter()
        .filter_map(|c| match &c.detail {
            CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == j => Some((c, r)),
            _ => None,
        })
        .map(|(credential, registration)| {
            let reason = match registration.expires {
                Some(d) if d >= today => {
                    let limits = if registration.limits.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" Limits recorded: {}.", registration.limits.trim())
                    };
                    Reason::new(
                        "telehealth_registration_active",
                        Outcome::Met,
                        format!(
                            "You hold a current telehealth registration in {}.{limits}",
                            j.name()
                        ),
                    )
                }
                Some(_) => Reason::new(
                    "telehealth_registration_expired",
                    Outcome::Missing,
                    format!(
                        "Your telehealth registration in {} has expired: renew it.",
                        j.name()
                    ),
                ),
                None => Reason::new(
                    "telehealth_registration_expiry_unknown",
                    Outcome::Verify,
                    format!(
                        "Your telehealth registration in {} has no expiry date on record.",
                        j.name()
                    ),
                ),
            };
            let steps = match reason.outcome {
                Outcome::Missing => vec![format!(
                    "Renew the telehealth registration with the {} board",
                    j.name()
                )],
                Outcome::Verify => vec!["Record the registration's expiry date".to_string()],
                _ => Vec::new(),
            };
            Route::new(
                RouteKind::AlreadyAuthorized,
                format!("Telehealth registration in {}", j.name()),
                vec![reason.with_credential(&credential.id)],
            )
            .steps(steps)
        })
        .collect()
}

/// The IMLC (physicians) or the profession's privilege compact, unless a privilege on record
/// already forms a route.
fn compact_routes(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
    imlc: &ImlcEligibility,
) -> Vec<Route> {
    let mut routes = Vec::new();
    for &compact in compacts_for(profile.profession) {
        if compact == Compact::Imlc {
            routes.push(imlc_route(j, data, today, imlc));
            continue;
        }
        let found = membership(data, compact, j, today);
        let claimed = best_privilege(compact, credentials, today)
            .is_some_and(|(_, p, _)| p.home_state != j && privilege_claims(p, j, found.status));
        let option = compact_option(compact, profile, credentials, data, today);
        if claimed || option.home_state == Some(j) {
            continue;
        }
        let mut reasons = match found.status {
            None => vec![Reason::new(
                "compact_state_unknown",
                Outcome::Verify,
                format!(
                    "Whether {} takes part in the {} is not established in the reference data.",
                    j.name(),
                    option.name
                ),
            )],
            Some(CompactStatus::NotMember) => vec![Reason::new(
                "compact_not_in_state",
                Outcome::Blocked,
                format!("{} is not a member of the {}.", j.name(), option.name),
            )],
            Some(CompactStatus::EnactedNotImplemented) => vec![Reason::new(
                "compact_not_yet_in_state",
                Outcome::Blocked,
                format!(
                    "{} has enacted the {} but does not take part yet.",
                    j.name(),
                    option.name
                ),
            )],
            Some(_) if matches!(option.outcome, Outcome::Met | Outcome::Warning) => {
                vec![Reason::new(
                    "privilege_not_for_state",
                    Outcome::Missing,
                    format!(
                        "Your compact privilege does not cover {}: obtain one for it.",
                        j.name()
                    ),
                )]
            }
            Some(_) => option.reasons.clone(),
        };
        if let Some(c) = &found.citation {
            for r in reasons.iter_mut() {
                r.citations.push(c.clone());
            }
        }
        let steps = if matches!(option.outcome, Outcome::Met | Outcome::Warning) {
            vec![format!(
                "Obtain a privilege for {} through the compact",
                j.name()
            )]
        } else {
            option.steps
        };
        routes.push(
            Route::new(RouteKind::CompactPrivilege, option.name, reasons)
                .steps(steps)
                .costs(option.fee_usd, option.typical_days),
        );
    }
    routes
}

fn imlc_route(
    j: Jurisdiction,
    data: &Dataset,
    today: NaiveDate,
    eligibility: &ImlcEligibility,
) -> Route {
    let name = "Expedited license through the IMLC";
    let found = membership(data, Compact::Imlc, j, today);
    let closed = match found.status {
        None => Some(Reason::new(
            "imlc_status_unknown",
            Outcome::Verify,
            format!(
                "The IMLC status of {} is not established in the reference data.",
                j.name()
            ),
        )),
        Some(CompactStatus::NotMember) => Some(Reason::new(
            "imlc_not_member",
            Outcome::Blocked,
            format!("{} is not an IMLC member.", j.name()),
        )),
        Some(CompactStatus::EnactedNotImplemented) => Some(Reason::new(
            "imlc_not_yet_issuing",
            Outcome::Blocked,
            format!(
                "{} has enacted the IMLC but does not issue compact licenses yet.",
                j.name()
            ),
        )),
        Some(CompactStatus::Member | CompactStatus::MemberNotPrincipal) => None,
    };
    if let Some(reason) = closed {
        let reason = match found.citation {
            Some(c) => reason.citing(c),
            None => reason,
        };
        return Route::new(RouteKind::CompactLicense, name, vec![reason]);
    }
    let loq_valid = eligibility.loq.is_valid();
    let mut reasons = eligibility.reasons.clone();
    let mut steps = Vec::new();
    match eligibility.outcome {
        ImlcOutcome::Eligible => {
            let spl = eligibility
                .principal_candidates
                .first()
                .map_or("your State of Principal License", |c| c.jurisdiction.name());
            let mut reason = Reason::new(
                "imlc_license_available",
                Outcome::Missing,
                format!("{} issues licenses through the IMLC and you appear eligible; {}'s own license fee comes on top.", j.name(), j.name()),
            );
            if let Some(c) = found.citation.clone() {
                reason = reason.citing(c);
            }
            reasons.push(reason);
            if !loq_valid {
                steps.push(format!("Apply to the IMLC naming {spl} as State of Principal License and pay the Letter of Qualification fee"));
                steps.push(format!(
                    "Complete the fingerprint background check for the {spl} board"
                ));
            }
            steps.push(format!(
                "Select {} on the IMLC portal and pay its license fee",
                j.name()
            ));
        }
        ImlcOutcome::NotEligible => steps.extend(
            reasons
                .iter()
                .filter(|r| r.outcome == Outcome::Missing)
                .map(|r| r.message.clone()),
        ),
        ImlcOutcome::Verify | ImlcOutcome::NotApplicable => {
            steps.extend(eligibility.questions.iter().map(|q| q.question.clone()))
        }
    }
    let fee = if loq_valid {
        None
    } else {
        data.imlc.loq_fee_usd.known().copied()
    };
    let days = data
        .compact(Compact::Imlc)
        .and_then(|f| f.typical_days.as_ref());
    Route::new(RouteKind::CompactLicense, name, reasons)
        .steps(steps)
        .costs(fee, days.and_then(|d| d.known().copied()))
        .citing((!loq_valid).then(|| {
            data.imlc
                .loq_fee_usd
                .cite("IMLC Letter of Qualification fee")
        }))
        .citing(days.map(|d| d.cite("IMLC typical time")))
}

fn telehealth_routes(
    j: Jurisdiction,
    profile: &Profile,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Route> {
    let Some(facts) = data.jurisdiction(j) else {
        return Vec::new();
    };
    let registered = credentials.iter().any(
        |c| matches!(&c.detail, CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == j),
    );
    let licensed_elsewhere = Jurisdiction::ALL.iter().any(|&other| {
        other != j
            && matches!(
                held_license(profile.profession, credentials, other, today),
                HeldLicense::Held {
                    standing: LicenseStanding::FullUnrestricted,
                    ..
                }
            )
    });
    let mut routes = Vec::new();
    for fact in &facts.telehealth_routes {
        let citation = fact.cite(format!("Telehealth route of {}", j.code()));
        let Some(route) = fact.known() else {
            let (kind, name) = fact.value.as_ref().map_or(
                (
                    RouteKind::TelehealthRegistration,
                    "Telehealth route".to_string(),
                ),
                |r| (kind_of(r), r.name.clone()),
            );
            routes.push(
                Route::new(
                    kind,
                    name,
                    vec![Reason::new(
                        "telehealth_route_unconfirmed",
                        Outcome::Verify,
                        format!(
                            "This {} telehealth route is not established in the reference data.",
                            j.name()
                        ),
                    )
                    .citing(citation.clone())],
                )
                .citing(Some(citation)),
            );
            continue;
        };
        if (route.kind.is_applied_for() && registered) || !route.open_on(today) {
            // Held already, or closed: never offered.
            continue;
        }
        let reasons = telehealth_reasons(j, route, profile.profession, licensed_elsewhere)
            .into_iter()
            .map(|r| r.citing(citation.clone()))
            .collect::<Vec<_>>();
        let blocked = worst(&reasons) == Outcome::Blocked;
        let mut steps = Vec::new();
        if !blocked && route.kind.is_applied_for() {
            if !licensed_elsewhere {
                steps.push("Obtain an active, unrestricted license in another state".to_string());
            }
            steps.push(format!(
                "Apply for the {} with the {} board",
                route.name,
                j.name()
            ));
        }
        routes.push(
            Route::new(kind_of(route), route.name.clone(), reasons)
                .steps(steps)
                .costs(route.fee_usd, route.typical_days)
                .citing(Some(citation)),
        );
    }
    routes
}

fn kind_of(route: &TelehealthRoute) -> RouteKind {
    match route.kind {
        TelehealthRouteKind::Registration | TelehealthRouteKind::SpecialLicense => {
            RouteKind::TelehealthRegistration
        }
        TelehealthRouteKind::Exception => RouteKind::TelehealthException,
    }
}

fn telehealth_reasons(
    j: Jurisdiction,
    route: &TelehealthRoute,
    profession: Profession,
    licensed_elsewhere: bool,
) -> Vec<Reason> {
    if !route.professions.contains(&profession) {
        return vec![Reason::new(
            "route_not_for_profession",
            Outcome::Blocked,
            format!(
                "This route is not open to a {}.",
                profession.label().to_lowercase()
            ),
        )];
    }
    let mut limits: Vec<String> = Vec::new();
    if route.no_office {
        limits.push(format!("no office in {}", j.name()));
    }
    if route.no_in_person {
        limits.push("no in-person care".into());
    }
    match route.controlled_substances_allowed {
        Some(false) => limits.push("no controlled-substance prescribing".into()),
        None => limits.push("controlled-substance prescribing not established".into()),
        Some(true) => {}
    }
    if !route.limits.trim().is_empty() {
        limits.push(route.limits.trim().to_string());
    }
    if let Some(limit) = route.scope.limit() {
        return vec![Reason::new(
            "route_scope_limited",
            Outcome::Blocked,
            format!("This route covers only {limit}: no route to treating patients of your own."),
        )];
    }
    let mut reasons = Vec::new();
    match route.kind {
        TelehealthRouteKind::Registration | TelehealthRouteKind::SpecialLicense => {
            if !licensed_elsewhere {
                reasons.push(Reason::new(
                    "license_elsewhere_needed",
                    Outcome::Missing,
                    "The registration needs an active, unrestricted license in another state, and none is on record.",
                ));
            }
            reasons.push(Reason::new(
                "telehealth_registration_available",
                Outcome::Missing,
                format!(
                    "{} offers a telehealth registration for your profession.",
                    j.name()
                ),
            ));
            if !limits.is_empty() {
                reasons.push(Reason::new(
                    "route_limits",
                    Outcome::Warning,
                    format!("Limits: {}.", limits.join("; ")),
                ));
            }
        }
        TelehealthRouteKind::Exception => {
            let conditions = if limits.is_empty() {
                String::new()
            } else {
                format!(" ({})", limits.join("; "))
            };
            reasons.push(Reason::new(
                "telehealth_exception_conditions",
                Outcome::Verify,
                format!("An exception needs no application but holds only under its conditions{conditions}: confirm each visit fits before relying on it."),
            ));
        }
    }
    reasons
}

fn full_license_route(j: Jurisdiction, profession: Profession, data: &Dataset) -> Route {
    let name = format!("Full license in {}", j.name());
    let steps = vec![
        format!("Apply to the {} licensing board", j.name()),
        "Have education, exams, training and other licenses verified for the board".to_string(),
    ];
    let Some(facts) = data.jurisdiction(j) else {
        return Route::new(
            RouteKind::FullLicense,
            name,
            vec![Reason::new(
                "jurisdiction_facts_missing",
                Outcome::Verify,
                format!("The reference data has no facts about {}.", j.name()),
            )],
        )
        .steps(steps);
    };
    let citation = facts
        .full_license
        .cite(format!("Full license fee and time in {}", j.code()));
    let mut reasons = vec![Reason::new(
        "full_license_application",
        Outcome::Missing,
        format!(
            "A full license from {} is always a route, usually the slowest.",
            j.name()
        ),
    )];
    let known = facts
        .full_license
        .known()
        .filter(|_| profession.is_physician());
    if known.is_none() {
        let why = if profession.is_physician() {
            "are not established in the reference data"
        } else {
            "in the reference data are for physician licenses only"
        };
        reasons.push(
            Reason::new(
                "full_license_facts_unknown",
                Outcome::Warning,
                format!("The fee and typical time {why}."),
            )
            .citing(citation.clone()),
        );
    }
    Route::new(RouteKind::FullLicense, name, reasons)
        .steps(steps)
        .costs(
            known.and_then(|f| f.fee_usd),
            known.and_then(|f| f.typical_days),
        )
        .citing(Some(citation))
}
