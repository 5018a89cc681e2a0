//! Builds a closed cycle's purchase orders, packing lists and summary from
//! its order lines, and the purchase orders as CSV.

use super::repo::ReportLine;
use super::{CycleReport, PackingBag, PackingLine, PackingPoint, PurchaseLine, PurchaseOrder, SummaryRow};
use crate::accounts::Tier;
use crate::domain::pricing::line_price_at_tier;
use crate::domain::reports::{summarize, LineFigures, OrderFigures, ShareSummary};

/// `paid` is what the ledger holds as paid towards each order (order id,
/// cents): the summary's "paid" is never what is due.
pub fn build(cycle_id: i64, cycle_name: String, lines: &[ReportLine], windows: &[(i64, String)], tiers: &[Tier], paid: &[(i64, i64)]) -> CycleReport {
    // Purchase orders: per producer, then product, quantities summed, at
    // the producer's price.
    let mut purchase: Vec<PurchaseOrder> = Vec::new();
    let mut by_producer: Vec<&ReportLine> = lines.iter().collect();
    by_producer.sort_by(|a, b| (&a.producer, &a.product).cmp(&(&b.producer, &b.product)));
    for l in by_producer {
        if purchase.last().is_none_or(|p| p.producer != l.producer) {
            purchase.push(PurchaseOrder {
                number: format!("C{cycle_id}-P{}", l.producer_id),
                producer_id: l.producer_id,
                producer: l.producer.clone(),
                place: l.producer_place.clone(),
                contact: l.producer_contact.clone(),
                lines: Vec::new(),
                total_cents: 0,
            });
        }
        let Some(po) = purchase.last_mut() else { continue };
        match po.lines.last_mut() {
            Some(pl) if pl.product == l.product && pl.price_cents == l.producer_cents => pl.qty_milli += l.qty_milli,
            _ => po.lines.push(PurchaseLine { product: l.product.clone(), unit: l.unit, qty_milli: l.qty_milli, price_cents: l.producer_cents, total_cents: 0 }),
        }
    }
    for po in &mut purchase {
        for pl in &mut po.lines {
            pl.total_cents = line_price_at_tier(pl.price_cents, pl.qty_milli, 100);
        }
        po.total_cents = po.lines.iter().map(|l| l.total_cents).sum();
    }

    // Packing lists: per pickup point, per household (lines come sorted).
    let mut packing: Vec<PackingPoint> = Vec::new();
    let mut last_order = -1;
    for l in lines {
        if packing.last().is_none_or(|p| p.point != l.point) {
            let window = windows.iter().find(|(id, _)| *id == l.point_id).map(|(_, w)| w.clone()).unwrap_or_default();
            packing.push(PackingPoint { point: l.point.clone(), window, bags: Vec::new() });
            last_order = -1;
        }
        let Some(pp) = packing.last_mut() else { continue };
        if l.order_id != last_order {
            pp.bags.push(PackingBag { household: l.household.clone(), lines: Vec::new() });
            last_order = l.order_id;
        }
        if let Some(bag) = pp.bags.last_mut() {
            bag.lines.push(PackingLine {
                category: l.category.clone(),
                product: l.product.clone(),
                qty_milli: l.qty_milli,
                unit: l.unit,
                ordered_milli: l.ordered_milli,
            });
        }
    }

    // Summary by the share each order was placed at.
    let mut figures: Vec<OrderFigures> = Vec::new();
    let mut last = -1;
    for l in lines {
        if l.order_id != last {
            let paid_cents = paid.iter().filter(|(o, _)| *o == l.order_id).map(|(_, c)| c).sum();
            figures.push(OrderFigures { share_percent: l.share_percent, lines: Vec::new(), due_cents: l.total_cents, paid_cents });
            last = l.order_id;
        }
        if let Some(f) = figures.last_mut() {
            f.lines.push(LineFigures { producer_cents: l.producer_cents, cost_cents: l.price_cents, qty_milli: l.qty_milli });
        }
    }
    let (groups, total) = summarize(&figures);
    let row = |g: &ShareSummary, name: String| SummaryRow {
        tier: name,
        households: g.households,
        producer_cents: g.producer_cents,
        costs_cents: g.costs_cents(),
        cost_cents: g.cost_cents,
        due_cents: g.due_cents,
        paid_cents: g.paid_cents,
        solidarity_cents: g.solidarity_cents(),
    };
    let summary = groups
        .iter()
        .map(|g| {
            use crate::i18n::{tr, Arg};
            let share = Arg::Num(g.share_percent);
            let name = tiers
                .iter()
                .find(|t| t.share_percent == g.share_percent)
                .map(|t| tr("coord-tier_option", &[("tier", Arg::from(&t.name)), ("share", share.clone())]))
                .unwrap_or_else(|| tr("report-share", &[("share", share.clone())]));
            row(g, name)
        })
        .collect();
    CycleReport {
        cycle_name,
        association_name: String::new(),
        association_address: String::new(),
        delivery: String::new(),
        issued: String::new(),
        purchase_orders: purchase,
        packing,
        summary,
        total: row(&total, String::new()),
    }
}

/// A text cell: quoted, and never read as a formula by a spreadsheet
/// (names come from producers, coordinators and members' proposals).
fn csv_cell(s: &str) -> String {
    format!("\"{}\"", crate::domain::security::neutral_cell(s).replace('"', "\"\""))
}

/// The purchase orders as CSV (semicolons and decimal commas, as French
/// spreadsheets expect).
pub fn purchase_csv(report: &CycleReport) -> String {
    use crate::domain::quantity::format_quantity;
    let cell = csv_cell;
    let euros = |c: i64| format!("{},{:02}", c / 100, c % 100);
    let mut out = String::from("producteur;produit;quantite;unite;prix_unitaire_eur;total_eur\r\n");
    for po in &report.purchase_orders {
        for l in &po.lines {
            out.push_str(&format!(
                "{};{};{};{};{};{}\r\n",
                cell(&po.producer),
                cell(&l.product),
                format_quantity(l.qty_milli),
                l.unit.code(),
                euros(l.price_cents),
                euros(l.total_cents)
            ));
        }
    }
    out
}

/// The packing lists as CSV: one row per product in each household's bag.
pub fn packing_csv(report: &CycleReport) -> String {
    use crate::domain::quantity::format_quantity;
    let cell = csv_cell;
    let mut out = String::from("lieu;foyer;rayon;produit;quantite;unite;commande_avant_manque\r\n");
    for point in &report.packing {
        for bag in &point.bags {
            for l in &bag.lines {
                out.push_str(&format!(
                    "{};{};{};{};{};{};{}\r\n",
                    cell(&point.point),
                    cell(&bag.household),
                    cell(&l.category),
                    cell(&l.product),
                    format_quantity(l.qty_milli),
                    l.unit.code(),
                    l.ordered_milli.map(format_quantity).unwrap_or_default()
                ));
            }
        }
    }
    out
}
