//! Recording a renewal where it falls due: which deadlines a renewal answers and which are
//! only acknowledged, the new date to propose (one cycle later, from the reference data), and
//! the credential with the renewal recorded.
//!
//! Limits: the proposal is a starting point the clinician confirms from the board's notice;
//! where the cycle is not in the reference data (privileges, registrations, board
//! certifications) nothing is proposed. Renewing never changes a credential's number or
//! status, only its dates.

use chrono::{Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Deadline, DeadlineKind};
use crate::model::{Credential, CredentialDetail, Profile};
use crate::reference::Dataset;

/// What the clinician can do about a deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum DeadlineAction {
    /// Record the renewal on the credential: its new expiry (or policy end, or attestation
    /// date), proposed when the reference data gives the cycle.
    Renew { proposed: Option<NaiveDate> },
    /// Nothing to renew (a window opening, a federal rule's end, a tail decision, a Letter
    /// of Qualification, which is applied for again): it can only be acknowledged.
    Acknowledge,
}

/// Why a renewal could not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenewError {
    #[error("{0} is not renewed this way: apply again instead")]
    NotRenewable(&'static str),
    #[error("the new date {new} must be after the current one, {current}")]
    NotLater { new: NaiveDate, current: NaiveDate },
}

/// The action a deadline offers, with the proposed new date for a renewal.
pub fn action_for(
    deadline: &Deadline,
    credential: Option<&Credential>,
    profile: Option<&Profile>,
    data: &Dataset,
    today: NaiveDate,
) -> DeadlineAction {
    let Some(credential) = credential else {
        return DeadlineAction::Acknowledge;
    };
    let renewable = matches!(
        deadline.kind,
        DeadlineKind::Expiry
            | DeadlineKind::MalpracticeEnds
            | DeadlineKind::BoardCertExpires
            | DeadlineKind::CaqhReattest
    );
    if !renewable {
        return DeadlineAction::Acknowledge;
    }
    DeadlineAction::Renew {
        proposed: proposal(credential, profile, data, today),
    }
}

/// One cycle after the current date, where the reference data gives the cycle.
fn proposal(
    credential: &Credential,
    profile: Option<&Profile>,
    data: &Dataset,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let years = |date: Option<NaiveDate>, years: Option<u8>| {
        date.zip(years)
            .and_then(|(d, y)| d.checked_add_months(Months::new(u32::from(y) * 12)))
    };
    match &credential.detail {
        CredentialDetail::StateLicense(l) => {
            let physician = profile.is_some_and(|p| p.profession.is_physician());
            let cycle = data
                .jurisdiction(l.jurisdiction)
                .and_then(|f| f.medical_renewal.known())
                .filter(|_| physician)
                .map(|r| r.cycle_years);
            years(l.expires, cycle)
        }
        CredentialDetail::DeaRegistration(r) => {
            years(r.expires, data.federal.dea_cycle_years.known().copied())
        }
        CredentialDetail::StateCsr(c) => years(
            c.expires,
            data.jurisdiction(c.jurisdiction)
                .and_then(|f| f.csr.known())
                .and_then(|csr| csr.cycle_years),
        ),
        CredentialDetail::MalpracticePolicy(p) => same_length_after(p.period_start, p.period_end),
        CredentialDetail::CaqhAttestation(_) => Some(today),
        CredentialDetail::CompactPrivilege(_)
        | CredentialDetail::TelehealthRegistration(_)
        | CredentialDetail::BoardCertification(_)
        | CredentialDetail::ImlcLoq(_) => None,
    }
}

/// A period as long as `start`..`end`, starting at `end`: whole months when both fall on the
/// same day of the month (a policy year stays a year across a leap day), days otherwise.
fn same_length_after(start: NaiveDate, end: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if end <= start {
        return None;
    }
    if start.day() == end.day() {
        let months = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
        return u32::try_from(months)
            .ok()
            .and_then(|m| end.checked_add_months(Months::new(m)));
    }
    let days = u64::try_from((end - start).num_days()).ok()?;
    end.checked_add_days(Days::new(days))
}

/// `credential` with its renewal to `until` recorded: the new expiry; for a policy, a new
/// period from the old end to `until`; for a CAQH attestation, the day it was attested.
pub fn renewed(credential: &Credential, until: NaiveDate) -> Result<Credential, RenewError> {
    let later = |current: Option<NaiveDate>| match current {
        Some(current) if until <= current => Err(RenewError::NotLater {
            new: until,
            current,
        }),
        _ => Ok(Some(until)),
    };
    let mut renewed = credential.clone();
    match &mut renewed.detail {
        CredentialDetail::StateLicense(l) => l.expires = later(l.expires)?,
        CredentialDetail::CompactPrivilege(p) => p.expires = later(p.expires)?,
        CredentialDetail::TelehealthRegistration(r) => r.expires = later(r.expires)?,
        CredentialDetail::DeaRegistration(r) => r.expires = later(r.expires)?,
        CredentialDetail::StateCsr(c) => c.expires = later(c.expires)?,
        CredentialDetail::BoardCertification(b) => b.expires = later(b.expires)?,
        CredentialDetail::MalpracticePolicy(p) => {
            later(Some(p.period_end))?;
            p.period_start = p.period_end;
            p.period_end = until;
        }
        CredentialDetail::CaqhAttestation(c) => {
            c.last_attested = later(Some(c.last_attested))?.unwrap_or(until)
        }
        CredentialDetail::ImlcLoq(_) => {
            return Err(RenewError::NotRenewable("A Letter of Qualification"))
        }
    }
    Ok(renewed)
}
