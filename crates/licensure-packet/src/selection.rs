//! What goes into a packet: the credentials the clinician chose, and what is proposed to
//! them. For an offer, the proposal is exactly the credentials its verdict relied on in each
//! patient state plus the profile-level ones (board certifications, malpractice policies,
//! the CAQH attestation); without an offer, every credential.

use std::collections::HashSet;

use licensure_core::model::{Credential, CredentialDetail};
use licensure_core::verdict::OfferVerdict;

use crate::PacketError;

/// Credentials every employer's credentialing office asks for, whatever the states.
pub fn is_profile_level(detail: &CredentialDetail) -> bool {
    matches!(
        detail,
        CredentialDetail::BoardCertification(_)
            | CredentialDetail::MalpracticePolicy(_)
            | CredentialDetail::CaqhAttestation(_)
    )
}

/// The ids proposed for an offer judged by `verdict`, in recorded order.
pub fn preselect(verdict: &OfferVerdict, credentials: &[Credential]) -> Vec<String> {
    let relied_on = verdict.relied_on();
    credentials
        .iter()
        .filter(|c| is_profile_level(&c.detail) || relied_on.iter().any(|id| **id == *c.id))
        .map(|c| c.id.clone())
        .collect()
}

/// The chosen credentials, in recorded order, each once; refused, naming them, when any id
/// is not a stored credential.
pub fn chosen<'a>(
    credentials: &'a [Credential],
    ids: &[String],
) -> Result<Vec<&'a Credential>, PacketError> {
    let unknown: Vec<String> = ids
        .iter()
        .filter(|id| !credentials.iter().any(|c| &c.id == *id))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(PacketError::UnknownCredentials(unknown));
    }
    let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
    Ok(credentials
        .iter()
        .filter(|c| wanted.contains(c.id.as_str()))
        .collect())
}
