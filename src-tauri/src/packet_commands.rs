//! The credentialing packet from the app: what can go in (with the proposal for an offer
//! ticked), and the packet of the clinician's choice made in Rust (licensure-packet) and
//! saved where they pick in the native save dialog — the same way as the calendar and the
//! export ([`crate::save_commands`]). The webview names no path and never sees the PDF.
//!
//! Limits: the packet is made before the dialog opens (a refused choice is reported without
//! asking where); it is written only at the path picked, and sent nowhere.

use licensure_packet::{prepare, proposal, PacketError, Request};
use licensure_store::AttachmentOwner;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::commands::today;
use crate::ipc::IpcError;
use crate::save_commands::{save, SaveChooser, SaveRequest, SavedFile};
use crate::state::AppState;

/// A credential that can go in the packet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PacketChoice {
    pub id: String,
    /// Number-free ("State license · TX").
    pub title: String,
    /// How many documents are attached to it.
    pub documents: u32,
    /// Ticked at first: for an offer, relied on by its verdict or profile-level.
    pub proposed: bool,
}

/// What the packet dialog offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PacketChoices {
    pub offer_id: Option<String>,
    /// The offer in words ("Bluebird Health — Urgent care physician").
    pub offer: Option<String>,
    pub credentials: Vec<PacketChoice>,
}

/// A document of a chosen credential left out of the packet, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LeftOutDocument {
    pub credential: String,
    pub name: String,
    pub why: String,
}

/// A packet saved where the clinician chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavedPacket {
    pub file: SavedFile,
    pub pages: u32,
    pub credentials: u32,
    pub documents: u32,
    pub left_out: Vec<LeftOutDocument>,
}

fn refusal(e: PacketError) -> IpcError {
    match e {
        PacketError::Store(e) => e.into(),
        PacketError::NoProfile => IpcError::no_profile(),
        PacketError::Pdf(message) => IpcError::io(message),
        e @ (PacketError::UnknownCredentials(_)
        | PacketError::UnknownOffer(_)
        | PacketError::NothingChosen) => IpcError::invalid(e.to_string(), Vec::new()),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every credential, with the ones proposed for `offer_id` (or all, without an offer)
/// ticked.
#[tauri::command]
pub fn packet_choices(
    state: State<'_, AppState>,
    offer_id: Option<String>,
) -> Result<PacketChoices, IpcError> {
    let store = state.store()?;
    let data = crate::checked_commands::judged_dataset(&state, today())?;
    let proposed = proposal(&store, &data, offer_id.as_deref(), today()).map_err(refusal)?;
    let offer = match &offer_id {
        Some(id) => store.offers()?.into_iter().find(|o| &o.id == id),
        None => None,
    };
    let attachments = store.attachments()?;
    let credentials = store
        .credentials()?
        .into_iter()
        .map(|c| PacketChoice {
            documents: count(
                attachments
                    .iter()
                    .filter(|a| a.owner == AttachmentOwner::Credential && a.owner_id == c.id)
                    .count(),
            ),
            proposed: proposed.contains(&c.id),
            title: c.detail.title(),
            id: c.id,
        })
        .collect();
    Ok(PacketChoices {
        offer_id,
        offer: offer.map(|o| {
            if o.role.is_empty() {
                o.employer
            } else {
                format!("{} — {}", o.employer, o.role)
            }
        }),
        credentials,
    })
}

/// The packet of `credential_ids` (for `offer_id`, if any), saved where the clinician picks.
/// `None`: they cancelled the dialog; nothing was written.
#[tauri::command]
pub async fn save_packet<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    chooser: State<'_, SaveChooser>,
    offer_id: Option<String>,
    credential_ids: Vec<String>,
) -> Result<Option<SavedPacket>, IpcError> {
    let request = Request {
        offer: offer_id,
        only: Some(credential_ids),
    };
    let today = today();
    let data = crate::checked_commands::judged_dataset(&state, today)?;
    let packet = prepare(&state.store()?, &data, &request, today).map_err(refusal)?;
    let ask = SaveRequest {
        title: "Save the credentialing packet",
        file_name: format!("credentialing-packet-{today}.pdf"),
        filter: "PDF document",
        extension: "pdf",
    };
    let Some(file) = save(&app, &chooser, ask, &packet.pdf).await? else {
        return Ok(None);
    };
    Ok(Some(SavedPacket {
        file,
        pages: count(packet.pages),
        credentials: count(packet.credentials.len()),
        documents: count(packet.documents),
        left_out: packet
            .left_out
            .into_iter()
            .map(|l| LeftOutDocument {
                credential: l.credential,
                name: l.name,
                why: l.why,
            })
            .collect(),
    }))
}
