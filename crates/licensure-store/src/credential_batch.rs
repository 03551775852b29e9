//! Adding many credentials at once (a confirmed CSV import): validated against the stored
//! credentials and each other, then written in one transaction: all or nothing.
//!
//! Limits: only adds; ids are assigned here (any id on the input is replaced).

use licensure_core::model::Credential;
use licensure_core::validation::{has_errors, validate_credential_against};

use crate::{Store, StoreError};

/// Key prefix of credential records (see `records.rs`).
const CREDENTIAL_PREFIX: &str = "credential/";

impl Store {
    /// Validates every credential (as `save_credential` does, and against the others in the
    /// batch) and stores them all in one transaction, returning them with their new ids. When
    /// any is invalid nothing is stored, and the issues name the batch position
    /// ("2/detail/number").
    pub fn add_credentials(
        &self,
        credentials: Vec<Credential>,
    ) -> Result<Vec<Credential>, StoreError> {
        let family = self.profile()?.map(|p| p.family_name);
        let mut known = self.credentials()?;
        let mut issues = Vec::new();
        let mut added = Vec::with_capacity(credentials.len());
        for (i, mut credential) in credentials.into_iter().enumerate() {
            credential.id = self.fresh_credential_id(&added)?;
            let found = validate_credential_against(&credential, &known, family.as_deref());
            if has_errors(&found) {
                issues.extend(found.into_iter().filter(|x| x.is_error()).map(|mut x| {
                    x.field = format!("{i}/{}", x.field);
                    x
                }));
            }
            known.push(credential.clone());
            added.push(credential);
        }
        if !issues.is_empty() {
            return Err(StoreError::Invalid(issues));
        }
        let mut changes = Vec::with_capacity(added.len());
        for c in &added {
            let value = serde_json::to_vec(c)
                .map_err(|e| self.damaged(format!("a record cannot be encoded: {e}")))?;
            changes.push((
                format!("{CREDENTIAL_PREFIX}{}", c.id).into_bytes(),
                Some(value),
            ));
        }
        self.commit(changes, None)?;
        Ok(added)
    }

    /// An id neither stored nor taken earlier in the batch.
    fn fresh_credential_id(&self, batch: &[Credential]) -> Result<String, StoreError> {
        loop {
            let n = self.db.generate_id().map_err(|e| self.damaged(e))?;
            let id = format!("c{n}");
            let stored = self
                .tree
                .contains_key(format!("{CREDENTIAL_PREFIX}{id}").as_bytes())
                .map_err(|e| self.damaged(e))?;
            if !stored && !batch.iter().any(|c| c.id == id) {
                return Ok(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]

    use licensure_core::model::{CredentialDetail, LicenseRoute, LicenseStatus, StateLicense};
    use licensure_core::Jurisdiction;

    use super::*;

    fn license(j: Jurisdiction, number: &str) -> Credential {
        Credential {
            id: String::new(),
            detail: CredentialDetail::StateLicense(StateLicense {
                jurisdiction: j,
                license_type: "MD".into(),
                number: number.into(),
                status: LicenseStatus::Active,
                restriction_notes: String::new(),
                issued: None,
                expires: None,
                route: LicenseRoute::Direct,
            }),
            notes: String::new(),
        }
    }

    #[test]
    fn a_batch_is_all_or_nothing() {
        struct Case {
            name: &'static str,
            stored: Vec<Credential>,
            batch: Vec<Credential>,
            /// None: accepted; Some(fields of the errors).
            rejected: Option<Vec<&'static str>>,
            total_after: usize,
        }
        let cases = vec![
            Case {
                name: "two new licenses",
                stored: vec![],
                batch: vec![
                    license(Jurisdiction::TX, "1"),
                    license(Jurisdiction::NY, "2"),
                ],
                rejected: None,
                total_after: 2,
            },
            Case {
                name: "one bad row keeps out the good one",
                stored: vec![],
                batch: vec![
                    license(Jurisdiction::TX, "1"),
                    license(Jurisdiction::NY, ""),
                ],
                rejected: Some(vec!["1/detail/number"]),
                total_after: 0,
            },
            Case {
                name: "duplicate of a stored license",
                stored: vec![license(Jurisdiction::TX, "1")],
                batch: vec![license(Jurisdiction::TX, "1")],
                rejected: Some(vec!["0/detail/number"]),
                total_after: 1,
            },
            Case {
                name: "duplicate within the batch",
                stored: vec![],
                batch: vec![
                    license(Jurisdiction::TX, "1"),
                    license(Jurisdiction::TX, "1"),
                ],
                rejected: Some(vec!["1/detail/number"]),
                total_after: 0,
            },
            Case {
                name: "empty batch",
                stored: vec![],
                batch: vec![],
                rejected: None,
                total_after: 0,
            },
        ];
        for c in cases {
            let dir = tempfile::tempdir().expect("temp dir");
            let store = Store::open(dir.path()).expect("open");
            for s in c.stored {
                store.save_credential(s).expect("stored");
            }
            let result = store.add_credentials(c.batch);
            match (&result, &c.rejected) {
                (Ok(added), None) => {
                    let mut ids: Vec<&str> = added.iter().map(|a| a.id.as_str()).collect();
                    assert!(
                        ids.iter().all(|id| !id.is_empty()),
                        "{}: ids assigned",
                        c.name
                    );
                    ids.dedup();
                    assert_eq!(ids.len(), added.len(), "{}: distinct ids", c.name);
                }
                (Err(StoreError::Invalid(issues)), Some(fields)) => {
                    let got: Vec<&str> = issues.iter().map(|i| i.field.as_str()).collect();
                    assert_eq!(&got, fields, "{}", c.name);
                }
                (other, _) => panic!("{}: unexpected {other:?}", c.name),
            }
            assert_eq!(
                store.credentials().expect("read").len(),
                c.total_after,
                "{}: stored after",
                c.name
            );
        }
    }
}
