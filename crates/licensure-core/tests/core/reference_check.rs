//! `Dataset::check` catches each kind of corruption of the sound bundled dataset, and only
//! that one.

use licensure_core::model::{CmeHours, Compact};
use licensure_core::reference::{CmeRule, Dataset, DatasetProblem, Recurrence, TelehealthAnswer};
use licensure_core::Jurisdiction;

use crate::reference::{bundled, date};

/// A corruption of a sound dataset and the one problem it must produce.
struct Corruption {
    name: &'static str,
    corrupt: fn(&mut Dataset),
    expected: DatasetProblem,
}

fn facts_of(
    data: &mut Dataset,
    j: Jurisdiction,
) -> &mut licensure_core::reference::JurisdictionFacts {
    match data.jurisdictions.iter_mut().find(|f| f.jurisdiction == j) {
        Some(f) => f,
        None => panic!("no facts for {j}"),
    }
}

fn cme_of(data: &mut Dataset, j: Jurisdiction) -> Option<&mut CmeRule> {
    facts_of(data, j)
        .cme
        .as_mut()
        .and_then(|f| f.value.as_mut())
}

#[test]
fn check_catches_each_corruption() {
    let cases: Vec<Corruption> = vec![
        Corruption {
            name: "jurisdiction removed",
            corrupt: |d| {
                d.jurisdictions
                    .retain(|f| f.jurisdiction != Jurisdiction::TX)
            },
            expected: DatasetProblem::MissingJurisdiction {
                jurisdiction: Jurisdiction::TX,
            },
        },
        Corruption {
            name: "jurisdiction twice",
            corrupt: |d| {
                let copy = facts_of(d, Jurisdiction::PA).clone();
                d.jurisdictions.push(copy);
            },
            expected: DatasetProblem::DuplicateJurisdiction {
                jurisdiction: Jurisdiction::PA,
            },
        },
        Corruption {
            name: "compact missing for a jurisdiction",
            corrupt: |d| {
                facts_of(d, Jurisdiction::NY).compacts.remove(&Compact::Nlc);
            },
            expected: DatasetProblem::MissingCompact {
                jurisdiction: Jurisdiction::NY,
                compact: Compact::Nlc,
            },
        },
        Corruption {
            name: "compact facts missing",
            corrupt: |d| d.compacts.retain(|c| c.compact != Compact::Psypact),
            expected: DatasetProblem::MissingCompactFacts {
                compact: Compact::Psypact,
            },
        },
        Corruption {
            name: "compact facts twice",
            corrupt: |d| {
                if let Some(c) = d.compact(Compact::Nlc).cloned() {
                    d.compacts.push(c);
                }
            },
            expected: DatasetProblem::DuplicateCompactFacts {
                compact: Compact::Nlc,
            },
        },
        Corruption {
            name: "fact without a source",
            corrupt: |d| facts_of(d, Jurisdiction::TX).csr.sources = Vec::new().into(),
            expected: DatasetProblem::NoSource {
                fact: "TX csr".into(),
            },
        },
        Corruption {
            name: "plain http source",
            corrupt: |d| {
                d.federal.dea_fee_usd.sources = ["http://example.gov/fee".to_string()].into()
            },
            expected: DatasetProblem::NotHttps {
                fact: "federal dea_fee_usd".into(),
                address: "http://example.gov/fee".into(),
            },
        },
        Corruption {
            name: "empty source address",
            corrupt: |d| d.imlc.loq_fee_usd.sources = ["https://".to_string()].into(),
            expected: DatasetProblem::NotHttps {
                fact: "imlc loq_fee_usd".into(),
                address: "https://".into(),
            },
        },
        Corruption {
            name: "http board site",
            corrupt: |d| {
                facts_of(d, Jurisdiction::OH).medical_board_url = "http://med.ohio.gov".into()
            },
            expected: DatasetProblem::NotHttps {
                fact: "OH medical_board_url".into(),
                address: "http://med.ohio.gov".into(),
            },
        },
        Corruption {
            name: "verified fact with a null value",
            corrupt: |d| facts_of(d, Jurisdiction::KS).malpractice.value = None,
            expected: DatasetProblem::KnownWithoutValue {
                fact: "KS malpractice".into(),
            },
        },
        Corruption {
            name: "unknown fact with a value",
            corrupt: |d| {
                let texas = facts_of(d, Jurisdiction::TX).csr.value.clone();
                facts_of(d, Jurisdiction::AS).csr.value = texas;
            },
            expected: DatasetProblem::UnknownWithValue {
                fact: "AS csr".into(),
            },
        },
        Corruption {
            name: "conflicting fact without a note",
            corrupt: |d| {
                if let Some(f) = facts_of(d, Jurisdiction::MI)
                    .compacts
                    .get_mut(&Compact::Imlc)
                {
                    f.note = "  ".into();
                }
            },
            expected: DatasetProblem::DoubtWithoutNote {
                fact: "MI compacts.imlc".into(),
            },
        },
        Corruption {
            name: "fact read after the dataset's date",
            corrupt: |d| d.federal.dea_cycle_years.as_of = d.as_of + chrono::Days::new(1),
            expected: DatasetProblem::FactAfterDataset {
                fact: "federal dea_cycle_years".into(),
                as_of: date("2026-12-08"),
            },
        },
        Corruption {
            name: "enactment after the dataset's date",
            corrupt: |d| {
                if let Some(m) = facts_of(d, Jurisdiction::HI)
                    .compacts
                    .get_mut(&Compact::Imlc)
                    .and_then(|f| f.value.as_mut())
                {
                    m.enacted = Some(date("2027-01-01"));
                }
            },
            expected: DatasetProblem::EnactedAfterDataset {
                fact: "HI compacts.imlc".into(),
                enacted: date("2027-01-01"),
            },
        },
        Corruption {
            name: "rule ends before it starts",
            corrupt: |d| {
                for f in &mut d.federal.telemedicine_rules {
                    if let Some(r) = f
                        .value
                        .as_mut()
                        .filter(|r| r.id == "dea_telemedicine_flexibilities")
                    {
                        r.effective_until = Some(date("2025-12-31"));
                    }
                }
            },
            expected: DatasetProblem::RuleEndsBeforeStart {
                id: "dea_telemedicine_flexibilities".into(),
            },
        },
        Corruption {
            name: "rule id twice",
            corrupt: |d| {
                if let Some(rule) = d.federal.telemedicine_rules.first().cloned() {
                    d.federal.telemedicine_rules.push(rule);
                }
            },
            expected: DatasetProblem::DuplicateRuleId {
                id: "dea_telemedicine_flexibilities".into(),
            },
        },
        Corruption {
            name: "route id twice",
            corrupt: |d| {
                let florida = facts_of(d, Jurisdiction::FL).telehealth_routes[0].clone();
                facts_of(d, Jurisdiction::GA)
                    .telehealth_routes
                    .push(florida);
            },
            expected: DatasetProblem::DuplicateRouteId {
                id: "fl_telehealth_registration".into(),
            },
        },
        Corruption {
            name: "an anonymous repository as a source",
            corrupt: |d| {
                d.federal.dea_fee_usd.sources =
                    ["https://github.com/someone/notes/blob/main/dea.md".to_string()].into()
            },
            expected: DatasetProblem::DisallowedSource {
                fact: "federal dea_fee_usd".into(),
                address: "https://github.com/someone/notes/blob/main/dea.md".into(),
            },
        },
        Corruption {
            name: "a document-sharing site as a source",
            corrupt: |d| {
                facts_of(d, Jurisdiction::CO).malpractice.sources =
                    ["https://www.docplayer.net/123-deck.html".to_string()].into()
            },
            expected: DatasetProblem::DisallowedSource {
                fact: "CO malpractice".into(),
                address: "https://www.docplayer.net/123-deck.html".into(),
            },
        },
        Corruption {
            name: "a per-claim minimum above the aggregate",
            corrupt: |d| {
                if let Some(m) = facts_of(d, Jurisdiction::CO).malpractice.value.as_mut() {
                    m.min_per_claim_usd = Some(5_000_000);
                }
            },
            expected: DatasetProblem::BadAmount {
                fact: "CO malpractice".into(),
                detail: "per-claim $5000000 is above the aggregate $3000000".into(),
            },
        },
        Corruption {
            name: "a fund layer of $0",
            corrupt: |d| {
                if let Some(f) = facts_of(d, Jurisdiction::KS)
                    .malpractice
                    .value
                    .as_mut()
                    .and_then(|m| m.fund.as_mut())
                {
                    f.layer_per_claim_usd = Some(0);
                }
            },
            expected: DatasetProblem::BadAmount {
                fact: "KS malpractice fund".into(),
                detail: "an amount of $0 (leave it out when there is none)".into(),
            },
        },
        Corruption {
            name: "a required CSR without its agency",
            corrupt: |d| {
                if let Some(c) = facts_of(d, Jurisdiction::IA).csr.value.as_mut() {
                    c.agency = " ".into();
                }
            },
            expected: DatasetProblem::CsrWithoutAgency {
                jurisdiction: Jurisdiction::IA,
            },
        },
        Corruption {
            name: "a state's routes answer unknown",
            corrupt: |d| {
                let answer = &mut facts_of(d, Jurisdiction::PA).telehealth_answer;
                answer.value = None;
                answer.confidence = licensure_core::reference::Confidence::Unknown;
            },
            expected: DatasetProblem::RoutesAnswerUnknown {
                jurisdiction: Jurisdiction::PA,
            },
        },
        Corruption {
            name: "\"no route\" with an open route listed",
            corrupt: |d| {
                facts_of(d, Jurisdiction::FL).telehealth_answer.value =
                    Some(TelehealthAnswer::NoRoute)
            },
            expected: DatasetProblem::RoutesAnswerContradicted {
                jurisdiction: Jurisdiction::FL,
                detail: "\"no route\", but an open route is listed".into(),
            },
        },
        Corruption {
            name: "\"routes\" where the only route is closed",
            corrupt: |d| {
                let texas = facts_of(d, Jurisdiction::TX);
                texas.telehealth_routes.truncate(1);
                texas.telehealth_answer.value = Some(TelehealthAnswer::Routes);
            },
            expected: DatasetProblem::RoutesAnswerContradicted {
                jurisdiction: Jurisdiction::TX,
                detail: "\"routes\", but no open route is listed".into(),
            },
        },
        Corruption {
            name: "CME rule missing for a jurisdiction",
            corrupt: |d| facts_of(d, Jurisdiction::TX).cme = None,
            expected: DatasetProblem::MissingCme {
                jurisdiction: Jurisdiction::TX,
            },
        },
        Corruption {
            name: "MATE Act training missing",
            corrupt: |d| d.federal.mate_act = None,
            expected: DatasetProblem::MissingMateAct,
        },
        Corruption {
            name: "more Category 1 hours than hours",
            corrupt: |d| {
                if let Some(rule) = cme_of(d, Jurisdiction::TX) {
                    rule.category1_hours = Some(CmeHours::hours(50));
                }
            },
            expected: DatasetProblem::BadCmeRule {
                fact: "TX cme".to_string(),
                detail: "50 Category 1 hours is more than the 48 hours of the cycle".to_string(),
            },
        },
        Corruption {
            name: "a required topic naming no topic",
            corrupt: |d| {
                if let Some(rule) = cme_of(d, Jurisdiction::FL) {
                    rule.required_topics[0].topics.clear();
                }
            },
            expected: DatasetProblem::BadCmeRule {
                fact: "FL cme required_topics[0]".to_string(),
                detail: "names no topic".to_string(),
            },
        },
        Corruption {
            name: "a CME rule every 0 years",
            corrupt: |d| {
                if let Some(rule) = cme_of(d, Jurisdiction::CT) {
                    rule.required_topics[2].recurrence = Recurrence::EveryYears { years: 0 };
                }
            },
            expected: DatasetProblem::BadCmeRule {
                fact: "CT cme required_topics[2]".to_string(),
                detail: "every 0 years".to_string(),
            },
        },
    ];
    let sound = bundled();
    assert_eq!(
        sound.as_of,
        date("2026-12-07"),
        "the corruption table assumes this review date"
    );
    for case in cases {
        let mut data = sound.clone();
        (case.corrupt)(&mut data);
        assert_eq!(data.check(), vec![case.expected], "{}", case.name);
    }
}

/// `data/README.md` carries the coverage table the data gives today.
#[test]
fn data_readme_carries_the_current_coverage() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/README.md");
    let readme = std::fs::read_to_string(path).expect("data/README.md");
    let (start, end) = ("<!-- coverage:start -->\n", "<!-- coverage:end -->");
    let (Some(a), Some(b)) = (readme.find(start), readme.find(end)) else {
        panic!("data/README.md lacks the coverage markers");
    };
    let table = bundled().coverage().markdown();
    let committed = &readme[a + start.len()..b];
    if committed != table && std::env::var_os("UPDATE_DATA_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..a + start.len()], &readme[b..]);
        std::fs::write(path, updated).expect("write data/README.md");
        return;
    }
    assert_eq!(
        committed, table,
        "data/README.md's coverage table is stale: run \
         UPDATE_DATA_README=1 cargo test -p licensure-core --test core coverage"
    );
}
