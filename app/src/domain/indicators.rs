//! What the association reports to its funders, worked out from plain
//! rows: households served by tier and by month, new and returning, what
//! was bought by category, the solidarity cost by tier. Free of SQL: the
//! repository reads the rows, this adds them up, and a test adds the same
//! figures up again from the raw tables its own way.
//!
//! Anonymous by construction: a figure that describes fewer than
//! [`FEWEST`] households is shown as "< 5", never as its value, so that
//! nobody can be singled out from a funder's table.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The smallest group a figure may describe.
pub const FEWEST: i64 = 5;

/// A figure as a funder may read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown {
    Value(i64),
    /// It describes between 1 and 4 households: "< 5".
    Few,
}

impl Shown {
    /// The value, or 0 where it is hidden (for a chart's bar, whose table
    /// says "< 5").
    pub fn or_zero(self) -> i64 {
        match self {
            Shown::Value(v) => v,
            Shown::Few => 0,
        }
    }
}

/// A count of households.
pub fn count(households: i64) -> Shown {
    about(households, households)
}

/// A figure (an amount, a number of people) that describes `households`.
/// None describes nobody, so 0 households shows the value (0 €, 0).
pub fn about(households: i64, value: i64) -> Shown {
    if households > 0 && households < FEWEST { Shown::Few } else { Shown::Value(value) }
}

/// One order of the period: the cycle's month (an index into the
/// report's months), the household, its share.
#[derive(Clone, Copy, Debug)]
pub struct Served {
    pub month: usize,
    pub household: i64,
    pub share_percent: i64,
}

/// Distinct households by share over the period and by month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HouseholdTally {
    /// Share → distinct households over the whole period.
    pub by_share: BTreeMap<i64, i64>,
    /// Share → distinct households in each month.
    pub by_share_month: BTreeMap<i64, Vec<i64>>,
    /// Distinct households over the period, whatever their share.
    pub total: i64,
    /// Households whose first order ever falls in the period.
    pub new: i64,
    pub returning: i64,
}

/// `before`: households that had ordered before the period started. A
/// household that changed tier during the period counts once in each
/// tier it ordered at, and once in the total.
pub fn tally_households(orders: &[Served], months: usize, before: &HashSet<i64>) -> HouseholdTally {
    let mut by_share: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    let mut by_month: BTreeMap<(i64, usize), BTreeSet<i64>> = BTreeMap::new();
    let mut all = BTreeSet::new();
    for o in orders {
        by_share.entry(o.share_percent).or_default().insert(o.household);
        by_month.entry((o.share_percent, o.month)).or_default().insert(o.household);
        all.insert(o.household);
    }
    let mut t = HouseholdTally { total: all.len() as i64, ..Default::default() };
    t.returning = all.iter().filter(|h| before.contains(h)).count() as i64;
    t.new = t.total - t.returning;
    for (share, set) in by_share {
        t.by_share.insert(share, set.len() as i64);
        let mut per = vec![0; months];
        for (m, slot) in per.iter_mut().enumerate() {
            *slot = by_month.get(&(share, m)).map_or(0, |s| s.len() as i64);
        }
        t.by_share_month.insert(share, per);
    }
    t
}

/// What a cycle's orders add up to in one category at one share.
#[derive(Clone, Copy, Debug, Default)]
pub struct Goods {
    pub month: usize,
    pub category: i64,
    pub share_percent: i64,
    /// The goods at cost (every line at 100 %).
    pub cost_cents: i64,
    /// What households owe for them.
    pub due_cents: i64,
    /// Thousandths of a kilogram, for what is sold by weight.
    pub kg_milli: i64,
    pub organic_cents: i64,
    pub local_cents: i64,
}

impl Goods {
    /// What the association paid for this, above what households owe.
    /// Negative for a supporting share (above 100 %).
    pub fn solidarity_cents(&self) -> i64 {
        self.cost_cents - self.due_cents
    }
}

/// Share of `part` in `whole`, in whole percent rounded half up; None of
/// nothing.
pub fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 200 + whole) / (whole * 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewer_than_five_households_are_never_shown() {
        assert_eq!(count(0), Shown::Value(0));
        for n in 1..FEWEST {
            assert_eq!(count(n), Shown::Few);
            assert_eq!(about(n, 12_345), Shown::Few, "an amount about {n} households");
        }
        assert_eq!(count(5), Shown::Value(5));
        assert_eq!(about(7, 12_345), Shown::Value(12_345));
        assert_eq!(about(0, 0), Shown::Value(0));
        assert_eq!(Shown::Few.or_zero(), 0);
    }

    #[test]
    fn households_are_counted_once_per_tier_and_month() {
        let o = |month, household, share_percent| Served { month, household, share_percent };
        let orders = [o(0, 1, 10), o(1, 1, 10), o(0, 2, 50), o(1, 2, 10), o(1, 3, 100), o(1, 3, 100)];
        let before: HashSet<i64> = [2].into_iter().collect();
        let t = tally_households(&orders, 2, &before);
        assert_eq!(t.total, 3);
        assert_eq!((t.new, t.returning), (2, 1));
        assert_eq!(t.by_share[&10], 2, "household 2 moved to 10 % and counts there too");
        assert_eq!(t.by_share[&50], 1);
        assert_eq!(t.by_share_month[&10], vec![1, 2]);
        assert_eq!(t.by_share_month[&100], vec![0, 1]);
    }

    #[test]
    fn percentages_round_half_up_and_say_nothing_of_nothing() {
        assert_eq!(percent(1, 2), Some(50));
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 200), Some(1));
        assert_eq!(percent(0, 0), None);
    }
}
