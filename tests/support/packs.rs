//! Reference-data packs for the tests (licensure-pack's `testing` feature).

pub use licensure_pack::testing::{bundled, move_flexibilities_end, TestSigner};
pub use licensure_store::reference_data::TEST_KEY_ENV;
