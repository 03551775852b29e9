//! Which license's CME is furthest behind its renewal, for the dashboard.
//!
//! Behind means: the share of the CME window that has passed by today, less the share of the
//! requirement that is done. The requirement's share is its hours (total hours, else the
//! Category 1 minimum), or, for a state that sets only topics, the share of its topics met.
//! A license whose window has ended (renewal passed) has the whole window passed. Only
//! licenses with something missing are considered; on a tie the earlier renewal comes first.
//!
//! Limits: pure. A license without a window (no expiry, cycle unknown) is never chosen: its
//! CME cannot be paced.

use chrono::NaiveDate;

use super::{CmeStatus, LicenseCme};

/// How far behind a license's CME is as of `today`, from -1 (all done, nothing passed) to 1
/// (nothing done, the window over). None when it has nothing missing or no window.
pub fn cme_behind(license: &LicenseCme, today: NaiveDate) -> Option<f64> {
    if license.status != CmeStatus::Missing {
        return None;
    }
    let window = license.window?;
    let length = (window.end - window.start).num_days().max(1);
    let passed = (today - window.start).num_days().clamp(0, length);
    #[allow(clippy::cast_precision_loss)] // days in a window: far below 2^52
    let time_share = passed as f64 / length as f64;
    let done_share = match license.total.or(license.category1) {
        Some(h) if h.required.hundredths() > 0 => {
            f64::from(h.done.hundredths().min(h.required.hundredths()))
                / f64::from(h.required.hundredths())
        }
        _ => {
            let counted: Vec<_> = license
                .topics
                .iter()
                .filter(|t| matches!(t.status, CmeStatus::Met | CmeStatus::Missing))
                .collect();
            if counted.is_empty() {
                0.0
            } else {
                #[allow(clippy::cast_precision_loss)] // a handful of topics
                let met = counted
                    .iter()
                    .filter(|t| t.status == CmeStatus::Met)
                    .count() as f64;
                #[allow(clippy::cast_precision_loss)]
                let all = counted.len() as f64;
                met / all
            }
        }
    };
    Some(time_share - done_share)
}

/// The license whose CME is furthest behind its renewal as of `today`, if any has something
/// missing.
pub fn furthest_behind(licenses: &[LicenseCme], today: NaiveDate) -> Option<&LicenseCme> {
    licenses
        .iter()
        .filter_map(|l| cme_behind(l, today).map(|b| (l, b)))
        .max_by(|(a, x), (b, y)| {
            x.total_cmp(y)
                // On a tie, the earlier renewal is "greater", so that max picks it.
                .then_with(|| b.due.cmp(&a.due))
        })
        .map(|(l, _)| l)
}
