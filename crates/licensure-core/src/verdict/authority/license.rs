//! A state license as authority: the right profession, a status that permits practice, and
//! validity over the whole period.
//!
//! Limits: license types are matched by `crate::license_standing::license_type_fits`; a type it does not
//! know gives "verify". Restrictions and probation always give "verify": their terms are not
//! recorded in a form the engine can read.

use crate::license_standing::license_type_fits;
use crate::model::{LicenseStatus, Profession, StateLicense};
use crate::reason::Outcome;

use crate::verdict::period::{Day, Validity};
use crate::verdict::{Finding, Judged, StateContext};

/// Whether a license type names the clinician's profession.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LicenseFit {
    Fits,
    OtherProfession,
    Unrecognized,
}

fn license_fit(profession: Profession, license_type: &str) -> LicenseFit {
    if license_type_fits(profession, license_type) {
        LicenseFit::Fits
    } else if Profession::ALL
        .iter()
        .any(|other| license_type_fits(*other, license_type))
    {
        LicenseFit::OtherProfession
    } else {
        LicenseFit::Unrecognized
    }
}

/// Judges the license `l` into `findings`, or says why it cannot serve.
pub(super) fn license(
    ctx: &StateContext<'_>,
    id: &str,
    l: &StateLicense,
    findings: &mut Vec<Finding>,
) -> Judged {
    let state = ctx.name();
    let profession = ctx.profile.profession.label();
    let reason = |code: &'static str, outcome: Outcome, message: String| {
        ctx.credential_finding(id, code, outcome, message)
    };
    match license_fit(ctx.profile.profession, &l.license_type) {
        LicenseFit::Fits => {}
        LicenseFit::OtherProfession => {
            return Judged::DoesNotApply(reason(
                "license_for_other_profession",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The {} license in {state} is for another profession; it does not \
                     authorise practice as {profession}.",
                    l.license_type
                )),
            ))
        }
        LicenseFit::Unrecognized => findings.push(reason(
            "license_type_unrecognized",
            Outcome::Verify,
            ctx.text(format_args!(
                "The license type of the {state} license is not one this app recognises for \
                 {profession}; confirm that it authorises this work."
            )),
        )),
    }
    let renew = |code: &'static str, what: String| ctx.step(code, what);
    let status_finding = match l.status {
        LicenseStatus::Revoked => Some(reason(
            "license_revoked",
            Outcome::Verify,
            ctx.text(format_args!(
                "The {state} license is revoked. A revocation bars most routes to practice; \
                 talk to the {state} board before accepting."
            )),
        )),
        LicenseStatus::Inactive => Some(
            reason(
                "license_inactive",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The {state} license is inactive; it does not authorise practice."
                )),
            )
            .with_step(renew(
                "license_inactive",
                ctx.text(format_args!("Reactivate the {state} license.")),
            )),
        ),
        LicenseStatus::Expired => Some(
            reason(
                "license_expired",
                Outcome::Missing,
                ctx.text(format_args!("The {state} license has expired.")),
            )
            .with_step(renew(
                "license_expired",
                ctx.text(format_args!("Reinstate the {state} license.")),
            )),
        ),
        LicenseStatus::Pending => Some(
            reason(
                "license_pending",
                Outcome::Missing,
                ctx.text(format_args!(
                    "The {state} license is pending; it does not authorise practice yet."
                )),
            )
            .with_step(renew(
                "license_pending",
                ctx.text(format_args!(
                    "Complete the {state} application and wait for the license to issue."
                )),
            )),
        ),
        LicenseStatus::Active | LicenseStatus::Restricted | LicenseStatus::Probation => None,
    };
    if let Some(finding) = status_finding {
        findings.push(finding);
        return Judged::Applies;
    }
    findings.push(match ctx.period.validity(l.issued, l.expires) {
        Validity::Covers(expires) => reason(
            "license_covers_offer",
            Outcome::Met,
            ctx.credential_text(id, "license covers", || {
                format!("The {state} license is valid through {expires}, covering the whole offer.")
            }),
        ),
        // Valid at the start and renewed in the normal course: a date to keep, not a gap.
        // A restricted license or one on probation may not be renewed as it stands.
        Validity::EndsDuring(end) if l.status == LicenseStatus::Active => {
            let (window, fee) = ctx.license_renewal_terms();
            reason(
                "license_expires_during_offer",
                Outcome::Met,
                ctx.offer_text(id, "license renews during the offer", || {
                    format!(
                        "The {state} license is valid when the offer starts; renew it by {end} \
                         to keep it through the offer's end on {}.",
                        Day(ctx.period.end)
                    )
                }),
            )
            .with_renewal(ctx.renewal(
                id,
                || format!("the {state} license"),
                end.0,
                window,
                fee,
            ))
        }
        Validity::EndsDuring(end) => reason(
            "license_expires_during_offer",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {state} license expires on {end}, before the offer ends on {}; a \
                 restricted license may not renew as it stands.",
                Day(ctx.period.end)
            )),
        )
        .with_step(renew(
            "license_expires_during_offer",
            ctx.credential_text(id, "renew before expiry", || {
                format!("Renew the {state} license before it expires on {end}.")
            }),
        )),
        Validity::ExpiredBefore(end) => reason(
            "license_expired",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {state} license expires on {end}, before the offer period starts on {}.",
                Day(ctx.period.start)
            )),
        )
        .with_step(renew(
            "license_expired",
            ctx.text(format_args!("Renew or reinstate the {state} license.")),
        )),
        Validity::NotYetValid(issued) => reason(
            "license_not_yet_valid",
            Outcome::Missing,
            ctx.text(format_args!(
                "The {state} license is issued on {issued}, after the offer period starts on {}.",
                Day(ctx.period.start)
            )),
        )
        .with_step(renew(
            "license_not_yet_valid",
            ctx.text(format_args!(
                "Start the offer only once the {state} license is issued, or move the start."
            )),
        )),
        Validity::UnknownExpiry => reason(
            "license_expiry_unknown",
            Outcome::Verify,
            ctx.text(format_args!(
                "No expiry date is recorded for the {state} license; record it so coverage of \
                 the whole offer can be checked."
            )),
        ),
    });
    if matches!(
        l.status,
        LicenseStatus::Restricted | LicenseStatus::Probation
    ) {
        findings.push(reason(
            "license_restricted",
            Outcome::Verify,
            ctx.text(format_args!(
                "The {state} license is {}. Restrictions and probation terms can bar telehealth, \
                 new patients or prescribing, and compacts and telehealth registrations require \
                 an unrestricted license: read the board order and confirm with the {state} \
                 board.",
                status_word(l.status)
            )),
        ));
    }
    Judged::Applies
}

fn status_word(status: LicenseStatus) -> &'static str {
    match status {
        LicenseStatus::Probation => "on probation",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn license_types_match_professions() {
        let cases = [
            ("MD for an MD", Profession::Md, "MD", LicenseFit::Fits),
            (
                "physician and surgeon for a DO",
                Profession::Do,
                "Physician & Surgeon",
                LicenseFit::Fits,
            ),
            ("lower case", Profession::Md, "md", LicenseFit::Fits),
            (
                "RN for an APRN",
                Profession::NpAprn,
                "RN",
                LicenseFit::OtherProfession,
            ),
            (
                "APRN for an RN",
                Profession::Rn,
                "APRN",
                LicenseFit::OtherProfession,
            ),
            ("PA-C for a PA", Profession::Pa, "PA-C", LicenseFit::Fits),
            ("LVN for an LPN", Profession::Lpn, "LVN", LicenseFit::Fits),
            (
                "LCSW for a counselor",
                Profession::Counselor,
                "LCSW",
                LicenseFit::OtherProfession,
            ),
            ("empty", Profession::Md, "", LicenseFit::Unrecognized),
            (
                "unknown text",
                Profession::Psychologist,
                "Board certificate",
                LicenseFit::Unrecognized,
            ),
        ];
        for (name, profession, license_type, want) in cases {
            assert_eq!(license_fit(profession, license_type), want, "{name}");
        }
    }
}
