//! The federal basis for prescribing controlled substances by telemedicine, judged on the
//! offer's own dates, and what the offer's modalities mean for it.
//!
//! Limits: the DEA rules are dated facts in the reference data ("dea_telemedicine_flexibilities"
//! and the narrower rules beside it); any day of the offer outside the flexibilities gives
//! "verify", naming the narrower rules still in force. Which drug a visit needs is not known,
//! so audio-only prescribing is pointed out, never approved.

use chrono::NaiveDate;

use crate::model::{Modality, Schedule};
use crate::reason::{Outcome, Reason};
use crate::reference::{Citation, DatedRule, Fact};

use super::{labels, TELEMEDICINE_FLEXIBILITIES};
use crate::verdict::authority::modality_word;
use crate::verdict::{list_words, Finding, StateContext};

/// The federal basis for prescribing by telemedicine without a prior in-person exam, judged
/// on the offer's own dates.
pub(super) fn telemedicine_basis(ctx: &StateContext<'_>) -> Finding {
    let rules = &ctx.data.federal.telemedicine_rules;
    let Some(fact) = ctx.data.federal.flexibilities() else {
        return Finding::new(Reason::new(
            "telemedicine_rule_unknown",
            Outcome::Verify,
            "The reference data has no DEA telemedicine prescribing rule, so the federal basis \
             for prescribing controlled substances by telemedicine cannot be checked.",
        ));
    };
    let citation = fact.cite("DEA telemedicine flexibilities");
    let Some(rule) = fact.known() else {
        return Finding::new(
            Reason::new(
                "telemedicine_rule_unknown",
                Outcome::Verify,
                "The dates of the DEA telemedicine flexibilities are not established in the \
                 reference data; verify the current DEA rule before prescribing by telemedicine.",
            )
            .citing(citation),
        );
    };
    let period = ctx.period;
    let consequence = "prescribing controlled substances by telemedicine to a patient you have \
                       not examined in person is not covered, unless DEA extends the \
                       flexibilities or a special registration rule applies";
    let reason = match rule.effective_until {
        _ if rule.effective_from > period.start => Reason::new(
            "telemedicine_flexibilities_not_yet_in_force",
            Outcome::Verify,
            ctx.text(format_args!(
                "The {} take effect on {}, after the offer period starts on {}. Before that \
                 date {consequence}.",
                rule.name, rule.effective_from, period.start
            )),
        ),
        Some(until) if until < period.start => Reason::new(
            "telemedicine_flexibilities_end_before_offer",
            Outcome::Verify,
            ctx.text(format_args!(
                "The {} end on {until}, before this offer starts on {}. For the whole offer, \
                 {consequence}.{}",
                rule.name,
                period.start,
                others_in_force(rules, next_day(until), period.end)
            )),
        ),
        Some(until) if until < period.end => Reason::new(
            "telemedicine_flexibilities_end_during_offer",
            Outcome::Verify,
            ctx.text(format_args!(
                "The {} cover this offer only through {until}. From {} to the offer's end on {}, \
                 {consequence}.{}",
                rule.name,
                next_day(until),
                period.end,
                others_in_force(rules, next_day(until), period.end)
            )),
        ),
        until => Reason::new(
            "telemedicine_flexibilities_cover_offer",
            Outcome::Met,
            ctx.text(format_args!(
                "The {} are in force {} covering the whole offer. The DEA registration in the \
                 patient's state and state rules still apply.",
                rule.name,
                until
                    .map(|d| format!("through {d},"))
                    .unwrap_or_else(|| "with no end date,".to_string())
            )),
        ),
    };
    let mut reason = reason.citing(citation);
    if reason.outcome == Outcome::Verify {
        reason
            .citations
            .extend(other_citations(rules, period.start, period.end));
    }
    Finding::new(reason)
}

fn next_day(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

/// Other federal telemedicine rules (buprenorphine, VA …) in force on some day of
/// [from, to], named so the clinician can see what might still apply.
fn others_in_force(rules: &[Fact<DatedRule>], from: NaiveDate, to: NaiveDate) -> String {
    let names: Vec<&str> = other_rules(rules, from, to)
        .map(|(_, r)| r.name.as_str())
        .collect();
    if names.is_empty() {
        String::new()
    } else {
        format!(
            " Rules in force then that cover only some prescribing: {}.",
            list_words(&names)
        )
    }
}

fn other_citations(rules: &[Fact<DatedRule>], from: NaiveDate, to: NaiveDate) -> Vec<Citation> {
    other_rules(rules, from, to)
        .map(|(fact, rule)| fact.cite(rule.name.clone()))
        .collect()
}

fn other_rules(
    rules: &[Fact<DatedRule>],
    from: NaiveDate,
    to: NaiveDate,
) -> impl Iterator<Item = (&Fact<DatedRule>, &DatedRule)> {
    rules.iter().filter_map(move |fact| {
        let rule = fact.known()?;
        let overlaps =
            rule.effective_from <= to && rule.effective_until.is_none_or(|until| until >= from);
        (rule.id != TELEMEDICINE_FLEXIBILITIES && overlaps).then_some((fact, rule))
    })
}

pub(super) fn modalities(ctx: &StateContext<'_>, needed: &[Schedule]) -> Option<Finding> {
    let offered = &ctx.offer.modalities;
    if offered.is_empty() {
        return Some(Finding::new(Reason::new(
            "offer_modalities_unknown",
            Outcome::Verify,
            "The offer does not say how visits happen; federal rules allow controlled-substance \
             prescribing in audio-only visits only for some treatment. Record the modalities.",
        )));
    }
    let non_video: Vec<&str> = offered
        .iter()
        .filter(|m| **m != Modality::Video)
        .map(|m| modality_word(*m))
        .collect();
    if non_video.is_empty() {
        return None;
    }
    let rule = "Under the DEA telemedicine rules, controlled substances may be prescribed in an \
                audio-only visit only for certain opioid-use-disorder treatment (buprenorphine, a \
                schedule 3 narcotic); asynchronous messages are not a visit for prescribing.";
    let reason = if offered.contains(&Modality::Video) {
        Reason::new(
            "non_video_prescribing_limited",
            Outcome::Warning,
            ctx.text(format_args!(
                "The offer includes {} visits. {rule} Prescribe {} only in audio-video \
                 visits unless that exception applies.",
                list_words(&non_video),
                labels(needed)
            )),
        )
    } else {
        Reason::new(
            "no_video_for_controlled_substances",
            Outcome::Verify,
            ctx.text(format_args!(
                "The offer has only {} visits but needs {}. {rule} Confirm the \
                 prescribing fits before accepting.",
                list_words(&non_video),
                labels(needed)
            )),
        )
    };
    let citations = ctx
        .data
        .federal
        .flexibilities()
        .map(|f| f.cite("DEA telemedicine flexibilities"));
    let mut reason = reason;
    reason.citations.extend(citations);
    Some(Finding::new(reason))
}
