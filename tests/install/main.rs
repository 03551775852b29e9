//! The packages as a clinician gets them: the .deb installed with `apt-get install ./….deb`
//! (its declared dependencies resolved by apt), the app started from its desktop entry's
//! Exec line, the CLI run from the PATH, the package removed, the data kept. The .rpm's
//! contents are read back with `rpm`.
//!
//! Run by `cargo xtask test-install` (as root, under Xvfb and a private session bus), which
//! builds the packages and names them in `LICENSURE_DEB` and `LICENSURE_RPM`; without them
//! every test here fails.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use licensure_system_tests::page::{once_released, text};
use licensure_system_tests::webview::App;
use licensure_system_tests::{output_within, sample_document, stderr, stdout};

/// The hicolor sizes the desktop asks for.
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];
const METAINFO: &str = "/usr/share/metainfo/app.licensure.desktop.metainfo.xml";
const PACKAGE: &str = "licensure";
/// apt-get may wait for its lock or for triggers (icon cache, desktop database).
const APT_LIMIT: Duration = Duration::from_secs(600);

fn built(var: &str) -> PathBuf {
    let path = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("{var} is not set: run `cargo xtask test-install`"));
    assert!(
        path.is_absolute() && path.exists(),
        "{} is missing",
        path.display()
    );
    path
}

fn sh(program: &str, args: &[&str]) -> Output {
    output_within(
        Command::new(program)
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive"),
        APT_LIMIT,
    )
}

fn ok(program: &str, args: &[&str]) -> String {
    let out = sh(program, args);
    assert!(
        out.status.success(),
        "{program} {args:?}: {}\n{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

fn installed() -> bool {
    stdout(&sh("dpkg-query", &["-W", "-f=${Status}", PACKAGE])).ends_with("install ok installed")
}

/// Removes the package when a test fails half-way, so that none is left installed.
struct Removal;

impl Drop for Removal {
    fn drop(&mut self) {
        if installed() {
            let _ = sh("apt-get", &["remove", "-y", "-q", PACKAGE]);
        }
    }
}

/// `name` as the desktop would run it: an absolute path, or found on the PATH.
fn on_path(name: &str) -> PathBuf {
    if name.starts_with('/') {
        return PathBuf::from(name);
    }
    std::env::var("PATH")
        .expect("PATH")
        .split(':')
        .map(|dir| Path::new(dir).join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} is not on the PATH"))
}

/// A desktop entry's `KEY=` value.
fn entry_value<'a>(entry: &'a str, key: &str) -> &'a str {
    entry
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in the desktop entry:\n{entry}"))
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d)
            .expect("read the data directory")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.insert(
                    path.clone(),
                    std::fs::read(&path).expect("read a data file"),
                );
            }
        }
    }
    files
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deb_installs_starts_and_is_removed_leaving_the_data() {
    let deb = built("LICENSURE_DEB");
    assert_eq!(ok("id", &["-u"]).trim(), "0", "apt-get needs root");
    assert!(
        !installed(),
        "{PACKAGE} is already installed: remove it first (apt-get remove {PACKAGE})"
    );
    let version = ok("dpkg-deb", &["--field", deb.to_str().unwrap(), "Version"]);
    let version = version.trim();

    let started = Instant::now();
    let _removal = Removal;
    ok(
        "apt-get",
        &[
            "install",
            "-y",
            "-q",
            "--no-install-recommends",
            deb.to_str().unwrap(),
        ],
    );
    eprintln!("installed in {:.1} s", started.elapsed().as_secs_f64());
    assert!(installed());

    // What the package put on the system.
    let files = ok("dpkg", &["--listfiles", PACKAGE]);
    let files: Vec<&str> = files.lines().collect();
    let desktop: Vec<&&str> = files
        .iter()
        .filter(|f| f.starts_with("/usr/share/applications/") && f.ends_with(".desktop"))
        .collect();
    assert_eq!(desktop.len(), 1, "one desktop entry: {files:#?}");
    ok("desktop-file-validate", &[desktop[0]]);
    let entry = std::fs::read_to_string(desktop[0]).expect("the desktop entry");
    let icon = entry_value(&entry, "Icon");
    for s in ICON_SIZES {
        let png = format!("/usr/share/icons/hicolor/{s}x{s}/apps/{icon}.png");
        assert!(
            files.contains(&png.as_str()),
            "{png} is installed: {files:#?}"
        );
    }
    ok("appstreamcli", &["validate", "--no-net", METAINFO]);
    let metainfo = std::fs::read_to_string(METAINFO).expect("the AppStream metadata");
    let desktop_id = Path::new(desktop[0]).file_name().unwrap().to_str().unwrap();
    assert!(
        metainfo.contains(&format!(
            "<launchable type=\"desktop-id\">{desktop_id}</launchable>"
        )) && metainfo.contains(&format!("<release version=\"{version}\"")),
        "the metadata names the desktop entry and the package's version:\n{metainfo}"
    );

    // The CLI on the PATH, on the clinician's data.
    let cli = on_path("licensure");
    assert_eq!(cli, Path::new("/usr/bin/licensure"));
    let said = ok("licensure", &["--version"]);
    assert_eq!(said.trim(), format!("licensure {version}"));
    let data = tempfile::tempdir().expect("temp dir");
    let data_dir = data.path().to_str().unwrap();
    ok(
        "licensure",
        &[
            "--data-dir",
            data_dir,
            "import",
            sample_document().to_str().unwrap(),
        ],
    );

    // The app, started as the desktop starts it: the Exec line's program (no field codes).
    let exec = entry_value(&entry, "Exec");
    let program = exec.split_whitespace().next().expect("a program in Exec=");
    let app = App::launch_executable(&on_path(program), data.path()).await;
    assert_eq!(
        text(&app, "[data-testid='clinician-name']").await,
        "Maya Rivera"
    );
    assert_eq!(app.texts("[data-testid='credential-row']").await.len(), 8);
    app.close().await;

    let list = once_released(|| sh("licensure", &["--data-dir", data_dir, "list"])).await;
    let list = stdout(&list);
    assert!(list.contains("State license · TX"), "{list}");

    // Removed: the programs go, the data stays byte for byte.
    let before = snapshot(data.path());
    assert!(!before.is_empty());
    ok("apt-get", &["remove", "-y", "-q", PACKAGE]);
    assert!(!installed());
    for gone in [
        "/usr/bin/licensure",
        "/usr/bin/licensure-app",
        METAINFO,
        desktop[0],
    ] {
        assert!(
            !Path::new(gone).exists(),
            "{gone} is left after the removal"
        );
    }
    assert_eq!(snapshot(data.path()), before, "the data directory changed");
}

#[test]
fn the_rpm_holds_the_app_the_cli_the_entry_the_icons_and_the_metadata() {
    let rpm = built("LICENSURE_RPM");
    let files = ok(
        "rpm",
        &["--query", "--list", "--package", rpm.to_str().unwrap()],
    );
    let mut wanted = vec![
        "/usr/bin/licensure-app".to_string(),
        "/usr/bin/licensure".to_string(),
        "/usr/share/applications/Licensure.desktop".to_string(),
        METAINFO.to_string(),
    ];
    wanted.extend(
        ICON_SIZES
            .iter()
            .map(|s| format!("/usr/share/icons/hicolor/{s}x{s}/apps/licensure-app.png")),
    );
    for w in wanted {
        assert!(files.lines().any(|l| l == w), "{w} in the .rpm:\n{files}");
    }
    let requires = ok(
        "rpm",
        &["--query", "--requires", "--package", rpm.to_str().unwrap()],
    );
    for wanted in [
        "libwebkit2gtk-4.1",
        "libgtk-3",
        "libayatana-appindicator-gtk3",
    ] {
        assert!(requires.contains(wanted), "requires {wanted}:\n{requires}");
    }
}
