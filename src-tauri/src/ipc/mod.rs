//! The wire contract with the UI: errors as `{code, message}`, raw-body requests (files),
//! and the TypeScript bindings generated from the Rust types.

pub mod bindings;
mod error;
pub mod raw;

pub use error::{ErrorCode, IpcError};
