//! `licensure list`: the profile and every credential, without numbers in the plain output.

use serde::Serialize;

use licensure_core::model::{Credential, Profile};

use super::Context;
use crate::exit::Exit;
use crate::output;

#[derive(Debug, Serialize)]
struct Listing {
    profile: Option<Profile>,
    credentials: Vec<Credential>,
}

pub fn run(ctx: &Context) -> Result<(), Exit> {
    let store = ctx.store()?;
    let listing = Listing {
        profile: store.profile()?,
        credentials: store.credentials()?,
    };
    if ctx.json {
        return output::json(&listing);
    }
    let mut lines = vec![match &listing.profile {
        Some(p) => format!(
            "{} {} — {}",
            p.given_name,
            p.family_name,
            p.profession.label()
        ),
        None => "(no profile)".to_string(),
    }];
    if listing.credentials.is_empty() {
        lines.push("(no credentials)".to_string());
    }
    for c in &listing.credentials {
        let expires = c
            .detail
            .expires()
            .map(|d| format!("expires {d}"))
            .unwrap_or_else(|| "no expiry".into());
        lines.push(format!("{:<8} {:<60} {}", c.id, c.detail.title(), expires));
    }
    output::lines(&lines)
}
