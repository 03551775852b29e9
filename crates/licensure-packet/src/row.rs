//! One credential as a line of the packet's summary: what it is, its number (the packet is
//! the one place numbers are meant to appear, by the clinician's choice), its jurisdiction,
//! status, issued and expiry dates, and a flag when it expires soon or during the offer.
//!
//! Pure: "today" and the offer's period are parameters.

use chrono::{Days, NaiveDate};
use licensure_core::model::{Credential, CredentialDetail, LoqStatus, Offer};

/// A credential expiring within this many days of the date prepared is flagged.
pub const SOON_DAYS: u64 = 90;

/// Why a credential's line is flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Expired,
    /// Expires within [`SOON_DAYS`] days.
    ExpiresSoon,
    /// Expires after the offer starts and before it ends (or, open-ended, at all).
    ExpiresDuringOffer,
}

impl Flag {
    pub const ALL: [Flag; 3] = [Flag::Expired, Flag::ExpiresSoon, Flag::ExpiresDuringOffer];

    /// The flag as the summary's column shows it.
    pub fn label(self) -> &'static str {
        match self {
            Flag::Expired => "EXPIRED",
            Flag::ExpiresSoon => "within 90 days",
            Flag::ExpiresDuringOffer => "during offer",
        }
    }

    /// What the flag means.
    pub fn meaning(self) -> &'static str {
        match self {
            Flag::Expired => "its expiry date has passed",
            Flag::ExpiresSoon => "expires within 90 days of the date prepared",
            Flag::ExpiresDuringOffer => "expires after the offer starts and before it ends",
        }
    }

    /// Every flag with its meaning, for the summary's legend.
    pub fn legend() -> String {
        let all: Vec<String> = Flag::ALL
            .iter()
            .map(|f| format!("\"{}\" {}", f.label(), f.meaning()))
            .collect();
        all.join("; ")
    }
}

/// A credential's line in the summary table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// "State license · TX", without its number.
    pub title: String,
    /// The number as recorded; empty when the kind has none or none was recorded.
    pub number: String,
    /// The jurisdiction's code, or empty.
    pub jurisdiction: String,
    pub status: String,
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
    pub flags: Vec<Flag>,
}

impl Row {
    pub fn new(credential: &Credential, today: NaiveDate, offer: Option<&Offer>) -> Row {
        let detail = &credential.detail;
        let expires = detail.expires();
        Row {
            title: detail.title(),
            number: detail.number().trim().to_string(),
            jurisdiction: detail
                .jurisdiction()
                .map(|j| j.code().to_string())
                .unwrap_or_default(),
            status: status(detail, today),
            issued: issued(detail),
            expires,
            flags: expires.map(|e| flags(e, today, offer)).unwrap_or_default(),
        }
    }

    /// The flags in words, joined.
    pub fn flag_text(&self) -> String {
        let labels: Vec<&str> = self.flags.iter().map(|f| f.label()).collect();
        labels.join(", ")
    }
}

fn issued(detail: &CredentialDetail) -> Option<NaiveDate> {
    match detail {
        CredentialDetail::StateLicense(c) => c.issued,
        CredentialDetail::CompactPrivilege(c) => c.issued,
        CredentialDetail::TelehealthRegistration(c) => c.issued,
        CredentialDetail::StateCsr(c) => c.issued,
        CredentialDetail::MalpracticePolicy(c) => Some(c.period_start),
        CredentialDetail::ImlcLoq(c) => c.issued,
        CredentialDetail::CaqhAttestation(c) => Some(c.last_attested),
        CredentialDetail::DeaRegistration(_) | CredentialDetail::BoardCertification(_) => None,
    }
}

fn status(detail: &CredentialDetail, today: NaiveDate) -> String {
    let lapsed = detail.expires().is_some_and(|e| e < today);
    match detail {
        CredentialDetail::StateLicense(c) => c.status.code().to_string(),
        CredentialDetail::ImlcLoq(c) => match c.status {
            LoqStatus::Applied => "applied".into(),
            LoqStatus::Issued if lapsed => "expired".into(),
            LoqStatus::Issued => "issued".into(),
        },
        CredentialDetail::MalpracticePolicy(c) if c.period_start > today => {
            "not yet in force".into()
        }
        CredentialDetail::MalpracticePolicy(_) if lapsed => "ended".into(),
        CredentialDetail::MalpracticePolicy(_) => "in force".into(),
        CredentialDetail::BoardCertification(c) if c.time_unlimited => {
            "certified (lifetime)".into()
        }
        CredentialDetail::BoardCertification(_) if !lapsed => "certified".into(),
        CredentialDetail::CaqhAttestation(_) => "attested".into(),
        _ if lapsed => "expired".into(),
        _ => "active".into(),
    }
}

fn flags(expires: NaiveDate, today: NaiveDate, offer: Option<&Offer>) -> Vec<Flag> {
    let mut flags = Vec::new();
    if expires < today {
        flags.push(Flag::Expired);
    } else if today
        .checked_add_days(Days::new(SOON_DAYS))
        .is_none_or(|limit| expires <= limit)
    {
        flags.push(Flag::ExpiresSoon);
    }
    if let Some(offer) = offer {
        let after_start = expires >= offer.start;
        let before_end = offer.end.is_none_or(|end| expires < end);
        if after_start && before_end {
            flags.push(Flag::ExpiresDuringOffer);
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn expiries_are_flagged_by_today_and_the_offer() {
        let today = date("2026-12-07");
        let offer: Offer = serde_json::from_value(serde_json::json!({
            "id": "o1", "employer": "E", "role": "R", "patient_jurisdictions": ["TX"],
            "start": "2027-01-05", "end": "2027-12-31", "modalities": ["video"]
        }))
        .unwrap_or_else(|e| panic!("offer: {e}"));
        let cases = [
            ("lapsed", "2026-12-06", None, vec![Flag::Expired]),
            ("today", "2026-12-07", None, vec![Flag::ExpiresSoon]),
            ("day 90", "2027-03-07", None, vec![Flag::ExpiresSoon]),
            ("day 91", "2027-03-08", None, vec![]),
            (
                "day 91 in offer",
                "2027-03-08",
                Some(&offer),
                vec![Flag::ExpiresDuringOffer],
            ),
            (
                "soon and in offer",
                "2027-02-01",
                Some(&offer),
                vec![Flag::ExpiresSoon, Flag::ExpiresDuringOffer],
            ),
            (
                "before the start",
                "2027-01-04",
                Some(&offer),
                vec![Flag::ExpiresSoon],
            ),
            ("on the last day", "2027-12-31", Some(&offer), vec![]),
        ];
        for (case, expires, offer, expected) in cases {
            assert_eq!(flags(date(expires), today, offer), expected, "{case}");
        }
    }
}
