//! The packet as a PDF document (lopdf): generated pages of text, pages holding an image,
//! the pages of attached PDFs, and an outline entry per credential.
//!
//! Limits: pages are US Letter; generated text uses the standard fonts ([`text`]), so no
//! font is embedded and characters outside Windows-1252 show as "?".

pub mod image;
pub mod merge;
pub mod sheet;
pub mod text;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Bookmark, Document, Object, ObjectId, Stream};

use image::Picture;
use text::Font;

/// US Letter, in points.
pub const PAGE_WIDTH: f32 = 612.0;
pub const PAGE_HEIGHT: f32 = 792.0;
/// The margin around generated pages, in points.
pub const MARGIN: f32 = 54.0;

/// A packet being written.
#[derive(Debug)]
pub struct PacketPdf {
    doc: Document,
    pages: ObjectId,
    kids: Vec<ObjectId>,
    fonts: ObjectId,
}

impl Default for PacketPdf {
    fn default() -> Self {
        Self::new()
    }
}

impl PacketPdf {
    pub fn new() -> Self {
        let mut doc = Document::with_version("1.7");
        let pages = doc.new_object_id();
        let mut fonts = lopdf::Dictionary::new();
        for font in Font::ALL {
            let id = doc.add_object(dictionary! {
                "Type" => "Font",
                "Subtype" => "Type1",
                "BaseFont" => font.base_font(),
                "Encoding" => "WinAnsiEncoding",
            });
            fonts.set(font.resource(), id);
        }
        let fonts = doc.add_object(fonts);
        PacketPdf {
            doc,
            pages,
            kids: Vec::new(),
            fonts,
        }
    }

    /// How many pages so far.
    pub fn page_count(&self) -> usize {
        self.kids.len()
    }

    fn add_page(&mut self, operations: Vec<Operation>, resources: lopdf::Dictionary) -> ObjectId {
        let content = Content { operations };
        let bytes = content.encode().unwrap_or_default();
        let mut stream = Stream::new(dictionary! {}, bytes);
        // Compression of a fresh content stream cannot fail; if it did, it stays plain.
        let _ = stream.compress();
        let contents = self.doc.add_object(stream);
        let page = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()],
            "Contents" => contents,
            "Resources" => resources,
        });
        self.kids.push(page);
        page
    }

    /// A page of text and rules (the operations of [`text::line`] and the like).
    pub fn add_text_page(&mut self, operations: Vec<Operation>) -> ObjectId {
        let resources = dictionary! { "Font" => self.fonts };
        self.add_page(operations, resources)
    }

    /// A page with `picture` as large as fits below `caption`, centred, its proportions
    /// kept.
    pub fn add_picture_page(&mut self, picture: Picture, caption: &str) -> ObjectId {
        let Picture {
            width,
            height,
            mut image,
            mask,
        } = picture;
        if let Some(mask) = mask {
            let mask = self.doc.add_object(mask);
            image.dict.set("SMask", mask);
        }
        let image = self.doc.add_object(image);
        let room_width = PAGE_WIDTH - 2.0 * MARGIN;
        let room_height = PAGE_HEIGHT - 2.0 * MARGIN - 24.0;
        let scale = (room_width / width as f32).min(room_height / height as f32);
        let (w, h) = (width as f32 * scale, height as f32 * scale);
        let x = (PAGE_WIDTH - w) / 2.0;
        let y = MARGIN + (room_height - h) / 2.0;
        let mut operations = text::line(
            Font::Regular,
            9.0,
            MARGIN,
            PAGE_HEIGHT - MARGIN,
            &Font::Regular.fit(caption, 9.0, room_width),
        );
        operations.extend([
            Operation::new("q", vec![]),
            Operation::new(
                "cm",
                vec![w.into(), 0.into(), 0.into(), h.into(), x.into(), y.into()],
            ),
            Operation::new("Do", vec!["Im1".into()]),
            Operation::new("Q", vec![]),
        ]);
        let resources = dictionary! {
            "Font" => self.fonts,
            "XObject" => dictionary! { "Im1" => image },
        };
        self.add_page(operations, resources)
    }

    /// Appends the pages of an attached PDF (see [`merge`]); returns the first one's id.
    pub fn append_pdf(&mut self, source: Document) -> Option<ObjectId> {
        let appended = merge::append(&mut self.doc, self.pages, source);
        let first = appended.first().copied();
        self.kids.extend(appended);
        first
    }

    /// An outline entry titled `title` that opens `page`.
    pub fn bookmark(&mut self, title: &str, page: ObjectId) {
        self.doc
            .add_bookmark(Bookmark::new(title.to_string(), [0.0; 3], 0, page), None);
    }

    /// The finished document, titled `title`, opening with its outline shown.
    pub fn finish(mut self, title: &str) -> Result<Vec<u8>, String> {
        let kids: Vec<Object> = self.kids.iter().map(|&id| id.into()).collect();
        let count = kids.len() as i64;
        self.doc.objects.insert(
            self.pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => kids,
                "Count" => count,
            }),
        );
        let mut catalog = dictionary! {
            "Type" => "Catalog",
            "Pages" => self.pages,
        };
        if let Some(outline) = self.doc.build_outline() {
            catalog.set("Outlines", outline);
            catalog.set("PageMode", "UseOutlines");
        }
        let catalog = self.doc.add_object(catalog);
        let info = self.doc.add_object(dictionary! {
            "Title" => text::win_ansi(title),
            "Producer" => Object::string_literal("Licensure"),
        });
        self.doc.trailer.set("Root", catalog);
        self.doc.trailer.set("Info", info);
        self.doc.prune_objects();
        self.doc.renumber_objects();
        let mut bytes = Vec::new();
        self.doc
            .save_to(&mut bytes)
            .map_err(|e| format!("the PDF could not be written ({e})"))?;
        Ok(bytes)
    }
}
