//! Setbacks: an edit that makes an acceptable offer worse, matched by offer id.

use super::credentials::{
    cs_offer, md_license, offer, profile, tx_physician, with, without, NUMBERS,
};
use super::fixture::{d, dataset, today};
use licensure_core::model::{Credential, Offer, Profession, Schedule};
use licensure_core::reason::Outcome;
use licensure_core::verdict::OfferOutcome::{AcceptableAfterSteps, NotAcceptable};
use licensure_core::verdict::{
    evaluate_offers, outline_offers, setbacks, worsened, OfferOutcome, MAX_QUOTED_CHARS,
};
use licensure_core::Jurisdiction::{self, TX};

#[test]
fn an_edit_that_makes_an_acceptable_offer_worse_is_a_setback() {
    let tx_offer = || Offer {
        id: "tx".to_string(),
        ..offer(&[TX])
    };
    let cs = || Offer {
        id: "cs".to_string(),
        employer: "Lakeside Psychiatry".to_string(),
        ..cs_offer(&[TX], &[Schedule::S4])
    };
    // Expires before the offer starts on 2026-07-01: a gap, not a renewal during the offer.
    let expiring = || {
        with(
            without(tx_physician(), &["lic-TX"]),
            vec![md_license(TX, d(2026, 6, 30))],
        )
    };
    // (name, offers, (profession, credentials) before, after, expected setbacks as
    // (offer id, outcome after, states, title contains))
    type Side = (Profession, Vec<Credential>);
    type Row = (
        &'static str,
        Vec<Offer>,
        Side,
        Side,
        Vec<(&'static str, OfferOutcome, Vec<Jurisdiction>, &'static str)>,
    );
    let md = Profession::Md;
    let rows: Vec<Row> = vec![
        (
            "nothing changed",
            vec![tx_offer()],
            (md, tx_physician()),
            (md, tx_physician()),
            vec![],
        ),
        (
            "the license that gave authority is deleted",
            vec![tx_offer()],
            (md, tx_physician()),
            (md, without(tx_physician(), &["lic-TX"])),
            vec![("tx", AcceptableAfterSteps, vec![TX], "needs steps")],
        ),
        (
            "the license is changed to lapse before the offer starts",
            vec![tx_offer()],
            (md, tx_physician()),
            (md, expiring()),
            vec![("tx", AcceptableAfterSteps, vec![TX], "needs steps")],
        ),
        (
            "renewing the license is an improvement, not a setback",
            vec![tx_offer()],
            (md, expiring()),
            (md, tx_physician()),
            vec![],
        ),
        (
            "a profession that cannot prescribe blocks a controlled-substance offer",
            vec![tx_offer(), cs()],
            (md, tx_physician()),
            (Profession::Psychologist, tx_physician()),
            vec![
                ("tx", AcceptableAfterSteps, vec![TX], "needs steps"),
                ("cs", NotAcceptable, vec![TX], "can no longer be accepted"),
            ],
        ),
        (
            "an offer that needed steps and now needs more is not worse in outcome",
            vec![tx_offer()],
            (md, without(tx_physician(), &["lic-TX"])),
            (md, without(tx_physician(), &["lic-TX", "policy"])),
            vec![],
        ),
    ];
    for (name, offers, (p_before, c_before), (p_after, c_after), expected) in rows {
        let data = dataset();
        let before = outline_offers(&offers, &profile(p_before), &c_before, &data, today());
        let after = evaluate_offers(&offers, &profile(p_after), &c_after, &data, today());
        let got = setbacks(&offers, &before, &after);
        assert_eq!(got.len(), expected.len(), "{name}: {got:?}");
        // The watch writes out in full only the offers whose outline got worse: the same.
        let outlined = outline_offers(&offers, &profile(p_after), &c_after, &data, today());
        let worse: Vec<&str> = worsened(&offers, &before, &outlined)
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        let found: Vec<&str> = got.iter().map(|s| s.offer_id.as_str()).collect();
        assert_eq!(worse, found, "{name}: the outlines find the same setbacks");
        for (setback, (id, outcome, states, title)) in got.iter().zip(&expected) {
            assert_eq!(setback.offer_id, *id, "{name}");
            assert_eq!(setback.after, *outcome, "{name}");
            assert_eq!(&setback.states, states, "{name}");
            assert!(
                setback.title().contains(title),
                "{name}: {}",
                setback.title()
            );
            let body = setback.body();
            assert!(body.contains("Texas"), "{name}: {body}");
            assert!(
                setback.reason.as_deref().is_some_and(|r| !r.is_empty()),
                "{name}"
            );
            for number in NUMBERS.iter().chain(["1234567893"].iter()) {
                assert!(
                    !body.contains(number),
                    "{name}: the body shows a number: {body}"
                );
                assert!(
                    !setback.title().contains(number),
                    "{name}: the title shows a number"
                );
            }
        }
    }
}

#[test]
fn a_setback_matches_offers_by_id_and_quotes_reasons_briefly() {
    let data = dataset();
    let offers = vec![Offer {
        id: "new".to_string(),
        ..offer(&[TX])
    }];
    let after = evaluate_offers(&offers, &profile(Profession::Md), &[], &data, today());
    assert!(
        setbacks(&offers, &[], &after).is_empty(),
        "an offer added by the edit is not a setback"
    );
    let before = outline_offers(
        &offers,
        &profile(Profession::Md),
        &tx_physician(),
        &data,
        today(),
    );
    assert!(
        setbacks(&[], &before, &after).is_empty(),
        "an offer deleted by the edit is not a setback"
    );
    let mut long = after.clone();
    let state = &mut long[0].states[0];
    let deciding = state
        .reasons
        .iter_mut()
        .max_by_key(|r| r.outcome as u8)
        .expect("a reason");
    deciding.message = "é".repeat(MAX_QUOTED_CHARS * 2);
    deciding.outcome = Outcome::Blocked;
    state.outcome = Outcome::Blocked;
    long[0].outcome = OfferOutcome::NotAcceptable;
    let got = setbacks(&offers, &before, &long);
    let reason = got[0].reason.as_deref().expect("a reason");
    assert_eq!(
        reason.chars().count(),
        MAX_QUOTED_CHARS + 1,
        "cut, with an ellipsis"
    );
    assert!(reason.ends_with('…'));
}
