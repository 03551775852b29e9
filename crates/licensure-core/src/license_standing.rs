//! How a clinician's license in a jurisdiction stands today: whether its type names the
//! profession (boards name types differently), and whether it is full, unrestricted and
//! unexpired. Shared by the paths to a state and the IMLC's State of Principal License.
//!
//! Limits: license types are matched on the names boards commonly use; one this module does
//! not know is "unrecognised", and the rules answer "verify".

use chrono::NaiveDate;

use crate::model::{Credential, CredentialDetail, LicenseStatus, Profession, StateLicense};
use crate::Jurisdiction;

/// Normalised license-type names boards use, per profession.
fn accepted_types(profession: Profession) -> &'static [&'static str] {
    const PHYSICIAN: &[&str] = &[
        "MD",
        "DO",
        "PHYSICIAN",
        "PHYSICIAN AND SURGEON",
        "MEDICAL DOCTOR",
        "MEDICINE",
        "MEDICINE AND SURGERY",
        "OSTEOPATHIC PHYSICIAN",
        "OSTEOPATHIC PHYSICIAN AND SURGEON",
        "OSTEOPATHIC MEDICINE",
    ];
    match profession {
        Profession::Md | Profession::Do => PHYSICIAN,
        Profession::NpAprn => &[
            "APRN",
            "NP",
            "CNP",
            "FNP",
            "ARNP",
            "APN",
            "CRNP",
            "NURSE PRACTITIONER",
            "ADVANCED PRACTICE REGISTERED NURSE",
        ],
        Profession::Pa => &["PA", "PA-C", "PHYSICIAN ASSISTANT", "PHYSICIAN ASSOCIATE"],
        Profession::Rn => &["RN", "REGISTERED NURSE"],
        Profession::Lpn => &[
            "LPN",
            "LVN",
            "LICENSED PRACTICAL NURSE",
            "LICENSED VOCATIONAL NURSE",
        ],
        Profession::Psychologist => &["PSYCHOLOGIST", "LICENSED PSYCHOLOGIST", "LP"],
        Profession::Counselor => &[
            "LPC",
            "LPCC",
            "LMHC",
            "LCPC",
            "LCMHC",
            "PROFESSIONAL COUNSELOR",
            "LICENSED PROFESSIONAL COUNSELOR",
            "MENTAL HEALTH COUNSELOR",
            "LICENSED MENTAL HEALTH COUNSELOR",
        ],
        Profession::SocialWorker => &[
            "LCSW",
            "LICSW",
            "LMSW",
            "LSW",
            "SOCIAL WORKER",
            "CLINICAL SOCIAL WORKER",
            "LICENSED CLINICAL SOCIAL WORKER",
        ],
    }
}

/// The license type names a license for `profession` ("M.D.", "Physician & Surgeon").
///
/// Read as its words: dots dropped, "&" read as "AND", any run of spaces as one, any case.
/// Compared word by word without building a new string: it runs for every license in every
/// state of every offer.
pub fn license_type_fits(profession: Profession, license_type: &str) -> bool {
    accepted_types(profession)
        .iter()
        .any(|accepted| words(license_type).eq(accepted.split(' ').map(Word::Upper)))
}

/// One word of a license type: a piece of the text as written, or the "AND" an "&" stands
/// for.
#[derive(Debug, Clone, Copy)]
enum Word<'a> {
    Written(&'a str),
    Upper(&'a str),
}

impl<'a> Word<'a> {
    fn letters(self) -> impl Iterator<Item = char> + Clone + 'a {
        let (text, dots) = match self {
            Word::Written(t) => (t, true),
            Word::Upper(t) => (t, false),
        };
        text.chars()
            .filter(move |c| !(dots && *c == '.'))
            .map(|c| c.to_ascii_uppercase())
    }
}

impl PartialEq for Word<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.letters().eq(other.letters())
    }
}

/// The words of a license type: split at spaces and around "&", words of dots only dropped.
fn words(license_type: &str) -> impl Iterator<Item = Word<'_>> {
    license_type.split_whitespace().flat_map(|chunk| {
        chunk.split('&').enumerate().flat_map(|(i, piece)| {
            let and = (i > 0).then_some(Word::Upper("AND"));
            let word = Some(Word::Written(piece)).filter(|w| w.letters().next().is_some());
            and.into_iter().chain(word)
        })
    })
}

/// How a held license stands today, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum LicenseStanding {
    /// Active, unrestricted, not past its expiry.
    FullUnrestricted,
    /// Active with no expiry date recorded.
    ExpiryUnknown,
    /// Restricted or on probation (and not past expiry).
    Restricted,
    /// Expired, inactive or pending, or past its expiry date.
    NotActive,
    Revoked,
}

fn standing(license: &StateLicense, today: NaiveDate) -> LicenseStanding {
    if license.status == LicenseStatus::Revoked {
        return LicenseStanding::Revoked;
    }
    if license.expires.is_some_and(|d| d < today) || !license.status.permits_practice() {
        return LicenseStanding::NotActive;
    }
    if !license.status.is_full_and_unrestricted() {
        return LicenseStanding::Restricted;
    }
    if license.expires.is_none() {
        return LicenseStanding::ExpiryUnknown;
    }
    LicenseStanding::FullUnrestricted
}

/// The clinician's license for their profession in one jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeldLicense<'a> {
    None,
    /// A license is recorded there, but its type is not one of the profession's.
    UnrecognizedType {
        credential_id: &'a str,
    },
    Held {
        credential_id: &'a str,
        standing: LicenseStanding,
    },
}

/// The best-standing license of `profession` held in `j`.
pub(crate) fn held_license<'a>(
    profession: Profession,
    credentials: &'a [Credential],
    j: Jurisdiction,
    today: NaiveDate,
) -> HeldLicense<'a> {
    let mut unrecognised = None;
    let mut best: Option<(&'a str, LicenseStanding)> = None;
    for credential in credentials {
        let CredentialDetail::StateLicense(license) = &credential.detail else {
            continue;
        };
        if license.jurisdiction != j {
            continue;
        }
        if !license_type_fits(profession, &license.license_type) {
            unrecognised.get_or_insert(credential.id.as_str());
            continue;
        }
        let s = standing(license, today);
        if best.is_none_or(|(_, b)| s < b) {
            best = Some((credential.id.as_str(), s));
        }
    }
    match (best, unrecognised) {
        (Some((credential_id, standing)), _) => HeldLicense::Held {
            credential_id,
            standing,
        },
        (None, Some(credential_id)) => HeldLicense::UnrecognizedType { credential_id },
        (None, None) => HeldLicense::None,
    }
}
