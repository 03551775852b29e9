//! The period an offer is judged over, and how a credential's dates sit against it.
//!
//! Limits: dates are calendar days, both ends inclusive. An open-ended offer is judged over a
//! fixed horizon (`OPEN_ENDED_HORIZON_MONTHS` from its start); nothing after the horizon is
//! checked.

use chrono::{Datelike, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Offer;

/// How far an open-ended offer is judged: one year from the start of the evaluated period.
pub const OPEN_ENDED_HORIZON_MONTHS: u32 = 12;

/// The days the verdict speaks for: from the later of the offer's start and today, through
/// the offer's end (or the horizon of an open-ended offer). Both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct EvaluatedPeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The offer has no end date; `end` is the horizon.
    pub open_ended: bool,
}

/// Why an offer has no period left to judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NoPeriod {
    /// The offer ends before it starts.
    Inverted { start: NaiveDate, end: NaiveDate },
    /// The offer ended before today.
    Ended { end: NaiveDate },
}

/// Where a credential's validity sits against the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Validity {
    /// Valid on every day of the period, through the expiry date given.
    Covers(Day),
    /// Expires (or expired) before the period starts.
    ExpiredBefore(Day),
    /// Becomes valid only after the period starts.
    NotYetValid(Day),
    /// Valid at the start, but its last day falls before the period's last day.
    EndsDuring(Day),
    /// No expiry date is recorded.
    UnknownExpiry,
}

impl EvaluatedPeriod {
    /// The period of `offer` as of `today`.
    pub(super) fn of(offer: &Offer, today: NaiveDate) -> Result<EvaluatedPeriod, NoPeriod> {
        if let Some(end) = offer.end {
            if end < offer.start {
                return Err(NoPeriod::Inverted {
                    start: offer.start,
                    end,
                });
            }
            if end < today {
                return Err(NoPeriod::Ended { end });
            }
        }
        let start = offer.start.max(today);
        Ok(match offer.end {
            Some(end) => EvaluatedPeriod {
                start,
                end,
                open_ended: false,
            },
            None => EvaluatedPeriod {
                start,
                end: horizon_end(start),
                open_ended: true,
            },
        })
    }

    /// How a credential valid from `issued` (when known) through `expires` (inclusive, when
    /// known) covers this period.
    pub(super) fn validity(
        &self,
        issued: Option<NaiveDate>,
        expires: Option<NaiveDate>,
    ) -> Validity {
        if let Some(expires) = expires {
            if expires < self.start {
                return Validity::ExpiredBefore(Day(expires));
            }
        }
        if let Some(issued) = issued {
            if issued > self.start {
                return Validity::NotYetValid(Day(issued));
            }
        }
        match expires {
            None => Validity::UnknownExpiry,
            Some(expires) if expires < self.end => Validity::EndsDuring(Day(expires)),
            Some(expires) => Validity::Covers(Day(expires)),
        }
    }

    /// The period in words: "2026-03-01 through 2026-08-31", written where it is displayed.
    pub(super) fn describe(&self) -> Described {
        Described(*self)
    }
}

/// See [`EvaluatedPeriod::describe`].
pub(super) struct Described(EvaluatedPeriod);

impl std::fmt::Display for Described {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} through {}", Day(self.0.start), Day(self.0.end))
    }
}

/// A date as the messages show it, "2026-08-31". Chrono writes a date a character at a
/// time; a pass writes thousands, so this writes each in one piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Day(pub NaiveDate);

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let date = self.0;
        let year = date.year();
        if !(0..=9999).contains(&year) {
            return write!(f, "{date}");
        }
        let mut text = *b"0000-00-00";
        let digits = |n: u32, out: &mut [u8]| {
            let mut n = n;
            for slot in out.iter_mut().rev() {
                *slot = b'0' + (n % 10) as u8;
                n /= 10;
            }
        };
        digits(year.unsigned_abs(), &mut text[0..4]);
        digits(date.month(), &mut text[5..7]);
        digits(date.day(), &mut text[8..10]);
        f.write_str(std::str::from_utf8(&text).map_err(|_| std::fmt::Error)?)
    }
}

/// The last day judged for an open-ended offer starting on `start`: the day before the
/// horizon's anniversary (so the horizon is exactly one year long).
fn horizon_end(start: NaiveDate) -> NaiveDate {
    start
        .checked_add_months(Months::new(OPEN_ENDED_HORIZON_MONTHS))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_written_as_chrono_writes_it() {
        let cases = [
            ("ordinary", d(2026, 8, 31)),
            ("padded month and day", d(2026, 1, 2)),
            ("flexibilities end", d(2026, 12, 31)),
            ("leap day", d(2028, 2, 29)),
            ("year below 1000", d(999, 3, 4)),
            ("year zero", d(0, 1, 1)),
            ("last four-digit year", d(9999, 12, 31)),
            ("five-digit year", d(10_000, 1, 1)),
            ("negative year", d(-1, 6, 15)),
        ];
        for (name, date) in cases {
            assert_eq!(Day(date).to_string(), date.to_string(), "{name}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn validity_against_a_period() {
        let period = EvaluatedPeriod {
            start: d(2026, 3, 1),
            end: d(2026, 8, 31),
            open_ended: false,
        };
        let cases = [
            (
                "expires on the last day",
                None,
                Some(d(2026, 8, 31)),
                Validity::Covers(Day(d(2026, 8, 31))),
            ),
            (
                "expires a day early",
                None,
                Some(d(2026, 8, 30)),
                Validity::EndsDuring(Day(d(2026, 8, 30))),
            ),
            (
                "expired before start",
                None,
                Some(d(2026, 2, 28)),
                Validity::ExpiredBefore(Day(d(2026, 2, 28))),
            ),
            (
                "expires on the first day",
                None,
                Some(d(2026, 3, 1)),
                Validity::EndsDuring(Day(d(2026, 3, 1))),
            ),
            (
                "issued after start",
                Some(d(2026, 3, 2)),
                Some(d(2027, 1, 1)),
                Validity::NotYetValid(Day(d(2026, 3, 2))),
            ),
            (
                "issued on start",
                Some(d(2026, 3, 1)),
                Some(d(2027, 1, 1)),
                Validity::Covers(Day(d(2027, 1, 1))),
            ),
            ("no expiry", None, None, Validity::UnknownExpiry),
        ];
        for (name, issued, expires, want) in cases {
            assert_eq!(period.validity(issued, expires), want, "{name}");
        }
    }

    #[test]
    fn horizon_is_one_year() {
        let cases = [
            ("plain", d(2026, 3, 1), d(2027, 2, 28)),
            ("leap day", d(2028, 2, 29), d(2029, 2, 27)),
            ("end of year", d(2026, 12, 31), d(2027, 12, 30)),
            ("far future", NaiveDate::MAX, NaiveDate::MAX),
        ];
        for (name, start, want) in cases {
            assert_eq!(horizon_end(start), want, "{name}");
        }
    }
}
