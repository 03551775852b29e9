//! `licensure path STATE`: every route to authority in a jurisdiction, fastest usable first
//! (authority held, compacts, telehealth registrations and exceptions, a full license), with
//! steps, fees, typical time and reasons.
//!
//! Limits: a route says whether authority exists or can be had for the profession; whether a
//! particular offer can be accepted is `licensure offers`.

use licensure_core::path::path_to;

use super::Context;
use crate::exit::Exit;
use crate::output;
use crate::plain;

pub fn run(ctx: &Context, state: &str) -> Result<(), Exit> {
    let jurisdiction = super::jurisdiction(state)?;
    let records = ctx.records()?;
    let profile = records.profile()?;
    let data = &*ctx.judged(&records.checked_answers)?;
    let path = path_to(jurisdiction, profile, &records.credentials, data, ctx.today);
    if ctx.json {
        return output::json(&path);
    }
    let mut lines = vec![format!(
        "Routes to practise in {} ({jurisdiction}), fastest usable first",
        jurisdiction.name()
    )];
    if path.routes.is_empty() {
        lines.push("  no route found".to_string());
    }
    for (i, route) in path.routes.iter().enumerate() {
        let mut block = plain::route(route, "   ");
        if let Some(first) = block.first_mut() {
            *first = format!("{:>2}.{}", i + 1, &first[2..]);
        }
        lines.extend(block);
    }
    output::lines(&lines)
}
