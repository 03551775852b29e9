//! `cargo xtask bundle`: the Linux packages a clinician installs (.deb and .rpm), built by the
//! pinned Tauri CLI with nothing downloaded at build time (no AppImage: its tools are
//! downloads).
//!
//! Each package holds the app (`/usr/bin/licensure-app`), the `licensure` CLI on the PATH,
//! the desktop entry, the icons in every hicolor size from 16 to 512 and the AppStream
//! metadata. The name and the descriptions come from `src-tauri/tauri.conf.json`, the version
//! from the workspace's `Cargo.toml`: the Tauri CLI, the binaries (`--version`, the About
//! view) and the metadata read them from there.
//! Limits: Linux only; macOS and Windows packages are built by the release workflow.

use std::path::{Path, PathBuf};

use crate::deps::{self, Purpose};
use crate::sh::{cmd, read, root, run};

/// The AppStream id: the app's identifier in tauri.conf.json.
const METAINFO: &str = "app.licensure.desktop.metainfo.xml";

/// The hicolor sizes the desktop asks for; the package must hold an icon in each.
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

/// The packages built: their paths, .deb first.
#[derive(Debug)]
pub struct Packages {
    pub deb: PathBuf,
    pub rpm: PathBuf,
}

/// Cargo's target directory (`CARGO_TARGET_DIR`, or `target/` in the workspace).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|d| if d.is_absolute() { d } else { root().join(d) })
        .unwrap_or_else(|| root().join("target"))
}

/// Builds the release binaries and the packages, and checks what the .deb holds.
pub fn bundle() -> Result<Packages, String> {
    deps::ensure(Purpose::Run)?;
    crate::tasks::build_ui()?;
    crate::tasks::build_binaries(crate::tasks::Profile::Release)?;
    let release = target_dir().join("release");
    let metainfo = release.join("packaging").join(METAINFO);
    write_metainfo(&metainfo)?;

    let out = release.join("bundle");
    for kind in ["deb", "rpm"] {
        let _ = std::fs::remove_dir_all(out.join(kind));
    }
    let tauri = root().join("ui/node_modules/.bin/tauri");
    let extra = extra_files(&release.join("licensure"), &metainfo)?;
    run(cmd(
        tauri.to_str().ok_or("the Tauri CLI's path is not UTF-8")?,
        &["bundle", "--bundles", "deb,rpm", "--config", &extra],
    )
    .current_dir(root().join("src-tauri")))?;

    let packages = Packages {
        deb: newest(&out.join("deb"), "deb")?,
        rpm: newest(&out.join("rpm"), "rpm")?,
    };
    check_deb(&packages.deb)?;
    for p in [&packages.deb, &packages.rpm] {
        eprintln!("xtask: {} ({:.1} MB)", p.display(), size(p) as f64 / 1e6);
    }
    Ok(packages)
}

/// The configuration merged over tauri.conf.json: the files each package adds to the app
/// (paths in the target directory, which only the build knows).
fn extra_files(cli: &Path, metainfo: &Path) -> Result<String, String> {
    let files = format!(
        "{{\"/usr/bin/licensure\": {}, \"/usr/share/metainfo/{METAINFO}\": {}}}",
        json_string(cli)?,
        json_string(metainfo)?
    );
    Ok(format!(
        "{{\"bundle\": {{\"linux\": {{\"deb\": {{\"files\": {files}}}, \"rpm\": {{\"files\": {files}}}}}}}}}"
    ))
}

fn json_string(path: &Path) -> Result<String, String> {
    let s = path
        .to_str()
        .ok_or_else(|| format!("{} is not UTF-8", path.display()))?;
    Ok(format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// The AppStream metadata: the template in src-tauri/packaging with the name, summary and
/// description of tauri.conf.json and the workspace's version. Validated with
/// `appstreamcli validate` when it is installed (the install test always validates it).
fn write_metainfo(path: &Path) -> Result<(), String> {
    let conf = std::fs::read_to_string(root().join("src-tauri/tauri.conf.json"))
        .map_err(|e| format!("cannot read tauri.conf.json: {e}"))?;
    let template = std::fs::read_to_string(root().join("src-tauri/packaging").join(METAINFO))
        .map_err(|e| format!("cannot read the metainfo template: {e}"))?;
    let field = |key: &str| {
        json_field(&conf, key).ok_or_else(|| format!("tauri.conf.json has no string {key:?}"))
    };
    let text = template
        .replace("{name}", &xml_escape(&field("productName")?))
        .replace("{summary}", &xml_escape(&field("shortDescription")?))
        .replace("{description}", &xml_escape(&field("longDescription")?))
        .replace("{version}", &workspace_version()?)
        .replace("{date}", &build_date()?);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    if read(&mut cmd("appstreamcli", &["--version"])).is_some() {
        run(cmd("appstreamcli", &["validate", "--no-net"]).arg(path))?;
    } else {
        eprintln!("xtask: appstreamcli is not installed: the metadata was not validated");
    }
    Ok(())
}

/// The version of `[workspace.package]`: every crate's and the packages' version.
fn workspace_version() -> Result<String, String> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|e| format!("cannot read Cargo.toml: {e}"))?;
    manifest
        .split("[workspace.package]")
        .nth(1)
        .and_then(|section| {
            section
                .lines()
                .take_while(|l| !l.starts_with('['))
                .find_map(|l| l.strip_prefix("version = "))
        })
        .map(|v| v.trim().trim_matches('"').to_string())
        .ok_or_else(|| "no version in [workspace.package] of Cargo.toml".into())
}

/// Today's UTC date, or `SOURCE_DATE_EPOCH`'s for a reproducible build.
fn build_date() -> Result<String, String> {
    let mut c = cmd("date", &["-u", "+%F"]);
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        c.arg(format!("--date=@{epoch}"));
    }
    read(&mut c).ok_or_else(|| "`date` failed".into())
}

/// The value of the first string field `key` in a JSON text (tauri.conf.json's top-level
/// and `bundle` keys are unique; xtask has no JSON parser).
fn json_field(json: &str, key: &str) -> Option<String> {
    let after_key = json.split_once(&format!("\"{key}\""))?.1;
    let value = after_key.trim_start().strip_prefix(':')?.trim_start();
    let mut chars = value.strip_prefix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What the .deb must hold, read back with dpkg-deb.
fn check_deb(deb: &Path) -> Result<(), String> {
    let listing = read(cmd("dpkg-deb", &["--contents"]).arg(deb))
        .ok_or_else(|| format!("dpkg-deb cannot read {}", deb.display()))?;
    // Each line ends with the path, with or without a leading "./".
    let paths: Vec<&str> = listing
        .lines()
        .filter_map(|l| l.split_whitespace().last())
        .map(|p| p.trim_start_matches("./"))
        .collect();
    let mut wanted = vec![
        "usr/bin/licensure-app".to_string(),
        "usr/bin/licensure".to_string(),
        "usr/share/applications/Licensure.desktop".to_string(),
        format!("usr/share/metainfo/{METAINFO}"),
    ];
    wanted.extend(
        ICON_SIZES
            .iter()
            .map(|s| format!("usr/share/icons/hicolor/{s}x{s}/apps/licensure-app.png")),
    );
    let missing: Vec<&String> = wanted
        .iter()
        .filter(|w| !paths.contains(&w.as_str()))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("{} lacks {missing:?}", deb.display()))
    }
}

/// The newest file with extension `ext` in `dir`.
pub fn newest(dir: &Path, ext: &str) -> Result<PathBuf, String> {
    std::fs::read_dir(dir)
        .map_err(|e| format!("no {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .ok_or_else(|| format!("the Tauri CLI made no .{ext} in {}", dir.display()))
}

pub fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_field_is_read_with_its_escapes() {
        let json = r#"{ "a": 1, "productName": "Li\"cen\\sure", "x": { "shortDescription" : "one\ntwo" } }"#;
        assert_eq!(
            json_field(json, "productName").as_deref(),
            Some("Li\"cen\\sure")
        );
        assert_eq!(
            json_field(json, "shortDescription").as_deref(),
            Some("one\ntwo")
        );
        assert_eq!(json_field(json, "a"), None);
        assert_eq!(json_field(json, "missing"), None);
    }

    #[test]
    fn the_configuration_names_every_file_the_app_adds() {
        let json = extra_files(Path::new("/t/release/licensure"), Path::new("/t/m\"x.xml"))
            .expect("utf-8 paths");
        assert!(
            json.contains(r#""/usr/bin/licensure": "/t/release/licensure""#),
            "{json}"
        );
        assert!(json.contains(r#""/t/m\"x.xml""#), "{json}");
        assert_eq!(
            json.matches("/usr/bin/licensure").count(),
            2,
            "deb and rpm: {json}"
        );
    }

    #[test]
    fn the_workspace_version_is_read() {
        let v = workspace_version().expect("a version");
        assert_eq!(v.split('.').count(), 3, "{v}");
    }
}
