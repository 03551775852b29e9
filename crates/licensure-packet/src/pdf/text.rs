//! Text on generated pages: the standard Helvetica fonts (no font is embedded), strings in
//! WinAnsi encoding, widths from the fonts' metrics for truncating and wrapping.
//!
//! Limits: characters outside Windows-1252 are shown as "?"; widths of characters outside
//! ASCII (but the middle dot and the dashes) are taken as a digit's (close enough for
//! truncation and wrapping).

use lopdf::content::Operation;
use lopdf::{Object, StringFormat};

/// Helvetica's advance widths (thousandths of the size) for ' ' (32) to '~' (126).
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/// The fonts a generated page uses, by resource name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
    /// Fixed width, for attached text documents.
    Mono,
}

impl Font {
    pub const ALL: [Font; 3] = [Font::Regular, Font::Bold, Font::Mono];

    /// The name of the font in a page's resources.
    pub fn resource(self) -> &'static str {
        match self {
            Font::Regular => "F1",
            Font::Bold => "F2",
            Font::Mono => "F3",
        }
    }

    /// The standard font it is.
    pub fn base_font(self) -> &'static str {
        match self {
            Font::Regular => "Helvetica",
            Font::Bold => "Helvetica-Bold",
            Font::Mono => "Courier",
        }
    }

    /// The width of `text` at `size` points.
    pub fn width(self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| match self {
                Font::Mono => 600,
                // Bold is about 6 % wider than regular.
                Font::Regular | Font::Bold => {
                    let w = u32::from(glyph_width(c));
                    if self == Font::Bold {
                        w * 106 / 100
                    } else {
                        w
                    }
                }
            })
            .sum();
        units as f32 * size / 1000.0
    }

    /// `text` cut to fit `width` points at `size`, with "..." where it was cut.
    pub fn fit(self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_string();
        }
        let mut kept = String::new();
        for c in text.chars() {
            let mut next = kept.clone();
            next.push(c);
            if self.width(&format!("{next}..."), size) > width {
                break;
            }
            kept = next;
        }
        format!("{}...", kept.trim_end())
    }

    /// `text` broken into lines of at most `width` points at `size`: at spaces where it can,
    /// inside a word that is wider than a line on its own.
    pub fn wrap(self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    let mut next = line.clone();
                    next.push(c);
                    if !line.is_empty() && self.width(&next, size) > width {
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    } else {
                        line = next;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

fn glyph_width(c: char) -> u16 {
    match u32::from(c) {
        code @ 32..=126 => HELVETICA[(code - 32) as usize],
        // The middle dot of titles ("State license · TX") and the dashes.
        0xb7 => 278,
        0x2013 => 556,
        0x2014 => 1000,
        _ => 556,
    }
}

/// `text` as a PDF string in WinAnsi encoding; what it cannot hold becomes "?", and control
/// characters (tabs included) become spaces.
pub fn win_ansi(text: &str) -> Object {
    let mut bytes = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for c in text.chars() {
        if c.is_control() {
            bytes.push(b' ');
            continue;
        }
        let (encoded, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buffer));
        if unmappable || encoded.len() != 1 {
            bytes.push(b'?');
        } else {
            bytes.extend_from_slice(&encoded);
        }
    }
    Object::String(bytes, StringFormat::Literal)
}

/// One line of text at (`x`, `y`) points from the page's lower left corner.
pub fn line(font: Font, size: f32, x: f32, y: f32, text: &str) -> Vec<Operation> {
    vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec![font.resource().into(), size.into()]),
        Operation::new("Td", vec![x.into(), y.into()]),
        Operation::new("Tj", vec![win_ansi(text)]),
        Operation::new("ET", vec![]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_wrapped_within_the_width_and_lose_no_word() {
        let text = "Board certification in internal medicine, American Board of Internal \
                    Medicine, held since 2019 Supercalifragilisticexpialidocious";
        let lines = Font::Regular.wrap(text, 10.0, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(Font::Regular.width(l, 10.0) <= 120.0, "{l:?}");
        }
        assert_eq!(lines.join(" ").replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn text_too_wide_is_cut_with_an_ellipsis() {
        assert_eq!(Font::Bold.fit("Texas", 10.0, 200.0), "Texas");
        let cut = Font::Regular.fit("Malpractice policy · Northwind Mutual", 8.0, 60.0);
        assert!(cut.ends_with("..."), "{cut}");
        assert!(Font::Regular.width(&cut, 8.0) <= 60.0, "{cut}");
    }

    #[test]
    fn strings_are_win_ansi_with_unknown_characters_replaced() {
        let Object::String(bytes, _) = win_ansi("José · 名\tx") else {
            panic!("not a string");
        };
        assert_eq!(bytes, b"Jos\xe9 \xb7 ? x");
    }
}
