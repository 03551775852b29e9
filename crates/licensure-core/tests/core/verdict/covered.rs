//! Several ways to be covered: of several policies, the best is reported in full.

use super::credentials::{
    offer, policy, policy_terms, profile, tx_physician, with, without, PolicyTerms,
};
use super::fixture::{d, dataset, today};
use super::table::reasons_at;
use super::table::At::State;
use licensure_core::model::{
    Answer, Coverage, Credential, EmployerMalpractice, Offer, Profession, Tail,
};
use licensure_core::reason::Outcome;
use licensure_core::verdict::evaluate_offer;
use licensure_core::Jurisdiction::{AL, TX};

/// A policy with its own id, for the cases that hold several.
fn policy_named(id: &str, terms: PolicyTerms) -> Credential {
    Credential {
        id: id.to_string(),
        ..policy(terms)
    }
}

#[test]
fn of_several_ways_to_be_covered_the_best_is_reported_in_full() {
    let covering = || policy_terms();
    let ended = || PolicyTerms {
        end: d(2026, 6, 1),
        ..policy_terms()
    };
    let ends_during = || PolicyTerms {
        end: d(2026, 10, 1),
        ..policy_terms()
    };
    let telehealth_unknown = || PolicyTerms {
        telehealth: Answer::Unknown,
        ..policy_terms()
    };
    let elsewhere = || PolicyTerms {
        coverage: Coverage::Listed(vec![AL]),
        ..policy_terms()
    };
    let no_telehealth = || PolicyTerms {
        telehealth: Answer::No,
        ..policy_terms()
    };
    let employer = EmployerMalpractice {
        jurisdictions: vec![TX],
        telehealth_covered: Answer::Yes,
        tail: Tail::Employer,
    };
    // (name, policies, employer coverage, the credential the deciding reason names (None:
    // the employer's), the malpractice codes expected in TX, codes that must be absent)
    type Row = (
        &'static str,
        Vec<Credential>,
        Option<EmployerMalpractice>,
        Option<&'static str>,
        &'static [&'static str],
        &'static [&'static str],
    );
    let rows: Vec<Row> = vec![
        (
            "an ended policy before a covering one: the covering one",
            vec![policy_named("a", ended()), policy_named("b", covering())],
            None,
            Some("b"),
            &["malpractice_covers_offer"],
            &["malpractice_expired"],
        ),
        (
            "two covering policies: the first recorded",
            vec![policy_named("a", covering()), policy_named("b", covering())],
            None,
            Some("a"),
            &["malpractice_covers_offer"],
            &[],
        ),
        (
            "a policy renewed in the normal course beats one whose telehealth cover is unknown",
            vec![
                policy_named("a", ends_during()),
                policy_named("b", telehealth_unknown()),
            ],
            None,
            Some("a"),
            &["malpractice_ends_during_offer"],
            &["telehealth_coverage_unknown"],
        ),
        (
            "a policy that renews during the offer beats one that has ended",
            vec![policy_named("a", ends_during()), policy_named("b", ended())],
            None,
            Some("a"),
            &["malpractice_ends_during_offer"],
            &["malpractice_expired"],
        ),
        (
            "a policy for another state is not explained when one serves",
            vec![policy_named("a", elsewhere()), policy_named("b", ended())],
            None,
            Some("b"),
            &["malpractice_expired"],
            &["malpractice_state_not_covered"],
        ),
        (
            "the employer's coverage comes first on a tie",
            vec![policy_named("a", covering())],
            Some(employer.clone()),
            None,
            &["employer_malpractice_covers"],
            &["malpractice_covers_offer"],
        ),
        (
            "an own covering policy beats employer coverage that misses the state",
            vec![policy_named("a", covering())],
            Some(EmployerMalpractice {
                jurisdictions: vec![AL],
                ..employer.clone()
            }),
            Some("a"),
            &["malpractice_covers_offer"],
            &["employer_coverage_excludes_state"],
        ),
        (
            "nothing serves: every policy says why",
            vec![
                policy_named("a", elsewhere()),
                policy_named("b", no_telehealth()),
            ],
            None,
            Some("a"),
            &[
                "malpractice_state_not_covered",
                "policy_excludes_telehealth",
            ],
            &["malpractice_covers_offer"],
        ),
    ];
    let malpractice_codes = [
        "malpractice_covers_offer",
        "malpractice_expired",
        "malpractice_ends_during_offer",
        "malpractice_state_not_covered",
        "policy_excludes_telehealth",
        "employer_malpractice_covers",
    ];
    for (name, policies, employer, names, expected, absent) in rows {
        let credentials = with(without(tx_physician(), &["policy"]), policies);
        let offer = Offer {
            employer_malpractice: employer,
            ..offer(&[TX])
        };
        let verdict = evaluate_offer(
            &offer,
            &profile(Profession::Md),
            &credentials,
            &dataset(),
            today(),
        );
        let reasons = reasons_at(&verdict, State(TX));
        let codes: Vec<&str> = reasons.iter().map(|r| r.code.as_ref()).collect();
        for code in expected {
            assert!(codes.contains(code), "{name}: no {code} in {codes:?}");
        }
        for code in absent {
            assert!(
                !codes.contains(code),
                "{name}: unexpected {code} in {codes:?}"
            );
        }
        let deciding = reasons
            .iter()
            .find(|r| malpractice_codes.contains(&r.code.as_ref()))
            .unwrap_or_else(|| panic!("{name}: no malpractice reason in {codes:?}"));
        assert_eq!(deciding.credential_id.as_deref(), names, "{name}");
        for r in &reasons {
            assert!(!r.message.is_empty(), "{name}: {} has no message", r.code);
        }
        let minimum = reasons
            .iter()
            .find(|r| r.code == "no_state_malpractice_minimum");
        if let Some(minimum) = minimum {
            assert!(
                !minimum.citations.is_empty(),
                "{name}: minimum without its source"
            );
        }
        let state = &verdict.states[0];
        if state.outcome == Outcome::Missing {
            assert!(
                state.steps.iter().all(|s| !s.description.is_empty()),
                "{name}: a step without words"
            );
        }
    }
}
