//! Header values for the raw-body commands: as the UI sends them (percent-encoded) and as
//! another client could (hostile text, raw bytes).

use proptest::prelude::*;

use crate::hostile::hostile_string;

/// `text` percent-encoded the way the UI sends a header (`encodeURIComponent`).
pub(crate) fn percent_encoded(text: &str) -> Vec<u8> {
    text.bytes()
        .flat_map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
                vec![b]
            } else {
                format!("%{b:02X}").into_bytes()
            }
        })
        .collect()
}

pub(crate) fn header_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"c1".to_vec()),
        Just(b"license.pdf".to_vec()),
        Just(b"..%2F..%2Fetc%2Fpasswd".to_vec()),
        Just(b"a%00b.pdf".to_vec()),
        Just(b"caf%E9.pdf".to_vec()),
        Just(b"%".to_vec()),
        hostile_string().prop_map(|s| percent_encoded(&s)),
        // Raw bytes, as a client other than the UI could send (dropped when not a valid
        // header value, as the HTTP layer would).
        prop::collection::vec(any::<u8>(), 0..64),
    ]
}
