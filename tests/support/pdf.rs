//! PDF files read back by independent readers: poppler's `pdftotext` and `pdfinfo`, and
//! `qpdf` for the structure check and the outline (bookmarks) with the page each opens.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::{output_within, stderr, stdout};

const LIMIT: Duration = Duration::from_secs(60);

fn run(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = output_within(Command::new(program).args(args).arg(pdf), LIMIT);
    assert!(
        out.status.success(),
        "{program} {args:?} {} failed: {}",
        pdf.display(),
        stderr(&out)
    );
    stdout(&out)
}

/// The number of pages, as `pdfinfo` counts them.
pub fn pages(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gave no page count:\n{info}"))
}

/// The text of page `page` (from 1), as `pdftotext` extracts it.
pub fn page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    let out = output_within(
        Command::new("pdftotext")
            .args(["-layout", "-f", &page, "-l", &page])
            .arg(pdf)
            .arg("-"),
        LIMIT,
    );
    assert!(out.status.success(), "pdftotext: {}", stderr(&out));
    stdout(&out)
}

/// The whole document's text.
pub fn text(pdf: &Path) -> String {
    let out = output_within(
        Command::new("pdftotext")
            .args(["-layout"])
            .arg(pdf)
            .arg("-"),
        LIMIT,
    );
    assert!(out.status.success(), "pdftotext: {}", stderr(&out));
    stdout(&out)
}

/// `qpdf --check` finds no error in the file's structure and streams.
pub fn assert_sound(pdf: &Path) {
    let report = run("qpdf", &["--check"], pdf);
    assert!(
        report.contains("No syntax or stream encoding errors found"),
        "qpdf --check:\n{report}"
    );
}

/// The top-level outline entries: each title with the page (from 1) it opens, from
/// `qpdf --json`.
pub fn outline(pdf: &Path) -> Vec<(String, usize)> {
    let json: serde_json::Value =
        serde_json::from_str(&run("qpdf", &["--json", "--json-key=outlines"], pdf))
            .expect("qpdf --json is JSON");
    json["outlines"]
        .as_array()
        .expect("an outlines array")
        .iter()
        .map(|entry| {
            let title = entry["title"].as_str().expect("a title").to_string();
            let page = entry["destpageposfrom1"]
                .as_u64()
                .unwrap_or_else(|| panic!("{title:?} opens no page: {entry}"));
            (title, page as usize)
        })
        .collect()
}

/// The images drawn on page `page` (from 1), as `pdfimages -list` reports them: type
/// ("image", "smask"), width, height and encoding ("jpeg", "image" for flate …).
pub fn images(pdf: &Path, page: usize) -> Vec<(String, u32, u32, String)> {
    let page = page.to_string();
    let listing = run("pdfimages", &["-list", "-f", &page, "-l", &page], pdf);
    listing
        .lines()
        .skip(2)
        .map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let number = |i: usize| cols[i].parse().unwrap_or_else(|_| panic!("{line}"));
            (
                cols[2].to_string(),
                number(3),
                number(4),
                cols[8].to_string(),
            )
        })
        .collect()
}
