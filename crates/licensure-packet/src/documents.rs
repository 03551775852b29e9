//! The chosen credentials' attached documents, checked (size and SHA-256, by the store) and
//! read before anything is written: each is ready to append, or left out with the reason,
//! which the packet's summary names.

use licensure_core::model::Credential;
use licensure_store::{Attachment, MediaType, Store, StoreError};

use crate::pdf::image::{self, Picture};
use crate::pdf::merge;

/// What an attached document becomes in the packet.
#[derive(Debug)]
pub enum Content {
    /// Its pages, appended as they are.
    Pdf(Box<lopdf::Document>),
    /// An image placed on a page of its own.
    Picture(Box<Picture>),
    /// Plain text set on pages of its own.
    Text(String),
}

/// A document checked and read, ready to go in.
#[derive(Debug)]
pub struct Ready {
    pub attachment: Attachment,
    pub content: Content,
}

/// A document of a chosen credential that is not in the packet, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub credential_id: String,
    /// The credential's number-free title.
    pub credential: String,
    /// The document's name as attached.
    pub name: String,
    pub why: String,
}

/// Every document attached to `credential`, oldest first: those that pass their check and
/// can be read, and those left out.
pub fn gather(
    store: &Store,
    credential: &Credential,
) -> Result<(Vec<Ready>, Vec<LeftOut>), StoreError> {
    let mut ready = Vec::new();
    let mut left_out = Vec::new();
    for attachment in store.attachments_of(&credential.id)? {
        let leave_out = |why: String| LeftOut {
            credential_id: credential.id.clone(),
            credential: credential.detail.title(),
            name: attachment.name.clone(),
            why,
        };
        let bytes = match store.read_attachment(&attachment.id) {
            Ok((_, bytes)) => bytes,
            Err(StoreError::AttachmentDamaged { detail, .. }) => {
                left_out.push(leave_out(format!("damaged: {detail}")));
                continue;
            }
            Err(StoreError::Io { source, .. }) => {
                left_out.push(leave_out(format!("its file cannot be read ({source})")));
                continue;
            }
            Err(e) => return Err(e),
        };
        match read(attachment.media_type, &bytes) {
            Ok(content) => ready.push(Ready {
                attachment,
                content,
            }),
            Err(why) => left_out.push(leave_out(why)),
        }
    }
    Ok((ready, left_out))
}

fn read(media_type: MediaType, bytes: &[u8]) -> Result<Content, String> {
    match media_type {
        MediaType::Pdf => merge::read(bytes).map(|d| Content::Pdf(Box::new(d))),
        MediaType::Png => image::png(bytes).map(|p| Content::Picture(Box::new(p))),
        MediaType::Jpeg => image::jpeg(bytes).map(|p| Content::Picture(Box::new(p))),
        MediaType::Text => String::from_utf8(bytes.to_vec())
            .map(Content::Text)
            .map_err(|_| "it is not UTF-8 text".to_string()),
    }
}
