//! Installing what is missing: Debian packages (as root; otherwise the exact apt-get line is
//! printed), the UI's npm packages, and the pinned tauri-driver.

use std::path::PathBuf;

use crate::sh::{cmd, read, root, run};

/// What the packages are for: running the app needs fewer than testing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Test,
}

/// Building and running the app (WebKitGTK, GTK, tray, TLS for the build).
const RUN_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libsoup-3.0-dev",
    "nodejs",
    "npm",
];

/// Testing it: the WebKit WebDriver, a virtual display, a private D-Bus, a notification
/// daemon, an independent iCalendar parser, a screen grabber for screenshots, strace to
/// prove the app makes no network connection, xdotool to answer native save dialogs, and
/// for the packages' install test: appstreamcli, desktop-file-validate and rpm (to read the
/// .rpm's contents).
const TEST_PACKAGES: &[&str] = &[
    "webkit2gtk-driver",
    "xvfb",
    "xauth",
    "dbus",
    "dunst",
    "libnotify-bin",
    "python3-icalendar",
    "imagemagick",
    "strace",
    "xdotool",
    // The credentialing packet read back by independent readers (pdftotext, pdfinfo,
    // pdftoppm; qpdf for its structure and outline).
    "poppler-utils",
    "qpdf",
    // The packages checked: AppStream metadata, the desktop entry, the .rpm's contents.
    "appstream",
    "desktop-file-utils",
    "rpm",
];

/// The tauri-driver the end-to-end suite is pinned to.
pub const TAURI_DRIVER_VERSION: &str = "2.1.0";

/// The oldest Node.js the UI toolchain (Vite 8, Vitest 4) runs on.
const MIN_NODE: (u32, u32) = (20, 19);

pub fn ensure(purpose: Purpose) -> Result<(), String> {
    system_packages(purpose)?;
    node()?;
    npm_packages()?;
    if purpose == Purpose::Test {
        tauri_driver()?;
        cargo_deny()?;
    }
    Ok(())
}

fn installed(package: &str) -> bool {
    read(cmd("dpkg-query", &["-W", "-f=${Status}", package]).current_dir("/"))
        .is_some_and(|s| s.ends_with("install ok installed"))
}

fn is_root() -> bool {
    read(&mut cmd("id", &["-u"])).as_deref() == Some("0")
}

fn system_packages(purpose: Purpose) -> Result<(), String> {
    if read(&mut cmd("dpkg-query", &["--version"])).is_none() {
        eprintln!(
            "xtask: not a Debian-based system; install the equivalents of: {}",
            RUN_PACKAGES.join(" ")
        );
        return Ok(());
    }
    let mut wanted: Vec<&str> = RUN_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend_from_slice(TEST_PACKAGES);
    }
    // Node.js from another source (nvm, a tarball) is fine: skip Debian's.
    if node_version().is_some() {
        wanted.retain(|p| *p != "nodejs" && *p != "npm");
    }
    let missing: Vec<&str> = wanted.into_iter().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let line = format!(
        "apt-get install -y --no-install-recommends {}",
        missing.join(" ")
    );
    if !is_root() {
        return Err(format!(
            "missing system packages; run as root:\n\n    sudo apt-get update && sudo {line}\n"
        ));
    }
    run(cmd("apt-get", &["update", "-q"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
    args.extend(missing.iter());
    run(cmd("apt-get", &args).env("DEBIAN_FRONTEND", "noninteractive"))
}

fn node_version() -> Option<(u32, u32)> {
    let v = read(&mut cmd("node", &["--version"]))?;
    let mut parts = v
        .trim_start_matches('v')
        .split('.')
        .map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??))
}

fn node() -> Result<(), String> {
    match node_version() {
        Some(v) if v >= MIN_NODE => Ok(()),
        Some((major, minor)) => Err(format!(
            "Node.js {major}.{minor} is too old for the UI toolchain; install Node.js {}.{} or newer",
            MIN_NODE.0, MIN_NODE.1
        )),
        None => Err("Node.js is not installed; install Node.js 20.19 or newer".into()),
    }
}

fn npm_packages() -> Result<(), String> {
    let ui = root().join("ui");
    let stamp = ui.join("node_modules/.package-lock.json");
    let lock = ui.join("package-lock.json");
    let fresh = match (
        std::fs::metadata(&stamp).and_then(|m| m.modified()),
        std::fs::metadata(&lock).and_then(|m| m.modified()),
    ) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(cmd("npm", &["ci", "--no-audit", "--no-fund"]).current_dir(ui))
}

/// The cargo-deny the license and ban checks are pinned to.
pub const CARGO_DENY_VERSION: &str = "0.20.2";

/// `~/.cargo/bin/NAME` (or `$CARGO_HOME/bin/NAME`).
pub fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin").join(name)
}

/// Installs a tool from crates.io at exactly `version`, unless that version is installed.
fn cargo_tool(name: &str, version: &str) -> Result<(), String> {
    let listed = read(&mut cmd("cargo", &["install", "--list"])).unwrap_or_default();
    if cargo_bin(name).exists() && listed.contains(&format!("{name} v{version}:")) {
        return Ok(());
    }
    run(&mut cmd(
        "cargo",
        &["install", name, "--locked", "--version", version],
    ))
}

fn tauri_driver() -> Result<(), String> {
    cargo_tool("tauri-driver", TAURI_DRIVER_VERSION)
}

fn cargo_deny() -> Result<(), String> {
    cargo_tool("cargo-deny", CARGO_DENY_VERSION)
}
