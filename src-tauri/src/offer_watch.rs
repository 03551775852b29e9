//! The offer watch: after an edit of the credentials or the profile, every offer is judged
//! again, and an offer the edit made worse (see `licensure_core::verdict::setbacks`) raises a
//! desktop notification at once.
//!
//! The notification is shown on its own thread, so the edit's answer to the UI never waits
//! for the notification service. Held by Tauri (`manage`); when no watch is managed (the IPC
//! tests on the mock runtime that do not ask for one), edits are not watched.
//!
//! Before and after the edit, the offers are judged in outline (no message written); only an
//! offer that got worse is written out in full, for the notification's reason.
//!
//! A change of the reference data (a pack installed or reverted) is judged the same way
//! ([`before`], then [`after_data_change`]): every offer whose outcome changed, better or
//! worse, is named in one notification.
//! Verdicts are judged with the clinician's checked answers (`crate::checked_commands`),
//! and saving or deleting an answer is watched too.
//!
//! Limits: only edits made in the app are watched (the CLI cannot edit while the app holds
//! the store). A notification that the service refuses is not retried: the Offers page shows
//! the same verdict. Verdicts are judged as of the local date at the edit.

use std::sync::Arc;

use licensure_core::model::Offer;
use licensure_core::verdict::{
    data_change_body, data_change_title, evaluate_offers, outline_offers, setbacks,
    verdict_changes, worsened, OfferOutline, Setback,
};
use licensure_notify::Importance;
use tauri::{AppHandle, Manager, Runtime};

use crate::checked_commands::judged_dataset;
use crate::state::{AppState, Records};

/// Shows one setback; `Err` says why it was not shown.
pub type Show = dyn Fn(&Setback) -> Result<(), String> + Send + Sync;

/// Shows one notice (title, body); `Err` says why it was not shown.
pub type Notice = dyn Fn(&str, &str) -> Result<(), String> + Send + Sync;

/// Where setbacks and notices of verdicts changed by new reference data go.
#[derive(Clone)]
pub struct OfferWatch {
    show: Arc<Show>,
    notice: Arc<Notice>,
}

impl std::fmt::Debug for OfferWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OfferWatch")
    }
}

impl OfferWatch {
    /// Setbacks as desktop notifications (critical: an offer the clinician may be counting on
    /// changed).
    pub fn desktop() -> Self {
        OfferWatch::new(|setback| {
            licensure_notify::show(&setback.title(), &setback.body(), Importance::Critical)
        })
        .with_notice(|title, body| licensure_notify::show(title, body, Importance::Critical))
    }

    /// Setbacks to `show` (the tests record them); notices are dropped.
    pub fn new(show: impl Fn(&Setback) -> Result<(), String> + Send + Sync + 'static) -> Self {
        OfferWatch {
            show: Arc::new(show),
            notice: Arc::new(|_, _| Ok(())),
        }
    }

    /// Notices of verdicts changed by new reference data to `notice`.
    pub fn with_notice(
        mut self,
        notice: impl Fn(&str, &str) -> Result<(), String> + Send + Sync + 'static,
    ) -> Self {
        self.notice = Arc::new(notice);
        self
    }
}

/// The verdicts' outlines before an edit, when the edit is watched.
#[derive(Debug)]
pub struct Before {
    watch: OfferWatch,
    outlines: Vec<OfferOutline>,
}

/// Judges every offer before an edit; None when no watch is managed, or there is nothing to
/// judge (no profile, no offers, the store unreadable).
pub fn before<R: Runtime>(app: &AppHandle<R>) -> Option<Before> {
    let watch = app.try_state::<OfferWatch>()?.inner().clone();
    let outlines = judge(app.state::<AppState>().inner())?;
    Some(Before { watch, outlines })
}

/// Judges every offer after the edit and shows each setback on a thread of its own.
pub fn after<R: Runtime>(app: &AppHandle<R>, before: Option<Before>) {
    let Some(before) = before else { return };
    let state = app.state::<AppState>();
    let Ok(records) = state.records() else { return };
    let Some(after) = judge_records(state.inner(), &records) else {
        return;
    };
    let worse: Vec<Offer> = worsened(&records.offers, &before.outlines, &after)
        .into_iter()
        .cloned()
        .collect();
    if worse.is_empty() {
        return;
    }
    let Some(explained) = explain(state.inner(), &records, &worse) else {
        return;
    };
    let found = setbacks(&worse, &before.outlines, &explained);
    if found.is_empty() {
        return;
    }
    let show = before.watch.show;
    std::thread::spawn(move || {
        for setback in &found {
            if let Err(e) = show(setback) {
                eprintln!("Licensure: an offer's setback could not be shown: {e}");
            }
        }
    });
}

/// Judges every offer on the reference data now in use and, when any outcome changed since
/// `before`, shows one notice naming those offers, on a thread of its own.
pub fn after_data_change<R: Runtime>(app: &AppHandle<R>, before: Option<Before>) {
    let Some(before) = before else { return };
    let state = app.state::<AppState>();
    let Ok(records) = state.records() else { return };
    let Some(after) = judge_records(state.inner(), &records) else {
        return;
    };
    let changes = verdict_changes(&records.offers, &before.outlines, &after);
    let Some(title) = data_change_title(&changes) else {
        return;
    };
    let body = data_change_body(&changes);
    let notice = before.watch.notice;
    std::thread::spawn(move || {
        if let Err(e) = notice(&title, &body) {
            eprintln!("Licensure: the offers' changed verdicts could not be shown: {e}");
        }
    });
}

fn judge(state: &AppState) -> Option<Vec<OfferOutline>> {
    let records = state.records().ok()?;
    judge_records(state, &records)
}

fn judge_records(state: &AppState, records: &Records) -> Option<Vec<OfferOutline>> {
    let profile = records.profile.as_ref()?;
    if records.offers.is_empty() {
        return None;
    }
    let today = crate::commands::today();
    let data = judged_dataset(state, today).ok()?;
    Some(outline_offers(
        &records.offers,
        profile,
        &records.credentials,
        &data,
        today,
    ))
}

/// `offers` judged in full with the records after the edit.
fn explain(
    state: &AppState,
    records: &Records,
    offers: &[Offer],
) -> Option<Vec<licensure_core::verdict::OfferVerdict>> {
    let profile = records.profile.as_ref()?;
    let today = crate::commands::today();
    let data = judged_dataset(state, today).ok()?;
    Some(evaluate_offers(
        offers,
        profile,
        &records.credentials,
        &data,
        today,
    ))
}
