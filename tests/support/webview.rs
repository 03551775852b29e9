//! Driving the real app in its real webview: `tauri-driver` in front of `WebKitWebDriver`,
//! the app binary launched by the driver with a data directory of the test's choosing.
//!
//! Needs an X display (xvfb-run) and a D-Bus session bus (dbus-run-session): `cargo xtask
//! test` provides both. Without them the tests fail with a message saying so.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

use crate::{binary, target_dir, workspace};

/// The tauri-driver version the suite is pinned to (installed by `cargo xtask test`).
pub const TAURI_DRIVER_VERSION: &str = "2.1.0";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

fn tauri_driver() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let candidate = home.map(|h| h.join("bin/tauri-driver"));
    match candidate {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("tauri-driver"),
    }
}

/// A running app in its webview, with a WebDriver client attached.
#[allow(missing_debug_implementations)] // the WebDriver client has no Debug
pub struct App {
    pub client: Client,
    driver: Child,
    /// The app's executable: the workspace's build, or an installed one.
    app: PathBuf,
    /// The data directory this app was launched on: what tells its process from another
    /// suite's.
    data_dir: PathBuf,
    _one_at_a_time: tokio::sync::MutexGuard<'static, ()>,
}

impl Drop for App {
    /// A test that fails before `close` leaves neither its driver nor its app behind (a
    /// running app would take over the next test's launch).
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        for pid in running_pids(&self.app) {
            if launched_on(pid, &self.data_dir) {
                let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            }
        }
    }
}

/// Licensure is a single-instance app: a second launch on the same session bus hands over
/// to the first and exits. Tests therefore run the app one at a time.
static ONE_APP: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// For tests that start the app binary themselves (outside WebDriver): hold this while the
/// app runs so that no other test's app is handed over to it.
pub fn one_app_at_a_time() -> tokio::sync::MutexGuard<'static, ()> {
    ONE_APP.blocking_lock()
}

impl App {
    /// Launches the workspace's app against `data_dir` and waits until the first data load
    /// has rendered.
    pub async fn launch(data_dir: &Path) -> App {
        App::launch_executable(&binary("licensure-app"), data_dir).await
    }

    /// Launches the app executable `app` (an installed one, say) against `data_dir` and waits
    /// until the first data load has rendered.
    pub async fn launch_executable(app: &Path, data_dir: &Path) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "end-to-end tests need an X display: run them under xvfb-run (cargo xtask test does)"
        );
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "end-to-end tests need a D-Bus session bus: run them under dbus-run-session (cargo xtask test does)"
        );
        let guard = ONE_APP.lock().await;
        let port = free_port();
        let native_port = free_port();
        let log = std::fs::File::create(target_dir().join(format!("tauri-driver-{port}.log")))
            .expect("driver log file");
        let driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("LICENSURE_DATA_DIR", data_dir)
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start tauri-driver {TAURI_DRIVER_VERSION} (cargo xtask test installs it): {e}"));
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() < Duration::from_secs(60) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(e) => panic!("no WebDriver session within 60 s: {e}"),
            }
        };
        let app = App {
            client,
            driver,
            app: app.to_path_buf(),
            data_dir: data_dir.to_path_buf(),
            _one_at_a_time: guard,
        };
        app.wait_for("[data-loaded='true']").await;
        app
    }

    /// Waits up to 30 s for an element matching `css`. A search cut short because the page
    /// was reloading (the app's "Try again" reloads it) is searched again in the new page.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        let started = Instant::now();
        loop {
            let left = Duration::from_secs(30).saturating_sub(started.elapsed());
            match self
                .client
                .wait()
                .at_most(left)
                .for_element(Locator::Css(css))
                .await
            {
                Ok(element) => return element,
                Err(e) if e.to_string().contains("unload") && !left.is_zero() => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("{css} did not appear: {e}"),
            }
        }
    }

    /// Text of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            out.push(e.text().await.unwrap_or_default());
        }
        out
    }

    /// Saves a PNG screenshot of the virtual display to `target/screenshots/NAME.png` and
    /// returns its path. (WebKitWebDriver's own screenshot command never answers under Xvfb,
    /// so the X server is captured with ImageMagick's `import` instead.)
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = workspace().join("target/screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        let path = dir.join(format!("{name}.png"));
        // Let the last render settle.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let status = Command::new("timeout")
            .args(["20", "import", "-window", "root"])
            .arg(&path)
            .status()
            .expect("ImageMagick `import` runs (cargo xtask test installs imagemagick)");
        assert!(status.success(), "screenshot failed: {status}");
        path
    }

    /// Ends the session (the driver closes the app), stops the driver, and waits until the
    /// app process is gone, so that the next launch is not handed over to a dying instance.
    /// Only this app's process (launched on its data directory) is waited for, and killed
    /// after 10 s: another suite's app running beside it is left alone.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let started = Instant::now();
        loop {
            let running: Vec<u32> = running_pids(&self.app)
                .into_iter()
                .filter(|pid| launched_on(*pid, &self.data_dir))
                .collect();
            if running.is_empty() {
                break;
            }
            if started.elapsed() > Duration::from_secs(10) {
                for pid in running {
                    let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Whether process `pid` was started with `LICENSURE_DATA_DIR` set to `dir`.
fn launched_on(pid: u32, dir: &Path) -> bool {
    let Ok(environ) = std::fs::read(format!("/proc/{pid}/environ")) else {
        return false;
    };
    let wanted = format!("LICENSURE_DATA_DIR={}", dir.display());
    environ
        .split(|b| *b == 0)
        .any(|entry| entry == wanted.as_bytes())
}

/// Processes whose executable is `exe`.
pub fn running_pids(exe: &Path) -> Vec<u32> {
    let Ok(target) = exe.canonicalize() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let path = std::fs::read_link(e.path().join("exe")).ok()?;
            (path == target).then_some(pid)
        })
        .collect()
}
