//! The integration tests of licensure-core: one binary, a module per domain area.

mod validation;
