//! Answering the app's native (GTK) save dialog as a clinician would, with the keyboard:
//! xdotool finds the dialog window by its title on the test's X display, focuses it, types
//! the path into the name field and presses Enter — or presses Escape to cancel.
//!
//! Limits: X11 only (the suite runs under Xvfb, without a window manager: focus is set
//! directly on the dialog's window).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::output_within;

/// How long the dialog may take to appear.
const APPEARS_WITHIN: Duration = Duration::from_secs(60);

fn xdotool(args: &[&str], limit: Duration) -> String {
    let out = output_within(Command::new("xdotool").args(args), limit);
    assert!(
        out.status.success(),
        "xdotool {args:?} failed (install the Debian package xdotool): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Waits for the visible window whose title starts with `title`; returns its X id.
fn dialog_window(title: &str) -> String {
    let pattern = format!("^{}", regex_escape(title));
    let deadline = std::time::Instant::now() + APPEARS_WITHIN;
    loop {
        let out = output_within(
            Command::new("xdotool").args(["search", "--onlyvisible", "--name", &pattern]),
            Duration::from_secs(10),
        );
        let ids = String::from_utf8_lossy(&out.stdout);
        if let Some(id) = ids.lines().map(str::trim).find(|l| !l.is_empty()) {
            return id.to_string();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no dialog titled {title:?} appeared within {APPEARS_WITHIN:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

fn focus(id: &str) {
    xdotool(&["windowfocus", "--sync", id], Duration::from_secs(20));
    // GTK focuses the name field once the dialog has mapped and taken the focus.
    std::thread::sleep(Duration::from_millis(500));
}

/// Types `path` (absolute) into the save dialog titled `title` and confirms.
pub fn save_as(title: &str, path: &Path) {
    let id = dialog_window(title);
    focus(&id);
    let text = path.to_str().expect("a UTF-8 path");
    xdotool(
        &["key", "--clearmodifiers", "ctrl+a"],
        Duration::from_secs(20),
    );
    xdotool(
        &["type", "--clearmodifiers", "--delay", "15", text],
        Duration::from_secs(60),
    );
    xdotool(
        &["key", "--clearmodifiers", "Return"],
        Duration::from_secs(20),
    );
}

/// Cancels the save dialog titled `title` with Escape.
pub fn cancel(title: &str) {
    let id = dialog_window(title);
    focus(&id);
    xdotool(
        &["key", "--clearmodifiers", "Escape"],
        Duration::from_secs(20),
    );
}
