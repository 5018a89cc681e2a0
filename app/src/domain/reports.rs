//! What a closed cycle adds up to: what households paid against the
//! producers' prices, by tier. The difference is the solidarity cost the
//! association reports to its funders.

use super::orders::PaymentMethod;
use super::pricing::line_price_at_tier;

/// One order as the summary needs it.
pub struct OrderFigures {
    pub share_percent: i64,
    /// (producer price per unit in cents, quantity in thousandths) per line.
    pub lines: Vec<(i64, i64)>,
    pub paid_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ShareSummary {
    pub share_percent: i64,
    pub households: i64,
    pub producer_cents: i64,
    pub paid_cents: i64,
}

impl ShareSummary {
    /// Negative for a supporting tier, which gives more than it takes.
    pub fn solidarity_cents(&self) -> i64 {
        self.producer_cents - self.paid_cents
    }
}

/// Groups orders by the share they were placed at, highest share first, and
/// returns the groups with their total.
pub fn summarize(orders: &[OrderFigures]) -> (Vec<ShareSummary>, ShareSummary) {
    let mut groups: Vec<ShareSummary> = Vec::new();
    let mut total = ShareSummary::default();
    for o in orders {
        let producer: i64 = o.lines.iter().map(|(price, qty)| line_price_at_tier(*price, *qty, 100)).sum();
        let i = groups.iter().position(|g| g.share_percent == o.share_percent).unwrap_or_else(|| {
            groups.push(ShareSummary { share_percent: o.share_percent, ..Default::default() });
            groups.len() - 1
        });
        let g = &mut groups[i];
        g.households += 1;
        g.producer_cents += producer;
        g.paid_cents += o.paid_cents;
        total.households += 1;
        total.producer_cents += producer;
        total.paid_cents += o.paid_cents;
    }
    groups.sort_by(|a, b| b.share_percent.cmp(&a.share_percent));
    (groups, total)
}

/// What a household still owes after a handover: nothing before it (the
/// amount due shows then), and never below zero (paid more is a tip or a
/// typo the coordination corrects, not a debt of the association).
pub fn still_owed(due_cents: i64, paid_cents: Option<i64>) -> i64 {
    paid_cents.map_or(0, |p| (due_cents - p).max(0))
}

/// The till at the end of a distribution: the sum received for each way of
/// paying, in the order they are offered, leaving out those nobody used.
pub fn till_totals(handovers: &[(Option<PaymentMethod>, Option<i64>)]) -> Vec<(PaymentMethod, i64)> {
    PaymentMethod::ALL
        .into_iter()
        .map(|m| (m, handovers.iter().filter(|(hm, _)| *hm == Some(m)).map(|(_, p)| p.unwrap_or(0)).sum::<i64>()))
        .filter(|(m, total)| *total != 0 || handovers.iter().any(|(hm, _)| *hm == Some(*m)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solidarity_cost_by_tier() {
        let orders = [
            // Full price: 1,5 kg lentils at 4,70 € and a 9,50 € honey.
            OrderFigures { share_percent: 100, lines: vec![(470, 1500), (950, 1000)], paid_cents: 1655 },
            OrderFigures { share_percent: 10, lines: vec![(950, 2000)], paid_cents: 190 },
            OrderFigures { share_percent: 10, lines: vec![(470, 500)], paid_cents: 24 },
            OrderFigures { share_percent: 120, lines: vec![(1000, 1000)], paid_cents: 1200 },
        ];
        let (groups, total) = summarize(&orders);
        assert_eq!(groups.iter().map(|g| g.share_percent).collect::<Vec<_>>(), vec![120, 100, 10]);
        let strong = &groups[2];
        assert_eq!((strong.households, strong.producer_cents, strong.paid_cents), (2, 1900 + 235, 214));
        assert_eq!(strong.solidarity_cents(), 1921);
        assert_eq!(groups[0].solidarity_cents(), -200);
        assert_eq!(groups[1].solidarity_cents(), 0);
        assert_eq!(total.households, 4);
        assert_eq!(total.solidarity_cents(), 1921 - 200);
    }

    #[test]
    fn nothing_ordered_is_all_zero() {
        let (groups, total) = summarize(&[]);
        assert!(groups.is_empty());
        assert_eq!(total, ShareSummary::default());
    }

    #[test]
    fn what_is_still_owed() {
        assert_eq!(still_owed(1_500, None), 0, "before the handover the amount due shows, not a debt");
        assert_eq!(still_owed(1_500, Some(1_000)), 500);
        assert_eq!(still_owed(1_500, Some(1_500)), 0);
        assert_eq!(still_owed(1_500, Some(2_000)), 0);
    }

    #[test]
    fn the_till_adds_up_by_way_of_paying() {
        use PaymentMethod::*;
        let h = [(Some(Cash), Some(1_000)), (None, None), (Some(Card), Some(250)), (Some(Cash), Some(35)), (Some(Cheque), Some(0))];
        assert_eq!(till_totals(&h), vec![(Cash, 1_035), (Card, 250), (Cheque, 0)]);
        assert_eq!(till_totals(&[]), Vec::<(PaymentMethod, i64)>::new());
    }
}
