//! Where the IMLC reaches today, state by state: each jurisdiction's standing in the compact,
//! what a license through it costs there and how long it takes, and, for a state out of reach,
//! why (not a member, enacted but not issuing yet, or not established).
//!
//! Limits: the costs are the reference data's (the Letter of Qualification fee, the
//! commission's typical time, each state's own fee where recorded); a state's own fee for a
//! compact license is rarely recorded and then shows as unknown, never as zero.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::compact::membership;
use crate::model::Compact;
use crate::reference::{Citation, CompactStatus, Dataset};
use crate::Jurisdiction;

/// One jurisdiction's standing in the IMLC today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcReach {
    pub jurisdiction: Jurisdiction,
    /// As of today (a member whose start date is still ahead is "enacted, not issuing");
    /// None when the reference data does not establish it.
    pub status: Option<CompactStatus>,
    /// The state's own fee for a license through the compact, when recorded.
    pub state_fee_usd: Option<u32>,
    /// The state's fee for a full license by direct application, when known: what a
    /// clinician can compare with when the compact fee is not recorded.
    pub full_license_fee_usd: Option<u32>,
    /// The membership fact behind the status.
    pub citation: Option<Citation>,
}

/// What every license through the IMLC costs wherever it is issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcTerms {
    /// The Letter of Qualification fee, paid once for every state chosen while it is valid.
    pub loq_fee_usd: Option<u32>,
    /// Days a Letter of Qualification stays valid.
    pub loq_validity_days: Option<u32>,
    /// The commission's typical time from application to license.
    pub typical_days: Option<u32>,
    pub citations: Vec<Citation>,
}

/// The IMLC's terms and every jurisdiction's standing in it, in the order of
/// [`Jurisdiction::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ImlcMap {
    pub terms: ImlcTerms,
    pub states: Vec<ImlcReach>,
}

/// Where the IMLC reaches on `today`, and at what cost.
pub fn imlc_map(data: &Dataset, today: NaiveDate) -> ImlcMap {
    let typical = data
        .compact(Compact::Imlc)
        .and_then(|f| f.typical_days.as_ref());
    let mut citations = vec![
        data.imlc
            .loq_fee_usd
            .cite("IMLC Letter of Qualification fee"),
        data.imlc
            .loq_validity_days
            .cite("IMLC Letter of Qualification validity"),
    ];
    citations.extend(typical.map(|d| d.cite("IMLC typical time")));
    let terms = ImlcTerms {
        loq_fee_usd: data.imlc.loq_fee_usd.known().copied(),
        loq_validity_days: data.imlc.loq_validity_days.known().copied(),
        typical_days: typical.and_then(|d| d.known().copied()),
        citations,
    };
    let states = Jurisdiction::ALL
        .iter()
        .map(|&j| {
            let found = membership(data, Compact::Imlc, j, today);
            let license = data.jurisdiction(j).and_then(|f| f.full_license.known());
            ImlcReach {
                jurisdiction: j,
                status: found.status,
                state_fee_usd: license.and_then(|l| l.imlc_fee_usd),
                full_license_fee_usd: license.and_then(|l| l.fee_usd),
                citation: found.citation,
            }
        })
        .collect();
    ImlcMap { terms, states }
}
