//! The tray icon: its menu lists the next five deadlines (number-free) and Open / Quit.
//!
//! Limits: the list is rebuilt after each scheduler run (so at least once a day and after
//! every mark or settings change); deadline entries are labels, not actions. Without a tray
//! host (no StatusNotifier / AppIndicator service) the icon is simply not shown.

use licensure_core::deadline::{deadlines_with_cme, Deadline};
use licensure_core::reminder::{upcoming_title, DeadlineMark};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::state::AppState;

const TRAY_ID: &str = "main";
const OPEN: &str = "tray-open";
const QUIT: &str = "tray-quit";
/// How many deadlines the menu lists.
pub const LISTED: usize = 5;

/// The next [`LISTED`] deadlines not yet passed and not marked done.
fn next_deadlines(state: &AppState) -> Vec<Deadline> {
    let today = crate::commands::today();
    let (Ok(records), Ok(data), Ok(store)) = (state.records(), state.dataset(), state.store())
    else {
        return Vec::new();
    };
    let marks = store.deadline_marks().unwrap_or_default();
    deadlines_with_cme(
        records.profile.as_ref(),
        &records.credentials,
        &records.offers,
        &records.cme_activities,
        data,
        today,
    )
    .into_iter()
    .filter(|d| d.days_left >= 0 && marks.get(&d.id) != Some(&DeadlineMark::Done))
    .take(LISTED)
    .collect()
}

fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let state = app.state::<AppState>();
    let upcoming = next_deadlines(&state);
    let menu = Menu::new(app)?;
    if upcoming.is_empty() {
        menu.append(&MenuItem::with_id(
            app,
            "tray-none",
            "No upcoming deadlines",
            false,
            None::<&str>,
        )?)?;
    }
    for (i, d) in upcoming.iter().enumerate() {
        menu.append(&MenuItem::with_id(
            app,
            format!("tray-deadline-{i}"),
            match d.cme_shortfall {
                Some(_) => format!("{} · CME incomplete", upcoming_title(d, d.days_left)),
                None => upcoming_title(d, d.days_left),
            },
            false,
            None::<&str>,
        )?)?;
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(
        app,
        OPEN,
        "Open Licensure",
        true,
        None::<&str>,
    )?)?;
    menu.append(&MenuItem::with_id(app, QUIT, "Quit", true, None::<&str>)?)?;
    Ok(menu)
}

/// Shows the main window.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Creates the tray icon.
pub fn create(app: &AppHandle) -> tauri::Result<()> {
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Licensure")
        .menu(&menu(app)?)
        .on_menu_event(|app, event| match event.id().as_ref() {
            OPEN => show_main(app),
            QUIT => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(())
}

/// Rebuilds the tray menu (on the main thread, as menus require).
pub fn refresh(app: &AppHandle) {
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let (Some(tray), Ok(menu)) = (handle.tray_by_id(TRAY_ID), menu(&handle)) {
            let _ = tray.set_menu(Some(menu));
        }
    });
}
