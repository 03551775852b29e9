//! Documents attached to a credential (a license PDF, a certificate scan) or to a CME activity
//! (its certificate), kept in the data directory.
//!
//! Each document is copied to `<data>/attachments/<attachment id>`: written atomically
//! (temporary file `.tmp-<id>`, fsync, rename, fsync of the directory), mode 0600 in a 0700
//! directory, *before* its record `attachment/<id>` is committed and flushed. The record holds
//! the credential id, the name for display, the media type, the size and the SHA-256; reading
//! a document back checks both. The file name on disk is the store's own id: nothing the user
//! supplies (the original name) is ever used as a path. The original name is kept only for
//! display, without its folders, control, bidirectional-override or invisible characters, at
//! most [`MAX_NAME_CHARS`] characters.
//!
//! Attachments are keyed by their owner (a credential or a CME activity, [`AttachmentOwner`])
//! and its id, and kept when the owner is deleted (a delete can be undone, which re-creates it
//! with the same id); one whose owner no longer exists is *orphaned*: listed by
//! [`Store::orphaned_attachments`] and removable like any other. Records written before
//! attachments had owners other than credentials read as a credential's.
//!
//! Limits: at most [`MAX_BYTES`] per document, not empty; PDF, PNG, JPEG or plain UTF-8 text,
//! recognised by both the content (magic bytes) and the name's extension. No clock: the
//! caller passes the date it was added. Export documents and automatic backups carry neither
//! the files nor their records: the files stay in `<data>/attachments/`, and after a restore
//! from a backup or an export (which fills a fresh database) they are no longer listed and
//! must be attached again. A crash between the file write and the commit leaves a file no
//! record names: it is never listed and never deleted automatically. Leftover temporary files
//! and copies made for viewing are deleted when the store is next opened.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use licensure_core::validation::Issue;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::backup::sha256_hex;
use crate::files::{io, private_dir, sync_dir, write_atomically};
use crate::{Store, StoreError};

/// The largest document accepted: 20 MiB.
pub const MAX_BYTES: u64 = 20 * 1024 * 1024;
/// The longest name kept for display, in characters (the extension included).
pub const MAX_NAME_CHARS: usize = 120;
/// The documents' directory, below the data directory.
pub const ATTACHMENT_DIR: &str = "attachments";
/// Where verified copies are written for the system viewer, below the data directory.
pub const VIEWING_DIR: &str = "opened";

const RECORD_PREFIX: &str = "attachment/";
const TEMP_PREFIX: &str = ".tmp-";

/// What kind of document, recognised from its content and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum MediaType {
    #[serde(rename = "application/pdf")]
    Pdf,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "text/plain")]
    Text,
}

impl MediaType {
    /// The extension used for copies handed to a viewer.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Pdf => "pdf",
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
            MediaType::Text => "txt",
        }
    }

    /// The type a name's extension claims, if it is one of the accepted ones.
    fn from_extension(ext: &str) -> Option<MediaType> {
        match ext {
            "pdf" => Some(MediaType::Pdf),
            "png" => Some(MediaType::Png),
            "jpg" | "jpeg" => Some(MediaType::Jpeg),
            "txt" => Some(MediaType::Text),
            _ => None,
        }
    }

    /// Whether `bytes` look like this type: magic bytes, or for text valid UTF-8 without
    /// control characters other than tab, line feed, form feed and carriage return.
    fn matches(self, bytes: &[u8]) -> bool {
        match self {
            MediaType::Pdf => bytes.starts_with(b"%PDF-"),
            MediaType::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            MediaType::Jpeg => bytes.starts_with(&[0xff, 0xd8, 0xff]),
            MediaType::Text => std::str::from_utf8(bytes).is_ok_and(|text| {
                !text
                    .chars()
                    .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
            }),
        }
    }

    fn label(self) -> &'static str {
        match self {
            MediaType::Pdf => "a PDF",
            MediaType::Png => "a PNG image",
            MediaType::Jpeg => "a JPEG image",
            MediaType::Text => "plain text",
        }
    }
}

/// What a document is attached to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentOwner {
    /// A credential (a license PDF, a DEA certificate).
    #[default]
    Credential,
    /// A CME activity (its certificate of completion).
    CmeActivity,
}

/// A document attached to a credential or a CME activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    /// The store's id; also the file's name in `<data>/attachments/`.
    pub id: String,
    /// What it belongs to (a credential when the record does not say).
    #[serde(default)]
    pub owner: AttachmentOwner,
    /// The id of the credential or CME activity it belongs to (which may since have been
    /// deleted).
    #[serde(alias = "credential_id")]
    pub owner_id: String,
    /// The original file name, cleaned for display. Never used as a path.
    pub name: String,
    pub media_type: MediaType,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content, lowercase hex.
    pub sha256: String,
    /// The local date it was attached.
    pub added: NaiveDate,
}

/// The attachments directory of the data directory `data_dir`.
pub fn attachments_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(ATTACHMENT_DIR)
}

/// Characters that change how text around them is displayed without being seen:
/// bidirectional marks, embeddings, overrides and isolates, zero-width characters and the
/// byte-order mark. A name with a right-to-left override could pass "fdp.exe" off as
/// "exe.pdf".
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061c}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// The name shown for a document: the last component of `raw` (folders dropped), without
/// control or invisible characters, trimmed, at most [`MAX_NAME_CHARS`] characters with the
/// extension kept. Empty when nothing is left.
pub fn display_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|&c| !c.is_control() && !is_invisible(c))
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.chars().count() <= MAX_NAME_CHARS {
        return cleaned.to_string();
    }
    let ext = extension(cleaned)
        .filter(|e| e.chars().count() <= 10)
        .unwrap_or_default();
    let keep = MAX_NAME_CHARS - ext.chars().count() - 2;
    let stem: String = cleaned.chars().take(keep).collect();
    if ext.is_empty() {
        format!("{stem}…")
    } else {
        format!("{stem}….{ext}")
    }
}

/// The lowercase extension of a name, if it has one.
fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_lowercase())
}

/// Why `bytes` named `name` cannot be attached, or its media type.
fn check(name: &str, bytes: &[u8]) -> Result<MediaType, StoreError> {
    let refuse = |code: &str, message: String| {
        Err(StoreError::Invalid(vec![Issue::error(
            code, "file", message,
        )]))
    };
    if bytes.is_empty() {
        return refuse("attachment_empty", format!("{name:?} is empty"));
    }
    let size = bytes.len() as u64;
    if size > MAX_BYTES {
        return refuse(
            "attachment_too_large",
            format!(
                "{name:?} is {:.1} MiB; documents can be at most {} MiB",
                size as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
        );
    }
    let Some(claimed) = extension(name)
        .as_deref()
        .and_then(MediaType::from_extension)
    else {
        return refuse(
            "attachment_type",
            format!(
                "{name:?} is not a PDF, PNG, JPEG or text file (.pdf, .png, .jpg, .jpeg, .txt)"
            ),
        );
    };
    if !claimed.matches(bytes) {
        return refuse(
            "attachment_content",
            format!(
                "{name:?} is named like {} but its content is not {}",
                claimed.label(),
                claimed.label()
            ),
        );
    }
    Ok(claimed)
}

/// Deletes leftover temporary files (a write interrupted by a crash) and the copies made for
/// viewing. Best effort: run when the store opens, it never keeps the store from opening.
pub(crate) fn tidy(data_dir: &Path) {
    if let Ok(entries) = fs::read_dir(attachments_dir(data_dir)) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    let _ = fs::remove_dir_all(data_dir.join(VIEWING_DIR));
}

impl Store {
    fn attachment_path(&self, id: &str) -> PathBuf {
        attachments_dir(&self.dir).join(id)
    }

    /// Attaches a copy of `bytes` to the credential `credential_id`: [`Store::attach_to`] a
    /// credential.
    pub fn add_attachment(
        &self,
        credential_id: &str,
        name: &str,
        bytes: &[u8],
        added: NaiveDate,
    ) -> Result<Attachment, StoreError> {
        self.attach_to(
            AttachmentOwner::Credential,
            credential_id,
            name,
            bytes,
            added,
        )
    }

    /// Whether the owner exists: `not_found` when it does not.
    fn owner_exists(&self, owner: AttachmentOwner, id: &str) -> Result<(), StoreError> {
        match owner {
            AttachmentOwner::Credential => self.credential(id).map(|_| ()),
            AttachmentOwner::CmeActivity => self.cme_activity(id).map(|_| ()),
        }
    }

    /// Attaches a copy of `bytes` to the credential or CME activity `owner_id`. `name` is the
    /// original file name (for display and the type check only). Durable when it returns Ok;
    /// when it returns Err nothing is stored (no file, no record).
    pub fn attach_to(
        &self,
        owner: AttachmentOwner,
        owner_id: &str,
        name: &str,
        bytes: &[u8],
        added: NaiveDate,
    ) -> Result<Attachment, StoreError> {
        self.owner_exists(owner, owner_id)?;
        let name = display_name(name);
        let media_type = check(&name, bytes)?;
        let id = self.new_id("a", RECORD_PREFIX)?;
        let attachment = Attachment {
            id: id.clone(),
            owner,
            owner_id: owner_id.to_string(),
            name,
            media_type,
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
            added,
        };
        let record = self.encode(&attachment)?;
        let dir = attachments_dir(&self.dir);
        private_dir(&dir)?;
        let path = write_atomically(&dir, &format!("{TEMP_PREFIX}{id}"), &id, bytes)?;
        let key = format!("{RECORD_PREFIX}{id}").into_bytes();
        if let Err(e) = self.commit(vec![(key, Some(record))], None) {
            // Not acknowledged, so not kept: the file goes too (best effort).
            let _ = fs::remove_file(&path);
            return Err(e);
        }
        Ok(attachment)
    }

    /// Every attachment, oldest first.
    pub fn attachments(&self) -> Result<Vec<Attachment>, StoreError> {
        let mut all: Vec<Attachment> = self.scan(RECORD_PREFIX)?;
        all.sort_by(|a, b| (a.added, a.id.len(), &a.id).cmp(&(b.added, b.id.len(), &b.id)));
        Ok(all)
    }

    /// The attachments of one credential, oldest first (empty for an unknown id).
    pub fn attachments_of(&self, credential_id: &str) -> Result<Vec<Attachment>, StoreError> {
        self.attachments_owned_by(AttachmentOwner::Credential, credential_id)
    }

    /// The attachments of one credential or CME activity, oldest first (empty for an
    /// unknown id).
    pub fn attachments_owned_by(
        &self,
        owner: AttachmentOwner,
        owner_id: &str,
    ) -> Result<Vec<Attachment>, StoreError> {
        let mut all = self.attachments()?;
        all.retain(|a| a.owner == owner && a.owner_id == owner_id);
        Ok(all)
    }

    /// The attachments whose credential or CME activity no longer exists, oldest first.
    pub fn orphaned_attachments(&self) -> Result<Vec<Attachment>, StoreError> {
        let credentials = self.credentials()?;
        let activities = self.cme_activities()?;
        let mut all = self.attachments()?;
        all.retain(|a| match a.owner {
            AttachmentOwner::Credential => !credentials.iter().any(|c| c.id == a.owner_id),
            AttachmentOwner::CmeActivity => !activities.iter().any(|c| c.id == a.owner_id),
        });
        Ok(all)
    }

    /// One attachment's record.
    pub fn attachment(&self, id: &str) -> Result<Attachment, StoreError> {
        self.get(format!("{RECORD_PREFIX}{id}").as_bytes())?
            .ok_or_else(|| StoreError::NotFound {
                kind: "attachment",
                id: id.to_string(),
            })
    }

    /// Removes an attachment: its file, then its record. Returns the record. A file already
    /// missing is not an error (that is how a damaged attachment is cleared).
    pub fn remove_attachment(&self, id: &str) -> Result<Attachment, StoreError> {
        let attachment = self.attachment(id)?;
        let path = self.attachment_path(id);
        match fs::remove_file(&path) {
            Ok(()) => sync_dir(&attachments_dir(&self.dir))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io("remove", &path)(e)),
        }
        self.commit(
            vec![(format!("{RECORD_PREFIX}{id}").into_bytes(), None)],
            None,
        )?;
        Ok(attachment)
    }

    /// An attachment's record and content, checked against the size and SHA-256 recorded
    /// when it was attached ([`StoreError::AttachmentDamaged`] when they differ or the file
    /// is gone).
    pub fn read_attachment(&self, id: &str) -> Result<(Attachment, Vec<u8>), StoreError> {
        let attachment = self.attachment(id)?;
        let path = self.attachment_path(id);
        let damaged = |detail: String| StoreError::AttachmentDamaged {
            name: attachment.name.clone(),
            path: path.clone(),
            detail,
        };
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(damaged("its file is missing".into()))
            }
            Err(e) => return Err(io("read", &path)(e)),
        };
        if bytes.len() as u64 != attachment.size {
            return Err(damaged(format!(
                "it is {} bytes long, {} were attached",
                bytes.len(),
                attachment.size
            )));
        }
        if sha256_hex(&bytes) != attachment.sha256 {
            return Err(damaged(
                "its content has changed since it was attached".into(),
            ));
        }
        Ok((attachment, bytes))
    }

    /// Writes a checked copy of an attachment to `<data>/opened/<id>/<name>` for a viewer
    /// (the original stays untouched whatever the viewer does) and returns its path. The
    /// name is the display name reduced to letters, digits, spaces and `._()-`, with the
    /// extension of the recognised media type, so the viewer is chosen by the content.
    pub fn copy_for_viewing(&self, id: &str) -> Result<PathBuf, StoreError> {
        let (attachment, bytes) = self.read_attachment(id)?;
        let dir = self.dir.join(VIEWING_DIR).join(&attachment.id);
        private_dir(&self.dir.join(VIEWING_DIR))?;
        private_dir(&dir)?;
        let name = viewing_name(&attachment);
        write_atomically(&dir, &format!("{TEMP_PREFIX}{name}"), &name, &bytes)
    }
}

/// A file name safe on every platform for an attachment's viewing copy.
fn viewing_name(attachment: &Attachment) -> String {
    let stem = attachment
        .name
        .rsplit_once('.')
        .map_or(attachment.name.as_str(), |(stem, _)| stem);
    let safe: String = stem
        .chars()
        .take(80)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '(' | ')' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim();
    let stem = if safe.is_empty() { "document" } else { safe };
    format!("{stem}.{}", attachment.media_type.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_drop_folders_and_invisible_characters() {
        let long = format!("{}.pdf", "x".repeat(300));
        let cases: Vec<(&str, &str, String)> = vec![
            ("plain", "license.pdf", "license.pdf".into()),
            ("traversal", "../../etc/passwd", "passwd".into()),
            (
                "windows folders",
                r"C:\Users\me\cert.png",
                "cert.png".into(),
            ),
            ("NUL byte", "lic\0ense.pdf", "license.pdf".into()),
            (
                "right-to-left override",
                "scan\u{202e}fdp.exe",
                "scanfdp.exe".into(),
            ),
            (
                "isolates and zero width",
                "a\u{2066}b\u{200b}c.txt",
                "abc.txt".into(),
            ),
            ("only folders", "../..", "..".into()),
            ("blank", "  \t ", String::new()),
            (
                "too long keeps the extension",
                &long,
                format!("{}….pdf", "x".repeat(MAX_NAME_CHARS - 5)),
            ),
        ];
        for (case, raw, expected) in cases {
            let shown = display_name(raw);
            assert_eq!(shown, expected, "case {case}");
            assert!(shown.chars().count() <= MAX_NAME_CHARS, "case {case}");
        }
    }

    #[test]
    fn records_written_before_owners_read_as_a_credentials() {
        let old = r#"{"id":"a1","credential_id":"c1","name":"x.pdf","media_type":"application/pdf","size":1,"sha256":"","added":"2026-11-26"}"#;
        let a: Attachment = serde_json::from_str(old).expect("an old record reads");
        assert_eq!(
            (a.owner, a.owner_id.as_str()),
            (AttachmentOwner::Credential, "c1")
        );
        let certificate = Attachment {
            owner: AttachmentOwner::CmeActivity,
            owner_id: "m1".into(),
            ..a
        };
        let json = serde_json::to_string(&certificate).expect("json");
        assert!(
            json.contains(r#""owner":"cme_activity","owner_id":"m1""#),
            "{json}"
        );
        let back: Attachment = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, certificate);
    }

    #[test]
    fn viewing_names_are_safe_and_typed_by_content() {
        let mut a = Attachment {
            id: "a1".into(),
            owner: AttachmentOwner::Credential,
            owner_id: "c1".into(),
            name: "Texas license (2026).PDF".into(),
            media_type: MediaType::Pdf,
            size: 1,
            sha256: String::new(),
            added: NaiveDate::MIN,
        };
        assert_eq!(viewing_name(&a), "Texas license (2026).pdf");
        a.name = "名前 ü.jpeg".into();
        a.media_type = MediaType::Jpeg;
        assert_eq!(viewing_name(&a), "__ _.jpg");
        a.name = ".txt".into();
        a.media_type = MediaType::Text;
        assert_eq!(viewing_name(&a), "document.txt");
    }
}
