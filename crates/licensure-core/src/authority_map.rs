//! The map of where the clinician may practise today: for each of the 56 jurisdictions, the
//! strongest current authority (state license, compact privilege, telehealth registration),
//! whether it expires soon, or whether it lapsed.
//!
//! Limits: a colouring for the dashboard, not a verdict. It reads only the credentials and
//! compact membership; it does not check DEA, CSR or malpractice (the offer verdict does).
//! Conservative: a privilege that names no states covers a jurisdiction only when the
//! reference data establishes it as an issuing member; a pending or revoked license, and a
//! compact privilege based in a state other than the recorded residence, give no authority.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Compact, CompactPrivilege, Credential, CredentialDetail, Profile};
use crate::reference::{CompactStatus, Dataset};
use crate::Jurisdiction;

/// Days ahead within which a current authority counts as expiring.
pub const EXPIRING_WITHIN_DAYS: u64 = 90;

/// What kind of credential gives the authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityBasis {
    StateLicense,
    CompactPrivilege,
    TelehealthRegistration,
}

impl AuthorityBasis {
    fn label(self) -> &'static str {
        match self {
            AuthorityBasis::StateLicense => "licensed",
            AuthorityBasis::CompactPrivilege => "compact privilege",
            AuthorityBasis::TelehealthRegistration => "telehealth registration",
        }
    }
}

/// The colour of a jurisdiction on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Licensed,
    Compact,
    TelehealthRegistration,
    /// Current authority, but all of it ends within [`EXPIRING_WITHIN_DAYS`].
    Expiring,
    /// No current authority; a license, privilege or registration here has lapsed.
    Lapsed,
    None,
}

/// One jurisdiction on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct JurisdictionAuthority {
    pub jurisdiction: Jurisdiction,
    pub standing: Standing,
    /// The strongest current authority, when there is one.
    pub basis: Option<AuthorityBasis>,
    /// When the current authority ends (the latest end among them); None when open-ended or
    /// when there is no current authority.
    pub expires: Option<NaiveDate>,
    /// An accessible name: "Texas: licensed, expires 2027-02-28". Never carries a number.
    pub label: String,
}

/// One credential's authority in a jurisdiction, current or lapsed.
struct Grant {
    basis: AuthorityBasis,
    expires: Option<NaiveDate>,
    current: bool,
}

/// Every jurisdiction (in [`Jurisdiction::ALL`] order) with its standing on `today`.
pub fn authority_map(
    profile: Option<&Profile>,
    credentials: &[Credential],
    data: &Dataset,
    today: NaiveDate,
) -> Vec<JurisdictionAuthority> {
    Jurisdiction::ALL
        .iter()
        .map(|&j| {
            let grants: Vec<Grant> = credentials
                .iter()
                .filter_map(|c| grant(&c.detail, j, profile, data, today))
                .collect();
            standing_of(j, &grants, today)
        })
        .collect()
}

fn unexpired(expires: Option<NaiveDate>, today: NaiveDate) -> bool {
    expires.is_none_or(|e| e >= today)
}

fn grant(
    detail: &CredentialDetail,
    j: Jurisdiction,
    profile: Option<&Profile>,
    data: &Dataset,
    today: NaiveDate,
) -> Option<Grant> {
    match detail {
        CredentialDetail::StateLicense(l) if l.jurisdiction == j => {
            let current = l.status.permits_practice() && unexpired(l.expires, today);
            // A pending license never was authority; an expired, inactive or revoked one lapsed.
            if !current && l.status == crate::model::LicenseStatus::Pending {
                return None;
            }
            Some(Grant {
                basis: AuthorityBasis::StateLicense,
                expires: l.expires,
                current,
            })
        }
        CredentialDetail::CompactPrivilege(p) if privilege_reaches(p, j, data) => {
            let home_moved = p.compact != Compact::PaCompact
                && profile
                    .and_then(|p| p.residence)
                    .is_some_and(|home| home != p.home_state);
            Some(Grant {
                basis: AuthorityBasis::CompactPrivilege,
                expires: p.expires,
                current: !home_moved && unexpired(p.expires, today),
            })
        }
        CredentialDetail::TelehealthRegistration(r) if r.jurisdiction == j => Some(Grant {
            basis: AuthorityBasis::TelehealthRegistration,
            expires: r.expires,
            current: unexpired(r.expires, today),
        }),
        _ => None,
    }
}

/// The privilege names `j`, or names no state and `j` is an established issuing member.
fn privilege_reaches(p: &CompactPrivilege, j: Jurisdiction, data: &Dataset) -> bool {
    if p.home_state == j {
        // The home state's own license is the authority there, not the privilege.
        return false;
    }
    if !p.privilege_states.is_empty() {
        return p.privilege_states.contains(&j);
    }
    data.compact_status(j, p.compact)
        .and_then(|f| f.known())
        .is_some_and(|m| {
            matches!(
                m.status,
                CompactStatus::Member | CompactStatus::MemberNotPrincipal
            )
        })
}

fn standing_of(j: Jurisdiction, grants: &[Grant], today: NaiveDate) -> JurisdictionAuthority {
    let current: Vec<&Grant> = grants.iter().filter(|g| g.current).collect();
    let strongest = [
        AuthorityBasis::StateLicense,
        AuthorityBasis::CompactPrivilege,
        AuthorityBasis::TelehealthRegistration,
    ]
    .into_iter()
    .find(|b| current.iter().any(|g| g.basis == *b));
    let Some(basis) = strongest else {
        let lapsed = !grants.is_empty();
        let (standing, words) = if lapsed {
            (Standing::Lapsed, "lapsed, no current authority")
        } else {
            (Standing::None, "no authority on record")
        };
        return JurisdictionAuthority {
            jurisdiction: j,
            standing,
            basis: None,
            expires: None,
            label: format!("{}: {words}", j.name()),
        };
    };
    // Open-ended authority (no expiry) outlasts any dated one.
    let open_ended = current.iter().any(|g| g.expires.is_none());
    let expires = if open_ended {
        None
    } else {
        current.iter().filter_map(|g| g.expires).max()
    };
    let soon = today.checked_add_days(Days::new(EXPIRING_WITHIN_DAYS));
    let expiring = match (expires, soon) {
        (Some(e), Some(limit)) => e <= limit,
        _ => false,
    };
    let standing = if expiring {
        Standing::Expiring
    } else {
        match basis {
            AuthorityBasis::StateLicense => Standing::Licensed,
            AuthorityBasis::CompactPrivilege => Standing::Compact,
            AuthorityBasis::TelehealthRegistration => Standing::TelehealthRegistration,
        }
    };
    let mut label = format!("{}: {}", j.name(), basis.label());
    match expires {
        Some(e) if expiring => label.push_str(&format!(", expires soon, on {e}")),
        Some(e) => label.push_str(&format!(", expires {e}")),
        None => label.push_str(", no expiry recorded"),
    }
    JurisdictionAuthority {
        jurisdiction: j,
        standing,
        basis: Some(basis),
        expires,
        label,
    }
}
