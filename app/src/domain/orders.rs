//! A household's order: lines at the household's share, a total, and the
//! rules a basket must follow before it is confirmed.

vocabulary! {
    /// How a household paid at the distribution table.
    pub enum PaymentMethod {
        Cash = "cash" => "payment-cash",
        Card = "card" => "payment-card",
        Cheque = "cheque" => "payment-cheque",
        Transfer = "transfer" => "payment-transfer",
        /// A voucher, a social centre's cheque: said in the reference.
        Other = "other" => "payment-other",
    }
}

use super::pricing::line_price_at_tier;
use super::quantity::validate_order_quantity;

/// What the basket asks for one product.
#[derive(Clone, Debug, PartialEq)]
pub struct WantedLine {
    pub product_id: i64,
    pub qty_milli: i64,
}

/// What the catalogue of the cycle says of that product.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferedProduct {
    pub product_id: i64,
    pub name: String,
    /// What the producer asks for a unit.
    pub producer_cents: i64,
    /// The cost price of a unit (the producer's price and the association's
    /// costs): what each tier is a share of.
    pub price_cents: i64,
    pub step_milli: i64,
    pub min_milli: i64,
    pub cap_household_milli: Option<i64>,
}

/// A checked line, priced at the household's share.
#[derive(Clone, Debug, PartialEq)]
pub struct PricedLine {
    pub product_id: i64,
    pub qty_milli: i64,
    pub producer_cents: i64,
    /// The cost price of a unit, frozen with the line.
    pub price_cents: i64,
    pub line_cents: i64,
}

/// Why a basket was refused: the product's name and the message key.
#[derive(Clone, Debug, PartialEq)]
pub struct LineError {
    pub product: String,
    pub message: &'static str,
}

/// Most distinct products one order may hold.
pub const MAX_LINES: usize = 200;

/// Checks every line of a basket against the cycle's offer and prices it.
/// Lines at zero are dropped; a product twice in the basket is summed.
pub fn price_basket(wanted: &[WantedLine], offer: &[OfferedProduct], share_percent: i64) -> Result<Vec<PricedLine>, LineError> {
    let mut merged: Vec<WantedLine> = Vec::new();
    for w in wanted {
        match merged.iter_mut().find(|m| m.product_id == w.product_id) {
            Some(m) => m.qty_milli = m.qty_milli.saturating_add(w.qty_milli),
            None => merged.push(w.clone()),
        }
    }
    if merged.len() > MAX_LINES {
        return Err(LineError { product: String::new(), message: "error-too_many_lines" });
    }
    let mut lines = Vec::new();
    for w in merged {
        let Some(p) = offer.iter().find(|p| p.product_id == w.product_id) else {
            return Err(LineError { product: String::new(), message: "error-product_not_in_cycle" });
        };
        validate_order_quantity(w.qty_milli, p.step_milli, p.min_milli, p.cap_household_milli)
            .map_err(|m| LineError { product: p.name.clone(), message: m })?;
        if w.qty_milli == 0 {
            continue;
        }
        lines.push(PricedLine {
            product_id: p.product_id,
            qty_milli: w.qty_milli,
            producer_cents: p.producer_cents,
            price_cents: p.price_cents,
            line_cents: line_price_at_tier(p.price_cents, w.qty_milli, share_percent),
        });
    }
    Ok(lines)
}

pub fn total_cents(lines: &[PricedLine]) -> i64 {
    lines.iter().map(|l| l.line_cents).sum()
}

/// How much of a capped product is still free, never below zero.
pub fn remaining(cap_milli: Option<i64>, sold_milli: i64) -> Option<i64> {
    cap_milli.map(|c| (c - sold_milli).max(0))
}

/// A product's quantity after `steps` taps on its stepper (negative
/// steps take away). Up from nothing starts at the product's minimum; down
/// below the minimum empties the line (a stepper never lands on a quantity
/// the order would refuse). Never above `most` (the household's cap, or
/// what is left in the cycle), rounded down to a whole step.
pub fn stepped(current_milli: i64, steps: i64, step_milli: i64, min_milli: i64, most_milli: Option<i64>) -> i64 {
    let step = step_milli.max(1);
    let steps = steps.clamp(-1000, 1000);
    let wanted = if current_milli <= 0 && steps > 0 {
        min_milli.max(step) + (steps - 1) * step
    } else {
        current_milli.saturating_add(steps * step)
    };
    let most = most_milli.unwrap_or(super::quantity::MAX_QTY_MILLI).min(super::quantity::MAX_QTY_MILLI);
    let wanted = if wanted > most {
        // The largest quantity the rule allows under the ceiling.
        let fits = most - (most - min_milli).rem_euclid(step);
        if fits >= min_milli { fits } else { 0 }
    } else {
        wanted
    };
    if wanted < min_milli.max(1) { 0 } else { wanted }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stepper_moves_by_the_rule() {
        // Lentils by 0,5 kg from 0,5 kg; honey by the jar, two at most.
        assert_eq!(stepped(0, 1, 500, 500, None), 500);
        assert_eq!(stepped(500, 2, 500, 500, None), 1500);
        assert_eq!(stepped(1500, -1, 500, 500, None), 1000);
        assert_eq!(stepped(500, -1, 500, 500, None), 0, "below the minimum empties the line");
        assert_eq!(stepped(0, -1, 500, 500, None), 0);
        assert_eq!(stepped(2000, 1, 1000, 1000, Some(2000)), 2000, "never past the cap");
        // A minimum of 2 kg by 0,5 kg: up from nothing is 2 kg, down from
        // 2 kg is nothing.
        assert_eq!(stepped(0, 1, 500, 2000, None), 2000);
        assert_eq!(stepped(2000, -1, 500, 2000, None), 0);
        // A cap that is not on the rule (1,7 kg left): the largest whole
        // step under it.
        assert_eq!(stepped(1000, 3, 500, 500, Some(1700)), 1500);
        // Less left than the minimum: nothing can be taken.
        assert_eq!(stepped(0, 1, 500, 2000, Some(1500)), 0);
        // Huge tap counts do not overflow.
        assert_eq!(stepped(i64::MAX / 2, i64::MAX, 1000, 1000, None), crate::domain::quantity::MAX_QTY_MILLI);
        assert_eq!(stepped(1000, i64::MIN, 1000, 1000, None), 0);
    }

    fn offer() -> Vec<OfferedProduct> {
        vec![
            OfferedProduct { product_id: 1, name: "Lentilles vertes".into(), producer_cents: 470, price_cents: 470, step_milli: 500, min_milli: 500, cap_household_milli: None },
            OfferedProduct { product_id: 2, name: "Miel de lavande".into(), producer_cents: 900, price_cents: 950, step_milli: 1000, min_milli: 1000, cap_household_milli: Some(2000) },
        ]
    }

    #[test]
    fn totals_at_each_tier() {
        let basket = [WantedLine { product_id: 1, qty_milli: 1500 }, WantedLine { product_id: 2, qty_milli: 2000 }];
        for (share, expected) in [(100, 705 + 1900), (50, 353 + 950), (10, 71 + 190), (120, 846 + 2280)] {
            let lines = price_basket(&basket, &offer(), share).unwrap();
            assert_eq!(total_cents(&lines), expected, "share {share}");
        }
    }

    #[test]
    fn refusals_name_the_product() {
        let off_step = [WantedLine { product_id: 1, qty_milli: 700 }];
        assert_eq!(price_basket(&off_step, &offer(), 100).unwrap_err(), LineError { product: "Lentilles vertes".into(), message: "error-qty_off_step" });
        let too_much = [WantedLine { product_id: 2, qty_milli: 3000 }];
        assert_eq!(price_basket(&too_much, &offer(), 100).unwrap_err().message, "error-qty_over_household_cap");
        let negative = [WantedLine { product_id: 1, qty_milli: -500 }];
        assert_eq!(price_basket(&negative, &offer(), 100).unwrap_err().message, "error-qty_negative");
        let unknown = [WantedLine { product_id: 99, qty_milli: 500 }];
        assert_eq!(price_basket(&unknown, &offer(), 100).unwrap_err().message, "error-product_not_in_cycle");
    }

    #[test]
    fn duplicates_are_summed_and_zeros_dropped() {
        let basket = [
            WantedLine { product_id: 1, qty_milli: 500 },
            WantedLine { product_id: 1, qty_milli: 500 },
            WantedLine { product_id: 2, qty_milli: 0 },
        ];
        let lines = price_basket(&basket, &offer(), 100).unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].qty_milli, 1000);
        // Two lines that each pass the household cap but not together.
        let split = [WantedLine { product_id: 2, qty_milli: 2000 }, WantedLine { product_id: 2, qty_milli: 1000 }];
        assert_eq!(price_basket(&split, &offer(), 100).unwrap_err().message, "error-qty_over_household_cap");
    }

    #[test]
    fn remaining_never_negative() {
        assert_eq!(remaining(Some(10_000), 4_000), Some(6_000));
        assert_eq!(remaining(Some(10_000), 12_000), Some(0));
        assert_eq!(remaining(None, 5), None);
    }
}
