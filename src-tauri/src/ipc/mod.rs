//! The wire contract with the UI: errors as `{code, message}`, and the TypeScript bindings
//! generated from the Rust types.

pub mod bindings;
mod error;

pub use error::{ErrorCode, IpcError};
