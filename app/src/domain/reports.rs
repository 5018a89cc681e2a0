//! What a closed cycle adds up to, by tier: the goods at the producers'
//! prices and at cost, what households owe and paid. The cost of the goods
//! minus what households owe is the solidarity cost the association
//! reports to its funders (see `costs` for the rounding rule every figure
//! follows).

use super::orders::PaymentMethod;
use super::pricing::line_price_at_tier;

/// One line as it was frozen when the order was placed.
pub struct LineFigures {
    pub producer_cents: i64,
    /// The cost price per unit the tier was applied to.
    pub cost_cents: i64,
    pub qty_milli: i64,
}

/// One order as the summary needs it.
pub struct OrderFigures {
    pub share_percent: i64,
    pub lines: Vec<LineFigures>,
    /// What the household owes for it (the sum of its lines at its share).
    pub due_cents: i64,
    /// What was paid towards it, from the ledger.
    pub paid_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ShareSummary {
    pub share_percent: i64,
    pub households: i64,
    /// The goods at the producers' prices.
    pub producer_cents: i64,
    /// The goods at cost (producers' prices and the association's costs).
    pub cost_cents: i64,
    pub due_cents: i64,
    pub paid_cents: i64,
}

impl ShareSummary {
    /// Negative for a supporting tier, which gives more than it takes.
    pub fn solidarity_cents(&self) -> i64 {
        self.cost_cents - self.due_cents
    }

    /// The association's costs: transport, storage, packaging…
    pub fn costs_cents(&self) -> i64 {
        self.cost_cents - self.producer_cents
    }
}

/// Groups orders by the share they were placed at, highest share first, and
/// returns the groups with their total.
pub fn summarize(orders: &[OrderFigures]) -> (Vec<ShareSummary>, ShareSummary) {
    let mut groups: Vec<ShareSummary> = Vec::new();
    let mut total = ShareSummary::default();
    for o in orders {
        let producer: i64 = o.lines.iter().map(|l| line_price_at_tier(l.producer_cents, l.qty_milli, 100)).sum();
        let cost: i64 = o.lines.iter().map(|l| line_price_at_tier(l.cost_cents, l.qty_milli, 100)).sum();
        let i = groups.iter().position(|g| g.share_percent == o.share_percent).unwrap_or_else(|| {
            groups.push(ShareSummary { share_percent: o.share_percent, ..Default::default() });
            groups.len() - 1
        });
        for g in [&mut groups[i], &mut total] {
            g.households += 1;
            g.producer_cents += producer;
            g.cost_cents += cost;
            g.due_cents += o.due_cents;
            g.paid_cents += o.paid_cents;
        }
    }
    groups.sort_by(|a, b| b.share_percent.cmp(&a.share_percent));
    (groups, total)
}

/// The till at the end of a distribution: the sum received for each way of
/// paying, in the order they are offered, leaving out those nobody used.
/// `received` is (way, cents) per entry or group of entries.
pub fn till_totals(received: &[(PaymentMethod, i64)]) -> Vec<(PaymentMethod, i64)> {
    PaymentMethod::ALL
        .into_iter()
        .filter(|m| received.iter().any(|(r, _)| r == m))
        .map(|m| (m, received.iter().filter(|(r, _)| *r == m).map(|(_, c)| c).sum::<i64>()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(price: i64, qty_milli: i64) -> LineFigures {
        LineFigures { producer_cents: price, cost_cents: price, qty_milli }
    }

    #[test]
    fn solidarity_cost_by_tier() {
        let orders = [
            // Full price: 1,5 kg lentils at 4,70 € and a 9,50 € honey.
            OrderFigures { share_percent: 100, lines: vec![line(470, 1500), line(950, 1000)], due_cents: 1655, paid_cents: 1655 },
            OrderFigures { share_percent: 10, lines: vec![line(950, 2000)], due_cents: 190, paid_cents: 100 },
            OrderFigures { share_percent: 10, lines: vec![line(470, 500)], due_cents: 24, paid_cents: 0 },
            OrderFigures { share_percent: 120, lines: vec![line(1000, 1000)], due_cents: 1200, paid_cents: 1200 },
        ];
        let (groups, total) = summarize(&orders);
        assert_eq!(groups.iter().map(|g| g.share_percent).collect::<Vec<_>>(), vec![120, 100, 10]);
        let strong = &groups[2];
        assert_eq!((strong.households, strong.producer_cents, strong.due_cents, strong.paid_cents), (2, 1900 + 235, 214, 100));
        assert_eq!(strong.solidarity_cents(), 1921);
        assert_eq!(groups[0].solidarity_cents(), -200);
        assert_eq!(groups[1].solidarity_cents(), 0);
        assert_eq!(total.households, 4);
        assert_eq!(total.solidarity_cents(), 1921 - 200);
        assert_eq!(total.paid_cents, 1655 + 100 + 1200, "paid is what was paid, not what is due");
    }

    #[test]
    fn costs_are_the_cost_of_the_goods_above_the_producers_prices() {
        // 2 kg at 2,35 € from the producer, 2,60 € at cost, at 50 %.
        let orders = [OrderFigures { share_percent: 50, lines: vec![LineFigures { producer_cents: 235, cost_cents: 260, qty_milli: 2000 }], due_cents: 260, paid_cents: 0 }];
        let (_, total) = summarize(&orders);
        assert_eq!((total.producer_cents, total.cost_cents, total.costs_cents(), total.solidarity_cents()), (470, 520, 50, 260));
    }

    #[test]
    fn nothing_ordered_is_all_zero() {
        let (groups, total) = summarize(&[]);
        assert!(groups.is_empty());
        assert_eq!(total, ShareSummary::default());
    }

    #[test]
    fn the_till_adds_up_by_way_of_paying() {
        use PaymentMethod::*;
        let h = [(Cash, 1_000), (Card, 250), (Cash, 35), (Cheque, 0)];
        assert_eq!(till_totals(&h), vec![(Cash, 1_035), (Card, 250), (Cheque, 0)]);
        assert_eq!(till_totals(&[]), Vec::<(PaymentMethod, i64)>::new());
    }
}
