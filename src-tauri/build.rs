//! Declares the app's IPC commands so that capabilities can gate each one.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "overview",
        "reference_index",
        "reference",
        "deadlines",
        "imlc",
        "offers",
        "path",
    ]);
    let attributes = tauri_build::Attributes::new().app_manifest(manifest);
    if let Err(e) = tauri_build::try_build(attributes) {
        eprintln!("tauri build failed: {e:#}");
        std::process::exit(1);
    }
}
