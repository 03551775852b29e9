//! Text flowed down generated pages: lines, wrapped paragraphs, table rows and rules, a new
//! page started when the current one is full.

use lopdf::content::Operation;

use super::text::{self, Font};
use super::{MARGIN, PAGE_HEIGHT, PAGE_WIDTH};

/// The width text may take on a generated page.
pub const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;

/// The height of a line of text at `size` points.
pub fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// Generated pages being filled, top to bottom.
#[derive(Debug)]
pub struct Sheet {
    pages: Vec<Vec<Operation>>,
    /// The baseline of the next line on the last page.
    y: f32,
}

impl Default for Sheet {
    fn default() -> Self {
        Self::new()
    }
}

impl Sheet {
    pub fn new() -> Self {
        Sheet {
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - MARGIN,
        }
    }

    /// Makes room for `height` points, on a new page if this one is full; true when a page
    /// was started.
    pub fn room(&mut self, height: f32) -> bool {
        let page_is_empty = self.pages.last().is_none_or(Vec::is_empty);
        if self.y - height >= MARGIN || page_is_empty {
            return false;
        }
        self.pages.push(Vec::new());
        self.y = PAGE_HEIGHT - MARGIN;
        true
    }

    fn page(&mut self) -> &mut Vec<Operation> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    /// One line, cut to the width, `indent` points from the margin.
    pub fn line(&mut self, font: Font, size: f32, indent: f32, line: &str) {
        self.room(size * LEADING);
        let y = self.y - size;
        let fitted = font.fit(line, size, TEXT_WIDTH - indent);
        self.page()
            .extend(text::line(font, size, MARGIN + indent, y, &fitted));
        self.y -= size * LEADING;
    }

    /// A paragraph, wrapped to the width.
    pub fn paragraph(&mut self, font: Font, size: f32, indent: f32, paragraph: &str) {
        for line in font.wrap(paragraph, size, TEXT_WIDTH - indent) {
            self.line(font, size, indent, &line);
        }
    }

    /// One table row: each cell's text cut to its column's width.
    pub fn row(&mut self, font: Font, size: f32, cells: &[(f32, &str)]) {
        self.room(line_height(size));
        let y = self.y - size;
        let mut x = MARGIN;
        let mut operations = Vec::new();
        for &(width, cell) in cells {
            let fitted = font.fit(cell, size, width - 4.0);
            operations.extend(text::line(font, size, x, y, &fitted));
            x += width;
        }
        self.page().extend(operations);
        self.y -= size * LEADING;
    }

    /// A thin horizontal rule across the width.
    pub fn rule(&mut self) {
        let y = self.y - 2.0;
        self.page().extend([
            Operation::new("w", vec![0.5.into()]),
            Operation::new("m", vec![MARGIN.into(), y.into()]),
            Operation::new("l", vec![(PAGE_WIDTH - MARGIN).into(), y.into()]),
            Operation::new("S", vec![]),
        ]);
        self.y -= 6.0;
    }

    /// The pages written, each as its content's operations.
    pub fn into_pages(self) -> Vec<Vec<Operation>> {
        self.pages
    }
}
