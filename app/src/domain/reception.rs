//! Reception of a delivery: when a producer brings less than was ordered,
//! the households' lines of that product shrink so that together they hold
//! exactly what arrived.
//!
//! The rule, chosen for fairness between small and large orders: what
//! arrived is handed out one step at a time (one jar, half a kilo) to each
//! household in turn, in the order they ordered, skipping those already
//! served in full. A household that asked for one jar keeps it before a
//! household that asked for six gets its sixth. A remainder smaller than a
//! step (a 2.3 kg crate of a product sold by 0.5 kg) goes to the next in
//! turn, so nothing that arrived is left unallocated.

/// Splits `received_milli` among `held` (each household's quantity, in turn
/// order). Returns the new quantity of each, in the same order; their sum is
/// `min(received, sum(held))`, and no household gets more than it held.
pub fn share_shortage(received_milli: i64, held: &[i64], step_milli: i64) -> Vec<i64> {
    let step = step_milli.max(1);
    let mut given = vec![0i64; held.len()];
    let mut left = received_milli.max(0);
    let total: i64 = held.iter().map(|h| h.max(&0)).sum();
    if left >= total {
        return held.iter().map(|h| (*h).max(0)).collect();
    }
    // Whole rounds can be skipped in one go: while every household still
    // wanting takes a full step, a round costs `step × wanting`.
    loop {
        let wanting: Vec<usize> = (0..held.len()).filter(|&i| given[i] < held[i]).collect();
        if wanting.is_empty() || left == 0 {
            break;
        }
        let full_rounds = {
            let smallest_need = wanting.iter().map(|&i| (held[i] - given[i]) / step).min().unwrap_or(0);
            let affordable = left / (step * wanting.len() as i64);
            smallest_need.min(affordable)
        };
        if full_rounds > 0 {
            for &i in &wanting {
                given[i] += full_rounds * step;
            }
            left -= full_rounds * step * wanting.len() as i64;
            continue;
        }
        // One round step by step: the last partial round, or one where
        // someone needs less than a step.
        for &i in &wanting {
            let piece = step.min(held[i] - given[i]).min(left);
            given[i] += piece;
            left -= piece;
            if left == 0 {
                break;
            }
        }
    }
    given
}

/// Where a product of the delivery stands, as the reception page and the
/// packing list say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Arrival {
    /// Nothing recorded yet: the orders stand as placed.
    NotRecorded,
    /// Everything ordered arrived.
    Complete,
    /// Less arrived: this much is missing, and the orders were shared.
    Short { missing_milli: i64 },
    /// More arrived than ordered, and the association kept it.
    Surplus { extra_milli: i64 },
}

pub fn arrival(ordered_milli: i64, received_milli: Option<i64>) -> Arrival {
    match received_milli {
        None => Arrival::NotRecorded,
        Some(r) if r < ordered_milli => Arrival::Short { missing_milli: ordered_milli - r },
        Some(r) if r > ordered_milli => Arrival::Surplus { extra_milli: r - ordered_milli },
        Some(_) => Arrival::Complete,
    }
}

vocabulary! {
    /// What to do when a producer brought more than was ordered: the person
    /// at reception decides, the app never guesses.
    pub enum Surplus {
        /// The association keeps it (it owes the producer for it).
        Keep = "keep",
        /// The producer takes it back: only what was ordered is received.
        GiveBack = "give_back",
    }
}

/// The quantity to record for a product: what arrived, or what was ordered
/// when the surplus goes back. More than ordered with no choice made is a
/// question, not a guess.
pub fn to_record(ordered_milli: i64, received_milli: i64, surplus: Option<Surplus>) -> Result<i64, &'static str> {
    if received_milli <= ordered_milli {
        return Ok(received_milli);
    }
    match surplus {
        None => Err("reception-surplus_choose"),
        Some(Surplus::Keep) => Ok(received_milli),
        Some(Surplus::GiveBack) => Ok(ordered_milli),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrival_in_words() {
        assert_eq!(arrival(5_000, None), Arrival::NotRecorded);
        assert_eq!(arrival(5_000, Some(5_000)), Arrival::Complete);
        assert_eq!(arrival(5_000, Some(1_500)), Arrival::Short { missing_milli: 3_500 });
        assert_eq!(arrival(5_000, Some(7_000)), Arrival::Surplus { extra_milli: 2_000 });
        assert_eq!(arrival(5_000, Some(0)), Arrival::Short { missing_milli: 5_000 });
    }

    #[test]
    fn more_than_ordered_is_a_question() {
        assert_eq!(to_record(5_000, 3_000, None), Ok(3_000));
        assert_eq!(to_record(5_000, 5_000, None), Ok(5_000));
        assert_eq!(to_record(5_000, 7_000, None), Err("reception-surplus_choose"));
        assert_eq!(to_record(5_000, 7_000, Some(Surplus::Keep)), Ok(7_000));
        assert_eq!(to_record(5_000, 7_000, Some(Surplus::GiveBack)), Ok(5_000));
        assert_eq!(Surplus::from_code("keep"), Some(Surplus::Keep));
        assert_eq!(Surplus::from_code("give_back"), Some(Surplus::GiveBack));
        assert_eq!(Surplus::from_code("ask"), None);
    }

    #[test]
    fn enough_changes_nothing() {
        assert_eq!(share_shortage(10_000, &[2_000, 3_000], 1_000), vec![2_000, 3_000]);
        assert_eq!(share_shortage(5_000, &[2_000, 3_000], 1_000), vec![2_000, 3_000]);
    }

    #[test]
    fn small_orders_are_served_first_in_turn() {
        // 4 jars for orders of 1, 6 and 2: every household gets one, then
        // the two still wanting get a second each.
        assert_eq!(share_shortage(4_000, &[1_000, 6_000, 2_000], 1_000), vec![1_000, 2_000, 1_000]);
        // 5 jars: the larger orders, in turn order.
        assert_eq!(share_shortage(5_000, &[1_000, 6_000, 2_000], 1_000), vec![1_000, 2_000, 2_000]);
        // 2 jars for three households: the first two in turn.
        assert_eq!(share_shortage(2_000, &[3_000, 3_000, 3_000], 1_000), vec![1_000, 1_000, 0]);
    }

    #[test]
    fn nothing_arrived() {
        assert_eq!(share_shortage(0, &[1_500, 500], 500), vec![0, 0]);
        assert_eq!(share_shortage(-3, &[1_500], 500), vec![0]);
    }

    #[test]
    fn remainder_below_a_step_goes_to_the_next_in_turn() {
        // 2.3 kg sold by 0.5 kg among 2 kg and 1 kg orders.
        let got = share_shortage(2_300, &[2_000, 1_000], 500);
        assert_eq!(got, vec![1_300, 1_000]);
        assert_eq!(got.iter().sum::<i64>(), 2_300);
    }

    #[test]
    fn never_more_than_held_and_sum_is_exact() {
        for received in [0, 1, 499, 500, 2_750, 9_999, 20_000] {
            let held = [500, 4_000, 1_500, 2_000, 500];
            let got = share_shortage(received, &held, 500);
            assert_eq!(got.iter().sum::<i64>(), received.min(held.iter().sum()), "received {received}");
            assert!(got.iter().zip(held).all(|(g, h)| *g <= h && *g >= 0));
        }
    }

    #[test]
    fn large_quantities_stay_quick() {
        // 2 000 households holding 100 kg each, 1 g steps: whole rounds are
        // taken at once, not 100 000 times over.
        let held = vec![100_000; 2_000];
        let got = share_shortage(150_000_000, &held, 1);
        assert!(got.iter().all(|g| *g == 75_000));
    }
}
