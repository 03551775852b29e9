//! The tasks: run, test, bindings.

use crate::deps::{self, Purpose};
use crate::sh::{cmd, in_virtual_display, root, run};

pub fn build_ui() -> Result<(), String> {
    run(cmd("npm", &["run", "build"]).current_dir(root().join("ui")))
}

/// Which build of the binaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Debug,
    /// Size-optimised, as packaged.
    Release,
}

/// Builds the app and the CLI (the UI must be built first: the app embeds it).
pub fn build_binaries(profile: Profile) -> Result<(), String> {
    let mut args = vec![
        "build",
        "--locked",
        "-p",
        "licensure-app",
        "-p",
        "licensure-cli",
    ];
    if profile == Profile::Release {
        args.push("--release");
    }
    run(&mut cmd("cargo", &args))
}

/// Installs what is missing, builds the UI and starts the app. A debug build: it compiles in
/// about half the time of the size-optimised release profile, which `cargo xtask bench`
/// builds for the size and speed figures.
pub fn run_app() -> Result<(), String> {
    deps::ensure(Purpose::Run)?;
    build_ui()?;
    run(&mut cmd("cargo", &["run", "-p", "licensure-app"]))
}

/// Every check and test. Stops at the first failure.
pub fn test() -> Result<(), String> {
    let started = std::time::Instant::now();
    deps::ensure(Purpose::Test)?;
    let ui = root().join("ui");

    // The app embeds ui/dist, so the UI is built before anything compiles the app.
    build_ui()?;
    run(cmd("npm", &["run", "lint"]).current_dir(&ui))?;
    run(cmd("npm", &["run", "check"]).current_dir(&ui))?;
    run(cmd("npm", &["test"]).current_dir(&ui))?;

    run(&mut cmd("cargo", &["fmt", "--all", "--check"]))?;
    run(&mut cmd("cargo", &["deny", "check", "licenses", "bans"]))?;
    run(&mut cmd(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
    ))?;

    // The system tests drive these binaries.
    build_binaries(Profile::Debug)?;
    // A private session bus (single instance, notifications) and a virtual display for the
    // real webview; every Rust test of the workspace runs inside them.
    run(&mut in_virtual_display(&[
        "cargo",
        "test",
        "--workspace",
        "--locked",
        "--no-fail-fast",
    ])?)?;
    // Last, the packages as a clinician gets them: built in release, the .deb installed with
    // apt-get, started and removed (`cargo xtask test-install` alone).
    crate::install_test::test_install()?;
    eprintln!(
        "\nxtask: every check and test passed in {} s",
        started.elapsed().as_secs()
    );
    Ok(())
}

/// Regenerates the TypeScript bindings from the Rust wire types.
pub fn bindings() -> Result<(), String> {
    run(cmd(
        "cargo",
        &[
            "test",
            "-p",
            "licensure-app",
            "--test",
            "app",
            "typescript_bindings_are_fresh",
        ],
    )
    .env("UPDATE_BINDINGS", "1"))
}
