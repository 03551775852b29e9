//! From the file's bytes to text: the encoding found from a byte order mark (UTF-8, UTF-16)
//! or, without one, guessed by `chardetng` from the bytes; decoded by `encoding_rs`, which
//! replaces what the encoding cannot read by U+FFFD and says so. Files that are not text
//! (an Excel workbook, a PDF, an image, binary data) are recognised so that they are not
//! shown as rows of garbage.
//!
//! Limits: the guess chooses among the encodings the import offers ([`CsvEncoding`]); a file
//! in another one (Central European, Cyrillic, Japanese) is read as Windows-1252, whose
//! wrong letters only the clinician can see: the preview shows them, and the encoding can be
//! chosen. UTF-16 without a byte order mark is recognised from its zero bytes only when most
//! of the text is ASCII.

use chardetng::EncodingDetector;
use encoding_rs::{Encoding, MACINTOSH, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::CsvEncoding;

/// The file's text and how it was read.
#[derive(Debug)]
pub(super) struct Decoded {
    pub text: String,
    pub detected: CsvEncoding,
    pub used: CsvEncoding,
    pub byte_order_mark: bool,
    /// Characters replaced by U+FFFD because the encoding could not read them.
    pub replaced: usize,
}

fn encoding_rs(encoding: CsvEncoding) -> &'static Encoding {
    match encoding {
        CsvEncoding::Utf8 => UTF_8,
        CsvEncoding::Utf16Le => UTF_16LE,
        CsvEncoding::Utf16Be => UTF_16BE,
        CsvEncoding::Windows1252 => WINDOWS_1252,
        CsvEncoding::MacRoman => MACINTOSH,
    }
}

/// The import's encoding for one `encoding_rs` names; one the import does not offer is read
/// as Windows-1252 (see the module's limits).
fn offered(encoding: &'static Encoding) -> CsvEncoding {
    if encoding == UTF_8 {
        CsvEncoding::Utf8
    } else if encoding == UTF_16LE {
        CsvEncoding::Utf16Le
    } else if encoding == UTF_16BE {
        CsvEncoding::Utf16Be
    } else if encoding == MACINTOSH {
        CsvEncoding::MacRoman
    } else {
        CsvEncoding::Windows1252
    }
}

/// The file's encoding, and whether a byte order mark says so.
fn detect(bytes: &[u8]) -> (CsvEncoding, bool) {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return (offered(encoding), true);
    }
    if let Some(utf16) = utf16_without_bom(bytes) {
        return (utf16, false);
    }
    if bytes.is_ascii() {
        return (CsvEncoding::Utf8, false);
    }
    let mut detector = EncodingDetector::new();
    detector.feed(bytes, true);
    (offered(detector.guess(None, true)), false)
}

/// UTF-16 without a byte order mark: text that is mostly ASCII has a zero byte in every
/// other position (after each letter in little-endian, before it in big-endian).
fn utf16_without_bom(bytes: &[u8]) -> Option<CsvEncoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zero_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    if odd * 10 >= pairs * 8 && even * 10 <= pairs {
        Some(CsvEncoding::Utf16Le)
    } else if even * 10 >= pairs * 8 && odd * 10 <= pairs {
        Some(CsvEncoding::Utf16Be)
    } else {
        None
    }
}

/// Decodes `bytes` with `chosen` (None: the detected encoding). A byte order mark of the
/// encoding used is dropped.
pub(super) fn decode(bytes: &[u8], chosen: Option<CsvEncoding>) -> Decoded {
    let (detected, byte_order_mark) = detect(bytes);
    let used = chosen.unwrap_or(detected);
    let (text, had_errors) = encoding_rs(used).decode_with_bom_removal(bytes);
    let replaced = if had_errors {
        text.chars().filter(|c| *c == '\u{fffd}').count()
    } else {
        0
    };
    Decoded {
        text: text.into_owned(),
        detected,
        used,
        byte_order_mark,
        replaced,
    }
}

/// What the file is when it is not text: a known binary format from its first bytes, or
/// "binary data" when more than a tenth of its first characters are control characters
/// (other than tab and line ends).
pub(super) fn not_text(bytes: &[u8], text: &str) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (
            b"PK\x03\x04",
            "an Excel workbook (.xlsx) or another zip archive",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an Excel 97-2003 workbook (.xls) or another Office document",
        ),
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars().take(65_536) {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
            controls += 1;
        }
    }
    (controls * 10 > chars).then_some("binary data")
}
