//! Funding of the solidarity cost.
//!
//! Households pay a share of the cost price; below 100 % the difference,
//! the solidarity cost, is paid by funders' grants. Each closed cycle's
//! solidarity cost is allocated to the grants it is eligible for, in the
//! treasurer's order of priority or pro rata; what no grant can cover is
//! reported as unfunded rather than hidden, because that is the figure the
//! association has to find money for.
//!
//! Cycles are taken in the order their orders closed: money is spent in
//! the order it was needed, and closing a new cycle never changes what
//! earlier cycles were given. Members paying above cost are one more
//! source, whose money only exists once it has been paid.
//!
//! Everything is integer cents. Products of two amounts are worked out in
//! `i128` so that no grant size can overflow them.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// Share of a grant's amount at which the treasurer is warned.
pub const WARN_PERCENT: i64 = 80;

/// Largest grant: 100 million euros, far above any real grant, so that a
/// mistyped amount is caught before it hides the unfunded cost.
pub const MAX_AMOUNT_CENTS: i64 = 10_000_000_000;

/// Longest period of a grant: three years, a leap day included.
pub const MAX_PERIOD_DAYS: i64 = 1096;

/// One piece of a cycle's solidarity cost: one household, at one share, in one catalogue category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub household: i64,
    pub share_percent: i64,
    pub category: i64,
    /// The solidarity cost of this piece (>= 0).
    pub cents: i64,
}

/// A closed cycle: its day (days since 1970-01-01, the day its orders closed), its solidarity parts,
/// and what supporting members gave above cost in it (>= 0).
#[derive(Clone, Debug)]
pub struct CycleCost {
    pub cycle: i64,
    pub day: i64,
    pub parts: Vec<Part>,
    pub support_cents: i64,
}

/// What a funder restricts its grant to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Earmarks {
    /// Only lines at this share or below (the lowest tiers).
    pub max_share_percent: Option<i64>,
    /// Only these categories; empty = all.
    pub categories: Vec<i64>,
    /// At most this much per household over the grant's period.
    pub cap_household_cents: Option<i64>,
    /// At least `percent` (1..=100) of what the grant pays goes to `category`, at every point in time (cumulative).
    pub min_share: Option<MinShare>,
}

/// "At least `percent` % of the grant goes to `category`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinShare {
    pub category: i64,
    pub percent: i64,
}

/// Where a grant's money comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A funder's grant: the whole amount may be used within the period.
    Grant,
    /// Members paying above cost: usable once given, i.e. at a cycle, at most the support of that
    /// cycle and those before it (in day order) minus what was already used.
    ///
    /// Support is one pool: if several `Members` sources exist (say one per
    /// year), they draw on the same money, so it is never spent twice.
    /// Support given in any cycle joins the pool, whatever the source's
    /// period; the period only says which cycles the source pays.
    Members,
}

/// A grant (or the members' support) as the treasurer recorded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// Unique among the grants passed to `allocate`.
    pub id: i64,
    pub source: Source,
    /// Ignored for `Source::Members`.
    pub amount_cents: i64,
    pub first_day: i64,
    /// Inclusive.
    pub last_day: i64,
    /// Lower first; equal priorities are taken by id.
    pub priority: i64,
    pub earmarks: Earmarks,
}

/// How a cycle's cost is shared among the grants it is eligible for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Each grant, in priority order, pays all it can.
    Priority,
    /// Grants share each cost in proportion to their amounts.
    ProRata,
}

/// One allocation: `cents` of part (cycle, household, share, category) paid by `grant`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Allocation {
    pub cycle: i64,
    pub grant: i64,
    pub household: i64,
    pub share_percent: i64,
    pub category: i64,
    /// Always > 0.
    pub cents: i64,
}

/// What `allocate` decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// In the order cycles were funded (day, then id); within a cycle by
    /// grant (priority, then id), then by part (share, household, category).
    /// A (cycle, grant, part) appears at most once.
    pub allocations: Vec<Allocation>,
    /// Per cycle (in the order given): (cycle, solidarity cents, unfunded cents).
    pub cycles: Vec<CycleFunding>,
}

/// One cycle's totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CycleFunding {
    pub cycle: i64,
    /// The sum of the cycle's parts that carry solidarity (cents > 0, share < 100).
    pub solidarity_cents: i64,
    /// What no grant could pay: solidarity minus the cycle's allocations.
    pub unfunded_cents: i64,
}

/// Allocates every cycle's solidarity cost, cycles taken in day order (then id), so that earlier cycles use a grant first.
///
/// Parts with no cost (cents <= 0) or at a share of 100 % or more carry no
/// solidarity and are left out. Parts repeating the same (household,
/// share, category) within a cycle are merged, since an allocation names
/// a part by that key.
pub fn allocate(cycles: &[CycleCost], grants: &[Grant], mode: Mode) -> Outcome {
    let mut purse = Purse::new(grants);
    let mut order: Vec<usize> = (0..cycles.len()).collect();
    order.sort_by_key(|&i| (cycles[i].day, cycles[i].cycle, i));

    let mut allocations = Vec::new();
    let mut funding: Vec<Option<CycleFunding>> = vec![None; cycles.len()];
    let mut paid: Vec<(usize, usize, i64)> = Vec::new();
    for i in order {
        let cycle = &cycles[i];
        purse.pool = purse.pool.saturating_add(cycle.support_cents.max(0));
        let mut slots = slots_of(&cycle.parts);
        paid.clear();
        match mode {
            Mode::Priority => by_priority(&mut purse, cycle.day, &mut slots, &mut paid),
            Mode::ProRata => pro_rata(&mut purse, cycle.day, &mut slots, &mut paid),
        }
        // Rounds of pro rata may pay the same part from the same grant more
        // than once; one line per (grant, part) is what the treasurer reads.
        paid.sort_unstable_by_key(|&(g, s, _)| (g, s));
        let mut k = 0;
        while k < paid.len() {
            let (g, s, mut cents) = paid[k];
            k += 1;
            while k < paid.len() && paid[k].0 == g && paid[k].1 == s {
                cents += paid[k].2;
                k += 1;
            }
            if cents > 0 {
                let slot = &slots[s];
                allocations.push(Allocation {
                    cycle: cycle.cycle,
                    grant: purse.grants[g].id,
                    household: slot.household,
                    share_percent: slot.share_percent,
                    category: slot.category,
                    cents,
                });
            }
        }
        funding[i] = Some(CycleFunding {
            cycle: cycle.cycle,
            solidarity_cents: slots.iter().map(|s| s.cents).sum(),
            unfunded_cents: slots.iter().map(|s| s.left).sum(),
        });
    }
    Outcome { allocations, cycles: funding.into_iter().flatten().collect() }
}

/// Cents used per grant id. Grants that paid nothing are absent.
pub fn used_by_grant(outcome: &Outcome) -> BTreeMap<i64, i64> {
    let mut used = BTreeMap::new();
    for a in &outcome.allocations {
        *used.entry(a.grant).or_insert(0) += a.cents;
    }
    used
}

/// The amount used by the period's end at the current pace: used × period
/// length / days elapsed, rounded half away from zero. None before the
/// period starts, or when no day has elapsed (a period ending before it
/// starts). After the period, the pace is the whole period's, so the
/// forecast is what was used.
pub fn forecast(used_cents: i64, first_day: i64, last_day: i64, today: i64) -> Option<i64> {
    if today < first_day {
        return None;
    }
    let (first, last) = (i128::from(first_day), i128::from(last_day));
    let elapsed = i128::from(today.min(last_day)) - first + 1;
    if elapsed <= 0 {
        return None;
    }
    i64::try_from(div_round(i128::from(used_cents) * (last - first + 1), elapsed)).ok()
}

/// The day the amount runs out at the current pace (used / days elapsed
/// per day): the first day of the period whose projected total reaches the
/// amount. None before the period starts, when nothing was used yet, or
/// when the money lasts the whole period. When more than the amount was
/// already used, the day given is in the past.
pub fn exhausted_on(used_cents: i64, amount_cents: i64, first_day: i64, last_day: i64, today: i64) -> Option<i64> {
    if today < first_day || used_cents <= 0 || amount_cents <= 0 {
        return None;
    }
    let (first, last) = (i128::from(first_day), i128::from(last_day));
    let elapsed = i128::from(today.min(last_day)) - first + 1;
    if elapsed <= 0 {
        return None;
    }
    let used = i128::from(used_cents);
    let days = (i128::from(amount_cents) * elapsed + used - 1) / used;
    if days > last - first + 1 {
        return None;
    }
    i64::try_from(first + days - 1).ok()
}

/// Whether a grant has reached the warning threshold (`WARN_PERCENT` of its amount).
pub fn crossed_warning(used_cents: i64, amount_cents: i64) -> bool {
    amount_cents > 0 && i128::from(used_cents) * 100 >= i128::from(amount_cents) * i128::from(WARN_PERCENT)
}

/// Checks a grant as typed by the treasurer. Errors are translation keys.
///
/// The amount of a `Members` source is not checked: its money is whatever
/// members give, so its cap per household is only required to be positive.
/// A minimum share in a category the grant may not pay could never be met,
/// so it is refused too.
pub fn validate_grant(grant: &Grant) -> Result<(), &'static str> {
    let members = grant.source == Source::Members;
    if !members && !(1..=MAX_AMOUNT_CENTS).contains(&grant.amount_cents) {
        return Err("funding-error_amount");
    }
    if grant.last_day < grant.first_day || i128::from(grant.last_day) - i128::from(grant.first_day) + 1 > i128::from(MAX_PERIOD_DAYS) {
        return Err("funding-error_period");
    }
    let marks = &grant.earmarks;
    if marks.max_share_percent.is_some_and(|s| !(1..=100).contains(&s)) {
        return Err("funding-error_share");
    }
    if marks.cap_household_cents.is_some_and(|c| c <= 0 || (!members && c > grant.amount_cents)) {
        return Err("funding-error_cap");
    }
    if let Some(m) = marks.min_share
        && (!(1..=100).contains(&m.percent) || !(marks.categories.is_empty() || marks.categories.contains(&m.category)))
    {
        return Err("funding-error_min_share");
    }
    Ok(())
}

/// Division rounded half away from zero (`den` > 0).
fn div_round(num: i128, den: i128) -> i128 {
    if num >= 0 { (num + den / 2) / den } else { -((-num + den / 2) / den) }
}

/// A part once merged with its duplicates: what grants pay, and what is left of it.
struct Slot {
    household: i64,
    share_percent: i64,
    category: i64,
    cents: i64,
    left: i64,
}

/// The cycle's parts that carry solidarity, merged by key and sorted the
/// way grants take them: lowest share first (the households with least
/// means), then household, then category.
fn slots_of(parts: &[Part]) -> Vec<Slot> {
    let mut keyed: Vec<((i64, i64, i64), i64)> = parts
        .iter()
        .filter(|p| p.cents > 0 && p.share_percent < 100)
        .map(|p| ((p.share_percent, p.household, p.category), p.cents))
        .collect();
    keyed.sort_unstable_by_key(|&(key, _)| key);
    let mut slots: Vec<Slot> = Vec::with_capacity(keyed.len());
    for ((share_percent, household, category), cents) in keyed {
        match slots.last_mut() {
            Some(last) if (last.share_percent, last.household, last.category) == (share_percent, household, category) => {
                last.cents = last.cents.saturating_add(cents);
                last.left = last.cents;
            }
            _ => slots.push(Slot { household, share_percent, category, cents, left: cents }),
        }
    }
    slots
}

/// The minimum share actually enforced: a percentage of 0 or less asks
/// nothing, and more than 100 % can only mean all of it.
fn min_share_of(grant: &Grant) -> Option<MinShare> {
    grant
        .earmarks
        .min_share
        .filter(|m| m.percent > 0)
        .map(|m| MinShare { category: m.category, percent: m.percent.min(100) })
}

fn in_period(grant: &Grant, day: i64) -> bool {
    (grant.first_day..=grant.last_day).contains(&day)
}

fn matches_earmarks(grant: &Grant, slot: &Slot) -> bool {
    let marks = &grant.earmarks;
    marks.max_share_percent.is_none_or(|max| slot.share_percent <= max)
        && (marks.categories.is_empty() || marks.categories.contains(&slot.category))
}

/// A hash for the small integer keys of the running totals (multiply and
/// rotate, as in rustc's FxHash). The keys are ids the database gave, not
/// text a visitor chose, so the flooding that SipHash guards against
/// cannot happen, and on a large year the hashing was a visible share of
/// the time.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_i64(&mut self, word: i64) {
        self.write_u64(word as u64);
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }
}

type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// What every grant has used so far, kept as running totals so that each
/// payment is checked against the limits in constant time.
struct Purse<'a> {
    /// In the order they pay: priority, then id.
    grants: Vec<&'a Grant>,
    used: Vec<i64>,
    /// Per grant, what went to its minimum-share category.
    used_in_category: Vec<i64>,
    /// Per (grant, household), only for grants with a cap.
    by_household: IdMap<(usize, i64), i64>,
    /// Members' support given so far minus what `Members` sources used.
    pool: i64,
}

impl<'a> Purse<'a> {
    fn new(grants: &'a [Grant]) -> Self {
        let mut sorted: Vec<&Grant> = grants.iter().collect();
        sorted.sort_by_key(|g| (g.priority, g.id));
        let n = sorted.len();
        Purse { grants: sorted, used: vec![0; n], used_in_category: vec![0; n], by_household: IdMap::default(), pool: 0 }
    }

    fn money_left(&self, g: usize) -> i64 {
        match self.grants[g].source {
            Source::Grant => self.grants[g].amount_cents - self.used[g],
            Source::Members => self.pool,
        }
        .max(0)
    }

    /// The most grant `g` may pay of `slot` now (eligibility aside).
    fn room(&self, g: usize, slot: &Slot) -> i64 {
        let grant = self.grants[g];
        let mut room = slot.left.min(self.money_left(g));
        if let Some(cap) = grant.earmarks.cap_household_cents {
            room = room.min(cap - self.by_household.get(&(g, slot.household)).copied().unwrap_or(0));
        }
        if let Some(m) = min_share_of(grant)
            && slot.category != m.category
        {
            // other × m <= in_category × (100 − m) keeps the category at
            // m % or more of the total after every payment, not only at
            // the end of the period.
            let in_category = i128::from(self.used_in_category[g]);
            let other = i128::from(self.used[g] - self.used_in_category[g]);
            let allowed = in_category * i128::from(100 - m.percent) / i128::from(m.percent) - other;
            room = room.min(i64::try_from(allowed.max(0)).unwrap_or(i64::MAX));
        }
        room.max(0)
    }

    fn pay(&mut self, g: usize, s: usize, slot: &mut Slot, cents: i64, paid: &mut Vec<(usize, usize, i64)>) {
        let grant = self.grants[g];
        slot.left -= cents;
        self.used[g] += cents;
        if grant.source == Source::Members {
            self.pool -= cents;
        }
        if min_share_of(grant).is_some_and(|m| m.category == slot.category) {
            self.used_in_category[g] += cents;
        }
        if grant.earmarks.cap_household_cents.is_some() {
            *self.by_household.entry((g, slot.household)).or_insert(0) += cents;
        }
        paid.push((g, s, cents));
    }

    /// Grant `g` pays up to `target` of the listed slots, in their order.
    /// Returns what it paid.
    fn fill(&mut self, g: usize, target: i64, listed: &[usize], slots: &mut [Slot], paid: &mut Vec<(usize, usize, i64)>) -> i64 {
        let mut wanted = target;
        for &s in listed {
            // Priority mode sets no target: the grant's own money stops it.
            if wanted == 0 || self.money_left(g) == 0 {
                break;
            }
            let cents = self.room(g, &slots[s]).min(wanted);
            if cents > 0 {
                self.pay(g, s, &mut slots[s], cents, paid);
                wanted -= cents;
            }
        }
        target - wanted
    }
}

fn by_priority(purse: &mut Purse, day: i64, slots: &mut [Slot], paid: &mut Vec<(usize, usize, i64)>) {
    for g in 0..purse.grants.len() {
        let grant = purse.grants[g];
        if !in_period(grant, day) {
            continue;
        }
        let eligible = |s: &usize| matches_earmarks(grant, &slots[*s]);
        let listed: Vec<usize> = match min_share_of(grant) {
            // The required category first: each cent paid there makes room
            // for the others under the ratio.
            Some(m) => {
                let in_category = (0..slots.len()).filter(|&s| slots[s].category == m.category);
                let others = (0..slots.len()).filter(|&s| slots[s].category != m.category);
                in_category.chain(others).filter(eligible).collect()
            }
            None => (0..slots.len()).filter(eligible).collect(),
        };
        purse.fill(g, i64::MAX, &listed, slots, paid);
    }
}

/// Passes over a cycle in pro rata mode. One pass leaves nothing to move
/// unless a minimum share held a grant back before its category was paid;
/// with the required categories taken first, a second pass settles that
/// and a third finds nothing. The bound only guards against a mistake.
const MAX_PASSES: usize = 8;

fn pro_rata(purse: &mut Purse, day: i64, slots: &mut [Slot], paid: &mut Vec<(usize, usize, i64)>) {
    let n = purse.grants.len();
    let in_period_now: Vec<usize> = (0..n).filter(|&g| in_period(purse.grants[g], day)).collect();
    // Weights are fixed for the cycle: a grant's amount, or for members
    // what they have given and not yet used.
    let weights: Vec<i64> = (0..n)
        .map(|g| match purse.grants[g].source {
            Source::Grant => purse.grants[g].amount_cents.max(0),
            Source::Members => purse.pool.max(0),
        })
        .collect();
    let required: Vec<i64> = in_period_now.iter().filter_map(|&g| min_share_of(purse.grants[g]).map(|m| m.category)).collect();

    // Parts eligible for the same grants are shared together, so that the
    // proportion holds on their total (to the cent) rather than part by
    // part, where rounding would drift. Categories some grant requires are
    // kept apart and taken first, for the same reason as in priority mode.
    let mut keys: BTreeMap<(bool, i64, Vec<usize>), usize> = BTreeMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    // Eligibility depends only on share and category, of which a cycle has
    // few: each pair is worked out once, not once per part.
    let mut class_of: IdMap<(i64, i64), Option<usize>> = IdMap::default();
    for (s, slot) in slots.iter().enumerate() {
        let class = *class_of.entry((slot.share_percent, slot.category)).or_insert_with(|| {
            let set: Vec<usize> = in_period_now.iter().copied().filter(|&g| matches_earmarks(purse.grants[g], slot)).collect();
            if set.is_empty() {
                return None;
            }
            let is_required = required.contains(&slot.category);
            let key = (!is_required, if is_required { slot.category } else { 0 }, set);
            let next = members.len();
            let class = *keys.entry(key).or_insert(next);
            if class == next {
                members.push(Vec::new());
            }
            Some(class)
        });
        if let Some(class) = class {
            members[class].push(s);
        }
    }
    let classes: Vec<(&[usize], &[usize])> = keys.iter().map(|((_, _, set), &class)| (set.as_slice(), members[class].as_slice())).collect();

    for _ in 0..MAX_PASSES {
        let mut moved = false;
        for &(set, listed) in &classes {
            let mut active: Vec<usize> = set.iter().copied().filter(|&g| weights[g] > 0).collect();
            // Each round either pays the whole remainder (every grant met
            // its target) or drops a grant that hit a limit, so it ends
            // within len(active) + 1 rounds.
            loop {
                let remaining: i64 = listed.iter().map(|&s| slots[s].left).sum();
                if remaining == 0 || active.is_empty() {
                    break;
                }
                let active_weights: Vec<i64> = active.iter().map(|&g| weights[g]).collect();
                let targets = largest_remainder(remaining, &active_weights);
                let mut still = Vec::with_capacity(active.len());
                for (&g, &target) in active.iter().zip(&targets) {
                    let given = purse.fill(g, target, listed, slots, paid);
                    moved |= given > 0;
                    if given == target {
                        still.push(g);
                    }
                }
                active = still;
            }
        }
        if !moved {
            break;
        }
    }
}

/// `total` shared in proportion to `weights` (not all zero): each gets the
/// floor of its exact share, and the cents left go to the largest
/// remainders, ties to the earlier weight, so the shares add up to `total`.
fn largest_remainder(total: i64, weights: &[i64]) -> Vec<i64> {
    let sum: i128 = weights.iter().map(|&w| i128::from(w)).sum();
    if sum <= 0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<(i128, i128)> = weights
        .iter()
        .map(|&w| {
            let product = i128::from(total) * i128::from(w);
            (product / sum, product % sum)
        })
        .collect();
    let mut shares: Vec<i64> = exact.iter().map(|&(q, _)| i64::try_from(q).unwrap_or(0)).collect();
    let mut left = total - shares.iter().sum::<i64>();
    let mut by_remainder: Vec<usize> = (0..weights.len()).collect();
    by_remainder.sort_by_key(|&i| (std::cmp::Reverse(exact[i].1), i));
    for i in by_remainder {
        if left <= 0 {
            break;
        }
        shares[i] += 1;
        left -= 1;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::Rng;
    use std::collections::HashSet;

    fn part(household: i64, share_percent: i64, category: i64, cents: i64) -> Part {
        Part { household, share_percent, category, cents }
    }

    fn cycle(cycle: i64, day: i64, parts: Vec<Part>, support_cents: i64) -> CycleCost {
        CycleCost { cycle, day, parts, support_cents }
    }

    fn grant(id: i64, amount_cents: i64, earmarks: Earmarks) -> Grant {
        Grant { id, source: Source::Grant, amount_cents, first_day: 0, last_day: 100_000, priority: 0, earmarks }
    }

    fn members(id: i64) -> Grant {
        Grant { source: Source::Members, ..grant(id, 0, Earmarks::default()) }
    }

    fn paid_by(outcome: &Outcome, grant: i64) -> i64 {
        outcome.allocations.iter().filter(|a| a.grant == grant).map(|a| a.cents).sum()
    }

    fn unfunded(outcome: &Outcome, cycle: i64) -> i64 {
        outcome.cycles.iter().filter(|c| c.cycle == cycle).map(|c| c.unfunded_cents).sum()
    }

    const BOTH: [Mode; 2] = [Mode::Priority, Mode::ProRata];

    #[test]
    fn a_grant_for_the_lowest_tiers_leaves_the_50_percent_tier_unfunded() {
        let cycles = [cycle(1, 10, vec![part(1, 10, 1, 600), part(2, 30, 1, 400), part(3, 50, 1, 300)], 0)];
        let grants = [grant(7, 10_000, Earmarks { max_share_percent: Some(30), ..Default::default() })];
        for mode in BOTH {
            let out = allocate(&cycles, &grants, mode);
            assert_eq!(paid_by(&out, 7), 1_000);
            assert_eq!(out.cycles, vec![CycleFunding { cycle: 1, solidarity_cents: 1_300, unfunded_cents: 300 }]);
            assert!(out.allocations.iter().all(|a| a.share_percent <= 30));
        }
    }

    #[test]
    fn a_cap_per_household_holds_over_the_whole_period() {
        let cycles = [
            cycle(1, 10, vec![part(1, 10, 1, 400), part(1, 10, 2, 300), part(2, 20, 1, 300)], 0),
            cycle(2, 20, vec![part(1, 10, 1, 200), part(2, 20, 1, 300)], 0),
        ];
        let grants = [grant(7, 10_000, Earmarks { cap_household_cents: Some(500), ..Default::default() })];
        for mode in BOTH {
            let out = allocate(&cycles, &grants, mode);
            // Household 1: 400 + 100 in cycle 1, nothing in cycle 2.
            // Household 2: 300, then 200 of 300.
            assert_eq!(unfunded(&out, 1), 200);
            assert_eq!(unfunded(&out, 2), 300);
            let h1: i64 = out.allocations.iter().filter(|a| a.household == 1).map(|a| a.cents).sum();
            let h2: i64 = out.allocations.iter().filter(|a| a.household == 2).map(|a| a.cents).sum();
            assert_eq!((h1, h2), (500, 500));
        }
    }

    #[test]
    fn at_least_half_in_category_1_at_every_point() {
        let half = Earmarks { min_share: Some(MinShare { category: 1, percent: 50 }), ..Default::default() };
        let cycles = [
            cycle(1, 10, vec![part(1, 10, 2, 500), part(2, 30, 1, 300)], 0),
            cycle(2, 20, vec![part(1, 10, 2, 100)], 0),
            cycle(3, 30, vec![part(1, 10, 2, 400), part(2, 30, 1, 200)], 0),
        ];
        for mode in BOTH {
            let out = allocate(&cycles, &[grant(7, 10_000, half.clone())], mode);
            // Cycle 1: category 1 first (300), then as much again elsewhere.
            assert_eq!(unfunded(&out, 1), 200);
            // Cycle 2: no category 1 this time, so no room for the rest.
            assert_eq!(unfunded(&out, 2), 100);
            // Cycle 3: 500 in category 1 in all, allowing 500 elsewhere, 300 of which are spent.
            assert_eq!(unfunded(&out, 3), 200);
            let cat1: i64 = out.allocations.iter().filter(|a| a.category == 1).map(|a| a.cents).sum();
            assert_eq!((cat1, paid_by(&out, 7)), (500, 1_000));
        }
    }

    #[test]
    fn a_period_ending_in_june_pays_june_and_not_july() {
        // 2025-01-01 is day 20 089; 30 June is 180 days later.
        let (january, june_30) = (20_089, 20_269);
        let spring = Grant { first_day: january, last_day: june_30, ..grant(7, 100_000, Earmarks::default()) };
        let cycles = [
            cycle(1, june_30 + 1, vec![part(1, 10, 1, 500)], 0),
            cycle(2, june_30, vec![part(1, 10, 1, 500)], 0),
            cycle(3, january - 1, vec![part(1, 10, 1, 500)], 0),
        ];
        for mode in BOTH {
            let out = allocate(&cycles, std::slice::from_ref(&spring), mode);
            assert_eq!([unfunded(&out, 1), unfunded(&out, 2), unfunded(&out, 3)], [500, 0, 500]);
            assert!(out.allocations.iter().all(|a| a.cycle == 2));
        }
    }

    #[test]
    fn members_support_pays_later_cycles_and_not_earlier_ones() {
        // Given out of order: cycles are funded by day.
        let cycles = [
            cycle(3, 30, vec![part(1, 10, 1, 800)], 0),
            cycle(1, 10, vec![part(1, 10, 1, 500)], 0),
            cycle(2, 20, vec![part(2, 50, 1, 400)], 1_000),
        ];
        for mode in BOTH {
            let out = allocate(&cycles, &[members(9)], mode);
            assert_eq!(out.cycles.iter().map(|c| c.cycle).collect::<Vec<_>>(), vec![3, 1, 2]);
            assert_eq!([unfunded(&out, 1), unfunded(&out, 2), unfunded(&out, 3)], [500, 0, 200]);
            assert_eq!(paid_by(&out, 9), 1_000);
            // The support of cycle 2 also counts for cycle 2 itself.
            assert_eq!(out.allocations[0], Allocation { cycle: 2, grant: 9, household: 2, share_percent: 50, category: 1, cents: 400 });
        }
    }

    #[test]
    fn priority_mode_spends_the_first_grant_first() {
        let cycles = [cycle(1, 10, vec![part(1, 10, 1, 700), part(2, 40, 1, 500)], 0)];
        let grants = [Grant { priority: 2, ..grant(1, 10_000, Earmarks::default()) }, Grant { priority: 1, ..grant(2, 1_000, Earmarks::default()) }];
        let out = allocate(&cycles, &grants, Mode::Priority);
        assert_eq!(
            out.allocations,
            vec![
                Allocation { cycle: 1, grant: 2, household: 1, share_percent: 10, category: 1, cents: 700 },
                Allocation { cycle: 1, grant: 2, household: 2, share_percent: 40, category: 1, cents: 300 },
                Allocation { cycle: 1, grant: 1, household: 2, share_percent: 40, category: 1, cents: 200 },
            ]
        );
    }

    #[test]
    fn pro_rata_splits_three_to_one_to_the_cent() {
        let grants = [grant(1, 300_000, Earmarks::default()), grant(2, 100_000, Earmarks::default())];
        let mut rng = Rng(0x3_1);
        for total_parts in [1, 2, 7, 40] {
            let parts: Vec<Part> = (0..total_parts).map(|h| part(h, 10 + rng.next(80), 1 + rng.next(3), 1 + rng.next(999))).collect();
            let total: i64 = parts.iter().map(|p| p.cents).sum();
            let cycles = [cycle(1, 10, parts, 0)];
            let out = allocate(&cycles, &grants, Mode::ProRata);
            let (first, second) = (paid_by(&out, 1), paid_by(&out, 2));
            assert_eq!(first + second, total);
            assert!((4 * first - 3 * total).abs() <= 4, "{first} of {total}");
            assert_eq!(unfunded(&out, 1), 0);
        }
    }

    #[test]
    fn pro_rata_hands_a_capped_grants_excess_to_the_others() {
        let cycles = [cycle(1, 10, vec![part(1, 10, 1, 1_000), part(2, 10, 1, 1_000)], 0)];
        let grants = [grant(1, 300_000, Earmarks { cap_household_cents: Some(100), ..Default::default() }), grant(2, 100_000, Earmarks::default())];
        let out = allocate(&cycles, &grants, Mode::ProRata);
        assert_eq!((paid_by(&out, 1), paid_by(&out, 2), unfunded(&out, 1)), (200, 1_800, 0));
    }

    #[test]
    fn pro_rata_weighs_members_by_what_they_have_given() {
        let cycles = [cycle(1, 10, vec![part(1, 10, 1, 800)], 600)];
        let out = allocate(&cycles, &[members(1), grant(2, 200, Earmarks::default())], Mode::ProRata);
        assert_eq!((paid_by(&out, 1), paid_by(&out, 2)), (600, 200));
        let cycles = [cycle(1, 10, vec![part(1, 10, 1, 100)], 300)];
        let out = allocate(&cycles, &[members(1), grant(2, 100, Earmarks::default())], Mode::ProRata);
        assert_eq!((paid_by(&out, 1), paid_by(&out, 2)), (75, 25));
    }

    #[test]
    fn parts_without_solidarity_are_left_out_and_duplicates_merged() {
        let parts = vec![part(1, 10, 1, 300), part(1, 10, 1, 200), part(2, 100, 1, 900), part(3, 120, 1, 50), part(4, 20, 1, 0), part(5, 20, 1, -40)];
        let out = allocate(&[cycle(1, 10, parts, 0)], &[grant(1, 10_000, Earmarks::default())], Mode::Priority);
        assert_eq!(out.cycles[0].solidarity_cents, 500);
        assert_eq!(out.allocations, vec![Allocation { cycle: 1, grant: 1, household: 1, share_percent: 10, category: 1, cents: 500 }]);
    }

    #[test]
    fn no_grant_leaves_everything_unfunded() {
        let out = allocate(&[cycle(4, 10, vec![part(1, 10, 1, 300)], 0)], &[], Mode::ProRata);
        assert!(out.allocations.is_empty());
        assert_eq!(out.cycles, vec![CycleFunding { cycle: 4, solidarity_cents: 300, unfunded_cents: 300 }]);
        assert_eq!(used_by_grant(&allocate(&[], &[], Mode::Priority)), BTreeMap::new());
    }

    #[test]
    fn used_by_grant_adds_up_per_grant() {
        let cycles = [cycle(1, 10, vec![part(1, 10, 1, 700), part(2, 40, 1, 500)], 0), cycle(2, 11, vec![part(1, 10, 1, 100)], 0)];
        let grants = [grant(1, 10_000, Earmarks::default()), Grant { priority: -1, ..grant(2, 1_000, Earmarks::default()) }];
        let used = used_by_grant(&allocate(&cycles, &grants, Mode::Priority));
        assert_eq!(used, BTreeMap::from([(1, 300), (2, 1_000)]));
    }

    #[test]
    fn forecast_follows_the_pace_so_far() {
        assert_eq!(forecast(1_000, 1, 100, 25), Some(4_000));
        assert_eq!(forecast(1_000, 1, 100, 100), Some(1_000));
        assert_eq!(forecast(1_000, 1, 100, 400), Some(1_000));
        assert_eq!(forecast(1_000, 1, 100, 0), None);
        assert_eq!(forecast(1_000, 10, 5, 20), None);
        // 1 × 3 / 2 = 1.5: half away from zero.
        assert_eq!(forecast(1, 1, 3, 2), Some(2));
        assert_eq!(forecast(-1, 1, 3, 2), Some(-2));
        assert_eq!(forecast(1, 1, 4, 3), Some(1));
        assert_eq!(forecast(0, 1, 3, 2), Some(0));
    }

    #[test]
    fn exhausted_on_extends_the_pace() {
        // 1 000 in 10 days of a 100-day period, 5 000 granted: gone on day 50.
        assert_eq!(exhausted_on(1_000, 5_000, 1, 100, 10), Some(50));
        assert_eq!(exhausted_on(1_000, 20_000, 1, 100, 10), None);
        assert_eq!(exhausted_on(0, 5_000, 1, 100, 10), None);
        assert_eq!(exhausted_on(1_000, 5_000, 1, 100, 0), None);
        // Already over: the estimate lies in the past.
        assert_eq!(exhausted_on(2_000, 1_000, 1, 100, 10), Some(5));
    }

    #[test]
    fn the_warning_comes_at_80_percent() {
        assert!(!crossed_warning(799, 1_000));
        assert!(crossed_warning(800, 1_000));
        assert!(crossed_warning(1_200, 1_000));
        assert!(!crossed_warning(0, 0));
        assert!(crossed_warning(i64::MAX, MAX_AMOUNT_CENTS));
    }

    #[test]
    fn grants_are_checked_before_they_are_saved() {
        let ok = Grant { first_day: 100, last_day: 100 + MAX_PERIOD_DAYS - 1, ..grant(1, 50_000, Earmarks::default()) };
        assert_eq!(validate_grant(&ok), Ok(()));
        assert_eq!(validate_grant(&Grant { amount_cents: MAX_AMOUNT_CENTS, ..ok.clone() }), Ok(()));
        assert_eq!(validate_grant(&Grant { amount_cents: 0, ..ok.clone() }), Err("funding-error_amount"));
        assert_eq!(validate_grant(&Grant { amount_cents: MAX_AMOUNT_CENTS + 1, ..ok.clone() }), Err("funding-error_amount"));
        assert_eq!(validate_grant(&Grant { source: Source::Members, amount_cents: 0, ..ok.clone() }), Ok(()));
        assert_eq!(validate_grant(&Grant { last_day: 99, ..ok.clone() }), Err("funding-error_period"));
        assert_eq!(validate_grant(&Grant { last_day: 100 + MAX_PERIOD_DAYS, ..ok.clone() }), Err("funding-error_period"));
        assert_eq!(validate_grant(&Grant { first_day: i64::MIN, last_day: i64::MAX, ..ok.clone() }), Err("funding-error_period"));
        let marked = |earmarks: Earmarks| validate_grant(&Grant { earmarks, ..ok.clone() });
        assert_eq!(marked(Earmarks { max_share_percent: Some(100), ..Default::default() }), Ok(()));
        assert_eq!(marked(Earmarks { max_share_percent: Some(0), ..Default::default() }), Err("funding-error_share"));
        assert_eq!(marked(Earmarks { max_share_percent: Some(101), ..Default::default() }), Err("funding-error_share"));
        assert_eq!(marked(Earmarks { cap_household_cents: Some(50_000), ..Default::default() }), Ok(()));
        assert_eq!(marked(Earmarks { cap_household_cents: Some(0), ..Default::default() }), Err("funding-error_cap"));
        assert_eq!(marked(Earmarks { cap_household_cents: Some(50_001), ..Default::default() }), Err("funding-error_cap"));
        let members_cap = Grant { source: Source::Members, earmarks: Earmarks { cap_household_cents: Some(90_000), ..Default::default() }, ..ok.clone() };
        assert_eq!(validate_grant(&members_cap), Ok(()));
        let min = |category, percent, categories: Vec<i64>| marked(Earmarks { min_share: Some(MinShare { category, percent }), categories, ..Default::default() });
        assert_eq!(min(1, 100, vec![]), Ok(()));
        assert_eq!(min(1, 1, vec![1, 2]), Ok(()));
        assert_eq!(min(1, 0, vec![]), Err("funding-error_min_share"));
        assert_eq!(min(1, 101, vec![]), Err("funding-error_min_share"));
        assert_eq!(min(3, 50, vec![1, 2]), Err("funding-error_min_share"));
    }

    #[test]
    fn largest_remainder_adds_up() {
        assert_eq!(largest_remainder(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(largest_remainder(1, &[3, 1]), vec![1, 0]);
        assert_eq!(largest_remainder(3, &[1, 3]), vec![1, 2]);
        // 0.5 and 1.5: a tie, so the earlier grant gets the cent.
        assert_eq!(largest_remainder(2, &[1, 3]), vec![1, 1]);
        assert_eq!(largest_remainder(5, &[0, 2]), vec![0, 5]);
        assert_eq!(largest_remainder(i64::MAX / 2, &[MAX_AMOUNT_CENTS, MAX_AMOUNT_CENTS - 1]).iter().sum::<i64>(), i64::MAX / 2);
    }

    // ---- Property tests: the rules, rechecked from the output alone. ----

    fn random_earmarks(rng: &mut Rng) -> Earmarks {
        let mut marks = Earmarks::default();
        if rng.next(3) == 0 {
            marks.max_share_percent = Some(1 + rng.next(100));
        }
        if rng.next(3) == 0 {
            marks.categories = (1..=4).filter(|_| rng.next(2) == 0).collect();
        }
        if rng.next(3) == 0 {
            marks.cap_household_cents = Some(1 + rng.next(5_000));
        }
        if rng.next(4) == 0 {
            marks.min_share = Some(MinShare { category: 1 + rng.next(4), percent: 1 + rng.next(100) });
        }
        marks
    }

    fn random_case(rng: &mut Rng, plain: bool) -> (Vec<CycleCost>, Vec<Grant>) {
        let shares = [0, 10, 20, 30, 50, 70, 90, 99, 100, 120];
        let cycles = (0..1 + rng.next(8))
            .map(|i| {
                let parts = (0..rng.next(41))
                    .map(|_| {
                        let cents = match rng.next(10) {
                            0 => -rng.next(100),
                            1 => 0,
                            _ => rng.next(5_000),
                        };
                        part(1 + rng.next(6), shares[rng.next(shares.len() as i64) as usize], 1 + rng.next(4), cents)
                    })
                    .collect();
                // Days may repeat, so that the id breaks ties.
                cycle(100 + i, rng.next(400), parts, if rng.next(2) == 0 { 0 } else { rng.next(3_000) })
            })
            .collect();
        let grants = (0..rng.next(6))
            .map(|i| {
                let first_day = rng.next(300);
                let mut earmarks = random_earmarks(rng);
                if plain {
                    earmarks.cap_household_cents = None;
                    earmarks.min_share = None;
                }
                Grant {
                    id: 10 + i,
                    source: if rng.next(5) == 0 { Source::Members } else { Source::Grant },
                    amount_cents: 1 + rng.next(20_000),
                    first_day,
                    last_day: first_day + rng.next(400),
                    priority: rng.next(3),
                    earmarks,
                }
            })
            .collect();
        (cycles, grants)
    }

    /// (cycle, household, share, category).
    type Key = (i64, i64, i64, i64);

    /// Parts as the rules see them: only those carrying solidarity, merged by key.
    fn solidarity_parts(cycles: &[CycleCost]) -> HashMap<Key, i64> {
        let mut parts = HashMap::new();
        for c in cycles {
            for p in c.parts.iter().filter(|p| p.cents > 0 && p.share_percent < 100) {
                *parts.entry((c.cycle, p.household, p.share_percent, p.category)).or_insert(0) += p.cents;
            }
        }
        parts
    }

    /// Rules 1 to 7, from the input and the output only. Returns each
    /// grant's money left after each cycle, keyed (cycle, grant), for the
    /// maximality check.
    fn check(cycles: &[CycleCost], grants: &[Grant], out: &Outcome) -> HashMap<(i64, i64), i64> {
        let by_id: HashMap<i64, &Grant> = grants.iter().map(|g| (g.id, g)).collect();
        let parts = solidarity_parts(cycles);
        assert_eq!(out.cycles.len(), cycles.len());
        let mut allocated: HashMap<i64, i64> = HashMap::new();
        let mut per_part: HashMap<Key, i64> = HashMap::new();
        let mut per_household: HashMap<(i64, i64), i64> = HashMap::new();
        let mut seen: HashSet<(i64, i64, i64, i64, i64)> = HashSet::new();
        let day_of: HashMap<i64, i64> = cycles.iter().map(|c| (c.cycle, c.day)).collect();
        for a in &out.allocations {
            assert!(a.cents > 0, "{a:?}");
            assert!(seen.insert((a.cycle, a.grant, a.household, a.share_percent, a.category)), "{a:?} twice");
            let g = by_id[&a.grant];
            // Rule 3.
            assert!((g.first_day..=g.last_day).contains(&day_of[&a.cycle]), "{a:?} outside {g:?}");
            // Rule 4.
            assert!(g.earmarks.max_share_percent.is_none_or(|m| a.share_percent <= m), "{a:?} {g:?}");
            assert!(g.earmarks.categories.is_empty() || g.earmarks.categories.contains(&a.category), "{a:?} {g:?}");
            let key = (a.cycle, a.household, a.share_percent, a.category);
            assert!(parts.contains_key(&key), "{a:?} pays no part");
            *per_part.entry(key).or_insert(0) += a.cents;
            *allocated.entry(a.cycle).or_insert(0) += a.cents;
            *per_household.entry((a.grant, a.household)).or_insert(0) += a.cents;
        }
        // Rule 7.
        for (key, cents) in &per_part {
            assert!(*cents <= parts[key], "{key:?} paid {cents} of {}", parts[key]);
        }
        // Rule 1.
        for (c, f) in cycles.iter().zip(&out.cycles) {
            let solidarity: i64 = parts.iter().filter(|(k, _)| k.0 == c.cycle).map(|(_, v)| *v).sum();
            assert_eq!(f.cycle, c.cycle);
            assert_eq!(f.solidarity_cents, solidarity);
            assert!(f.unfunded_cents >= 0);
            assert_eq!(allocated.get(&c.cycle).copied().unwrap_or(0) + f.unfunded_cents, solidarity, "cycle {}", c.cycle);
        }
        // Rule 5.
        for ((g, _), cents) in &per_household {
            assert!(by_id[g].earmarks.cap_household_cents.is_none_or(|cap| *cents <= cap));
        }
        // Rules 2 and 6, cycle after cycle in day order.
        let mut order: Vec<&CycleCost> = cycles.iter().collect();
        order.sort_by_key(|c| (c.day, c.cycle));
        let mut in_cycle: HashMap<i64, Vec<&Allocation>> = HashMap::new();
        for a in &out.allocations {
            in_cycle.entry(a.cycle).or_default().push(a);
        }
        let mut used: HashMap<i64, i64> = HashMap::new();
        let mut in_category: HashMap<i64, i64> = HashMap::new();
        let (mut support, mut members_used) = (0, 0);
        let mut left_after = HashMap::new();
        for c in order {
            support += c.support_cents;
            for a in in_cycle.get(&c.cycle).into_iter().flatten() {
                let g = by_id[&a.grant];
                *used.entry(g.id).or_insert(0) += a.cents;
                if g.source == Source::Members {
                    members_used += a.cents;
                }
                if g.earmarks.min_share.is_some_and(|m| m.category == a.category) {
                    *in_category.entry(g.id).or_insert(0) += a.cents;
                }
            }
            assert!(members_used <= support, "members used {members_used} of {support}");
            for g in grants {
                let total = used.get(&g.id).copied().unwrap_or(0);
                if g.source == Source::Grant {
                    assert!(total <= g.amount_cents, "{g:?} used {total}");
                }
                if let Some(m) = g.earmarks.min_share {
                    let cat = in_category.get(&g.id).copied().unwrap_or(0);
                    assert!(100 * cat >= m.percent * total, "{g:?}: {cat} of {total}");
                }
                let left = match g.source {
                    Source::Grant => g.amount_cents - total,
                    Source::Members => support - members_used,
                };
                left_after.insert((c.cycle, g.id), left);
            }
        }
        left_after
    }

    fn run_checked(cycles: &[CycleCost], grants: &[Grant], mode: Mode) -> (Outcome, HashMap<(i64, i64), i64>) {
        let out = allocate(cycles, grants, mode);
        // Rule 10.
        assert_eq!(allocate(cycles, grants, mode), out);
        let left = check(cycles, grants, &out);
        (out, left)
    }

    #[test]
    fn random_cases_keep_every_rule() {
        let mut rng = Rng(0xf02d_ab1e);
        for _ in 0..300 {
            let (cycles, grants) = random_case(&mut rng, false);
            for mode in BOTH {
                run_checked(&cycles, &grants, mode);
            }
        }
    }

    /// Rule 8's consequence, and its pro rata counterpart: without caps or
    /// minimum shares, a part left partly unfunded means every grant that
    /// could have paid it had nothing left.
    #[test]
    fn without_caps_nothing_is_left_unfunded_that_a_grant_could_pay() {
        let mut rng = Rng(0x5a_7e);
        for _ in 0..300 {
            let (cycles, grants) = random_case(&mut rng, true);
            for mode in BOTH {
                let (out, left) = run_checked(&cycles, &grants, mode);
                let mut paid: HashMap<Key, i64> = HashMap::new();
                for a in &out.allocations {
                    *paid.entry((a.cycle, a.household, a.share_percent, a.category)).or_insert(0) += a.cents;
                }
                let day_of: HashMap<i64, i64> = cycles.iter().map(|c| (c.cycle, c.day)).collect();
                for (key, cents) in solidarity_parts(&cycles) {
                    let (cycle, _, share, category) = key;
                    if paid.get(&key).copied().unwrap_or(0) == cents {
                        continue;
                    }
                    let could_pay = |g: &&Grant| {
                        g.first_day <= day_of[&cycle]
                            && day_of[&cycle] <= g.last_day
                            && g.earmarks.max_share_percent.is_none_or(|m| share <= m)
                            && (g.earmarks.categories.is_empty() || g.earmarks.categories.contains(&category))
                    };
                    for g in grants.iter().filter(could_pay) {
                        assert_eq!(left[&(cycle, g.id)], 0, "{mode:?}: {g:?} could pay {key:?}");
                    }
                }
            }
        }
    }

    /// A year of a large group: 50 cycles × 3 000 parts × 5 grants.
    #[test]
    fn a_large_year_keeps_every_rule() {
        let mut rng = Rng(0x1a_46e);
        let cycles: Vec<CycleCost> = (0..50)
            .map(|i| {
                let parts = (0..3_000).map(|_| part(1 + rng.next(1_000), [10, 30, 50, 70, 90][rng.next(5) as usize], 1 + rng.next(12), 1 + rng.next(2_000))).collect();
                cycle(i + 1, 20_089 + 7 * i, parts, rng.next(20_000))
            })
            .collect();
        let grants = vec![
            Grant { priority: 1, ..grant(1, 3_000_000, Earmarks { max_share_percent: Some(30), ..Default::default() }) },
            Grant { priority: 2, ..grant(2, 2_000_000, Earmarks { cap_household_cents: Some(3_000), ..Default::default() }) },
            Grant { priority: 3, ..grant(3, 5_000_000, Earmarks { min_share: Some(MinShare { category: 2, percent: 40 }), ..Default::default() }) },
            Grant { priority: 4, first_day: 20_089, last_day: 20_269, ..grant(4, 4_000_000, Earmarks { categories: vec![1, 3, 5], ..Default::default() }) },
            Grant { priority: 5, ..members(5) },
        ];
        for mode in BOTH {
            let (out, _) = run_checked(&cycles, &grants, mode);
            assert!(out.cycles.iter().any(|c| c.unfunded_cents > 0));
            assert_eq!(used_by_grant(&out).len(), 5);
        }
    }
}
