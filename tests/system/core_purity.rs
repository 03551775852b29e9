//! licensure-core and licensure-pack stay pure: no tauri, no sled, no runtime anywhere in
//! their dependency trees.

use std::process::Command;

use licensure_system_tests::workspace;

#[test]
fn licensure_core_depends_on_neither_tauri_nor_sled() {
    assert_pure("licensure-core");
}

#[test]
fn licensure_pack_depends_on_neither_tauri_nor_sled() {
    assert_pure("licensure-pack");
}

fn assert_pure(package: &str) {
    let out = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args([
            "tree",
            "-p",
            package,
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--offline",
        ])
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        tree.contains(package),
        "unexpected cargo tree output: {tree}"
    );
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for forbidden in [
        "tauri",
        "sled",
        "tokio",
        "notify-rust",
        "wry",
        "licensure-store",
        "async-std",
        "reqwest",
    ] {
        assert!(
            !crates
                .iter()
                .any(|c| *c == forbidden || c.starts_with(&format!("{forbidden}-"))),
            "{package} depends on {forbidden}:\n{tree}"
        );
    }
}
