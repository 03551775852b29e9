//! `cargo xtask`: every piece of Licensure's automation, in Rust, with no dependencies but
//! the workspace's own core and pack crates (for `data-key` and `data-pack`), so that it
//! builds on a machine that has nothing but a Rust toolchain.
//!
//! - `cargo xtask run`: install what is missing, build the UI and start the app.
//! - `cargo xtask test`: install what is missing and run every check and test, the
//!   install test of the packages last.
//! - `cargo xtask bundle`: the release packages (.deb, .rpm) a clinician installs.
//! - `cargo xtask test-install`: build them, install the .deb with apt-get, start it, remove it.
//! - `cargo xtask bindings`: regenerate the TypeScript bindings of the IPC types.
//! - `cargo xtask bench`: measure against the floor of the stack; report in docs/bench/.
//! - `cargo xtask load-check [RUNS]`: the core's and store's tests, RUNS times, cores busy.
//! - `cargo xtask data-key --out FILE`, `cargo xtask data-pack --key FILE --out FILE
//!   [--version N]`: a signing key pair, a signed reference-data pack from `data/` (these two
//!   use the workspace's own core and pack crates; the rest has no dependency).

mod bench;
mod bundle;
mod data_pack;
mod deps;
mod install_test;
mod load_check;
mod sh;
mod tasks;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <run | test | bundle | test-install | bindings | deps | bench | load-check [RUNS]
                    | data-key --out FILE | data-pack --key FILE --out FILE [--version N]>

  run       install what is missing (system packages, npm packages), build the UI, start the app
  test      install what is missing, then: fmt, clippy -D warnings, UI lint/type check/tests,
            every Rust test including the end-to-end tests in the real webview, then
            test-install (below; as root)
  bundle    build the release packages (.deb, .rpm) with the app, the licensure CLI, the
            desktop entry, the icons and the AppStream metadata; in target/release/bundle/
  test-install
            only the last part of test: build the packages, install the .deb with apt-get (as root), start the installed
            app under Xvfb, run the installed CLI, remove the package, check the data is kept
  bindings  regenerate ui/src/lib/ipc/bindings.ts from the Rust wire types
  deps      only install what is missing (for tests)
  bench     measure start-up, memory, idle CPU, size, core and store timings against the
            floor of the stack; writes docs/bench/report.md and report.json
  load-check [RUNS]
            run the core's and the store's test binaries RUNS times (default 5) with every
            core kept busy; fails when any run fails
  data-key --out FILE
            a new key pair for signing reference-data packs: the secret key to FILE (0600,
            never over an existing file), the public key printed
  data-pack --key FILE --out FILE [--version N]
            every file of data/ sealed into a reference-data pack signed with the secret key
            in FILE (its version data/dataset.json's unless given)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => tasks::run_app(),
        Some("test") => tasks::test(),
        Some("bundle") => bundle::bundle().map(|_| ()),
        Some("test-install") => install_test::test_install(),
        Some("bindings") => tasks::bindings(),
        Some("bench") => bench::bench(),
        Some("load-check") => match args.get(1).map(|r| r.parse::<usize>()) {
            None => load_check::load_check(5),
            Some(Ok(runs)) if runs > 0 => load_check::load_check(runs),
            Some(_) => {
                eprintln!("xtask: load-check takes a whole number of runs above 0\n\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        Some("deps") => deps::ensure(deps::Purpose::Test),
        Some("data-key") => data_pack::data_key(&args[1..]),
        Some("data-pack") => data_pack::data_pack(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
