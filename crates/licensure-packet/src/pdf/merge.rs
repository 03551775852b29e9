//! Appending an attached PDF's pages to the packet: the document's objects are renumbered
//! past the packet's own, each page takes the attributes it inherited from its page tree
//! (resources, media box, crop box, rotation) and joins the packet's page tree; its catalog,
//! page tree and outline are left behind (unreferenced objects are dropped when the packet is
//! written).
//!
//! Limits: an encrypted document opens only without a password; form fields and named
//! destinations of the attached document do not survive the merge (its pages do, with their
//! annotations).

use lopdf::{Document, Object, ObjectId};

/// Attributes a page may inherit from its ancestors in the page tree.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// Object types that belong to the attached document's structure, not to its pages.
const STRUCTURE: [&[u8]; 4] = [b"Catalog", b"Pages", b"Outlines", b"Outline"];

/// An attached PDF, read and ready to append.
pub fn read(bytes: &[u8]) -> Result<Document, String> {
    let document =
        Document::load_mem(bytes).map_err(|e| format!("it cannot be read as a PDF ({e})"))?;
    if document.get_pages().is_empty() {
        return Err("the PDF has no pages".into());
    }
    Ok(document)
}

/// The value of `key` for a page: its own, or the nearest ancestor's.
fn inherited(source: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut node = source.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(value) = node.get(key) {
            return Some(value.clone());
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = source.get_dictionary(parent).ok()?;
    }
    None
}

/// Moves `source`'s pages into `target` below the page tree `pages`; returns their ids in
/// order.
pub fn append(target: &mut Document, pages: ObjectId, mut source: Document) -> Vec<ObjectId> {
    source.renumber_objects_with(target.max_id + 1);
    target.max_id = target.max_id.max(source.max_id);
    let mut appended = Vec::new();
    for page in source.get_pages().into_values() {
        let Ok(own) = source.get_dictionary(page) else {
            continue;
        };
        let mut dict = own.clone();
        for key in INHERITED {
            if !dict.has(key) {
                if let Some(value) = inherited(&source, page, key) {
                    dict.set(key, value);
                }
            }
        }
        dict.set("Parent", pages);
        target.objects.insert(page, Object::Dictionary(dict));
        appended.push(page);
    }
    for (id, object) in source.objects {
        let structural = object
            .type_name()
            .is_ok_and(|name| STRUCTURE.contains(&name));
        if !structural && !target.objects.contains_key(&id) {
            target.objects.insert(id, object);
        }
    }
    appended
}
