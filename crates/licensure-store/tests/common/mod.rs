//! What the store's property tests share.

pub mod hostile;
