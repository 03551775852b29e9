//! Licensure's persistence: the clinician's records in a sled database on disk.
//!
//! Every write is flushed before the call returns, so "saved" always means durable.
//! Multi-record changes (import) are one transaction. One process at a time: a second one
//! gets [`StoreError::InUse`] at once. A database that cannot be read is reported as
//! [`StoreError::Damaged`], never recreated. Export/import use a versioned, neutral JSON
//! document ([`document`]) that does not depend on sled. Documents attached to credentials
//! are files next to the database ([`attachments`]), outside exports and backups.
//!
//! Limits: no clock and no business rules here; validation comes from licensure-core.

pub mod attachments;
pub mod backup;
mod checked_answers;
mod cme;
mod cme_batch;
mod credential_batch;
pub mod document;
mod error;
mod files;
pub mod paths;
pub mod quarantine;
mod records;
pub mod reference_data;
pub mod reminder_state;
pub mod reminders;
pub mod sample;

pub use attachments::{Attachment, AttachmentOwner, MediaType};
pub use document::{ExportDocument, ImportProblem, ImportReport};
pub use error::StoreError;
pub use files::save_file;
pub use records::{Store, SCHEMA_VERSION, WRITE_WITHIN};
pub use reminder_state::DeliveryFailure;
pub use reminders::{deliver_due, due_now, DeliveryReport, Notifier};
