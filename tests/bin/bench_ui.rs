//! The UI half of `cargo xtask bench`: start-up time, memory (PSS of the app and its WebKit
//! processes), memory growth over 1,000 edits and idle CPU time, for the app and for the
//! floor app (a bare Tauri window), both driven the same way through tauri-driver.
//!
//! Start-up is measured from the WebDriver "new session" request (which launches the
//! process) until `[data-loaded='true']` is found; the driver's own overhead is in both
//! figures alike, so the ratio app/floor and the difference are what matter. Run by xtask
//! under dbus-run-session + xvfb-run; prints one JSON object and writes it to `out=`.
//! `bench_ui document=PATH` writes the app's workload (the benches' fixture) for import.
//! Limits: Linux only (/proc); edits go through the `save_credential` IPC command from the
//! page's script, not through form clicks.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a broken bench run should stop loudly

#[path = "../../crates/licensure-core/benches/fixture/mod.rs"]
mod fixture;

use std::collections::HashMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// What xtask passes as `key=value` arguments.
struct Settings {
    app: PathBuf,
    floor: PathBuf,
    data: PathBuf,
    runs: usize,
    idle_secs: u64,
    edits: usize,
    out: PathBuf,
}

fn settings() -> Settings {
    let args: HashMap<String, String> = std::env::args()
        .skip(1)
        .filter_map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect();
    let get = |k: &str| {
        args.get(k)
            .cloned()
            .unwrap_or_else(|| panic!("usage: bench_ui app=PATH floor=PATH data=DIR runs=N idle_secs=S edits=N out=FILE (missing {k})"))
    };
    Settings {
        app: PathBuf::from(get("app")),
        floor: PathBuf::from(get("floor")),
        data: PathBuf::from(get("data")),
        runs: get("runs").parse().unwrap(),
        idle_secs: get("idle_secs").parse().unwrap(),
        edits: get("edits").parse().unwrap(),
        out: PathBuf::from(get("out")),
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

/// tauri-driver, started once for the whole bench.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(data: &Path) -> Driver {
        let port = free_port();
        let native = free_port();
        let home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
        let exe = home
            .map(|h| h.join("bin/tauri-driver"))
            .filter(|p| p.exists())
            .unwrap_or_else(|| PathBuf::from("tauri-driver"));
        let child = Command::new(exe)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("LICENSURE_DATA_DIR", data)
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start tauri-driver (cargo xtask deps installs it): {e}")
            });
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Launches `exe` and returns the session once the driver answers (retrying while the
    /// driver itself is still starting).
    async fn session(&self, exe: &Path) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert("tauri:options".into(), json!({ "application": exe }));
        let started = Instant::now();
        loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&self.url)
                .await
            {
                Ok(c) => return c,
                Err(e) if started.elapsed() < Duration::from_secs(60) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("no WebDriver session within 60 s: {e}"),
            }
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls until the first data load has rendered; returns false after 60 s.
async fn wait_loaded(client: &Client) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if client
            .find(Locator::Css("[data-loaded='true']"))
            .await
            .is_ok()
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

/// Every process in /proc with its parent.
fn parents() -> HashMap<u32, u32> {
    let mut map = HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if let Some(fields) = stat_fields(pid) {
            if let Some(ppid) = fields.get(1).and_then(|s| s.parse().ok()) {
                map.insert(pid, ppid);
            }
        }
    }
    map
}

/// Fields of /proc/PID/stat after the command name (field 3 onwards).
fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &text[text.rfind(')')? + 1..];
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// The process running `exe` and all its descendants (the WebKit web and network processes).
fn process_tree(exe: &Path) -> Vec<u32> {
    let target = exe.canonicalize().unwrap_or_else(|_| exe.to_path_buf());
    let tree = parents();
    let roots: Vec<u32> = tree
        .keys()
        .copied()
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe"))
                .ok()
                .as_deref()
                == Some(&target)
        })
        .collect();
    let mut all = roots.clone();
    let mut frontier = roots;
    while let Some(p) = frontier.pop() {
        for (child, parent) in &tree {
            if *parent == p && !all.contains(child) {
                all.push(*child);
                frontier.push(*child);
            }
        }
    }
    all
}

fn names(pids: &[u32]) -> Vec<String> {
    pids.iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/comm")).ok())
        .map(|s| s.trim().to_string())
        .collect()
}

/// Total PSS in KiB of the processes.
fn pss_kib(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/smaps_rollup")).ok())
        .filter_map(|text| {
            text.lines()
                .find(|l| l.starts_with("Pss:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .sum()
}

/// utime + stime in clock ticks, summed.
fn cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|p| stat_fields(*p))
        .map(|f| {
            // utime and stime are fields 14 and 15 of the stat line: 11 and 12 after the name.
            let n = |i: usize| f.get(i).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
            n(11) + n(12)
        })
        .sum()
}

fn clock_ticks_per_second() -> u64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100)
}

/// Ends the session and waits until no process runs `exe` (the app is single-instance).
async fn close(client: Client, exe: &Path) {
    let _ = client.close().await;
    let started = Instant::now();
    loop {
        let running = process_tree(exe);
        if running.is_empty() {
            return;
        }
        if started.elapsed() > Duration::from_secs(10) {
            for pid in running {
                let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Figures of one start: time to the loaded marker, and PSS once settled.
struct Start {
    ms: f64,
    pss_kib: u64,
    processes: Vec<String>,
}

async fn start_once(driver: &Driver, exe: &Path, settle: Duration) -> (Client, Start) {
    let started = Instant::now();
    let client = driver.session(exe).await;
    assert!(
        wait_loaded(&client).await,
        "{} never showed data-loaded=true",
        exe.display()
    );
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    tokio::time::sleep(settle).await;
    let pids = process_tree(exe);
    let start = Start {
        ms,
        pss_kib: pss_kib(&pids),
        processes: names(&pids),
    };
    (client, start)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// CPU share of one core over `secs` of idleness.
async fn idle_percent(exe: &Path, secs: u64) -> f64 {
    let pids = process_tree(exe);
    let before = cpu_ticks(&pids);
    tokio::time::sleep(Duration::from_secs(secs)).await;
    let after = cpu_ticks(&process_tree(exe));
    let ticks = after.saturating_sub(before) as f64;
    ticks / clock_ticks_per_second() as f64 / secs as f64 * 100.0
}

/// Saves `count` credential edits through the app's IPC, from the page. Returns an error
/// text when the command is missing or refuses.
async fn edit(client: &Client, count: usize) -> Result<(), String> {
    client
        .update_timeouts(TimeoutConfiguration::new(
            Some(Duration::from_secs(120)),
            None,
            None,
        ))
        .await
        .map_err(|e| e.to_string())?;
    let script = r#"
        const [records, done] = [arguments[0], arguments[arguments.length - 1]];
        const ipc = window.__TAURI_INTERNALS__;
        if (!ipc || !ipc.invoke) { done('no IPC in the page'); return; }
        (async () => {
            for (const credential of records) {
                await ipc.invoke('save_credential', { credential });
            }
        })().then(() => done(null), (e) => done('save_credential failed: ' + JSON.stringify(e)));
    "#;
    let batch = 50;
    let mut k = 0;
    while k < count {
        let records: Vec<Value> = (k..(k + batch).min(count))
            .map(|n| {
                let mut c = fixture::credential(n % 1_000);
                c["notes"] = json!(format!("edit {n}"));
                c
            })
            .collect();
        let answer = client
            .execute_async(script, vec![Value::Array(records)])
            .await
            .map_err(|e| e.to_string())?;
        if let Value::String(problem) = answer {
            return Err(problem);
        }
        k += batch;
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    // `document=PATH`: write the app's workload (1,000 credentials, 300 offers) for import.
    if let Some(path) =
        std::env::args().find_map(|a| a.strip_prefix("document=").map(PathBuf::from))
    {
        std::fs::write(&path, fixture::document(1_000, 300).to_string()).unwrap();
        return;
    }
    let s = settings();
    let driver = Driver::start(&s.data);
    let settle = Duration::from_secs(3);

    // Start-up and memory after load, alternating floor and app so that machine noise hits both.
    let (mut floor_ms, mut app_ms, mut floor_pss, mut app_pss) = (vec![], vec![], vec![], vec![]);
    let (mut floor_procs, mut app_procs) = (vec![], vec![]);
    for run in 0..s.runs {
        for (exe, ms, pss, procs) in [
            (&s.floor, &mut floor_ms, &mut floor_pss, &mut floor_procs),
            (&s.app, &mut app_ms, &mut app_pss, &mut app_procs),
        ] {
            let (client, start) = start_once(&driver, exe, settle).await;
            eprintln!(
                "bench_ui: run {run} {}: {:.0} ms, {} KiB",
                exe.display(),
                start.ms,
                start.pss_kib
            );
            ms.push(start.ms);
            pss.push(start.pss_kib as f64);
            *procs = start.processes;
            close(client, exe).await;
        }
    }

    // Idle CPU of each, then the app's memory growth over edits.
    let (client, _) = start_once(&driver, &s.floor, settle).await;
    let floor_idle = idle_percent(&s.floor, s.idle_secs).await;
    close(client, &s.floor).await;

    let (client, loaded) = start_once(&driver, &s.app, settle).await;
    let app_idle = idle_percent(&s.app, s.idle_secs).await;
    let before_edits = pss_kib(&process_tree(&s.app));
    let edits = match edit(&client, s.edits).await {
        Ok(()) => {
            tokio::time::sleep(settle).await;
            let after = pss_kib(&process_tree(&s.app));
            json!({
                "measured": true, "count": s.edits, "pss_before_kib": before_edits,
                "pss_after_kib": after,
                "growth_percent": (after as f64 - before_edits as f64) / before_edits as f64 * 100.0,
            })
        }
        Err(problem) => json!({ "measured": false, "why": problem }),
    };
    close(client, &s.app).await;
    let _ = loaded;

    let report = json!({
        "runs": s.runs,
        "startup_ms": { "app": median(app_ms.clone()), "floor": median(floor_ms.clone()),
                        "app_runs": app_ms, "floor_runs": floor_ms },
        "pss_kib": { "app": median(app_pss.clone()), "floor": median(floor_pss.clone()),
                     "app_processes": app_procs, "floor_processes": floor_procs },
        "idle": { "seconds": s.idle_secs, "app_percent_of_core": app_idle,
                  "floor_percent_of_core": floor_idle },
        "edits": edits,
    });
    println!("{report}");
    std::fs::write(&s.out, report.to_string()).unwrap();
}
