//! What can go wrong with the store, in terms a user can act on.

use std::path::PathBuf;

use licensure_core::validation::Issue;

/// A store failure. The variants are what callers branch on (exit codes, IPC codes).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process (the app, or another CLI run) holds the database.
    #[error("the database in {0} is in use by another Licensure process; close the app (or wait for the other command) and try again")]
    InUse(PathBuf),
    /// The files exist but cannot be read as a Licensure database.
    #[error("the database in {path} is damaged: {detail}. Nothing was changed; restore a backup or an export")]
    Damaged { path: PathBuf, detail: String },
    /// Written by a newer Licensure.
    #[error("the database in {path} has schema version {found}, newer than this Licensure understands ({supported}); update Licensure")]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// The record breaks a validation rule; nothing was stored.
    #[error("{}", describe_issues(.0))]
    Invalid(Vec<Issue>),
    /// No record with that id.
    #[error("no {kind} with id {id:?}")]
    NotFound { kind: &'static str, id: String },
    /// An attached document's file is missing or no longer matches the size and checksum
    /// recorded when it was attached. The database itself is fine.
    #[error("the attached document {name:?} ({path}) is damaged: {detail}. Remove it and attach it again")]
    AttachmentDamaged {
        name: String,
        path: PathBuf,
        detail: String,
    },
    /// The operating system refused (permissions, disk full, …).
    #[error("could not {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn describe_issues(issues: &[Issue]) -> String {
    let errors: Vec<String> = issues
        .iter()
        .filter(|i| i.is_error())
        .map(|i| format!("{}: {}", i.field, i.message))
        .collect();
    format!("not saved: {}", errors.join("; "))
}

impl StoreError {
    pub(crate) fn damaged(path: &std::path::Path, detail: impl std::fmt::Display) -> Self {
        StoreError::Damaged {
            path: path.to_path_buf(),
            detail: detail.to_string(),
        }
    }
}
