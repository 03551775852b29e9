//! National Provider Identifier: ten digits, the last a Luhn check digit computed as if the
//! card-issuer prefix 80840 stood in front (CMS, NPI final rule 69 FR 3434).

/// Why an NPI is not well formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NpiProblem {
    #[error("an NPI has exactly 10 digits")]
    Length,
    #[error("an NPI contains digits only")]
    NotDigits,
    #[error("an NPI starts with 1 or 2")]
    FirstDigit,
    #[error("the NPI check digit does not match; check for a typo")]
    CheckDigit,
}

/// Checks the form and check digit of an NPI. A valid check digit proves well-formedness,
/// not that the NPI is issued.
pub fn check_npi(npi: &str) -> Result<(), NpiProblem> {
    let digits: Vec<u32> = npi
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .ok_or(if npi.chars().count() == 10 {
            NpiProblem::NotDigits
        } else {
            NpiProblem::Length
        })?;
    if digits.len() != 10 {
        return Err(NpiProblem::Length);
    }
    if digits[0] != 1 && digits[0] != 2 {
        return Err(NpiProblem::FirstDigit);
    }
    // Luhn over the 9-digit base, doubling from the rightmost, plus 24 for the 80840 prefix.
    let mut sum = 24;
    for (i, d) in digits[..9].iter().rev().enumerate() {
        if i % 2 == 0 {
            let doubled = d * 2;
            sum += doubled / 10 + doubled % 10;
        } else {
            sum += d;
        }
    }
    let check = (10 - sum % 10) % 10;
    if check == digits[9] {
        Ok(())
    } else {
        Err(NpiProblem::CheckDigit)
    }
}
