//! What the end-to-end tests do on a page of the running app: fill form controls, click,
//! wait for elements, counts and attributes, run axe-core, read the records back with the
//! CLI once the app has closed. Each helper fails the test with what it saw.

use std::path::Path;
use std::time::Duration;

use fantoccini::Locator;

use crate::webview::App;
use crate::{licensure, stderr, stdout, workspace};

/// Sets a form control's value the way typing or choosing would, so that Svelte sees it.
pub async fn set(app: &App, id: &str, value: &str) {
    set_css(app, &format!("[id='{id}']"), value).await;
}

/// [`set`] for the first control matching `css` (an id with ':' is not a CSS id selector).
pub async fn set_css(app: &App, css: &str, value: &str) {
    app.wait_for(css).await;
    app.client
        .execute(
            "const e = document.querySelector(arguments[0]);
             e.value = arguments[1];
             e.dispatchEvent(new Event('input', { bubbles: true }));
             e.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.into(), value.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("cannot set {css}: {e}"));
}

/// Opens a new credential on the Credentials page and fills it as an active MD license in
/// `state` (`number`, expiring on `expires`); the caller adds to it and saves.
pub async fn fill_md_license(app: &App, state: &str, number: &str, expires: &str) {
    click(app, "[data-testid='nav-credentials']").await;
    click(app, "[data-testid='credential-add']").await;
    set(app, "cred-kind", "state_license").await;
    set(app, "cred-jurisdiction", state).await;
    set(app, "cred-license_type", "MD").await;
    set(app, "cred-number", number).await;
    set(app, "cred-status", "active").await;
    set(app, "cred-expires", expires).await;
}

/// Clicks the first element matching `css`, once it appears.
pub async fn click(app: &App, css: &str) {
    app.wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
}

/// Chooses `file` in the `<input type="file">` matching `css`, as the file dialog would.
pub async fn choose_file(app: &App, css: &str, file: &Path) {
    let path = file.to_str().expect("a UTF-8 path");
    app.wait_for(css)
        .await
        .send_keys(path)
        .await
        .unwrap_or_else(|e| panic!("cannot choose {path} in {css}: {e}"));
}

/// How many elements match `css` right now.
pub async fn count(app: &App, css: &str) -> usize {
    app.client
        .find_all(Locator::Css(css))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

/// Waits until exactly `want` elements match `css`, or fails with the last count seen.
pub async fn wait_count(app: &App, css: &str, want: usize) {
    let mut last = 0;
    for _ in 0..100 {
        last = count(app, css).await;
        if last == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css}: {last} element(s), expected {want}");
}

/// An attribute of the first element matching `css` (empty when it has none).
pub async fn attr(app: &App, css: &str, name: &str) -> String {
    app.wait_for(css)
        .await
        .attr(name)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Waits until `css`'s attribute `name` equals `want`, or fails with the last value seen.
pub async fn wait_attr(app: &App, css: &str, name: &str, want: &str) {
    let mut last = String::new();
    for _ in 0..100 {
        last = attr(app, css, name).await;
        if last == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} [{name}] is {last:?}, expected {want:?}");
}

/// The text of the first element matching `css`, once it is not empty.
pub async fn text(app: &App, css: &str) -> String {
    let element = app.wait_for(css).await;
    let mut text = String::new();
    for _ in 0..50 {
        text = element.text().await.unwrap_or_default();
        if !text.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    text
}

/// `licensure list --json` once the closed app has let go of the database.
pub async fn listing_after_close(dir: &Path) -> serde_json::Value {
    let out = once_released(|| licensure(dir, &["list", "--json"])).await;
    serde_json::from_str(&stdout(&out)).expect("json")
}

/// The output of `run`, a CLI command on the data, once the closed app has let go of the
/// database (its web processes can hold the lock for a moment after the window closes).
pub async fn once_released(run: impl Fn() -> std::process::Output) -> std::process::Output {
    for _ in 0..100 {
        let out = run();
        if out.status.success() {
            return out;
        }
        assert!(stderr(&out).contains("in use"), "{}", stderr(&out));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the database stayed in use after the app closed");
}

/// Runs axe-core in the page; returns the serious and critical violations as text.
pub async fn axe(app: &App) -> Vec<String> {
    let source = std::fs::read_to_string(workspace().join("ui/node_modules/axe-core/axe.min.js"))
        .expect("axe-core installed (npm ci in ui/)");
    app.client
        .execute(&format!("{source}\nreturn true;"), vec![])
        .await
        .expect("axe injected");
    let result = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document).then(r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe ran");
    serde_json::from_value(result).expect("a list of violations")
}
