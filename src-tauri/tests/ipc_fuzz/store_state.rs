//! Everything a call can change, saved and compared before and after, and put back after a
//! call that succeeded.

use std::collections::BTreeMap;
use std::path::Path;

use licensure_core::reminder::{DeadlineMark, ReminderSettings};
use licensure_store::attachments::attachments_dir;
use licensure_store::document::parse_import;
use licensure_store::{Attachment, Store};

/// Everything a command can change, as text.
pub(crate) fn snapshot(store: &Store, data_dir: &Path) -> String {
    let mut files: Vec<(String, u64)> = std::fs::read_dir(attachments_dir(data_dir))
        .map(|d| {
            d.flatten()
                .map(|e| {
                    let size = e.metadata().map_or(0, |m| m.len());
                    (e.file_name().to_string_lossy().into_owned(), size)
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    format!(
        "{}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        store.export().expect("export").to_json(),
        store.deadline_marks().expect("marks"),
        store.reminder_settings().expect("settings"),
        store.delivery_failures().expect("failures"),
        store.attachments().expect("attachments"),
        files,
    ) + &format!(
        "\n{:?}",
        std::fs::read(data_dir.join("reference-data.pack")).ok()
    )
}

/// Puts the store back as it was before a call that succeeded and changed something.
pub(crate) fn put_back(
    store: &Store,
    doc: &str,
    marks: &BTreeMap<String, DeadlineMark>,
    settings: &ReminderSettings,
    attachments: &[Attachment],
) {
    store
        .replace_all(&parse_import(doc).expect("before").0)
        .expect("records put back");
    let now = store.deadline_marks().expect("marks");
    if &now != marks {
        for id in now.keys() {
            store.set_deadline_mark(id, None).expect("mark cleared");
        }
        for (id, mark) in marks {
            store
                .set_deadline_mark(id, Some(mark))
                .expect("mark put back");
        }
    }
    if &store.reminder_settings().expect("settings") != settings {
        store
            .save_reminder_settings(settings)
            .expect("settings put back");
    }
    store.clear_delivery_failures().expect("failures cleared");
    for a in store.attachments().expect("attachments") {
        if !attachments.contains(&a) {
            store.remove_attachment(&a.id).expect("attachment removed");
        }
    }
}

/// What `put_back` restores.
pub(crate) struct Saved {
    pub(crate) doc: String,
    pub(crate) marks: BTreeMap<String, DeadlineMark>,
    pub(crate) settings: ReminderSettings,
    pub(crate) attachments: Vec<Attachment>,
    pub(crate) snapshot: String,
}

pub(crate) fn save(store: &Store, data_dir: &Path) -> Saved {
    Saved {
        doc: store.export().expect("export").to_json(),
        marks: store.deadline_marks().expect("marks"),
        settings: store.reminder_settings().expect("settings"),
        attachments: store.attachments().expect("attachments"),
        snapshot: snapshot(store, data_dir),
    }
}
