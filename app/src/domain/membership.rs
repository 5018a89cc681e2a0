//! Membership: one per household and period. The association's year runs
//! from its renewal date (1 September by default) to the next; the fee is
//! set by the association (1 € by default), or chosen freely above a
//! minimum. Dates here are calendar days (year, month, day): turning them
//! into instants at midnight in Paris is `cycles::time`'s job.

/// A calendar day.
pub type Day = (i32, u32, u32);

/// Largest fee: 1 000 €.
pub const MAX_FEE_CENTS: i64 = 100_000;

/// How long before the end of a membership the household is reminded.
pub const REMIND_DAYS_BEFORE: i64 = 30;

/// The renewal date as the admin types it: `MM-DD` (`09-01`). The 29th of
/// February is refused: it would skip three years in four.
pub fn parse_renewal(input: &str) -> Result<(u32, u32), &'static str> {
    let s = super::text::latin_digits(input);
    let (m, d) = s.trim().split_once('-').ok_or("error-renewal_date")?;
    let (m, d): (u32, u32) = (m.parse().map_err(|_| "error-renewal_date")?, d.parse().map_err(|_| "error-renewal_date")?);
    let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || d == 0 || d > days[(m - 1) as usize] {
        return Err("error-renewal_date");
    }
    Ok((m, d))
}

/// The period that holds `today`: from the last renewal date on or before
/// it to the next one.
pub fn period(today: Day, renewal: (u32, u32)) -> (Day, Day) {
    let (y, m, d) = today;
    let this_year = (y, renewal.0, renewal.1);
    if (m, d) >= renewal {
        (this_year, (y + 1, renewal.0, renewal.1))
    } else {
        ((y - 1, renewal.0, renewal.1), this_year)
    }
}

/// How the fee is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FeeRule {
    /// The fee, or the least one may give when the amount is free.
    pub fee_cents: i64,
    pub free_amount: bool,
}

/// The fee a household pays: the set fee, or what it chose (at least the
/// minimum) when the amount is free. `None` typed means the set fee.
pub fn fee(rule: FeeRule, chosen_cents: Option<i64>) -> Result<i64, &'static str> {
    match chosen_cents {
        None => Ok(rule.fee_cents),
        Some(c) if !rule.free_amount && c != rule.fee_cents => Err("error-fee_is_set"),
        Some(c) if c < rule.fee_cents => Err("error-fee_below_minimum"),
        Some(c) if c > MAX_FEE_CENTS => Err("error-amount_too_high"),
        Some(c) => Ok(c),
    }
}

/// Where a household's membership stands at `now` (instants in seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MembershipState {
    /// Never joined, or the last period ended.
    Lapsed,
    /// Current, and ending within the reminder's month.
    Renew { ends_at: i64 },
    Current { ends_at: i64 },
}

pub fn state(latest_end: Option<i64>, now: i64) -> MembershipState {
    match latest_end {
        Some(end) if end > now && end - now <= REMIND_DAYS_BEFORE * 86_400 => MembershipState::Renew { ends_at: end },
        Some(end) if end > now => MembershipState::Current { ends_at: end },
        _ => MembershipState::Lapsed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_runs_from_the_renewal_date() {
        assert_eq!(period((2026, 12, 1), (9, 1)), ((2026, 9, 1), (2027, 9, 1)));
        assert_eq!(period((2026, 9, 1), (9, 1)), ((2026, 9, 1), (2027, 9, 1)));
        assert_eq!(period((2026, 8, 31), (9, 1)), ((2025, 9, 1), (2026, 9, 1)));
        assert_eq!(period((2027, 1, 1), (1, 1)), ((2027, 1, 1), (2028, 1, 1)));
    }

    #[test]
    fn renewal_dates_as_typed() {
        assert_eq!(parse_renewal("09-01"), Ok((9, 1)));
        assert_eq!(parse_renewal(" 1-15 "), Ok((1, 15)));
        assert_eq!(parse_renewal("٠٩-٠١"), Ok((9, 1)));
        for bad in ["", "13-01", "02-29", "04-31", "0901", "09-00", "a-b", &"9".repeat(10_000)] {
            assert_eq!(parse_renewal(bad), Err("error-renewal_date"), "{bad:.20}");
        }
    }

    #[test]
    fn the_fee_is_set_or_free_above_a_minimum() {
        let set = FeeRule { fee_cents: 100, free_amount: false };
        assert_eq!(fee(set, None), Ok(100));
        assert_eq!(fee(set, Some(100)), Ok(100));
        assert_eq!(fee(set, Some(500)), Err("error-fee_is_set"));
        let free = FeeRule { fee_cents: 100, free_amount: true };
        assert_eq!(fee(free, Some(500)), Ok(500));
        assert_eq!(fee(free, Some(50)), Err("error-fee_below_minimum"));
        assert_eq!(fee(free, Some(MAX_FEE_CENTS + 1)), Err("error-amount_too_high"));
    }

    #[test]
    fn reminded_a_month_before_the_end() {
        let day = 86_400;
        assert_eq!(state(None, 0), MembershipState::Lapsed);
        assert_eq!(state(Some(100 * day), 0), MembershipState::Current { ends_at: 100 * day });
        assert_eq!(state(Some(30 * day), 0), MembershipState::Renew { ends_at: 30 * day });
        assert_eq!(state(Some(day), day), MembershipState::Lapsed);
    }
}
