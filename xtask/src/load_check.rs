//! `cargo xtask load-check [RUNS]`: runs the core's and the store's test binaries RUNS times
//! in a row (default 5) while every core is kept busy, and reports how many runs of each
//! failed. A test that passes on a quiet machine and fails under load fails here, long
//! before a loaded CI machine shows it by chance. Not a timing check: nothing is measured.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::sh::cmd;

/// The packages whose test binaries are run.
const PACKAGES: [&str; 2] = ["licensure-core", "licensure-store"];

/// Keeps every core busy until dropped.
struct Load {
    stop: Arc<AtomicBool>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Load {
    fn start() -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let threads = (0..cores)
            .map(|_| {
                let stop = stop.clone();
                std::thread::spawn(move || {
                    let mut x: u64 = 1;
                    while !stop.load(Ordering::Relaxed) {
                        x = std::hint::black_box(x.rotate_left(7) ^ 0x9e37_79b9_7f4a_7c15);
                    }
                })
            })
            .collect();
        Load { stop, threads }
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// The test executables cargo builds for `PACKAGES`, read from its JSON messages.
fn test_binaries() -> Result<Vec<PathBuf>, String> {
    let mut c = cmd(
        "cargo",
        &["test", "--locked", "--no-run", "--message-format=json"],
    );
    for p in PACKAGES {
        c.args(["-p", p]);
    }
    let out = c
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if !out.status.success() {
        return Err("building the test binaries failed".into());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut binaries = Vec::new();
    for line in text.lines() {
        // Dependency-free: a compiler-artifact line of a test target carries
        // "executable":"<path>" and "test":true in its profile.
        if !line.contains("\"reason\":\"compiler-artifact\"") || !line.contains("\"test\":true") {
            continue;
        }
        if let Some(rest) = line.split("\"executable\":\"").nth(1) {
            if let Some(path) = rest.split('"').next() {
                binaries.push(PathBuf::from(path));
            }
        }
    }
    if binaries.is_empty() {
        return Err("cargo built no test binary".into());
    }
    Ok(binaries)
}

pub fn load_check(runs: usize) -> Result<(), String> {
    let binaries = test_binaries()?;
    let _load = Load::start();
    eprintln!(
        "\nload-check: {} test binaries, {runs} runs each, every core busy",
        binaries.len()
    );
    let mut failed = 0;
    for binary in &binaries {
        let name = binary.file_name().map_or_else(
            || binary.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mut failures = 0;
        for round in 1..=runs {
            let out = Command::new(binary)
                .arg("--quiet")
                .output()
                .map_err(|e| format!("cannot start {name}: {e}"))?;
            if !out.status.success() {
                failures += 1;
                eprintln!(
                    "load-check: {name} failed on run {round}:\n{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
        eprintln!(
            "load-check: {name}: {} of {runs} runs passed",
            runs - failures
        );
        failed += failures;
    }
    if failed == 0 {
        eprintln!("load-check: every run of every binary passed");
        Ok(())
    } else {
        Err(format!("{failed} runs failed under load"))
    }
}
