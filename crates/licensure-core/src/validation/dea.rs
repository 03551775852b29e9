//! DEA registration numbers: two letters and seven digits, the seventh a check digit
//! ((d1+d3+d5) + 2·(d2+d4+d6)) mod 10. An optional "-suffix" (institutional practitioners)
//! is accepted and ignored by the check.

/// Why a DEA number is not well formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DeaProblem {
    #[error("a DEA number is two letters followed by seven digits")]
    Shape,
    #[error("the DEA check digit does not match; check for a typo")]
    CheckDigit,
}

/// Registrant-type letters DEA issues to practitioners and institutions.
const KNOWN_FIRST_LETTERS: &[char] = &[
    'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'P', 'R', 'X',
];

/// Checks shape and check digit. Returns warnings that do not make the number invalid:
/// an unusual first letter, or a second letter that is neither the initial of
/// `family_name` nor '9'.
pub fn check_dea(number: &str, family_name: Option<&str>) -> Result<Vec<&'static str>, DeaProblem> {
    let base = number.split('-').next().unwrap_or_default();
    let chars: Vec<char> = base.chars().collect();
    if chars.len() != 9 {
        return Err(DeaProblem::Shape);
    }
    let (letters, digits) = chars.split_at(2);
    if !letters[0].is_ascii_uppercase() || !(letters[1].is_ascii_uppercase() || letters[1] == '9') {
        return Err(DeaProblem::Shape);
    }
    let d: Vec<u32> = digits
        .iter()
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .ok_or(DeaProblem::Shape)?;
    let check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
    if check != d[6] {
        return Err(DeaProblem::CheckDigit);
    }
    let mut warnings = Vec::new();
    if !KNOWN_FIRST_LETTERS.contains(&letters[0]) {
        warnings.push("the first letter of this DEA number is not a registrant type DEA issues to practitioners");
    }
    if let Some(initial) = family_name.and_then(|n| n.trim().chars().next()) {
        if letters[1] != '9' && !letters[1].eq_ignore_ascii_case(&initial) {
            warnings.push("the second letter of a DEA number is usually the initial of the registrant's last name");
        }
    }
    Ok(warnings)
}
