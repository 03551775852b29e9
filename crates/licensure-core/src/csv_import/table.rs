//! A CSV file read as a table, whatever it will be imported as: its bytes decoded (encoding
//! detected or chosen), split into records (delimiter detected or chosen), the first record
//! taken as the header. Shared by the credential import and the CME transcript import.
//!
//! Limits: says nothing about what the columns mean; a file too large, not text or empty is
//! a problem for the whole file, with how far it was read.

use super::decode;
use super::records::{self, Record};
use super::{CsvDelimiter, CsvEncoding, MAX_CSV_BYTES};

/// How the file was read and, unless it could not be, its header and records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Table {
    /// The encoding the file was read with.
    pub encoding: CsvEncoding,
    /// The encoding detection found (the same unless another was chosen).
    pub detected_encoding: CsvEncoding,
    pub byte_order_mark: bool,
    pub delimiter: CsvDelimiter,
    pub detected_delimiter: CsvDelimiter,
    /// Characters the encoding could not read, replaced by U+FFFD.
    pub replaced: usize,
    /// Bytes the encoding could not read: the text is not what the file holds.
    pub warning: Option<String>,
    /// The header's cells, trimmed.
    pub headers: Vec<String>,
    /// The data records, each with its line.
    pub records: Vec<Record>,
    /// A problem with the file as a whole (too large, not text, no header); no records then.
    pub problem: Option<String>,
}

/// Reads `bytes` as a table with the encoding and delimiter chosen (None: detected).
pub(super) fn read_table(
    bytes: &[u8],
    encoding: Option<CsvEncoding>,
    delimiter: Option<CsvDelimiter>,
) -> Table {
    let mut table = Table {
        encoding: CsvEncoding::Utf8,
        detected_encoding: CsvEncoding::Utf8,
        byte_order_mark: false,
        delimiter: CsvDelimiter::Comma,
        detected_delimiter: CsvDelimiter::Comma,
        replaced: 0,
        warning: None,
        headers: Vec::new(),
        records: Vec::new(),
        problem: None,
    };
    if bytes.len() > MAX_CSV_BYTES {
        table.problem = Some(format!(
            "the file is {} KiB: the import reads files of at most {} KiB",
            bytes.len().div_ceil(1024),
            MAX_CSV_BYTES / 1024
        ));
        return table;
    }
    let decoded = decode::decode(bytes, encoding);
    table.encoding = decoded.used;
    table.detected_encoding = decoded.detected;
    table.byte_order_mark = decoded.byte_order_mark;
    if let Some(what) = decode::not_text(bytes, &decoded.text) {
        table.problem = Some(format!(
            "this is {what}, not a CSV file: save the spreadsheet as CSV \
             (in Excel: File › Save As › CSV UTF-8)"
        ));
        return table;
    }
    table.replaced = decoded.replaced;
    if decoded.replaced > 0 {
        table.warning = Some(format!(
            "{} character(s) could not be read as {} and show as \"\u{fffd}\": the file is \
             probably in another encoding; choose it",
            decoded.replaced,
            decoded.used.label()
        ));
    }
    table.detected_delimiter = records::detect_delimiter(&decoded.text);
    table.delimiter = delimiter.unwrap_or(table.detected_delimiter);
    let mut records = records::read(&decoded.text, table.delimiter).into_iter();
    let Some(header) = records.next() else {
        table.problem = Some("the file is empty: it needs a header line and rows".to_string());
        return table;
    };
    table.headers = header.cells.iter().map(|h| h.trim().to_string()).collect();
    table.records = records.collect();
    table
}

/// The field of each of `columns` columns: as chosen (columns beyond the choice are
/// `ignore`), or detected from the headers and the records' cells.
pub(super) fn column_fields<F: Copy>(
    table: &Table,
    chosen: Option<&[F]>,
    ignore: F,
    detect: impl FnOnce(&[String], &[&[String]]) -> Vec<F>,
) -> Vec<F> {
    match chosen {
        Some(m) => (0..table.headers.len())
            .map(|i| m.get(i).copied().unwrap_or(ignore))
            .collect(),
        None => {
            let cells: Vec<&[String]> = table.records.iter().map(|r| r.cells.as_slice()).collect();
            detect(&table.headers, &cells)
        }
    }
}
