//! A state's minimum coverage against a coverage's recorded limits, its compensation fund,
//! and the words for carriers and dollars the malpractice messages use.

use std::fmt;

use crate::reason::{Outcome, Reason};

use super::super::{Finding, StateContext};

/// The state's minimum coverage against the recorded limits (None: not known), added to
/// `findings`.
/// What is recorded of a coverage: its limits (None: not known) and the compensation funds
/// it takes part in (None: not recorded, as for an employer's coverage).
pub(super) struct Limits<'a> {
    pub(super) per_claim: Option<u64>,
    pub(super) aggregate: Option<u64>,
    pub(super) funds: Option<&'a [crate::Jurisdiction]>,
}

pub(super) fn state_minimum(
    ctx: &StateContext<'_>,
    findings: &mut Vec<Finding>,
    limits: Limits<'_>,
    how_to_learn_limits: &str,
) {
    let Limits {
        per_claim,
        aggregate,
        funds,
    } = limits;
    let state = ctx.name();
    let Some(facts) = ctx.facts else {
        findings.push(ctx.no_facts("the state's malpractice minimum"));
        return;
    };
    let citation = ctx.explain.then(|| {
        ctx.pass.citation(&facts.malpractice, || {
            format!("malpractice minimum in {}", ctx.jurisdiction)
        })
    });
    let cited = |code: &'static str, outcome: Outcome, message: String| {
        let reason = Reason::new(code, outcome, message);
        Finding::new(match &citation {
            Some(citation) => reason.citing(citation.clone()),
            None => reason,
        })
    };
    let Some(requirement) = facts.malpractice.known() else {
        findings.push(cited(
            "malpractice_requirement_unknown",
            Outcome::Verify,
            ctx.state_text("minimum unknown", || {
                format!(
                    "Whether {state} sets a minimum malpractice coverage is not established in \
                     the reference data; verify with the board."
                )
            }),
        ));
        return;
    };
    // Where a finding that the minimum is met goes: before the fund's warning.
    let first = findings.len();
    if let Some(fund) = requirement.mandatory_fund() {
        let name = &fund.name;
        match funds {
            Some(joined) if joined.contains(&ctx.jurisdiction) => findings.push(cited(
                "compensation_fund_joined",
                Outcome::Met,
                ctx.state_text("compensation fund joined", || {
                    format!("The coverage takes part in the {name}, as {state} requires.")
                }),
            )),
            Some(_) => findings.push(
                cited(
                    "patient_compensation_fund",
                    Outcome::Missing,
                    ctx.state_text("compensation fund", || {
                        format!(
                            "{state} requires physicians who practise there to take part in the \
                             {name} as well as to carry the primary coverage, and the policy \
                             does not record it."
                        )
                    }),
                )
                .with_step(ctx.step(
                    "patient_compensation_fund",
                    ctx.state_text("join the compensation fund", || {
                        let how = fund.how_to_join.trim();
                        if how.is_empty() {
                            format!("Join the {name} (ask the insurer or the fund), then record it on the policy.")
                        } else {
                            format!("Join the {name}: {how} Then record it on the policy.")
                        }
                    }),
                )),
            ),
            None => findings.push(cited(
                "patient_compensation_fund",
                Outcome::Warning,
                ctx.state_text("compensation fund, employer", || {
                    format!(
                        "{state} requires physicians who practise there to take part in the \
                         {name}: confirm that the employer's coverage includes it."
                    )
                }),
            )),
        }
    }
    if !requirement.required() {
        findings.insert(
            first,
            cited(
                "no_state_malpractice_minimum",
                Outcome::Met,
                ctx.state_text("no minimum", || {
                    format!("{state} sets no minimum malpractice coverage.")
                }),
            ),
        );
        return;
    }
    let limits = [
        ("per-claim", requirement.min_per_claim_usd, per_claim),
        ("aggregate", requirement.min_aggregate_usd, aggregate),
    ];
    if limits.iter().all(|(_, min, _)| min.is_none()) {
        // The amounts are not established; limits at or above the highest minimum any
        // state sets cannot fall short of this one in any likelihood the data knows of.
        let (top_claim, top_total) = ctx.data.highest_malpractice_minimum();
        if let (Some(claim), Some(total), Some(top_claim), Some(top_total)) =
            (per_claim, aggregate, top_claim, top_total)
        {
            if claim >= top_claim && total >= top_total {
                findings.push(cited(
                    "state_minimum_unknown_but_exceeded",
                    Outcome::Warning,
                    ctx.text(format_args!(
                        "{state} requires malpractice coverage; its minimum is not in the \
                         reference data, but the limits ({} / {}) meet the highest minimum any \
                         state sets ({} / {}). Confirm the amount with the board.",
                        dollars(claim),
                        dollars(total),
                        dollars(top_claim),
                        dollars(top_total)
                    )),
                ));
                return;
            }
        }
        findings.push(cited(
            "state_minimum_unknown",
            Outcome::Verify,
            ctx.state_text("minimum amounts unknown", || {
                format!(
                    "{state} requires malpractice coverage, but the minimum is not in the \
                     reference data; verify the amounts with the board."
                )
            }),
        ));
        return;
    }
    let mut below = Vec::new();
    let mut unknown = Vec::new();
    for (label, min, held) in limits {
        match (min, held) {
            (None, _) => {}
            (Some(min), None) => {
                unknown.push(ctx.text(format_args!("{label} (at least {})", dollars(min))))
            }
            (Some(min), Some(held)) if held < min => {
                below.push(ctx.text(format_args!(
                    "{label} limit {} is below {}",
                    dollars(held),
                    dollars(min)
                )));
            }
            (Some(_), Some(_)) => {}
        }
    }
    if !below.is_empty() {
        findings.push(
            cited(
                "below_state_minimum",
                Outcome::Missing,
                ctx.text(format_args!(
                    "{state} sets a minimum coverage: the {}.",
                    below.join(", and the ")
                )),
            )
            .with_step(ctx.step(
                "below_state_minimum",
                ctx.text(format_args!(
                    "Raise the coverage limits to {state}'s minimum."
                )),
            )),
        );
    }
    if !unknown.is_empty() {
        findings.push(cited(
            "coverage_limits_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "{state} sets a minimum coverage, and the limits are not known: {how_to_learn_limits} \
                 and check the {}.",
                unknown.join(" and ")
            )),
        ));
    }
    if below.is_empty() && unknown.is_empty() {
        findings.insert(
            first,
            cited(
                "meets_state_minimum",
                Outcome::Met,
                ctx.state_text("minimum met", || {
                    format!("The limits meet {state}'s minimum coverage.")
                }),
            ),
        );
    }
}

/// A policy's carrier as the messages name it: "The Lone Star Mutual" at the start of a
/// sentence, "the Lone Star Mutual" within one, and a carrier whose name begins with "The"
/// as it is ("The Doctors Company", never "The The Doctors Company").
#[derive(Clone, Copy)]
pub(super) struct PolicyName<'a> {
    carrier: &'a str,
    sentence_start: bool,
}

impl<'a> PolicyName<'a> {
    pub(super) fn start(carrier: &'a str) -> Self {
        PolicyName {
            carrier: carrier.trim(),
            sentence_start: true,
        }
    }

    pub(super) fn inside(carrier: &'a str) -> Self {
        PolicyName {
            carrier: carrier.trim(),
            sentence_start: false,
        }
    }
}

impl fmt::Display for PolicyName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let has_article = self
            .carrier
            .get(..4)
            .is_some_and(|head| head.eq_ignore_ascii_case("the "));
        match (has_article, self.sentence_start) {
            (true, _) => f.write_str(self.carrier),
            (false, true) => write!(f, "The {}", self.carrier),
            (false, false) => write!(f, "the {}", self.carrier),
        }
    }
}

/// "$1,000,000".
fn dollars(amount: u64) -> String {
    let digits = amount.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("${grouped}")
}

#[cfg(test)]
mod tests {
    use super::{dollars, PolicyName};

    #[test]
    fn a_carrier_is_named_without_a_doubled_article() {
        let cases = [
            (
                "plain",
                "Lone Star Mutual",
                "The Lone Star Mutual",
                "the Lone Star Mutual",
            ),
            (
                "own article",
                "The Doctors Company",
                "The Doctors Company",
                "The Doctors Company",
            ),
            (
                "own article, lower case",
                "the hartford",
                "the hartford",
                "the hartford",
            ),
            (
                "a word starting with The",
                "Thespian Mutual",
                "The Thespian Mutual",
                "the Thespian Mutual",
            ),
            ("blanks around", "  MedPro ", "The MedPro", "the MedPro"),
        ];
        for (name, carrier, start, inside) in cases {
            assert_eq!(PolicyName::start(carrier).to_string(), start, "{name}");
            assert_eq!(PolicyName::inside(carrier).to_string(), inside, "{name}");
        }
    }

    #[test]
    fn dollars_are_grouped_by_thousands() {
        let cases = [
            ("zero", 0, "$0"),
            ("hundreds", 999, "$999"),
            ("thousand", 1_000, "$1,000"),
            ("half a million", 500_000, "$500,000"),
            ("three million", 3_000_000, "$3,000,000"),
            ("largest", u64::MAX, "$18,446,744,073,709,551,615"),
        ];
        for (name, amount, want) in cases {
            assert_eq!(dollars(amount), want, "{name}");
        }
    }
}
