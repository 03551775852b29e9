//! Desktop notifications: one text shown through the session's notification service
//! (notify-rust, D-Bus `org.freedesktop.Notifications` on Linux), with an answer bounded by
//! [`SHOW_TIMEOUT`]. Shared by the app's reminder scheduler, its offer watch and
//! `licensure remind`, so that every notification Licensure shows goes one way.
//!
//! Limits: verified on Linux only (a real daemon in the tests); on macOS there is no urgency,
//! so a critical reminder looks like any other. The text is shown as given; callers pass
//! texts that name credentials by kind and state, never by number. A service that accepts
//! the notification after the timeout may show it although the caller recorded a failure.

use std::sync::mpsc;
use std::time::Duration;

use licensure_core::deadline::Urgency;
use licensure_core::reminder::Reminder;
use licensure_store::Notifier;

/// How long the notification service may take to accept one notification.
pub const SHOW_TIMEOUT: Duration = Duration::from_secs(10);

/// How a notification asks for attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Importance {
    Normal,
    /// Shown until dismissed by most services.
    Critical,
}

/// Shows one notification; waits at most [`SHOW_TIMEOUT`] for the service to accept it.
/// `Err` says why it was not shown.
pub fn show(summary: &str, body: &str, importance: Importance) -> Result<(), String> {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Licensure")
        .summary(summary)
        .body(body);
    // notify-rust has an urgency on Linux (D-Bus) and Windows, none on macOS.
    #[cfg(not(target_os = "macos"))]
    notification.urgency(match importance {
        Importance::Critical => notify_rust::Urgency::Critical,
        Importance::Normal => notify_rust::Urgency::Normal,
    });
    #[cfg(target_os = "macos")]
    let _ = importance;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(notification.show().map(|_| ()).map_err(|e| e.to_string()));
    });
    rx.recv_timeout(SHOW_TIMEOUT)
        .unwrap_or_else(|_| Err("the notification service did not answer in time".to_string()))
}

/// Reminders as desktop notifications: a deadline two weeks away or passed is critical.
#[derive(Debug, Clone, Copy, Default)]
pub struct DesktopNotifier;

impl Notifier for DesktopNotifier {
    fn show(&self, reminder: &Reminder) -> Result<(), String> {
        let importance = match reminder.urgency {
            Urgency::Passed | Urgency::Within14Days => Importance::Critical,
            _ => Importance::Normal,
        };
        show(&reminder.title, &reminder.body, importance)
    }
}
