//! From text to records: the delimiter detected from the first records, the records read by
//! the `csv` crate (RFC 4180: double-quoted cells with `""` for a quote, line breaks inside
//! quotes, CRLF, LF or CR line ends), each with the line it starts on.
//!
//! Limits: a quote that is never closed takes the rest of the file into its cell (as Excel
//! reads it); the rows then show what went wrong. Records whose cells are all blank are
//! skipped.

use super::CsvDelimiter;

/// One record of the file and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// How many records the delimiter is detected from.
const SAMPLE_RECORDS: usize = 50;

fn reader(text: &str, delimiter: CsvDelimiter) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter.byte())
        .from_reader(text.as_bytes())
}

/// The records of `text`: cells as written (not trimmed), blank records skipped.
pub(super) fn read(text: &str, delimiter: CsvDelimiter) -> Vec<Record> {
    let lines = LineStarts::of(text);
    let mut out = Vec::new();
    for record in reader(text, delimiter).records() {
        // The text is UTF-8 and the delimiters ASCII, so every cell is UTF-8: the reader's
        // one error cannot happen.
        let Ok(record) = record else { continue };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // The reader may place a record at the line end before it (the LF of a CRLF).
        let mut byte = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        out.push(Record {
            line: lines.line_of(byte),
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    out
}

/// The delimiter under which the first records agree best: the header has more than one
/// cell and most records have as many. On a tie, comma, then semicolon, then tab. One under
/// which every record is blank wins: the file is blank.
pub(super) fn detect_delimiter(text: &str) -> CsvDelimiter {
    let mut best = (CsvDelimiter::Comma, (false, 0, 0));
    for &delimiter in CsvDelimiter::ALL {
        let widths: Vec<usize> = reader(text, delimiter)
            .records()
            .filter_map(Result::ok)
            .filter(|r| !r.iter().all(|c| c.trim().is_empty()))
            .take(SAMPLE_RECORDS)
            .map(|r| r.len())
            .collect();
        // Nothing but delimiters and blanks: a blank file written with this delimiter.
        let score = match widths.split_first() {
            None => (true, usize::MAX, 0),
            Some((&header, rest)) => {
                let agreeing = rest.iter().filter(|w| **w == header).count();
                (header > 1, agreeing, header)
            }
        };
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// Where each line of a text starts, to turn a byte offset into a line number. CRLF, LF and
/// a lone CR each end a line, as they do for the reader.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, b) in bytes.iter().enumerate() {
            let ends = match b {
                b'\n' => true,
                b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                _ => false,
            };
            if ends {
                starts.push(i + 1);
            }
        }
        LineStarts(starts)
    }

    /// The 1-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|start| *start <= offset)
    }
}
