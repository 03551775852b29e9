//! The open-source licenses of what the app is built from, listed at build time for the
//! About view: one line per package, `ecosystem<TAB>name<TAB>version<TAB>license`.
//!
//! - Rust: `cargo tree` over the app's normal dependencies for the target being built
//!   (build and dev dependencies, and other platforms' crates, are not in the binary), with
//!   the `license` field of each crate's manifest. Offline: the build has every crate.
//! - npm: the packages `ui/package-lock.json` does not mark as development-only, and the
//!   parts of Svelte compiled into the interface (Svelte is a development dependency: its
//!   compiler turns the components into code that imports these at run time).
//!
//! Limits: licenses as the packages declare them (SPDX expressions), not read from their
//! license files; a package that declares none is listed as "not declared".

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Development dependencies whose code ends up in the built interface.
const UI_RUNTIME_FROM_DEV: [&str; 3] = ["svelte", "clsx", "esm-env"];

const NOT_DECLARED: &str = "not declared";

/// Every line, Rust crates first, each group sorted.
pub fn list(workspace: &Path) -> Result<String, String> {
    let mut out = String::new();
    for (name, version, license) in rust(workspace)? {
        out.push_str(&format!("rust\t{name}\t{version}\t{license}\n"));
    }
    for (name, version, license) in npm(&workspace.join("ui/package-lock.json"))? {
        out.push_str(&format!("npm\t{name}\t{version}\t{license}\n"));
    }
    Ok(out)
}

type Package = (String, String, String);

fn rust(workspace: &Path) -> Result<BTreeSet<Package>, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target = std::env::var("TARGET").map_err(|e| format!("TARGET: {e}"))?;
    let output = Command::new(cargo)
        .current_dir(workspace)
        .args([
            "tree",
            "--offline",
            "--locked",
            "--package",
            "licensure-app",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}\t{l}",
            "--target",
            &target,
        ])
        .output()
        .map_err(|e| format!("cannot run cargo tree: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let packages: BTreeSet<Package> = text.lines().filter_map(rust_line).collect();
    if packages.is_empty() {
        return Err("cargo tree listed no dependency".into());
    }
    Ok(packages)
}

/// `name vX.Y.Z[ (source)][ (*)]<TAB>license` into a package; the workspace's own crates
/// (a path source) are not dependencies.
fn rust_line(line: &str) -> Option<Package> {
    let (package, license) = line.split_once('\t')?;
    if package.contains(" (/") || package.contains(" (\\") || package.contains(":\\") {
        return None;
    }
    let mut words = package.split_whitespace();
    let name = words.next()?;
    let version = words.next()?.strip_prefix('v')?;
    let license = license.trim().trim_end_matches("(*)").trim();
    let license = if license.is_empty() {
        NOT_DECLARED
    } else {
        license
    };
    Some((name.into(), version.into(), license.into()))
}

fn npm(lock: &Path) -> Result<BTreeSet<Package>, String> {
    let text = std::fs::read_to_string(lock)
        .map_err(|e| format!("cannot read {}: {e}", lock.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", lock.display()))?;
    let packages = json["packages"]
        .as_object()
        .ok_or("package-lock.json has no packages")?;
    let mut out = BTreeSet::new();
    for (key, entry) in packages {
        let Some((_, name)) = key.rsplit_once("node_modules/") else {
            continue; // the UI itself
        };
        let dev =
            entry["dev"].as_bool() == Some(true) || entry["devOptional"].as_bool() == Some(true);
        if dev && !UI_RUNTIME_FROM_DEV.contains(&name) {
            continue;
        }
        let field = |f: &str| entry[f].as_str().unwrap_or(NOT_DECLARED).to_string();
        out.insert((name.to_string(), field("version"), field("license")));
    }
    Ok(out)
}
