//! Field-level rules for whole records: identifiers, dates in order, percentages, duplicates.

use chrono::NaiveDate;

use super::{check_dea, check_npi, Issue};
use crate::model::{Coverage, Credential, CredentialDetail, Offer, Profile};

fn order(
    issues: &mut Vec<Issue>,
    first: Option<NaiveDate>,
    then: Option<NaiveDate>,
    field: &str,
    what: &str,
) {
    if let (Some(a), Some(b)) = (first, then) {
        if b < a {
            issues.push(Issue::error(
                "dates_out_of_order",
                field,
                format!("{what} is before {a}"),
            ));
        }
    }
}

fn required_text(issues: &mut Vec<Issue>, value: &str, field: &str, what: &str) {
    if value.trim().is_empty() {
        issues.push(Issue::error(
            "required",
            field,
            format!("{what} is required"),
        ));
    }
}

/// Validates the profile.
pub fn validate_profile(profile: &Profile) -> Vec<Issue> {
    let mut issues = Vec::new();
    required_text(
        &mut issues,
        &profile.given_name,
        "given_name",
        "The given name",
    );
    required_text(
        &mut issues,
        &profile.family_name,
        "family_name",
        "The family name",
    );
    if let Some(npi) = &profile.npi {
        if let Err(problem) = check_npi(npi.trim()) {
            issues.push(Issue::error("npi_invalid", "npi", problem.to_string()));
        }
    }
    let total: u32 = profile
        .practice_shares
        .iter()
        .map(|s| u32::from(s.percent))
        .sum();
    for (i, share) in profile.practice_shares.iter().enumerate() {
        if share.percent > 100 {
            issues.push(Issue::error(
                "percent_range",
                &format!("practice_shares/{i}/percent"),
                "a share of practice is between 0 and 100 percent",
            ));
        }
        if profile.practice_shares[..i]
            .iter()
            .any(|s| s.jurisdiction == share.jurisdiction)
        {
            issues.push(Issue::error(
                "duplicate",
                &format!("practice_shares/{i}/jurisdiction"),
                format!("{} is listed twice", share.jurisdiction),
            ));
        }
    }
    if total > 100 {
        issues.push(Issue::error(
            "percent_total",
            "practice_shares",
            format!("the shares of practice add up to {total}%, more than 100%"),
        ));
    }
    for (i, exam) in profile.exam_attempts.iter().enumerate() {
        if exam.attempts == 0 {
            issues.push(Issue::error(
                "attempts_range",
                &format!("exam_attempts/{i}/attempts"),
                "a passed exam took at least one attempt",
            ));
        }
        if profile.exam_attempts[..i]
            .iter()
            .any(|e| e.component == exam.component)
        {
            issues.push(Issue::error(
                "duplicate",
                &format!("exam_attempts/{i}/component"),
                "this exam component is listed twice",
            ));
        }
    }
    issues
}

/// Validates one credential on its own. `family_name` enables the DEA last-name warning.
pub fn validate_credential(credential: &Credential, family_name: Option<&str>) -> Vec<Issue> {
    let mut issues = Vec::new();
    if credential.id.trim().is_empty() {
        issues.push(Issue::error("required", "id", "a credential needs an id"));
    }
    match &credential.detail {
        CredentialDetail::StateLicense(l) => {
            required_text(
                &mut issues,
                &l.license_type,
                "detail/license_type",
                "The license type",
            );
            required_text(
                &mut issues,
                &l.number,
                "detail/number",
                "The license number",
            );
            order(
                &mut issues,
                l.issued,
                l.expires,
                "detail/expires",
                "The expiry date",
            );
        }
        CredentialDetail::CompactPrivilege(c) => {
            order(
                &mut issues,
                c.issued,
                c.expires,
                "detail/expires",
                "The expiry date",
            );
        }
        CredentialDetail::TelehealthRegistration(t) => {
            order(
                &mut issues,
                t.issued,
                t.expires,
                "detail/expires",
                "The expiry date",
            );
        }
        CredentialDetail::DeaRegistration(d) => match check_dea(d.number.trim(), family_name) {
            Err(problem) => issues.push(Issue::error(
                "dea_invalid",
                "detail/number",
                problem.to_string(),
            )),
            Ok(warnings) => {
                for w in warnings {
                    issues.push(Issue::warning("dea_unusual", "detail/number", w));
                }
                if d.schedules.is_empty() {
                    issues.push(Issue::warning(
                        "no_schedules",
                        "detail/schedules",
                        "no schedules are recorded for this registration",
                    ));
                }
            }
        },
        CredentialDetail::StateCsr(c) => {
            order(
                &mut issues,
                c.issued,
                c.expires,
                "detail/expires",
                "The expiry date",
            );
        }
        CredentialDetail::MalpracticePolicy(p) => {
            required_text(&mut issues, &p.carrier, "detail/carrier", "The carrier");
            order(
                &mut issues,
                Some(p.period_start),
                Some(p.period_end),
                "detail/period_end",
                "The end of the policy period",
            );
            if let (Some(per), Some(agg)) = (p.per_claim_limit, p.aggregate_limit) {
                if agg < per {
                    issues.push(Issue::error(
                        "limits_out_of_order",
                        "detail/aggregate_limit",
                        "the aggregate limit is smaller than the per-claim limit",
                    ));
                }
            }
            if let Coverage::Listed(jurisdictions) = &p.coverage {
                if jurisdictions.is_empty() {
                    issues.push(Issue::error(
                        "coverage_lists_nothing",
                        "detail/coverage",
                        "no covered jurisdiction is chosen: choose the states the policy covers, \
                         or nationwide",
                    ));
                }
                if p.compensation_funds
                    .iter()
                    .any(|j| !jurisdictions.contains(j))
                {
                    issues.push(Issue::error(
                        "fund_outside_coverage",
                        "detail/compensation_funds",
                        "a compensation fund is chosen for a state the policy does not cover",
                    ));
                }
            }
            if let Some(retro) = p.retroactive_date {
                if retro > p.period_start {
                    issues.push(Issue::warning(
                        "retro_after_start",
                        "detail/retroactive_date",
                        "the retroactive date is after the start of the period",
                    ));
                }
            }
        }
        CredentialDetail::BoardCertification(b) => {
            required_text(&mut issues, &b.board, "detail/board", "The board");
            required_text(
                &mut issues,
                &b.specialty,
                "detail/specialty",
                "The specialty",
            );
            if b.time_unlimited && b.expires.is_some() {
                issues.push(Issue::error(
                    "unlimited_with_expiry",
                    "detail/expires",
                    "a time-unlimited certificate has no expiry date",
                ));
            }
            if !b.time_unlimited && b.expires.is_none() {
                issues.push(Issue::warning(
                    "missing_expiry",
                    "detail/expires",
                    "no expiry date: mark the certificate time-unlimited if it is",
                ));
            }
        }
        CredentialDetail::ImlcLoq(q) => {
            order(
                &mut issues,
                q.applied,
                q.issued,
                "detail/issued",
                "The issue date",
            );
            order(
                &mut issues,
                q.issued,
                q.expires,
                "detail/expires",
                "The expiry date",
            );
        }
        CredentialDetail::CaqhAttestation(_) => {}
    }
    issues
}

/// The identity used to find duplicates: same kind, jurisdiction and number.
fn duplicate_key(
    detail: &CredentialDetail,
) -> Option<(&'static str, Option<crate::Jurisdiction>, String)> {
    // A CAQH provider id names the clinician, not a credential to keep once.
    if matches!(detail, CredentialDetail::CaqhAttestation(_)) {
        return None;
    }
    let number = detail.number().trim().to_ascii_uppercase();
    (!number.is_empty()).then(|| (detail.kind_label(), detail.jurisdiction(), number))
}

/// Validates an offer.
pub fn validate_offer(offer: &Offer) -> Vec<Issue> {
    let mut issues = Vec::new();
    if offer.id.trim().is_empty() {
        issues.push(Issue::error("required", "id", "an offer needs an id"));
    }
    required_text(&mut issues, &offer.employer, "employer", "The employer");
    if offer.patient_jurisdictions.is_empty() {
        issues.push(Issue::error(
            "required",
            "patient_jurisdictions",
            "name at least one jurisdiction where patients are",
        ));
    }
    if offer.modalities.is_empty() {
        issues.push(Issue::error(
            "required",
            "modalities",
            "name at least one modality",
        ));
    }
    order(
        &mut issues,
        Some(offer.start),
        offer.end,
        "end",
        "The end date",
    );
    issues
}

/// Validates a whole store: every record, plus duplicates across credentials and ids.
/// Each issue's field is prefixed with the record's location ("credentials/3/detail/number").
pub fn validate_store(
    profile: Option<&Profile>,
    credentials: &[Credential],
    offers: &[Offer],
) -> Vec<Issue> {
    let mut issues = Vec::new();
    let prefix = |base: String, mut list: Vec<Issue>| {
        for issue in &mut list {
            issue.field = format!("{base}/{}", issue.field);
        }
        list
    };
    if let Some(p) = profile {
        issues.extend(prefix("profile".into(), validate_profile(p)));
    }
    let family = profile.map(|p| p.family_name.as_str());
    for (i, c) in credentials.iter().enumerate() {
        issues.extend(prefix(
            format!("credentials/{i}"),
            validate_credential(c, family),
        ));
        if credentials[..i].iter().any(|o| o.id == c.id) {
            issues.push(Issue::error(
                "duplicate_id",
                &format!("credentials/{i}/id"),
                "another credential has the same id",
            ));
        }
        if let Some(key) = duplicate_key(&c.detail) {
            if credentials[..i]
                .iter()
                .any(|o| duplicate_key(&o.detail).as_ref() == Some(&key))
            {
                issues.push(Issue::error(
                    "duplicate_credential",
                    &format!("credentials/{i}"),
                    "the same credential (kind, jurisdiction and number) is already recorded",
                ));
            }
        }
    }
    for (i, o) in offers.iter().enumerate() {
        issues.extend(prefix(format!("offers/{i}"), validate_offer(o)));
        if offers[..i].iter().any(|x| x.id == o.id) {
            issues.push(Issue::error(
                "duplicate_id",
                &format!("offers/{i}/id"),
                "another offer has the same id",
            ));
        }
    }
    issues
}

/// Issues a new or edited credential raises against the ones already stored: the record's
/// own issues plus a duplicate check (ignoring the record's own earlier version).
pub fn validate_credential_against(
    credential: &Credential,
    existing: &[Credential],
    family_name: Option<&str>,
) -> Vec<Issue> {
    let mut issues = validate_credential(credential, family_name);
    if let Some(key) = duplicate_key(&credential.detail) {
        if existing
            .iter()
            .any(|o| o.id != credential.id && duplicate_key(&o.detail).as_ref() == Some(&key))
        {
            issues.push(Issue::error(
                "duplicate_credential",
                "detail/number",
                "the same credential (kind, jurisdiction and number) is already recorded",
            ));
        }
    }
    issues
}
