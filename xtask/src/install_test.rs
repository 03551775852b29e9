//! `cargo xtask test-install`: the packages as a clinician gets them. Builds them
//! (`cargo xtask bundle`), then runs `tests/install/`, which installs the .deb with apt-get,
//! starts the installed app from its desktop entry under Xvfb on a private bus, runs the
//! installed CLI and removes the package. Needs root (apt-get) on a Debian-based system.
//!
//! The last step of `cargo xtask test` (the release build it needs takes about as long as
//! the whole debug suite on two cores); `cargo xtask test-install` runs it alone.

use std::time::Instant;

use crate::deps::{self, Purpose};
use crate::sh::{cmd, in_virtual_display, run};

/// The install test's target in the system tests' package.
const TARGET: [&str; 4] = ["-p", "licensure-system-tests", "--test", "install"];

pub fn test_install() -> Result<(), String> {
    let started = Instant::now();
    deps::ensure(Purpose::Test)?;
    let packages = crate::bundle::bundle()?;
    let built = started.elapsed().as_secs();
    // `test = false` keeps this target out of `--all-targets`: it is linted here.
    let clippy = [
        &["clippy", "--locked"][..],
        &TARGET,
        &["--", "-D", "warnings"],
    ]
    .concat();
    run(&mut cmd("cargo", &clippy))?;
    let test = [
        &["cargo", "test", "--locked"][..],
        &TARGET,
        &["--", "--nocapture"],
    ]
    .concat();
    run(in_virtual_display(&test)?
        .env("LICENSURE_DEB", &packages.deb)
        .env("LICENSURE_RPM", &packages.rpm))?;
    eprintln!(
        "\nxtask: the packages were built in {built} s and passed the install test in {} s",
        started.elapsed().as_secs() - built
    );
    Ok(())
}
