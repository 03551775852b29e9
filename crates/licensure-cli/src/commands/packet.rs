//! `licensure packet [--offer ID] [--only ID,…] --out FILE.pdf`: the credentialing packet,
//! written atomically to FILE (mode 0600) and nowhere else.
//!
//! Plain output (standard error) names the credentials by title and id, never by number,
//! and every document left out with why; `--json` prints the same on standard output.

use std::path::Path;

use licensure_packet::{prepare, PacketError, Request};
use serde::Serialize;

use super::Context;
use crate::exit::Exit;
use crate::output::{self, write_atomically};

#[derive(Serialize)]
struct Written<'a> {
    path: String,
    pages: usize,
    credentials: &'a [String],
    documents: usize,
    left_out: Vec<LeftOut<'a>>,
}

#[derive(Serialize)]
struct LeftOut<'a> {
    credential_id: &'a str,
    name: &'a str,
    why: &'a str,
}

fn refusal(e: PacketError) -> Exit {
    match e {
        PacketError::Store(e) => e.into(),
        PacketError::Pdf(message) => Exit::failure(message),
        e @ (PacketError::UnknownCredentials(_)
        | PacketError::UnknownOffer(_)
        | PacketError::NoProfile
        | PacketError::NothingChosen) => Exit::refused(e.to_string()),
    }
}

pub fn run(
    ctx: &Context,
    offer: Option<&str>,
    only: Option<Vec<String>>,
    out: &Path,
) -> Result<(), Exit> {
    let only = only.map(|ids| {
        ids.into_iter()
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty())
            .collect::<Vec<_>>()
    });
    let request = Request {
        offer: offer.map(str::to_string),
        only,
    };
    let packet = {
        let store = ctx.store()?;
        let data = ctx.judged(&store.checked_answers()?)?;
        prepare(&store, &data, &request, ctx.today).map_err(refusal)?
    };
    write_atomically(out, &packet.pdf)?;
    let written = Written {
        path: out.display().to_string(),
        pages: packet.pages,
        credentials: &packet.credentials,
        documents: packet.documents,
        left_out: packet
            .left_out
            .iter()
            .map(|l| LeftOut {
                credential_id: &l.credential_id,
                name: &l.name,
                why: &l.why,
            })
            .collect(),
    };
    if ctx.json {
        return output::json(&written);
    }
    output::note(&format!(
        "wrote the packet to {}: {} page(s), {} credential(s) ({}), {} document(s)",
        written.path,
        written.pages,
        written.credentials.len(),
        written.credentials.join(", "),
        written.documents
    ));
    for l in &packet.left_out {
        output::note(&format!(
            "left out: {} ({}, {}): {}",
            l.name, l.credential, l.credential_id, l.why
        ));
    }
    output::note("note: the packet contains credential numbers: share it with care");
    Ok(())
}
