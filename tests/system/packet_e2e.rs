//! The credentialing packet from the app: prepared from an offer, the proposal ticked, saved
//! through the real save dialog (typed into with the keyboard), found where it was saved and
//! read back by independent readers; the dialog passes axe-core.

use std::path::Path;
use std::time::{Duration, Instant};

use licensure_system_tests::page::{axe, click, count, wait_count};
use licensure_system_tests::pdf;
use licensure_system_tests::webview::App;
use licensure_system_tests::{dialog, licensure, local_date_in, stderr, stdout};

use crate::packet::clinician_with_documents;

const PACKET_DIALOG: &str = "Save the credentialing packet";
const BLUEBIRD: &str =
    "[data-testid='offer-row'] [aria-label='Details of Bluebird Health · Urgent care physician']";

/// The credentials the CLI proposes for the offer today (the app judges as of today too).
fn proposed_today(data: &Path, offer: &str) -> Vec<String> {
    let out_file = data.join("proposal.pdf");
    let today = local_date_in(0);
    let out = licensure(
        data,
        &[
            "--today",
            &today,
            "--json",
            "packet",
            "--offer",
            offer,
            "--out",
            out_file.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::remove_file(&out_file).expect("remove the CLI's packet");
    let written: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    written["credentials"]
        .as_array()
        .expect("credentials")
        .iter()
        .map(|id| id.as_str().expect("an id").to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_packet_prepared_for_an_offer_is_saved_where_chosen_with_its_documents() {
    let dir = clinician_with_documents();
    let proposed = proposed_today(dir.path(), "o2");
    let chosen = tempfile::tempdir().expect("a folder the clinician picks");
    let app = App::launch(dir.path()).await;

    click(&app, "[data-testid='nav-offers']").await;
    click(&app, BLUEBIRD).await;
    let started = Instant::now();
    click(&app, "[data-testid='prepare-packet']").await;
    wait_count(&app, "[data-testid='packet-choice']", 8).await;
    // Ticked: exactly what the offer's verdict relied on plus the profile-level credentials.
    assert_eq!(
        count(&app, "[data-testid='packet-choice']:checked").await,
        proposed.len()
    );
    for id in &proposed {
        let ticked = format!("[data-testid='packet-choice'][data-credential-id='{id}']:checked");
        assert_eq!(count(&app, &ticked).await, 1, "{id} is not ticked");
    }
    app.screenshot("packet-dialog").await;
    let violations = axe(&app).await;
    assert!(violations.is_empty(), "axe: {violations:#?}");

    click(&app, "[data-testid='packet-save']").await;
    let typed = chosen.path().join("bluebird packet");
    let answer = typed.clone();
    tokio::task::spawn_blocking(move || dialog::save_as(PACKET_DIALOG, &answer))
        .await
        .expect("the dialog was answered");
    let file = chosen.path().join("bluebird packet.pdf");
    let mut notice = String::new();
    for _ in 0..300 {
        notice = app.texts("[data-testid='packet-notice']").await.concat();
        if notice.contains("Packet saved to") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        notice.contains(&format!("Packet saved to {}", file.display())),
        "{notice}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    // The damaged DEA certificate is named on the page as it is in the packet.
    let left_out = app.texts("[data-testid='packet-left-out']").await.concat();
    assert!(left_out.contains("dea-certificate.pdf"), "{left_out}");
    app.close().await;

    assert_eq!(
        std::fs::read_dir(chosen.path()).expect("listed").count(),
        1,
        "only the packet was written there"
    );
    pdf::assert_sound(&file);
    let outline = pdf::outline(&file);
    assert_eq!(outline.len(), proposed.len(), "{outline:?}");
    let (title, page) = &outline[0];
    assert_eq!(title, "State license · TX");
    assert!(
        pdf::page_text(&file, *page).contains("License verification, page one of two"),
        "the Texas license opens its verification"
    );
    assert!(pdf::page_text(&file, 2).contains("dea-certificate.pdf"));
}
