//! Checks of reference values that must hang together: dollar amounts, a required CSR's
//! agency, each state's telehealth routes answer against its routes, and the kinds of pages
//! that are never a source.
//!
//! Limits: like `check`, it finds contradictions, not untruths.

use super::{Confidence, Dataset, DatasetProblem, Fact, TelehealthAnswer};
use crate::jurisdiction::JurisdictionKind;

/// Hosts whose pages may lead to a source but never stand as one: anonymous code
/// repositories, document-sharing and forms sites, content farms.
const DISALLOWED_HOSTS: &[&str] = &[
    "github.com",
    "raw.githubusercontent.com",
    "gist.github.com",
    "docplayer.net",
    "studylib.net",
    "scribd.com",
    "pdffiller.com",
    "formsbank.com",
    "legalclarity.org",
    "nursezee.com",
];

/// The address's host is one of [`DISALLOWED_HOSTS`] or below one.
pub(super) fn is_disallowed_source(address: &str) -> bool {
    let host = address
        .trim_start_matches("https://")
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    DISALLOWED_HOSTS
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

impl Dataset {
    pub(super) fn check_values(&self, problems: &mut Vec<DatasetProblem>) {
        for j in &self.jurisdictions {
            let code = j.jurisdiction;
            if let Some(m) = j.malpractice.value.as_ref() {
                amounts(
                    &format!("{code} malpractice"),
                    m.min_per_claim_usd,
                    m.min_aggregate_usd,
                    problems,
                );
                if let Some(fund) = &m.fund {
                    amounts(
                        &format!("{code} malpractice fund"),
                        fund.layer_per_claim_usd,
                        fund.layer_aggregate_usd,
                        problems,
                    );
                }
            }
            if j.csr
                .value
                .as_ref()
                .is_some_and(|c| c.required && c.agency.trim().is_empty())
            {
                problems.push(DatasetProblem::CsrWithoutAgency { jurisdiction: code });
            }
            self.check_routes_answer(j, problems);
        }
    }

    fn check_routes_answer(
        &self,
        j: &super::JurisdictionFacts,
        problems: &mut Vec<DatasetProblem>,
    ) {
        let code = j.jurisdiction;
        let answer: &Fact<TelehealthAnswer> = &j.telehealth_answer;
        if answer.confidence == Confidence::Unknown && code.kind() != JurisdictionKind::Territory {
            problems.push(DatasetProblem::RoutesAnswerUnknown { jurisdiction: code });
        }
        let open = j
            .telehealth_routes
            .iter()
            .filter_map(|f| f.value.as_ref())
            .filter(|r| r.open_on(self.as_of))
            .count();
        let detail = match answer.value {
            Some(TelehealthAnswer::Routes) if open == 0 => {
                "\"routes\", but no open route is listed"
            }
            Some(TelehealthAnswer::NoRoute) if open > 0 => {
                "\"no route\", but an open route is listed"
            }
            _ => return,
        };
        problems.push(DatasetProblem::RoutesAnswerContradicted {
            jurisdiction: code,
            detail: detail.to_string(),
        });
    }
}

fn amounts(
    fact: &str,
    per_claim: Option<u64>,
    aggregate: Option<u64>,
    problems: &mut Vec<DatasetProblem>,
) {
    let mut bad = |detail: String| {
        problems.push(DatasetProblem::BadAmount {
            fact: fact.to_string(),
            detail,
        })
    };
    if per_claim == Some(0) || aggregate == Some(0) {
        bad("an amount of $0 (leave it out when there is none)".to_string());
    }
    if let (Some(claim), Some(total)) = (per_claim, aggregate) {
        if claim > total {
            bad(format!(
                "per-claim ${claim} is above the aggregate ${total}"
            ));
        }
    }
}
