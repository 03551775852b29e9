//! Credentials grouped by the jurisdiction they belong to, built once per pass so that rules
//! looking at "the credentials in this state" do not rescan every credential for each state
//! (which makes a pass grow with the square of the number of credentials).
//!
//! Limits: a credential belongs to the jurisdiction [`CredentialDetail::jurisdiction`] names
//! (a compact privilege to its home state, a Letter of Qualification to its principal state);
//! credentials that belong to none (malpractice policies, board certifications, CAQH) are
//! kept apart, in recorded order.

use super::{Credential, CredentialDetail};
use crate::Jurisdiction;

/// Every credential grouped by jurisdiction, each group in recorded order.
#[derive(Debug, Clone)]
pub struct ByState<'a> {
    groups: Vec<Vec<&'a Credential>>,
    stateless: Vec<&'a Credential>,
    privileges: Vec<&'a Credential>,
}

impl<'a> ByState<'a> {
    pub fn new(credentials: &'a [Credential]) -> Self {
        let mut groups = vec![Vec::new(); Jurisdiction::ALL.len()];
        let mut stateless = Vec::new();
        let mut privileges = Vec::new();
        for c in credentials {
            if matches!(c.detail, CredentialDetail::CompactPrivilege(_)) {
                privileges.push(c);
            }
            match c.detail.jurisdiction() {
                Some(j) => groups[j.index()].push(c),
                None => stateless.push(c),
            }
        }
        ByState {
            groups,
            stateless,
            privileges,
        }
    }

    /// The credentials that belong to `j`, in recorded order.
    pub fn in_state(&self, j: Jurisdiction) -> &[&'a Credential] {
        &self.groups[j.index()]
    }

    /// The credentials that belong to no jurisdiction, in recorded order.
    pub fn stateless(&self) -> &[&'a Credential] {
        &self.stateless
    }

    /// Every compact privilege, whatever its home state (a privilege serves other states),
    /// in recorded order.
    pub fn privileges(&self) -> &[&'a Credential] {
        &self.privileges
    }
}
