//! The 56 US jurisdictions a clinician can be licensed in: 50 states, DC and five territories.
//!
//! Serialized as the two-letter postal code ("TX"). Parsing accepts any case and rejects
//! anything else with the offending text in the error.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What kind of jurisdiction a code names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum JurisdictionKind {
    State,
    District,
    Territory,
}

macro_rules! jurisdictions {
    ($($code:ident => $name:literal, $kind:ident;)*) => {
        /// A US state, the District of Columbia or a US territory, by postal code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS)]
        pub enum Jurisdiction { $($code,)* }

        impl Jurisdiction {
            /// Every jurisdiction, in alphabetical order of code.
            pub const ALL: &'static [Jurisdiction] = &[$(Jurisdiction::$code,)*];

            /// The position in [`Jurisdiction::ALL`] (0 to 55), for tables indexed by
            /// jurisdiction.
            pub fn index(self) -> usize {
                self as usize
            }

            /// The two-letter postal code.
            pub fn code(self) -> &'static str {
                match self { $(Jurisdiction::$code => stringify!($code),)* }
            }

            /// The full name ("Texas").
            pub fn name(self) -> &'static str {
                match self { $(Jurisdiction::$code => $name,)* }
            }

            /// State, district or territory.
            pub fn kind(self) -> JurisdictionKind {
                match self { $(Jurisdiction::$code => JurisdictionKind::$kind,)* }
            }
        }
    };
}

jurisdictions! {
    AK => "Alaska", State;
    AL => "Alabama", State;
    AR => "Arkansas", State;
    AS => "American Samoa", Territory;
    AZ => "Arizona", State;
    CA => "California", State;
    CO => "Colorado", State;
    CT => "Connecticut", State;
    DC => "District of Columbia", District;
    DE => "Delaware", State;
    FL => "Florida", State;
    GA => "Georgia", State;
    GU => "Guam", Territory;
    HI => "Hawaii", State;
    IA => "Iowa", State;
    ID => "Idaho", State;
    IL => "Illinois", State;
    IN => "Indiana", State;
    KS => "Kansas", State;
    KY => "Kentucky", State;
    LA => "Louisiana", State;
    MA => "Massachusetts", State;
    MD => "Maryland", State;
    ME => "Maine", State;
    MI => "Michigan", State;
    MN => "Minnesota", State;
    MO => "Missouri", State;
    MP => "Northern Mariana Islands", Territory;
    MS => "Mississippi", State;
    MT => "Montana", State;
    NC => "North Carolina", State;
    ND => "North Dakota", State;
    NE => "Nebraska", State;
    NH => "New Hampshire", State;
    NJ => "New Jersey", State;
    NM => "New Mexico", State;
    NV => "Nevada", State;
    NY => "New York", State;
    OH => "Ohio", State;
    OK => "Oklahoma", State;
    OR => "Oregon", State;
    PA => "Pennsylvania", State;
    PR => "Puerto Rico", Territory;
    RI => "Rhode Island", State;
    SC => "South Carolina", State;
    SD => "South Dakota", State;
    TN => "Tennessee", State;
    TX => "Texas", State;
    UT => "Utah", State;
    VA => "Virginia", State;
    VI => "U.S. Virgin Islands", Territory;
    VT => "Vermont", State;
    WA => "Washington", State;
    WI => "Wisconsin", State;
    WV => "West Virginia", State;
    WY => "Wyoming", State;
}

/// A code that names no known jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown jurisdiction code {0:?}: expected a two-letter code of a US state, DC, PR, GU, VI, MP or AS")]
pub struct UnknownJurisdiction(pub String);

impl FromStr for Jurisdiction {
    type Err = UnknownJurisdiction;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        Jurisdiction::ALL
            .iter()
            .copied()
            .find(|j| j.code() == upper)
            .ok_or_else(|| UnknownJurisdiction(s.to_string()))
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
