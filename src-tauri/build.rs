//! Declares the app's IPC commands so that capabilities can gate each one.

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
    ]);
    let attributes = tauri_build::Attributes::new().app_manifest(manifest);
    if let Err(e) = tauri_build::try_build(attributes) {
        eprintln!("tauri build failed: {e:#}");
        std::process::exit(1);
    }
}
