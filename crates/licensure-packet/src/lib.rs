//! The credentialing packet: the credentials a clinician chose, with their numbers, and
//! their attached documents, as one PDF for an employer's credentialing office.
//!
//! A packet is a cover ([`cover`]), a summary table of the chosen credentials ([`summary`]),
//! then each credential's documents in order — attached PDFs appended page by page, images
//! placed on pages, text set on pages — with an outline entry per credential ([`pdf`]).
//! Every document is checked against the size and SHA-256 recorded when it was attached
//! before it goes in; one that fails, or cannot be read, is left out and named in the
//! summary ([`documents`]). For an offer, the proposed choice is the credentials its verdict
//! relied on plus the profile-level ones ([`selection`]).
//!
//! Limits: the packet holds only what was chosen, and is only returned as bytes: saving it
//! is the caller's (the CLI's `--out`, the app's save dialog); nothing here sends it
//! anywhere. No clock: the date prepared is a parameter.

pub mod cover;
pub mod documents;
pub mod pdf;
pub mod row;
pub mod selection;
pub mod summary;

use chrono::NaiveDate;
use licensure_core::model::{Credential, Offer, Profile};
use licensure_core::reference::Dataset;
use licensure_core::verdict::evaluate_offer;
use licensure_store::{Store, StoreError};

use cover::Cover;
use documents::{Content, LeftOut, Ready};
use pdf::sheet::Sheet;
use pdf::text::Font;
use pdf::PacketPdf;
use row::Row;
use summary::Listed;

/// Why no packet was made.
#[derive(Debug, thiserror::Error)]
pub enum PacketError {
    #[error("no stored credential has the id(s) {}", quoted(.0))]
    UnknownCredentials(Vec<String>),
    #[error("no stored offer has the id {0:?}")]
    UnknownOffer(String),
    #[error("no profile: an offer's packet is judged for a profile, import or enter one first")]
    NoProfile,
    #[error("no credential chosen: a packet needs at least one")]
    NothingChosen,
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Pdf(String),
}

fn quoted(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("{id:?}")).collect();
    quoted.join(", ")
}

/// What the packet is for and what goes in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Request {
    /// The offer it is for, by id.
    pub offer: Option<String>,
    /// The credentials chosen, by id; None: the proposal (see [`proposal`]).
    pub only: Option<Vec<String>>,
}

/// A packet made.
#[derive(Debug)]
pub struct Packet {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// The credentials in it, by id, in order.
    pub credentials: Vec<String>,
    /// How many attached documents went in.
    pub documents: usize,
    /// The documents of chosen credentials that were left out, and why.
    pub left_out: Vec<LeftOut>,
}

/// The offer with id `offer_id`, or a refusal naming it.
fn find_offer(offers: Vec<Offer>, offer_id: &str) -> Result<Offer, PacketError> {
    offers
        .into_iter()
        .find(|o| o.id == offer_id)
        .ok_or_else(|| PacketError::UnknownOffer(offer_id.to_string()))
}

/// The credentials proposed for a packet, by id: for an offer, those its verdict relied on
/// plus the profile-level ones; without one, every credential.
pub fn proposal(
    store: &Store,
    data: &Dataset,
    offer_id: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<String>, PacketError> {
    let credentials = store.credentials()?;
    let Some(offer_id) = offer_id else {
        return Ok(credentials.into_iter().map(|c| c.id).collect());
    };
    let offer = find_offer(store.offers()?, offer_id)?;
    let profile = store.profile()?.ok_or(PacketError::NoProfile)?;
    let verdict = evaluate_offer(&offer, &profile, &credentials, data, today);
    Ok(selection::preselect(&verdict, &credentials))
}

/// Makes the packet `request` asks for, as of `today`. Nothing is written anywhere.
pub fn prepare(
    store: &Store,
    data: &Dataset,
    request: &Request,
    today: NaiveDate,
) -> Result<Packet, PacketError> {
    let offer = match &request.offer {
        Some(id) => Some(find_offer(store.offers()?, id)?),
        None => None,
    };
    let ids = match &request.only {
        Some(ids) => ids.clone(),
        None => proposal(store, data, request.offer.as_deref(), today)?,
    };
    let credentials = store.credentials()?;
    let chosen = selection::chosen(&credentials, &ids)?;
    if chosen.is_empty() {
        return Err(PacketError::NothingChosen);
    }
    let mut gathered = Vec::new();
    let mut left_out = Vec::new();
    for credential in &chosen {
        let (ready, left) = documents::gather(store, credential)?;
        gathered.push((*credential, ready));
        left_out.extend(left);
    }
    let profile = store.profile()?;
    let contents = Contents {
        profile: profile.as_ref(),
        offer: offer.as_ref(),
        today,
        reference_as_of: data.as_of,
        left_out: &left_out,
    };
    let (pdf, pages, documents) = contents.write(gathered)?;
    Ok(Packet {
        pdf,
        pages,
        credentials: chosen.iter().map(|c| c.id.clone()).collect(),
        documents,
        left_out,
    })
}

/// Everything written besides the credentials and their documents.
struct Contents<'a> {
    profile: Option<&'a Profile>,
    offer: Option<&'a Offer>,
    today: NaiveDate,
    reference_as_of: NaiveDate,
    left_out: &'a [LeftOut],
}

impl Contents<'_> {
    /// The PDF, its page count and how many documents went in.
    fn write(
        &self,
        gathered: Vec<(&Credential, Vec<Ready>)>,
    ) -> Result<(Vec<u8>, usize, usize), PacketError> {
        let documents: usize = gathered.iter().map(|(_, ready)| ready.len()).sum();
        let cover = Cover {
            profile: self.profile,
            offer: self.offer,
            prepared: self.today,
            reference_as_of: self.reference_as_of,
            credentials: gathered.len(),
            documents,
            left_out: self.left_out.len(),
        };
        let rows: Vec<Row> = gathered
            .iter()
            .map(|(c, _)| Row::new(c, self.today, self.offer))
            .collect();
        let listed: Vec<Listed> = gathered
            .iter()
            .zip(&rows)
            .map(|((_, ready), row)| Listed {
                credential: &row.title,
                documents: ready.iter().map(|r| r.attachment.name.as_str()).collect(),
            })
            .collect();
        let mut out = PacketPdf::new();
        add_sheet(&mut out, cover.sheet());
        let summary_page = add_sheet(&mut out, summary::sheet(&rows, &listed, self.left_out));
        let titles: Vec<String> = rows.iter().map(|r| r.title.clone()).collect();
        for ((credential, ready), title) in gathered.into_iter().zip(titles) {
            let mut first = None;
            for document in ready {
                let caption = format!(
                    "{} - {}",
                    credential.detail.title(),
                    document.attachment.name
                );
                let page = match document.content {
                    Content::Pdf(source) => out.append_pdf(*source),
                    Content::Picture(picture) => Some(out.add_picture_page(*picture, &caption)),
                    Content::Text(text) => add_sheet(&mut out, text_sheet(&caption, &text)),
                };
                first = first.or(page);
            }
            // A credential without documents opens the summary, where its line is.
            if let Some(page) = first.or(summary_page) {
                out.bookmark(&title, page);
            }
        }
        let pages = out.page_count();
        let pdf = out
            .finish("Credentialing packet")
            .map_err(PacketError::Pdf)?;
        Ok((pdf, pages, documents))
    }
}

/// Adds a sheet's pages; returns the first one's id.
fn add_sheet(out: &mut PacketPdf, sheet: Sheet) -> Option<lopdf::ObjectId> {
    sheet
        .into_pages()
        .into_iter()
        .map(|page| out.add_text_page(page))
        .reduce(|first, _| first)
}

/// An attached text document on pages of its own, under its caption.
fn text_sheet(caption: &str, text: &str) -> Sheet {
    let mut sheet = Sheet::new();
    sheet.line(Font::Regular, 9.0, 0.0, caption);
    sheet.gap(6.0);
    for line in text.lines() {
        sheet.paragraph(Font::Mono, 9.0, 0.0, &line.replace('\t', "    "));
    }
    sheet
}
