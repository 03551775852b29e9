//! The keys: the release public key compiled in (`release-key.pub`, hex), a key's id (the
//! first 8 bytes of the SHA-256 of the public key, in hex) and secret keys read from hex.
//!
//! Limits: no key is generated here (no randomness in this crate: callers supply the 32
//! secret bytes), and no private key is in the repository.

use ed25519_dalek::{SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The public key that signs the project's reference-data packs.
const RELEASE_KEY_HEX: &str = include_str!("../release-key.pub");

/// A public key trusted to sign packs, with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub id: String,
    pub key: VerifyingKey,
}

impl From<VerifyingKey> for TrustedKey {
    fn from(key: VerifyingKey) -> Self {
        let digest = Sha256::digest(key.as_bytes());
        TrustedKey {
            id: format!("ed25519:{}", hex(&digest[..8])),
            key,
        }
    }
}

impl TrustedKey {
    /// A public key from its 64 hex digits (surrounding whitespace ignored).
    pub fn from_hex(text: &str) -> Result<TrustedKey, String> {
        let bytes = unhex32(text)?;
        VerifyingKey::from_bytes(&bytes)
            .map(TrustedKey::from)
            .map_err(|_| "not an Ed25519 public key".to_string())
    }

    /// The 64 hex digits of the public key.
    pub fn to_hex(&self) -> String {
        hex(self.key.as_bytes())
    }
}

/// The release key compiled into this build.
pub fn release_key() -> TrustedKey {
    // Checked by the tests: the committed file holds a valid key.
    TrustedKey::from_hex(RELEASE_KEY_HEX)
        .unwrap_or_else(|_| TrustedKey::from(SigningKey::from_bytes(&[0; 32]).verifying_key()))
}

/// A secret signing key: 32 bytes.
pub struct SecretKey(pub [u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

impl SecretKey {
    /// A secret key from its 64 hex digits (surrounding whitespace ignored).
    pub fn from_hex(text: &str) -> Result<SecretKey, String> {
        unhex32(text).map(SecretKey)
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// The public half, as trusted by whoever verifies.
    pub fn public(&self) -> TrustedKey {
        TrustedKey::from(SigningKey::from_bytes(&self.0).verifying_key())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex32(text: &str) -> Result<[u8; 32], String> {
    let text = text.trim();
    if text.len() != 64 || !text.is_ascii() {
        return Err("a key is 64 hex digits".into());
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16)
            .map_err(|_| "a key is 64 hex digits".to_string())?;
    }
    Ok(out)
}
