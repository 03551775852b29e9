//! The packet's summary: a table of every chosen credential (number, jurisdiction, status,
//! issued, expiry, flags), then the attached documents that follow, then those left out and
//! why.

use crate::documents::LeftOut;
use crate::pdf::sheet::{line_height, Sheet, TEXT_WIDTH};
use crate::pdf::text::Font;
use crate::row::{Flag, Row};

/// Column headings and widths (points); the last column takes what is left.
const COLUMNS: [(&str, f32); 7] = [
    ("Credential", 136.0),
    ("Number", 68.0),
    ("State", 28.0),
    ("Status", 44.0),
    ("Issued", 50.0),
    ("Expires", 50.0),
    ("Flag", TEXT_WIDTH - 376.0),
];

const SIZE: f32 = 8.0;

/// One credential's documents in the packet, by name.
#[derive(Debug)]
pub struct Listed<'a> {
    pub credential: &'a str,
    pub documents: Vec<&'a str>,
}

fn header(sheet: &mut Sheet) {
    let cells: Vec<(f32, &str)> = COLUMNS.iter().map(|&(name, width)| (width, name)).collect();
    sheet.row(Font::Bold, SIZE, &cells);
    sheet.rule();
}

/// The summary on as many pages as it needs.
pub fn sheet(rows: &[Row], listed: &[Listed], left_out: &[LeftOut]) -> Sheet {
    let mut sheet = Sheet::new();
    sheet.line(Font::Bold, 16.0, 0.0, "Summary of credentials");
    sheet.gap(6.0);
    header(&mut sheet);
    for row in rows {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let (issued, expires, note) = (date(row.issued), date(row.expires), row.flag_text());
        let values = [
            row.title.as_str(),
            row.number.as_str(),
            row.jurisdiction.as_str(),
            row.status.as_str(),
            issued.as_str(),
            expires.as_str(),
            note.as_str(),
        ];
        let cells: Vec<(f32, &str)> = COLUMNS.iter().map(|c| c.1).zip(values).collect();
        let font = if row.flags.is_empty() {
            Font::Regular
        } else {
            Font::Bold
        };
        if sheet.room(line_height(SIZE)) {
            header(&mut sheet);
        }
        sheet.row(font, SIZE, &cells);
    }
    sheet.gap(4.0);
    sheet.paragraph(
        Font::Regular,
        7.5,
        0.0,
        &format!("Flags: {}.", Flag::legend()),
    );
    sheet.gap(14.0);
    sheet.line(
        Font::Bold,
        12.0,
        0.0,
        "Attached documents, in the order they follow",
    );
    if listed.iter().all(|l| l.documents.is_empty()) {
        sheet.paragraph(Font::Regular, 9.0, 0.0, "None.");
    }
    for entry in listed.iter().filter(|l| !l.documents.is_empty()) {
        sheet.paragraph(Font::Regular, 9.0, 0.0, entry.credential);
        for name in &entry.documents {
            sheet.paragraph(Font::Regular, 9.0, 12.0, name);
        }
    }
    if !left_out.is_empty() {
        sheet.gap(14.0);
        sheet.line(Font::Bold, 12.0, 0.0, "Documents left out");
        for l in left_out {
            let text = format!("{} ({}): {}", l.name, l.credential, l.why);
            sheet.paragraph(Font::Regular, 9.0, 0.0, &text);
        }
    }
    sheet
}
