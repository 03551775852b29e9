//! Deadlines that come from one credential: printed expiries, renewal windows, the IMLC
//! Letter of Qualification, CAQH re-attestation, board certification and malpractice ends.
//!
//! Limits: a renewal window is only dated when the reference fact is known (verified or
//! secondary); otherwise only the expiry is listed. A revoked license has no deadlines (it
//! cannot be renewed). An issued Letter of Qualification with neither an expiry nor an issue
//! date recorded gets no deadline: there is no date to pin it to (record validation asks
//! for the date).

use chrono::{Days, NaiveDate};

use super::{Deadline, DeadlineKind, Urgency};
use crate::model::{
    ByState, Credential, CredentialDetail, ImlcLoq, LicenseStatus, LoqStatus, PolicyBasis, Profile,
    StateLicense, Tail,
};
use crate::reference::Dataset;
use crate::Jurisdiction;

/// Days between CAQH ProView attestations. CAQH asks every 120 days (180 in Illinois); the
/// shorter cycle is used everywhere, so a reminder is never late.
/// Source: https://www.caqh.org/solutions/caqh-proview-resources
pub const CAQH_REATTEST_DAYS: u64 = 120;

/// All deadlines of `credential`; `all` groups every credential by state, to name linked
/// risks.
pub(super) fn deadlines(
    credential: &Credential,
    all: &ByState<'_>,
    profile: Option<&Profile>,
    data: &Dataset,
    today: NaiveDate,
) -> Vec<Deadline> {
    let id = credential.id.as_str();
    let subject = credential.detail.title();
    let at = |kind: DeadlineKind, due: NaiveDate| {
        Deadline::new(id, Some(id), kind, subject.clone(), due, today)
    };
    let mut out = Vec::new();
    match &credential.detail {
        CredentialDetail::StateLicense(license) => {
            if license.status == LicenseStatus::Revoked {
                return out;
            }
            if let Some(expires) = license.expires {
                let mut expiry = at(DeadlineKind::Expiry, expires);
                expiry.linked_risks = risks_of_state_license(credential, all, license);
                out.push(expiry);
                if expires >= today && is_medical(license, profile) {
                    let renewal = data
                        .jurisdiction(license.jurisdiction)
                        .map(|facts| &facts.medical_renewal);
                    if let Some(fact) = renewal {
                        if let Some(days) = fact.known().and_then(|cycle| cycle.window_days) {
                            if let Some(opens) = days_before(expires, u64::from(days)) {
                                let mut window = at(DeadlineKind::RenewalWindowOpens, opens);
                                window.citations.push(fact.cite(format!(
                                    "Medical license renewal in {}",
                                    license.jurisdiction.code()
                                )));
                                out.push(window);
                            }
                        }
                    }
                }
            }
        }
        CredentialDetail::DeaRegistration(dea) => {
            if let Some(expires) = dea.expires {
                out.push(at(DeadlineKind::Expiry, expires));
                let fact = &data.federal.dea_renewal_window_days;
                if let (true, Some(days)) = (expires >= today, fact.known()) {
                    if let Some(opens) = days_before(expires, u64::from(*days)) {
                        let mut window = at(DeadlineKind::RenewalWindowOpens, opens);
                        window
                            .citations
                            .push(fact.cite("DEA registration renewal window"));
                        out.push(window);
                    }
                }
            }
        }
        CredentialDetail::StateCsr(csr) => {
            if let Some(expires) = csr.expires {
                let mut expiry = at(DeadlineKind::Expiry, expires);
                expiry.linked_risks = titles_of(all.in_state(csr.jurisdiction), credential, |d| {
                    is_dea_in(d, csr.jurisdiction)
                });
                out.push(expiry);
            }
        }
        CredentialDetail::CompactPrivilege(_) | CredentialDetail::TelehealthRegistration(_) => {
            if let Some(expires) = credential.detail.expires() {
                out.push(at(DeadlineKind::Expiry, expires));
            }
        }
        CredentialDetail::MalpracticePolicy(policy) => {
            out.push(at(DeadlineKind::MalpracticeEnds, policy.period_end));
            if policy.basis == PolicyBasis::ClaimsMade
                && matches!(policy.tail, Tail::None | Tail::Unknown)
            {
                out.push(at(DeadlineKind::TailDecision, policy.period_end));
            }
        }
        CredentialDetail::BoardCertification(cert) => {
            if let (false, Some(expires)) = (cert.time_unlimited, cert.expires) {
                out.push(at(DeadlineKind::BoardCertExpires, expires));
            }
        }
        CredentialDetail::ImlcLoq(loq) => {
            out.extend(loq_deadline(credential, loq, data, today));
        }
        CredentialDetail::CaqhAttestation(caqh) => {
            if let Some(due) = caqh
                .last_attested
                .checked_add_days(Days::new(CAQH_REATTEST_DAYS))
            {
                out.push(at(DeadlineKind::CaqhReattest, due));
            }
        }
    }
    out
}

/// The expiry of an issued Letter of Qualification: the commission's date when recorded,
/// else the issue date plus the validity from the reference data, else a `verify` deadline
/// pinned to the issue date that says the expiry is unknown.
fn loq_deadline(
    credential: &Credential,
    loq: &ImlcLoq,
    data: &Dataset,
    today: NaiveDate,
) -> Option<Deadline> {
    if loq.status != LoqStatus::Issued {
        return None;
    }
    let id = credential.id.as_str();
    let subject = credential.detail.title();
    let at = |due| {
        Deadline::new(
            id,
            Some(id),
            DeadlineKind::LoqExpires,
            subject.clone(),
            due,
            today,
        )
    };
    if let Some(expires) = loq.expires {
        return Some(at(expires));
    }
    let issued = loq.issued?;
    let fact = &data.imlc.loq_validity_days;
    let citation = fact.cite("IMLC Letter of Qualification validity");
    let derived = fact
        .known()
        .and_then(|days| issued.checked_add_days(Days::new(u64::from(*days))));
    let mut deadline = match derived {
        Some(expires) => at(expires),
        None => {
            let mut unknown = at(issued);
            unknown.urgency = Urgency::Verify;
            unknown.title = format!("{subject}: expiry date unknown");
            unknown.caveat = Some(
                "The Letter's expiry is not recorded and the reference data does not establish \
                 how long a Letter stays valid: check the date on the Letter or ask the IMLC \
                 commission."
                    .to_string(),
            );
            unknown
        }
    };
    deadline.citations.push(citation);
    Some(deadline)
}

/// `date` minus `days` calendar days; None for a zero window or out of range.
fn days_before(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    if days == 0 {
        return None;
    }
    date.checked_sub_days(Days::new(days))
}

/// An MD or DO license: by its recorded type ("MD", "D.O."), or, when the type is blank, by
/// the clinician's profession.
fn is_medical(license: &StateLicense, profile: Option<&Profile>) -> bool {
    let kind: String = license
        .license_type
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    match kind.as_str() {
        "MD" | "DO" => true,
        "" => profile.is_some_and(|p| p.profession.is_physician()),
        _ => false,
    }
}

/// What lapses with a state license: the DEA registration and CSR in that state, compact
/// privileges based on it as home state and a Letter of Qualification naming it as the
/// State of Principal License.
fn risks_of_state_license(
    license_credential: &Credential,
    all: &ByState<'_>,
    license: &StateLicense,
) -> Vec<String> {
    let j = license.jurisdiction;
    titles_of(all.in_state(j), license_credential, |detail| match detail {
        CredentialDetail::DeaRegistration(d) => d.jurisdiction == j,
        CredentialDetail::StateCsr(c) => c.jurisdiction == j,
        CredentialDetail::CompactPrivilege(p) => p.home_state == j,
        CredentialDetail::ImlcLoq(l) => l.principal_state == j,
        _ => false,
    })
}

fn is_dea_in(detail: &CredentialDetail, j: Jurisdiction) -> bool {
    matches!(detail, CredentialDetail::DeaRegistration(d) if d.jurisdiction == j)
}

/// Number-free titles of the other credentials that match, without repeats.
fn titles_of(
    all: &[&Credential],
    this: &Credential,
    matches: impl Fn(&CredentialDetail) -> bool,
) -> Vec<String> {
    let mut titles: Vec<String> = Vec::new();
    for other in all.iter().filter(|c| c.id != this.id && matches(&c.detail)) {
        let title = other.detail.title();
        if !titles.contains(&title) {
            titles.push(title);
        }
    }
    titles
}
