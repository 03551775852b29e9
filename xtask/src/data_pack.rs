//! `cargo xtask data-key --out FILE`: a new Ed25519 key pair for signing reference-data
//! packs (the secret written 0600 to FILE, never over an existing file; the public key
//! printed, to be put in `crates/licensure-pack/release-key.pub`).
//! `cargo xtask data-pack --key FILE --out FILE [--version N]`: every file of `data/` sealed
//! into a signed pack (format in ARCHITECTURE.md), the version `data/dataset.json`'s unless
//! given.
//!
//! Limits: packs are built from the files on disk, not checked here: `licensure data
//! install` checks them as it would anyone's.

use std::fs::{self, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::PathBuf;

use licensure_core::reference::{DataFiles, BUNDLED_FILES};
use licensure_pack::SecretKey;

use crate::sh;

/// `data-key --out FILE`.
pub fn data_key(args: &[String]) -> Result<(), String> {
    let out = flag(args, "--out")?.ok_or("data-key needs --out FILE")?;
    let mut secret = [0u8; 32];
    fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut secret))
        .map_err(|e| format!("read /dev/urandom: {e}"))?;
    let secret = SecretKey(secret);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(&out)
        .and_then(|mut f| writeln!(f, "{}", secret.to_hex()))
        .map_err(|e| format!("write {out}: {e}"))?;
    let public = secret.public();
    println!(
        "secret key written to {out}\npublic key {}\nkey id {}",
        public.to_hex(),
        public.id
    );
    Ok(())
}

/// `data-pack --key FILE --out FILE [--version N]`.
pub fn data_pack(args: &[String]) -> Result<(), String> {
    let key = flag(args, "--key")?.ok_or("data-pack needs --key FILE")?;
    let out = flag(args, "--out")?.ok_or("data-pack needs --out FILE")?;
    let version = flag(args, "--version")?
        .map(|v| {
            v.parse::<u32>()
                .map_err(|_| format!("--version {v}: a whole number"))
        })
        .transpose()?;
    let secret = fs::read_to_string(&key)
        .map_err(|e| format!("read {key}: {e}"))
        .and_then(|text| SecretKey::from_hex(&text).map_err(|e| format!("{key}: {e}")))?;
    let data = sh::root().join("data");
    let mut files = DataFiles(Default::default());
    for (name, _) in BUNDLED_FILES {
        let path: PathBuf = data.join(name);
        let text =
            fs::read_to_string(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
        files.0.insert(name.to_string(), text);
    }
    if let Some(version) = version {
        licensure_pack::set_version(&mut files, version)?;
    }
    let read = files.parse().map_err(|e| e.to_string())?;
    fs::write(&out, licensure_pack::seal(&files, &secret))
        .map_err(|e| format!("write {out}: {e}"))?;
    println!(
        "{out}: reference data version {}, as of {}, signed by {}",
        read.version,
        read.dataset.as_of,
        secret.public().id
    );
    Ok(())
}

/// The value after `name`, if `name` is given.
fn flag(args: &[String], name: &str) -> Result<Option<String>, String> {
    match args.iter().position(|a| a == name) {
        None => Ok(None),
        Some(i) => args
            .get(i + 1)
            .cloned()
            .map(Some)
            .ok_or_else(|| format!("{name} needs a value")),
    }
}
