//! The reference dataset as files — `dataset.json` (the dataset's version and date),
//! `federal.json`, `compacts.json` and one `jurisdictions/XX.json` per jurisdiction — and the
//! one parser that assembles a [`Dataset`] from them, whether they were compiled into the
//! binary from `data/` ([`Dataset::bundled`]) or came in a signed pack ([`DataFiles::parse`]).
//!
//! Limits: parsing only. The bundled files are read at compile time (`include_str!`), so the
//! core does no IO; whether the facts hang together is `Dataset::check`'s job, and whether a
//! pack's files can be trusted is the pack's (licensure-pack).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{CompactFacts, Dataset, DatasetError, FederalFacts, ImlcRules, JurisdictionFacts};

/// The file naming the dataset's version and review date, relative to `data/`.
pub const DATASET_FILE: &str = "dataset.json";
const FEDERAL_FILE: &str = "federal.json";
const COMPACTS_FILE: &str = "compacts.json";

/// One file per jurisdiction, `data/jurisdictions/XX.json`, so that a board's change is one
/// small diff: (file name relative to `data/`, content).
macro_rules! data_files {
    ($($code:literal),* $(,)?) => {
        [
            (DATASET_FILE, include_str!("../../../../data/dataset.json")),
            (FEDERAL_FILE, include_str!("../../../../data/federal.json")),
            (COMPACTS_FILE, include_str!("../../../../data/compacts.json")),
            $((
                concat!("jurisdictions/", $code, ".json"),
                include_str!(concat!("../../../../data/jurisdictions/", $code, ".json")),
            )),*
        ]
    };
}

/// Every file of the bundled dataset: (name relative to `data/`, content).
pub const BUNDLED_FILES: [(&str, &str); 59] = data_files!(
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "GU", "VI", "MP", "AS",
);

/// `dataset.json`: the dataset's version (a whole number that grows with every release of
/// the data, bundled or signed) and its own review date.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatasetHeader {
    version: u32,
    as_of: NaiveDate,
}

/// `compacts.json`: IMLC eligibility rules and the facts about each compact.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompactsFile {
    imlc: ImlcRules,
    compacts: Vec<CompactFacts>,
}

/// A dataset read from its files, with the version its `dataset.json` declares.
#[derive(Debug, Clone)]
pub struct VersionedDataset {
    pub version: u32,
    pub dataset: Dataset,
}

/// A dataset's files by name relative to `data/`: exactly the names of [`BUNDLED_FILES`],
/// no more, no fewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFiles(pub BTreeMap<String, String>);

impl DataFiles {
    /// The files compiled into this build.
    pub fn bundled() -> DataFiles {
        DataFiles(
            BUNDLED_FILES
                .iter()
                .map(|(name, json)| (name.to_string(), json.to_string()))
                .collect(),
        )
    }

    /// Parses every file into a dataset. An error names the file that is missing, unknown or
    /// does not parse. Run [`Dataset::check`] on the result before trusting it.
    pub fn parse(&self) -> Result<VersionedDataset, DatasetError> {
        if let Some(extra) = self
            .0
            .keys()
            .find(|name| !BUNDLED_FILES.iter().any(|(known, _)| known == name))
        {
            return Err(DatasetError {
                file: "<files>",
                source: serde::de::Error::custom(format!("unknown file {extra:?}")),
            });
        }
        parse_files(|name| self.0.get(name).map(String::as_str))
    }
}

/// The one parser of a dataset's files, `file` giving a file's content by name.
fn parse_files<'a>(
    file: impl Fn(&str) -> Option<&'a str>,
) -> Result<VersionedDataset, DatasetError> {
    let read = |name: &'static str| {
        file(name).ok_or_else(|| DatasetError {
            file: name,
            source: serde::de::Error::custom("the file is missing"),
        })
    };
    let header: DatasetHeader = parse(DATASET_FILE, read(DATASET_FILE)?)?;
    let federal: FederalFacts = parse(FEDERAL_FILE, read(FEDERAL_FILE)?)?;
    let compacts: CompactsFile = parse(COMPACTS_FILE, read(COMPACTS_FILE)?)?;
    let jurisdictions = BUNDLED_FILES[3..]
        .iter()
        .map(|(name, _)| parse_jurisdiction(name, read(name)?))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(VersionedDataset {
        version: header.version,
        dataset: Dataset {
            as_of: header.as_of,
            federal,
            imlc: compacts.imlc,
            compacts: compacts.compacts,
            jurisdictions,
        },
    })
}

impl Dataset {
    /// The reference dataset shipped with this build, assembled from `data/*.json`.
    ///
    /// An error names the file that failed to parse. Run [`Dataset::check`] on the result
    /// before trusting it (the test suite does so for the bundled files).
    pub fn bundled() -> Result<Dataset, DatasetError> {
        Self::bundled_versioned().map(|v| v.dataset)
    }

    /// The bundled dataset with its version.
    pub fn bundled_versioned() -> Result<VersionedDataset, DatasetError> {
        parse_files(|name| {
            BUNDLED_FILES
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, json)| *json)
        })
    }
}

/// A jurisdiction's file, which must speak of the jurisdiction it is named for.
fn parse_jurisdiction(file: &'static str, json: &str) -> Result<JurisdictionFacts, DatasetError> {
    let facts: JurisdictionFacts = parse(file, json)?;
    let named = file
        .trim_start_matches("jurisdictions/")
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
            (
                "bad date",
                DATASET_FILE,
                "{\"version\": 1, \"as_of\": \"2026-13-01\"}",
            ),
            ("no version", DATASET_FILE, "{\"as_of\": \"2026-01-01\"}"),
            (
                "unknown field",
                DATASET_FILE,
                "{\"version\": 1, \"as_of\": \"2026-01-01\", \"asof\": 1}",
            ),
            ("wrong shape", COMPACTS_FILE, "[]"),
            (
                "file named for another",
                "jurisdictions/AK.json",
                BUNDLED_FILES[3].1,
            ),
            ("missing file", FEDERAL_FILE, ""),
            ("unknown file", "<files>", "x"),
        ];
        for (name, file, json) in cases {
            let mut files = DataFiles::bundled();
            match name {
                "missing file" => {
                    files.0.remove(file);
                }
                "unknown file" => {
                    files.0.insert("jurisdictions/XX.json".into(), json.into());
                }
                _ => {
                    files.0.insert(file.into(), json.into());
                }
            }
            let Err(err) = files.parse() else {
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

    #[test]
    fn the_bundled_files_parse_with_their_version() {
        let Ok(v) = DataFiles::bundled().parse() else {
            panic!("the bundled files parse");
        };
        assert!(v.version >= 1);
        assert_eq!(Dataset::bundled().ok(), Some(v.dataset));
    }
}
