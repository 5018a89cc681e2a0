//! Cost prices. The association sells at cost: the producer's price plus
//! what bringing the product to the table costs (transport, storage,
//! packaging, a small reserve). Each tier is a share of that cost price.
//!
//! The rounding rule, written once and followed by every total:
//! 1. each cost is worked out per unit of the product, exactly, then
//!    rounded to the cent, half away from zero;
//! 2. the cost price of a unit is the producer's price plus those cents
//!    (so "why this price" adds up on the page);
//! 3. a line is cost price × quantity × share, rounded once to the cent,
//!    half away from zero (`pricing::line_price_at_tier`);
//! 4. every total (an order, a tier, a cycle) is the sum of its lines.
//!    The solidarity cost of a line is its cost at 100 % minus what the
//!    household owes for it, so what households owe plus the solidarity
//!    cost is the cost of the goods, to the cent.

use super::quantity::Unit;
use rust_decimal::{Decimal, RoundingStrategy};

vocabulary! {
    /// How a cost is counted.
    pub enum CostKind {
        /// A fixed amount for each unit sold (a jar, a kilogram, a bunch).
        PerUnit = "per_unit" => "cost-kind_per_unit",
        /// A share of the producer's price.
        Percent = "percent" => "cost-kind_percent",
        /// An amount per kilogram, for what is sold by weight.
        PerKg = "per_kg" => "cost-kind_per_kg",
    }
}

vocabulary! {
    /// Which products a cost applies to.
    pub enum CostScope {
        All = "all" => "cost-scope_all",
        Category = "category" => "cost-scope_category",
        Product = "product" => "cost-scope_product",
        Cycle = "cycle" => "cost-scope_cycle",
    }
}

/// Largest fixed cost per unit or per kilogram: 1 000 €.
pub const MAX_COST_CENTS: i64 = 100_000;

/// A cost as the coordination set it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    pub name: String,
    pub kind: CostKind,
    /// Cents per unit or per kilogram (0 for a percentage).
    pub amount_cents: i64,
    /// Percent of the producer's price (zero unless `Percent`).
    pub percent: Decimal,
    pub scope: CostScope,
    /// The category, product or cycle the scope names.
    pub target: Option<i64>,
}

/// What a cost needs to know of a product.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ForCost {
    pub product_id: i64,
    pub category_id: i64,
    pub unit: Unit,
    pub producer_cents: i64,
}

/// A product's price explained: the producer's price, each cost per unit
/// that applies, and their sum.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub producer_cents: i64,
    pub costs: Vec<(String, i64)>,
    pub cost_cents: i64,
}

/// Whether a cost concerns this product in this cycle (`None`: no cycle,
/// the catalogue between two cycles).
pub fn applies(cost: &Cost, product: &ForCost, cycle_id: Option<i64>) -> bool {
    match cost.scope {
        CostScope::All => true,
        CostScope::Category => cost.target == Some(product.category_id),
        CostScope::Product => cost.target == Some(product.product_id),
        CostScope::Cycle => cycle_id.is_some() && cost.target == cycle_id,
    }
}

/// One cost for one unit of the product, in cents (rule 1). None when it
/// does not apply to how the product is sold: a cost per kilogram on a jar.
pub fn per_unit(cost: &Cost, product: &ForCost) -> Option<i64> {
    match cost.kind {
        CostKind::PerUnit => Some(cost.amount_cents),
        CostKind::PerKg => (product.unit == Unit::Kg).then_some(cost.amount_cents),
        CostKind::Percent => {
            let exact = Decimal::from(product.producer_cents) * cost.percent / Decimal::ONE_HUNDRED;
            let cents = exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            i64::try_from(cents).ok()
        }
    }
}

/// The cost price of a unit and how it is made (rule 2).
pub fn breakdown(product: &ForCost, costs: &[Cost], cycle_id: Option<i64>) -> Breakdown {
    let costs: Vec<(String, i64)> = costs
        .iter()
        .filter(|c| applies(c, product, cycle_id))
        .filter_map(|c| per_unit(c, product).map(|cents| (c.name.clone(), cents)))
        .collect();
    let cost_cents = product.producer_cents + costs.iter().map(|(_, c)| c).sum::<i64>();
    Breakdown { producer_cents: product.producer_cents, costs, cost_cents }
}

/// The cost price of a unit, in cents.
pub fn cost_price(product: &ForCost, costs: &[Cost], cycle_id: Option<i64>) -> i64 {
    breakdown(product, costs, cycle_id).cost_cents
}

/// A percentage typed by a coordinator: `7,5`, `7.5 %`, `12`. More than 0,
/// at most 100, at most two decimals.
pub fn parse_percent(input: &str) -> Result<Decimal, &'static str> {
    let s: String = super::text::latin_digits(input).trim().trim_end_matches('%').trim().replace(',', ".");
    if s.is_empty() {
        return Err("error-percent_required");
    }
    if s.len() > 8 || !s.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err("error-percent_invalid");
    }
    let p: Decimal = s.parse().map_err(|_| "error-percent_invalid")?;
    if p.scale() > 2 {
        return Err("error-percent_invalid");
    }
    if p <= Decimal::ZERO || p > Decimal::ONE_HUNDRED {
        return Err("error-percent_range");
    }
    Ok(p.normalize())
}

/// A fixed cost per unit or per kilogram: a price, not above 1 000 €.
pub fn parse_cost_amount(input: &str) -> Result<i64, &'static str> {
    let cents = super::pricing::parse_euros(input)?;
    if cents > MAX_COST_CENTS {
        return Err("error-price_too_high");
    }
    if cents == 0 {
        return Err("error-cost_zero");
    }
    Ok(cents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pricing::line_price_at_tier;
    use crate::domain::orders::{price_basket, total_cents, OfferedProduct, WantedLine};
    use crate::domain::reports::{summarize, LineFigures, OrderFigures};

    fn lentils() -> ForCost {
        ForCost { product_id: 7, category_id: 2, unit: Unit::Kg, producer_cents: 235 }
    }

    fn cost(kind: CostKind, amount_cents: i64, percent: &str, scope: CostScope, target: Option<i64>) -> Cost {
        Cost { name: kind.code().into(), kind, amount_cents, percent: percent.parse().unwrap_or_default(), scope, target }
    }

    #[test]
    fn each_cost_is_rounded_per_unit_then_added() {
        let costs = [
            cost(CostKind::PerUnit, 10, "0", CostScope::All, None),
            // 2,35 € × 7,5 % = 0,17625 € → 0,18 €
            cost(CostKind::Percent, 0, "7.5", CostScope::Category, Some(2)),
            cost(CostKind::PerKg, 5, "0", CostScope::Cycle, Some(3)),
        ];
        let b = breakdown(&lentils(), &costs, Some(3));
        assert_eq!(b.costs.iter().map(|c| c.1).collect::<Vec<_>>(), vec![10, 18, 5]);
        assert_eq!(b.cost_cents, 235 + 10 + 18 + 5);
        // Another cycle: its own cost is not this one's.
        assert_eq!(cost_price(&lentils(), &costs, Some(4)), 235 + 10 + 18);
        // Between cycles, the catalogue shows the standing costs.
        assert_eq!(cost_price(&lentils(), &costs, None), 235 + 10 + 18);
    }

    #[test]
    fn a_cost_reaches_only_its_products() {
        let jar = ForCost { product_id: 9, category_id: 5, unit: Unit::Jar, producer_cents: 950 };
        let costs = [
            cost(CostKind::PerKg, 40, "0", CostScope::All, None),
            cost(CostKind::PerUnit, 30, "0", CostScope::Product, Some(7)),
            cost(CostKind::Percent, 0, "10", CostScope::Category, Some(2)),
        ];
        assert_eq!(breakdown(&jar, &costs, None).costs, Vec::<(String, i64)>::new(), "by weight, by product, by category: none is the jar's");
        assert_eq!(cost_price(&lentils(), &costs, None), 235 + 40 + 30 + 24);
    }

    #[test]
    fn percentages_round_half_away_from_zero() {
        let p = ForCost { producer_cents: 250, ..lentils() };
        assert_eq!(per_unit(&cost(CostKind::Percent, 0, "1", CostScope::All, None), &p), Some(3)); // 2,5 → 3
        assert_eq!(per_unit(&cost(CostKind::Percent, 0, "0.2", CostScope::All, None), &p), Some(1)); // 0,5 → 1
        assert_eq!(per_unit(&cost(CostKind::Percent, 0, "0.1", CostScope::All, None), &p), Some(0)); // 0,25 → 0
    }

    #[test]
    fn percentages_as_people_type_them() {
        assert_eq!(parse_percent("7,5"), Ok("7.5".parse().unwrap()));
        assert_eq!(parse_percent(" 12 % "), Ok(Decimal::from(12)));
        assert_eq!(parse_percent("٧٫٥".replace('٫', ",").as_str()), Ok("7.5".parse().unwrap()));
        assert_eq!(parse_percent(""), Err("error-percent_required"));
        assert_eq!(parse_percent("0"), Err("error-percent_range"));
        assert_eq!(parse_percent("100,01"), Err("error-percent_range"));
        assert_eq!(parse_percent("-3"), Err("error-percent_invalid"));
        assert_eq!(parse_percent("1,234"), Err("error-percent_invalid"));
        assert_eq!(parse_percent("1e3"), Err("error-percent_invalid"));
        assert_eq!(parse_percent(&"9".repeat(10_000)), Err("error-percent_invalid"));
        assert_eq!(parse_cost_amount("0,15"), Ok(15));
        assert_eq!(parse_cost_amount("0"), Err("error-cost_zero"));
        assert_eq!(parse_cost_amount("1000,01"), Err("error-price_too_high"));
        assert_eq!(parse_cost_amount("-1"), Err("error-price_negative"));
    }

    use crate::domain::testing::Rng;

    /// The sum rule, over random baskets, tiers and costs: what households
    /// owe plus the solidarity cost is the cost of the goods, to the cent,
    /// for the cycle and for every tier; the costs are the cost of the goods
    /// minus what the producers ask.
    #[test]
    fn households_plus_solidarity_is_the_cost_of_the_goods() {
        let mut rng = Rng(0x5eed_cafe);
        let shares = [100, 50, 10, 120, 33, 1, 300];
        for _cycle in 0..300 {
            let costs: Vec<Cost> = (0..rng.next(4))
                .map(|_| match rng.next(3) {
                    0 => cost(CostKind::PerUnit, 1 + rng.next(500), "0", CostScope::All, None),
                    1 => cost(CostKind::PerKg, 1 + rng.next(500), "0", CostScope::Category, Some(rng.next(3))),
                    _ => Cost { percent: Decimal::new(1 + rng.next(10_000), 2), ..cost(CostKind::Percent, 0, "1", CostScope::All, None) },
                })
                .collect();
            let products: Vec<ForCost> = (0..1 + rng.next(12))
                .map(|i| ForCost {
                    product_id: i,
                    category_id: rng.next(3),
                    unit: if rng.next(2) == 0 { Unit::Kg } else { Unit::Jar },
                    producer_cents: 1 + rng.next(5_000),
                })
                .collect();
            let mut orders = Vec::new();
            let mut goods_at_cost = 0;
            let mut goods_at_producer = 0;
            // Each household's basket is priced by the order code itself.
            let offer: Vec<OfferedProduct> = products
                .iter()
                .map(|p| OfferedProduct {
                    product_id: p.product_id,
                    name: String::new(),
                    producer_cents: p.producer_cents,
                    price_cents: cost_price(p, &costs, Some(1)),
                    step_milli: 1,
                    min_milli: 1,
                    cap_household_milli: None,
                })
                .collect();
            for _household in 0..rng.next(25) {
                let share = shares[rng.next(shares.len() as i64) as usize];
                let mut wanted = Vec::new();
                for p in &products {
                    if rng.next(3) != 0 {
                        wanted.push(WantedLine { product_id: p.product_id, qty_milli: 1 + rng.next(5_000) });
                    }
                }
                let Ok(priced) = price_basket(&wanted, &offer, share) else { panic!("a valid basket was refused") };
                for l in &priced {
                    goods_at_cost += line_price_at_tier(l.price_cents, l.qty_milli, 100);
                    goods_at_producer += line_price_at_tier(l.producer_cents, l.qty_milli, 100);
                }
                let lines = priced.iter().map(|l| LineFigures { producer_cents: l.producer_cents, cost_cents: l.price_cents, qty_milli: l.qty_milli }).collect();
                orders.push(OrderFigures { share_percent: share, lines, due_cents: total_cents(&priced), paid_cents: 0 });
            }
            let (groups, total) = summarize(&orders);
            assert_eq!(total.due_cents + total.solidarity_cents(), goods_at_cost);
            assert_eq!(total.cost_cents, goods_at_cost);
            assert_eq!(total.costs_cents(), goods_at_cost - goods_at_producer);
            assert_eq!(groups.iter().map(|g| g.due_cents + g.solidarity_cents()).sum::<i64>(), goods_at_cost);
            for g in &groups {
                assert_eq!(g.due_cents + g.solidarity_cents(), g.cost_cents);
            }
        }
    }
}
