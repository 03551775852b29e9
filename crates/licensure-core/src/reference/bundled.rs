//! The reference dataset compiled into the binary from the JSON files in `data/`: the
//! dataset's date, the federal facts, the compacts, and one file per jurisdiction.
//!
//! Limits: parsing only. The files are read at compile time (`include_str!`), so the core
//! does no IO; whether the facts hang together is `Dataset::check`'s job, not this module's.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{CompactFacts, Dataset, DatasetError, FederalFacts, ImlcRules, JurisdictionFacts};

const DATASET_FILE: &str = "data/dataset.json";
const FEDERAL_FILE: &str = "data/federal.json";
const COMPACTS_FILE: &str = "data/compacts.json";

const DATASET_JSON: &str = include_str!("../../../../data/dataset.json");
const FEDERAL_JSON: &str = include_str!("../../../../data/federal.json");
const COMPACTS_JSON: &str = include_str!("../../../../data/compacts.json");

/// One file per jurisdiction, `data/jurisdictions/XX.json`, so that a board's change is one
/// small diff: (file name, content).
macro_rules! jurisdiction_files {
    ($($code:literal),* $(,)?) => {
        [$((
            concat!("data/jurisdictions/", $code, ".json"),
            include_str!(concat!("../../../../data/jurisdictions/", $code, ".json")),
        )),*]
    };
}

const JURISDICTION_FILES: [(&str, &str); 56] = jurisdiction_files!(
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "GU", "VI", "MP", "AS",
);

/// `data/dataset.json`: the dataset's own review date.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatasetHeader {
    as_of: NaiveDate,
}

/// `data/compacts.json`: IMLC eligibility rules and the facts about each compact.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompactsFile {
    imlc: ImlcRules,
    compacts: Vec<CompactFacts>,
}

impl Dataset {
    /// The reference dataset shipped with this build, assembled from `data/*.json`.
    ///
    /// An error names the file that failed to parse. Run [`Dataset::check`] on the result
    /// before trusting it (the test suite does so for the bundled files).
    pub fn bundled() -> Result<Dataset, DatasetError> {
        let header: DatasetHeader = parse(DATASET_FILE, DATASET_JSON)?;
        let federal: FederalFacts = parse(FEDERAL_FILE, FEDERAL_JSON)?;
        let compacts: CompactsFile = parse(COMPACTS_FILE, COMPACTS_JSON)?;
        let jurisdictions = JURISDICTION_FILES
            .iter()
            .map(|(file, json)| parse_jurisdiction(file, json))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Dataset {
            as_of: header.as_of,
            federal,
            imlc: compacts.imlc,
            compacts: compacts.compacts,
            jurisdictions,
        })
    }
}

/// A jurisdiction's file, which must speak of the jurisdiction it is named for.
fn parse_jurisdiction(file: &'static str, json: &str) -> Result<JurisdictionFacts, DatasetError> {
    let facts: JurisdictionFacts = parse(file, json)?;
    let named = file
        .trim_start_matches("data/jurisdictions/")
        .trim_end_matches(".json");
    if facts.jurisdiction.code() != named {
        return Err(DatasetError {
            file,
            source: serde::de::Error::custom(format!(
                "the file is named for {named} but describes {}",
                facts.jurisdiction.code()
            )),
        });
    }
    Ok(facts)
}

fn parse<T: DeserializeOwned>(file: &'static str, json: &str) -> Result<T, DatasetError> {
    serde_json::from_str(json).map_err(|source| DatasetError { file, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parse_error_names_the_file() {
        let cases: Vec<(&str, &'static str, &str)> = vec![
            ("truncated json", DATASET_FILE, "{\"as_of\": "),
            ("bad date", DATASET_FILE, "{\"as_of\": \"2026-13-01\"}"),
            (
                "unknown field",
                DATASET_FILE,
                "{\"as_of\": \"2026-01-01\", \"asof\": 1}",
            ),
            ("wrong shape", COMPACTS_FILE, "[]"),
        ];
        for (name, file, json) in cases {
            let err = match file {
                DATASET_FILE => parse::<DatasetHeader>(file, json).err(),
                _ => parse::<CompactsFile>(file, json).err(),
            };
            let Some(err) = err else {
                panic!("{name}: expected an error");
            };
            assert_eq!(err.file, file, "{name}");
            assert!(
                err.to_string()
                    .starts_with(&format!("reference data {file}: ")),
                "{name}: {err}"
            );
        }
    }
}
