//! Declares the app's IPC commands so that capabilities can gate each one, and writes what
//! the About view shows of the build: its date and the open-source licenses of the
//! dependencies (`$OUT_DIR/licenses.tsv`).

#[path = "build/build_date.rs"]
mod build_date;
#[path = "build/licenses.rs"]
mod licenses;

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "overview",
        "restore_latest_backup",
        "reference_index",
        "reference",
        "deadlines",
        "imlc",
        "offers",
        "offer_detail",
        "path",
        "deadline_marks",
        "snooze_deadline",
        "mark_deadline_done",
        "clear_deadline_mark",
        "reminder_settings",
        "save_reminder_settings",
        "reminder_failures",
        "dismiss_reminder_failures",
        "save_calendar",
        "export_records",
        "packet_choices",
        "save_packet",
        "autostart",
        "set_autostart",
        "save_profile",
        "save_credential",
        "renew_credential",
        "delete_credential",
        "restore_credential",
        "validate_credential",
        "save_offer",
        "delete_offer",
        "load_sample",
        "authority_map",
        "preview_csv",
        "import_csv",
        "list_attachments",
        "orphaned_attachments",
        "add_attachment",
        "remove_attachment",
        "open_attachment",
        "about",
        "data_status",
        "install_data_pack",
        "revert_data_pack",
        "checked_answers",
        "save_checked_answer",
        "delete_checked_answer",
        "cme_overview",
        "save_cme_activity",
        "delete_cme_activity",
        "restore_cme_activity",
        "preview_cme_csv",
        "import_cme_csv",
    ]);
    let attributes = tauri_build::Attributes::new().app_manifest(manifest);
    if let Err(e) = tauri_build::try_build(attributes) {
        eprintln!("tauri build failed: {e:#}");
        std::process::exit(1);
    }
    if let Err(e) = about() {
        eprintln!("the About view's build facts: {e}");
        std::process::exit(1);
    }
}

/// The build date and the dependency licenses, for the About view.
fn about() -> Result<(), String> {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let workspace = std::path::Path::new(&manifest_dir)
        .parent()
        .ok_or("src-tauri has no parent directory")?
        .to_path_buf();
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=../Cargo.lock");
    println!("cargo:rerun-if-changed=../ui/package-lock.json");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!(
        "cargo:rustc-env=LICENSURE_BUILD_DATE={}",
        build_date::today()
    );
    let out = std::env::var("OUT_DIR").map_err(|e| e.to_string())?;
    let list = licenses::list(&workspace)?;
    std::fs::write(std::path::Path::new(&out).join("licenses.tsv"), list)
        .map_err(|e| format!("cannot write licenses.tsv: {e}"))
}
