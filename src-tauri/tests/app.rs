//! The app crate's integration tests: the generated TypeScript bindings are fresh, and the
//! security configuration (CSP, capabilities, plugins) is what was approved.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failed expectation is how a test fails

use std::path::PathBuf;

fn repo_file(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel)
}

fn read(rel: &str) -> String {
    let path = repo_file(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn json(rel: &str) -> serde_json::Value {
    serde_json::from_str(&read(rel)).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
}

#[test]
fn typescript_bindings_are_fresh() {
    let generated = licensure_app::typescript_bindings();
    let path = repo_file("ui/src/lib/ipc/bindings.ts");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/ipc/bindings.ts is stale: run `cargo xtask bindings` and commit the result"
    );
}

#[test]
fn content_security_policy_is_strict() {
    let conf = json("src-tauri/tauri.conf.json");
    let security = &conf["app"]["security"];
    let csp = security["csp"]
        .as_object()
        .expect("a CSP object is configured");
    let all: String = csp
        .iter()
        .map(|(k, v)| format!("{k} {}; ", v.as_str().unwrap_or("")))
        .collect();
    for forbidden in [
        "unsafe-eval",
        "unsafe-inline",
        "http:",
        "https:",
        "*",
        "wasm-unsafe-eval",
    ] {
        let offending: Vec<_> = csp
            .iter()
            .filter(|(k, v)| *k != "connect-src" && v.as_str().unwrap_or("").contains(forbidden))
            .map(|(k, _)| k.clone())
            .collect();
        assert!(
            offending.is_empty(),
            "CSP directives {offending:?} allow {forbidden}: {all}"
        );
    }
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(
        csp["connect-src"], "ipc: http://ipc.localhost",
        "IPC is the only connection allowed"
    );
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(security["freezePrototype"], true);
    assert!(security
        .get("dangerousDisableAssetCspModification")
        .is_none());
    assert!(conf["app"]
        .get("withGlobalTauri")
        .is_some_and(|v| v == false));
    let windows = conf["app"]["windows"].as_array().expect("windows");
    assert_eq!(windows.len(), 1, "one window");
    assert_eq!(windows[0]["label"], "main");
}

/// The approved permissions of the main window. Changing this list is a security review.
const APPROVED_PERMISSIONS: &[&str] = &[
    "allow-overview",
    "allow-reference-index",
    "allow-reference",
    "allow-deadlines",
    "allow-imlc",
    "allow-offers",
    "allow-offer-detail",
    "allow-path",
    "allow-deadline-marks",
    "allow-snooze-deadline",
    "allow-mark-deadline-done",
    "allow-clear-deadline-mark",
    "allow-reminder-settings",
    "allow-save-reminder-settings",
    "allow-reminder-failures",
    "allow-dismiss-reminder-failures",
    "allow-save-calendar",
    "allow-export-records",
    "allow-packet-choices",
    "allow-save-packet",
    "allow-autostart",
    "allow-set-autostart",
    "allow-save-profile",
    "allow-save-credential",
    "allow-renew-credential",
    "allow-delete-credential",
    "allow-restore-credential",
    "allow-validate-credential",
    "allow-save-offer",
    "allow-delete-offer",
    "allow-load-sample",
    "allow-authority-map",
    "allow-preview-csv",
    "allow-import-csv",
    "allow-restore-latest-backup",
    "allow-list-attachments",
    "allow-orphaned-attachments",
    "allow-add-attachment",
    "allow-remove-attachment",
    "allow-open-attachment",
    "allow-about",
    "allow-data-status",
    "allow-install-data-pack",
    "allow-revert-data-pack",
    "allow-checked-answers",
    "allow-save-checked-answer",
    "allow-delete-checked-answer",
    "allow-cme-overview",
    "allow-save-cme-activity",
    "allow-delete-cme-activity",
    "allow-restore-cme-activity",
    "allow-preview-cme-csv",
    "allow-import-cme-csv",
];

#[test]
fn capabilities_grant_only_the_approved_permissions() {
    let dir = repo_file("src-tauri/capabilities");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("capabilities dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 1, "exactly one capability file: {files:?}");
    let cap = json("src-tauri/capabilities/default.json");
    assert!(cap.get("remote").is_none(), "no remote URL may use IPC");
    assert_eq!(
        cap["windows"],
        serde_json::json!(["main"]),
        "no wildcard window"
    );
    let granted: Vec<&str> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    assert_eq!(granted, APPROVED_PERMISSIONS);
}

#[test]
fn every_declared_command_is_granted_and_registered() {
    let build = read("src-tauri/build.rs");
    let lib = read("src-tauri/src/lib.rs");
    let start = build
        .find(".commands(&[")
        .expect("commands declared in build.rs")
        + ".commands(&[".len();
    let end = start + build[start..].find("])").expect("end of command list");
    let declared: Vec<String> = build[start..end]
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    assert!(!declared.is_empty());
    for command in &declared {
        let permission = format!("allow-{}", command.replace('_', "-"));
        assert!(
            APPROVED_PERMISSIONS.contains(&permission.as_str()),
            "{command} is declared but {permission} is not granted"
        );
        assert!(
            lib.contains(&format!("commands::{command}")),
            "{command} is declared but not registered in generate_handler!"
        );
    }
    assert_eq!(
        declared.len(),
        APPROVED_PERMISSIONS.len(),
        "a granted permission has no declared command"
    );
}

#[test]
fn no_filesystem_shell_or_http_plugin() {
    let manifest = read("src-tauri/Cargo.toml");
    for plugin in [
        "tauri-plugin-fs",
        "tauri-plugin-shell",
        "tauri-plugin-http",
        "tauri-plugin-process",
    ] {
        assert!(!manifest.contains(plugin), "{plugin} is not approved");
    }
}
